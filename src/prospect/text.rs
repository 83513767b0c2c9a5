//! Text analysis for prospect relevance: turns page and profile text into comparable terms.
//!
//! **What it does.** An [`Analyzer`] for one language splits text at Unicode word boundaries
//! (UAX #29, `unicode-segmentation`), lowercases, keeps words that contain a letter, drops that
//! language's stop words and stems what is left with that language's Snowball stemmer
//! (`rust-stemmers`). French and Italian elisions (`l'amour`, `dell'arte`) lose their article.
//! Stemmed: en, de, fr, es, pt, it, nl, sv, da, no ([`STEMMED_LANGUAGES`]); stop words also for
//! fi. The stop-word lists are the Snowball project's (as in the NLTK corpus), embedded from
//! `stopwords/`: the `stop-words` crate links all 33 of its lists into the Wasm (+63 KB gz).
//!
//! **Why it matters for link value.** Relevance compares the page's words with the user's
//! keywords; without stemming "breads" never meets "bread" and "Brote" never meets "Brot", and
//! without stop words a page full of "the" and "und" looks like it shares vocabulary with any
//! profile.
//!
//! **Language choice.** The language is the primary subtag of a BCP 47 tag (`de-AT` → `de`).
//! An empty tag (most pages that omit `lang` are English) gets the English analyzer. A tag we
//! know but cannot stem (`fi`) gets its stop words and no stemming; a tag we do not know at all
//! (`und`) gets English stop words and no stemming (an English stemmer would mangle words of
//! another language, and English stop words alone are harmless). The same analyzer must be used
//! on both sides of a comparison.
//!
//! **Chinese and Japanese.** UAX #29 makes each Han ideograph and each hiragana a word of its own,
//! so "新能源汽车" would be five one-character terms that almost any Chinese page has. A run of
//! such characters is read as its overlapping pairs instead ("新能", "能源", "源汽", "汽车"), as
//! search engines without a dictionary do (Lucene's CJK bigram filter): a two-character word, the
//! commonest length in Chinese, is one term, a longer one is on a page only when all its pairs are,
//! and a pair across two words ("源汽") is rarely on a page that does not hold the phrase. A
//! character alone between punctuation stays one term. A Korean word (Hangul syllables, which
//! UAX #29 keeps together up to a space) is read in pairs too: its particles and endings are
//! written onto it ("의료기기를"), so its pairs hold "의료기기" where the whole word would not.
//! Katakana comes out of UAX #29 as whole runs and is read as words.
//!
//! **Blind spots.** No decompounding (German "Sauerteigbrot" stays one term; relevance adds a
//! bounded prefix/suffix match for compounding languages); no lemmatisation of irregular forms
//! beyond what Snowball does; no dictionary for Chinese or Japanese (pairs, above); Thai, written
//! without spaces, comes out one run per phrase; pure numbers and single ASCII letters are
//! dropped.

use std::borrow::Cow;

use hashbrown::HashSet;
use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

/// Longest word kept, in bytes: longer "words" are URLs, hashes or junk, and stemming them is
/// wasted work.
pub const MAX_WORD_BYTES: usize = 64;

/// Most terms one call returns: the first ~8,000 words of a page say what it is about, and a
/// 200,000-character page (about 20,000 terms) cost the popup ~15 ms more on the 3,000-link bench page.
pub const MAX_TERMS: usize = 8_000;

/// A language's tokeniser, stop-word filter and stemmer. Cheap to build (a set of ~200 words).
///
/// ```
/// use backlink_bot::prospect::text::Analyzer;
/// let en = Analyzer::new("en-GB");
/// assert_eq!(en.terms("The breads of the bakers"), vec!["bread", "baker"]);
/// ```
pub struct Analyzer {
    lang: &'static str,
    stemmer: Option<Stemmer>,
    stop: HashSet<&'static str>,
    elision: bool,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("lang", &self.lang)
            .field("stems", &self.stemmer.is_some())
            .field("stop_words", &self.stop.len())
            .finish()
    }
}

/// Languages we stem (primary subtags).
pub const STEMMED_LANGUAGES: &[&str] = &["en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no"];

/// The Snowball stemmer for a code. One literal arm per language: `Stemmer::create` is a `match`
/// over all 18 algorithms, and calling it with a constant lets the optimiser keep only the
/// stemmers named here out of the Wasm (measured: all 18 cost ~100 KB gzipped).
fn stemmer_for(code: &str) -> Option<(&'static str, Stemmer)> {
    Some(match code {
        "en" => ("en", Stemmer::create(Algorithm::English)),
        "de" => ("de", Stemmer::create(Algorithm::German)),
        "fr" => ("fr", Stemmer::create(Algorithm::French)),
        "es" => ("es", Stemmer::create(Algorithm::Spanish)),
        "pt" => ("pt", Stemmer::create(Algorithm::Portuguese)),
        "it" => ("it", Stemmer::create(Algorithm::Italian)),
        "nl" => ("nl", Stemmer::create(Algorithm::Dutch)),
        "sv" => ("sv", Stemmer::create(Algorithm::Swedish)),
        "da" => ("da", Stemmer::create(Algorithm::Danish)),
        "no" => ("no", Stemmer::create(Algorithm::Norwegian)),
        _ => return None,
    })
}

/// The primary subtag of a language tag, lowercased and mapped to the code our tables use
/// (`nb`/`nn` → `no`). `""` for an empty or malformed tag.
pub fn primary_subtag(tag: &str) -> String {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
    if primary.is_empty() || primary.len() > 8 || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return String::new();
    }
    let primary = primary.to_ascii_lowercase();
    match primary.as_str() {
        "nb" | "nn" => "no".to_string(),
        _ => primary,
    }
}

/// The stop-word list (one word a line) for a code, or None. See `stopwords/README.md`.
fn stop_list(code: &str) -> Option<&'static str> {
    use crate::tables::*;
    Some(match code {
        "en" => stopwords_en(),
        "de" => stopwords_de(),
        "fr" => stopwords_fr(),
        "es" => stopwords_es(),
        "pt" => stopwords_pt(),
        "it" => stopwords_it(),
        "nl" => stopwords_nl(),
        "sv" => stopwords_sv(),
        "da" => stopwords_da(),
        "no" => stopwords_no(),
        "fi" => stopwords_fi(),
        _ => return None,
    })
}

impl Analyzer {
    /// The analyzer for a language tag (`"de"`, `"pt-BR"`, `""`). Never fails: see the module
    /// header for the fallbacks.
    pub fn new(tag: &str) -> Analyzer {
        let code = primary_subtag(tag);
        let code = if code.is_empty() { "en".to_string() } else { code };
        if let Some((lang, stemmer)) = stemmer_for(&code) {
            return Analyzer::build(lang, Some(stemmer), stop_list(lang));
        }
        match stop_list(&code) {
            Some(list) => {
                let lang = STOP_ONLY.iter().copied().find(|c| *c == code).unwrap_or("und");
                Analyzer::build(lang, None, Some(list))
            }
            None => Analyzer::build("und", None, stop_list("en")),
        }
    }

    /// The English analyzer (stop words and Porter2 stemming).
    pub fn english() -> Analyzer {
        Analyzer::new("en")
    }

    fn build(lang: &'static str, stemmer: Option<Stemmer>, stop: Option<&'static str>) -> Analyzer {
        let stop = stop.unwrap_or("").lines().map(str::trim).filter(|w| !w.is_empty()).collect();
        Analyzer { lang, stemmer, stop, elision: matches!(lang, "fr" | "it" | "ca") }
    }

    /// The language code this analyzer stands for (`"en"`, `"de"`…), or `"und"` when the tag was
    /// unknown (English stop words, no stemming).
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// True when this analyzer stems.
    pub fn stems(&self) -> bool {
        self.stemmer.is_some()
    }

    /// True when `word` (lowercase) is a stop word of this language.
    pub fn is_stop_word(&self, word: &str) -> bool {
        self.stop.contains(word)
    }

    /// The terms of `text`, in order, at most [`MAX_TERMS`].
    pub fn terms(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.for_each_term(text, |term| {
            out.push(term.to_string());
            true
        });
        out
    }

    /// Calls `f` with each term of `text` in order until it returns false or [`MAX_TERMS`]
    /// terms were produced. Returns how many terms were produced.
    pub fn for_each_term(&self, text: &str, mut f: impl FnMut(&str) -> bool) -> usize {
        self.walk(text, &mut f)
    }

    /// [`Analyzer::for_each_term`]'s body, not generic: one copy in the Wasm for every caller.
    fn walk(&self, text: &str, f: &mut dyn FnMut(&str) -> bool) -> usize {
        let mut count = 0;
        let mut lower = String::new();
        let mut pair = String::new();
        let mut give = |term: &str| {
            count += 1;
            f(term) && count < MAX_TERMS
        };
        pieces(text, &mut |piece| match piece {
            Piece::Run(run) => each_pair(run, &mut pair, &mut give),
            Piece::Word(word) => {
                if word.len() > MAX_WORD_BYTES {
                    return true;
                }
                lower.clear();
                lower.extend(word.chars().flat_map(char::to_lowercase));
                let mut word = lower.as_str();
                if self.elision {
                    word = strip_elision(word);
                }
                // English possessives ("baker's") and stray apostrophes.
                word = word.trim_end_matches("'s").trim_end_matches("’s").trim_matches(['\'', '’']);
                if !keep(word) || self.stop.contains(word) {
                    return true;
                }
                let term: Cow<str> = match &self.stemmer {
                    Some(stemmer) => stemmer.stem(word),
                    None => Cow::Borrowed(word),
                };
                term.is_empty() || give(&term)
            }
        });
        count
    }
}

/// A piece of text as it is read: a word, or a run of pair-read characters side by side.
enum Piece<'a> {
    Word(&'a str),
    Run(&'a str),
}

/// Calls `f` with the pieces of `text` in order until it returns false. Every reader walks text
/// through this one function (a `dyn` callback: one copy of the word-boundary machine in the Wasm).
fn pieces(text: &str, f: &mut dyn FnMut(Piece) -> bool) {
    // The byte span of the run being read.
    let mut run: Option<(usize, usize)> = None;
    let give_run = |run: &mut Option<(usize, usize)>, f: &mut dyn FnMut(Piece) -> bool| match run.take() {
        Some((start, end)) => f(Piece::Run(text.get(start..end).unwrap_or_default())),
        None => true,
    };
    for (at, word) in text.unicode_word_indices() {
        let one = single_char(word);
        if one.is_some_and(|c| reads_in_pairs(c) && !is_particle(c)) {
            match run {
                Some((start, end)) if end == at => run = Some((start, at + word.len())),
                _ => {
                    if !give_run(&mut run, f) {
                        return;
                    }
                    run = Some((at, at + word.len()));
                }
            }
            continue;
        }
        // A Korean word: its syllables in pairs too, so "의료기기" is found in "의료기기를"
        // (particles and endings are written onto the word).
        let piece = if word.chars().all(is_hangul) { Piece::Run(word) } else { Piece::Word(word) };
        if !give_run(&mut run, f) || (!one.is_some_and(is_particle) && !f(piece)) {
            return;
        }
    }
    give_run(&mut run, f);
}

/// The one character `word` is, if it is one.
fn single_char(word: &str) -> Option<char> {
    let mut chars = word.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// True for the characters UAX #29 cuts one by one and that are read in pairs: Han ideographs
/// (the unified blocks, extension A and beyond, the compatibility block) and hiragana.
fn reads_in_pairs(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// True for a Hangul syllable: UAX #29 keeps a Korean word whole, and it is read in pairs too.
fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// True when `term` is a pair of pair-read characters or Hangul syllables, as
/// [`Analyzer::for_each_term`] gives a run of them.
pub fn is_pair(term: &str) -> bool {
    let in_pairs = |c: char| reads_in_pairs(c) || is_hangul(c);
    let mut chars = term.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some(b), None) if in_pairs(a) && in_pairs(b))
}

/// True when the pair `next` starts with the character the pair `before` ends with: two pairs of
/// one run.
pub fn follows(before: &str, next: &str) -> bool {
    before.chars().nth(1).is_some_and(|c| next.starts_with(c))
}

/// The genitive particles, Chinese 的 and Japanese の, the commonest characters of their texts: a
/// run is cut there and the particle is no term ("国际时事的评论" reads "国际", "际时", "时事", "评论",
/// not "事的", "的评").
fn is_particle(c: char) -> bool {
    matches!(c, '的' | 'の')
}

/// The words of `text` that `keep` keeps, joined by one space, except that pair-read characters
/// side by side in `text` stay side by side: "新能源汽车" stays one run to be read in pairs, where
/// a plain join would cut it into five characters.
pub fn join_words(text: &str, mut keep: impl FnMut(&str) -> bool) -> String {
    let mut out = String::new();
    pieces(text, &mut |piece| {
        let (Piece::Word(word) | Piece::Run(word)) = piece;
        if matches!(piece, Piece::Run(_)) || keep(word) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        true
    });
    out
}

/// The topic words of `text`: its words, with a run of pair-read characters given as its pairs
/// ("电动汽车" → "电动", "动汽", "汽车"), the units the analyzer reads it in.
pub fn topic_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut pair = String::new();
    pieces(text, &mut |piece| {
        match piece {
            Piece::Word(word) => out.push(word.to_string()),
            Piece::Run(run) => {
                each_pair(run, &mut pair, &mut |p| {
                    out.push(p.to_string());
                    true
                });
            }
        }
        true
    });
    out
}

/// Calls `f` with the pairs of a run ("电动汽车" → "电动", "动汽", "汽车"), or with its character
/// when it has only one, each written in `pair`, until `f` returns false; returns false then.
fn each_pair(run: &str, pair: &mut String, f: &mut dyn FnMut(&str) -> bool) -> bool {
    let mut chars = run.chars();
    let Some(mut last) = chars.next() else { return true };
    let mut alone = true;
    for c in chars {
        alone = false;
        pair.clear();
        pair.extend([last, c]);
        last = c;
        if !f(pair) {
            return false;
        }
    }
    pair.clear();
    pair.push(last);
    !alone || f(pair)
}

/// Languages with stop words but no stemmer in our table.
const STOP_ONLY: &[&str] = &["fi"];

/// Primary subtags that name no language: BCP 47's private use (`x-default`, which site builders
/// copy from `hreflang` into `<html lang>`) and irregular (`i-…`) prefixes, `und`
/// (undetermined), `zxx` (no linguistic content), `mul` (several), `mis` (uncoded).
const NO_LANGUAGE: &[&str] = &["x", "i", "und", "zxx", "mul", "mis"];

/// Words of a page's text read to tell its language: enough running prose, bounded work.
const LANGUAGE_SAMPLE_WORDS: usize = 600;

/// The language a page is written in, as the lowercase primary subtag of a language tag: the one
/// it declares (`<html lang>`), unless its text plainly reads as another language we hold stop
/// words for. Site builders declare a site-wide language whatever a page holds (a Wix blog in
/// English that says `pt`, a Spanish newsroom's pages that say `en`, an English release on a
/// German finance site that says `de`: 8 of the development set's 1,159 pages with text), and a
/// declared code that names no language (`x-default`) says nothing.
///
/// "Plainly": among the text's first [`LANGUAGE_SAMPLE_WORDS`] words (30 at least), a fifth
/// are stop words of one language (running prose in English has about two in five) and the
/// declared language's stop words are under half as many. Close languages (Spanish and
/// Portuguese, the Scandinavian ones) share too many stop words to pass that margin against each
/// other, so a declared one stands. Blind spots: only the 11 languages with stop-word lists can
/// be read from the text; a page whose text is mostly another language's quotes or menus reads
/// as that language.
pub fn page_language(declared: &str, text: &str) -> String {
    let code = crate::signals::primary_lang(declared).to_ascii_lowercase();
    let code = if NO_LANGUAGE.contains(&code.as_str()) { String::new() } else { code };
    let words: Vec<String> =
        text.unicode_words().filter(|w| w.chars().any(char::is_alphabetic)).take(LANGUAGE_SAMPLE_WORDS).map(str::to_lowercase).collect();
    if words.len() < 30 {
        return code;
    }
    // The stop-word sets, built once: every analysis asks.
    static SETS: std::sync::OnceLock<Vec<(&'static str, HashSet<&'static str>)>> = std::sync::OnceLock::new();
    let sets = SETS.get_or_init(|| {
        STEMMED_LANGUAGES
            .iter()
            .chain(STOP_ONLY)
            .filter_map(|&c| stop_list(c).map(|list| (c, list.lines().map(str::trim).filter(|w| !w.is_empty()).collect())))
            .collect()
    });
    let share = |stop: &HashSet<&str>| words.iter().filter(|w| stop.contains(w.as_str())).count() as f32 / words.len() as f32;
    let declared = primary_subtag(&code);
    let own = sets.iter().find(|(c, _)| *c == declared).map_or(0.0, |(_, stop)| share(stop));
    // Prose in the declared language (most pages): no language's stop words make up twice as
    // much of any text, so the others need not be counted.
    if own >= 0.3 {
        return code;
    }
    let best = sets.iter().map(|(c, stop)| (*c, share(stop))).fold(None, |best: Option<(&str, f32)>, (c, s)| if best.is_some_and(|(_, b)| b >= s) { best } else { Some((c, s)) });
    match best {
        Some((text_code, s)) if s >= 0.2 && own < s / 2.0 && text_code != declared => text_code.to_string(),
        _ => code,
    }
}

/// `l'amour` → `amour`, `dell'arte` → `arte`, `qu'il` → `il`: drops a short elided article or
/// pronoun before an apostrophe.
fn strip_elision(word: &str) -> &str {
    if let Some(i) = word.find(['\'', '’']) {
        let (head, tail) = word.split_at(i);
        let tail = tail.trim_start_matches(['\'', '’']);
        if head.chars().count() <= 5 && !tail.is_empty() {
            return tail;
        }
    }
    word
}

/// A word is kept when it has a letter and is more than one ASCII character.
fn keep(word: &str) -> bool {
    if word.is_empty() || !word.chars().any(char::is_alphabetic) {
        return false;
    }
    !(word.len() == 1 && word.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "This is the rice I make when I want something quick for dinner. It is easy to make with \
        a bag of frozen rice, and you can add any of the spices that you have in the pantry. I like to serve it \
        with beans and a bit of lime on the side, but it is just as good on its own.";
    const PORTUGUESE: &str = "O governo anunciou nesta terça-feira que as obras do novo hospital vão começar em janeiro, e que \
        os trabalhos serão feitos em duas etapas para que o centro não deixe de atender os pacientes da região. \
        Segundo o ministro, o projeto estará pronto antes do fim do próximo ano.";
    const NORWEGIAN: &str = "Regjeringen sa tirsdag at arbeidet med det nye sykehuset skal starte i januar, og at det skal \
        gjøres i to trinn slik at pasientene i området fortsatt kan få hjelp. Ifølge ministeren skal prosjektet \
        være ferdig før slutten av neste år, men det er ikke sikkert at alle er enige i det.";

    #[test]
    fn a_page_is_in_the_language_it_declares_unless_its_text_plainly_says_otherwise() {
        assert_eq!(page_language("pt", ENGLISH), "en", "a Wix blog in English that declares Portuguese");
        assert_eq!(page_language("x-default", ENGLISH), "en", "a code that names no language");
        assert_eq!(page_language("en-US", PORTUGUESE), "pt");
        assert_eq!(page_language("pt-BR", PORTUGUESE), "pt");
        assert_eq!(page_language("DE", ENGLISH.split_at(40).0), "de", "too few words to overrule the tag");
        assert_eq!(page_language("x-default", "Rice"), "", "nothing to read and no language declared");
        assert_eq!(page_language("und", ""), "");
        assert_eq!(page_language("ja", "東京の新しい病院は一月に開きます"), "ja", "no stop-word list reads it: the tag stands");
        assert_eq!(page_language("", ENGLISH), "en");
        // Close languages share stop words: a declared one is not overruled by a neighbour.
        assert_eq!(page_language("nb", NORWEGIAN), "nb");
        assert_eq!(page_language("da", NORWEGIAN), "da");
        assert_eq!(page_language("es", PORTUGUESE), "es");
    }

    #[test]
    fn english_tokenises_drops_stop_words_and_stems() {
        let en = Analyzer::new("en");
        assert_eq!(en.terms("Baking the Best Sourdough Breads!"), vec!["bake", "best", "sourdough", "bread"]);
        assert_eq!(en.terms("The baker's ovens, at 250°C."), vec!["baker", "oven"]);
    }

    #[test]
    fn numbers_and_single_letters_are_dropped() {
        let en = Analyzer::new("en");
        assert_eq!(en.terms("2024 x 3 3d printing 1,000"), vec!["3d", "print"]);
    }

    #[test]
    fn german_stems_inflections() {
        let de = Analyzer::new("de-DE");
        assert_eq!(de.lang(), "de");
        assert_eq!(de.terms("Die Brote und der Sauerteig"), vec!["brot", "sauerteig"]);
        assert_eq!(de.terms("Brot"), de.terms("Brotes"));
    }

    #[test]
    fn the_seven_main_languages_stem() {
        for (tag, a, b) in [
            ("en", "connection", "connected"),
            ("de", "Häuser", "Häusern"),
            ("fr", "boulangerie", "boulangeries"),
            ("es", "panaderías", "panadería"),
            ("pt", "receitas", "receita"),
            ("it", "ricette", "ricetta"),
            ("nl", "broden", "brood"),
        ] {
            let an = Analyzer::new(tag);
            assert!(an.stems(), "{tag}");
            assert_eq!(an.terms(a), an.terms(b), "{tag}: {a} vs {b}");
        }
    }

    #[test]
    fn chinese_and_japanese_runs_are_read_in_pairs() {
        let zh = Analyzer::new("zh-CN");
        assert_eq!(zh.terms("新能源汽车，电池。车"), ["新能", "能源", "源汽", "汽车", "电池", "车"]);
        assert_eq!(zh.terms("华为Mate20X手机"), ["华为", "mate20x", "手机"]);
        // Kanji and hiragana in pairs; a katakana word is one term, as UAX #29 gives it.
        assert_eq!(Analyzer::new("ja").terms("東京の天気 コーヒー"), ["東京", "天気", "コーヒー"], "cut at the particle");
        assert_eq!(Analyzer::new("ja").terms("ありがとう"), ["あり", "りが", "がと", "とう"]);
        assert_eq!(zh.terms("国际时事的评论"), ["国际", "际时", "时事", "评论"]);
        // Any analyzer reads them so: an English page quoting Chinese, an English profile.
        assert_eq!(Analyzer::english().terms("the 汽车 show"), ["汽车", "show"]);
        // Korean: each word's syllables in pairs, never across the space.
        assert_eq!(Analyzer::new("ko").terms("의료기기를 꼭 인증"), ["의료", "료기", "기기", "기를", "꼭", "인증"]);
        assert_eq!(zh.terms(&"汽".repeat(3 * MAX_TERMS)).len(), MAX_TERMS, "bounded");
    }

    #[test]
    fn joined_and_topic_words_keep_a_run_of_characters_whole() {
        assert_eq!(join_words("新能源汽车 and the 充电桩", |w| w != "the"), "新能源汽车 and 充电桩");
        assert_eq!(join_words("新能源 汽车", |_| true), "新能源 汽车", "a space between runs stays");
        assert_eq!(topic_words("电动汽车评测 site"), ["电动", "动汽", "汽车", "车评", "评测", "site"]);
        assert_eq!(topic_words("车、船"), ["车", "船"]);
        assert_eq!(topic_words("中国的博客"), ["中国", "博客"]);
        assert!(is_pair("汽车") && !is_pair("车") && !is_pair("ab") && !is_pair("汽车站"));
    }

    #[test]
    fn french_elision_and_stop_words() {
        let fr = Analyzer::new("fr");
        assert_eq!(fr.terms("l'amour du pain"), fr.terms("amour pain"));
    }

    #[test]
    fn unknown_and_empty_tags_fall_back() {
        let empty = Analyzer::new("");
        assert_eq!(empty.lang(), "en");
        assert!(empty.stems());
        let unknown = Analyzer::new("xx-YY");
        assert_eq!(unknown.lang(), "und");
        assert!(!unknown.stems());
        assert_eq!(unknown.terms("The breads"), vec!["breads"]);
        assert_eq!(Analyzer::new("nb-NO").lang(), "no");
        assert_eq!(Analyzer::new("fi").lang(), "fi");
        assert!(!Analyzer::new("fi").stems());
        assert!(Analyzer::new("fi").is_stop_word("ja"));
    }

    #[test]
    fn embedded_stop_lists_are_clean() {
        for code in STEMMED_LANGUAGES.iter().chain(STOP_ONLY) {
            let list = stop_list(code).unwrap_or("");
            let words: Vec<&str> = list.lines().collect();
            assert!(words.len() > 40, "{code}");
            for w in words {
                assert_eq!(w, w.trim().to_lowercase(), "{code}: {w:?}");
            }
        }
        assert!(Analyzer::new("de").is_stop_word("und"));
        assert!(!Analyzer::new("de").is_stop_word("brot"));
    }

    #[test]
    fn primary_subtag_is_strict() {
        assert_eq!(primary_subtag(" pt_BR "), "pt");
        assert_eq!(primary_subtag("EN"), "en");
        assert_eq!(primary_subtag("e1"), "");
        assert_eq!(primary_subtag(""), "");
    }

    #[test]
    fn hostile_input_is_bounded_and_never_panics() {
        let long_word = "a".repeat(200_000);
        for tag in ["en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "fi", "ru", "ja"] {
            let an = Analyzer::new(tag);
            assert!(an.terms(&long_word).is_empty());
            let mixed = "Ǆungla ﬁne İstanbul ΣΊΣΥΦΟΣ Straße naïve cœur ß ǅ 𝔘𝔫𝔦 éé ÿ́ ‘’' '' ''s ﷺ ᾗ ";
            let _ = an.terms(&mixed.repeat(50));
        }
        let many = "word ".repeat(60_000);
        assert_eq!(Analyzer::new("en").terms(&many).len(), MAX_TERMS);
    }

    #[test]
    fn deterministic() {
        let an = Analyzer::new("de");
        let text = "Sauerteigbrot backen: Roggen, Weizen und Dinkel im Vergleich";
        assert_eq!(an.terms(text), an.terms(text));
    }
}
