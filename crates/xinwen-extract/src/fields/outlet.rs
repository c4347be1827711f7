//! Who published the page (`site`), where the story comes from (`source`), and the
//! column label it runs under (`column`).

use std::sync::LazyLock;

use regex::Regex;
use xinwen_parse::Page;

use crate::roles::Role;

/// Endings of outlet names: sites, papers, broadcasters, apps.
const OUTLET_ENDINGS: &[&str] = &[
    "網",
    "网",
    "港",
    "報",
    "报",
    "社",
    "台",
    "在線",
    "在线",
    "頻道",
    "频道",
    "新聞",
    "新闻",
    "日報",
    "日报",
    "晚報",
    "晚报",
    "時報",
    "时报",
    "週刊",
    "周刊",
    "雜誌",
    "杂志",
    "客戶端",
    "客户端",
    "發布",
    "发布",
    "雲",
    "云",
    "電視",
    "电视",
    "廣播",
    "广播",
    "融媒",
    "網站",
    "网站",
    "TV",
    "News",
    "NEWS",
];

/// Endings of the bodies that own government and institution sites.
const OWNER_ENDINGS: &[&str] = &[
    "政府",
    "委員會",
    "委员会",
    "辦公室",
    "办公室",
    "辦公廳",
    "办公厅",
    "中心",
    "局",
    "廳",
    "厅",
    "大學",
    "大学",
    "協會",
    "协会",
    "集團",
    "集团",
];

/// True when `name` could own a site: an outlet or a government or institution.
fn is_publisher(name: &str) -> bool {
    let n = name.chars().count();
    is_outlet(name) || ((3..=20).contains(&n) && OWNER_ENDINGS.iter().any(|e| name.ends_with(e)))
}

/// `來源: 延边发布`, `来自: 安源區政府`, `稿件来源： 河北日报`.
static SOURCE_LABEL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:稿件|文章|新聞|新闻|信息)?(?:來源|来源|來自|来自|出處|出处)\s*[:：]\s*([^\s|｜:：,，。/]{2,20})").ok()
});

/// A date and time followed by one name: `2024年03月05日 10:22 青禾日报`.
static OUTLET_AFTER_DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^\d{4}(?:年|-|/)\d{1,2}(?:月|-|/)\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s+([^\s\d|｜:：]{2,16})$")
        .ok()
});

/// The head of a dateline, before its date or its `訊`: `延吉新聞網` of
/// `延吉新聞網12月30日訊`, `新华社北京` of `新华社北京1月5日电`, `本報` of `本報訊`.
static DATELINE_HEAD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"^[(（【]?\s*([^\s\d(（,，。:：]{2,16}?)\s*(?:\d{1,2}月\d{1,2}日)?\s*(?:訊|讯|電|电)",
    )
    .ok()
});

/// `延吉新聞網版權與免責聲明`, `版權所有：X`, `© 2020 X`, `X版权所有`.
static COPYRIGHT_OWNER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:版權所有|版权所有|©|Copyright)\s*[:：]?\s*(?:\d{4}(?:-\d{4})?)?\s*([^\s,，。|:：]{2,16})|([^\s,，。|:：]{2,16}?)(?:版權|版权)").ok()
});

/// A column label at the head of the first paragraph: `【头条】`.
static COLUMN: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"^【([^】\s]{1,8})】").ok());

/// True when `name` ends like an outlet (`延邊信息港`, `延吉新聞網`, `萍鄉城事網`).
pub fn is_outlet(name: &str) -> bool {
    let n = name.chars().count();
    (2..=16).contains(&n) && OUTLET_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// The outlet named in a footer or header line: `延邊信息港 / 延邊廣電客戶端`,
/// `萍鄉城事網—萍鄉最具影響力門戶網站 門戶 …`.
fn line_outlet(text: &str) -> Option<String> {
    let first = text
        .split([' ', '/', '／', '|', '｜', '—', '-'])
        .map(str::trim)
        .find(|p| !p.is_empty())?;
    let multi_part =
        text.contains(" / ") || text.contains('—') || text.contains('｜') || text.contains(" | ");
    (multi_part && is_outlet(first)).then(|| first.to_string())
}

/// The site: what the page declares (`og:site_name`, the site part of `<title>`),
/// else the outlet of the dateline, of the header or footer, of the copyright note.
pub fn site(page: &Page, roles: &[Role], title: Option<&str>) -> Option<String> {
    if let Some(name) = page.meta_content(&[
        "og:site_name",
        "application-name",
        "apple-mobile-web-app-title",
    ]) {
        return Some(name.to_string());
    }
    if let Some(html_title) = &page.html_title {
        let parts: Vec<&str> = html_title
            .split([' ', '_', '|', '｜', '-', '–', '—'])
            .filter(|p| !p.is_empty())
            .collect();
        let part = parts
            .iter()
            .skip(1)
            .rev()
            .find(|p| is_publisher(p) && title.is_none_or(|t| !t.contains(**p)));
        if let Some(part) = part {
            return Some(part.to_string());
        }
    }
    let body = (page.blocks.iter().zip(roles))
        .find(|(_, r)| **r == Role::Body)
        .map(|(b, _)| b.text.as_str());
    if let Some(outlet) = body
        .and_then(dateline_outlet)
        .filter(|o| is_outlet(o) && !o.starts_with("本"))
    {
        return Some(outlet);
    }
    // a header line that names the site (`白鷺縣人民政府門戶網站`)
    let header = (page.blocks.iter().zip(roles).take(3))
        .filter(|(b, r)| !matches!(r, Role::Body | Role::Title) && b.char_len() <= 20)
        .find(|(b, _)| is_outlet(&b.text) && !b.text.contains(' '));
    if let Some((block, _)) = header {
        return Some(block.text.clone());
    }
    let outside = (page.blocks.iter().zip(roles))
        .filter(|(_, r)| !matches!(r, Role::Body | Role::Title | Role::Subtitle | Role::Caption))
        .map(|(b, _)| b.text.as_str());
    let mut owner = None;
    for text in outside {
        if let Some(outlet) = line_outlet(text) {
            return Some(outlet);
        }
        if owner.is_none() {
            owner = copyright_owner(text);
        }
    }
    owner
}

fn copyright_owner(text: &str) -> Option<String> {
    let caps = COPYRIGHT_OWNER.as_ref()?.captures(text)?;
    let (name, labelled) = match (caps.get(1), caps.get(2)) {
        (Some(m), _) => (m.as_str(), true),
        (None, Some(m)) => (m.as_str(), false),
        _ => return None,
    };
    let name = name.trim_matches(['《', '》', '“', '”', '"']);
    // `版權所有：X` names the owner; `X版權` only when X reads like an outlet
    let owner = if labelled {
        is_publisher(name)
    } else {
        is_outlet(name)
    };
    owner.then(|| name.to_string())
}

/// The outlet of a dateline (`延吉新聞網` of `延吉新聞網12月30日訊`, `新华社` of
/// `新华社北京1月5日电`, `本報` of `本報訊`): the longest start of its head that ends like
/// an outlet (the rest is where the story was filed).
fn dateline_outlet(text: &str) -> Option<String> {
    let caps = DATELINE_HEAD.as_ref()?.captures(text)?;
    let head = caps.get(1)?.as_str();
    let ends: Vec<usize> = head.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    ends.into_iter()
        .rev()
        .map(|end| &head[..end])
        .find(|name| *name == "本報" || *name == "本报" || is_outlet(name))
        .map(String::from)
}

/// `央视网` of `央视网2022年03月03日`: a date glued to a name is no part of it.
fn without_date(name: &str) -> String {
    let cut = DATE_START
        .as_ref()
        .and_then(|re| re.find(name))
        .map(|m| m.start())
        .filter(|&at| name[..at].chars().count() >= 2);
    match cut {
        Some(at) => name[..at].to_string(),
        None => name.to_string(),
    }
}

static DATE_START: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"\d{4}(?:年|-|/|\.)\d{1,2}").ok());

/// The source: a `來源/来自` label on the date line or near the title, else the
/// outlet of the first paragraph's dateline.
pub fn source(page: &Page, roles: &[Role]) -> Option<String> {
    let labelled = super::head_lines(page, roles).find_map(|line| {
        let caps = SOURCE_LABEL.as_ref()?.captures(line)?;
        Some(without_date(caps.get(1)?.as_str()))
    });
    if labelled.is_some() {
        return labelled;
    }
    // `2024年03月05日 10:22 青禾日报`: an outlet right after the date and time
    let after_date = super::head_lines(page, roles).find_map(|line| {
        let caps = OUTLET_AFTER_DATE.as_ref()?.captures(line)?;
        let name = caps.get(1)?.as_str();
        is_outlet(name).then(|| name.to_string())
    });
    if after_date.is_some() {
        return after_date;
    }
    for name in ["article:source", "source", "og:source"] {
        if let Some(value) = page.meta_content(&[name]).filter(|v| !v.contains("://")) {
            return Some(value.to_string());
        }
    }
    // a line of its own after the body (`来源：青禾日报` among the closing credits)
    let standalone = (page.blocks.iter().zip(roles))
        .filter(|(b, r)| **r != Role::Body && b.char_len() <= 30)
        .find_map(|(b, _)| {
            let caps = SOURCE_LABEL.as_ref()?.captures(&b.text)?;
            let whole = caps.get(0)?;
            (whole.start() == 0).then(|| caps.get(1).map(|m| m.as_str().to_string()))?
        });
    if standalone.is_some() {
        return standalone;
    }
    let body = (page.blocks.iter().zip(roles))
        .find(|(_, r)| **r == Role::Body)
        .map(|(b, _)| b.text.as_str())?;
    dateline_outlet(body)
}

/// The column label at the head of `first_paragraph`, and the paragraph without it.
pub fn column(first_paragraph: &str) -> Option<(String, String)> {
    let caps = COLUMN.as_ref()?.captures(first_paragraph)?;
    let label = caps.get(1)?.as_str();
    let credit_words = ["編", "编", "記者", "记者", "攝", "摄", "來源", "来源"];
    if credit_words.iter().any(|w| label.contains(w)) {
        return None;
    }
    let rest = first_paragraph
        .get(caps.get(0)?.end()..)?
        .trim_start()
        .to_string();
    Some((label.to_string(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets() {
        assert!(is_outlet("延邊信息港"));
        assert!(is_outlet("延吉新聞網"));
        assert!(!is_outlet("安源區政府"));
        assert_eq!(
            line_outlet("延邊信息港 / 延邊廣電客戶端").as_deref(),
            Some("延邊信息港")
        );
        assert_eq!(
            line_outlet("萍鄉城事網—萍鄉最具影響力門戶網站 門戶 城事資訊").as_deref(),
            Some("萍鄉城事網")
        );
        assert_eq!(line_outlet("延邊發布客戶端"), None);
        assert_eq!(
            dateline_outlet("延吉新聞網12月30日訊(記者 付楊)").as_deref(),
            Some("延吉新聞網")
        );
        assert_eq!(
            dateline_outlet("本報訊(記者 蓋曉宇)1月25日").as_deref(),
            Some("本報")
        );
        assert_eq!(
            dateline_outlet("新华社北京1月5日电").as_deref(),
            Some("新华社")
        );
        assert_eq!(dateline_outlet("2月6日上午,州委副書記"), None);
        assert_eq!(
            copyright_owner("延吉新聞網版權與免責聲明:").as_deref(),
            Some("延吉新聞網")
        );
        assert_eq!(
            copyright_owner("中央广播电视总台央视网版权所有").as_deref(),
            Some("中央广播电视总台央视网")
        );
        assert_eq!(
            copyright_owner("主办:望川县人民政府办公室 版权所有:望川县人民政府").as_deref(),
            Some("望川县人民政府")
        );
        assert!(is_publisher("望川县人民政府"));
    }

    #[test]
    fn sources_and_columns() {
        let caps = SOURCE_LABEL
            .as_ref()
            .unwrap()
            .captures("2021年01月21日 07:06   来源: 延边发布")
            .unwrap();
        assert_eq!(&caps[1], "延边发布");
        assert_eq!(without_date("央视网2022年03月03日"), "央视网");
        assert_eq!(without_date("21世纪经济报道"), "21世纪经济报道");
        let caps = SOURCE_LABEL
            .as_ref()
            .unwrap()
            .captures("2020-2-1 12:00| 發布者: admin| 評論: 0|來自: 安源區政府")
            .unwrap();
        assert_eq!(&caps[1], "安源區政府");
        assert_eq!(
            column("【头条】1月20日,省委常委").map(|c| c.0).as_deref(),
            Some("头条")
        );
        assert_eq!(column("【責編 王春榮】"), None);
    }
}
