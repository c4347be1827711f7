//! Lines of site furniture, known by their words: breadcrumbs, buttons, comment and
//! share widgets, promotions, copyright notes, the record above a government
//! document. Each takes the line in simplified script.

use xinwen_chinese::{Lexicon, WordList};
use xinwen_core::RemovedKind;

/// Lines at most this long can be furniture recognized by a keyword.
const SHORT: usize = 30;

/// Lines at most this long can be a row of widgets whose words come back.
const WIDGET_ROW: usize = 80;

/// Lines at most this long can be a note on the article or a contact note.
const NOTE: usize = 100;

/// True for a breadcrumb trail `首頁 > 延吉 > 標題`.
///
/// A trail holds one of its separators (`page/breadcrumb.re`, which names them): a line
/// without one is set aside by a search of its bytes, before the pattern would read the
/// whole of a paragraph.
pub fn is_breadcrumb(simple: &str, words: &Lexicon) -> bool {
    let separator = simple.contains('>') || simple.contains("＞") || simple.contains("»");
    separator && words.breadcrumb.is_match(simple)
}

/// The kind of furniture a line of `char_len` characters is, judged from its text.
pub fn furniture_kind(simple: &str, char_len: usize, words: &Lexicon) -> Option<RemovedKind> {
    if is_breadcrumb(simple, words) {
        return Some(RemovedKind::Navigation);
    }
    if words.reactions.contains(simple) {
        return Some(RemovedKind::Reactions);
    }
    let copyright_hits = words.copyright.distinct_in(simple);
    if copyright_hits >= 2
        || (copyright_hits == 1 && (char_len <= 60 || simple.starts_with(['[', '【'])))
    {
        return Some(RemovedKind::Copyright);
    }
    let sentence = simple
        .trim_end_matches(['”', '」', ')', '）'])
        .ends_with('。');
    // lines of a shape of their own: a note on the article (`原标题：…`), the print
    // edition it ran in, a reading time or a player's clock, a contact note with an
    // e-mail address
    if char_len <= NOTE
        && (words.note_line.is_match(simple) || words.print_edition.is_match(simple))
    {
        return Some(RemovedKind::Metadata);
    }
    let contact = || !sentence && char_len <= NOTE && words.contact.is_match(simple);
    let clock = || words.reading_time.is_match(simple) || words.player_time.is_match(simple);
    if clock() || contact() {
        return Some(RemovedKind::Boilerplate);
    }
    // a line that carries a date with a year is the date line, whatever widget sits
    // beside it (`2020年07月04日 12:10 来源：求是网 参与互动`); a sentence is prose
    // (`记者查阅相关新闻报道发现，此类活动已连续举办五年。`); a longer line without
    // punctuation is a row of widgets when their words come back (`分享到 Facebook
    // 分享到 Plurk 分享到 Twitter`)
    let short = char_len <= SHORT;
    let punctuated = simple.contains(['，', '、', '。', '；', '？', '！', ',']);
    if (!short && (punctuated || char_len > WIDGET_ROW))
        || super::dates::find_full_date(simple, words).is_some()
    {
        return None;
    }
    let found = |list: &WordList| match short {
        true => list.occurs_in(simple),
        false => list.find_in(simple).nth(1).is_some(),
    };
    // in this order: a comment count beside a share button is a comment widget; the
    // words of a widget in a sentence are prose, the phrases of boilerplate are not
    // (`调查问题加载中，请稍候。`)
    let markers: [(RemovedKind, &WordList); 5] = [
        (RemovedKind::Comments, &words.comment_markers),
        (RemovedKind::Promotion, &words.promotion_markers),
        (RemovedKind::Share, &words.share_markers),
        (RemovedKind::Related, &words.related_markers),
        (RemovedKind::Boilerplate, &words.boilerplate_markers),
    ];
    (markers.into_iter())
        .filter(|(kind, _)| !sentence || *kind == RemovedKind::Boilerplate)
        .find(|(_, list)| found(list))
        .map(|(kind, _)| kind)
}

/// True for a line of the record a government site shows above a published document
/// (政府信息公开: `索引号：…  主题分类：…  发文字号：…`): it opens with one of its labels,
/// or holds two.
pub fn is_document_record(simple: &str, words: &Lexicon) -> bool {
    // a label counts when a colon follows it (spaces between): found from the colons, in
    // one pass over the line whatever the number of labels
    let mut labelled: Vec<&str> = Vec::new();
    // (each colon found by a search for its own bytes, faster than a test of every
    // character against both; the order of the labels does not matter)
    let colons = (simple.match_indices(':')).chain(simple.match_indices('：'));
    for (at, _) in colons {
        let before = simple.get(..at).unwrap_or_default().trim_end();
        for label in words.document_labels.suffixes_of(before) {
            if !labelled.contains(&label) {
                labelled.push(label);
            }
        }
    }
    labelled.len() >= 2 || labelled.iter().any(|l| simple.starts_with(l))
}

#[cfg(test)]
mod tests {
    use xinwen_chinese::Resources;
    use xinwen_core::Article;

    use super::furniture_kind;
    use crate::cases::{body_page, case_table};

    fn kind(line: &str) -> Vec<String> {
        let block = xinwen_parse::parse_text(line).unwrap().blocks.remove(0);
        let words = Resources::global().lexicon().unwrap();
        match furniture_kind(block.simple(), block.char_len(), words) {
            Some(kind) => vec![kind.as_str().to_string()],
            None => vec!["body".to_string()],
        }
    }

    /// What the extractor made of `line` in `article`: the kind it removed it as, or
    /// body.
    fn extracted(line: &str, article: &Article) -> Vec<String> {
        let mut kinds: Vec<String> = (article.removed.iter())
            .filter(|r| r.text == line)
            .map(|r| r.kind.as_str().to_string())
            .collect();
        if article.paragraphs.iter().any(|p| p == line) {
            kinds.push("body".into());
        }
        kinds
    }

    case_table!(
        furniture_table,
        "furniture.txt",
        kind,
        body_page,
        input_and_article = extracted
    );
}
