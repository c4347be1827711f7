use super::*;

fn terms(text: &str) -> Vec<String> {
    let t = ChineseTokenizer::new().unwrap();
    t.tokens(text).into_iter().map(|t| t.text).collect()
}

#[test]
fn traditional_and_simplified_give_the_same_terms() {
    assert_eq!(terms("檢查指導"), terms("检查指导"));
    assert!(terms("检查指导").contains(&"检查".to_string()));
    assert_eq!(terms("COVID-19 疫情"), ["covid", "19", "疫情"]);
}

#[test]
fn adjacent_characters_make_pairs() {
    // `潘淑是` is one word to the segmenter; the pair `潘淑` still finds the name
    let found = terms("潘淑是谁的皇后");
    assert!(found.contains(&"潘淑".to_string()), "{found:?}");
    // pairs run across word boundaries, not across punctuation or Latin words
    let found = terms("疫情防控工作");
    assert!(found.contains(&"情防".to_string()) && found.contains(&"控工".to_string()));
    assert!(!terms("疫情，防控").contains(&"情防".to_string()));
    assert!(!terms("疫情A防控").contains(&"情防".to_string()));
}

#[test]
fn latin_letters_and_digits_are_lowercased_and_half_width() {
    assert!(terms("５Ｇ网络和ＣＯＶＩＤ").contains(&"covid".to_string()));
    assert!(terms("iPhone手机").contains(&"iphone".to_string()));
    assert!(terms("2024年3.5亿元").contains(&"2024".to_string()));
}

#[test]
fn offsets_point_into_the_original() {
    let t = ChineseTokenizer::new().unwrap();
    let text = "洪慶檢查指導,全市 Ｃ19疫情";
    for token in t.tokens(text) {
        let original = &text[token.offset_from..token.offset_to];
        assert_eq!(original.chars().count(), token.text.chars().count());
        let start = text[..token.offset_from].chars().count();
        assert_eq!(start, token.position, "{token:?}");
    }
}

#[test]
fn tokens_come_in_text_order() {
    let t = ChineseTokenizer::new().unwrap();
    let text = "中华人民共和国南京市长江大桥检查指导全市疫情防控工作";
    let tokens = t.tokens(text);
    let keys: Vec<_> = tokens
        .iter()
        .map(|t| (t.offset_from, t.offset_to))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
}

#[test]
fn any_text_tokenizes() {
    let t = ChineseTokenizer::new().unwrap();
    for text in [
        "",
        " ",
        "，。",
        "\u{0}",
        "😀疫情😀",
        "a\u{FFFF}b",
        "𠀀𠀁",
        "ｘ",
    ] {
        for token in t.tokens(text) {
            assert!(text.get(token.offset_from..token.offset_to).is_some());
        }
    }
}
