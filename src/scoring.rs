//! The sum that turns link signals' contributions into a 0–100 score. The weights config,
//! [`LinkWeights`], is generated from the signal registry (`signals/mod.rs`).

use crate::report::Contribution;
pub use crate::signals::LinkWeights;
use crate::signals::{LinkInput, LINK_SIGNALS};

/// Runs every link signal and returns the score (the starting points plus the contributions' sum,
/// clamped to 0–100) with the contributions that make it.
pub fn score_link(input: &LinkInput, weights: &LinkWeights) -> (u8, Vec<Contribution>) {
    let mut contributions = Vec::with_capacity(8);
    for signal in LINK_SIGNALS {
        (signal.evaluate)(input, weights, &mut contributions);
    }
    (crate::judgement::score_of(weights.base.0, &contributions), contributions)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by tests/fuzz.rs: a stored profile with weights near i32::MAX overflowed the sum
    /// (a panic with overflow checks, a wrapped score without).
    #[test]
    fn extreme_weights_saturate() {
        use crate::snapshot::{LinkContext, LinkObservation, PageSnapshot, Region};
        let mut weights = LinkWeights { base: crate::signals::base::Weights(i32::MAX), ..LinkWeights::default() };
        weights.rel.followed = i32::MAX;
        weights.placement.content_paragraph = i32::MAX;
        let page = PageSnapshot {
            url: "https://blog.example.com/post".into(),
            links: vec![LinkObservation {
                href: "https://en.wikipedia.org/wiki/Bread".into(),
                
                text: "bread".into(),
                region: Region::Main,
                context: LinkContext::Paragraph,
                ..Default::default()
            }],
            ..Default::default()
        };
        let profile = crate::Profile { weights: weights.clone(), ..Default::default() };
        assert_eq!(crate::analyze(&page, &profile).links[0].score, Some(100));
        weights.base.0 = i32::MIN;
        weights.rel.followed = i32::MIN;
        weights.placement.content_paragraph = 0;
        let profile = crate::Profile { weights, ..Default::default() };
        assert_eq!(crate::analyze(&page, &profile).links[0].score, Some(0));
    }

    #[test]
    fn weights_merge_over_defaults() {
        let w: LinkWeights = serde_json::from_str(r#"{"base": 40, "rel": {"followed": 30}}"#).unwrap();
        assert_eq!(w.base.0, 40);
        assert_eq!(w.rel.followed, 30);
        assert_eq!(w.rel.nofollow, crate::signals::rel::Weights::default().nofollow);
        assert_eq!(w.placement, crate::signals::placement::Weights::default());
    }
}
