//! The entity finder: organizations first (runs of words ending in an organization
//! word), then places (the gazetteer, endings, tags; none inside organizations), then
//! people (names after a title, the tagger's names), each rule's candidates checked
//! against what the rules before it found.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use xinwen_chinese::{Gazetteer, Lexicon, Resources, level_of_ending};
use xinwen_core::{Error, PlaceLevel};

use super::one_kind::{Kinds, one_kind_per_name, places_over_bodies};
use super::{
    counted, known_names, learned, name_bounds, names, organizations, places, regnal, sides, works,
};
use crate::enrich::analysis::Analysis;
use crate::enrich::marks::{Covered, SpanOf};

/// What the analysis finds in a text, before grouping by name.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) people: Vec<Range<usize>>,
    pub(crate) places: Vec<(Range<usize>, PlaceLevel)>,
    pub(crate) organizations: Vec<Range<usize>>,
}

/// The level of a place the tagger found: the gazetteer's, else its ending's.
fn level_of(name: &str, gazetteer: &Gazetteer, lexicon: &Lexicon) -> PlaceLevel {
    (gazetteer.lookup_simplified(name).map(|p| p.level))
        .or_else(|| level_of_ending(name, lexicon))
        .unwrap_or(PlaceLevel::Other)
}

/// True when the tagger's organization `outer` is the congress of the rules'
/// organization ending at `inner_end` that it starts with
/// (`中国共产党|第十五次全国代表大会`).
fn congress(text: &Analysis, inner_end: usize, outer_end: usize) -> bool {
    let words = text.lexicon;
    inner_end < outer_end && {
        let rest = text.simple(inner_end..outer_end);
        words.ordinal_marks.starts(&rest) && words.session_endings.ends(&rest)
    }
}

/// `found` with the bodies known by their full names, which outrank what the rules read
/// into them (`农业|农村部`); an organization that goes on past a body's end is the
/// body's and starts where it starts (`信息化部赛迪研究院` → `工业和信息化部赛迪研究院`).
fn with_full_names(
    n: usize,
    found: Vec<Range<usize>>,
    bodies: &[Range<usize>],
) -> Vec<Range<usize>> {
    if bodies.is_empty() {
        return found; // most texts name none: no table for them
    }
    let mut owner: Vec<Option<usize>> = vec![None; n];
    for (k, b) in bodies.iter().enumerate() {
        for o in owner.get_mut(b.clone()).unwrap_or_default() {
            *o = Some(k);
        }
    }
    let mut absorbed = vec![false; bodies.len()];
    let mut out = Vec::with_capacity(found.len() + bodies.len());
    for o in found {
        let body = (owner.get(o.clone()).unwrap_or_default().iter()).find_map(|b| *b);
        match body.and_then(|k| Some((k, bodies.get(k)?))) {
            None => out.push(o),
            Some((k, b)) if o.start >= b.start && o.end > b.end => {
                absorbed[k] = true;
                out.push(b.start..o.end);
            }
            Some(_) => {}
        }
    }
    let kept = (bodies.iter().zip(&absorbed)).filter(|(_, a)| !**a);
    out.extend(kept.map(|(b, _)| b.clone()));
    out
}

/// The organizations of the rules and of the tagger, and the characters inside them.
fn organizations<'t>(
    text: &'t Analysis,
    resources: &Resources,
    learned: &learned::Learned,
    strong_names: &[Range<usize>],
    names: &places::PageNames<'t>,
    bodies: &[Range<usize>],
) -> Result<(Vec<Range<usize>>, Covered), Error> {
    // places by their endings first: organizations may begin with one
    let n = text.chars.len();
    let no_org = vec![false; n];
    let segmenter = resources.segmenter();
    let gazetteer = resources.gazetteer()?;
    let heads: Vec<Range<usize>> = places::ending_places(text, &[], &no_org, segmenter)
        .into_iter()
        .chain(places::gazetteer_places(
            text,
            gazetteer,
            &no_org,
            segmenter,
            names,
            &[&learned.places, &learned.organizations],
        ))
        .map(|p| p.range)
        .collect();
    let found = organizations::organizations(text, &heads, &learned.organizations, &learned.people);
    let mut found = organizations::without_opening_particles(text, found, segmenter);
    organizations::after_located_place(text, &mut found);
    let found = organizations::trimmed_to_learned(text, found, &learned.organizations, &heads);
    let found = organizations::trimmed_to_known(text, segmenter, found); // `现行|世贸组织`
    let found = with_full_names(n, found, bodies);
    let found = organizations::without_unended(text, found);
    let mut inside = Covered::of(n, &found);
    // a name right after a title outranks an organization read into it
    let strong = Covered::of(n, strong_names);
    let mut found: Vec<Range<usize>> = found.into_iter().filter(|o| !strong.overlaps(o)).collect();
    let mut congresses: HashMap<usize, Vec<usize>> = HashMap::new();
    for l in &learned.organizations {
        congresses.entry(l.start).or_default().push(l.end);
    }
    found.retain(|o| {
        let ends = congresses.get(&o.start).map_or(&[][..], Vec::as_slice);
        !ends.iter().any(|&end| congress(text, o.end, end))
    });
    // a body named in a title is one (`国务院|总理`, `外交部|发言人`), but a country
    // the tagger reads as one before a title is the country (`卡塔尔|首相`), and places
    // one after the other are places (`黑龙江省|哈尔滨市`)
    let taken = Covered::of(n, found.iter().chain(strong_names));
    let countries = &text.lexicon.candidates.countries;
    let place_runs = organizations::PlaceRuns::new(&heads);
    let learned_orgs: Vec<Range<usize>> = (learned.organizations.iter())
        .filter(|o| {
            !(organizations::title_follows(text, o.end)
                && countries.contains(&text.simple((*o).clone())))
        })
        .filter(|o| !taken.overlaps(o) && !place_runs.covers_body(o))
        .cloned()
        .collect();
    for r in &learned_orgs {
        inside.mark(r);
    }
    found.extend(learned_orgs);
    let taken = Covered::of(n, found.iter().chain(strong_names));
    // companies known by a short name, and no place inside one (`长城` of `长城汽车`)
    let companies = organizations::listed_companies(text, segmenter);
    let companies = companies.into_iter().filter(|c| !taken.overlaps(c));
    found.extend(companies.inspect(|c| inside.mark(c)));
    found.retain(|o| !organizations::is_generic(text, &text.simple(o.clone())));
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup(); // (two names trimmed to one: `战胜日本队`, `日本队`)
    Ok((found, inside))
}

/// Finds people, places and organizations in an analyzed text; names inside `credits`
/// are credited people, not people of the story.
pub(crate) fn find(
    text: &Analysis,
    resources: &Resources,
    credits: &[Range<usize>],
) -> Result<Found, Error> {
    let n = text.chars.len();
    let (segmenter, gazetteer) = (resources.segmenter(), resources.gazetteer()?);
    let surnames = resources.surnames()?;
    let mut learned = learned::learned(text, segmenter, surnames)?;
    known_names::into_learned(text, segmenter, &mut learned); // `拉赫|蒙`, `欧尔` (a place)
    organizations::after_located_place(text, &mut learned.organizations);
    organizations::people_after_titles(text, &mut learned.organizations, &mut learned.people);
    let names = names::names(text, surnames, segmenter, &learned.people);
    let strong = Covered::of(n, &names.strong);
    let page_names = places::PageNames::new(text, gazetteer);
    let bodies = organizations::full_names(text);
    let (mut organizations, inside_org) = organizations(
        text,
        resources,
        &learned,
        &names.strong,
        &page_names,
        &bodies,
    )?;
    let inside_org = inside_org.as_slice();
    // a storm's name (`飓风“桑迪”`) names no body either, nor a count of kinds (`四大|银行`)
    organizations.retain(|o| {
        !learned.things.contains(&text.simple(o.clone())) && !counted::counts_kinds(text, o)
    });
    let tagged: [&[Range<usize>]; 2] = [&learned.places, &learned.organizations];
    let mut places =
        places::gazetteer_places(text, gazetteer, inside_org, segmenter, &page_names, &tagged);
    places.extend(places::tagged_places(text, &places, inside_org, segmenter));
    places.extend(places::ending_places(text, &places, inside_org, segmenter));
    places.extend(places::streets(text, &places));
    places.extend(places::roads_after_places(text, &places, segmenter));
    places.extend(places::stems(text, &places, segmenter, gazetteer));
    places.extend(places::scenes_of_places(text, &places));
    // places known by their full names outrank what the rules read into them
    let mut full = places::full_name_places(text, inside_org);
    full.extend(places::routes(text, inside_org, gazetteer));
    // a route named before its word, unless a route holds it or a place the tagger reads
    // is longer (`中俄首座|跨江铁路大桥`, `尼日利亚阿卡铁路`: a country stays)
    let mut named = places::routes_named(text, inside_org, (segmenter, gazetteer));
    named.extend(places::roads_by_number(text));
    if !named.is_empty() {
        let routes = Covered::of(n, full.iter().map(|p| &p.range));
        let tagged_places = SpanOf::of(n, &learned.places);
        full.extend(named.into_iter().filter(|p| {
            let r = &p.range;
            let longer = tagged_places.within_one(&(r.start..r.end + 1))
                || r.start > 0 && tagged_places.within_one(&(r.start - 1..r.end));
            !routes.overlaps(r) && !longer
        }));
    }
    if !full.is_empty() {
        let whole = Covered::of(n, full.iter().map(|p| &p.range));
        places.retain(|p| !whole.overlaps(&p.range));
        places.extend(full);
    }
    // no place inside a body known by its full name (`住房城乡|建设部`)
    let bodies = Covered::of(n, &bodies);
    places.retain(|p| !strong.overlaps(&p.range) && !bodies.overlaps(&p.range));
    let taken = Covered::of(
        n,
        (places.iter().map(|p| &p.range))
            .chain(&organizations)
            .chain(&names.strong),
    );
    let placed = Covered::of(n, places.iter().map(|p| &p.range));
    let side = sides::is_side(text); // a side (`缅方`, `埃方`) is no place either
    let resources = (gazetteer, segmenter);
    let learned_places: Vec<places::PlaceSpan> =
        places::learned_places(text, &learned.places, (&taken, &placed), resources, &side)
            .into_iter()
            .map(|r| places::PlaceSpan {
                level: level_of(&text.simple(r.clone()), gazetteer, text.lexicon),
                range: r,
            })
            .collect();
    places.extend(learned_places);
    places::widen_direction_roads(text, &mut places, inside_org, &learned.people, segmenter);
    places::joined_across_marks(text, &mut places, resources);
    places::with_house_numbers(text, &mut places);
    places.retain(|p| !counted::counts_kinds(text, &p.range)); // `五大|战区`
    places.retain(|p| !sides::is_pair_not_place(text, &p.range)); // `中非|合作`
    places.sort_by_key(|p| p.range.start);
    let mut taken = Covered::of(
        n,
        (organizations.iter())
            .chain(&names.strong)
            .chain(places.iter().map(|p| &p.range)),
    );
    // the names right after a title: people beyond doubt
    let titled: HashSet<String> = (names.strong.iter())
        .map(|r| text.simple(r.clone()))
        .collect();
    let double = |r| name_bounds::with_double_surname(text, r, surnames); // `林|郑月娥`
    let all_of_place = |name: &str| places::is_all_of_place(text, name, gazetteer);
    let mut people: Vec<Range<usize>> = (names.strong.into_iter().map(double))
        .filter(|r| !all_of_place(text.simple_slice(r.clone())))
        .collect();
    let learned_people = std::mem::take(&mut learned.people);
    let pair = sides::is_partner_pair(text);
    for r in learned_people.into_iter().chain(names.weak) {
        let r = double(name_bounds::trimmed(text, r, (segmenter, surnames)));
        // a side (`马方`), a pair of partners (`斯中|建交`), a storm (`台风“苏拉”`), all of
        // a place (`全|中国`) or a word that names no one (`people/not_people`: `尼罗鳄`)
        // is no one, and no other name is read over it (`斯方|愿`, `尼罗|鳄`)
        let name = text.simple(r.clone());
        let no_one = text.lexicon.candidates.not_people.contains(&name) || all_of_place(&name);
        if side(&name) || pair(&name) || no_one || learned.things.contains(&name) {
            taken.mark(&r);
        } else if !taken.overlaps(&r) {
            taken.mark(&r);
            people.push(r);
        }
    }
    // `圣战组织（杰哈德）`, `约翰斯·霍普金斯大学`: organizations' names, not people
    let mut people = organizations::organizations_read_as_people(text, people, &mut organizations);
    places::titled_to_people(text, &mut places, &mut people, &titled, gazetteer);
    let credited = SpanOf::of(n, credits);
    people.retain(|r| !credited.within_one(r));
    people.sort_by_key(|r| r.start);
    let mut places: Vec<(Range<usize>, PlaceLevel)> =
        places.into_iter().map(|p| (p.range, p.level)).collect();
    let kinds = Kinds {
        people: &mut people,
        places: &mut places,
        organizations: &mut organizations,
    };
    one_kind_per_name(text, kinds, &titled, credits);
    places_over_bodies(&places, &mut organizations);
    // `查尔斯|三世`, `卡尔|十六世·古斯塔夫`: a monarch's number is part of the name
    let mut people = regnal::with_regnal_numbers(text, people);
    // a name filling book-title marks is a work's title (`《长津湖》`)
    places.retain(|p| !works::fills_title_marks(text, &p.0));
    people.retain(|r| !works::fills_title_marks(text, r));
    Ok(Found {
        people,
        places,
        organizations,
    })
}
