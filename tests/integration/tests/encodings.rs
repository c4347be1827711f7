//! Every encoding a crawl produces decodes back to the same text.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use encoding_rs::{BIG5, Encoding, GB18030};
use xinwen_parse::decode;
use xinwen_tests::{seed_files, shared};

fn encode(encoding: &'static Encoding, text: &str) -> Option<Vec<u8>> {
    let (bytes, _, unmappable) = encoding.encode(text);
    (!unmappable).then(|| bytes.into_owned())
}

#[test]
fn seeds_reencoded_decode_back_identical() {
    let Some(shared) = shared() else { return };
    let mut big5_pages = 0;
    for file in seed_files(&shared) {
        let name = file.file_name().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(&file).unwrap();

        let gb = encode(GB18030, &text).expect("every seed is representable in GB18030");
        let decoded = decode(&gb).unwrap();
        assert_eq!(decoded.encoding, "gb18030", "{name}");
        assert!(decoded.text == text, "{name} via GB18030");

        // Big5 has no simplified-only characters and no pinyin letters: keep the
        // characters it can represent
        let representable: String = text
            .chars()
            .filter(|c| encode(BIG5, &c.to_string()).is_some())
            .collect();
        let big5 = encode(BIG5, &representable).unwrap();
        let decoded = decode(&big5).unwrap();
        assert_eq!(decoded.encoding, "big5", "{name}");
        assert!(decoded.text == representable, "{name} via Big5");
        big5_pages += 1;

        for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
            let mut utf16 = bom.to_vec();
            for unit in text.encode_utf16() {
                utf16.extend(if le {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
            let decoded = decode(&utf16).unwrap();
            assert!(
                decoded.text == text,
                "{name} via UTF-16 ({})",
                decoded.encoding
            );
        }
    }
    assert_eq!(big5_pages, 5);
}

#[test]
fn html_pages_decode_whatever_they_declare() {
    let Some(shared) = shared() else { return };
    let pages = [
        // declares utf-8 (the archive's toolbar) and gb2312 (the page): the bytes are GB
        (
            "trafilatura/archive.org.he.xinhuanet.com.25340717.html",
            "gb18030",
            "约定无期限",
        ),
        ("trafilatura/baike.baidu.com.tanya.html", "utf-8", "蔡健雅"),
        (
            "trafilatura/banyuetan.org.1000200033136171577956287380194268_1.html",
            "utf-8",
            "数字",
        ),
        (
            "trafilatura/chineselyrics4u.com.zhineng.html",
            "utf-8",
            "就放心去吧",
        ),
        (
            "trafilatura/xinhuanet.com.c_1125597921.html",
            "utf-8",
            "英雄的城",
        ),
        ("twnews/appledaily.html", "utf-8", "文心路的一棟住宅大樓"),
        (
            "twnews/chinatimes.html",
            "utf-8",
            "北市士林區葫蘆街一處民宅",
        ),
        ("twnews/cna.html", "utf-8", "桃園市平鎮區一家輪胎行"),
        (
            "twnews/ettoday.html",
            "utf-8",
            "台南市永康區永安路住處後陽台上吊",
        ),
        (
            "twnews/ltn.html",
            "utf-8",
            "台北市萬華區萬大路一帶公寓的蘇姓男子",
        ),
        ("twnews/setn.html", "utf-8", "新北市新店區中正路"),
        ("twnews/udn.html", "utf-8", "第二航廈出境大廳"),
    ];
    for (file, encoding, contains) in pages {
        let bytes = std::fs::read(shared.join("pages").join(file)).unwrap();
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, encoding, "{file}");
        assert!(
            decoded.text.contains(contains),
            "{file}: {contains} not found"
        );
        assert!(!decoded.malformed, "{file}: invalid bytes");
    }
}

#[test]
fn a_page_declaring_the_wrong_charset_decodes_by_its_bytes() {
    let Some(shared) = shared() else { return };
    let text = std::fs::read_to_string(&seed_files(&shared)[2]).unwrap();
    for (declared, encoding) in [
        ("utf-8", GB18030),
        ("big5", GB18030),
        ("gb2312", BIG5),
        ("gbk", encoding_rs::UTF_8),
    ] {
        let html = format!(
            "<html><head><meta charset=\"{declared}\"></head><body><p>{text}</p></body></html>"
        );
        let bytes = encode(encoding, &html).unwrap();
        let decoded = decode(&bytes).unwrap();
        assert!(
            decoded.text.contains(text.trim()),
            "declared {declared}, bytes {}",
            encoding.name()
        );
    }
}
