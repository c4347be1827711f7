//! A fast reader of the tokens the blocks need, with html5ever as the reference.
//!
//! html5ever's tokenizer steps through a page a character at a time, through a queue of
//! buffers, and copies every character of every tag into a growing string: on news pages
//! that is most of the time spent on a page. This reader follows the same states of the
//! WHATWG tokenizer over the page's bytes, searching for the next character that can
//! change the state instead of stepping, and hands out slices of the page:
//!
//! - text, with character references (`&amp;`, `&#x4E2D;`, `&copy`) read exactly as
//!   html5ever reads them ([`char_ref`]);
//! - start and end tags with their attributes (ASCII letters lowered, later duplicates
//!   dropped) ([`tag`]);
//! - comments, doctypes and bogus comments, which give no token the blocks use
//!   ([`markup`]);
//! - the content of `<script>` (its escapes, `<!--` and a `<script>` inside one,
//!   followed), of raw-text elements (`<style>`, `<noscript>`, …) and of `<title>` and
//!   `<textarea>` (character references read), up to its end tag.
//!
//! What it does not read, it gives up on ([`Fallback`]), and the page is read by
//! html5ever: a NUL, `<plaintext>`, a declaration (`<!…`) cut off by the end of the page.
//! A line break written `\r\n` or `\r` is `\n`, as the tokenizer's input stream makes
//! it. The tokens are the same either way, which a differential test (`tests.rs`) and
//! the `html` fuzz target check.

mod char_ref;
mod fallback;
mod markup;
mod tag;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use memchr::{memchr, memchr2};

use super::events::Events;
use super::script;
use super::tags::{Content, content_of};
pub(super) use fallback::Fallback;
use fallback::{Read, slice};

/// Reads the tokens of `html` into `events`; on `Err` the events given so far are to
/// be thrown away and the page read by html5ever.
pub(super) fn scan<E: Events>(html: &str, events: &mut E) -> Read<()> {
    let html = html.strip_prefix('\u{FEFF}').unwrap_or(html);
    if memchr(0, html.as_bytes()).is_some() {
        return Err(Fallback("a NUL character"));
    }
    let lines: String;
    let html = match memchr(b'\r', html.as_bytes()) {
        Some(first) => {
            lines = line_feeds(html, first);
            &lines
        }
        None => html,
    };
    let mut reader = Reader {
        html,
        at: 0,
        attrs: Vec::new(),
    };
    reader.run(events)
}

/// The page and where reading has got to.
struct Reader<'a> {
    html: &'a str,
    at: usize,
    /// The attributes of the tag being read (kept to reuse their space).
    attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl<'a> Reader<'a> {
    fn run<E: Events>(&mut self, events: &mut E) -> Read<()> {
        let bytes = self.html.as_bytes();
        while let Some(rest) = bytes.get(self.at..).filter(|r| !r.is_empty()) {
            let Some(k) = memchr2(b'<', b'&', rest) else {
                events.text(slice(self.html, self.at, bytes.len())?);
                break;
            };
            if k > 0 {
                events.text(slice(self.html, self.at, self.at + k)?);
            }
            self.at += k;
            if rest.get(k) == Some(&b'&') {
                self.at = char_ref::emit_one(self.html, self.at, false, &mut |t| events.text(t))?;
            } else {
                self.markup(events)?;
            }
        }
        Ok(())
    }

    /// What starts with the `<` at `self.at`.
    fn markup<E: Events>(&mut self, events: &mut E) -> Read<()> {
        let bytes = self.html.as_bytes();
        let at = self.at;
        match bytes.get(at + 1) {
            Some(b'!') => self.at = markup::declaration_end(self.html, at + 2)?,
            Some(b'?') => self.at = markup::bogus_comment_end(bytes, at + 1),
            Some(b'/') => match bytes.get(at + 2) {
                None => {
                    events.text("</");
                    self.at = at + 2;
                }
                Some(b'>') => self.at = at + 3,
                Some(c) if c.is_ascii_alphabetic() => {
                    match tag::read(self.html, at + 2, &mut self.attrs)? {
                        Some((name, _, end)) => {
                            events.end(&name);
                            self.at = end;
                        }
                        None => self.at = bytes.len(),
                    }
                }
                Some(_) => self.at = markup::bogus_comment_end(bytes, at + 2),
            },
            Some(c) if c.is_ascii_alphabetic() => return self.start_tag(events),
            // a `<` that starts nothing (or ends the page) is text
            _ => {
                events.text("<");
                self.at = at + 1;
            }
        }
        Ok(())
    }

    fn start_tag<E: Events>(&mut self, events: &mut E) -> Read<()> {
        let Some((name, self_closing, end)) = tag::read(self.html, self.at + 1, &mut self.attrs)?
        else {
            self.at = self.html.len();
            return Ok(());
        };
        let attrs: Vec<(&str, &str)> = (self.attrs.iter())
            .map(|(k, v)| (k.as_ref(), v.as_ref()))
            .collect();
        events.start(&name, &attrs, self_closing);
        self.at = end;
        let rest = self.html.get(end..).unwrap_or("");
        // where the content ends: at its end tag, else at the end of the page
        let content = content_of(&name, self_closing);
        let k = match content {
            Content::Markup => return Ok(()),
            Content::Plaintext => return Err(Fallback("<plaintext>")),
            Content::Script => script::end_of(rest).unwrap_or(rest.len()),
            Content::Rawtext | Content::Rcdata => {
                markup::end_tag_at(rest, &name).unwrap_or(rest.len())
            }
        };
        if content == Content::Rcdata {
            char_ref::emit_region(self.html, end, end + k, false, &mut |t| events.text(t))?;
        } else if k > 0 {
            events.text(slice(self.html, end, end + k)?);
        }
        self.at = end + k;
        Ok(())
    }
}

/// `html` with each `\r\n` and each other `\r` made `\n` (the first `\r` at `first`).
fn line_feeds(html: &str, first: usize) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let (mut from, mut at) = (0, Some(first));
    while let Some(cr) = at {
        out.push_str(html.get(from..cr).unwrap_or_default());
        out.push('\n');
        from = cr + 1 + usize::from(bytes.get(cr + 1) == Some(&b'\n'));
        at = memchr(b'\r', bytes.get(from..).unwrap_or_default()).map(|k| from + k);
    }
    out.push_str(html.get(from..).unwrap_or_default());
    out
}
