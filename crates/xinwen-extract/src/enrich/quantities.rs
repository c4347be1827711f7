//! Numbers with units: `74人`, `36000平方米`, `3400余份`, `3.6万人`.

use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Quantity};

use super::analysis::Analysis;
use super::enricher::Enricher;
use crate::recognize::numerals::chinese_number;

/// Finds the quantities of the body.
pub(crate) struct Quantities;

impl Enricher for Quantities {
    fn name(&self) -> &'static str {
        "quantities"
    }

    fn enrich(
        &self,
        article: &mut Article,
        text: &Analysis,
        _resources: &Resources,
    ) -> Result<(), Error> {
        let words = text.lexicon;
        let re = &words.quantity;
        let char_at = |byte: usize| text.char_at_byte(byte);
        for caps in re.captures_iter(&text.simple_text) {
            let (Some(whole), Some(number), Some(unit)) = (caps.get(0), caps.get(1), caps.get(4))
            else {
                continue;
            };
            let digits = number.as_str().replace(',', "");
            let Some(mut value) =
                (digits.parse::<f64>().ok()).or_else(|| chinese_number(words, &digits))
            else {
                continue;
            };
            let multiplier = (caps.get(3))
                .and_then(|m| words.multipliers.value(m.as_str()))
                .and_then(|v| v.parse::<f64>().ok());
            if let Some(m) = multiplier {
                value *= m;
            }
            let (start, end) = (char_at(whole.start()), char_at(whole.end()));
            let unit_start = char_at(unit.start());
            article.quantities.push(Quantity {
                text: text.original(start..end),
                value,
                unit: text.original(unit_start..end),
                start,
                end,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities() {
        let resources = Resources::global();
        let text = "已完成74人的醫學觀察,消毒面積36000平方米,發放宣傳單3400余份,共3.6萬人次,增長18.2%,三十六名。";
        let mut article = Article::default();
        Quantities
            .enrich(
                &mut article,
                &Analysis::new(text, resources).unwrap(),
                resources,
            )
            .unwrap();
        let got: Vec<(String, f64, String)> = article
            .quantities
            .iter()
            .map(|q| (q.text.clone(), q.value, q.unit.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("74人".into(), 74.0, "人".into()),
                ("36000平方米".into(), 36000.0, "平方米".into()),
                ("3400余份".into(), 3400.0, "份".into()),
                ("3.6萬人次".into(), 36000.0, "人次".into()),
                ("18.2%".into(), 18.2, "%".into()),
                ("三十六名".into(), 36.0, "名".into()),
            ]
        );
    }
}
