//! Places: names the gazetteer knows, names that end like places, tagged place names,
//! and the short forms of places already found.
//!
//! Every candidate with a place ending passes [`plausible`]: kinds of places (`城市社区`,
//! `示范村`), verbs (`落实村`) and function words glued on (`在岚桥区`) are no names.

mod endings;
mod gazetteer;
mod learned;
mod tagged;

use std::ops::Range;

use xinwen_chinese::Segmenter;
use xinwen_core::PlaceLevel;

use crate::enrich::analysis::{Analysis, Token};

pub(crate) use endings::{ending_places, stems, streets};
pub(crate) use gazetteer::gazetteer_places;
pub(crate) use learned::confirm_learned;
pub(crate) use tagged::tagged_places;

/// A place found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlaceSpan {
    pub(crate) range: Range<usize>,
    pub(crate) level: PlaceLevel,
}

/// Characters after which a place may start even inside a word of the segmenter
/// (`在靖和街道` cut as `在靖/和/街道`).
const BEFORE_PLACE: &[char] = &[
    '在', '到', '赴', '于', '从', '至', '往', '向', '和', '与', '及', '的', '是', '经', '由',
];

/// Endings that make a word a place even when the gazetteer lacks it.
const PLACE_ENDINGS: &[&str] = &[
    "社区", "街道", "村", "镇", "乡", "县", "区", "屯", "街", "冲", "湾", "岛",
];

/// Administrative endings of place names, longest first.
const ADMIN_ENDINGS: &[&str] = &[
    "街道", "社区", "市", "县", "区", "镇", "乡", "村", "州", "省", "旗",
];

/// Endings of village names in the south (`吕家冲`, `王家坪`), for names the dictionary
/// does not know.
const VILLAGE_ENDINGS: &[&str] = &["冲", "坪", "寨", "庄", "屯", "坳", "垸", "塆", "岙"];

/// Endings of natural places (`青禾河`): places only when their stem is a place.
const NATURE_ENDINGS: &[&str] = &["河", "江", "湖", "山", "岭", "湾", "岛", "溪", "港"];

/// Endings of areas that are places but no administrative division (`产业园区`).
const AREA_ENDINGS: &[&str] = &[
    "园区",
    "景区",
    "开发区",
    "示范区",
    "保护区",
    "功能区",
    "风景区",
    "工业区",
    "试验区",
    "小区",
    "林区",
];

/// First characters of words that end like places but name no place (`全市`, `各县`,
/// `本区`).
const NOT_PLACE_STARTS: &[char] = &[
    '全', '各', '本', '该', '我', '两', '每', '这', '那', '此', '其', '外', '辖', '省', '市', '县',
    '区', '乡', '镇',
];

/// Divisions whose names are common nouns (`城区`, `行政村`): never taken alone.
const COMMON_DIVISIONS: &[&str] = &[
    "城区",
    "郊区",
    "矿区",
    "新区",
    "市中区",
    "开发区",
    "高新区",
    "林区",
    "牧区",
    "山区",
    "特区",
    "中心",
    "城关镇",
    "新村",
    "老街",
    "行政村",
    "自然村",
    "城中村",
    "示范村",
    "中心村",
    "贫困村",
    "新建村",
    "农村",
    "乡村",
];

/// Stems that make kinds of places, not names (`城市社区`, `示范村`, `易发区`).
const GENERIC_STEMS: &[&str] = &[
    "城市", "农村", "乡村", "城镇", "居家", "智慧", "示范", "试点", "重点", "特色", "贫困", "新建",
    "行政", "自然", "美丽", "文明", "和谐", "幸福", "传统", "中心", "城中", "发展", "落实", "先进",
    "生态", "易发", "高发", "多发", "重灾", "受灾", "疫情", "周边", "附近", "偏远", "边远", "相关",
    "所在", "各个", "老旧", "主要", "旅游", "部分", "一些", "所有", "全部",
];

/// Tags of words that may make up a place name's stem (the segmenter's guesses for
/// unknown words are taken whatever their tag).
const STEM_TAGS: &[&str] = &["n", "nr", "ns", "nz", "nrt", "nrfg", "j", "ng", "s", "nt"];

/// The length in characters of the place ending of `name`, if it has one.
fn place_ending(name: &str) -> Option<usize> {
    ADMIN_ENDINGS
        .iter()
        .chain(VILLAGE_ENDINGS)
        .chain(PLACE_ENDINGS)
        .chain(AREA_ENDINGS)
        .filter(|e| name.ends_with(*e))
        .map(|e| e.chars().count())
        .max()
}

/// The stem of a name with a place ending (`白鹭` of `白鹭县`).
fn stem(name: &str) -> Option<String> {
    let ending = place_ending(name)?;
    Some(name.chars().take(name.chars().count() - ending).collect())
}

/// True when a name is a kind of place: a generic division or a generic stem.
fn generic_name(name: &str) -> bool {
    COMMON_DIVISIONS.contains(&name)
        || stem(name).is_some_and(|s| GENERIC_STEMS.contains(&s.as_str()))
}

/// True when a place name with a place ending reads as a name: not generic, no verbal
/// stem, no function word in front.
fn plausible(name: &str, segmenter: &Segmenter) -> bool {
    let Some(stem) = stem(name) else { return true };
    let verbal = segmenter.dictionary_tag(&stem).is_some_and(|t| {
        matches!(
            t.as_str(),
            "v" | "vn" | "a" | "ad" | "d" | "b" | "z" | "vd" | "an"
        )
    });
    let first = stem.chars().next();
    !generic_name(name)
        && !verbal
        && first.is_some_and(|c| !NOT_PLACE_STARTS.contains(&c) && !BEFORE_PLACE.contains(&c))
}

/// True when a candidate is a generic expression, not a name: `县(市)`.
fn generic_after(text: &Analysis, end: usize) -> bool {
    matches!(text.simplified.get(end), Some('(' | '（'))
}

/// True when `at` is inside an organization's name but not at its head (a place may
/// open an organization's name: `青禾市|防汛抗旱指挥部`).
fn inside_org_body(inside_org: &[bool], at: usize) -> bool {
    inside_org.get(at).copied().unwrap_or(false)
        && at > 0
        && inside_org.get(at - 1).copied().unwrap_or(false)
}

/// True when the dictionary knows the word of `token`.
fn known_word(text: &Analysis, token: &Token, segmenter: &Segmenter) -> bool {
    segmenter
        .jieba()
        .has_word(&text.simple(token.range.clone()))
}
