//! Numbers with units: `74人`, `36000平方米`, `3400余份`, `3.6万人`.

use std::sync::LazyLock;

use regex::Regex;
use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, Quantity};

use super::Enricher;
use super::analysis::Analysis;

/// Units, longest first within a shared start.
const UNITS: &[&str] = &[
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "公里",
    "千米",
    "厘米",
    "毫米",
    "米",
    "公顷",
    "亩",
    "吨",
    "千克",
    "公斤",
    "克",
    "万元",
    "亿元",
    "美元",
    "欧元",
    "元",
    "人次",
    "人",
    "名",
    "户",
    "家",
    "个",
    "起",
    "份",
    "件",
    "台",
    "辆",
    "架",
    "艘",
    "只",
    "头",
    "所",
    "座",
    "条",
    "项",
    "次",
    "场",
    "批",
    "套",
    "张",
    "支",
    "栋",
    "间",
    "处",
    "岁",
    "小时",
    "分钟",
    "天",
    "周",
    "倍",
    "%",
    "％",
    "千瓦",
    "兆瓦",
    "万千瓦",
    "度",
    "株",
    "箱",
    "袋",
    "盒",
    "剂",
    "例",
];

static QUANTITY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let units = UNITS
        .iter()
        .map(|u| regex::escape(u))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(\d+(?:[.,]\d+)*|[一二三四五六七八九十百千万两]+)\s*(余|多)?\s*(万|亿)?\s*({units})"
    ))
    .ok()
});

/// The value of a Chinese numeral (`三十六` → 36, `两千` → 2000).
fn chinese_number(text: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut section = 0.0;
    let mut digit: Option<f64> = None;
    for c in text.chars() {
        let d = match c {
            '零' => 0.0,
            '一' => 1.0,
            '二' | '两' => 2.0,
            '三' => 3.0,
            '四' => 4.0,
            '五' => 5.0,
            '六' => 6.0,
            '七' => 7.0,
            '八' => 8.0,
            '九' => 9.0,
            '十' | '百' | '千' => {
                let unit = match c {
                    '十' => 10.0,
                    '百' => 100.0,
                    _ => 1000.0,
                };
                section += digit.unwrap_or(1.0) * unit;
                digit = None;
                continue;
            }
            '万' => {
                total += (section + digit.unwrap_or(0.0)) * 10_000.0;
                section = 0.0;
                digit = None;
                continue;
            }
            _ => return None,
        };
        digit = Some(d);
    }
    Some(total + section + digit.unwrap_or(0.0))
}

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
        let Some(re) = QUANTITY.as_ref() else {
            return Ok(());
        };
        let char_at = |byte: usize| text.char_at_byte(byte);
        for caps in re.captures_iter(&text.simple_text) {
            let (Some(whole), Some(number), Some(unit)) = (caps.get(0), caps.get(1), caps.get(4))
            else {
                continue;
            };
            let digits = number.as_str().replace(',', "");
            let Some(mut value) = digits
                .parse::<f64>()
                .ok()
                .or_else(|| chinese_number(&digits))
            else {
                continue;
            };
            match caps.get(3).map(|m| m.as_str()) {
                Some("万") => value *= 1e4,
                Some("亿") => value *= 1e8,
                _ => {}
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
        assert_eq!(chinese_number("两千零五"), Some(2005.0));
    }
}
