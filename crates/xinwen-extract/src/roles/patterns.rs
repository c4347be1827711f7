//! Roles a block shows by its own text.

use xinwen_chinese::{Lexicon, Surnames, WordList};
use xinwen_core::RemovedKind;
use xinwen_parse::{Block, BlockKind};

use crate::fields::bylines;

use super::Role;

/// Blocks at most this long can be furniture recognized by a keyword.
const SHORT: usize = 30;

/// A caption `在市疫控中心調研 李軍廣 攝` split into its text and credit, as written.
pub fn caption_parts(block: &Block, words: &Lexicon) -> Option<(String, String)> {
    let caps = words.caption.captures(block.simple())?;
    let (text, credit) = (caps.get(1)?, caps.get(2)?);
    Some((
        block.original_of(text.range()).trim().to_string(),
        block.original_of(credit.range()).to_string(),
    ))
}

/// True for a breadcrumb trail `首頁 > 延吉 > 標題` (`simple`: the line in simplified
/// script).
pub fn is_breadcrumb(simple: &str, words: &Lexicon) -> bool {
    words.breadcrumb.is_match(simple)
}

/// The kind of furniture a line is, judged from its text alone (`simple`: in
/// simplified script).
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
    if char_len <= SHORT {
        let markers: [(RemovedKind, &WordList); 5] = [
            (RemovedKind::Comments, &words.comment_markers),
            (RemovedKind::Promotion, &words.promotion_markers),
            (RemovedKind::Share, &words.share_markers),
            (RemovedKind::Related, &words.related_markers),
            (RemovedKind::Boilerplate, &words.boilerplate_markers),
        ];
        return (markers.into_iter())
            .find(|(_, list)| list.occurs_in(simple))
            .map(|(kind, _)| kind);
    }
    None
}

/// True for a line of the record a government site shows above a published document
/// (政府信息公开: `索引号：…  主题分类：…  发文字号：…`): it opens with one of its labels,
/// or holds two.
pub(crate) fn is_document_record(simple: &str, words: &Lexicon) -> bool {
    let labels = &words.document_labels;
    let labelled = |l: &str| {
        simple
            .match_indices(l)
            .any(|(at, _)| simple[at + l.len()..].trim_start().starts_with([':', '：']))
    };
    let opens = labels.iter().any(|l| simple.starts_with(l) && labelled(l));
    opens || labels.iter().filter(|l| labelled(l)).count() >= 2
}

/// Class and id words of the elements that hold picture captions.
const CAPTION_CLASSES: &[&str] = &[
    "caption",
    "pic_title",
    "pictitle",
    "pic-title",
    "img_title",
    "img-title",
    "imgtitle",
    "pic_info",
    "pic-info",
    "picinfo",
    "img-desc",
    "img_desc",
    "photo-desc",
    "tuzhu",
    "picdesc",
];

/// Class and id words of the elements that hold an article's tags.
const TAG_CLASSES: &[&str] = &[
    "tags",
    "tag-list",
    "taglist",
    "keywords",
    "biaoqian",
    "article-tag",
];

/// True when the element of `block` or its parent has a class or id among `words`.
fn classed(block: &Block, words: &[&str]) -> bool {
    (block.tag_path.rsplit('>').take(2))
        .flat_map(|element| element.split(['.', '#']).skip(1)) // past the tag name
        .any(|name| words.iter().any(|w| name.eq_ignore_ascii_case(w)))
}

/// The role a block shows by its own text, if any.
pub fn role_of(block: &Block, words: &Lexicon, surnames: &Surnames) -> Option<Role> {
    let text = block.text.as_str();
    let simple = block.simple();
    let len = block.char_len();
    if let Some(kind) = furniture_kind(simple, len, words) {
        return Some(Role::Removed(kind));
    }
    if len <= 150 && is_document_record(simple, words) {
        return Some(Role::Removed(RemovedKind::Metadata));
    }
    if len <= 70 && caption_parts(block, words).is_some() {
        return Some(Role::Caption);
    }
    if (block.kind == BlockKind::Caption || classed(block, CAPTION_CLASSES)) && len <= 200 {
        return Some(Role::Caption);
    }
    if bylines::is_credit_line(text, surnames) {
        return Some(Role::Credit);
    }
    if words.summary_labels.starts(simple) && len > 10 {
        return Some(Role::Summary);
    }
    if words.tag_labels.starts(simple) && len <= 80 {
        return Some(Role::Tags);
    }
    // `<div class="tags"><a>营商环境</a><a>上海</a></div>`
    if classed(block, TAG_CLASSES) && len <= 80 && block.link_density() > 0.5 {
        return Some(Role::Tags);
    }
    if block.link_density() > 0.6 && len <= 40 {
        return Some(Role::Removed(RemovedKind::Navigation));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use xinwen_chinese::Resources;

    fn block(text: &str) -> Block {
        xinwen_parse::parse_text(text).unwrap().blocks.remove(0)
    }

    fn kind(text: &str) -> Option<RemovedKind> {
        let b = block(text);
        furniture_kind(
            b.simple(),
            b.char_len(),
            Resources::global().lexicon().unwrap(),
        )
    }

    fn caption(text: &str) -> Option<(String, String)> {
        caption_parts(&block(text), Resources::global().lexicon().unwrap())
    }

    #[test]
    fn furniture() {
        assert_eq!(
            kind("首頁 > 延吉 > 洪慶檢查指導全市疫情防控工作"),
            Some(RemovedKind::Navigation)
        );
        assert_eq!(kind("鮮花"), Some(RemovedKind::Reactions));
        assert_eq!(kind("評論 0人參與,0條評論"), Some(RemovedKind::Comments));
        assert_eq!(kind("手機版百姓熱線"), Some(RemovedKind::Promotion));
        assert_eq!(
            kind(
                "[ 本作品中使用的圖片等內容,如涉及版權,請致電。確認后將第一時間刪除。聯系電話:0433—8157607。]"
            ),
            Some(RemovedKind::Copyright)
        );
        assert_eq!(
            kind("2月6日上午,州委副書記、市委書記洪慶就全市疫情防控工作進行檢查指導。"),
            None
        );
    }

    #[test]
    fn captions() {
        assert_eq!(
            caption("在市疫控中心調研 李軍廣 攝"),
            Some(("在市疫控中心調研".to_string(), "李軍廣".to_string()))
        );
        assert_eq!(
            caption("逢車必查,每人都測體溫 李軍廣 攝").map(|c| c.1),
            Some("李軍廣".to_string())
        );
        assert_eq!(
            caption("图为会议现场。（王磊 摄）"),
            Some(("图为会议现场。".to_string(), "王磊".to_string()))
        );
        assert_eq!(
            caption("志愿者在检测点服务(记者 张晓/摄)").map(|c| c.1),
            Some("张晓".to_string())
        );
        assert_eq!(caption("他拍攝了照片"), None);
        assert_eq!(caption("摄制组在现场进行拍摄"), None);
        assert_eq!(
            caption("新闻发布会现场 澎湃新闻记者 李明 图").map(|c| c.1),
            Some("李明".to_string())
        );
        assert_eq!(caption("详见下图"), None);
        assert_eq!(caption("如图"), None);
    }
}
