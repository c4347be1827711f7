//! Pinyin annotations after characters: `指導(dǎo)` → `指導`.

use xinwen_chinese::Readings;
use xinwen_core::FlagKind;

use super::step::{Context, Normalizer};
use super::text_buf::{Edit, TextBuf};

/// Removes a bracketed pinyin syllable that follows a character, when the syllable is a
/// reading of that character (`導(dǎo)`, `北口(進(jìn)城方向)` → `北口(進城方向)`). Real text in
/// brackets stays: `县(市)`, `社區(村)`, `(記者 付楊)`, `(AI)`, `(2020)`.
///
/// A syllable without tone mark (`(dao)`) could be an English word (`安(an)`), so it is
/// only removed from a text where tone-marked annotations show the crawl artifact.
///
/// Next to a mojibake run the character before an annotation is itself garbled, so its
/// reading cannot be checked; there a tone-marked syllable of Mandarin is enough, and the
/// garbled character is flagged.
pub struct PinyinAnnotations;

/// How far back a garbled character makes an annotation's character untestable.
const MOJIBAKE_WINDOW: usize = 4;

fn is_garbled(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c) || c == '\u{FFFD}'
}

fn has_tone_mark(s: &str) -> bool {
    s.chars().any(|c| !c.is_ascii() && c != 'ü')
}

/// What an annotation candidate turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Text in brackets: keep.
    Text,
    /// A reading of the character before it.
    Reading { toned: bool },
    /// A tone-marked syllable after a garbled character: remove, flag the character.
    AfterGarbage,
}

fn judge(readings: &Readings, before: &str, syllable: &str) -> Verdict {
    let mut back = before.chars().rev();
    let Some(c) = back.next() else {
        return Verdict::Text;
    };
    if !readings.has_readings(c) {
        return Verdict::Text;
    }
    let toned = has_tone_mark(syllable);
    if readings.is_reading(c, syllable) {
        return Verdict::Reading { toned };
    }
    if toned && readings.is_syllable(syllable) && back.take(MOJIBAKE_WINDOW).any(is_garbled) {
        return Verdict::AfterGarbage;
    }
    Verdict::Text
}

impl Normalizer for PinyinAnnotations {
    fn name(&self) -> &'static str {
        "pinyin_annotations"
    }

    fn normalize(&self, buf: &mut TextBuf, context: &Context<'_>) -> usize {
        let text = buf.text();
        let bytes = text.as_bytes();
        if memchr::memchr(b'(', bytes).is_none()
            && memchr::memmem::find(bytes, "（".as_bytes()).is_none()
        {
            return 0;
        }
        // `normalize/pinyin_annotation` of the lexicon
        let Ok(words) = context.resources.lexicon() else {
            return 0;
        };
        let re = &words.pinyin_annotation;
        let readings = context.resources.readings();
        let found: Vec<(std::ops::Range<usize>, Verdict)> = re
            .captures_iter(text)
            .filter_map(|caps| {
                let whole = caps.get(0)?;
                let before = text.get(..whole.start())?;
                Some((
                    whole.range(),
                    judge(&readings, before, caps.get(1)?.as_str()),
                ))
            })
            .collect();
        let artifact = found
            .iter()
            .any(|(_, v)| matches!(v, Verdict::Reading { toned: true } | Verdict::AfterGarbage));
        let mut edits = Vec::new();
        let mut garbled = Vec::new();
        for (range, verdict) in found {
            match verdict {
                Verdict::Reading { toned } if toned || artifact => edits.push(Edit::delete(range)),
                Verdict::AfterGarbage => {
                    garbled.push(text[..range.start].chars().count().saturating_sub(1));
                    edits.push(Edit::delete(range));
                }
                _ => {}
            }
        }
        for at in garbled {
            buf.flag(FlagKind::Mojibake, at..at + 1);
        }
        buf.apply(edits)
    }
}

#[cfg(test)]
mod tests {
    use super::PinyinAnnotations;
    use crate::normalize::testing::test_normalizer;

    test_normalizer!(after_characters, PinyinAnnotations,
        "洪慶檢查指導(dǎo)全市疫情防控工作" => "洪慶檢查指導全市疫情防控工作", "洪慶檢查指導全市疫情防控工作");
    test_normalizer!(inside_real_brackets, PinyinAnnotations,
        "在高速路延吉市北口(進(jìn)城方向)疫情防控檢測點" => "在高速路延吉市北口(進城方向)疫情防控檢測點",
        "在高速路延吉市北口(進城方向)疫情防控檢測點");
    test_normalizer!(several, PinyinAnnotations,
        "領(lǐng)導(dǎo)小組組長(zhǎng)" => "領導小組組長", "領導小組組長");
    test_normalizer!(real_brackets_stay, PinyinAnnotations,
        "八個县(市)、社區(村)、(記者 付楊)、用(AI)、於(2020)" => "八個县(市)、社區(村)、(記者 付楊)、用(AI)、於(2020)",
        "八個县(市)、社區(村)、(記者 付楊)、用(AI)、於(2020)");
    test_normalizer!(wrong_reading_stays, PinyinAnnotations,
        "工(dǎo)作" => "工(dǎo)作", "工(dǎo)作");
    test_normalizer!(after_garbled_characters, PinyinAnnotations,
        "處?捣逡\u{e026}螅\u{e0ed}\u{e01b}訌(qiáng)市場" => "處?捣逡\u{e026}螅\u{e0ed}\u{e01b}訌市場",
        "處?捣逡\u{e026}螅\u{e0ed}\u{e01b}訌市場");

    #[test]
    fn the_garbled_character_is_flagged() {
        let buf = crate::normalize::testing::alone(
            &PinyinAnnotations,
            "處?捣逡\u{e026}螅\u{e0ed}\u{e01b}訌(qiáng)市場",
        );
        let chars: Vec<char> = buf.text().chars().collect();
        assert_eq!(buf.flags().len(), 1);
        assert_eq!(chars[buf.flags()[0].range.start], '訌');
    }
    test_normalizer!(toneless_only_beside_toned, PinyinAnnotations,
        "安(an)全(quan)" => "安(an)全(quan)", "安(an)全(quan)");
    test_normalizer!(toneless_in_an_annotated_text, PinyinAnnotations,
        "領(lǐng)導(dao)" => "領導", "領導");
    test_normalizer!(after_non_characters, PinyinAnnotations,
        "龍?jiān)瓷鐓^(qū)、雷o(hù)" => "龍?jiān)瓷鐓^(qū)、雷o(hù)", "龍?jiān)瓷鐓^(qū)、雷o(hù)");
}
