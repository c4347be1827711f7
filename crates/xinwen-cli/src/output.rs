//! Writing records: JSON lines or a readable table.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use unicode_width::UnicodeWidthStr;

/// Where records go: stdout or a file.
pub(crate) fn open(path: Option<&Path>) -> io::Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(File::create(p)?)),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// True for the error of a reader that went away (`xinwen … | head`): not a failure.
pub(crate) fn is_closed(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

/// `text` cut to at most `width` terminal columns (Chinese characters take two).
pub(crate) fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
        if used + w > width {
            if used < width {
                out.push('…');
                used += 1;
            }
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// A table printed row by row with fixed column widths.
pub(crate) struct Table {
    widths: Vec<usize>,
}

impl Table {
    /// A table with these headers and column widths; prints the header.
    pub(crate) fn new(out: &mut dyn Write, headers: &[(&str, usize)]) -> io::Result<Self> {
        let table = Table {
            widths: headers.iter().map(|(_, w)| *w).collect(),
        };
        let names: Vec<&str> = headers.iter().map(|(h, _)| *h).collect();
        table.row(out, &names)?;
        let rule: Vec<String> = table.widths.iter().map(|w| "─".repeat(*w)).collect();
        writeln!(out, "{}", rule.join("  "))?;
        Ok(table)
    }

    /// Prints one row.
    pub(crate) fn row(&self, out: &mut dyn Write, cells: &[&str]) -> io::Result<()> {
        let cells: Vec<String> = (cells.iter().zip(&self.widths))
            .map(|(c, w)| fit(&c.replace(['\n', '\t'], " "), *w))
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_wide_characters() {
        assert_eq!(fit("洪慶檢查指導", 7), "洪慶檢…");
        assert_eq!(fit("ab", 4), "ab  ");
    }
}
