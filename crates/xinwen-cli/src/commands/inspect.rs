//! `xinwen inspect`: every block of a page with the role extraction gave it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use xinwen_core::Error;
use xinwen_parse::{parse_bytes, read::read_all};

use crate::output::{self, Table};

/// Arguments of `xinwen inspect`.
#[derive(clap::Args, Debug)]
pub(crate) struct Args {
    /// The page (text or HTML, any encoding, optionally .gz/.zst).
    #[arg(value_name = "PATH")]
    path: PathBuf,
}

pub(crate) fn run(args: Args) -> Result<ExitCode, Error> {
    let page = parse_bytes(&read_all(&args.path)?)?;
    let (roles, container) = xinwen_extract::inspect(&page)?;
    let mut out = output::open(None).map_err(|e| Error::io("-", e))?;
    let written = (|| -> std::io::Result<()> {
        writeln!(
            out,
            "{}: {:?} page, {}, {} script, {} blocks",
            args.path.display(),
            page.kind,
            page.encoding,
            page.script,
            page.blocks.len()
        )?;
        if let Some(title) = &page.html_title {
            writeln!(out, "<title>: {title}")?;
        }
        for (name, content) in &page.meta {
            writeln!(out, "<meta> {name}: {content}")?;
        }
        if let Some(label) = &container {
            writeln!(out, "body container (before patterns): {label}")?;
        }
        let table = Table::new(
            &mut out,
            &[
                ("#", 4),
                ("role", 13),
                ("kind", 10),
                ("links", 5),
                ("tag path", 34),
                ("text", 60),
            ],
        )?;
        for (block, role) in page.blocks.iter().zip(&roles) {
            let kind = format!("{:?}", block.kind).to_lowercase();
            let links = format!("{:.2}", block.link_density());
            let position = block.position.to_string();
            let path = block
                .tag_path
                .rsplit('>')
                .take(3)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join(">");
            table.row(
                &mut out,
                &[&position, &role.role, &kind, &links, &path, &block.text],
            )?;
        }
        out.flush()
    })();
    match written {
        Err(e) if !output::is_closed(&e) => Err(Error::io("-", e)),
        _ => Ok(ExitCode::SUCCESS),
    }
}
