use crate::NerTagger;
use crate::span::NerKind;

/// The people the tagger finds in `text`, as (start, end).
fn people(text: &str) -> Vec<(usize, usize)> {
    (NerTagger::global().unwrap().tag(text).into_iter())
        .filter(|s| s.kind == NerKind::Person)
        .map(|s| (s.start, s.end))
        .collect()
}

#[test]
fn no_name_ends_on_a_space() {
    check(&[
        // the tagger reads `卫留成 ` with the space after it
        (
            "名单(按姓氏笔划为序)丁仲礼 卫留成 马志武(回族) 马馼",
            &[(11, 14), (15, 18), (19, 22)],
        ),
        // must-not: a name without spaces stays whole
        ("丁仲礼出席会议。", &[(0, 3)]),
    ]);
}

#[test]
fn a_space_between_two_names_parts_them() {
    let text = "出席会议的有：钱小芊 铁凝 陈敏尔 努尔兰·阿不都满金";
    let found: Vec<String> = (people(text).into_iter())
        .map(|(a, b)| text.chars().skip(a).take(b - a).collect())
        .collect();
    assert!(found.contains(&"陈敏尔".to_string()), "{found:?}");
    assert!(found.iter().all(|n| !n.contains(' ')), "{found:?}");
    // must-not: a name padded to the width of three, a space before a joining mark
    check(&[("宋 健出席会议。", &[(0, 3)])]);
    check(&[("菲德尔 ·卡斯特罗表示", &[(0, 9)])]);
}

#[test]
fn no_person_of_one_character() {
    for text in [
        "王主任：考虑到目前的情况。",
        "泗水县一位孙姓生猪养殖户告诉记者。",
    ] {
        let found = people(text);
        assert!(found.iter().all(|(s, e)| e - s >= 2), "{text}: {found:?}");
    }
    // must-not: a name of two characters stays
    assert_eq!(people("王强主任出席会议。").len(), 1);
}

/// Checks each (text, the people found in it) of a case table.
pub(crate) fn check(cases: &[(&str, &[(usize, usize)])]) {
    for &(text, expected) in cases {
        assert_eq!(people(text), expected, "{text}");
    }
}

#[test]
fn a_surname_and_a_reference_word_is_nobody_s_name() {
    check(&[
        ("行私人银行的客户李先生（化名）表示，", &[]),
        ("名单显示，3岁的郭某属于和义街道。", &[]),
        ("9岁的路某来自大红门街道，", &[]),
        ("一些艺术家，刚才沈总说的“欲望”的事。", &[]),
        // the tagger ending inside the word (`王阿|姨`), or on it
        ("家住社区的王阿姨这才同意。", &[]),
        ("张大妈和李大爷坐在一起。", &[]),
        // must-not: a name before the word stays, and so does a nickname, and a
        // name whose last characters start no such word
        ("李明先生说，会议很成功。", &[(0, 2)]),
        ("王阿强说，会议很成功。", &[(0, 3)]),
        ("王大伟说，会议很成功。", &[(0, 3)]),
        ("小孙告诉记者，她原本不知道。", &[(0, 2)]),
        ("王强总结了经验。", &[(0, 2)]),
    ]);
}

#[test]
fn a_name_right_before_a_place_word_is_part_of_the_place() {
    check(&[
        ("其中，休斯敦乔治·布什机场缺勤率达到38.3%。", &[]),
        ("讨论有关大英博物馆归还帕特农神庙大理石雕塑的问题。", &[]),
        ("大多数朋友是冲着黄果树瀑布去的。", &[]),
        // must-not: a person with a word between the name and the place word stays
        ("乔治·布什在机场发表讲话。", &[(0, 5)]),
        ("张伟说公园今年免费开放。", &[(0, 2)]),
    ]);
}

#[test]
fn no_person_ends_on_a_character_that_ends_places() {
    check(&[
        (
            "要认真履行州级领导包保县(市)、县级领导包保乡镇的工作机制。",
            &[],
        ),
        // must-not: a name before a place stays, and so does one ending like a
        // place's first character
        ("王县长和李市长出席会议。", &[]),
        ("张伟在县里工作。", &[(0, 2)]),
        ("日本前首相村山富市说，", &[(5, 9)]),
    ]);
}

#[test]
fn no_person_in_a_set_phrase() {
    check(&[
        ("坚持山水林田湖草沙一体化保护和系统治理。", &[]),
        ("统筹山水林田湖草系统治理。", &[]),
        // must-not: a person next to the phrase, or with its characters, stays
        ("林田说，要坚持山水林田湖草沙一体化保护。", &[(0, 2)]),
    ]);
}

#[test]
fn no_body_within_a_set_phrase() {
    let bodies = |text: &str| -> Vec<(usize, usize)> {
        (NerTagger::global().unwrap().tag(text).into_iter())
            .filter(|s| s.kind != NerKind::Person)
            .map(|s| (s.start, s.end))
            .collect()
    };
    for (text, expected) in [
        ("积极稳妥推进碳达峰碳中和工作。", &[][..]),
        ("其中投向碳中和、碳达峰等绿色产业。", &[]),
        // must-not: a body whose name holds the phrase stays
        ("国家碳达峰研究中心成立。", &[(0, 9)]),
    ] {
        assert_eq!(bodies(text), expected, "{text}");
    }
}

#[test]
fn no_person_ends_on_a_question_mark() {
    check(&[
        ("会见了张明？", &[(3, 5)]),
        ("他会见了埃米尼奥？布兰科", &[(4, 8), (9, 12)]),
        // must-not: after one character it stands for a lost one
        ("记者曹?介绍，会议将于明天召开。", &[(2, 4)]),
    ]);
}

#[test]
fn no_person_ends_on_a_joining_mark() {
    for text in [
        "据媒体披露，该队前锋马龙·",
        "金牌制片杰瑞•",
        "高于《游客》的“乔什·杜梅尔＆梅丽莎·乔治”组合。",
    ] {
        let chars: Vec<char> = text.chars().collect();
        let found = people(text);
        assert!(!found.is_empty(), "{text}");
        for (s, e) in found {
            let last = chars[e - 1];
            assert!(
                !"·•&＆-".contains(last),
                "{text}: {}",
                chars[s..e].iter().collect::<String>()
            );
        }
    }
    // must-not: a mark inside a name stays
    let text = "马丁·艾伯特说，会议很成功。";
    assert_eq!(people(text), vec![(0, 6)]);
}

#[test]
fn a_name_ends_before_a_word_of_time() {
    check(&[
        ("主帅布朗周二时对《赫尔城每日邮报》强调，", &[(2, 4)]),
        ("土耳其总统埃尔多安此时表示，", &[(5, 9)]),
        // must-not: a name ending on a character of time stays whole, and a name
        // before a word of time is the same
        ("张富清同志的事迹感人。", &[(0, 3)]),
        ("主帅布朗周二对记者说，", &[(2, 4)]),
    ]);
}

#[test]
fn a_word_joining_two_names_parts_them() {
    check(&[
        (
            "国务院总理李强同德国总理朔尔茨举行会谈。",
            &[(5, 7), (12, 15)],
        ),
        ("李强同朔尔茨举行会谈。", &[(0, 2), (3, 6)]),
        // must-not: one character after the joining word is the name's
        ("李和平出席会议。", &[(0, 3)]),
    ]);
    // must-not: a country's name holding one is no person to part
    let tagger = NerTagger::global().unwrap();
    let text = "特立尼达和多巴哥总理罗利出席。";
    assert!(
        (tagger.tag(text).into_iter())
            .all(|s| !(s.kind == NerKind::Person && s.start == 0 && s.end == 4)),
        "{text}"
    );
}
