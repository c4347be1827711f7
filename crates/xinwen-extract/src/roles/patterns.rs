//! Roles a block shows by its own text.

use std::sync::LazyLock;

use regex::Regex;
use xinwen_core::RemovedKind;
use xinwen_parse::{Block, BlockKind};

use crate::fields::bylines;

use super::Role;

/// Blocks at most this long can be furniture recognized by a keyword.
const SHORT: usize = 30;

/// Whole lines that are reaction buttons.
const REACTIONS: &[&str] = &[
    "鮮花", "鲜花", "握手", "雷人", "路過", "路过", "雞蛋", "鸡蛋", "點讚", "点赞", "收藏", "分享",
    "打印", "關閉", "关闭",
];

/// Keywords of short furniture lines, by kind.
const SHORT_MARKERS: &[(RemovedKind, &[&str])] = &[
    (
        RemovedKind::Comments,
        &["評論", "评论", "搶沙發", "抢沙发", "參與", "参与", "留言"],
    ),
    (
        RemovedKind::Promotion,
        &[
            "客戶端",
            "客户端",
            "手機版",
            "手机版",
            "下載",
            "下载",
            "公眾號",
            "公众号",
            "APP",
            "登錄",
            "登录",
            "熱線",
            "热线",
        ],
    ),
    (
        RemovedKind::Share,
        &["分享到", "分享至", "掃一掃", "扫一扫", "微信", "微博"],
    ),
    (
        RemovedKind::Related,
        &[
            "相關",
            "相关",
            "推薦閱讀",
            "推荐阅读",
            "熱門",
            "热门",
            "上一篇",
            "下一篇",
        ],
    ),
    (
        RemovedKind::Boilerplate,
        &[
            "空白",
            "信息廣場",
            "信息广场",
            "返回頂部",
            "返回顶部",
            "查看內容",
            "查看内容",
        ],
    ),
];

/// Keywords of copyright and disclaimer notes, at any length.
const COPYRIGHT: &[&str] = &[
    "版權",
    "版权",
    "免責",
    "免责",
    "轉載",
    "转载",
    "如涉及",
    "Copyright",
    "copyright",
    "©",
    "ICP備",
    "ICP备",
    "All Rights Reserved",
    "聯系電話",
    "联系电话",
];

static CAPTION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // `圖為…  王棟 攝`, `图为会议现场。（王磊 摄）`, `…（记者 王磊/摄）`
    Regex::new(
            r"^(.{2,60}?)(?:\s+|\s*[（(]\s*)(?:\S{0,6}(?:记者|記者|通讯员|通訊員)\s*)?([\p{Han}·]{2,4})\s*[/／]?\s*(?:攝|摄|图|圖)(?:影)?\s*[）)]?$",
        )
        .ok()
});

static BREADCRUMB: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:首頁|首页|當前位置|当前位置|您的位置)[:：]?\s*)?\S[^>＞»]{0,30}(?:\s*[>＞»]\s*[^>＞»]+){2,}$").ok()
});

/// A caption `在市疫控中心調研 李軍廣 攝` split into its text and credit.
pub fn caption_parts(text: &str) -> Option<(String, String)> {
    let caps = CAPTION.as_ref()?.captures(text)?;
    Some((
        caps.get(1)?.as_str().trim().to_string(),
        caps.get(2)?.as_str().to_string(),
    ))
}

/// True for a breadcrumb trail `首頁 > 延吉 > 標題`.
pub fn is_breadcrumb(text: &str) -> bool {
    BREADCRUMB.as_ref().is_some_and(|re| re.is_match(text))
}

/// The kind of furniture `text` is, judged from the text alone.
pub fn furniture_kind(text: &str, char_len: usize) -> Option<RemovedKind> {
    if is_breadcrumb(text) {
        return Some(RemovedKind::Navigation);
    }
    if REACTIONS.contains(&text) {
        return Some(RemovedKind::Reactions);
    }
    let copyright_hits = COPYRIGHT.iter().filter(|m| text.contains(*m)).count();
    if copyright_hits >= 2
        || (copyright_hits == 1 && (char_len <= 60 || text.starts_with(['[', '【'])))
    {
        return Some(RemovedKind::Copyright);
    }
    if char_len <= SHORT {
        for (kind, markers) in SHORT_MARKERS {
            if markers.iter().any(|m| text.contains(m)) {
                return Some(*kind);
            }
        }
    }
    None
}

/// Labels of the record a government site shows above a published document
/// (政府信息公开): `索引号：…  主题分类：…  发文字号：…`.
const DOCUMENT_LABELS: &[&str] = &[
    "索引号",
    "索引號",
    "主题分类",
    "主題分類",
    "体裁分类",
    "發文機關",
    "发文机关",
    "成文日期",
    "发文字号",
    "發文字號",
    "文号",
    "發布機構",
    "发布机构",
    "有效性",
    "公开方式",
    "公開方式",
    "标题",
    "標題",
    "发布日期",
    "發布日期",
    "生成日期",
    "主题词",
    "公文种类",
];

/// True for a line of such a record: it opens with one of its labels, or holds two.
pub(crate) fn is_document_record(text: &str) -> bool {
    let labelled = |l: &&str| {
        text.match_indices(*l)
            .any(|(at, _)| text[at + l.len()..].trim_start().starts_with([':', '：']))
    };
    let opens = DOCUMENT_LABELS
        .iter()
        .any(|l| text.starts_with(l) && labelled(l));
    opens || DOCUMENT_LABELS.iter().filter(|l| labelled(l)).count() >= 2
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
pub fn role_of(block: &Block) -> Option<Role> {
    let text = block.text.as_str();
    let len = block.char_len();
    if let Some(kind) = furniture_kind(text, len) {
        return Some(Role::Removed(kind));
    }
    if len <= 150 && is_document_record(text) {
        return Some(Role::Removed(RemovedKind::Metadata));
    }
    if len <= 70 && caption_parts(text).is_some() {
        return Some(Role::Caption);
    }
    if (block.kind == BlockKind::Caption || classed(block, CAPTION_CLASSES)) && len <= 200 {
        return Some(Role::Caption);
    }
    let surnames = xinwen_chinese::Resources::global().surnames();
    if surnames.is_ok_and(|s| bylines::is_credit_line(text, s)) {
        return Some(Role::Credit);
    }
    if text.starts_with("摘要") && len > 10 {
        return Some(Role::Summary);
    }
    let tag_label = [
        "標簽",
        "标签",
        "標籤",
        "关键词",
        "關鍵詞",
        "文章关键词",
        "关键字",
    ];
    if tag_label.iter().any(|l| text.starts_with(l)) && len <= 80 {
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

    #[test]
    fn furniture() {
        assert_eq!(
            furniture_kind("首頁 > 延吉 > 洪慶檢查指導全市疫情防控工作", 22),
            Some(RemovedKind::Navigation)
        );
        assert_eq!(furniture_kind("鮮花", 2), Some(RemovedKind::Reactions));
        assert_eq!(
            furniture_kind("評論 0人參與,0條評論", 13),
            Some(RemovedKind::Comments)
        );
        assert_eq!(
            furniture_kind("手機版百姓熱線", 7),
            Some(RemovedKind::Promotion)
        );
        assert_eq!(
            furniture_kind(
                "[ 本作品中使用的圖片等內容,如涉及版權,請致電。確認后將第一時間刪除。聯系電話:0433—8157607。]",
                60
            ),
            Some(RemovedKind::Copyright)
        );
        assert_eq!(
            furniture_kind(
                "2月6日上午,州委副書記、市委書記洪慶就全市疫情防控工作進行檢查指導。",
                35
            ),
            None
        );
    }

    #[test]
    fn captions() {
        assert_eq!(
            caption_parts("在市疫控中心調研 李軍廣 攝"),
            Some(("在市疫控中心調研".to_string(), "李軍廣".to_string()))
        );
        assert_eq!(
            caption_parts("逢車必查,每人都測體溫 李軍廣 攝").map(|c| c.1),
            Some("李軍廣".to_string())
        );
        assert_eq!(
            caption_parts("图为会议现场。（王磊 摄）"),
            Some(("图为会议现场。".to_string(), "王磊".to_string()))
        );
        assert_eq!(
            caption_parts("志愿者在检测点服务(记者 张晓/摄)").map(|c| c.1),
            Some("张晓".to_string())
        );
        assert_eq!(caption_parts("他拍攝了照片"), None);
        assert_eq!(caption_parts("摄制组在现场进行拍摄"), None);
        assert_eq!(
            caption_parts("新闻发布会现场 澎湃新闻记者 李明 图").map(|c| c.1),
            Some("李明".to_string())
        );
        assert_eq!(caption_parts("详见下图"), None);
        assert_eq!(caption_parts("如图"), None);
    }
}
