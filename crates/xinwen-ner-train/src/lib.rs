//! Trains the named-entity model of `xinwen-ner` on the People's Daily January 1998
//! part-of-speech corpus (PFR). The runtime crates do not depend on this one.
//!
//! The stages, in order:
//!
//! 1. [`token`]: the `word/TAG` tokens of a corpus line;
//! 2. [`subword`]: names and abbreviations gathered from the whole corpus, and the
//!    entities inside words (`访华`, `邓小平理论`);
//! 3. [`compound`]: names of several words rebuilt from word tags (`延吉市/ns 公安局/n`
//!    is one organization);
//! 4. [`pfr`]: each line as BIO-labelled training sentences;
//! 5. [`perceptron`]: an averaged structured perceptron over the features of
//!    `xinwen_ner::features`, written as the model file;
//! 6. [`bio`]: BIO test files read and scored (development only).
//!
//! The word lists of these rules are the `ner/` lists of the lexicon. The binary
//! `train_ner` runs them:
//!
//! ```sh
//! cargo run --release -p xinwen-ner-train -- ../shared/data/train/pfr_199801_pos.txt \
//!     --out crates/xinwen-ner/model/ner.bin.zst
//! ```

pub mod bio;
pub mod compound;
pub mod perceptron;
pub mod pfr;
pub mod subword;
pub mod token;
