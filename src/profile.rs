//! The user's profile: who "my site" is. Stored by the options page, merged over defaults.
//! Link quality does not depend on it; prospect suitability (relevance, unlinked mentions, link
//! intersect) will.

use serde::{Deserialize, Serialize};

use crate::scoring::LinkWeights;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Profile {
    /// Scoring weights; defaults unless the user tuned them.
    pub weights: LinkWeights,
}
