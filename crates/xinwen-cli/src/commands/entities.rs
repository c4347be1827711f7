//! `xinwen entities`: people, places and organizations of each line of stdin.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use rayon::prelude::*;
use serde::Serialize;
use xinwen_chinese::Resources;
use xinwen_core::Error;
use xinwen_extract::find_entities;

use crate::output;

/// Lines analyzed together in one parallel step.
const CHUNK: usize = 1024;

/// Arguments of `xinwen entities`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {}

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

fn write_chunk(lines: &[String], out: &mut dyn Write) -> Result<(), Error> {
    let resources = Resources::global();
    let found: Vec<Result<Vec<_>, Error>> = lines
        .par_iter()
        .map(|l| find_entities(l, resources))
        .collect();
    for (text, spans) in lines.iter().zip(found) {
        let spans = spans?;
        let entities = (spans.iter())
            .map(|s| Entity {
                kind: s.kind.as_str(),
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

pub(crate) fn run(_args: Args) -> Result<ExitCode, Error> {
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
            result = write_chunk(&lines, &mut out);
            lines.clear();
            if result.is_err() {
                break;
            }
        }
    }
    if result.is_ok() {
        result = write_chunk(&lines, &mut out);
    }
    let result = result.and_then(|()| out.flush().map_err(|e| Error::io("-", e)));
    match result {
        Err(Error::Io { source, .. }) if output::is_closed(&source) => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e),
        Ok(()) => Ok(ExitCode::SUCCESS),
    }
}
