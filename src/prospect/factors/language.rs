//! `language` — is the page in a language the user publishes in?
//!
//! Measures: the page's language (`<html lang>`, or its text's when that plainly reads as
//! another: `text::page_language`) against the profile's languages.
//! Why: a link from a page in another language sends no relevant readers and reads as unnatural.
//! Blind spots: the text is read only for the 11 languages with stop-word lists, so a page in
//! another language that declares none, or declares the wrong one, is taken at its word (or
//! nothing is said); a multilingual site's other-language page may still be a fine prospect for
//! a translation.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

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

/// Languages by their ISO 639-1 code, in English (a reason says "Marathi", not "mr"): every
/// code of the standard (the Library of Congress's list, its registration authority), the
/// withdrawn `in`, `iw` and `ji` old pages still declare, and `fil`.
const NAMES: &str = concat!(
    "aa Afar|ab Abkhazian|ae Avestan|af Afrikaans|ak Akan|am Amharic|an Aragonese|ar Arabic|",
    "as Assamese|av Avaric|ay Aymara|az Azerbaijani|ba Bashkir|be Belarusian|bg Bulgarian|bi Bislama|",
    "bm Bambara|bn Bengali|bo Tibetan|br Breton|bs Bosnian|ca Catalan|ce Chechen|ch Chamorro|",
    "co Corsican|cr Cree|cs Czech|cu Church Slavonic|cv Chuvash|cy Welsh|da Danish|de German|",
    "dv Divehi|dz Dzongkha|ee Ewe|el Greek|en English|eo Esperanto|es Spanish|et Estonian|eu Basque|",
    "fa Persian|ff Fulah|fi Finnish|fj Fijian|fo Faroese|fr French|fy Western Frisian|ga Irish|",
    "gd Scottish Gaelic|gl Galician|gn Guarani|gu Gujarati|gv Manx|ha Hausa|he Hebrew|hi Hindi|",
    "ho Hiri Motu|hr Croatian|ht Haitian Creole|hu Hungarian|hy Armenian|hz Herero|ia Interlingua|",
    "id Indonesian|ie Interlingue|ig Igbo|ii Sichuan Yi|ik Inupiaq|in Indonesian|io Ido|is Icelandic|",
    "it Italian|iu Inuktitut|iw Hebrew|ja Japanese|ji Yiddish|jv Javanese|ka Georgian|kg Kongo|",
    "ki Kikuyu|kj Kuanyama|kk Kazakh|kl Kalaallisut|km Khmer|kn Kannada|ko Korean|kr Kanuri|",
    "ks Kashmiri|ku Kurdish|kv Komi|kw Cornish|ky Kyrgyz|la Latin|lb Luxembourgish|lg Ganda|",
    "li Limburgish|ln Lingala|lo Lao|lt Lithuanian|lu Luba-Katanga|lv Latvian|mg Malagasy|",
    "mh Marshallese|mi Maori|mk Macedonian|ml Malayalam|mn Mongolian|mr Marathi|ms Malay|mt Maltese|",
    "my Burmese|na Nauru|nb Norwegian|nd North Ndebele|ne Nepali|ng Ndonga|nl Dutch|",
    "nn Norwegian Nynorsk|no Norwegian|nr South Ndebele|nv Navajo|ny Chichewa|oc Occitan|oj Ojibwa|",
    "om Oromo|or Odia|os Ossetian|pa Punjabi|pi Pali|pl Polish|ps Pashto|pt Portuguese|qu Quechua|",
    "rm Romansh|rn Rundi|ro Romanian|ru Russian|rw Kinyarwanda|sa Sanskrit|sc Sardinian|sd Sindhi|",
    "se Northern Sami|sg Sango|si Sinhala|sk Slovak|sl Slovenian|sm Samoan|sn Shona|so Somali|",
    "sq Albanian|sr Serbian|ss Swati|st Southern Sotho|su Sundanese|sv Swedish|sw Swahili|ta Tamil|",
    "te Telugu|tg Tajik|th Thai|ti Tigrinya|tk Turkmen|tl Tagalog|tn Tswana|to Tongan|tr Turkish|",
    "ts Tsonga|tt Tatar|tw Twi|ty Tahitian|ug Uyghur|uk Ukrainian|ur Urdu|uz Uzbek|ve Venda|",
    "vi Vietnamese|vo Volapük|wa Walloon|wo Wolof|xh Xhosa|yi Yiddish|yo Yoruba|za Zhuang|zh Chinese|",
    "zu Zulu|fil Filipino",
);

/// The English name of a language code ("ar" → "Arabic"), if the code is one.
fn name(code: &str) -> Option<&'static str> {
    NAMES.split('|').find_map(|e| e.split_once(' ').filter(|(c, _)| c.eq_ignore_ascii_case(code)).map(|(_, n)| n))
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let profile = input.profile;
    if profile.languages.is_empty() {
        return;
    }
    let lang = crate::prospect::text::page_language(&input.snapshot.lang, &input.snapshot.text_sample);
    if !lang.is_empty() && !profile.languages.contains(&lang) {
        let yours: Vec<&str> = profile.languages.iter().map(|l| name(l).unwrap_or(l)).collect();
        // A code no standard names ("gsw", a typo) is quoted as the page's, not read as a name;
        // anything longer than a language tag's subtag is not repeated at all.
        let code = (1..=8).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_alphabetic());
        let declared = crate::signals::primary_lang(&input.snapshot.lang).to_ascii_lowercase();
        let page = match name(&lang) {
            // Read from its text: say so, as its tag says otherwise (or nothing).
            Some(n) if declared != lang => match name(&declared) {
                Some(d) => format!("is written in {n} (it declares {d})"),
                None => format!("is written in {n}"),
            },
            Some(n) => format!("is in {n}"),
            None if code => format!("declares its language as “{lang}”"),
            None => "declares a language you do not publish in".to_string(),
        };
        let reason = format!("the page {page}; you publish in {}", yours.join(", "));
        out.push(FACTOR.contribution(w.other_language, lang, reason));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn languages_are_named_in_words() {
        assert_eq!(super::name("ar"), Some("Arabic"));
        assert_eq!(super::name("ZH"), Some("Chinese"));
        assert_eq!(super::name("mr"), Some("Marathi"));
        assert_eq!(super::name("tn"), Some("Tswana"));
        assert_eq!(super::name("iw"), Some("Hebrew"), "a withdrawn code old pages declare");
        assert_eq!(super::name("gsw"), None);
        assert_eq!(super::name(""), None);
        assert_eq!(super::name("Arabic"), None);
    }

    #[test]
    fn the_reason_names_the_language_or_quotes_its_code() {
        use crate::prospect::suitability::prospect;
        use crate::{analyze_with, snapshot::PageSnapshot, Profile};
        let reason = |lang: &str| {
            let page = PageSnapshot { url: "https://site.example/post".into(), lang: lang.into(), ..Default::default() };
            let profile = Profile { keywords: vec!["sourdough".into()], languages: vec!["en".into()], ..Default::default() };
            let report = analyze_with(&page, &profile, None);
            prospect(&page, &report, &profile, 20_000).contributions.iter().find(|c| c.signal == super::FACTOR.id).map(|c| c.reason.to_string())
        };
        assert_eq!(reason("mr-IN").as_deref(), Some("the page is in Marathi; you publish in English"));
        assert_eq!(reason("gsw").as_deref(), Some("the page declares its language as “gsw”; you publish in English"));
        assert_eq!(reason("<b>x</b>").as_deref(), Some("the page declares a language you do not publish in; you publish in English"));
        assert_eq!(reason("en-GB"), None);
        assert_eq!(reason(""), None);
    }

    #[test]
    fn the_language_is_read_from_the_text_when_the_tag_is_plainly_wrong() {
        use crate::prospect::suitability::prospect;
        use crate::{analyze_with, snapshot::PageSnapshot, Profile};
        const ENGLISH: &str = "This is the rice I make when I want something quick for dinner. It is easy to make with \
            a bag of frozen rice, and you can add any of the spices that you have in the pantry. I like to serve it \
            with beans and a bit of lime on the side, but it is just as good on its own.";
        const SPANISH: &str = "El gobierno anunció este martes que las obras del nuevo hospital comenzarán en enero, y que \
            los trabajos se harán en dos etapas para que el centro no deje de atender a los pacientes de la zona. \
            Según el ministro, el proyecto estará listo antes de que termine el año próximo.";
        let reason = |lang: &str, text: &str| {
            let page = PageSnapshot { url: "https://site.example/post".into(), lang: lang.into(), text_sample: text.into(), ..Default::default() };
            let profile = Profile { keywords: vec!["rice".into()], languages: vec!["en".into()], ..Default::default() };
            let report = analyze_with(&page, &profile, None);
            prospect(&page, &report, &profile, 20_000).contributions.iter().find(|c| c.signal == super::FACTOR.id).map(|c| c.reason.to_string())
        };
        // A Wix blog in English that declares Portuguese, a builder's `x-default`: no penalty.
        assert_eq!(reason("pt", ENGLISH), None);
        assert_eq!(reason("x-default", ENGLISH), None);
        assert_eq!(reason("pt", "Arroz mexicano"), Some("the page is in Portuguese; you publish in English".into()), "too little text to tell");
        // A Spanish newsroom's page that declares English.
        assert_eq!(reason("en", SPANISH).as_deref(), Some("the page is written in Spanish (it declares English); you publish in English"));
        assert_eq!(reason("", SPANISH).as_deref(), Some("the page is written in Spanish; you publish in English"));
        assert_eq!(reason("en", ENGLISH), None);
    }
}
