//! Character references (`&amp;`, `&copy`, `&#20013;`, `&#x4E2D;`), read as html5ever
//! reads them: the longest name of the entity table that the text starts with, a name
//! without `;` left alone in an attribute value when a letter, digit or `=` follows, code
//! points out of range or of the C1 controls mapped as the standard says.

use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};

use memchr::memchr;

use super::fallback::{Fallback, Read, slice};

/// The characters a reference stands for (one or two).
pub(super) type Chars = [Option<char>; 2];

/// The reference whose name starts at `from` (just after `&`): its characters and where
/// the text goes on after it, or `None` when the `&` is only an ampersand (the text goes
/// on after the `&`). A reference cut off by the end of the page is read as far as it
/// goes, as html5ever reads it.
pub(super) fn read(html: &str, from: usize, in_attribute: bool) -> Read<Option<(Chars, usize)>> {
    let rest = html.get(from..).unwrap_or("");
    match rest.as_bytes().first() {
        None => Ok(None),
        Some(b'#') => numeric(rest, from),
        Some(c) if c.is_ascii_alphanumeric() => named(rest, from, in_attribute),
        Some(_) => Ok(None),
    }
}

fn named(rest: &str, from: usize, in_attribute: bool) -> Read<Option<(Chars, usize)>> {
    let mut found: Option<((u32, u32), usize)> = None;
    let mut tried = rest.char_indices();
    let next_after = loop {
        let Some((i, c)) = tried.next() else {
            // the page ends in the name: the longest name found stands
            break None;
        };
        let name = rest.get(..i + c.len_utf8()).unwrap_or("");
        match NAMED_ENTITIES.get(name) {
            Some(&entity) if entity.0 != 0 => found = Some((entity, name.len())),
            Some(_) => {}
            None => break Some(c),
        }
    };
    let Some(((first, second), len)) = found else {
        return Ok(None);
    };
    // the character after the longest name found (the names are ASCII)
    let next_after = rest
        .get(len..)
        .and_then(|r| r.chars().next())
        .or(next_after);
    let ends_with_semicolon = rest.as_bytes().get(len.saturating_sub(1)) == Some(&b';');
    if !ends_with_semicolon
        && in_attribute
        && next_after.is_some_and(|c| c == '=' || c.is_ascii_alphanumeric())
    {
        return Ok(None);
    }
    let chars = [
        char::from_u32(first),
        char::from_u32(second).filter(|_| second != 0),
    ];
    Ok(Some((chars, from + len)))
}

fn numeric(rest: &str, from: usize) -> Read<Option<(Chars, usize)>> {
    let bytes = rest.as_bytes();
    let (base, mut at) = match bytes.get(1) {
        None => return Ok(None),
        Some(b'x' | b'X') => (16, 2),
        Some(_) => (10, 1),
    };
    let (mut number, mut too_big, mut digits) = (0u32, false, 0);
    let digit_at = |at: usize| {
        (bytes.get(at).filter(|b| b.is_ascii())).and_then(|&b| char::from(b).to_digit(base))
    };
    while let Some(digit) = digit_at(at) {
        number = number.wrapping_mul(base);
        too_big |= number > 0x10_FFFF;
        number = number.wrapping_add(digit);
        digits += 1;
        at += 1;
    }
    if digits == 0 {
        return Ok(None);
    }
    if bytes.get(at) == Some(&b';') {
        at += 1;
    }
    let c = match number {
        n if n > 0x10_FFFF || too_big => '\u{FFFD}',
        0 | 0xD800..=0xDFFF => '\u{FFFD}',
        0x80..=0x9F => (C1_REPLACEMENTS
            .get((number - 0x80) as usize)
            .copied()
            .flatten())
        .or_else(|| char::from_u32(number))
        .unwrap_or('\u{FFFD}'),
        n => char::from_u32(n).unwrap_or('\u{FFFD}'),
    };
    Ok(Some(([Some(c), None], from + at)))
}

/// Gives the text of the reference whose `&` is at `at` to `emit` (its characters, or
/// the `&` alone) and returns where the text goes on.
pub(super) fn emit_one(
    html: &str,
    at: usize,
    in_attribute: bool,
    emit: &mut impl FnMut(&str),
) -> Read<usize> {
    match read(html, at + 1, in_attribute)? {
        Some((chars, end)) => {
            let mut buffer = [0u8; 8];
            let mut len = 0;
            for c in chars.into_iter().flatten() {
                len += c.encode_utf8(&mut buffer[len..]).len();
            }
            emit(std::str::from_utf8(&buffer[..len]).unwrap_or("\u{FFFD}"));
            Ok(end)
        }
        None => {
            emit("&");
            Ok(at + 1)
        }
    }
}

/// Gives `html[from..to]` to `emit` in pieces, its character references read (text,
/// RCDATA or, with `in_attribute`, an attribute's value).
pub(super) fn emit_region(
    html: &str,
    from: usize,
    to: usize,
    in_attribute: bool,
    emit: &mut impl FnMut(&str),
) -> Read<()> {
    let mut at = from;
    while at < to {
        let region = html.as_bytes().get(at..to).unwrap_or_default();
        let Some(k) = memchr(b'&', region) else {
            emit(slice(html, at, to)?);
            break;
        };
        if k > 0 {
            emit(slice(html, at, at + k)?);
        }
        at = emit_one(html, at + k, in_attribute, emit)?;
        if at > to {
            return Err(Fallback("a reference past the end of its text"));
        }
    }
    Ok(())
}
