//! A learned named-entity tagger for Chinese news: people, places and organizations.
//!
//! ```
//! use xinwen_ner::{NerKind, NerTagger};
//!
//! let tagger = NerTagger::global().unwrap();
//! let text = "市委书记洪庆在延吉市公安局调研";
//! let found: Vec<(NerKind, String)> = tagger
//!     .tag(text)
//!     .into_iter()
//!     .map(|s| (s.kind, text.chars().skip(s.start).take(s.end - s.start).collect()))
//!     .collect();
//! assert!(found.contains(&(NerKind::Person, "洪庆".to_string())));
//! ```
//!
//! # How it works
//!
//! Each character gets a BIO label (`B-PER`, `I-PER`, `B-LOC`, … `O`) from a linear model
//! trained as an averaged structured perceptron and decoded with Viterbi under the BIO
//! constraints. The features of a character ([`features`]) are the characters around it
//! (unigrams to trigrams in a ±2 window, digits and Latin letters folded), their classes,
//! the jieba word it lies in (position, part-of-speech tag, the word itself, its
//! neighbours and the last characters of the next words, which announce `…公安局`), and
//! whether a surname starts there. Rules then correct the spans: no entity holds half a
//! pair of brackets, no person has one character or ends on a mark, a space or a joining
//! word between two names parts them (`钱小芊 铁凝`, `李强|同|朔尔茨`), a surname the segmenter cut off joins its name and a title's last character leaves it, transliterated
//! names are kept whole (and a foreign name split in two joined, one cut before `尔`
//! given its letter back), and a person's name repeated in Latin letters in brackets is
//! a person too. A [`NameDictionary`] (a gazetteer) can add dictionary-match features;
//! the shipped model uses none. Traditional text is tagged through its
//! simplified view, which has the same character offsets.
//!
//! # The model and how to regenerate it
//!
//! `model/ner.bin.zst` is trained on the People's Daily January 1998 part-of-speech
//! corpus (PFR, MIT licence), whose word tags are turned into entities by the rules of
//! `xinwen-ner-train` (`江/nr 泽民/nr` → one person, `延吉市/ns 公安局/n` → one
//! organization, abbreviations `中/j` → place), a crate of its own that the runtime
//! does not depend on, and on four fifths of CLUENER2020 train (Sina news across
//! domains: `name` → person; `organization`, `company`, `government` → organization;
//! `address`, `scene` → place; clubs, films and games no entity), the other fifth held
//! out to measure on (`bench/cluener_split.py`). To regenerate it: `make train-ner`,
//! which runs
//!
//! ```sh
//! python3 bench/cluener_split.py target/cluener
//! cargo run --release -p xinwen-ner-train -- \
//!     ../shared/data/train/pfr_199801_pos.txt --extra target/cluener/cluener_train.bio \
//!     --out crates/xinwen-ner/model/ner.bin.zst
//! ```
//!
//! This takes about 20 seconds on 2 cores and gives an 8.5 MB file (637,000 features,
//! weights quantized to steps of 0.02): the feature table as the tagger uses it,
//! compressed. The build decompresses it (`build.rs`, 23 MB) into the program, so the
//! tagger starts without decoding anything.
//! Adding CLUENER took the held-out CLUENER F1 of people from 0.53 to 0.74 and of
//! organizations from 0.30 to 0.75, MSRA unchanged (0.889 / 0.845 / 0.725). Add `--dev
//! ../shared/data/ner/peoples_daily_1998_dev.bio` to see the development-set scores
//! after each epoch; `bench/score_ner.py` scores the built `xinwen entities` on the test
//! sets and the CLUENER held-out split.
//!
//! Choices measured on the People's Daily development set (F1 person / place /
//! organization): splitting runs of names written without separators (`李/nr 鹏/nr
//! 乔/nr 石/nr` → two people) took MSRA person F1 from 0.70 to 0.88; entities inside
//! PFR words (`访华`, `邓小平理论`, `中医`) and one-character abbreviations gave
//! 0.80 / 0.80 / 0.57 → 0.81 / 0.82 / 0.63; multi-word places (`香港特别行政区`) and
//! session ordinals (`第九届全国人民代表大会`), organization-ending look-ahead features,
//! joining a place or organization directly followed by an organization, and a bias
//! towards starting people and organizations brought it to 0.83 / 0.83 / 0.67.

mod brackets;
mod chars;
mod codec;
pub mod context;
pub mod features;
pub mod hash;
pub mod model;
mod name_starts;
mod org_ending;
mod rules;
mod span;
mod tagger;
mod transliteration;
pub mod weights;

pub use chars::{CharClass, fold_width};
pub use codec::{decode as decode_model, encode as encode_model, read_static as read_model};
pub use context::{CutWord, NameDictionary};
pub use org_ending::is_org_ending;
pub use span::{LABELS, Label, NerKind, NerSpan, labels_of, spans_of};
pub use tagger::NerTagger;
pub use transliteration::is_joiner;
