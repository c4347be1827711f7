//! Credited people: reporters, correspondents, editors, photographers, authors.
//!
//! Credits come in many forms: `(記者 付楊)`, `本报讯（记者 李可 通讯员 王芳）`,
//! `【責編 王春榮】`, `责任编辑：孔德明`, `記者林悅／南市報導`, `（王煌忠／台中報導）`,
//! `（中央社記者邱俊欽桃園19日電）`, `文/王某 图/张某`, `王棟 攝`. A role word sets the
//! role of the names after it; a name must start with a Chinese surname.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use xinwen_chinese::Surnames;
use xinwen_core::{Byline, Role};

/// Role words, longest first within a shared start.
const ROLE_WORDS: &[(&str, Role)] = &[
    ("本報記者", Role::Reporter),
    ("本报记者", Role::Reporter),
    ("特約記者", Role::Reporter),
    ("特约记者", Role::Reporter),
    ("見習記者", Role::Reporter),
    ("见习记者", Role::Reporter),
    ("實習記者", Role::Reporter),
    ("实习记者", Role::Reporter),
    ("記者", Role::Reporter),
    ("记者", Role::Reporter),
    ("通訊員", Role::Correspondent),
    ("通讯员", Role::Correspondent),
    ("實習生", Role::Correspondent),
    ("实习生", Role::Correspondent),
    ("責任編輯", Role::Editor),
    ("责任编辑", Role::Editor),
    ("值班編輯", Role::Editor),
    ("值班编辑", Role::Editor),
    ("文字編輯", Role::Editor),
    ("文字编辑", Role::Editor),
    ("視頻編輯", Role::Editor),
    ("视频编辑", Role::Editor),
    ("責編", Role::Editor),
    ("责编", Role::Editor),
    ("編輯", Role::Editor),
    ("编辑", Role::Editor),
    ("主編", Role::Editor),
    ("主编", Role::Editor),
    ("編審", Role::Editor),
    ("编审", Role::Editor),
    ("審核", Role::Editor),
    ("审核", Role::Editor),
    ("攝影", Role::Photographer),
    ("摄影", Role::Photographer),
    ("圖片", Role::Photographer),
    ("图片", Role::Photographer),
    ("撰文", Role::Author),
    ("作者", Role::Author),
    ("發布者", Role::Publisher),
    ("发布者", Role::Publisher),
];

/// Role words of one character, that count only before a separator (`文/王某`).
const SHORT_ROLE_WORDS: &[(char, Role)] = &[
    ('文', Role::Author),
    ('圖', Role::Photographer),
    ('图', Role::Photographer),
];

const SEPARATORS: &[char] = &[':', '：', '/', '／', ' ', '\u{3000}', '|'];

/// `王煌忠／台中報導`: a name, a slash, where the story was filed.
static FILED_FROM: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"([\p{Han}·]{2,4})\s*[／/]\s*\p{Han}{1,10}(?:報導|报道|報道)").ok()
});

/// `王棟 攝`, `李軍廣攝影`: a photographer's credit after a caption or alone.
static SHOT_BY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s(（])([\p{Han}·]{2,4})\s*(?:攝影|摄影|攝|摄)(?:$|[\s)）])").ok()
});

/// Characters that end place and organization names, never a person's.
const NOT_NAME_ENDINGS: &[char] = &[
    '市', '县', '縣', '区', '區', '省', '州', '镇', '鎮', '乡', '鄉', '村', '街', '路', '报', '報',
    '导', '導', '网', '網', '社', '局', '委', '会', '會', '部', '院', '厅', '廳', '站', '所', '队',
    '隊', '处', '處', '科', '组', '組', '办', '辦', '台', '员', '員',
];

fn is_name_char(c: char) -> bool {
    ('\u{3400}'..='\u{9FFF}').contains(&c) || c == '·' || c == '•'
}

/// Credits found in a text, each with the character range it covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credits {
    /// The people credited, in order.
    pub bylines: Vec<Byline>,
    /// Character ranges of the text that the credits cover.
    pub covered: Vec<Range<usize>>,
}

impl Credits {
    fn push(&mut self, byline: Byline, range: Range<usize>) {
        if !self.bylines.contains(&byline) {
            self.bylines.push(byline);
        }
        self.covered.push(range);
    }
}

/// The role word starting at `i`, and its length in characters.
fn role_word_at(chars: &[char], i: usize) -> Option<(Role, usize)> {
    let first = *chars.get(i)?;
    for (word, role) in ROLE_WORDS {
        if !word.starts_with(first) {
            continue;
        }
        let n = word.chars().count();
        if chars
            .get(i..i + n)
            .is_some_and(|s| s.iter().copied().eq(word.chars()))
        {
            return Some((*role, n));
        }
    }
    let (c, next) = (chars.get(i)?, chars.get(i + 1)?);
    let (_, role) = SHORT_ROLE_WORDS.iter().find(|(w, _)| w == c)?;
    let before_ok = i == 0 || !is_name_char(chars[i - 1]);
    (before_ok && matches!(next, ':' | '：' | '/' | '／')).then_some((*role, 1))
}

/// True when `name` could be a person's: a full Chinese name not ending like a place or
/// an organization.
fn is_person(name: &[char], surnames: &Surnames) -> bool {
    name.last().is_some_and(|c| !NOT_NAME_ENDINGS.contains(c))
        && surnames.is_full_name(&name.iter().collect::<String>())
}

/// The name at the start of `run`: all of it when it is a name, else (a name glued to a
/// place, `邱俊欽桃園`) its first three or two characters.
fn name_in(run: &[char], surnames: &Surnames) -> Option<usize> {
    if is_person(run, surnames) {
        return Some(run.len());
    }
    [3, 2]
        .into_iter()
        .find(|&n| run.len() > n + 1 && is_person(&run[..n], surnames))
}

/// Scans `text` for credits.
pub fn credits(text: &str, surnames: &Surnames) -> Credits {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Credits::default();
    let mut i = 0;
    while i < chars.len() {
        let Some((role, len)) = role_word_at(&chars, i) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut j = i + len;
        let mut named = false;
        loop {
            let gap_start = j;
            while chars
                .get(j)
                .is_some_and(|c| SEPARATORS.contains(c) || matches!(c, '、' | ',' | '，'))
            {
                j += 1;
            }
            // after a name, a slash leads to where the story was filed (`林悅／南市報導`)
            if named && chars[gap_start..j].iter().any(|c| matches!(c, '/' | '／')) {
                j = gap_start;
                break;
            }
            // a comma right after the role word is prose (`告诉记者，路修好了`); commas
            // only separate the names of one role (`记者 张三，李四`)
            if !named
                && chars[gap_start..j]
                    .iter()
                    .any(|c| matches!(c, ',' | '，' | '、'))
            {
                j = gap_start;
                break;
            }
            let run_start = j;
            while chars.get(j).copied().is_some_and(is_name_char)
                && role_word_at(&chars, j).is_none()
            {
                j += 1;
            }
            // a name glued to the next role word: `李可通讯员` stops before `通讯员`
            let run = &chars[run_start..j];
            if run.is_empty() {
                break;
            }
            let publisher = role == Role::Publisher;
            let Some(n) = name_in(run, surnames).filter(|_| !publisher) else {
                j = run_start;
                break;
            };
            let name: String = run[..n].iter().collect();
            found.push(Byline::new(role, name), start..run_start + n);
            named = true;
            j = run_start + n;
            if n < run.len() {
                break; // a place follows the name
            }
        }
        if role == Role::Publisher {
            // CMS accounts: `發布者: admin`
            let run_start = j;
            while chars
                .get(j)
                .is_some_and(|c| c.is_alphanumeric() || *c == '_')
            {
                j += 1;
            }
            if j > run_start {
                found.push(
                    Byline::new(role, chars[run_start..j].iter().collect::<String>()),
                    start..j,
                );
                named = true;
            }
        }
        i = if named { j.max(i + len) } else { i + len };
    }
    let char_at = |byte: usize| text[..byte].chars().count();
    if let Some(re) = FILED_FROM.as_ref() {
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(name)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            let name_start = char_at(name.start());
            let glued_role = (0..=name_start)
                .rev()
                .take(5)
                .any(|k| role_word_at(&chars, k).is_some());
            if surnames.is_full_name(name.as_str()) && !glued_role {
                found.push(
                    Byline::new(Role::Reporter, name.as_str()),
                    name_start..char_at(whole.end()),
                );
            } else {
                found.covered.push(name_start..char_at(whole.end()));
            }
        }
    }
    if let Some(re) = SHOT_BY.as_ref() {
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(name)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            if surnames.is_full_name(name.as_str()) {
                found.push(
                    Byline::new(Role::Photographer, name.as_str()),
                    char_at(whole.start())..char_at(whole.end()),
                );
            }
        }
    }
    found
}

/// True when `text` does nothing but credit people (`责任编辑：孔德明`,
/// `記者林悅／南市報導`, `【責編 王春榮】`).
pub fn is_credit_line(text: &str, surnames: &Surnames) -> bool {
    let n = text.chars().count();
    if n > 60 {
        return false;
    }
    let found = credits(text, surnames);
    if found.bylines.is_empty() {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    let uncovered = (0..n)
        .filter(|i| !found.covered.iter().any(|r| r.contains(i)))
        .filter(|i| chars.get(*i).is_some_and(|c| c.is_alphanumeric()))
        .count();
    uncovered <= 2
}

/// Adds `byline` unless an equal one is there.
pub fn push_unique(bylines: &mut Vec<Byline>, byline: Byline) {
    if !bylines.contains(&byline) {
        bylines.push(byline);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use xinwen_chinese::Resources;

    fn names(text: &str) -> Vec<(Role, String)> {
        let surnames = Resources::global().surnames().unwrap();
        credits(text, surnames)
            .bylines
            .into_iter()
            .map(|b| (b.role, b.name))
            .collect()
    }

    fn one(role: Role, name: &str) -> Vec<(Role, String)> {
        vec![(role, name.to_string())]
    }

    #[test]
    fn mainland_forms() {
        assert_eq!(
            names("延吉新聞網12月30日訊(記者 付楊)12月30日下午"),
            one(Role::Reporter, "付楊")
        );
        assert_eq!(
            names("本報訊(記者 蓋曉宇)1月25日"),
            one(Role::Reporter, "蓋曉宇")
        );
        assert_eq!(
            names("本报讯（记者 李可 通讯员 王芳 张伟）"),
            vec![
                (Role::Reporter, "李可".into()),
                (Role::Correspondent, "王芳".into()),
                (Role::Correspondent, "张伟".into())
            ]
        );
        assert_eq!(
            names("本报讯（记者李可通讯员王芳）"),
            vec![
                (Role::Reporter, "李可".into()),
                (Role::Correspondent, "王芳".into())
            ]
        );
        assert_eq!(names("【責編 王春榮】"), one(Role::Editor, "王春榮"));
        assert_eq!(names("责任编辑：孔德明"), one(Role::Editor, "孔德明"));
        assert_eq!(
            names("编辑：杨书杰 责任编辑：刘亮"),
            vec![
                (Role::Editor, "杨书杰".into()),
                (Role::Editor, "刘亮".into())
            ]
        );
        assert_eq!(
            names("文/王小明 图/张大伟"),
            vec![
                (Role::Author, "王小明".into()),
                (Role::Photographer, "张大伟".into())
            ]
        );
        assert_eq!(names("會議現場 王棟 攝"), one(Role::Photographer, "王棟"));
        assert_eq!(
            names("2020-2-1 12:00| 發布者: admin| 評論: 0"),
            one(Role::Publisher, "admin")
        );
    }

    #[test]
    fn taiwanese_forms() {
        assert_eq!(names("記者林悅／南市報導"), one(Role::Reporter, "林悅"));
        assert_eq!(
            names("警方將進一步釐清死因。（王煌忠／台中報導）"),
            one(Role::Reporter, "王煌忠")
        );
        assert_eq!(
            names("（中央社記者邱俊欽桃園19日電）桃園市平鎮區"),
            one(Role::Reporter, "邱俊欽")
        );
        assert_eq!(
            names("2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導"),
            one(Role::Reporter, "陳嘉寧")
        );
    }

    #[test]
    fn no_false_credits() {
        for text in [
            "編輯部召開會議",
            "記者會上,市長表示",
            "他拍攝了照片",
            "疫情防控工作記者招待會",
            "文化館/圖書館",
            "村民李大爷告诉记者，路修好了，出行方便多了。",
        ] {
            assert_eq!(names(text), vec![], "{text}");
        }
    }

    #[test]
    fn credit_lines() {
        let s = Resources::global().surnames().unwrap();
        assert!(is_credit_line("责任编辑：孔德明", s));
        assert!(is_credit_line("記者林悅／南市報導", s));
        assert!(is_credit_line("【責編 王春榮】", s));
        assert!(!is_credit_line(
            "延吉新聞網12月30日訊(記者 付楊)12月30日下午,延吉市召開會議",
            s
        ));
    }
}
