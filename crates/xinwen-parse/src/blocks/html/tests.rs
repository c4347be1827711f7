use super::*;
use crate::BlockKind;

/// html5ever's blocks of `html`, skipping script text or reading it.
fn read(html: &str, skip_scripts: bool) -> (Vec<RawBlock>, HtmlHead) {
    finish(tokenize(html, skip_scripts, Builder::default()))
}

/// `count` pages, each of 1 to 32 pieces drawn with a fixed seed.
pub(super) fn pages<'p>(pieces: &'p [&str], count: usize) -> impl Iterator<Item = String> + 'p {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state
    };
    (0..count).map(move |_| {
        let n = 1 + (next() >> 59) as usize;
        (0..n)
            .map(|_| pieces[(next() >> 33) as usize % pieces.len()])
            .collect()
    })
}

const PAGE: &str = r#"<!doctype html><html><head><title>洪慶檢查指導 - 延邊信息港</title>
    <meta property="og:title" content="洪慶檢查指導"><style>p{}</style>
    <script>var x = "<p>not text</p>";</script></head>
    <body><ul class="nav"><li><a href="/">首頁</a><li><a href="/x">延吉</a></ul>
    <div id="content" class="article"><h1>洪慶檢查指導</h1>
    <p>2月6日上午,<b>洪慶</b>就全市疫情防控工作進行檢查指導。
    <p>第一行<br>第二行</p><noscript>請啟用</noscript>
    <table><tr><td>甲<td>乙</table><pre>一
二</pre></div></body></html>"#;

fn texts(blocks: &[RawBlock]) -> Vec<&str> {
    blocks.iter().map(|b| b.raw.trim()).collect()
}

#[test]
fn blocks_of_a_page() {
    let (blocks, head) = html_blocks(PAGE);
    assert_eq!(
        texts(&blocks),
        [
            "首頁",
            "延吉",
            "洪慶檢查指導",
            "2月6日上午,洪慶就全市疫情防控工作進行檢查指導。",
            "第一行",
            "第二行",
            "甲",
            "乙",
            "一",
            "二"
        ]
    );
    assert_eq!(head.title.as_deref(), Some("洪慶檢查指導 - 延邊信息港"));
    assert!(
        head.meta
            .contains(&("og:title".into(), "洪慶檢查指導".into()))
    );
    assert_eq!(blocks[0].link_chars, 2);
    assert_eq!(blocks[0].kind, BlockKind::ListItem);
    assert!(
        blocks[1].tag_path.ends_with("ul.nav>li"),
        "{}",
        blocks[1].tag_path
    );
    assert_eq!(blocks[2].kind, BlockKind::Heading(1));
    assert!(
        blocks[3].tag_path.ends_with("div#content.article>p"),
        "{}",
        blocks[3].tag_path
    );
    assert!(blocks[5].blank_before);
    assert_eq!(blocks[6].kind, BlockKind::TableCell);
}

#[test]
fn deep_nesting_stays_linear() {
    let depth = 100_000;
    let html = format!(
        "<body>{}深層的文字{}</body>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let start = std::time::Instant::now();
    let (blocks, _) = html_blocks(&html);
    assert_eq!(texts(&blocks), ["深層的文字"]);
    assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
}

#[test]
fn stray_and_unclosed_tags() {
    let (blocks, _) = html_blocks("<div>一</span></p><p>二<div>三</b></div></td>四");
    assert_eq!(texts(&blocks), ["一", "二", "三", "四"]);
    let (blocks, head) = html_blocks("<title>只有標題");
    assert!(blocks.is_empty());
    assert_eq!(head.title.as_deref(), Some("只有標題"));
}

#[test]
fn adjacent_elements_keep_their_texts_apart() {
    let (blocks, _) = html_blocks(
        "<div><span>15:31</span><span>2018/09/16</span></div><p><b>洪慶</b>就全市<a>疫情</a>防控</p>",
    );
    assert_eq!(texts(&blocks), ["15:31 2018/09/16", "洪慶就全市疫情防控"]);
}

/// A fragment's paragraphs (a `content` field of a crawl) are siblings in the body the
/// fragment leaves implied, as in a whole page: not each a tree of its own.
#[test]
fn paragraphs_of_a_fragment_share_the_implied_body() {
    let (blocks, head) =
        html_blocks("<p>央视网消息：国务院今天召开会议。</p><p>会议指出，要做好工作。</p>");
    let parents: Vec<Option<usize>> = (blocks.iter())
        .map(|b| b.element.and_then(|e| head.elements[e].parent))
        .collect();
    assert_eq!(parents.len(), 2);
    assert!(
        parents[0].is_some() && parents[0] == parents[1],
        "{parents:?}"
    );
    assert_eq!(blocks[0].tag_path, "body>p");
    // a page with its own body gets no second one
    let (blocks, head) = html_blocks("<html><body><p>第一段。</p><p>第二段。</p></body></html>");
    assert_eq!(blocks[0].tag_path, "html>body>p");
    assert_eq!(
        head.elements.iter().filter(|e| e.label == "body").count(),
        1
    );
}

#[test]
fn skipped_script_text_gives_what_reading_it_gives() {
    // pieces of pages around scripts: ends, false ends, escapes, other raw text
    let pieces = [
        "<script>",
        "<SCRIPT type=\"text/javascript\">",
        "<script type=\"application/ld+json\">",
        "</script>",
        "</SCRIPT >",
        "</script\n>",
        "</scripts>",
        "</script",
        "<!--",
        "-->",
        "<!-",
        "--!>",
        "<p>",
        "</p>",
        "<div class=\"a\">",
        "</div>",
        "正文一段。",
        "var a = b < c;",
        "\r\n",
        "\0",
        "<",
        "/",
        "<style>",
        "</style>",
        "<title>标题</title>",
        "<br>",
        "{\"headline\": \"标题\"}",
        "<script/>",
        "<textarea>",
        "</textarea>",
    ];
    for page in pages(&pieces, 20_000) {
        let (skipped, skipped_head) = read(&page, true);
        let (reference, reference_head) = read(&page, false);
        assert_eq!(skipped, reference, "{page:?}");
        assert_eq!(skipped_head.title, reference_head.title, "{page:?}");
        assert_eq!(skipped_head.meta, reference_head.meta, "{page:?}");
        assert_eq!(skipped_head.elements, reference_head.elements, "{page:?}");
    }
}
