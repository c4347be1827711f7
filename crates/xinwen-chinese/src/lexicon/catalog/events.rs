//! The lists that tell an act done from the same word used as a noun or in an
//! instruction.

super::super::declare::lexicon! {
    /// The word lists that tell an act from a noun.
    pub struct EventWords;
    lists {
        /// Words after an act that make it a noun (`检查|力度`, `指挥|部`).
        noun_heads: "events/noun_heads",
        /// Words right before an act that make it a noun (`决策|部署`, `重要|指示`).
        noun_modifiers: "events/noun_modifiers",
        /// Words right before an act that say it was not done or ask whether it was
        /// (`未|出席`, `是否|参加`).
        not_done: "events/not_done",
        /// Endings of titles of people who hold no office (`导演`, `被告人`).
        not_officials: "events/not_officials",
        /// Words before an act that make it an instruction (`要`).
        instructions: "events/instructions",
        /// Words after which the people named before an act, up to a comma, are whom it
        /// is for, not its actors (`向`, `致电`, `受`).
        not_actor_marks: "events/not_actor_marks",
        /// Acts whose object may be another act, then no act of its own (`参加|检查`).
        attending: "events/attending",
        /// Words after people that make them an act's companions (`陪同`).
        companion_marks: "events/companion_marks",
        /// What introduces the people who did an act named before (`出席…的贵宾有：`).
        list_introducers: "events/list_introducers",
        /// Pronouns that refer to the person the text follows (`他`).
        pronouns: "events/pronouns",
        /// Words that open an object pointing back to what was told (`上述|活动`).
        anaphors: "events/anaphors",
        /// Words of holding an event, after the place it is held in (`在X|举行`).
        holding: "events/holding",
    }
    patterns {}
}
