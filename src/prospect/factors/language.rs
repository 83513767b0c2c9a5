//! `language` — is the page in a language the user publishes in?
//!
//! Measures: the page's primary language subtag (`<html lang>`) against the profile's languages.
//! Why: a link from a page in another language sends no relevant readers and reads as unnatural.
//! Blind spots: many pages declare no language or the wrong one (then nothing is said); a
//! multilingual site's other-language page may still be a fine prospect for a translation.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;
use crate::signals::primary_lang;

pub const FACTOR: Judgement = Judgement {
    id: "language",
    title: "Language",
    description: "Whether the page is in one of the languages you publish in (from your profile).",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Weights {
    pub other_language: i32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { other_language: -15 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let profile = input.profile;
    let lang = primary_lang(&input.snapshot.lang).to_ascii_lowercase();
    if !profile.languages.is_empty() && !lang.is_empty() && !profile.languages.contains(&lang) {
        let reason = format!("the page is in {lang}; you publish in {}", profile.languages.join(", "));
        out.push(FACTOR.contribution(w.other_language, lang, reason));
    }
}
