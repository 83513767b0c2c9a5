//! The data shipped inside the extension, with licence, attribution and date: the options page
//! lists them (licences that require attribution are honoured there), and `data/PROVENANCE.md`
//! says where each file came from.

use serde::{Deserialize, Serialize};

/// One shipped data source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataSource {
    /// Stable id (kebab-case).
    pub id: String,
    pub name: String,
    /// What Backlink Bot uses it for.
    pub used_for: String,
    /// SPDX-style licence id or a short licence name.
    pub licence: String,
    /// The attribution the licence asks for, shown as written.
    pub attribution: String,
    /// When the data was taken (ISO date or year-month).
    pub date: String,
    pub url: String,
}

fn source(id: &str, name: &str, used_for: &str, licence: &str, attribution: &str, date: &str, url: &str) -> DataSource {
    DataSource {
        id: id.into(),
        name: name.into(),
        used_for: used_for.into(),
        licence: licence.into(),
        attribution: attribution.into(),
        date: date.into(),
        url: url.into(),
    }
}

/// The sources compiled into the Wasm core.
pub fn compiled_in() -> Vec<DataSource> {
    vec![
        source(
            "public-suffix-list",
            "Public Suffix List",
            "registrable domains (internal vs external links, hosting platforms)",
            "MPL-2.0",
            "Public Suffix List, © Mozilla Foundation and contributors, Mozilla Public License 2.0",
            "2026-08-19",
            "https://publicsuffix.org/",
        ),
        source(
            "lighthouse-link-texts",
            "Lighthouse non-descriptive link texts",
            "generic anchor texts in 9 languages",
            "Apache-2.0",
            "Lighthouse, Copyright 2017 Google LLC, Apache License 2.0",
            "2025-06-05",
            "https://github.com/GoogleChrome/lighthouse",
        ),
        source(
            "backlink-bot-link-texts",
            "Backlink Bot generic anchor texts",
            "generic anchor texts in 8 more languages",
            "CC0-1.0",
            "Backlink Bot",
            "2026-11",
            "",
        ),
        source(
            "misp-url-shorteners",
            "MISP warning list: URL shorteners",
            "URL shorteners among link destinations",
            "CC0-1.0",
            "MISP warninglists contributors",
            "2026-08",
            "https://github.com/MISP/misp-warninglists",
        ),
        source(
            "interisle-phishing-tlds",
            "Interisle Cybercrime Information Center, phishing landscape reports",
            "TLDs with the highest phishing rates",
            "facts, cited",
            "Interisle Consulting Group, Cybercrime Information Center (cybercrimeinfocenter.org)",
            "2024-05 – 2025-10",
            "https://www.cybercrimeinfocenter.org/",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_compiled_in_source_is_attributed() {
        let sources = compiled_in();
        let mut ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), sources.len(), "ids are unique");
        for s in &sources {
            assert!(!s.licence.is_empty() && !s.attribution.is_empty() && !s.date.is_empty(), "{}", s.id);
        }
    }
}
