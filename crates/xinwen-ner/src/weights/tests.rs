//! The feature table: every key found, no other; edge tables.
use super::*;
use crate::hash::KeyBuilder;

#[test]
fn finds_every_key_and_no_other() {
    let keys: Vec<u64> = (0..5000u64)
        .map(|i| KeyBuilder::new(1).num(i).key())
        .collect();
    let table = FeatureWeights::quantize(
        keys.iter()
            .enumerate()
            .map(|(i, &k)| (k, [i as f32; LABELS])),
        1.0,
    )
    .unwrap();
    assert_eq!(table.len(), 5000);
    for (i, k) in keys.iter().enumerate() {
        assert_eq!(table.get(*k).map(|s| s[0]), Some(i as i16));
    }
    for i in 5000..6000u64 {
        assert!(table.get(KeyBuilder::new(1).num(i).key()).is_none());
    }
    assert!(table.get(0).is_none() && table.get(u64::MAX).is_none());
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(table.iter().map(|(k, _)| k).collect::<Vec<_>>(), sorted);
}

#[test]
fn edge_tables() {
    let empty = FeatureWeights::default();
    assert!(empty.is_empty() && empty.get(7).is_none());
    let one = FeatureWeights::quantize([(u64::MAX, [0.5; LABELS])], 0.25).unwrap();
    assert_eq!(one.get(u64::MAX).map(|s| s[0]), Some(2));
    assert_eq!(one.scores(u64::MAX).map(|s| s[0]), Some(0.5));
    let repeated = FeatureWeights::quantize([(3, [1.0; LABELS]), (3, [2.0; LABELS])], 1.0);
    let repeated = repeated.unwrap();
    assert_eq!(
        (repeated.len(), repeated.get(3).map(|s| s[0])),
        (1, Some(2))
    );
    assert!(FeatureWeights::from_sorted(vec![2, 1], vec![[0; LABELS]; 2], 1.0).is_none());
    assert!(FeatureWeights::quantize([(1, [1e9; LABELS])], 0.02).is_err());
    assert!(FeatureWeights::quantize([(1, [1.0; LABELS])], 0.0).is_err());
}
