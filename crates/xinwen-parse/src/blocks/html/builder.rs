//! The block builder: a state machine fed by the HTML tokenizer.

use super::super::{BlockKind, Element, RawBlock, cut_long};
use std::borrow::Cow;

use super::tags::{
    SIBLING_GROUPS, element_name, is_block_level, is_json_ld, is_skipped, is_void, kind_of, label,
};

/// How many enclosing elements a tag path names.
const PATH_DEPTH: usize = 8;

/// Elements nested deeper than this are not tracked one by one (a page nested 100,000
/// deep stays linear to read); their ends still balance.
const MAX_DEPTH: usize = 256;

/// How far down the open elements an end tag looks for its start.
const MATCH_DEPTH: usize = 48;

/// One open element.
struct Open {
    name: Cow<'static, str>,
    id: usize,
    kind: BlockKind,
    block: bool,
}

/// Collects text into blocks from start tags, end tags and text, in document order.
#[derive(Default)]
pub(super) struct Builder {
    pub(super) blocks: Vec<RawBlock>,
    pub(super) elements: Vec<Element>,
    pub(super) title: Option<String>,
    pub(super) meta: Vec<(String, String)>,
    stack: Vec<Open>,
    /// Elements opened past [`MAX_DEPTH`] and not closed yet.
    overflow: usize,
    text: String,
    link_chars: usize,
    links_open: usize,
    /// Names of the skipped elements we are inside (their end closes them).
    skipping: Vec<Cow<'static, str>>,
    in_head: bool,
    in_title: bool,
    /// The text of the linked-data script being read.
    json_ld: Option<String>,
    in_pre: bool,
    after_break: bool,
    /// True right after an end tag, before any text: the next element starts a new
    /// run of text (`<span>來源：某報</span><span>文/某某</span>`).
    after_end: bool,
}

impl Builder {
    fn tag_path(&self) -> String {
        let start = self.stack.len().saturating_sub(PATH_DEPTH);
        let labels: Vec<&str> = (self.stack.iter().skip(start))
            .filter_map(|o| self.elements.get(o.id).map(|e| e.label.as_str()))
            .collect();
        labels.join(">")
    }

    fn kind(&self) -> BlockKind {
        (self.stack.iter().rev())
            .find(|o| o.block)
            .map_or(BlockKind::Paragraph, |o| o.kind)
    }

    /// Ends the current block; `line_break` marks the next one as following a `<br>`.
    pub(super) fn flush(&mut self, line_break: bool) {
        if !self.text.trim().is_empty() {
            let tag_path = self.tag_path();
            let kind = self.kind();
            let element = self.stack.last().map(|o| o.id);
            let text = std::mem::take(&mut self.text);
            for piece in cut_long(&text) {
                self.blocks.push(RawBlock {
                    raw: piece.to_string(),
                    kind,
                    tag_path: tag_path.clone(),
                    element,
                    link_chars: self.link_chars.min(piece.chars().count()),
                    blank_before: self.after_break,
                });
            }
        }
        self.text.clear();
        self.link_chars = 0;
        self.after_break = line_break;
    }

    /// Pops open elements down to and including index `at`.
    fn pop_to(&mut self, at: usize) {
        let closes_block = self.stack.iter().skip(at).any(|o| o.block);
        if closes_block {
            self.flush(false);
        }
        for open in self.stack.drain(at..) {
            if open.name == "a" {
                self.links_open = self.links_open.saturating_sub(1);
            }
            if open.name == "pre" {
                self.in_pre = false;
            }
        }
    }

    /// The index of the nearest open `name`, looking no deeper than `MATCH_DEPTH` and not
    /// past any of `boundaries`.
    fn find_open(&self, names: &[&str], boundaries: &[&str]) -> Option<usize> {
        for (i, open) in self.stack.iter().enumerate().rev().take(MATCH_DEPTH) {
            if names.contains(&open.name.as_ref()) {
                return Some(i);
            }
            if boundaries.contains(&open.name.as_ref()) {
                return None;
            }
        }
        None
    }

    pub(super) fn start(&mut self, name: &str, attrs: &[(&str, &str)], self_closing: bool) {
        if !self.skipping.is_empty() {
            if is_skipped(name) && !self_closing {
                self.skipping.push(element_name(name));
            }
            return;
        }
        match name {
            "meta" => {
                let key = ["name", "property", "itemprop", "http-equiv"]
                    .iter()
                    .find_map(|k| attrs.iter().find(|(a, _)| a == k));
                let content = attrs.iter().find(|(a, _)| *a == "content");
                if let (Some((_, key)), Some((_, content))) = (key, content) {
                    self.meta
                        .push((key.trim().to_ascii_lowercase(), content.to_string()));
                }
                return;
            }
            "title" if self.title.is_none() => self.in_title = true,
            "head" => self.in_head = true,
            "body" => self.in_head = false,
            "br" => return self.flush(true),
            _ => {}
        }
        if is_skipped(name) {
            if !self_closing {
                self.skipping.push(element_name(name));
                if name == "script" && is_json_ld(attrs) {
                    self.json_ld = Some(String::new());
                }
            }
            return;
        }
        if is_void(name) || self_closing {
            if name == "hr" {
                self.flush(false);
            }
            return;
        }
        // adjacent elements: keep their texts apart
        if std::mem::take(&mut self.after_end)
            && !self.text.is_empty()
            && !self.text.ends_with(char::is_whitespace)
        {
            self.text.push(' ');
        }
        let block = is_block_level(name);
        if block {
            // a block closes an open paragraph; an item closes the open item of its group
            if let Some(p) =
                self.find_open(&["p"], &["div", "td", "li", "table", "article", "section"])
            {
                self.pop_to(p);
            }
            let sibling = (SIBLING_GROUPS.iter())
                .find(|(group, _)| group.contains(&name))
                .and_then(|(group, containers)| self.find_open(group, containers));
            if let Some(sibling) = sibling {
                self.pop_to(sibling);
            }
            self.flush(false);
        }
        if self.stack.len() >= MAX_DEPTH {
            self.overflow += 1;
            return;
        }
        if name == "a" {
            self.links_open += 1;
        }
        if name == "pre" {
            self.in_pre = true;
        }
        // a block outside every element is in the body the document leaves implied (as
        // an HTML5 parser reads it): the paragraphs of a fragment are siblings there
        if block && self.stack.is_empty() && !matches!(name, "html" | "body") {
            self.open("body", "body".into(), true);
        }
        self.open(name, label(name, attrs), block);
    }

    /// Opens an element inside the innermost open one.
    fn open(&mut self, name: &str, label: String, block: bool) {
        let id = self.elements.len();
        let parent = self.stack.last().map(|o| o.id);
        self.elements.push(Element { label, parent });
        self.stack.push(Open {
            name: element_name(name),
            id,
            kind: kind_of(name),
            block,
        });
    }

    pub(super) fn end(&mut self, name: &str) {
        if let Some(top) = self.skipping.last() {
            if top == name {
                self.skipping.pop();
                if let Some(script) = self.json_ld.take() {
                    self.meta.extend(super::json_ld::read(&script));
                }
            }
            return;
        }
        match name {
            "title" => self.in_title = false,
            "head" => self.in_head = false,
            "br" => return self.flush(true),
            "p" if self.find_open(&["p"], &[]).is_none() => return self.flush(false),
            _ => {}
        }
        if self.overflow > 0 {
            self.overflow -= 1;
            if is_block_level(name) {
                self.flush(false);
            }
            return;
        }
        if let Some(at) = self.find_open(&[name], &[]) {
            self.pop_to(at);
        } else if is_block_level(name) {
            self.flush(false);
        }
        self.after_end = true;
    }

    pub(super) fn text(&mut self, text: &str) {
        if let Some(script) = self.json_ld.as_mut() {
            // a linked-data script is small; a page that pretends otherwise is cut
            if script.len() < 1 << 20 {
                script.push_str(text);
            }
            return;
        }
        if self.in_title {
            self.title.get_or_insert_with(String::new).push_str(text);
            return;
        }
        if !self.skipping.is_empty() || self.in_head {
            return;
        }
        self.after_end = false;
        if self.links_open > 0 {
            self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        if self.in_pre && text.contains('\n') {
            let mut lines = text.split('\n').peekable();
            while let Some(line) = lines.next() {
                self.text.push_str(line);
                if lines.peek().is_some() {
                    self.flush(true);
                }
            }
            return;
        }
        self.text.push_str(text);
    }
}
