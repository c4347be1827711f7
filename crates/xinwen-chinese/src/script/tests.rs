//! Conversion, detection and the character tables of the converter.

use super::*;

fn converter() -> &'static ScriptConverter {
    crate::Resources::global().converter().unwrap()
}

#[test]
fn converts_and_keeps_length() {
    let c = converter();
    let text = "洪慶檢查指導(dǎo)全市疫情防控工作,乾隆皇后著名";
    let simplified = c.to_simplified(text);
    assert_eq!(simplified.chars().count(), text.chars().count());
    assert!(simplified.starts_with("洪庆检查指导"));
    assert!(matches!(c.to_simplified("检查指导"), Cow::Borrowed(_)));
    assert_eq!(c.to_traditional("检查指导"), "檢查指導");
}

#[test]
fn detects_scripts() {
    let c = converter();
    assert_eq!(
        c.detect("洪慶檢查指導全市疫情防控工作"),
        Script::Traditional
    );
    assert_eq!(
        c.detect("田锦尘主持召开州疫情防控领导小组会议"),
        Script::Simplified
    );
    assert_eq!(c.detect("确认后将第一时间删除"), Script::Simplified);
    // 皇后, 台 and 并 appear in traditional text as they are.
    assert_eq!(c.detect("臺灣皇后並確認后"), Script::Traditional);
    assert_eq!(c.detect("检查指导 檢查指導"), Script::Mixed);
    assert_eq!(c.detect("2020 COVID"), Script::Simplified);
}

#[test]
fn finds_the_traditional_forms_of_a_character() {
    let c = converter();
    let forms = |s| c.traditional_chars(s).collect::<Vec<char>>();
    assert!(forms('检').contains(&'檢'), "{:?}", forms('检'));
    assert!(forms('导').contains(&'導'));
    for (s, traditional) in [('庆', '慶'), ('镇', '鎮')] {
        assert!(forms(s).contains(&traditional), "{s}");
    }
    // must not: a character written alike in both scripts, a Latin letter, a
    // traditional character asked as if it were simplified
    for s in ['中', 'a', '檢'] {
        assert!(forms(s).is_empty(), "{s}: {:?}", forms(s));
    }
    // the same pairs as the whole table, every one of them
    let mut all: Vec<(char, char)> = c.char_pairs().collect();
    all.sort_unstable();
    for (t, s) in all {
        assert!(forms(s).contains(&t), "{t}→{s}");
    }
}

#[test]
fn the_flag_table_says_what_the_sets_say() {
    let c = converter();
    for code in 0..0x3_2400 {
        if let Some(ch) = char::from_u32(code) {
            assert_eq!(c.sets.flags(ch), c.sets.flags_from_sets(ch), "U+{code:04X}");
        }
    }
}

#[test]
fn the_scan_reads_every_character_as_its_flags() {
    let sets = &converter().sets;
    let mut text = String::new();
    let (mut any, mut traditional, mut simplified) = (0, 0, 0);
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let f = sets.flags(c);
        let one = sets.scan(c.encode_utf8(&mut [0; 4]));
        assert_eq!(one.any, f, "{c:?}");
        assert_eq!(one.traditional, usize::from(f & TRADITIONAL != 0), "{c:?}");
        assert_eq!(one.simplified, usize::from(f & SIMPLIFIED != 0), "{c:?}");
        text.push(c);
        any |= f;
        traditional += one.traditional;
        simplified += one.simplified;
    }
    let all = sets.scan(&text);
    assert_eq!(
        (all.any, all.traditional, all.simplified),
        (any, traditional, simplified)
    );
    assert!(traditional > 2_000 && simplified > 2_000);
}

/// The shipped table of one-script characters is what the conversion tables give;
/// `XINWEN_WRITE_SCRIPT_CHARS=1` rewrites it.
#[test]
fn script_chars_table_matches_the_conversion_tables() {
    let gb2312: CharSet = GB2312.chars().collect();
    let derived = derive::derive(&converter().chains, &gb2312, &derive::in_both()).unwrap();
    if std::env::var_os("XINWEN_WRITE_SCRIPT_CHARS").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/script_chars.tsv");
        std::fs::write(path, derived.to_text()).unwrap();
    }
    let shipped = ScriptChars::shipped().unwrap();
    assert!(
        shipped == derived,
        "data/script_chars.tsv is stale: XINWEN_WRITE_SCRIPT_CHARS=1 cargo test -p xinwen-chinese script_chars"
    );
    assert_eq!(ScriptChars::parse(&derived.to_text()).unwrap(), derived);
    assert!(derived.traditional.len() > 2_000 && derived.simplified.len() > 2_000);
}
