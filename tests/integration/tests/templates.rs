//! Corpus mode: a site's template lines are learnt from its pages and dropped, even
//! where they read like prose inside the article area.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use xinwen_core::RemovedKind;
use xinwen_extract::{Extractor, extract_stream, learn_templates};
use xinwen_parse::{Inputs, ReadOptions};
use xinwen_tests::{seed_files, shared};

/// A site's pages: each its own article, all with the site's appeal for submissions
/// between the paragraphs.
fn site_pages(dir: &std::path::Path) {
    let topics = ["防汛", "春耕", "交通", "教育", "養老"];
    for (n, topic) in topics.iter().enumerate() {
        let page = format!(
            "青禾市部署{topic}工作\n\n2023年05月{:02}日 09:30 來源: 青禾新聞網\n\n\
             {day}日上午,青禾市召開{topic}工作會議,研究部署下一階段{topic}重點任務,要求各地壓實責任、細化措施。\n\n\
             青禾新聞網歡迎您投稿,來稿請發至編輯部郵箱,我們將擇優刊登,並支付稿酬。\n\n\
             會議指出,{topic}工作事關群眾切身利益,各部門要加強協作,確保各項措施落到實處,取得實效。\n\n\
             延伸閱讀\n\n青禾信息港 / 青禾客戶端\n",
            n + 1,
            day = n + 1
        );
        std::fs::write(dir.join(format!("page{n}.txt")), page).unwrap();
    }
}

fn extract(dir: &std::path::Path, extractor: &Extractor) -> Vec<xinwen_core::Article> {
    let mut out = Vec::new();
    let inputs = Inputs::new(&[dir], ReadOptions::default());
    extract_stream(extractor, inputs, |a| {
        out.push(a);
        Ok::<(), ()>(())
    })
    .unwrap();
    out
}

#[test]
fn template_lines_leave_the_body() {
    let dir = tempfile::tempdir().unwrap();
    site_pages(dir.path());
    let appeal = "青禾新聞網歡迎您投稿";
    let plain = extract(dir.path(), &Extractor::default());
    assert!(
        plain.iter().all(|a| a.text.contains(appeal)),
        "without corpus mode the appeal reads as body"
    );

    let templates = learn_templates(Inputs::new(&[dir.path()], ReadOptions::default()));
    assert_eq!(templates.sites(), 1);
    let learnt = extract(dir.path(), &Extractor::default().with_templates(templates));
    for article in &learnt {
        assert!(!article.text.contains(appeal), "{}", article.text);
        assert!(
            article
                .removed
                .iter()
                .any(|r| r.kind == RemovedKind::Boilerplate && r.text.contains(appeal))
        );
        assert_eq!(article.paragraphs.len(), 2);
        assert!(article.title.as_deref().unwrap().starts_with("青禾市部署"));
    }
}

#[test]
fn copies_of_one_article_are_not_a_template() {
    let dir = tempfile::tempdir().unwrap();
    site_pages(dir.path());
    // the same article crawled three times more
    let first = std::fs::read(dir.path().join("page0.txt")).unwrap();
    for n in 0..3 {
        std::fs::write(dir.path().join(format!("copy{n}.txt")), &first).unwrap();
    }
    let templates = learn_templates(Inputs::new(&[dir.path()], ReadOptions::default()));
    let learnt = extract(dir.path(), &Extractor::default().with_templates(templates));
    let copy = learnt
        .iter()
        .find(|a| a.path.as_deref().unwrap().ends_with("copy0.txt"))
        .unwrap();
    assert!(
        copy.text.contains("研究部署下一階段防汛重點任務"),
        "{}",
        copy.text
    );
}

#[test]
fn the_seeds_sharing_a_template_teach_it() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("corpus").join("seeds");
    let templates = learn_templates(Inputs::new(&[&dir], ReadOptions::default()));
    // seeds 000 and 004 come from one site (延邊信息港 / 延边信息港), in two scripts
    assert_eq!(templates.sites(), 1);
    assert!(templates.lines() >= 6, "{} lines", templates.lines());
    let extractor = Extractor::default().with_templates(templates);
    for file in seed_files(&shared) {
        let article = extractor
            .extract_bytes(&std::fs::read(&file).unwrap(), None)
            .unwrap();
        assert!(!article.paragraphs.is_empty());
    }
}
