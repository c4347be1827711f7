//! What kind of body an organization is, and companies known by a short name.

use std::ops::Range;

use xinwen_chinese::{Lexicon, Segmenter, WordList};
use xinwen_core::OrganizationKind;

use crate::enrich::analysis::Analysis;
use crate::enrich::marks::Covered;

/// The kind of the organization named `simplified`: a listed company is a company,
/// otherwise the longest ending of `organizations/kind_endings` decides, and a name
/// without any is `other`.
pub(crate) fn kind_of(simplified: &str, words: &Lexicon) -> OrganizationKind {
    let lists = &words.candidates;
    if lists.companies.contains(simplified) {
        return OrganizationKind::Company;
    }
    (lists.organization_kinds.suffix_of(simplified))
        .and_then(|ending| lists.organization_kinds.value(ending))
        .and_then(OrganizationKind::from_name)
        .unwrap_or_default()
}

/// The companies of `organizations/companies` written in the text as words of their
/// own: the segmenter starts a word where the name starts (no `华为` out of `中华为…`)
/// and ends one where it ends, or goes on into a word of its dictionary (`长城汽车|销量`,
/// cut `长城|汽车销量`; no `美团` out of `美|团队`), up to its end when the rest of it
/// ends names (`思科公司`, one word), and on across a word that ends companies' names
/// (`腾讯|控股`). Then the short names that are common words too, where the next word
/// makes them companies (`小米|发布会`), unless a listed name holds them (`福特汽车`).
pub(crate) fn listed_companies(text: &Analysis, segmenter: &Segmenter) -> Vec<Range<usize>> {
    let mut found = written(text, &text.lexicon.candidates.companies, Some(segmenter));
    // (a listed name holds the brand word: `福特汽车`, not `福特|汽车`)
    let listed = Covered::of(text.chars.len(), &found);
    let brands = super::brands::brands_in_context(text);
    found.extend(brands.into_iter().filter(|b| !listed.overlaps(b)));
    found.sort_by_key(|r| r.start);
    found
}

/// The bodies of `organizations/full_names` written in the text as words of their own
/// (`农业农村部`, cut `农业|农村部`), with a word of `organizations/team_words` right
/// after a club's name (`皇家贝蒂斯|队`).
pub(crate) fn full_names(text: &Analysis) -> Vec<Range<usize>> {
    let lists = &text.lexicon.candidates;
    let team_after = |end: usize| {
        (text.token_starting(end).and_then(|k| text.tokens.get(k)))
            .filter(|t| {
                lists
                    .team_words
                    .contains(text.simple_slice(t.range.clone()))
            })
            .map(|t| t.range.end)
    };
    (written(text, &lists.full_names, None).into_iter())
        .map(|r| r.start..team_after(r.end).unwrap_or(r.end))
        .collect()
}

/// The entries of `names` written in the text where the segmenter starts and ends words;
/// with its dictionary, also where it ends inside a word whose rest is a word of two
/// characters or more, and then to that word's end when the rest ends names.
fn written(text: &Analysis, names: &WordList, glued: Option<&Segmenter>) -> Vec<Range<usize>> {
    let n = text.chars.len();
    let (mut starts, mut ends) = (vec![false; n + 1], vec![false; n + 1]);
    for token in &text.tokens {
        if let (Some(s), Some(e)) = (
            starts.get_mut(token.range.start),
            ends.get_mut(token.range.end),
        ) {
            (*s, *e) = (true, true);
        }
    }
    // where a name ending at `end` ends: there, or at the end of the word it goes on
    // into when the rest of that word ends names (`思科|公司`, cut `思科公司`)
    let ends_at = |end: usize| {
        if ends.get(end).copied().unwrap_or(false) {
            return Some(end);
        }
        let segmenter = glued?;
        let token = text
            .token_at(end)
            .filter(|t| t.range.start < end && t.range.end >= end + 2)?;
        let rest = text.simple_slice(end..token.range.end);
        if text.lexicon.organization_endings.contains(rest) {
            Some(token.range.end)
        } else {
            segmenter.has_word(rest).then_some(end)
        }
    };
    let mut found = Vec::new();
    let mut at = 0;
    while at < n {
        match names.prefix_at(&text.simplified, at) {
            Some(len) if starts[at] => match ends_at(at + len) {
                Some(end) => {
                    let end = glued.map_or(end, |_| with_company_ending(text, end));
                    found.push(at..end);
                    at = end;
                }
                None => at += 1,
            },
            _ => at += 1,
        }
    }
    found
}

/// `end`, or the end of the word starting there when it is an ending of companies'
/// names (`organizations/kind_endings` of kind company: `腾讯|控股`, `京东|集团`).
fn with_company_ending(text: &Analysis, end: usize) -> usize {
    let kinds = &text.lexicon.candidates.organization_kinds;
    (text.token_starting(end).and_then(|k| text.tokens.get(k)))
        .filter(|t| kinds.value(text.simple_slice(t.range.clone())) == Some("company"))
        .map_or(end, |t| t.range.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_ending_and_list() {
        let words = xinwen_chinese::Resources::global().lexicon().unwrap();
        let cases = [
            ("延吉市公安局", OrganizationKind::Government),
            ("延吉市人民政府", OrganizationKind::Government),
            ("珲春市人民法院", OrganizationKind::Government),
            ("北京协和医院", OrganizationKind::Institution),
            ("延边大学", OrganizationKind::Institution),
            ("中国科学院", OrganizationKind::Institution),
            ("浙商银行", OrganizationKind::Company),
            ("联想集团", OrganizationKind::Company),
            ("华为", OrganizationKind::Company),
            ("湖南卫视", OrganizationKind::Company),
            ("东方卫视", OrganizationKind::Company),
            ("中国房地产学会", OrganizationKind::Other),
            ("联合国", OrganizationKind::Other),
            ("阿森纳", OrganizationKind::Other),
            // a team is no body of government; a unit of police or firemen is
            ("尼日利亚队", OrganizationKind::Other),
            ("中国女排", OrganizationKind::Other),
            ("县消防救援大队", OrganizationKind::Government),
            ("伊朗伊斯兰革命卫队", OrganizationKind::Government),
            ("美国海军陆战队", OrganizationKind::Government),
        ];
        for (name, kind) in cases {
            assert_eq!(kind_of(name, words), kind, "{name}");
        }
        // must not: the longest ending decides (医院 is no 院 of a court, 法院 no hospital)
        assert_ne!(kind_of("北京协和医院", words), OrganizationKind::Government);
        assert_ne!(
            kind_of("珲春市人民法院", words),
            OrganizationKind::Institution
        );
    }
}
