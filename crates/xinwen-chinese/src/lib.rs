//! Chinese language resources shared by the xinwen crates.
//!
//! | resource | what it does |
//! |---|---|
//! | [`ScriptConverter`] | traditional ⇄ simplified conversion (OpenCC data) and script detection |
//! | [`SimplifiedView`] | a text's simplified form with the offset map back to the original |
//! | [`Readings`] | the pinyin readings of a character, to tell an annotation `導(dǎo)` from text |
//! | [`Segmenter`] | word segmentation and part-of-speech tags (jieba dictionary) |
//! | [`KeywordExtractor`] | TF-IDF keywords (jieba IDF table) |
//! | [`CommonChars`] | the ~5,000 most common characters of each script |
//! | [`Surnames`] | Chinese surnames of one and two characters |
//! | [`Gazetteer`] | 346,000 places of China with their administrative levels |
//! | [`Lexicon`] | the words rules look for (titles, credits, endings of names, …), as data files |
//! | [`char_class`], [`TaggedWord::class`] | classes of characters and words by the company they keep (NER features) |
//!
//! Each resource is heavy to build (dictionaries, tables), so [`Resources::global`] builds
//! each one lazily, once per process, and every page and worker shares it.
//!
//! ```
//! use xinwen_chinese::Resources;
//! use xinwen_core::Script;
//!
//! let converter = Resources::global().converter().unwrap();
//! assert_eq!(converter.to_simplified("檢查指導"), "检查指导");
//! assert_eq!(converter.detect("洪慶檢查指導全市疫情防控工作"), Script::Traditional);
//! ```

mod char_classes;
mod charset;
mod common;
mod gazetteer;
mod keywords;
pub mod lexicon;
mod name_starts;
mod readings;
mod resources;
mod script;
mod segmenter;
mod surnames;
mod view;

pub use char_classes::char_class;
pub use common::{COMMON_RANK, CommonChars};
pub use gazetteer::{Gazetteer, LONGEST_NAME, PlaceInfo, level_of_ending};
pub use keywords::{KeywordExtractor, Ranked};
pub use lexicon::{
    AddressWords, CandidateWords, EventWords, Lexicon, Pattern, TaggerWords, WordList,
};
pub use readings::Readings;
pub use resources::Resources;
pub use script::{Conversion, ScriptConverter};
pub use segmenter::{Segmenter, TaggedWord, Word};
pub use surnames::Surnames;
pub use view::{SimplifiedView, original_slice};

/// True for a Chinese character (CJK unified ideographs of every extension, and the
/// compatibility ideographs). The simplified form of a rare traditional character may
/// lie outside the basic block (`頔` → `𬱟`), so tests of names take them all.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{323AF}')
}
