//! Corrections applied to the spans the model predicts.

use crate::context::Context;
use crate::span::{NerKind, NerSpan};

/// Whether adjacent place + organization spans are merged (see [`refine`]).
pub const MERGE_ADJACENT: bool = true;

/// Drops spans that cannot be names (punctuation or spaces only) and joins a place or
/// organization directly followed by an organization into one organization
/// (`美国` + `财政部` → `美国财政部`, `中共` + `十五大` → `中共十五大`), as the
/// training conventions write them.
pub fn refine(ctx: &Context, spans: Vec<NerSpan>) -> Vec<NerSpan> {
    let mut out: Vec<NerSpan> = Vec::with_capacity(spans.len());
    let spans = spans
        .into_iter()
        .filter(|s| s.start < s.end && s.end <= ctx.len())
        .filter(|s| {
            (ctx.classes.get(s.start..s.end))
                .is_some_and(|c| c.iter().any(|&c| c != 'P' && c != 'S'))
        });
    for s in spans {
        if let Some(last) = out.last_mut() {
            let joins = MERGE_ADJACENT
                && last.end == s.start
                && s.kind == NerKind::Organization
                && matches!(last.kind, NerKind::Place | NerKind::Organization);
            if joins {
                last.end = s.end;
                last.kind = NerKind::Organization;
                continue;
            }
        }
        out.push(s);
    }
    out
}
