//! The entity layer on sentences written for these tests.

use xinwen_chinese::Resources;
use xinwen_core::{Article, PlaceLevel};

use crate::Extractor;

fn article(body: &str) -> Article {
    let page = format!("青禾市新聞標題\n\n2023年05月12日 09:30\n\n{body}");
    Extractor::default()
        .extract_bytes(page.as_bytes(), None)
        .unwrap()
}

fn titles(a: &Article, name: &str) -> Vec<String> {
    a.people
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.titles.clone())
        .unwrap_or_else(|| panic!("no {name} in {:?}", a.people))
}

#[test]
fn title_chains_lists_and_titles_after_names() {
    let a = article(
        "5月11日上午,市委副書記、市長、市防汛抗旱指揮部總指揮陳嘉樹深入柳塘鎮檢查指導防汛工作。\
         縣委常委趙明、縣人大副主任錢芳來到河口鎮督導。青禾市領導孫立、周敏參加會議。\
         會議傳達了省委副書記、省長李長河的講話精神,學習了習近平總書記的重要指示。",
    );
    assert_eq!(
        titles(&a, "陳嘉樹"),
        ["市委副書記", "市長", "市防汛抗旱指揮部總指揮"]
    );
    assert_eq!(titles(&a, "趙明"), ["縣委常委"]);
    assert_eq!(titles(&a, "錢芳"), ["縣人大副主任"]);
    assert_eq!(titles(&a, "孫立"), ["青禾市領導"]);
    assert_eq!(
        titles(&a, "周敏"),
        ["青禾市領導"],
        "a listed name shares the title"
    );
    assert_eq!(titles(&a, "李長河"), ["省委副書記", "省長"]);
    assert_eq!(titles(&a, "習近平"), ["總書記"]);
}

#[test]
fn credited_people_are_not_people_of_the_story() {
    let a = article(
        "松嶺新聞網5月12日訊(記者 周文清)5月12日,市長陳嘉樹主持召開會議,部署全市安全生產工作,要求各部門壓實責任。",
    );
    assert!(
        a.people.iter().all(|p| p.name != "周文清"),
        "{:?}",
        a.people
    );
    assert!(a.people.iter().any(|p| p.name == "陳嘉樹"));
}

#[test]
fn places_with_levels() {
    let a = article(
        "5月11日,副市長王立深入白鷺縣鷺洲鎮鷺鳴村、桐灣鎮田心村和延吉市小營鎮檢查春耕工作,並到黑龍江省考察。",
    );
    let level = |n: &str| a.places.iter().find(|p| p.name == n).map(|p| p.level);
    assert_eq!(level("白鷺縣"), Some(PlaceLevel::County));
    assert_eq!(level("鷺洲鎮"), Some(PlaceLevel::Township));
    assert_eq!(level("鷺鳴村"), Some(PlaceLevel::Village));
    assert_eq!(level("延吉市"), Some(PlaceLevel::County));
    assert_eq!(level("小營鎮"), Some(PlaceLevel::Township));
    assert_eq!(level("黑龍江省"), Some(PlaceLevel::Province));
}

#[test]
fn no_places_in_common_words() {
    let a = article(
        "要推進城市社區治理和居家社區養老,發展鄉村產業,落實村級責任,生命重于泰山,確保全市人民健康平安。",
    );
    assert!(a.places.is_empty(), "{:?}", a.places);
}

#[test]
fn organizations() {
    let a = article(
        "5月11日,市長王立走進白鷺縣疾病預防控制中心和白鷺縣公安局,並聽取市場監督管理局、文旅局匯報,\
         要求嚴格管控酒店人員流動,充分發揮基層黨組織作用。市疫情防控領導小組召開會議。",
    );
    let names: Vec<&str> = a.organizations.iter().map(|o| o.name.as_str()).collect();
    for want in [
        "白鷺縣疾病預防控制中心",
        "白鷺縣公安局",
        "市場監督管理局",
        "市疫情防控領導小組",
    ] {
        assert!(names.contains(&want), "{want} not in {names:?}");
    }
    for not in ["嚴格管控酒店", "基層黨組織", "充分發揮基層黨組織"] {
        assert!(!names.contains(&not), "{not} in {names:?}");
    }
}

#[test]
fn events_with_actor_place_and_date() {
    let a = article(
        "5月11日上午,市委書記陳嘉樹就全市防汛工作進行檢查指導。在柳塘鎮防汛物資倉庫,陳嘉樹查看了物資儲備情況。\
         走進河口鎮應急指揮中心,他詳細了解值班值守情況。當日,陳嘉樹還到蓮溪村、楊家灣村檢查指導堤防加固工作。",
    );
    let events: Vec<(&str, &str, Option<&str>, Option<&str>)> = (a.events.iter())
        .map(|e| {
            (
                e.actor.as_str(),
                e.action.as_str(),
                e.place.as_deref(),
                e.date.as_deref(),
            )
        })
        .collect();
    assert!(
        events
            .iter()
            .all(|e| e.0 == "陳嘉樹" && e.3 == Some("2023-05-11")),
        "{events:?}"
    );
    let places: Vec<&str> = events.iter().filter_map(|e| e.2).collect();
    for want in [
        "柳塘鎮防汛物資倉庫",
        "河口鎮應急指揮中心",
        "蓮溪村",
        "楊家灣村",
    ] {
        assert!(places.contains(&want), "{want} not in {places:?}");
    }
    assert_eq!(a.events[0].target.as_deref(), Some("全市防汛工作"));
}

#[test]
fn simplified_and_traditional_alike() {
    let traditional = article("5月11日,縣委常委趙明深入鷺洲鎮調研。");
    let simplified = article("5月11日,县委常委赵明深入鹭洲镇调研。");
    let converter = Resources::global().converter().unwrap();
    let s = |a: &Article| a.map_text(|t| converter.to_simplified(t).into_owned());
    let (t, s2) = (s(&traditional), s(&simplified));
    assert_eq!(t.people, s2.people);
    assert_eq!(t.places, s2.places);
    assert_eq!(t.events.len(), s2.events.len());
}

#[test]
fn titles_stop_where_the_sentence_goes_on() {
    let a = article(
        "國家主席習近平在人民大會堂會見到訪的聯合國秘書長古特雷斯。\
         出席會議的有澳大利亞總理阿爾巴尼斯、塞爾維亞總理布爾納比奇等。\
         重慶銀行前董事長張復說,這是乾淨的重組。桃園市長張善政今（6）日視察防汛整備。\
         會議學習了總書記關於黨的建設的重要論述。",
    );
    assert_eq!(titles(&a, "古特雷斯"), ["聯合國秘書長"]);
    assert!(
        a.people.iter().any(|p| p.titles == ["塞爾維亞總理"]),
        "{:?}",
        a.people
    );
    assert_eq!(titles(&a, "張復"), ["重慶銀行前董事長"]);
    assert_eq!(titles(&a, "張善政"), ["桃園市長"]);
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.contains(&"塞爾維亞"), "{names:?}");
    assert!(!names.contains(&"關於黨"), "{names:?}");
}

#[test]
fn county_bodies_named_by_their_level() {
    let a = article("顧曉峰先後來到縣人民醫院和縣疾病預防控制中心檢查。市場監管部門嚴格管控酒店。");
    let orgs: Vec<&str> = a.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(orgs.contains(&"縣人民醫院"), "{orgs:?}");
    assert!(orgs.contains(&"縣疾病預防控制中心"), "{orgs:?}");
    assert!(!a.places.iter().any(|p| p.name == "和縣"), "{:?}", a.places);
    assert!(!orgs.iter().any(|o| o.contains("酒店")), "{orgs:?}");
}

fn page(text: &str) -> Article {
    Extractor::default()
        .extract_bytes(text.as_bytes(), None)
        .unwrap()
}

#[test]
fn what_the_headline_says_of_people() {
    // a headline alone: its people, without mentions in a body there is not
    let a = page("中国房地产学会副会长陈国强");
    assert!(a.text.is_empty(), "{:?}", a.text);
    let person = a.people.iter().find(|p| p.name == "陈国强");
    let person = person.unwrap_or_else(|| panic!("{:?}", a.people));
    assert_eq!(person.titles, ["中国房地产学会副会长"]);
    assert!(person.mentions.is_empty());
    // beside a body: the headline's title joins the person the body names
    let a = page(
        "國務院副總理陳嘉樹到柳塘鎮調研\n\n2023年05月12日 09:30\n\n\
         5月11日,陳嘉樹深入柳塘鎮檢查指導防汛工作,要求做好各項準備。",
    );
    assert_eq!(titles(&a, "陳嘉樹"), ["國務院副總理"]);
    // must not: a name only the terse headline has is not taken beside a body
    let a = page(
        "穆迪下調三國評級展望\n\n2023年05月12日 09:30\n\n\
         評級機構週一宣佈下調三個國家的評級展望,市場反應平淡。",
    );
    assert!(a.people.iter().all(|p| p.name != "穆迪"), "{:?}", a.people);
}

#[test]
fn flat_entities_leave_out_places_inside_names() {
    let text = "武汉市政协召开重点提案督办会，市民来到武汉市江汉区。";
    let found = crate::find_entities(text, Resources::global()).unwrap();
    let names: Vec<(&str, &str)> = (found.iter())
        .map(|s| (s.kind.as_str(), s.text.as_str()))
        .collect();
    // the place of the body's name is part of it; the article record keeps it a place
    assert_eq!(
        names,
        [
            ("organization", "武汉市政协"),
            ("place", "武汉市"),
            ("place", "江汉区")
        ]
    );
    let a = article(text);
    let places: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    assert!(places.contains(&"武汉市"), "{places:?}");
}

#[test]
fn a_person_opening_a_place_is_no_mention_there() {
    let a = article("格林说，格林纳达政府欢迎中国投资，格林表示感谢。");
    let green = a.people.iter().find(|p| p.name == "格林");
    let mentions = green.map(|p| p.mentions.len()).unwrap_or_default();
    assert_eq!(
        mentions, 2,
        "格林 of 格林纳达 is no mention: {:?}",
        a.people
    );
    assert!(
        a.places.iter().any(|p| p.name == "格林纳达"),
        "{:?}",
        a.places
    );
}
