//! The lists that check the learned tagger's candidates before the extractor takes them
//! (`data/lexicon/people/`, `data/lexicon/places/`).

super::super::declare::lexicon! {
    /// The word lists that check the tagger's candidates.
    pub struct CandidateWords;
    lists {
        /// Last characters of bodies the tagger may take for people (`银监会`).
        body_endings: "people/body_endings",
        /// Words that follow the name of a body, never a person's (`卫健部门`).
        after_body: "people/after_body",
        /// Countries and regions of the world (`塞尔维亚`).
        countries: "places/countries",
    }
    patterns {}
}
