//! The user's profile: who "my site" is. Stored by the options page, merged over defaults.
//! Link quality does not depend on it; prospect suitability (relevance, unlinked mentions, link
//! intersect) does, and says what it cannot judge when a field is empty.

use serde::{Deserialize, Serialize};

use crate::scoring::LinkWeights;

/// Version of the stored profile format (bumped with a migration on incompatible changes).
pub const PROFILE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Profile {
    pub version: u32,
    /// My site's registrable domains (`example.com`).
    pub my_domains: Vec<String>,
    /// My brand names as people write them ("Acme Tools").
    pub brands: Vec<String>,
    /// Competitors' registrable domains.
    pub competitors: Vec<String>,
    /// Niche keywords ("sourdough", "bread baking").
    pub keywords: Vec<String>,
    /// A short description of my site's topic, in my words.
    pub topic: String,
    /// Languages I publish in (primary subtags: "en", "de").
    pub languages: Vec<String>,
    /// Scoring weights; defaults unless the user tuned them.
    pub weights: LinkWeights,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            version: PROFILE_VERSION,
            my_domains: Vec::new(),
            brands: Vec::new(),
            competitors: Vec::new(),
            keywords: Vec::new(),
            topic: String::new(),
            languages: Vec::new(),
            weights: LinkWeights::default(),
        }
    }
}
