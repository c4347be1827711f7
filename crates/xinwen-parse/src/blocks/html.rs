//! HTML pages: one block per block-level element, `<br>` splitting lines.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::{BlockKind, RawBlock, cut_long};

/// Elements whose content is never page text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head", "select",
    "option", "textarea", "button", "canvas", "audio", "video",
];

/// Elements that start a new block.
const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "caption",
];

/// How many enclosing elements a tag path names.
const PATH_DEPTH: usize = 8;

/// The `<title>` and `<meta>` pairs of a document.
pub(crate) struct HtmlHead {
    pub(crate) title: Option<String>,
    pub(crate) meta: Vec<(String, String)>,
}

fn kind_of(name: &str) -> BlockKind {
    match name {
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "td" | "th" => BlockKind::TableCell,
        "figcaption" | "caption" => BlockKind::Caption,
        _ => BlockKind::Paragraph,
    }
}

/// One open element: its label in tag paths and the block kind it gives.
struct Open {
    label: String,
    kind: BlockKind,
    block: bool,
}

fn label(element: &scraper::node::Element) -> String {
    let mut label = element.name().to_string();
    if let Some(id) = element.id() {
        label.push('#');
        label.extend(id.chars().take(40));
    }
    for class in element.classes().take(3) {
        label.push('.');
        label.extend(class.chars().take(40));
    }
    label
}

/// Collects text into blocks while walking the document.
#[derive(Default)]
struct Builder {
    blocks: Vec<RawBlock>,
    stack: Vec<Open>,
    text: String,
    link_chars: usize,
    links_open: usize,
    skipping: usize,
    after_break: bool,
}

impl Builder {
    fn tag_path(&self) -> String {
        let start = self.stack.len().saturating_sub(PATH_DEPTH);
        let labels: Vec<&str> = (self.stack.iter().skip(start))
            .map(|o| o.label.as_str())
            .collect();
        labels.join(">")
    }

    fn kind(&self) -> BlockKind {
        (self.stack.iter().rev())
            .find(|o| o.block)
            .map_or(BlockKind::Paragraph, |o| o.kind)
    }

    fn flush(&mut self, line_break: bool) {
        if !self.text.trim().is_empty() {
            let tag_path = self.tag_path();
            let kind = self.kind();
            let text = std::mem::take(&mut self.text);
            for piece in cut_long(&text) {
                self.blocks.push(RawBlock {
                    raw: piece.to_string(),
                    kind,
                    tag_path: tag_path.clone(),
                    link_chars: self.link_chars.min(piece.chars().count()),
                    blank_before: self.after_break,
                });
            }
        }
        self.text.clear();
        self.link_chars = 0;
        self.after_break = line_break;
    }

    fn open(&mut self, element: &scraper::node::Element) {
        let name = element.name();
        if self.skipping > 0 || SKIPPED.contains(&name) {
            self.skipping += 1;
            return;
        }
        if name == "br" {
            self.flush(true);
            return;
        }
        let block = BLOCK_LEVEL.contains(&name);
        if block {
            self.flush(false);
        }
        if name == "a" {
            self.links_open += 1;
        }
        if name == "img" {
            return; // void element: no close edge worth tracking
        }
        self.stack.push(Open {
            label: label(element),
            kind: kind_of(name),
            block,
        });
    }

    fn close(&mut self, element: &scraper::node::Element) {
        let name = element.name();
        if self.skipping > 0 {
            self.skipping -= 1;
            return;
        }
        if matches!(name, "br" | "img") {
            return;
        }
        if BLOCK_LEVEL.contains(&name) {
            self.flush(false);
        }
        if name == "a" {
            self.links_open = self.links_open.saturating_sub(1);
        }
        self.stack.pop();
    }

    fn text(&mut self, text: &str) {
        if self.skipping > 0 {
            return;
        }
        if self.links_open > 0 {
            self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        self.text.push_str(text);
    }
}

/// Splits an HTML document into blocks and reads its `<title>` and `<meta>` pairs.
pub(crate) fn html_blocks(html: &str) -> (Vec<RawBlock>, HtmlHead) {
    let document = Html::parse_document(html);
    let mut builder = Builder::default();
    let mut head = HtmlHead {
        title: None,
        meta: Vec::new(),
    };
    let mut in_title = false;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    match e.name() {
                        "title" if head.title.is_none() => in_title = true,
                        "meta" => read_meta(e, &mut head.meta),
                        _ => {}
                    }
                    builder.open(e);
                }
                Node::Text(t) => {
                    if in_title {
                        head.title.get_or_insert_with(String::new).push_str(t);
                    } else {
                        builder.text(t);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if e.name() == "title" {
                        in_title = false;
                    }
                    builder.close(e);
                }
            }
        }
    }
    builder.flush(false);
    if let Some(title) = &mut head.title {
        *title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    (builder.blocks, head)
}

fn read_meta(element: &scraper::node::Element, meta: &mut Vec<(String, String)>) {
    let name = ["name", "property", "itemprop", "http-equiv"]
        .iter()
        .find_map(|a| element.attr(a));
    if let (Some(name), Some(content)) = (name, element.attr("content")) {
        meta.push((name.trim().to_ascii_lowercase(), content.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>洪慶檢查指導 - 延邊信息港</title>
        <meta property="og:title" content="洪慶檢查指導"><style>p{}</style>
        <script>var x = "<p>not text</p>";</script></head>
        <body><ul class="nav"><li><a href="/">首頁</a></li><li><a href="/x">延吉</a></li></ul>
        <div id="content" class="article"><h1>洪慶檢查指導</h1>
        <p>2月6日上午,<b>洪慶</b>就全市疫情防控工作進行檢查指導。</p>
        <p>第一行<br>第二行</p><noscript>請啟用</noscript></div></body></html>"#;

    #[test]
    fn blocks_of_a_page() {
        let (blocks, head) = html_blocks(PAGE);
        let texts: Vec<&str> = blocks.iter().map(|b| b.raw.trim()).collect();
        assert_eq!(
            texts,
            [
                "首頁",
                "延吉",
                "洪慶檢查指導",
                "2月6日上午,洪慶就全市疫情防控工作進行檢查指導。",
                "第一行",
                "第二行"
            ]
        );
        assert_eq!(head.title.as_deref(), Some("洪慶檢查指導 - 延邊信息港"));
        assert!(
            head.meta
                .contains(&("og:title".into(), "洪慶檢查指導".into()))
        );
        assert_eq!(blocks[0].link_chars, 2);
        assert_eq!(blocks[0].kind, BlockKind::ListItem);
        assert!(blocks[0].tag_path.ends_with("ul.nav>li"));
        assert_eq!(blocks[2].kind, BlockKind::Heading(1));
        assert!(blocks[3].tag_path.contains("div#content.article>p"));
        assert!(blocks[5].blank_before);
    }
}
