//! Search mode: a long word also given as the dictionary words inside it, and a Latin
//! token joined by `.`, `_` or `-` also as its parts, as jieba's search mode gives them
//! (`检查指导` → `检查`, `指导`, `检查指导`; `WES-5.4.5` → `WES`, `WES-5.4.5`).

use super::dictionary::WordDictionary;
use super::route::Piece;

/// The marks that join the parts of a Latin token (all ASCII).
const CONNECTORS: &[u8] = b"._-";

fn is_connector(c: char) -> bool {
    u8::try_from(c).is_ok_and(|b| CONNECTORS.contains(&b))
}

/// Calls `emit` with the parts of piece `p` of `text`, then with `p`.
pub fn with_parts(dict: &WordDictionary, text: &str, p: Piece, emit: &mut dyn FnMut(Piece)) {
    let word = text.get(p.byte_start..p.byte_end).unwrap_or("");
    // a byte test: the connectors are ASCII, so no character is decoded
    if word.bytes().any(|b| CONNECTORS.contains(&b)) {
        let (mut offset, mut chars) = (0, 0);
        for part in word.split(is_connector) {
            let n = part.chars().count();
            if part.len() >= 2 && part.bytes().any(|b| b.is_ascii_alphabetic()) {
                emit(Piece {
                    start: p.start + chars,
                    end: p.start + chars + n,
                    byte_start: p.byte_start + offset,
                    byte_end: p.byte_start + offset + part.len(),
                    entry: None,
                    in_block: true,
                });
            }
            offset += part.len() + 1;
            chars += n + 1;
        }
    }
    let n = p.end - p.start;
    if p.in_block && n > 2 {
        // the byte offsets of the word's characters and of its end, read twice in step
        let offsets = || (word.char_indices().map(|(at, _)| at)).chain(std::iter::once(word.len()));
        let mut grams = |len: usize| {
            for (i, (a, b)) in offsets().zip(offsets().skip(len)).enumerate() {
                if word.get(a..b).is_some_and(|g| dict.get(g).is_some()) {
                    emit(Piece {
                        start: p.start + i,
                        end: p.start + i + len,
                        byte_start: p.byte_start + a,
                        byte_end: p.byte_start + b,
                        entry: None,
                        in_block: true,
                    });
                }
            }
        };
        grams(2);
        if n > 3 {
            grams(3);
        }
    }
    emit(p);
}
