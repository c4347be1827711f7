use super::balanced;
use crate::NerTagger;
use crate::span::NerKind;

/// The spans of `kind` the tagger finds in `text`, as strings.
fn found(text: &str, kind: NerKind) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (NerTagger::global().unwrap().tag(text).into_iter())
        .filter(|s| s.kind == kind)
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect()
}

#[test]
fn the_part_kept_of_a_span_with_unpaired_marks() {
    // (span text, kept part); characters are width-folded, as the tagger sees them
    let cases = [
        ("科林麦克雷(ColinMcRae", Some("科林麦克雷")),
        ("(陆慧明", Some("陆慧明")),
        ("陈宝存】老蔡", Some("陈宝存")),
        ("王”鲁夫", Some("鲁夫")),
        ("“海天中心", Some("海天中心")),
        ("((", None),
        // must not cut: pairs inside the span
        ("恒生银行(中国)", Some("恒生银行(中国)")),
        ("《星报》编辑部", Some("《星报》编辑部")),
        ("“幸福工程”组委会", Some("“幸福工程”组委会")),
        ("延吉市公安局", Some("延吉市公安局")),
    ];
    for (span, kept) in cases {
        let chars: Vec<char> = span.chars().collect();
        let got =
            balanced(&chars, 0, chars.len()).map(|(a, b)| chars[a..b].iter().collect::<String>());
        assert_eq!(got.as_deref(), kept, "{span}");
    }
}

#[test]
fn latin_forms_after_people() {
    // (sentence, a person that must be found)
    let cases = [
        ("芬兰科学家约翰·摩尔（johnmoore）表示支持。", "johnmoore"),
        (
            "专栏作家克里斯·莫瑞斯(ChrisMorris)撰文指出。",
            "ChrisMorris",
        ),
        ("年轻中卫维特尔（davidwheater）受伤。", "davidwheater"),
        (
            "英国拉力赛车手科林麦克雷(ColinMcRae)在车祸中去世。",
            "科林麦克雷",
        ),
        (
            "英国拉力赛车手科林麦克雷(ColinMcRae)在车祸中去世。",
            "ColinMcRae",
        ),
        // a quotation mark before the name: offsets count characters, not bytes
        ("芬兰科学家约翰·摩尔（’johnmoore）表示支持。", "johnmoore"),
    ];
    for (text, person) in cases {
        let people = found(text, NerKind::Person);
        assert!(people.iter().any(|p| p == person), "{text}: {people:?}");
    }
    // must not: a word, an acronym, Chinese in the brackets, no person before
    let cases = [
        ("吴京导演的新片，熊欣欣（blog）导演的《战·无双》。", "blog"),
        ("记者王强（AP）报道。", "AP"),
        ("主持人李明（化名）说。", "化名"),
        ("他来到伦敦（London）工作。", "London"),
    ];
    for (text, not_person) in cases {
        let people = found(text, NerKind::Person);
        assert!(
            !people.iter().any(|p| p.contains(not_person)),
            "{text}: {people:?}"
        );
    }
}
