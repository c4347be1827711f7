//! The catalog of the lexicon: every list and pattern of `data/lexicon/`, by the field
//! rules reach it by (each data file's head comment says what its words are for).

mod addresses;
mod candidates;
mod dates;
mod events;
mod tagger;

pub use addresses::AddressWords;
pub use candidates::CandidateWords;
pub use dates::DateWords;
pub use events::EventWords;
pub use tagger::TaggerWords;

super::declare::lexicon! {
    /// The word lists and patterns of `data/lexicon/`, read once.
    pub struct Lexicon;
    groups {
        /// The lists of the entity tagger and its trainer (`data/lexicon/ner/`).
        tagger: TaggerWords,
        /// The lists that check the tagger's candidates in the extractor.
        candidates: CandidateWords,
        /// The lists that tell an act from a noun.
        events: EventWords,
        /// The lists of streets and addresses.
        addresses: AddressWords,
        /// The lists of the date grammar.
        dates: DateWords,
    }
    lists {
        /// Words that end a position (职务): `书记`, `副市长`, `负责人`.
        title_endings: "titles/endings",
        /// Titles written right after a name (`习近平总书记`).
        titles_after_name: "titles/after_name",
        /// Words that never stand inside a title.
        not_inside_titles: "titles/not_inside",
        /// Words that open a title before its head word (`副`, `常务`).
        title_openers: "titles/openers",
        /// Last characters of names of places and bodies, never of a person's.
        not_name_endings: "people/not_name_endings",
        /// Words that often follow a person's name.
        after_name: "people/after_name",
        /// Characters that end no three-character name (`张复|说`).
        never_end_name: "people/never_end_name",
        /// Words of address after a name (`女士`).
        honorifics: "people/honorifics",
        /// Words that, right after a name, make it one: the name acts or speaks.
        speaks: "people/speaks",
        /// Endings of organizations' names.
        organization_endings: "organizations/endings",
        /// Words that anchor an organization's name on the left.
        organization_anchors: "organizations/anchors",
        /// Endings of public bodies.
        office_endings: "organizations/office_endings",
        /// Endings of committees, whose names may hold `的`.
        committee_endings: "organizations/committee_endings",
        /// Kinds of organizations that name none in particular.
        generic_organizations: "organizations/generic",
        /// Words said of institutions before their kind (`新建|学校`).
        organization_modifiers: "organizations/modifiers",
        /// Prepositions the segmenter glues to a name (`对市|公安局`).
        glued_prepositions: "organizations/glued_prepositions",
        /// Organizations that stand alone as one word (`国务院`).
        standalone_organizations: "organizations/standalone",
        /// Words that end like an organization and are none (`格局`).
        not_organization_endings: "organizations/not_endings",
        /// Words an organization's name never runs across.
        not_inside_organizations: "organizations/not_inside",
        /// Verbs of saying and judging no organization's name holds, even glued into a
        /// longer word (`热烈祝贺|中国共产党`).
        verbs_outside_organizations: "organizations/verbs_outside",
        /// Prepositions and conjunctions that open no organization's name the tagger
        /// reads right after them (`经|中国人民银行`).
        not_first_in_organizations: "organizations/not_first",
        /// Levels a body's name may open with (`县|人民医院`).
        org_level_starts: "organizations/level_starts",
        /// Endings after which a name goes on to another ending (`镇中心|幼儿园`).
        continued_org_endings: "organizations/continued_endings",
        /// Words that end like an organization and open a longer name, matched whole
        /// (`中央|外事工作委员会`).
        continued_org_words: "organizations/continued_words",
        /// Endings of a branch, whose name holds its organization's (`…银行沈阳分行`).
        branch_endings: "organizations/branch_endings",
        /// Where an office's name ends inside a list item.
        office_cuts: "organizations/office_cuts",
        /// Endings of a session of a body (`大会`).
        session_endings: "organizations/session_endings",
        /// Last characters of organizations' names (`院`, `局`).
        org_last_chars: "organizations/last_chars",
        /// Administrative endings of place names.
        admin_endings: "places/admin_endings",
        /// Endings of village names in the south (`吕家冲`).
        village_endings: "places/village_endings",
        /// Endings that make a word a place even when the gazetteer lacks it.
        place_endings: "places/endings",
        /// Endings of areas that are no administrative division (`产业园区`).
        area_endings: "places/area_endings",
        /// Endings of natural places (`青禾河`).
        nature_endings: "places/nature_endings",
        /// Characters after which a place may start inside a word (`在|靖和街道`).
        before_place: "places/before_place",
        /// Function words the tagger glues to the front of a place (`以`).
        glued_before_place: "places/glued_words",
        /// First characters of words that end like places but name none (`全市`).
        not_place_starts: "places/not_starts",
        /// Divisions named like common nouns (`城区`).
        common_divisions: "places/common_divisions",
        /// Words the tagger reads as places that name none (`中华`, `南南`).
        not_places: "places/not_places",
        /// Words ending like a place that name something else (`股市`, `国旗`, `家乡`).
        not_place_words: "places/not_place_words",
        /// Stems that make kinds of places, not names (`城市社区`).
        generic_place_stems: "places/generic_stems",
        /// Endings that make a kind of place after a common noun (`路障区`, `围墙冲`).
        noun_kind_endings: "places/noun_kind_endings",
        /// Words after which a place name begins (`深入`, `来到`).
        place_leads: "places/leads",
        /// Short words right before a place (`在`, `到`).
        place_lead_ins: "places/lead_ins",
        /// Characters of administrative levels (`县`, `镇`).
        level_chars: "places/level_chars",
        /// Last characters of a stem that names a body (`纪委|区`).
        not_stem_ends: "places/not_stem_ends",
        /// Endings of place names with the level each points to.
        place_level_endings: "places/level_endings",
        /// Acts the articles report (`检查指导`, `调研`, `主持召开`).
        acts: "events/acts",
        /// Acts that make an outing of which later visits are part.
        outings: "events/outings",
        /// Acts that convene (`召开`).
        convening: "events/convening",
        /// Words that move an actor to a place (`深入`, `来到`).
        moves: "events/moves",
        /// Ends of a list of places (`等地`).
        list_ends: "events/list_ends",
        /// Endings of a place phrase (`在X，`).
        location_endings: "events/location_endings",
        /// What opens a place phrase (`在`).
        place_marks: "events/place_marks",
        /// Words that end the object of an act (`并`, `时`).
        object_ends: "events/object_ends",
        /// What the object of an act never starts with.
        object_not_starts: "events/object_not_starts",
        /// What introduces the topic of an act (`就`).
        topic_marks: "events/topic_marks",
        /// Verbs that carry an act named by a noun (`进行`).
        light_verbs: "events/light_verbs",
        /// Aspect particles (`了`, `着`, `过`).
        aspect_particles: "grammar/aspect_particles",
        /// The attributive particle (`的`).
        attributive: "grammar/attributive",
        /// Words that join two names (`和`, `与`, `及`).
        conjunctions: "grammar/conjunctions",
        /// Endings of outlet names (`网`, `日报`).
        outlet_endings: "outlets/endings",
        /// Endings of bodies that own sites (`政府`).
        owner_endings: "outlets/owner_endings",
        /// Labels of a page's source (`来源`).
        source_labels: "outlets/source_labels",
        /// Words of a bracketed label that credits people.
        not_column_words: "outlets/not_columns",
        /// What opens an outlet's name for itself (`本`).
        own_outlet_marks: "outlets/own_marks",
        /// What ends the head of a dateline (`电`, `讯`).
        dateline_endings: "outlets/dateline_endings",
        /// Chinese digits with their value.
        digits: "numbers/digits",
        /// Chinese numeral units below ten thousand, with their value.
        numeral_units: "numbers/units",
        /// The unit of ten thousand inside a number, with its value.
        myriads: "numbers/myriads",
        /// Multipliers written after a number (`万`, `亿`), with their value.
        multipliers: "numbers/multipliers",
        /// First characters of number words.
        number_starts: "numbers/number_starts",
        /// What opens an ordinal (`第`).
        ordinal_marks: "numbers/ordinal_marks",
        /// Units of quantities (`平方米`, `人次`).
        quantity_units: "quantities/units",
        /// Words after a number that make it approximate (`余`).
        approximate: "quantities/approximate",
        /// Whole lines that are reaction and tool buttons (`鲜花`).
        reactions: "page/reactions",
        /// Words of short lines that are comment widgets.
        comment_markers: "page/comment_markers",
        /// Words of short lines that promote an app or account.
        promotion_markers: "page/promotion_markers",
        /// Words of short lines that ask to share.
        share_markers: "page/share_markers",
        /// Words of short lines that lead to other articles.
        related_markers: "page/related_markers",
        /// Words that open the label of a list of other articles (`延伸`).
        related_lead_words: "page/related_lead_words",
        /// Words that close the label of a list of other articles (`阅读`).
        related_end_words: "page/related_end_words",
        /// Words of short lines of site furniture.
        boilerplate_markers: "page/boilerplate_markers",
        /// Words of copyright and disclaimer notes.
        copyright: "page/copyright",
        /// Labels of a note on the article (`原标题`).
        note_labels: "page/note_labels",
        /// Units of a reading time alone on a line (`分钟`).
        reading_time_units: "page/reading_time_units",
        /// Labels that open a breadcrumb trail.
        breadcrumb_labels: "page/breadcrumb_labels",
        /// Labels of a government document's record.
        document_labels: "page/document_labels",
        /// Labels of a page's own summary (`摘要`).
        summary_labels: "page/summary_labels",
        /// Labels of a page's tag line (`标签`).
        tag_labels: "page/tag_labels",
        /// Labels a collection puts before titles (`[视频]`).
        title_labels: "page/title_labels",
        /// Role words of credit lines, with the role each gives (`记者`).
        credit_roles: "credits/roles",
        /// One-character role words, before a separator (`文/`).
        short_credit_roles: "credits/short_roles",
        /// Words that end where a story was filed from (`报导`).
        filed_words: "credits/filed_words",
        /// Words after a name that credit a photograph (`摄`).
        shot_words: "credits/shot_words",
        /// Roles before a photographer in a caption.
        caption_roles: "captions/credit_roles",
        /// Words after a name that credit a picture (`摄`).
        shot_marks: "captions/shot_marks",
        /// Words ending in a picture mark that are no credit (`资料图`).
        not_caption_credits: "captions/not_credits",
        /// Role words that credit only before a separator (`翻译`).
        labelled_roles: "credits/labelled_roles",
        /// Words between a poster's handle and the date they posted (`发表于`).
        posted_words: "credits/posted_words",
        /// Words before `发表于` that name a text, not a poster (`本文`).
        not_posters: "credits/not_posters",
        /// Role words in Latin script on a line below a byline (`Correspondent`).
        latin_roles: "credits/latin_roles",
        /// Words of outlets in Latin script, never in a person's name (`NEWS`).
        not_latin_name_words: "credits/not_latin_name_words",
        /// Characters that start the words after a role word, not a name (`从`).
        not_name_starts: "credits/not_name_starts",
        /// Function and question words an any-words query leaves out.
        stopwords: "search/stopwords",
        /// What counts sessions (`次`, `届`).
        session_units: "mentions/session_units",
        /// Kinds of meetings (`例会`, `座谈会`).
        meeting_kinds: "mentions/meeting_kinds",
    }
    patterns {
        /// A note on the article, its label first (`原标题：…`).
        note_line: "page/note_line",
        /// A reading time alone on its line (`11 分鐘`).
        reading_time: "page/reading_time",
        /// A video player's clock alone on its line (`0:00`, `/2:54`).
        player_time: "page/player_time",
        /// An e-mail address.
        contact: "page/contact",
        /// The print edition an article ran in (`《光明日报》（2024年05月11日 09版）`).
        print_edition: "outlets/print_edition",
        /// A breadcrumb trail.
        breadcrumb: "page/breadcrumb",
        /// The label heading a list of other articles, alone on its line.
        related_label: "page/related_label",
        /// A picture caption ending in its credit.
        caption: "captions/caption",
        /// A name, a slash and where the story was filed.
        filed_from: "credits/filed_from",
        /// A poster's handle before when they posted (`小河流水 发表于 …`).
        posted_by: "credits/posted_by",
        /// A photographer's credit (`王栋 摄`).
        shot_by: "credits/shot_by",
        /// Dates and times: the one date grammar.
        date: "dates/date",
        /// A time run into the date after it.
        time_before: "dates/time_before",
        /// A label of the publication date.
        published_label: "dates/published_label",
        /// A year as a text writes it (`2022年`).
        year: "dates/year",
        /// A date in a URL path.
        url_date: "dates/url_date",
        /// The dateline heading a story.
        dateline: "outlets/dateline",
        /// A source label and its source.
        source_label: "outlets/source_label",
        /// The owner a copyright note names.
        copyright_owner: "outlets/copyright_owner",
        /// A pinyin annotation a crawl left after a character.
        pinyin_annotation: "normalize/pinyin_annotation",
        /// A column label heading the first paragraph.
        column: "outlets/column",
        /// A number with its unit.
        quantity: "quantities/quantity",
        /// A quotation.
        quote: "mentions/quote",
        /// A cited document.
        document: "mentions/document",
        /// A named meeting.
        meeting: "mentions/meeting",
    }
}
