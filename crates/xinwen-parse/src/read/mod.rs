//! Inputs: files, directories (recursed), stdin, JSON-lines collections, `.gz` and
//! `.zst` compression; streamed, so a collection of any size runs in bounded memory.

mod jsonl;
mod open;
mod page;
mod walk;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use xinwen_core::Error;

pub use jsonl::JsonLines;
pub use open::{is_jsonl, open_reader, read_all, read_capped};
pub use page::{Content, DEFAULT_MAX_PAGE_BYTES, Failed, RawPage, ReadItem, ReadOptions};

/// Every page under a list of paths, in order: files as given, directories recursed in
/// name order, JSONL files line by line. Errors are items, never the end of the stream.
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    walk: Option<walk::Walk>,
    lines: Option<JsonLines>,
    options: ReadOptions,
}

impl Inputs {
    /// The pages under `paths` (`-` is stdin).
    ///
    /// ```
    /// use xinwen_parse::{Content, Inputs, ReadOptions};
    ///
    /// let dir = std::env::temp_dir().join(format!("xinwen-doc-inputs-{}", std::process::id()));
    /// std::fs::create_dir_all(dir.join("sub")).unwrap();
    /// std::fs::write(dir.join("sub/a.txt"), "标题\n\n正文").unwrap();
    /// std::fs::write(
    ///     dir.join("news.jsonl"),
    ///     "{\"url\": \"https://example.org/1\", \"content\": \"<p>第一篇</p>\"}\nnot json\n",
    /// )
    /// .unwrap();
    ///
    /// let options = ReadOptions { field: Some("content".into()), ..ReadOptions::default() };
    /// let items: Vec<_> = Inputs::new(&[&dir], options).collect();
    /// assert_eq!(items.len(), 3); // the text file, the JSONL line, the broken line
    /// let line = items.iter().flatten().find(|p| p.url.is_some()).unwrap();
    /// assert_eq!(line.content, Content::Text("<p>第一篇</p>".into()));
    /// assert_eq!(items.iter().filter(|i| i.is_err()).count(), 1); // an item, not the end
    /// std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn new<P: AsRef<Path>>(paths: &[P], options: ReadOptions) -> Self {
        Inputs {
            pending: paths.iter().map(|p| p.as_ref().to_path_buf()).collect(),
            walk: None,
            lines: None,
            options,
        }
    }

    /// Starts reading `path`: returns its page, or `None` after setting up a directory
    /// walk or a JSONL stream.
    fn start(&mut self, path: PathBuf, top_level: bool) -> Option<ReadItem> {
        let name = path.display().to_string();
        let failed = |error: Error| {
            Some(Err(Failed {
                path: Some(name.clone()),
                error,
                line: None,
            }))
        };
        let max = self.options.max_page_bytes;
        if name == "-" && top_level {
            if self.options.stdin_jsonl || self.options.field.is_some() {
                let reader = Box::new(std::io::BufReader::new(std::io::stdin()));
                self.lines = Some(JsonLines::new(reader, "-", &self.options));
                return None;
            }
            let bytes = match read_capped(std::io::stdin().lock(), max, "-") {
                Ok(bytes) => bytes,
                Err(e) => return failed(e),
            };
            return Some(Ok(RawPage::from_bytes(bytes, Some(name))));
        }
        if top_level {
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => {
                    self.walk = Some(walk::Walk::new(path));
                    return None;
                }
                Ok(_) => {}
                Err(e) => return failed(Error::io(name.as_str(), e)),
            }
        }
        if is_jsonl(&path) {
            return match open_reader(&path) {
                Ok(reader) => {
                    self.lines = Some(JsonLines::new(reader, &name, &self.options));
                    None
                }
                Err(error) => failed(error),
            };
        }
        Some(read_file(&path, max))
    }
}

/// Reads one page file (decompressing `.gz` / `.zst`) of at most `max` bytes.
pub fn read_file(path: &Path, max: usize) -> ReadItem {
    let name = path.display().to_string();
    open_reader(path)
        .and_then(|r| read_capped(r, max, &name))
        .map(|bytes| RawPage::from_bytes(bytes, Some(name.clone())))
        .map_err(|error| Failed {
            path: Some(name),
            error,
            line: None,
        })
}

impl Iterator for Inputs {
    type Item = ReadItem;

    fn next(&mut self) -> Option<ReadItem> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next() {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(Ok(path)) => match self.start(path, false) {
                        Some(item) => return Some(item),
                        None => continue,
                    },
                    Some(Err(failed)) => return Some(Err(failed)),
                    None => self.walk = None,
                }
            }
            let path = self.pending.pop_front()?;
            if let Some(item) = self.start(path, true) {
                return Some(item);
            }
        }
    }
}
