//! Quoted slogans, cited documents and named meetings.

use regex::Regex;
use xinwen_chinese::Resources;
use xinwen_core::{Article, Error, TextSpan};

use super::analysis::Analysis;
use super::enricher::Enricher;

fn spans(re: &Regex, text: &Analysis, group: usize) -> Vec<TextSpan> {
    let char_at = |byte: usize| text.char_at_byte(byte);
    re.captures_iter(&text.simple_text)
        .filter_map(|caps| caps.get(group))
        .map(|m| {
            let (start, end) = (char_at(m.start()), char_at(m.end()));
            TextSpan {
                text: text.original(start..end),
                start,
                end,
            }
        })
        .collect()
}

/// Finds quotes, documents and meetings.
pub(crate) struct Mentions;

impl Enricher for Mentions {
    fn name(&self) -> &'static str {
        "mentions"
    }

    fn enrich(
        &self,
        article: &mut Article,
        text: &Analysis,
        _resources: &Resources,
    ) -> Result<(), Error> {
        let words = text.lexicon;
        article.quotes = spans(&words.quote, text, 1);
        article.documents = spans(&words.document, text, 1);
        article.meetings = spans(&words.meeting, text, 0);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_documents_meetings() {
        let resources = Resources::global();
        let text = "延吉市疫情防控領導小組召開第47次工作例會。要嚴格落實“外防輸入、內防反彈”的各項部署。傳達了《關于做好2022年元旦春節期間有關工作的通知》。州疫情防控领导小组第二十五次会议。";
        let mut article = Article::default();
        Mentions
            .enrich(
                &mut article,
                &Analysis::new(text, resources).unwrap(),
                resources,
            )
            .unwrap();
        let texts = |s: &[TextSpan]| s.iter().map(|t| t.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(&article.quotes), ["外防輸入、內防反彈"]);
        assert_eq!(
            texts(&article.documents),
            ["關于做好2022年元旦春節期間有關工作的通知"]
        );
        assert_eq!(
            texts(&article.meetings),
            ["第47次工作例會", "第二十五次会议"]
        );
        let q = &article.quotes[0];
        assert_eq!(
            text.chars()
                .skip(q.start)
                .take(q.end - q.start)
                .collect::<String>(),
            q.text
        );
    }
}
