//! Record fields read from the blocks of their role.

pub mod bylines;
pub mod published;

use xinwen_core::{Article, Byline, Caption, Role as Credit};
use xinwen_parse::Page;

use crate::roles::{Role, patterns};

fn first_with<'p>(page: &'p Page, roles: &[Role], role: Role) -> Option<&'p str> {
    (page.blocks.iter().zip(roles))
        .find(|(_, r)| **r == role)
        .map(|(b, _)| b.text.as_str())
}

/// Strips a label such as `摘要:` or `標簽：` from the start of `text`.
fn after_label<'t>(text: &'t str, labels: &[&str]) -> &'t str {
    for label in labels {
        if let Some(rest) = text.strip_prefix(label) {
            return rest.trim_start_matches([':', '：', ' ']).trim();
        }
    }
    text
}

/// Fills title, subtitle, published, summary, tags, captions and bylines.
pub fn fill(article: &mut Article, page: &Page, roles: &[Role]) {
    article.title = first_with(page, roles, Role::Title)
        .or_else(|| page.meta_content(&["og:title", "twitter:title"]))
        .or(page.html_title.as_deref())
        .map(String::from);
    article.subtitle = first_with(page, roles, Role::Subtitle).map(String::from);
    article.summary =
        first_with(page, roles, Role::Summary).map(|s| after_label(s, &["摘要"]).to_string());
    if let Some(tags) = first_with(page, roles, Role::Tags) {
        let tags = after_label(tags, &["標簽", "标签", "標籤"]);
        article.tags = (tags.split([' ', ',', '，', '、', ';', '；']))
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
    }
    let date = first_with(page, roles, Role::DateLine)
        .and_then(published::find_date)
        .or_else(|| {
            let meta = page.meta_content(&[
                "article:published_time",
                "pubdate",
                "publishdate",
                "publish_date",
                "date",
            ]);
            meta.and_then(published::find_date)
        })
        .or_else(|| {
            let first_body = first_with(page, roles, Role::Body)?;
            let head: String = first_body.chars().take(40).collect();
            published::find_date(&head)
                .filter(|d| head[d.end..].starts_with(['訊', '讯', '电', '電']))
        });
    article.published = date.map(|d| d.iso());
    for (block, role) in page.blocks.iter().zip(roles) {
        match role {
            Role::Caption => {
                if let Some((text, credit)) = patterns::caption_parts(&block.text) {
                    bylines::push_unique(
                        &mut article.bylines,
                        Byline::new(Credit::Photographer, credit.clone()),
                    );
                    article.captions.push(Caption {
                        text,
                        credit: Some(credit),
                    });
                }
            }
            Role::Body => {
                for reporter in bylines::reporters(&block.text) {
                    bylines::push_unique(&mut article.bylines, reporter);
                }
            }
            Role::Removed(_) | Role::Outside if block.char_len() <= 30 => {
                if let Some(editor) = bylines::editor(&block.text) {
                    bylines::push_unique(&mut article.bylines, editor);
                }
            }
            _ => {}
        }
    }
}
