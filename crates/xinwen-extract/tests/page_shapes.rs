//! Page shapes of news sites we hold no sample of, written for these tests: picture
//! captions in their own element with a `记者 X 图` credit, tags as a row of links in a
//! `tags` element, a declared author who is also the credited reporter; an HTML
//! fragment of paragraphs (a crawl's `content` field) with short first and last ones.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use xinwen_core::Role as Credit;
use xinwen_extract::Extractor;

const PORTAL: &str = r#"<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>青禾市发布优化营商环境行动方案_青禾新闻</title><meta name="author" content="周文清">
</head><body><nav><a href="/">首页</a><a href="/news">要闻</a><a href="/app">下载客户端</a></nav>
<article><h1>青禾市发布优化营商环境行动方案</h1>
<div class="meta"><span>青禾新闻记者 周文清</span><span>2024-01-18 09:12</span><span>来源：青禾新闻</span></div>
<div class="content"><p>1月18日，青禾市政府新闻办举行新闻发布会，发布新一轮优化营商环境行动方案。</p>
<p>市发展改革委主任顾明远介绍，行动方案共提出120项任务举措。</p>
<p><img src="x.jpg"/></p><p class="pic_title">新闻发布会现场 青禾新闻记者 林晓 图</p>
<p>据介绍，青禾市将进一步提升企业开办便利度。</p></div>
<div class="tags"><a href="/t/1">营商环境</a> <a href="/t/2">青禾</a></div>
<div class="comments"><h3>评论</h3><p>还没有评论，快来抢沙发吧</p></div></article>
<footer>青禾ICP备14003370号 © 2014-2024 青禾报业有限公司</footer></body></html>"#;

#[test]
fn captions_tags_and_credits_of_a_portal_page() {
    let a = Extractor::default()
        .extract_bytes(PORTAL.as_bytes(), None)
        .unwrap();
    assert_eq!(a.title.as_deref(), Some("青禾市发布优化营商环境行动方案"));
    assert_eq!(a.published.as_deref(), Some("2024-01-18T09:12:00+08:00"));
    assert_eq!(a.tags, ["营商环境", "青禾"]);
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.captions[0].text, "新闻发布会现场");
    assert_eq!(a.captions[0].credit.as_deref(), Some("林晓"));
    assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
    let credits: Vec<(Credit, &str)> = (a.bylines.iter())
        .map(|b| (b.role, b.name.as_str()))
        .collect();
    assert_eq!(
        credits,
        [(Credit::Reporter, "周文清"), (Credit::Photographer, "林晓")],
        "the declared author is the reporter already"
    );
}

#[test]
fn closing_credits_of_an_account_post() {
    let page = "点击蓝字 关注我们\n\n青禾市召开2024年度优化营商环境大会\n\n\
                原创 青禾发布 青禾发布 2024-02-19 18:30 发表于青禾\n\n\
                2月19日上午，青禾市召开2024年度优化营商环境大会。市委书记沈国栋出席会议并讲话。\n\n\
                沈国栋强调，要持续打造市场化、法治化、国际化一流营商环境。\n\n\
                来源：青禾日报\n编辑：李佳\n审核：王海\n\n往期推荐\n青禾市召开全市经济工作会议\n\n\
                分享 收藏 点赞 在看";
    let a = Extractor::default()
        .extract_bytes(page.as_bytes(), None)
        .unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("青禾市召开2024年度优化营商环境大会")
    );
    assert_eq!(a.published.as_deref(), Some("2024-02-19T18:30:00+08:00"));
    assert_eq!(a.source.as_deref(), Some("青禾日报"));
    assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
}

#[test]
fn portal_repost_with_outlet_after_the_date_and_keywords() {
    let page = "新闻 > 国内新闻 > 正文\n\n青禾：今年将新建改建农村公路500公里\n\n\
                2024年03月05日 10:22 青禾日报\n\n原标题：青禾今年将新建改建农村公路500公里\n\n\
                记者从3月4日召开的全市交通运输工作会议上获悉，今年青禾将新建改建农村公路500公里。\n\n\
                市交通运输局局长柳长青介绍，去年全市完成交通固定资产投资86亿元。\n\n\
                责任编辑：张三丰\n\n文章关键词： 农村公路 交通运输\n\n我要反馈 保存网页";
    let a = Extractor::default()
        .extract_bytes(page.as_bytes(), None)
        .unwrap();
    assert_eq!(a.source.as_deref(), Some("青禾日报"));
    assert_eq!(a.tags, ["农村公路", "交通运输"]);
    assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
    assert_eq!(a.people[0].name, "柳长青");
}

#[test]
fn a_published_document_with_its_record() {
    let page = "首页 > 政府信息公开 > 政策文件\n\n\
                索引号：11130000MB0123456X/2024-00012 主题分类：城乡建设\n\
                发文机关：青禾市人民政府办公室 成文日期：2024年02月28日\n\
                标题：青禾市人民政府办公室关于加强农村公路养护管理的通知\n\
                发文字号：青政办发〔2024〕3号 发布日期：2024年03月05日\n\n\
                青禾市人民政府办公室关于加强农村公路养护管理的通知\n\n\
                各县（市、区）人民政府，市政府各部门：\n\n\
                为进一步加强农村公路养护管理，经市政府同意，现就有关事项通知如下。\n\n\
                一、落实养护责任。各县（市、区）人民政府是农村公路养护管理的责任主体。\n\n\
                二、保障养护资金。市财政每年安排专项资金用于农村公路养护。\n\n\
                青禾市人民政府办公室\n2024年2月28日";
    let a = Extractor::default()
        .extract_bytes(page.as_bytes(), None)
        .unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("青禾市人民政府办公室关于加强农村公路养护管理的通知")
    );
    assert_eq!(
        a.published.as_deref(),
        Some("2024-03-05"),
        "发布日期, not 成文日期"
    );
    assert!(
        a.paragraphs[0].starts_with("为进一步加强"),
        "{:?}",
        a.paragraphs
    );
    assert!(a.paragraphs.iter().all(|p| !p.contains("索引号")));
}

/// A sentence given alone and cut short (the shape of NER corpora and of snippets) is
/// the text, with its people; a headline alone stays a title.
#[test]
fn a_sentence_cut_short_is_the_text() {
    let e = Extractor::default();
    let fragment = "对此，人民银行深圳中心支行副行长张建军日前撰文承认，";
    let a = e.extract_bytes(fragment.as_bytes(), None).unwrap();
    assert_eq!(a.text, fragment);
    assert!(
        a.people.iter().any(|p| p.name == "张建军"),
        "{:?}",
        a.people
    );
    let headline = "中信地产高级策划经理舒畅";
    let a = e.extract_bytes(headline.as_bytes(), None).unwrap();
    assert_eq!(a.title.as_deref(), Some(headline));
    assert_eq!(a.text, "");
    // a short line without any mark is no sentence
    let a = e
        .extract_bytes("首页 新闻 图片 视频 专题 评论 下载客户端".as_bytes(), None)
        .unwrap();
    assert_eq!(a.text, "");
}

/// A fragment of paragraphs with no element around them: the short lead and the short
/// last paragraph are the article's as much as the long ones between.
#[test]
fn every_paragraph_of_a_fragment() {
    let fragment = "<p>　　青禾新闻消息：青禾市18日召开优化营商环境大会。</p>\
        <p>　　市长顾明远表示，青禾市将进一步提升企业开办便利度，压缩审批时限，完善企业\
        全生命周期服务体系，持续打造市场化、法治化、国际化一流营商环境。</p>\
        <p>　　顾明远强调，各级各部门要把优化营商环境作为一把手工程，主要负责同志亲自\
        研究、亲自部署、亲自推动，以钉钉子精神抓好各项任务落实，确保取得实效。</p>\
        <p>　　会议通报了2023年度全市营商环境评价结果，表彰了一批先进集体和个人，\
        并就下一步重点工作作出安排，要求各地各部门对标先进、补齐短板。</p>\
        <p>　　副市长林晓出席会议。</p>";
    let a = Extractor::default()
        .extract_bytes(fragment.as_bytes(), None)
        .unwrap();
    assert_eq!(a.paragraphs.len(), 5, "{:?}", a.removed);
    assert!(a.text.contains("青禾市18日召开优化营商环境大会"));
    assert!(a.text.ends_with("副市长林晓出席会议。"), "{}", a.text);
}

/// A text dump whose article follows a teaser and a card of facts about a company.
const TEASER_AND_CARD: &str = "首页\n快讯\n资讯\n青禾芯片扭亏为盈\n青禾新闻·2025年04月22日 19:50\n\
    青禾芯片股价的飙升，究竟是泡沫一触即破，还是实实在在地抓住了市场红利？\n\
    青禾芯片\n定向增发青禾市2016-03\n专用的智能芯片\n独角兽企业高新技术企业\n我要联系\n\
    靠着新模型的红利，这家公司扭亏转盈，成为了首次盈利的芯片企业。\n\
    青禾芯片近期以一份财报震动资本市场，这家曾连续8年亏损的企业实现了上市以来的首次盈利。\n\
    财报发出后，青禾芯片股价一路高歌猛进，开盘后不久便封上涨停。\n\
    关于我们\n联系我们";

#[test]
fn the_article_starts_after_a_teaser_and_a_card() {
    let a = Extractor::default()
        .extract_bytes(TEASER_AND_CARD.as_bytes(), None)
        .unwrap();
    assert_eq!(a.title.as_deref(), Some("青禾芯片扭亏为盈"));
    // the teaser stays as the lead, the card goes
    assert!(a.text.contains("靠着新模型"), "{}", a.text);
    for card in ["定向增发", "专用的智能芯片", "我要联系"] {
        assert!(!a.text.contains(card), "{card}: {}", a.text);
    }
}

#[test]
fn a_lead_keeps_the_list_it_leads_into() {
    for (lead, items) in [
        (
            "1月18日，青禾市政府召开常务会议，研究部署今年的重点工作和各部门的具体任务，会议确定：",
            [
                "加强组织领导",
                "压实工作责任",
                "强化督查考核",
                "营造良好氛围",
            ],
        ),
        (
            "1月18日，青禾市政府召开常务会议，研究部署今年的重点工作和各部门的具体任务，共有四项。",
            [
                "一、加强组织领导",
                "二、压实工作责任",
                "三、强化督查考核",
                "四、营造良好氛围",
            ],
        ),
        (
            "1月18日，青禾市政府召开常务会议，研究部署今年的重点工作和各部门的具体任务，共有四项。",
            [
                "1.加强组织领导",
                "2.压实工作责任",
                "3.强化督查考核",
                "4.营造良好氛围",
            ],
        ),
    ] {
        let page = format!(
            "首页\n青禾市部署今年重点工作\n2024-01-18 09:12\n{lead}\n{}\n\
             会议要求，各部门要以钉钉子精神抓好各项任务落实，确保年度目标如期完成。\n\
             市长顾明远主持会议并讲话，各区县和市直部门主要负责人参加会议。\n关于我们",
            items.join("\n")
        );
        let a = Extractor::default()
            .extract_bytes(page.as_bytes(), None)
            .unwrap();
        assert!(a.text.starts_with(lead), "{lead}: {}", a.text);
        assert!(a.text.contains(items[3]), "{lead}: {}", a.text);
    }
}
