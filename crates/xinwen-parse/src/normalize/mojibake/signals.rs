//! How suspect each character is of being mojibake.

use xinwen_chinese::{CommonChars, ScriptConverter};

/// How strongly a character suggests a wrong decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Signal {
    /// Nothing odd.
    None,
    /// Odd on its own, telling only in a crowd: a rare character, a character of the
    /// other script, kana or tone-marked letters glued to characters.
    Soft,
    /// Never in clean text: private-use and replacement characters, control characters,
    /// `?`/`^` left for an unmappable byte.
    Hard,
}

/// A Chinese (Han) character.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

fn is_garbage(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{FFFD}' | '\u{0080}'..='\u{009F}')
        || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// Japanese kana: in Chinese news text almost only as garbled bytes.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FA}')
}

fn is_tone_letter(c: char) -> bool {
    matches!(
        c,
        'ā' | 'á'
            | 'ǎ'
            | 'à'
            | 'ē'
            | 'é'
            | 'ě'
            | 'è'
            | 'ī'
            | 'í'
            | 'ǐ'
            | 'ì'
            | 'ō'
            | 'ó'
            | 'ǒ'
            | 'ò'
            | 'ū'
            | 'ú'
            | 'ǔ'
            | 'ù'
            | 'ǖ'
            | 'ǘ'
            | 'ǚ'
            | 'ǜ'
    )
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || is_tone_letter(c) || c == 'ü'
}

/// What the signals of a text depend on.
pub(crate) struct Judge<'a> {
    pub(crate) common: &'a CommonChars,
    pub(crate) converter: &'a ScriptConverter,
    pub(crate) traditional: bool,
    pub(crate) simplified: bool,
}

impl Judge<'_> {
    /// True when no character of `text` can get a signal (most paragraphs): common Han
    /// characters of the text's script, ASCII other than `?`, `^`, controls and a `(`
    /// right after a lowercase letter (`雷o(`), CJK and full-width punctuation. One
    /// pass, nothing allocated.
    pub(crate) fn is_quiet(&self, text: &str) -> bool {
        let mut before = '\0';
        text.chars().all(|c| {
            let quiet = if is_han(c) {
                self.common.is_common(c) && !self.out_of_script(c)
            } else if c.is_ascii() {
                // `(` after a lowercase letter: a garbled byte before a bracket (`雷o(`)
                let wedged = matches!(c, '?' | '^') || (c == '(' && before.is_ascii_lowercase());
                let control = c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r');
                !wedged && !control
            } else {
                matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{2000}'..='\u{206F}' | '·')
            };
            before = c;
            quiet
        })
    }

    /// True for a Han character of the other script than the text's.
    fn out_of_script(&self, c: char) -> bool {
        if self.traditional {
            self.converter.is_simplified_only(c)
        } else {
            self.simplified && self.converter.is_traditional_only(c)
        }
    }

    /// The signal of every character of `chars`.
    pub(crate) fn signals(&self, chars: &[char]) -> Vec<Signal> {
        let at = |i: usize| chars.get(i).copied();
        let mut signals: Vec<Signal> = (0..chars.len())
            .map(|i| {
                let c = chars[i];
                // Han characters first (most of a page), none of the tests below
                // concerns them
                if is_han(c) {
                    let rare = !self.common.is_common(c);
                    // script mixing within a word: forgiven when the simplified form
                    // makes a dictionary word
                    return if rare || self.out_of_script(c) {
                        Signal::Soft
                    } else {
                        Signal::None
                    };
                }
                let before = i.checked_sub(1).and_then(at);
                let after = at(i + 1);
                if is_garbage(c) {
                    return Signal::Hard;
                }
                if ('\u{2460}'..='\u{24FF}').contains(&c) {
                    // enclosed numbers wedged between characters (`讱⒔灰`); after a
                    // title they number a series (`中国经济观察①`)
                    match (before.is_some_and(is_han), after.is_some_and(is_han)) {
                        (true, true) => return Signal::Hard,
                        (true, false) | (false, true) => return Signal::Soft,
                        (false, false) => {}
                    }
                }
                if matches!(c, '?' | '^') && before.is_some_and(is_han) {
                    let wedged = match (c, after) {
                        ('^', Some(a)) => is_han(a) || a == '(',
                        ('?', Some(a)) => {
                            a.is_ascii_lowercase() || (i + 1..i + 5).filter_map(at).any(is_garbage)
                        }
                        _ => false,
                    };
                    if wedged {
                        return Signal::Hard;
                    }
                    if c == '?' && after.is_some_and(is_han) {
                        return Signal::Soft; // a question mark, or a lost byte: `蝴?福`
                    }
                }
                if is_kana(c) && (before.is_some_and(is_han) || after.is_some_and(is_han)) {
                    return Signal::Soft; // GBK read of UTF-8 bytes: `鍔犲ぇ`
                }
                Signal::None
            })
            .collect();
        self.mark_pinyin_remnants(chars, &mut signals);
        signals
    }

    /// Tone-marked letter runs after a wedged `?` or before a bracket nobody opened
    /// (`龍?jiān)瓷`) are remnants of pinyin annotations of garbled characters; a lone
    /// lowercase letter glued between a character and a bracket (`雷o(`) is a garbled
    /// byte.
    fn mark_pinyin_remnants(&self, chars: &[char], signals: &mut [Signal]) {
        let mut i = 0;
        while i < chars.len() {
            if !chars.get(i).copied().is_some_and(is_latin_letter) {
                i += 1;
                continue;
            }
            let start = i;
            while chars.get(i).copied().is_some_and(is_latin_letter) {
                i += 1;
            }
            let before = start.checked_sub(1).and_then(|b| chars.get(b)).copied();
            let run = &chars[start..i];
            let toned = run.iter().any(|&c| is_tone_letter(c));
            // `jiān)` with no `(` before: the bracket of an annotation whose start the
            // garbling ate; pinyin given as text (`（音lèlè）`) has both brackets
            let unmatched_close = chars.get(i) == Some(&')')
                && !chars[..start].iter().rev().take(12).any(|&c| c == '(');
            let after_wedge = before == Some('?');
            let lone = run.len() == 1
                && run[0].is_ascii_lowercase()
                && before.is_some_and(is_han)
                && chars.get(i) == Some(&'(');
            if (toned && (after_wedge || unmatched_close)) || lone {
                for s in &mut signals[start..i] {
                    *s = Signal::Soft;
                }
                if unmatched_close {
                    signals[i] = Signal::Soft;
                }
            }
        }
    }
}
