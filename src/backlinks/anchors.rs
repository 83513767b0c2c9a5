//! The anchor-text mix of a backlink profile: each anchor as branded, exact match, partial match,
//! generic, naked URL, image/empty, or other — from the profile's brands, domains and keywords and
//! the generic-anchor lists (`data/lighthouse/`, by language).
//!
//! Why: a natural profile is mostly branded and URL anchors; a profile heavy in exact-match
//! commercial anchors is what link schemes look like (Google's spam policies name "links with
//! optimized anchor text"). The usual ranges below are practitioners' rules of thumb, shown as a
//! labelled heuristic, not a threshold Google publishes.
//! Blind spots: a brand that is also a keyword counts as branded; misspelt brands are "other".

use serde::Serialize;

use crate::signals::anchor_text::{is_generic, normalize};
use crate::Profile;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorClass {
    Branded,
    ExactMatch,
    PartialMatch,
    Generic,
    NakedUrl,
    ImageOrEmpty,
    Other,
}

impl AnchorClass {
    pub const ALL: [AnchorClass; 7] = [AnchorClass::Branded, AnchorClass::ExactMatch, AnchorClass::PartialMatch, AnchorClass::Generic, AnchorClass::NakedUrl, AnchorClass::ImageOrEmpty, AnchorClass::Other];

    /// Practitioners' usual share of a natural profile, in percent (a heuristic, labelled so).
    pub const fn usual_range(self) -> (u8, u8) {
        match self {
            AnchorClass::Branded => (30, 60),
            AnchorClass::ExactMatch => (0, 10),
            AnchorClass::PartialMatch => (5, 20),
            AnchorClass::Generic => (5, 25),
            AnchorClass::NakedUrl => (10, 30),
            AnchorClass::ImageOrEmpty => (0, 15),
            AnchorClass::Other => (0, 30),
        }
    }
}

/// What an anchor is classified against: the profile's brands, site names and keywords,
/// normalised once.
pub struct Classifier {
    brands: Vec<String>,
    keywords: Vec<String>,
}

impl Classifier {
    pub fn new(profile: &Profile) -> Classifier {
        let mut brands: Vec<String> = profile.brands.iter().map(|b| normalize(b)).filter(|b| !b.is_empty()).collect();
        // The site's name without its TLD ("crumbandcrust" of crumbandcrust.example) is a brand.
        for domain in &profile.my_domains {
            if let Some(label) = domain.split('.').next().filter(|l| l.len() >= 3) {
                brands.push(label.to_ascii_lowercase());
            }
        }
        let keywords = profile.keywords.iter().map(|k| normalize(k)).filter(|k| !k.is_empty()).collect();
        Classifier { brands, keywords }
    }

    pub fn classify(&self, anchor: &str) -> AnchorClass {
        let text = normalize(anchor);
        if text.is_empty() || text == "(image)" || text == "img" {
            return AnchorClass::ImageOrEmpty;
        }
        let squashed: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
        if self.brands.iter().any(|b| text.contains(b.as_str()) || squashed.contains(&b.replace(' ', ""))) {
            return AnchorClass::Branded;
        }
        if looks_like_url(&text) {
            return AnchorClass::NakedUrl;
        }
        if is_generic(&text, "") {
            return AnchorClass::Generic;
        }
        if self.keywords.contains(&text) {
            return AnchorClass::ExactMatch;
        }
        let words: Vec<&str> = text.split(' ').collect();
        let partial = self.keywords.iter().any(|k| {
            let kw: Vec<&str> = k.split(' ').collect();
            text.contains(k.as_str()) || kw.iter().filter(|w| w.len() > 2 && words.contains(w)).count() * 2 >= kw.len().max(2)
        });
        if partial {
            AnchorClass::PartialMatch
        } else {
            AnchorClass::Other
        }
    }
}

/// `https://x.example/`, `www.x.example`, `x.example/page`: a URL or bare domain as the anchor.
fn looks_like_url(text: &str) -> bool {
    if text.contains(' ') {
        return false;
    }
    text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.") || text.split('/').next().is_some_and(|h| h.contains('.') && h.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_classified_against_the_profile() {
        let profile = Profile { my_domains: vec!["crumbandcrust.example".into()], brands: vec!["Crumb and Crust".into()], keywords: vec!["sourdough starter".into(), "bread baking".into()], ..Profile::default() };
        let c = Classifier::new(&profile);
        let cases = [
            ("Crumb and Crust", AnchorClass::Branded),
            ("the CrumbAndCrust blog", AnchorClass::Branded),
            ("https://crumbandcrust.example/", AnchorClass::Branded),
            ("www.other.example", AnchorClass::NakedUrl),
            ("other.example/page", AnchorClass::NakedUrl),
            ("click here", AnchorClass::Generic),
            ("Sourdough Starter", AnchorClass::ExactMatch),
            ("how to feed a sourdough starter", AnchorClass::PartialMatch),
            ("", AnchorClass::ImageOrEmpty),
            ("a lovely recipe for pancakes", AnchorClass::Other),
        ];
        for (anchor, class) in cases {
            assert_eq!(c.classify(anchor), class, "{anchor:?}");
        }
    }
}
