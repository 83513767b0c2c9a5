//! `anchor-text` — does the anchor tell readers and search engines what the target is about?
//!
//! Measures: generic phrases ("click here", "read more"; Lighthouse's list in 9 languages plus our
//! supplement in 8 more, chosen by the link's or page's `lang`, all lists when unknown), bare URLs,
//! empty anchors (image links fall back to `alt`, then `title`), exact-match money anchors and
//! over-long anchors.
//! Why: descriptive anchors carry relevance to the target; generic and empty ones carry none;
//! money anchors ("payday loans", "online casino") and keyword-stuffed long anchors are the
//! footprint of paid and manipulative links named in Google's link-spam policies.
//! Sources: Lighthouse `link-text` audit (Apache-2.0, `data/lighthouse/`), our supplement (CC0).
//! Blind spots: exact matching only (a generic phrase with extra words reads as descriptive); the
//! money-term list is ours, short, English-only, and a finance site's "loan" is legitimate.

use hashbrown::HashMap;
use std::sync::OnceLock;

use super::{primary_lang, LinkInput};
use crate::judgement::Judgement;
use crate::report::{AnchorSource, Contribution};

pub const SIGNAL: Judgement = Judgement {
    id: "anchor-text",
    title: "Anchor text",
    description: "Whether the anchor describes its target: generic phrases, bare URLs, empty anchors, money keywords, over-long anchors.",
};

/// Lighthouse's `nonDescriptiveLinkTexts` (`lang,language_name,text`), Apache-2.0.
fn lighthouse_csv() -> &'static str {
    crate::tables::lighthouse_anchors()
}
/// Our supplement for languages Lighthouse lacks (`lang,text,note`), CC0.
fn supplement_csv() -> &'static str {
    crate::tables::generic_anchors()
}

/// Single words that mark commercial / spammy anchors (ours; English).
fn is_money_term(word: &str) -> bool {
    matches!(
        word,
        "casino" | "casinos" | "gambling" | "betting" | "bet" | "sportsbook" | "poker" | "slots"
            | "roulette" | "payday" | "loan" | "loans" | "viagra" | "cialis" | "levitra" | "pharmacy"
            | "replica" | "escort" | "escorts" | "porn" | "xxx" | "forex" | "cbd" | "essay" | "essays"
            | "backlinks"
    )
}

const LONG_ANCHOR_WORDS: usize = 15;
const LONG_ANCHOR_CHARS: usize = 120;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub descriptive: i32,
    pub image_alt: i32,
    pub generic: i32,
    pub bare_url: i32,
    pub empty: i32,
    pub title_only: i32,
    pub money: i32,
    pub over_long: i32,
}

crate::weights_reader!(Weights { descriptive: "descriptive", image_alt: "imageAlt", generic: "generic", bare_url: "bareUrl", empty: "empty", title_only: "titleOnly", money: "money", over_long: "overLong" });

impl Default for Weights {
    fn default() -> Self {
        Weights { descriptive: 6, image_alt: 2, generic: -8, bare_url: -3, empty: -12, title_only: -4, money: -15, over_long: -6 }
    }
}

/// Generic phrases → the languages whose list has them.
struct GenericPhrases {
    langs: Vec<&'static str>,
    phrases: HashMap<String, u32>,
}

fn generic_phrases() -> &'static GenericPhrases {
    static TABLE: OnceLock<GenericPhrases> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = GenericPhrases { langs: Vec::new(), phrases: HashMap::new() };
        // Both files: lang first; the phrase is column 2 (Lighthouse) or 1 (supplement). No field
        // contains a comma (checked by a test), so a split is exact.
        let rows = lighthouse_csv().lines().skip(1).filter_map(|l| {
            let mut f = l.split(',');
            Some((f.next()?, f.nth(1)?))
        });
        let rows = rows.chain(supplement_csv().lines().skip(1).filter_map(|l| {
            let mut f = l.split(',');
            Some((f.next()?, f.next()?))
        }));
        for (lang, phrase) in rows {
            let bit = match table.langs.iter().position(|l| *l == lang) {
                Some(i) => i,
                None => {
                    table.langs.push(lang);
                    table.langs.len() - 1
                }
            };
            *table.phrases.entry(normalize(phrase)).or_default() |= 1 << bit;
        }
        table
    })
}

pub(crate) fn warm_up() {
    generic_phrases();
}

/// Lowercased, whitespace-collapsed, with decoration (arrows, quotes, ellipses) trimmed.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let ascii = text.is_ascii();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if ascii {
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    let trimmed = out.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// True when `phrase` (normalized) is generic in `lang`, or in any language when `lang` is
/// unknown or has no list.
pub(crate) fn is_generic(phrase: &str, lang: &str) -> bool {
    let table = generic_phrases();
    let Some(&mask) = table.phrases.get(phrase) else { return false };
    match table.langs.iter().position(|l| l.eq_ignore_ascii_case(lang)) {
        Some(bit) => mask & (1 << bit) != 0,
        None => true,
    }
}

/// The first money term of an anchor as a link's Report carries it ("money anchor"): the fact
/// this signal costs points for, shared with the page's spam-likeness.
pub fn money_term(anchor: &str) -> Option<String> {
    money_term_of(&normalize(anchor)).map(str::to_string)
}

fn money_term_of(phrase: &str) -> Option<&str> {
    phrase.split(|c: char| !c.is_alphanumeric()).find(|word| is_money_term(word))
}

fn is_bare_url(phrase: &str, input: &LinkInput) -> bool {
    phrase.starts_with("http://")
        || phrase.starts_with("https://")
        || phrase.starts_with("www.")
        || phrase == input.url.host()
        || phrase.strip_suffix('/') == Some(input.url.host())
        || phrase == input.site
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    if input.anchor_source == AnchorSource::None {
        out.push(SIGNAL.contribution(w.empty, "empty", "empty anchor: no text, image alt or title to say where it goes"));
        return;
    }
    if input.anchor_source == AnchorSource::Icon {
        out.push(SIGNAL.contribution(w.empty, truncate(input.anchor, 20), "icon link: a symbol with no words (no label, alt or title) to say where it goes"));
        return;
    }
    let phrase = normalize(input.anchor);
    let lang = match primary_lang(&input.link.lang) {
        "" => input.page.lang.as_str(),
        l => l,
    };
    let quoted = || truncate(input.anchor, 60);
    if is_generic(&phrase, lang) {
        out.push(SIGNAL.contribution(w.generic, quoted(), "generic anchor: says nothing about the target"));
    } else if is_bare_url(&phrase, input) {
        out.push(SIGNAL.contribution(w.bare_url, quoted(), "bare URL as anchor: carries no topical relevance"));
    } else {
        match input.anchor_source {
            AnchorSource::ImageAlt => out.push(SIGNAL.contribution(w.image_alt, quoted(), "image link: its alt text is the anchor")),
            AnchorSource::Title => out.push(SIGNAL.contribution(w.title_only, quoted(), "no visible text or alt: only a title attribute describes it")),
            AnchorSource::AriaLabel => out.push(SIGNAL.contribution(w.title_only, quoted(), "a symbol, not words: only its accessible label (aria-label) says where it goes")),
            _ => out.push(SIGNAL.contribution(w.descriptive, quoted(), "descriptive anchor text")),
        }
    }
    if let Some(term) = money_term_of(&phrase) {
        out.push(SIGNAL.contribution(w.money, term.to_string(), "money keyword in the anchor: typical of paid or manipulative links"));
    }
    let words = phrase.split_whitespace().count();
    if words > LONG_ANCHOR_WORDS || phrase.chars().count() > LONG_ANCHOR_CHARS {
        out.push(SIGNAL.contribution(w.over_long, format!("{words} words"), "over-long anchor: reads as keyword stuffing or a whole sentence linked"));
    }
}

/// At most `max_chars` characters, with an ellipsis when cut.
pub(crate) fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => [text.get(..end).unwrap_or(text), "…"].concat(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::test_support::{run, total};

    fn score(text: &str, link_lang: &str, page_lang: &str) -> i32 {
        total(&run(&SIGNAL, |l, p| {
            l.text = text.into();
            l.lang = link_lang.into();
            p.lang = page_lang.into();
        }))
    }

    #[test]
    fn data_files_have_no_commas_inside_fields() {
        for line in lighthouse_csv().lines().skip(1) {
            assert_eq!(line.split(',').count(), 3, "{line}");
        }
        for line in supplement_csv().lines().skip(1) {
            assert_eq!(line.split(',').count(), 3, "{line}");
        }
        assert_eq!(lighthouse_csv().lines().skip(1).count(), 87);
    }

    #[test]
    fn generic_phrases_by_language() {
        assert_eq!(score("Click here", "", "en"), -8);
        assert_eq!(score("  Read more »", "", ""), -8);
        assert_eq!(score("weiterlesen", "", "de"), -8);
        assert_eq!(score("Pincha aquí", "es-MX", "en"), -8);
        assert_eq!(score("続きを読む", "", "ja"), -8);
        // "hier" is generic in German and Dutch lists only: not on an English page.
        assert_eq!(score("hier", "", "en"), 6);
        assert_eq!(score("hier", "", "de"), -8);
        // Unknown language: every list applies.
        assert_eq!(score("hier", "", ""), -8);
    }

    #[test]
    fn descriptive_bare_url_and_fallbacks() {
        assert_eq!(score("The 2024 sourdough hydration study", "", "en"), 6);
        assert_eq!(score("https://www.example.org/guide", "", "en"), -3);
        assert_eq!(score("www.example.org", "", "en"), -3);
        let alt = run(&SIGNAL, |l, _| {
            l.text = String::new();
            l.image_alt = "Example logo".into();
            l.has_image = true;
        });
        assert_eq!(total(&alt), 2);
        let title = run(&SIGNAL, |l, _| {
            l.text = String::new();
            l.title = "Example".into();
        });
        assert_eq!(total(&title), -4);
        let empty = run(&SIGNAL, |l, _| l.text = String::new());
        assert_eq!(total(&empty), -12);
    }

    #[test]
    fn money_and_over_long_anchors() {
        assert_eq!(score("Best online casino bonuses", "", "en"), 6 - 15);
        assert_eq!(score("Cheap VIAGRA", "", "en"), 6 - 15);
        assert_eq!(score("casinos", "", "en"), 6 - 15);
        assert_eq!(score("Bethany's garden", "", "en"), 6, "no partial-word match");
        let long = "word ".repeat(16);
        assert_eq!(score(&long, "", "en"), 6 - 6);
    }
}
