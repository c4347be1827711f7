//! Organizations: runs of words ending in an organization word (`…局`, `…委`,
//! `…中心`, `…领导小组`), words tagged as organizations, and the neighbors of
//! organizations in a list.

use std::ops::Range;

use crate::enrich::analysis::{Analysis, Token, is_han};
use crate::enrich::lexicon::{ACTIONS, MOVES, ORG_ENDINGS, TITLE_ENDINGS};

/// Tags of words that never belong to an organization's name.
const STOP_TAGS: &[&str] = &[
    "p", "u", "uj", "ul", "uz", "ug", "uv", "c", "r", "d", "t", "x", "w", "q", "y", "e", "o", "zg",
];

/// Words that anchor an organization's name on the left: places and administrative
/// levels (`延吉市疾病预防控制中心`, `国家卫生健康委`).
const ANCHORS: &[&str] = &[
    "市", "区", "县", "州", "省", "镇", "乡", "村", "国家", "中央", "中国", "全国", "中共",
];

/// Endings of public bodies: a name ending so is an organization even without a place
/// in it (`市场监督管理局`).
const OFFICE_ENDINGS: &[&str] = &[
    "局",
    "委员会",
    "常委会",
    "管委会",
    "办公室",
    "办公厅",
    "领导小组",
    "指挥部",
    "政府",
    "委",
    "厅",
    "署",
    "人大",
    "政协",
    "党委",
    "纪委",
    "监委",
    "法院",
    "检察院",
    "派出所",
    "工作组",
];

/// Committee endings, whose names may hold `的` (`…感染的肺炎防控工作领导小组`).
const COMMITTEE_ENDINGS: &[&str] = &["领导小组", "委员会", "指挥部", "工作组"];

/// Tagged organizations that name no organization in particular.
const GENERIC: &[&str] = &[
    "党组织",
    "政府",
    "机关",
    "部门",
    "单位",
    "企业",
    "公安机关",
    "医疗机构",
    "党委",
    "党组",
    "基层党组织",
    "村委会",
    "居委会",
    "学校",
    "医院",
    "公共场所",
    "场所",
    "机构",
    "中小学",
    "幼儿园",
    "小学",
    "中学",
    "大学",
    "卫生室",
    "卫生院",
    "敬老院",
    "养老院",
    "派出所",
    "部委",
    "国际组织",
    "民间组织",
];

/// Words said of institutions before their kind (`新建|学校`, `部分|中小学`).
const MODIFIERS: &[&str] = &[
    "新建",
    "改建",
    "扩建",
    "改扩建",
    "新改扩建",
    "部分",
    "全域",
    "各级",
    "所有",
    "各",
    "新",
];

/// True when `name` (simplified) names a kind of organization, not one organization
/// (`中小学`, `新建学校`, `村干部`).
pub(crate) fn is_generic(name: &str) -> bool {
    let mut rest = name;
    while let Some(shorter) = MODIFIERS.iter().find_map(|m| rest.strip_prefix(m)) {
        rest = shorter;
    }
    rest.is_empty()
        || GENERIC.contains(&rest)
        || NOT_ORGANIZATIONS.iter().any(|n| rest.ends_with(n))
}

/// Characters of prepositions the segmenter glues to a name (`对市|公安局`).
const PREPOSITIONS: &[char] = &[
    '对', '在', '向', '从', '到', '把', '被', '给', '和', '与', '及', '为', '经', '由', '于', '赴',
];

/// Organizations that stand alone as one word.
const STANDALONE: &[&str] = &[
    "党中央",
    "国务院",
    "中共中央",
    "全国人大",
    "全国政协",
    "中央军委",
    "省委",
    "省政府",
    "市委",
    "市政府",
    "州委",
    "州政府",
    "县委",
    "县政府",
    "区委",
    "区政府",
    "省人大",
    "市人大",
    "省政协",
    "市政协",
];

/// Words that end like an organization and are none (`对外开放|格局`, `党中央|全局`).
const NOT_ORGANIZATIONS: &[&str] = &[
    "格局", "全局", "大局", "布局", "结局", "时局", "政局", "僵局", "开局", "困局", "变局", "新局",
    "骗局", "饭局", "赌局", "当局", "残局", "中部", "西部", "东部", "北部", "南部", "内部", "外部",
    "全部", "局部", "干部", "本部", "部分",
];

/// The longest organization ending `word` ends with, in characters.
fn org_ending(word: &str) -> Option<usize> {
    if NOT_ORGANIZATIONS.iter().any(|n| word.ends_with(n)) {
        return None; // `新格局`, `村干部`
    }
    ORG_ENDINGS
        .iter()
        .filter(|e| word.ends_with(*e))
        .map(|e| e.chars().count())
        .max()
}

/// True when a title word starts at character `at` (`州公安局党委|副书记`).
pub(crate) fn title_follows(text: &Analysis, at: usize) -> bool {
    let rest: String = text.simplified.iter().skip(at).take(6).collect();
    TITLE_ENDINGS.iter().any(|t| rest.starts_with(t))
        || rest.starts_with('副')
        || rest.starts_with("常务")
}

fn is_anchor(text: &Analysis, token: &Token) -> bool {
    matches!(token.tag.as_str(), "ns" | "nt")
        || ANCHORS.contains(&text.simple(token.range.clone()).as_str())
}

fn is_number(token: &Token, word: &str) -> bool {
    matches!(token.tag.as_str(), "m" | "mq")
        && word.chars().next().is_some_and(|c| {
            c.is_ascii_digit() || "零一二三四五六七八九十百千万亿两几数每各".contains(c)
        })
}

/// Words an organization's name never runs across: people, positions, movements, acts.
fn blocks_name(token: &Token, word: &str) -> bool {
    token.tag.starts_with("nr")
        || TITLE_ENDINGS.iter().any(|t| word.ends_with(t))
        || MOVES.contains(&word)
        || ACTIONS.iter().any(|a| word.contains(a))
        || [
            "传达", "参加", "召开", "联合", "会同", "组织", "听取", "在", "对",
        ]
        .contains(&word)
        || MODIFIERS.contains(&word)
        // a dateline (`北京1月5日电|新华社`, `日讯`)
        || word.ends_with('讯') || word.ends_with('电')
}

/// The start of the organization ending with token `k`: words to the left, past verbs
/// only when a place or an administrative anchor lies beyond them.
fn name_start(text: &Analysis, k: usize, committee: bool, places: &[Range<usize>]) -> usize {
    let Some(end_token) = text.tokens.get(k) else {
        return 0;
    };
    let mut best = end_token.range.start;
    let mut crossed_verb = false;
    // the chain of places ending at `at` (`延边|白山|大厦`), as far left as it goes
    let place_ending_at = |at: usize| {
        let mut head = None;
        while let Some(p) = places
            .iter()
            .find(|p| p.end == head.unwrap_or(at) && p.start < p.end)
        {
            head = Some(p.start);
        }
        head
    };
    if let Some(head) = place_ending_at(best) {
        return head;
    }
    for (n, before) in text.tokens[..k].iter().rev().take(8).enumerate() {
        let piece = text.simple(before.range.clone());
        let tag = before.tag.as_str();
        // a tagged name right before the ending is part of it (`流万智慧|农贸市场`)
        let name_inside = n == 0 && tag.starts_with("nr");
        let particle = piece == "的";
        // `县|人民医院`: the segmenter tags a lone `县` as `zg`, a stop tag
        let anchor = ANCHORS.contains(&piece.as_str());
        let blocked = (particle && !committee)
            || (STOP_TAGS.contains(&tag) && !particle && !anchor)
            || !piece.chars().all(is_han)
            || is_number(before, &piece)
            || (blocks_name(before, &piece) && !name_inside)
            // a whole organization of its own (`区纪委|区监委`), but `镇中心|幼儿园`
            || (org_ending(&piece).is_some_and(|e| e >= 2) && !piece.ends_with("中心"));
        if blocked {
            break;
        }
        if tag.starts_with('v') && tag != "vn" {
            crossed_verb = true;
        }
        if !crossed_verb || is_anchor(text, before) {
            best = before.range.start;
        }
        if let Some(head) = place_ending_at(before.range.start) {
            return head;
        }
    }
    best
}

/// Organizations of the text, as character ranges; `places` are the places found so far
/// (an organization's name may begin with one), `learned` the tagger's organizations: a
/// word the segmenter alone calls an organization (`nt`, often wrongly: `中美关系`)
/// counts only when the tagger agrees.
pub(crate) fn organizations(
    text: &Analysis,
    places: &[Range<usize>],
    learned: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for (k, token) in text.tokens.iter().enumerate() {
        let word = text.simple(token.range.clone());
        let standalone = STANDALONE.contains(&word.as_str());
        let ending = org_ending(&word);
        // `镇中心|幼儿园`: the name goes on to the next ending
        let continued = word.ends_with("中心")
            && (text.tokens.get(k + 1)).is_some_and(|next| {
                org_ending(&text.simple(next.range.clone())).is_some_and(|e| e >= 2)
            });
        if continued {
            continue;
        }
        let tagged = token.tag == "nt"
            && word.chars().count() >= 2
            && learned
                .iter()
                .any(|l| l.start < token.range.end && token.range.start < l.end);
        if !(standalone || ending.is_some() || tagged) {
            continue;
        }
        if standalone {
            if !title_follows(text, token.range.end) {
                found.push(token.range.clone());
            }
            continue;
        }
        if token.tag.starts_with('v') && token.tag != "vn"
            || TITLE_ENDINGS.iter().any(|t| word.ends_with(t))
        {
            continue; // `部署`, `省委常委`
        }
        let committee = COMMITTEE_ENDINGS.iter().any(|e| word.ends_with(e));
        let mut start = name_start(text, k, committee, places);
        let first = text.simplified.get(start).copied();
        if first.is_some_and(|c| PREPOSITIONS.contains(&c))
            && text
                .simplified
                .get(start + 1)
                .is_some_and(|c| "市区县州省".contains(*c))
        {
            start += 1;
        }
        // a place the segmenter cut into (`三|沙市|人民政府`) starts the name
        if let Some(place) = places.iter().find(|p| p.start < start && start < p.end) {
            start = place.start;
        }
        let range = start..token.range.end;
        let before_ending = text.tokens_within(start..token.range.start);
        let placed = before_ending.iter().any(|t| is_anchor(text, t));
        if GENERIC.contains(&word.as_str()) && !placed {
            continue; // `(基层)党组织` names no organization in particular
        }
        let name_len = range.len();
        let ending_len = ending.unwrap_or(0);
        // an ending alone (`局`, `中心`) is no name; a one-character ending wants two more
        let too_short =
            ending.is_some() && (name_len <= ending_len || (ending_len == 1 && name_len < 3));
        if (too_short && token.tag != "nt") || name_len > 30 {
            continue;
        }
        let office = OFFICE_ENDINGS.iter().any(|e| word.ends_with(e));
        let anchored = token.tag == "nt"
            || places.iter().any(|p| p.start == start)
            // `(和)县|疾病|预防|控制中心`: the level the name starts with, as a word
            // of its own (not the `市` of `市场`)
            || ((text.simplified.get(start)).is_some_and(|c| "市区县州省".contains(*c))
                && text.token_at(start).is_some_and(|t| {
                    t.range.len() == 1 || (t.tag == "ns" && t.range.end == start + 1)
                }))
            || word
                .chars()
                .next()
                .is_some_and(|c| "市区县州省".contains(c))
                && word.chars().count() > ending_len
            || (before_ending.iter())
                .any(|t| is_anchor(text, t) || matches!(t.tag.as_str(), "nz" | "j" | "nrt"));
        if !(anchored
            || office
                && text.tokens[..k]
                    .iter()
                    .rev()
                    .take_while(|t| t.range.start >= start)
                    .count()
                    >= 1)
        {
            continue; // `严格管控酒店`: a common noun, not a name
        }
        // a committee named in a title (`州委|书记`, `党委|副书记`) is part of the title
        if title_follows(text, range.end) && start == token.range.start && name_len <= 3 {
            continue;
        }
        found.push(range);
    }
    found.extend(listed(text, &found));
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    found
}

/// Items of a `、` list next to organizations that end like offices (`…管理局、公园街道`).
fn listed(text: &Analysis, orgs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, c) in text.simplified.iter().enumerate() {
        if !is_han(*c) {
            if i > start {
                items.push(start..i);
            }
            start = i + 1;
        }
    }
    let is_org = |r: &Range<usize>| orgs.iter().any(|o| o.start == r.start && o.end == r.end);
    let sep = |at: usize| text.simplified.get(at) == Some(&'、');
    let mut found = Vec::new();
    for (n, whole) in items.iter().enumerate() {
        // cut an item at its office ending: `公园街道|相关负责同志`
        let word = text.simple(whole.clone());
        let cut = ["街道", "办事处", "办", "所", "站", "队"]
            .iter()
            .filter_map(|e| {
                word.find(e)
                    .map(|b| word[..b].chars().count() + e.chars().count())
            })
            .min();
        let item = &(whole.start..whole.start + cut.unwrap_or(whole.len()));
        let office = cut.is_some();
        let before = n > 0 && sep(whole.start.wrapping_sub(1)) && is_org(&items[n - 1]);
        let after = items
            .get(n + 1)
            .is_some_and(|next| sep(whole.end) && is_org(next));
        if office && (before || after) && (3..=8).contains(&item.len()) && !is_org(item) {
            found.push(item.clone());
        }
    }
    found
}
