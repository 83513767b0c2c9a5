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

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub other_language: i32,
}

crate::weights_reader!(Weights { other_language: "otherLanguage" });

impl Default for Weights {
    fn default() -> Self {
        Weights { other_language: -15 }
    }
}

/// Languages by their ISO 639-1 code, in English (a reason says "Arabic", not "ar"); the web's
/// most used. Another code is shown as it is.
const NAMES: &str = "ar Arabic|bg Bulgarian|bn Bengali|ca Catalan|cs Czech|da Danish|de German|el Greek|en English|es Spanish|et Estonian|fa Persian|fi Finnish|fr French|he Hebrew|hi Hindi|hr Croatian|hu Hungarian|id Indonesian|it Italian|ja Japanese|ko Korean|lt Lithuanian|lv Latvian|ms Malay|my Burmese|nb Norwegian|nl Dutch|no Norwegian|pl Polish|pt Portuguese|ro Romanian|ru Russian|sk Slovak|sl Slovenian|sr Serbian|sv Swedish|th Thai|tr Turkish|uk Ukrainian|ur Urdu|vi Vietnamese|zh Chinese";

/// The English name of a language code ("ar" → "Arabic"), else the code.
fn name(code: &str) -> &str {
    NAMES.split('|').find_map(|e| e.split_once(' ').filter(|(c, _)| c.eq_ignore_ascii_case(code)).map(|(_, n)| n)).unwrap_or(code)
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let profile = input.profile;
    let lang = primary_lang(&input.snapshot.lang).to_ascii_lowercase();
    if !profile.languages.is_empty() && !lang.is_empty() && !profile.languages.contains(&lang) {
        let yours: Vec<&str> = profile.languages.iter().map(|l| name(l)).collect();
        let reason = format!("the page is in {}; you publish in {}", name(&lang), yours.join(", "));
        out.push(FACTOR.contribution(w.other_language, lang, reason));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn languages_are_named_in_words() {
        assert_eq!(super::name("ar"), "Arabic");
        assert_eq!(super::name("ZH"), "Chinese");
        assert_eq!(super::name("gsw"), "gsw", "an unlisted code is shown as it is");
        assert_eq!(super::name(""), "");
    }
}
