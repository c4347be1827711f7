//! OpenCC's own conformance cases (tests/opencc_cases.tsv), run through xinwen's
//! converter: each conversion by name, and the default `to_simplified` against every
//! case of the three conversions to simplified script.

use xinwen_chinese::{Conversion, Resources};

const CASES: &str = include_str!("opencc_cases.tsv");

fn cases() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    (CASES.lines().filter(|l| !l.starts_with('#'))).filter_map(|l| {
        let mut f = l.split('\t');
        Some((f.next()?, f.next()?, f.next()?))
    })
}

#[test]
fn every_conversion_reproduces_opencc() {
    let converter = Resources::global().converter().unwrap();
    let mut failures = Vec::new();
    let mut total = 0;
    for (name, input, expected) in cases() {
        let conversion = Conversion::from_name(name).unwrap();
        total += 1;
        let got = converter.convert(input, conversion);
        if got != expected {
            failures.push(format!("{name}: {input} -> {got} (OpenCC: {expected})"));
        }
    }
    assert!(total >= 300, "{total} cases");
    assert!(
        failures.is_empty(),
        "{} of {total}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn to_simplified_reads_every_region() {
    let converter = Resources::global().converter().unwrap();
    let mut failures = Vec::new();
    let mut total = 0;
    for (name, input, expected) in cases().filter(|c| c.0.ends_with("2s")) {
        total += 1;
        let got = converter.to_simplified(input);
        if got != expected {
            failures.push(format!("{name}: {input} -> {got} (OpenCC: {expected})"));
        }
    }
    println!(
        "to_simplified: {} of {total} as OpenCC\n{}",
        total - failures.len(),
        failures.join("\n")
    );
    assert!(
        failures.len() * 100 <= total * 4,
        "{} of {total}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
