//! Recursing into directories.

use std::path::{Path, PathBuf};

use xinwen_core::Error;

use super::page::Failed;

/// Extensions of files a directory walk reads (after removing `.gz` / `.zst`).
const PAGE_EXTENSIONS: &[&str] = &[
    "txt", "text", "htm", "html", "shtml", "xhtml", "jsonl", "ndjson", "jl",
];

/// True when a directory walk should read `path`: a page extension (possibly compressed)
/// or none at all; hidden files are skipped.
fn is_page_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.') {
        return false;
    }
    let inner = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(name);
    match Path::new(inner).extension().and_then(|e| e.to_str()) {
        Some(ext) => PAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()),
        None => true,
    }
}

/// The page files under a directory, depth first, in name order. Symbolic links to
/// directories are not followed (no loops); FIFOs, sockets and devices are skipped;
/// unreadable directories and broken links are error items.
pub(crate) struct Walk {
    /// Directories still to list, and files listed but not yet returned, as a stack.
    stack: Vec<Result<PathBuf, Failed>>,
}

impl Walk {
    pub(crate) fn new(root: PathBuf) -> Self {
        Walk {
            stack: vec![Ok(root)],
        }
    }
}

impl Iterator for Walk {
    type Item = Result<PathBuf, Failed>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let path = match self.stack.pop()? {
                Ok(path) => path,
                Err(failed) => return Some(Err(failed)),
            };
            let is_dir = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
            if !is_dir {
                return Some(Ok(path));
            }
            let entries = match std::fs::read_dir(&path) {
                Ok(entries) => entries,
                Err(e) => {
                    let name = path.display().to_string();
                    return Some(Err(Failed {
                        path: Some(name.clone()),
                        error: Error::io(name, e),
                        line: None,
                    }));
                }
            };
            let mut children: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .filter_map(|entry| {
                    let kind = entry.file_type().ok()?;
                    let path = entry.path();
                    let wanted = if kind.is_dir() {
                        true
                    } else if kind.is_symlink() {
                        // a link to a page is read; a link to a directory is not followed
                        // (no loops); a broken link is kept so that it reports its error
                        let target = std::fs::metadata(&path);
                        target.map_or(true, |m| m.is_file()) && is_page_file(&path)
                    } else {
                        // FIFOs, sockets and devices would block or never end
                        kind.is_file() && is_page_file(&path)
                    };
                    wanted.then_some(path)
                })
                .collect();
            children.sort();
            self.stack.extend(children.into_iter().rev().map(Ok));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_files() {
        assert!(is_page_file(Path::new("a/001.txt")));
        assert!(is_page_file(Path::new("a/page.HTML")));
        assert!(is_page_file(Path::new("a/pages.jsonl.zst")));
        assert!(is_page_file(Path::new("a/VIDE123")));
        assert!(!is_page_file(Path::new("a/.hidden.txt")));
        assert!(!is_page_file(Path::new("a/photo.png")));
    }
}
