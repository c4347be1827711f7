//! Cutting a text into words the way jieba does, over the compiled dictionary.
//!
//! The text is split into blocks of Chinese characters, Latin letters, digits and
//! `+#&._%-`, and single other characters. In a block, every dictionary word starting at
//! each character is found (the word graph), and the cut with the highest product of
//! word probabilities is taken, computed from the end of the block (on a tie, the longer
//! word). Runs of single characters that the dictionary does not join are handed to
//! jieba's hidden Markov model of unknown words (names, new words), which needs no
//! dictionary and loads nothing. Linear in the text, each character starting at most
//! as many walks as the longest dictionary word is long.

use jieba_rs::Jieba;

use super::dictionary::{Entry, WordDictionary};

/// One word of a cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Character offset of the first character in the text cut.
    pub start: usize,
    /// Character offset one past the last.
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset one past the last character.
    pub byte_end: usize,
    /// The dictionary entry, when the cut took the word from the dictionary.
    pub entry: Option<Entry>,
    /// False for a character outside the blocks (punctuation, spaces).
    pub in_block: bool,
}

/// The Unified Ideographs of the extension blocks and the compatibility block.
fn is_cjk_extension(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}')
}

/// A Chinese character of any Unified Ideographs block.
pub fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || is_cjk_extension(c)
}

/// A character that belongs in a block.
fn in_block(c: char) -> bool {
    is_cjk(c) || c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
}

/// A step of the best cut: the word from here to `end` and the score of the rest.
#[derive(Debug, Clone, Copy)]
struct Step {
    score: f64,
    end: usize,
    entry: Option<Entry>,
}

/// Buffers reused from block to block.
#[derive(Debug, Default)]
struct Scratch {
    chars: Vec<(usize, char)>,
    starts: Vec<usize>,
    edges: Vec<(usize, Entry)>,
    route: Vec<Step>,
}

/// Most characters a thread keeps buffers for between cuts (a longer block's are freed).
const KEPT_CHARS: usize = 1 << 16;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Cuts `text` into words, calling `emit` for each in order. `unknown` is an empty
/// jieba instance, whose model of unknown words cuts the runs the dictionary leaves.
/// The buffers are the thread's, reused from cut to cut (a cut inside `emit` gets its own).
pub fn cut(
    dict: &WordDictionary,
    unknown: &Jieba,
    text: &str,
    use_hmm: bool,
    emit: &mut dyn FnMut(Piece),
) {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut s) => {
            cut_with(dict, unknown, text, use_hmm, &mut s, emit);
            if s.chars.capacity() > KEPT_CHARS {
                *s = Scratch::default();
            }
        }
        Err(_) => cut_with(dict, unknown, text, use_hmm, &mut Scratch::default(), emit),
    });
}

fn cut_with(
    dict: &WordDictionary,
    unknown: &Jieba,
    text: &str,
    use_hmm: bool,
    s: &mut Scratch,
    emit: &mut dyn FnMut(Piece),
) {
    let mut chars = text.char_indices().peekable();
    let mut base = 0;
    while let Some(&(_, first)) = chars.peek() {
        let block = in_block(first);
        s.chars.clear();
        while let Some(&(at, c)) = chars.peek() {
            if in_block(c) != block {
                break;
            }
            s.chars.push((at, c));
            chars.next();
        }
        if block {
            cut_block(dict, unknown, text, base, use_hmm, s, emit);
        } else {
            others(&s.chars, base, emit);
        }
        base += s.chars.len();
    }
}

/// Each character outside the blocks is a word, `\r\n` one word.
fn others(chars: &[(usize, char)], base: usize, emit: &mut dyn FnMut(Piece)) {
    let mut i = 0;
    while let Some(&(at, c)) = chars.get(i) {
        let crlf = c == '\r' && chars.get(i + 1).is_some_and(|x| x.1 == '\n');
        let (n, len) = if crlf { (2, 2) } else { (1, c.len_utf8()) };
        emit(Piece {
            start: base + i,
            end: base + i + n,
            byte_start: at,
            byte_end: at + len,
            entry: None,
            in_block: false,
        });
        i += n;
    }
}

/// Cuts one block of `s.chars`, whose first character is character `base` of `text`.
fn cut_block(
    dict: &WordDictionary,
    unknown: &Jieba,
    text: &str,
    base: usize,
    use_hmm: bool,
    s: &mut Scratch,
    emit: &mut dyn FnMut(Piece),
) {
    let Scratch {
        chars,
        starts,
        edges,
        route,
    } = s;
    let n = chars.len();
    starts.clear();
    edges.clear();
    for pos in 0..n {
        starts.push(edges.len());
        dict.words_at(chars, pos, |end, e| edges.push((end, e)));
    }
    starts.push(edges.len());
    let edges_at = |i: usize| edges.get(starts[i]..starts[i + 1]).unwrap_or(&[]);

    let log_total = dict.log_total();
    route.clear();
    route.resize(
        n + 1,
        Step {
            score: 0.0,
            end: n,
            entry: None,
        },
    );
    for i in (0..n).rev() {
        let mut best: Option<Step> = None;
        for &(end, e) in edges_at(i) {
            let score = (e.frequency() as f64).ln() - log_total + route[end].score;
            if best.is_none_or(|b| score > b.score || (score == b.score && end > b.end)) {
                best = Some(Step {
                    score,
                    end,
                    entry: Some(e),
                });
            }
        }
        route[i] = best.unwrap_or(Step {
            score: (0.0 - log_total) + route[i + 1].score,
            end: i + 1,
            entry: None,
        });
    }

    let byte_at = |i: usize| {
        chars
            .get(i)
            .map_or_else(|| chars[n - 1].0 + chars[n - 1].1.len_utf8(), |c| c.0)
    };
    let piece = |x: usize, y: usize, entry| Piece {
        start: base + x,
        end: base + y,
        byte_start: byte_at(x),
        byte_end: byte_at(y),
        entry,
        in_block: true,
    };
    // a run of single characters the dictionary did not join
    let run = |a: usize, b: usize, emit: &mut dyn FnMut(Piece)| {
        if !use_hmm {
            emit(piece(a, b, if b - a == 1 { route[a].entry } else { None }));
        } else if b - a == 1 {
            emit(piece(a, b, route[a].entry));
        } else if !edges_at(a).iter().any(|e| e.0 == b) {
            let from = byte_at(a);
            for t in unknown.cut(text.get(from..byte_at(b)).unwrap_or(""), true) {
                emit(Piece {
                    start: base + a + t.start,
                    end: base + a + t.end,
                    byte_start: from + t.byte_start,
                    byte_end: from + t.byte_end,
                    entry: None,
                    in_block: true,
                });
            }
        } else {
            (a..b).for_each(|x| emit(piece(x, x + 1, route[x].entry)));
        }
    };
    let (mut x, mut left) = (0, None);
    while x < n {
        let Step { end: y, entry, .. } = route[x];
        if y - x == 1 && (use_hmm || chars[x].1.is_ascii_alphanumeric()) {
            left.get_or_insert(x);
        } else {
            if let Some(a) = left.take() {
                run(a, x, emit);
            }
            emit(piece(x, y, entry));
        }
        x = y;
    }
    if let Some(a) = left {
        run(a, n, emit);
    }
}
