//! The core's word and pattern tables (share endpoints, page-kind words, footprints, stop words…),
//! by name.
//!
//! Compiled in everywhere except the popup (Cargo feature `data-assets`), whose Wasm loads them
//! from `data/tables.txt` as it loads the Public Suffix List: they are data, measured apart from
//! the code, and each row added to a table would otherwise grow the popup's Wasm. `build-intel`
//! writes the asset from this build's own copy, so both read the same bytes.

/// One function per table, so each module links only the tables it reads (the Backlinks page
/// reads the anchor lists, not the stop words); `NAMES` and `ALL` serve the asset.
macro_rules! tables {
    ($($function:ident: $name:literal => $text:expr,)*) => {
        #[cfg(any(test, feature = "data-assets"))]
        const NAMES: &[&str] = &[$($name),*];
        /// Every table with its text: what `bundle` writes.
        #[cfg(not(feature = "data-assets"))]
        const ALL: &[(&str, fn() -> &'static str)] = &[$(($name, $function)),*];
        $(
            pub fn $function() -> &'static str {
                #[cfg(not(feature = "data-assets"))]
                return $text;
                #[cfg(feature = "data-assets")]
                loaded($name)
            }
        )*
    };
}

// The asset build never expands it: its tables come from the asset.
#[cfg_attr(feature = "data-assets", allow(unused_macros))]
macro_rules! out_dir {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $file))
    };
}

// The `OUT_DIR` ones are written by `build.rs` without their `#` comment lines; their sources
// say where each comes from.
tables! {
    share_endpoints: "share-endpoints" => out_dir!("share-endpoints.tsv"),
    utility_endpoints: "utility-endpoints" => out_dir!("utility-endpoints.tsv"),
    badge_targets: "badge-targets" => out_dir!("badge-targets.tsv"),
    share_words: "share-words" => out_dir!("share-words.txt"),
    networks: "networks" => out_dir!("networks.txt"),
    ad_labels: "ad-labels" => out_dir!("ad-labels.txt"),
    native_ad_networks: "native-ad-networks" => out_dir!("native-ad-networks.txt"),
    affiliate: "affiliate" => out_dir!("affiliate.tsv"),
    action_labels: "action-labels" => out_dir!("action-labels.txt"),
    action_addresses: "action-addresses" => out_dir!("action-addresses.tsv"),
    neighbourhood_words: "neighbourhood-words" => out_dir!("neighbourhood-words.tsv"),
    repost: "repost" => out_dir!("repost.tsv"),
    line_labels: "line-labels" => out_dir!("line-labels.tsv"),
    guest_post: "guest-post" => out_dir!("guest-post.tsv"),
    list_invitation: "list-invitation" => out_dir!("list-invitation.tsv"),
    page_names: "page-names" => out_dir!("page-names.tsv"),
    sponsored: "sponsored" => out_dir!("sponsored.tsv"),
    page_kind_words: "page-kind-words" => out_dir!("page-kind-words.tsv"),
    page_kind_hosts: "page-kind-hosts" => out_dir!("page-kind-hosts.tsv"),
    page_kind_docs: "page-kind-docs" => out_dir!("page-kind-docs.tsv"),
    url_shorteners: "url-shorteners" => out_dir!("url-shorteners.txt"),
    placeholder_emails: "placeholder-emails" => out_dir!("placeholder-emails.tsv"),
    desks: "desks" => out_dir!("desks.tsv"),
    free_mail: "free-mail" => out_dir!("free-mail.txt"),
    byline_words: "byline-words" => out_dir!("byline-words.txt"),
    link_page_footprints: "link-page-footprints" => include_str!("../data/footprints/supplemental_link_page_footprints.csv"),
    lighthouse_anchors: "lighthouse-anchors" => include_str!("../data/lighthouse/lighthouse_non_descriptive_link_texts.csv"),
    generic_anchors: "generic-anchors" => include_str!("../data/lighthouse/supplemental_generic_anchor_texts.csv"),
    stopwords_en: "stopwords-en" => include_str!("prospect/stopwords/en.txt"),
    stopwords_de: "stopwords-de" => include_str!("prospect/stopwords/de.txt"),
    stopwords_fr: "stopwords-fr" => include_str!("prospect/stopwords/fr.txt"),
    stopwords_es: "stopwords-es" => include_str!("prospect/stopwords/es.txt"),
    stopwords_pt: "stopwords-pt" => include_str!("prospect/stopwords/pt.txt"),
    stopwords_it: "stopwords-it" => include_str!("prospect/stopwords/it.txt"),
    stopwords_nl: "stopwords-nl" => include_str!("prospect/stopwords/nl.txt"),
    stopwords_sv: "stopwords-sv" => include_str!("prospect/stopwords/sv.txt"),
    stopwords_da: "stopwords-da" => include_str!("prospect/stopwords/da.txt"),
    stopwords_no: "stopwords-no" => include_str!("prospect/stopwords/no.txt"),
    stopwords_fi: "stopwords-fi" => include_str!("prospect/stopwords/fi.txt"),
}

/// Separates the tables in the asset: no table holds a NUL.
const SEPARATOR: char = '\0';

#[cfg(feature = "data-assets")]
static LOADED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// A table from the loaded asset. A read before the popup loaded it is a bug and panics, which
/// ends in the popup's error state.
#[cfg(feature = "data-assets")]
fn loaded(name: &str) -> &'static str {
    let texts = LOADED.get().expect("the data tables were not loaded");
    NAMES.iter().zip(texts).find(|(n, _)| **n == name).map(|(_, text)| *text).expect("a table of NAMES")
}

/// The asset the popup loads: every table after a NUL and its name on a line of its own.
#[cfg(not(feature = "data-assets"))]
pub fn bundle() -> String {
    let mut out = String::new();
    for (name, text) in ALL.iter().map(|(name, text)| (name, text())) {
        assert!(!text.contains(SEPARATOR), "table {name} holds a NUL");
        out.push(SEPARATOR);
        out.push_str(name);
        out.push('\n');
        out.push_str(text);
    }
    out
}

/// Loads the tables from the popup's asset. Loading twice keeps the first; a text that lacks a
/// table is refused (a truncated or older file), and nothing is loaded.
#[cfg(feature = "data-assets")]
pub fn load(asset: String) -> Result<(), String> {
    if LOADED.get().is_some() {
        return Ok(());
    }
    // Read once per popup and kept for its life, as compiled-in tables would be.
    let texts = parse(Box::leak(asset.into_boxed_str()))?;
    let _ = LOADED.set(texts);
    Ok(())
}

/// The tables of an asset, in `NAMES` order; an error names the first one missing.
#[cfg(any(test, feature = "data-assets"))]
fn parse(asset: &str) -> Result<Vec<&str>, String> {
    let parts: Vec<(&str, &str)> = asset.split(SEPARATOR).skip(1).map(|part| part.split_once('\n').unwrap_or((part, ""))).collect();
    NAMES
        .iter()
        .map(|name| parts.iter().find(|(n, _)| n == name).map(|(_, text)| *text).ok_or_else(|| format!("the data tables are incomplete ({name} is missing)")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_there_and_the_bundle_holds_each_once() {
        let bundle = bundle();
        for (name, text) in ALL {
            assert!(!text().trim().is_empty(), "{name} is empty");
            assert_eq!(bundle.matches(&format!("{SEPARATOR}{name}\n")).count(), 1, "{name}");
        }
        assert_eq!(bundle.matches(SEPARATOR).count(), NAMES.len());
    }

    #[test]
    fn the_asset_reads_back_table_for_table_and_a_truncated_one_is_refused() {
        let bundle = bundle();
        assert_eq!(parse(&bundle).unwrap(), ALL.iter().map(|(_, text)| text()).collect::<Vec<_>>());
        let cut = bundle.rfind(SEPARATOR).unwrap();
        let err = parse(&bundle[..cut]).unwrap_err();
        assert!(err.contains(NAMES[NAMES.len() - 1]), "{err}");
        assert!(parse("").is_err());
    }
}
