//! Trains the NER model from the PFR corpus and writes the model file.
//!
//! ```sh
//! train_ner PFR.txt [--out model/ner.bin.zst] [--epochs 10] [--cutoff 2] [--dev DEV.bio]
//!           [--scale 0.02] [--min-weight 1.5] [--dump-bio OUT.bio] [--limit LINES]
//!           [--bias 10,0,30] [--test TEST.bio]... [--dev-out PRED.bio]
//!           [--no-org] [--no-loc] [--no-abbrev] [--no-nz] [--no-standalone]
//!           [--no-ministries] [--no-ordinals] [--no-subwords] [--extra MORE.bio]...
//! ```
//!
//! `--dev` scores a BIO file after each epoch and writes its predictions to `--dev-out`
//! (to choose hyperparameters and rules; it is never trained on); `--test` scores the
//! written model on more BIO files. `--bias` adds a constant to the score of starting a
//! person, place or organization (recall against precision). The `--no-…` switches turn
//! off one reconstruction rule each, to measure it. `--dump-bio` writes the training
//! sentences as rebuilt from the corpus. `--extra` adds the sentences of BIO files to
//! the training set (CLUENER's training split: `bench/cluener_split.py`).
//! `--min-weight` drops the features whose averaged weights are all smaller than it in
//! absolute value: at 1.5 the model keeps about half its features (312,350 of 619,256)
//! and scores the same on every test set, so the table the program carries is half
//! the size; at 2.5 person names on MSRA fall by 0.006.

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use xinwen_chinese::Resources;
use xinwen_ner::model::Model;
use xinwen_ner::{NerTagger, encode_model, labels_of, spans_of};
use xinwen_ner_train::bio::{self, Score};
use xinwen_ner_train::compound::Rules;
use xinwen_ner_train::perceptron::{
    FeatureIndex, Perceptron, Rng, decode_dense, extract_all, to_model,
};
use xinwen_ner_train::pfr::{Example, convert_line};
use xinwen_ner_train::subword::CorpusLists;

struct Options {
    pfr: String,
    out: String,
    epochs: usize,
    cutoff: u32,
    dev: Option<String>,
    scale: f32,
    min_weight: f32,
    dump: Option<String>,
    limit: usize,
    rules: Rules,
    dev_out: Option<String>,
    bias: [f32; 3],
    tests: Vec<String>,
    extra: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Options {
        pfr: String::new(),
        out: "crates/xinwen-ner/model/ner.bin.zst".into(),
        epochs: 10,
        cutoff: 2,
        dev: None,
        scale: 0.02,
        min_weight: 1.5,
        dump: None,
        limit: usize::MAX,
        rules: Rules::default(),
        dev_out: None,
        bias: [10.0, 0.0, 30.0],
        tests: Vec::new(),
        extra: Vec::new(),
    };
    let mut subwords = true;
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--out" => o.out = value()?,
            "--epochs" => o.epochs = value()?.parse().map_err(|e| format!("{e}"))?,
            "--cutoff" => o.cutoff = value()?.parse().map_err(|e| format!("{e}"))?,
            "--dev" => o.dev = Some(value()?),
            "--scale" => o.scale = value()?.parse().map_err(|e| format!("{e}"))?,
            "--min-weight" => o.min_weight = value()?.parse().map_err(|e| format!("{e}"))?,
            "--dump-bio" => o.dump = Some(value()?),
            "--dev-out" => o.dev_out = Some(value()?),
            "--test" => o.tests.push(value()?),
            "--extra" => o.extra.push(value()?),
            "--bias" => {
                let v: Vec<f32> = (value()?.split(','))
                    .map(|x| x.parse().map_err(|e| format!("--bias: {e}")))
                    .collect::<Result<_, _>>()?;
                o.bias.iter_mut().zip(v).for_each(|(b, x)| *b = x);
            }
            "--limit" => o.limit = value()?.parse().map_err(|e| format!("{e}"))?,
            "--no-org" => o.rules.org_compounds = false,
            "--no-loc" => o.rules.loc_compounds = false,
            "--no-abbrev" => o.rules.abbreviations = false,
            "--no-nz" => o.rules.nz_org = false,
            "--no-standalone" => o.rules.standalone_org = false,
            "--no-ministries" => o.rules.long_org_words = false,
            "--no-ordinals" => o.rules.ordinals = false,
            "--no-subwords" => subwords = false,
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => o.pfr = a,
        }
    }
    if subwords {
        o.rules.lists = Some(CorpusLists::default());
    }
    if o.pfr.is_empty() {
        return Err("usage: train_ner PFR.txt [options]".into());
    }
    Ok(o)
}

fn dump(path: &str, examples: &[Example]) -> Result<(), String> {
    let mut out = String::new();
    let names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];
    for e in examples {
        for (c, l) in e.text.chars().zip(&e.labels) {
            out.push_str(&format!("{c} {}\n", names[l.index()]));
        }
        out.push('\n');
    }
    std::fs::write(path, out).map_err(|e| format!("{path}: {e}"))
}

fn run(o: Options) -> Result<(), String> {
    let t0 = Instant::now();
    let text = std::fs::read_to_string(&o.pfr).map_err(|e| format!("{}: {e}", o.pfr))?;
    let words = Resources::global().lexicon().map_err(|e| e.to_string())?;
    let mut rules = o.rules.clone();
    if rules.lists.is_some() {
        rules.lists = Some(CorpusLists::gather(text.lines(), words));
    }
    let mut examples: Vec<Example> = (text.lines().take(o.limit))
        .flat_map(|l| convert_line(l, &rules, words))
        .collect();
    for p in &o.extra {
        examples.extend(bio::parse(
            &std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?,
        ));
    }
    if let Some(path) = &o.dump {
        dump(path, &examples)?;
    }
    let tagger =
        NerTagger::from_model(Model::default(), Resources::global()).map_err(|e| e.to_string())?;
    let feats = extract_all(|i| tagger.context(&examples[i].text), examples.len());
    let index = FeatureIndex::build(&feats, o.cutoff);
    let train: Vec<_> = (feats.iter().zip(&examples))
        .map(|(f, e)| index.encode(f, e.labels.clone()))
        .collect();
    drop(feats);
    let dev: Vec<_> = match &o.dev {
        Some(p) => {
            let ex = bio::parse(&std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?);
            let f = extract_all(|i| tagger.context(&ex[i].text), ex.len());
            (f.iter().zip(ex))
                .map(|(f, e)| index.encode(f, e.labels))
                .collect()
        }
        None => Vec::new(),
    };
    eprintln!(
        "{} sentences, {} features kept, ready in {:.0?}",
        train.len(),
        index.keys.len(),
        t0.elapsed()
    );
    let mut p = Perceptron::new(index.keys.len());
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng::new(20240601);
    for epoch in 1..=o.epochs {
        rng.shuffle(&mut order);
        let right = order.iter().filter(|&&i| p.learn(&train[i])).count();
        let mut line = format!(
            "epoch {epoch}: {:.3} sentences right, {:.0?}",
            right as f64 / train.len().max(1) as f64,
            t0.elapsed()
        );
        if !dev.is_empty() {
            let (w, t) = p.averaged();
            let mut score = Score::default();
            for ex in &dev {
                score.add_labels(&spans_of(&decode_dense(&w, &t, ex)), &ex.gold);
            }
            line.push_str(&format!("\n  dev {}", score.summary()));
        }
        eprintln!("{line}");
    }
    let (w, mut t) = p.averaged();
    // A bias on the first character of an entity of each kind trades precision for
    // recall (added to every transition into B-PER, B-LOC, B-ORG).
    for row in t.iter_mut() {
        for (k, b) in o.bias.iter().enumerate() {
            row[1 + 2 * k] += b;
        }
    }
    let model = to_model(&index.keys, &w, &t, o.min_weight, o.scale)?;
    let bytes = encode_model(&model, o.scale)?;
    std::fs::write(&o.out, &bytes).map_err(|e| format!("{}: {e}", o.out))?;
    eprintln!(
        "wrote {} ({} features, {:.1} MB) in {:.0?}",
        o.out,
        model.weights.len(),
        bytes.len() as f64 / 1e6,
        t0.elapsed()
    );
    if let Some(p) = &o.dev {
        let tagger = NerTagger::from_bytes(&bytes).map_err(|e| e.to_string())?;
        let ex = bio::parse(&std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?);
        let mut score = Score::default();
        let mut predicted = Vec::new();
        for e in &ex {
            let spans = tagger.tag(&e.text);
            score.add_labels(&spans, &e.labels);
            predicted.push(Example {
                text: e.text.clone(),
                labels: labels_of(&spans, e.labels.len()),
            });
        }
        if let Some(path) = &o.dev_out {
            dump(path, &predicted)?;
        }
        eprintln!("dev, shipped form: {}", score.summary());
    }
    for p in &o.tests {
        let tagger = NerTagger::from_bytes(&bytes).map_err(|e| e.to_string())?;
        let ex = bio::parse(&std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?);
        let mut score = Score::default();
        for e in &ex {
            score.add_labels(&tagger.tag(&e.text), &e.labels);
        }
        eprintln!("{p}: {}", score.summary());
    }
    Ok(())
}

fn main() -> ExitCode {
    let result = parse_args().and_then(run);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "train_ner: {e}");
            ExitCode::FAILURE
        }
    }
}
