//! Entity kinds, spans, and the BIO labels the tagger predicts per character.

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerKind {
    /// A person (`江泽民`, `克林顿`).
    Person,
    /// A place (`北京`, `延吉市`, `天安门广场`).
    Place,
    /// An organization (`新华社`, `延吉市公安局`).
    Organization,
}

impl NerKind {
    /// `person`, `place` or `organization`.
    pub fn as_str(self) -> &'static str {
        match self {
            NerKind::Person => "person",
            NerKind::Place => "place",
            NerKind::Organization => "organization",
        }
    }

    /// The kind of a BIO suffix (`PER`, `LOC`, `ORG`).
    pub fn from_bio(suffix: &str) -> Option<NerKind> {
        match suffix {
            "PER" => Some(NerKind::Person),
            "LOC" => Some(NerKind::Place),
            "ORG" => Some(NerKind::Organization),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            NerKind::Person => 0,
            NerKind::Place => 1,
            NerKind::Organization => 2,
        }
    }
}

/// One entity found in a text: characters `start..end` (character offsets, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NerSpan {
    /// What it is.
    pub kind: NerKind,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
}

/// Number of BIO labels: `O` and `B`/`I` for each of the three kinds.
pub const LABELS: usize = 7;

/// A per-character BIO label, as an index `0..LABELS`: 0 is `O`, then `B-PER`,
/// `I-PER`, `B-LOC`, `I-LOC`, `B-ORG`, `I-ORG`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Label(pub u8);

impl Label {
    /// Outside any entity.
    pub const O: Label = Label(0);

    /// The first character of an entity of `kind`.
    pub fn begin(kind: NerKind) -> Label {
        Label(1 + 2 * kind.index() as u8)
    }

    /// A following character of an entity of `kind`.
    pub fn inside(kind: NerKind) -> Label {
        Label(2 + 2 * kind.index() as u8)
    }

    /// The kind of entity this label is part of (`None` for `O`).
    pub fn kind(self) -> Option<NerKind> {
        match self.0 {
            1 | 2 => Some(NerKind::Person),
            3 | 4 => Some(NerKind::Place),
            5 | 6 => Some(NerKind::Organization),
            _ => None,
        }
    }

    /// True for a `B-` label.
    pub fn is_begin(self) -> bool {
        matches!(self.0, 1 | 3 | 5)
    }

    /// True for an `I-` label.
    pub fn is_inside(self) -> bool {
        matches!(self.0, 2 | 4 | 6)
    }

    /// The index of the label, `0..LABELS`.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// Parses `O`, `B-PER`, `I-LOC`, … (anything else is `O`).
    pub fn parse(tag: &str) -> Label {
        let kind = tag.get(2..).and_then(NerKind::from_bio);
        match (tag.get(..2), kind) {
            (Some("B-"), Some(k)) => Label::begin(k),
            (Some("I-"), Some(k)) => Label::inside(k),
            _ => Label::O,
        }
    }

    /// True when `self` may follow `prev` (`None` at the start): an `I-` label only
    /// continues an entity of its own kind.
    pub fn may_follow(self, prev: Option<Label>) -> bool {
        !self.is_inside() || prev.is_some_and(|p| p.kind() == self.kind())
    }
}

/// The entity spans of a BIO label sequence. An `I-` label that does not continue an
/// entity of its kind starts a new one.
pub fn spans_of(labels: &[Label]) -> Vec<NerSpan> {
    let mut spans = Vec::new();
    let mut open: Option<NerSpan> = None;
    for (i, label) in labels.iter().enumerate() {
        let continues = label.is_inside() && open.is_some_and(|s| Some(s.kind) == label.kind());
        if continues {
            continue;
        }
        if let Some(mut s) = open.take() {
            s.end = i;
            spans.push(s);
        }
        if let Some(kind) = label.kind() {
            open = Some(NerSpan {
                kind,
                start: i,
                end: i + 1,
            });
        }
    }
    if let Some(mut s) = open {
        s.end = labels.len();
        spans.push(s);
    }
    spans
}

/// The BIO labels of `len` characters holding `spans` (later spans win on overlap).
pub fn labels_of(spans: &[NerSpan], len: usize) -> Vec<Label> {
    let mut labels = vec![Label::O; len];
    for s in spans.iter().filter(|s| s.start < s.end && s.end <= len) {
        labels[s.start] = Label::begin(s.kind);
        for l in &mut labels[s.start + 1..s.end] {
            *l = Label::inside(s.kind);
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG"];
        let labels: Vec<Label> = tags.iter().map(|t| Label::parse(t)).collect();
        let spans = spans_of(&labels);
        assert_eq!(spans.len(), 4);
        assert_eq!(
            (spans[0].kind, spans[0].start, spans[0].end),
            (NerKind::Person, 0, 2)
        );
        assert_eq!(
            (spans[1].kind, spans[1].start, spans[1].end),
            (NerKind::Place, 3, 4)
        );
        assert_eq!((spans[3].start, spans[3].end), (5, 7));
        assert_eq!(spans_of(&labels_of(&spans, 7)), spans);
    }
}
