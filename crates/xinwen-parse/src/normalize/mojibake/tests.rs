use super::*;
use crate::normalize::testing::{alone, pipeline};

fn flagged(text: &str) -> Vec<String> {
    let buf = pipeline(text);
    let chars: Vec<char> = buf.text().chars().collect();
    buf.flags()
        .iter()
        .map(|f| chars[f.range.clone()].iter().collect())
        .collect()
}

#[test]
fn private_use_runs_with_the_garbled_character_before_an_annotation() {
    let text = "市場管理人員每天堅持對市場進行清潔消毒,切實將疫情防控工作落到實(shí)處?捣逡\u{e026}螅\u{e0ed}\u{e01b}訌(qiáng)市場內(nèi)部管理";
    assert_eq!(flagged(text), ["?捣逡\u{e026}螅\u{e0ed}\u{e01b}訌"]);
}

/// Runs of rare characters: our own traditional sentences whose UTF-8 bytes were partly
/// read as GBK, as happens in crawls.
#[test]
fn runs_of_rare_characters() {
    // a run ends at its last rare character: 瑕 (as in 瑕疵) could be text
    let text = "市場監管部門瑕佹眰鍚勭稉營戶嚴格落實清潔消毒制度。";
    assert_eq!(flagged(text), ["佹眰鍚勭稉"]);
    let text = "要求各經營戶嚴格落實娓呮綌娑堟瘨制度,暫停活禽交易,確保群眾生命財產安全。";
    assert_eq!(flagged(text), ["呮綌娑堟瘨"]);
}

#[test]
fn simplified_only_characters_count_in_traditional_text() {
    // 钋 讱 纫 榉 exist only in simplified script; in a traditional sentence they join
    // the rare ones and the enclosed number into one run
    let text = "市場監管部門要求各經營戶嚴格落實清潔消毒、暫;钋菰讱⒔灰椎纫咔榉雷o(hù)措施,避免人員交叉感染,確保群眾生命財產安全。";
    assert_eq!(flagged(text), [";钋菰讱⒔灰椎纫咔榉雷o(hù)"]);
}

#[test]
fn wedged_marks_and_broken_annotations() {
    let text = "在靖和街道希望社區(qū),、新安街道龍?jiān)瓷鐓^(qū),、近海街道寶安社區(qū)";
    assert_eq!(flagged(text), ["?jiān)瓷鐓^(qū)"]);
}

/// UTF-8 read as GBK leaves kana and a `?` for the byte it could not map; GBK read as
/// Big5 leaves traditional characters in a simplified page.
#[test]
fn kana_question_marks_and_the_other_script() {
    let text = "要求各地加強農資價格監測,\u{e6e6}姹傚競鍫寸洠绠￠儴闁?鍔犲ぇ農資市場監管力度。";
    assert_eq!(flagged(text), ["\u{e6e6}姹傚競鍫寸洠绠￠儴闁?鍔犲ぇ"]);
    let text = "做好山塘蓄水保水工作,\u{e756}瀛歌\u{e01e}搴︽槬鐏岀敤姘?;农机部门要组织检修。";
    assert_eq!(flagged(text), ["\u{e756}瀛歌\u{e01e}搴︽槬鐏岀敤姘?"]);
    let text = "彭志远强调,要对标先进找差距,擄蝴?福皕植傑螟?的突出问题,开展村庄清洁行动。";
    assert_eq!(flagged(text), ["擄蝴?福皕植傑螟?"]);
}

#[test]
fn clean_text_is_not_flagged() {
    for text in [
        "你好?是的。1+1=2?对^_^ 八个县(市)",
        "延吉市安排部署“兩節”期間全市疫情防控工作,崔昌鉉出席。",
        "魑魅魍魉、饕餮、氘和氚是核聚变燃料,钋是放射性元素。",
        "手机版百姓热线 iPhone 5G网络 A股 X光 COVID-19",
        "延邊信息港 / 延邊廣電客戶端 手机版",
        "它与同属黄河水系的渭、泾、涝、潏、滈、浐、灞其他七条河流",
        "吉祥物“砳砳”（音lèlè）近日正式与观众见面",
        "人口高质量发展支撑中国式现代化①。巨大韧性和潜力——中国经济观察②;",
        "你去过台北吗?我去過臺北,也去過高雄。",
    ] {
        assert!(flagged(text).is_empty(), "{text}: {:?}", flagged(text));
    }
    assert!(alone(&Mojibake, "").flags().is_empty());
}

/// `is_quiet` is a shortcut: a text it calls quiet must get no signal at all. Checked on
/// every string of up to four characters over an alphabet of what signals look at.
#[test]
fn a_quiet_text_gets_no_signal() {
    let resources = xinwen_chinese::Resources::global();
    let alphabet: Vec<char> = "市場钋瑕o(ā)?^，、⒔ぇ\u{e026}a \t".chars().collect();
    for (traditional, simplified) in [(false, false), (true, false), (false, true)] {
        let judge = Judge {
            common: resources.common_chars().unwrap(),
            converter: resources.converter().unwrap(),
            traditional,
            simplified,
        };
        let mut quiet = 0;
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = (texts.iter())
                .flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}")))
                .collect();
            for text in &texts {
                if judge.is_quiet(text) {
                    quiet += 1;
                    let chars: Vec<char> = text.chars().collect();
                    let signals = judge.signals(&chars);
                    assert!(signals.iter().all(|s| *s == Signal::None), "{text:?}");
                }
            }
        }
        assert!(quiet > 1_000, "{quiet}");
    }
}
