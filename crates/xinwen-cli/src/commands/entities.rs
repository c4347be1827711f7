//! `xinwen entities`: people, places and organizations of each line of stdin.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use rayon::prelude::*;
use serde::Serialize;
use xinwen_chinese::Resources;
use xinwen_core::Error;
use xinwen_extract::{EntitySpan, find_entities, tagged_entities};
use xinwen_ner::NerTagger;

use crate::output;

/// Lines analyzed together in one parallel step.
const CHUNK: usize = 1024;

/// How entities are found.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Method {
    /// The analysis `xinwen extract` runs on articles: gazetteer, place endings,
    /// organization words, names after titles.
    Article,
    /// The learned character tagger (xinwen-ner).
    #[default]
    Ner,
    /// jieba part-of-speech tags (nr, ns, nt).
    Jieba,
}

/// Arguments of `xinwen entities`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// How to find entities: `ner` (learned tagger), `article` (the analysis of
    /// `xinwen extract`) or `jieba` (part-of-speech tags).
    #[arg(long, value_enum, default_value_t = Method::Ner)]
    method: Method,
}

/// An entity found by either method.
struct Found {
    kind: &'static str,
    text: String,
    start: usize,
    end: usize,
}

/// The entities of one line by `method`.
fn find(line: &str, method: Method, resources: &Resources) -> Result<Vec<Found>, Error> {
    let found = |spans: Vec<EntitySpan>| {
        (spans.into_iter())
            .map(|s| Found {
                kind: s.kind.as_str(),
                text: s.text,
                start: s.start,
                end: s.end,
            })
            .collect()
    };
    match method {
        Method::Jieba => Ok(found(tagged_entities(line, resources)?)),
        Method::Article => Ok(found(find_entities(line, resources)?)),
        Method::Ner => {
            let tagger = NerTagger::global()?;
            Ok(tagger
                .tag(line)
                .into_iter()
                .map(|s| Found {
                    kind: s.kind.as_str(),
                    text: line.chars().skip(s.start).take(s.end - s.start).collect(),
                    start: s.start,
                    end: s.end,
                })
                .collect())
        }
    }
}

#[derive(Serialize)]
struct Entity<'a> {
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    entities: Vec<Entity<'a>>,
}

fn write_chunk(lines: &[String], method: Method, out: &mut dyn Write) -> Result<(), Error> {
    let resources = Resources::global();
    let found: Vec<Result<Vec<_>, Error>> = lines
        .par_iter()
        .map(|l| find(l, method, resources))
        .collect();
    for (text, spans) in lines.iter().zip(found) {
        let spans = spans?;
        let entities = (spans.iter())
            .map(|s| Entity {
                kind: s.kind,
                text: &s.text,
                start: s.start,
                end: s.end,
            })
            .collect();
        let line = Line { text, entities };
        let written = serde_json::to_writer(&mut *out, &line)
            .map_err(std::io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        written.map_err(|e| Error::io("-", e))?;
    }
    Ok(())
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let mut out = output::open(None).map_err(|e| Error::io("-", e))?;
    let stdin = std::io::stdin().lock();
    let mut lines = Vec::with_capacity(CHUNK);
    let mut result = Ok(());
    for line in stdin.lines() {
        lines.push(
            line.map_err(|e| Error::io("-", e))?
                .trim_end_matches('\r')
                .to_string(),
        );
        if lines.len() == CHUNK {
            result = write_chunk(&lines, args.method, &mut out);
            lines.clear();
            if result.is_err() {
                break;
            }
        }
    }
    if result.is_ok() {
        result = write_chunk(&lines, args.method, &mut out);
    }
    let result = result.and_then(|()| out.flush().map_err(|e| Error::io("-", e)));
    match result {
        Err(Error::Io { source, .. }) if output::is_closed(&source) => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e),
        Ok(()) => Ok(ExitCode::SUCCESS),
    }
}
