//! The lists of the entity tagger (`xinwen-ner`) and of its trainer, under
//! `data/lexicon/ner/`.

super::super::declare::lexicon! {
    /// The word lists of the entity tagger and its trainer.
    pub struct TaggerWords;
    lists {
        /// Endings of organizations in the tagger's conventions.
        org_endings: "ner/org_endings",
        /// Words ending like organizations that are none (tagger).
        not_org: "ner/not_org",
        /// One-character organization endings (tagger).
        org_last_chars: "ner/org_last_chars",
        /// Common nouns that are organizations alone (trainer).
        standalone_org: "ner/standalone_org",
        /// Common nouns that may start an organization (trainer).
        org_starts: "ner/org_starts",
        /// Endings of places of several words (trainer).
        loc_endings: "ner/loc_endings",
        /// One-character abbreviations that are no places (trainer).
        not_place_abbreviations: "ner/not_place_abbreviations",
        /// Verbs of movement before a place abbreviation (trainer).
        move_chars: "ner/move_chars",
        /// Characters after an abbreviation that make it a place (trainer).
        after_abbreviation: "ner/after_abbreviation",
        /// Endings after a name inside a word (trainer).
        after_name_in_word: "ner/after_name_in_word",
        /// Endings after a place inside a word (trainer).
        after_place_in_word: "ner/after_place_in_word",
        /// Words that are places whatever their tag (trainer).
        place_words: "ner/place_words",
        /// Regions tagged as directions that are places (trainer).
        region_words: "ner/region_words",
        /// Endings of abbreviations of regions (trainer).
        region_suffixes: "ner/region_suffixes",
        /// Last characters of ministries named by a noun (trainer).
        ministry_endings: "ner/ministry_endings",
        /// Last characters that make an abbreviation an organization (trainer).
        abbreviation_org_chars: "ner/abbreviation_org_chars",
        /// Measure words of a session ordinal (trainer).
        session_words: "ner/session_words",
        /// Words that start a place of several words (trainer).
        place_starts: "ner/place_starts",
        /// Endings that make a place-tagged word an organization (trainer).
        place_tag_org_endings: "ner/place_tag_org_endings",
        /// Characters of transliterated foreign names (`斯`, `尔`): such names are kept
        /// whole (tagger).
        transliteration_chars: "people/transliteration_chars",
        /// Latin words in brackets after a name that are not its Latin form (`blog`):
        /// lowercase (tagger).
        not_latin_names: "ner/not_latin_names",
        /// Words after a surname that make a reference, not a name (`张某`, `李先生`):
        /// such a person is dropped (tagger).
        not_person_suffixes: "ner/not_person_suffixes",
        /// Words joining two people's names read as one (`李强|同|朔尔茨`).
        between_names: "ner/between_names",
        /// Words that make the name right before them part of a place's name
        /// (`黄果树瀑布`): a person ending there is dropped (tagger).
        not_person_before: "ner/not_person_before",
        /// Characters that end places and bodies, never a person (`县`, `局`): a
        /// person ending on one is dropped (tagger).
        not_person_last_chars: "ner/not_person_last_chars",
        /// Characters that open no transliterated name (`尔`): a person starting on
        /// one was cut in front (tagger).
        not_foreign_starts: "ner/not_foreign_starts",
        /// Words of time a name runs into (`周二`, `此时`): a person holding one two
        /// characters or more in ends before it (tagger).
        time_words: "ner/time_words",
        /// Set phrases whose characters read like a name (`山水林田湖草沙`): a person
        /// in one is dropped (tagger).
        set_phrases: "ner/set_phrases",
    }
    patterns {}
}
