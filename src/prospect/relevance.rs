//! Relevance: how closely this page's subject matches the user's niche.
//!
//! **What it measures.** The page's title, headings and main text against the profile's keywords
//! and topic description, after the same language analysis on both sides ([`Analyzer`]: UAX #29
//! words, stop words, Snowball stems). The page is analysed in its own language
//! (`snapshot.lang`, English when absent); each profile phrase is analysed with that language's
//! analyzer and, when the page is not English, also with the English one (profiles are often
//! written in English), and the better reading counts.
//!
//! **Why it predicts link value.** A link from a page on the same topic passes more value, is
//! more likely to be clicked, and is far easier to get: the editor can see why the link belongs.
//! Off-topic links are what link farms sell.
//!
//! **Model: BM25 over one fielded document (BM25F-style), no corpus IDF.** We see one page, so
//! there is no collection to take document frequencies from, and cosine similarity against a
//! short query is dominated by the page's vocabulary size. BM25's term-frequency saturation and
//! length normalization do what we need without a collection:
//! - the document: title terms count ×3, heading terms ×2, text terms ×1 (weighted term
//!   frequency `tf`, weighted length `dl`);
//! - per profile term `t`: `tf·(k1+1)/(tf + k1·(1−b+b·dl/avgdl)) / (k1+1)`, which is in 0–1
//!   (k1 = 1.2, b = 0.75; `avgdl` is a typical article's weighted length, [`AVG_DOC_LEN`]);
//! - the profile's keywords are, by construction, the user's discriminative terms;
//! - the built-in background stands in for IDF: stop words never reach the model, and a short
//!   list of words found on pages of every topic ([`GENERIC_WORDS`]: "blog", "tips", "home"…)
//!   weighs a quarter of other terms;
//! - a keyword phrase scores the weighted mean of its terms ("bread baking" on a page that only
//!   says "bread" gets half); the topic description is one item, the weighted mean over all its
//!   words with the denominator capped at five words (a long description is not diluted), so
//!   generic words in it cannot carry a page alone;
//! - the page score is `0.6 × best item + 0.4 × mean of the best three items`: a page needs to be
//!   about one of my topics, not all of them, and breadth adds a little.
//!
//! A keyword "appears" (and lifts the keywords-in-part cap) when every word of it that names a
//! subject is on the page; the generic words need not be ("net neutrality explained" on a page
//! about net neutrality). [`GENERIC_WORDS`] holds the search-intent words for that ("explained",
//! "course", "services", "consulting").
//!
//! For compounding languages (de, nl, sv, da, no, fi) a profile stem of 4+ characters that begins
//! or ends a longer page term ("brot" in "sauerteigbrot") counts at half weight.
//!
//! Pages shorter than `avgdl` are normalized as if `avgdl` long: a short sample is mostly
//! boilerplate, and one mention in it should not look like a page about the term.
//!
//! **Blind spots.** No synonyms or semantics ("loaf" is not "bread"); no phrase proximity (the
//! terms of "bread baking" may sit far apart); a page stuffed with the keywords scores as well as
//! a good one (spam signals judge that); the text sample is capped by the extractor; languages
//! without a stemmer match exact forms only.

use hashbrown::HashMap;
use serde::{Deserialize, Serialize};

use super::factors::ProspectInput;
use crate::judgement::Judgement;
use crate::profile::Profile;
use crate::report::Contribution;
use crate::prospect::text::{self, Analyzer};
use crate::snapshot::PageSnapshot;

/// BM25 term-frequency saturation.
pub const K1: f32 = 1.2;
/// BM25 length normalization.
pub const B: f32 = 0.75;
/// A typical page's weighted length in terms (≈ 800 words of text, half of them stop words, plus
/// title and headings).
pub const AVG_DOC_LEN: f32 = 450.0;
/// Field weights.
pub const TITLE_WEIGHT: f32 = 3.0;
pub const HEADING_WEIGHT: f32 = 2.0;
pub const TEXT_WEIGHT: f32 = 1.0;
/// Weight of a compound-part match ("brot" inside "sauerteigbrot").
pub const COMPOUND_WEIGHT: f32 = 0.5;
/// Most matched terms reported.
pub const MAX_MATCHED: usize = 8;

const MAX_KEYWORDS: usize = 100;
/// Languages of the profile whose stop words are read as grammar in its keywords.
const MAX_LANGUAGES: usize = 4;
const MAX_KEYWORD_CHARS: usize = 100;
const MAX_TOPIC_CHARS: usize = 2_000;
const MAX_HEADINGS: usize = 500;
/// A long topic description is not diluted beyond this many (weighted) words.
const TOPIC_WORDS_CAP: f32 = 5.0;
/// Weight of a generic web word ([`GENERIC_WORDS`]) in a phrase or the topic.
pub const GENERIC_WEIGHT: f32 = 0.25;

/// The built-in background: words that appear on a large share of all pages whatever their topic
/// (our list: English, and a searcher's words in ten European languages, Chinese and Japanese).
/// They count at [`GENERIC_WEIGHT`], standing in for the low IDF a corpus would give them.
pub const GENERIC_WORDS: &[&str] = &[
    "blog", "blogs", "post", "posts", "article", "articles", "page", "pages", "site", "website", "home",
    "homepage", "tip", "tips", "guide", "guides", "best", "top", "new", "news", "free", "online", "info",
    "information", "help", "learn", "read", "more", "contact", "welcome", "click", "share", "comment",
    "comments", "subscribe", "newsletter", "privacy", "policy", "cookies", "terms", "login", "sign", "search",
    "menu", "latest", "popular", "related", "category", "tag", "archive", "review", "reviews", "list", "ideas",
    "way", "ways", "thing", "things", "make", "use", "get", "good", "great", "easy", "simple", "people", "time",
    "year", "day", "world", "life", "everything", "all", "stuff", "resources", "community", "company",
    // How a searcher asks, whatever the subject: "net neutrality explained", "danish pronunciation
    // course", "web performance consulting".
    // (One form of each: the analyzer stems "courses" and "course" alike.)
    "explained", "analysis", "updates", "course", "class", "lesson", "service", "consulting", "app", "tool",
    "comparison", "cheap", "affordable", "buy", "hire", "near", "expert", "agency",
    // The same in the European languages of the profiles blind round 53's labellers typed
    // ("dry aged beef online kaufen", "køb vin online", "acheter farine en ligne suisse",
    // "japanse mayonaise kopen"): buying, ordering, price and delivery, cheap, best, easy, advice
    // and reviews. German, French, Spanish, Italian, Portuguese, Dutch, Danish, Norwegian,
    // Swedish, Polish.
    "kaufen", "bestellen", "günstig", "billig", "beste", "angebot", "preis", "kostenlos", "lieferung",
    "beratung", "einfach", "schnell", "tipps", "vergleich", "anleitung",
    "acheter", "achat", "cher", "meilleur", "ligne", "livraison", "prix", "gratuit", "conseils",
    "facile", "rapide", "comparatif",
    "comprar", "barato", "mejor", "envío", "precio", "gratis", "consejos", "fácil", "opiniones",
    "comprare", "acquistare", "economico", "migliore", "spedizione", "prezzo", "consigli", "recensioni",
    "melhor", "preço", "grátis", "dicas", "entrega",
    "kopen", "goedkoop", "prijs", "makkelijk", "advies", "bezorgen",
    "køb", "kjøp", "köp", "billige", "tilbud", "erbjudande", "bedste", "bästa", "pris", "levering",
    "kupić", "tanio", "najlepszy", "porady",
    // The same in Chinese and Japanese, as searchers there type them ("香港留学申请", "儿童GPS定位器
    // 哪个好", "地理信息系统教程"): read in character pairs, so a word is generic when its pairs are.
    "网站", "博客", "文章", "首页", "新闻", "最新", "免费", "在线", "推荐", "最好", "大全", "教程", "攻略",
    "指南", "技巧", "方法", "如何", "怎么", "哪个好", "哪家好", "对比", "比较", "排行", "排名", "评测", "测评",
    "价格", "多少钱", "入门", "分析", "解读", "查询", "下载", "申请", "办理", "服务", "公司", "经验",
    "おすすめ", "比較", "ランキング", "口コミ", "評判", "使い方", "安い", "人気", "無料",
];

/// An analyzer with the stems of [`GENERIC_WORDS`] under it.
struct Reading {
    analyzer: Analyzer,
    generic: hashbrown::HashSet<String>,
}

impl Reading {
    fn new(analyzer: Analyzer) -> Reading {
        let generic = GENERIC_WORDS.iter().flat_map(|w| analyzer.terms(w)).collect();
        Reading { analyzer, generic }
    }
}
/// Page terms a compound-part lookup may add up (bounded on hostile pages).
const MAX_COMPOUND_HITS: usize = 200;

/// How relevant the page is to the profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Relevance {
    /// 0 (unrelated) to 1 (squarely on topic).
    pub score: f32,
    /// The profile's keywords and topic words found on the page, wholly or in part, as the user
    /// wrote them, best first, at most [`MAX_MATCHED`].
    pub matched: Vec<String>,
    /// Of those, the keywords every word of which is on the page (the only ones a reason may say
    /// "appear"), best first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub whole: Vec<String>,
    /// The keywords only some words of which are on the page ("gulf … recovery" on a page with
    /// "Gulf" alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partly: Vec<String>,
    /// The topic description's words on the page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topic: Vec<String>,
    /// False when the profile has no keyword or topic word to check (then `score` is 0 and means
    /// nothing).
    pub checked: bool,
}

/// The relevance of `page` to `profile`.
///
/// ```
/// use backlink_bot::prospect::relevance::relevance;
/// use backlink_bot::{PageSnapshot, Profile};
/// let page = PageSnapshot { title: "Sourdough bread".into(), ..Default::default() };
/// let profile = Profile { keywords: vec!["sourdough".into()], ..Default::default() };
/// let r = relevance(&page, &profile);
/// assert!(r.checked && r.score > 0.5);
/// assert_eq!(r.matched, vec!["sourdough"]);
/// ```
pub fn relevance(page: &PageSnapshot, profile: &Profile) -> Relevance {
    let page_reading = Reading::new(Analyzer::new(&text::page_language(&page.lang, &page.text_sample)));
    let doc = Document::build(page, &page_reading.analyzer);
    let english = (page_reading.analyzer.lang() != "en").then(|| Reading::new(Analyzer::english()));
    let analyzers: Vec<Reading> = std::iter::once(page_reading).chain(english).collect();
    let mut items: Vec<f32> = Vec::new();
    // (score, order, as written, what it is)
    let mut found: Vec<(f32, usize, String, Found)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    // The keywords and topic are written in the user's languages: their stop words there ("de"
    // in "matériel de boulangerie") are grammar even when the page is read in another language.
    let grammar: Vec<Analyzer> = profile.languages.iter().take(MAX_LANGUAGES).map(|l| Analyzer::new(l)).collect();
    let is_grammar = |word: &str| grammar.iter().any(|a| a.terms(word).is_empty());
    let content_words = |phrase: &str| text::join_words(phrase, |w| !is_grammar(w));

    for keyword in profile.keywords.iter().take(MAX_KEYWORDS) {
        let keyword = keyword.trim();
        if keyword.is_empty() || keyword.chars().count() > MAX_KEYWORD_CHARS {
            continue;
        }
        let key = keyword.to_lowercase();
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let words = content_words(keyword);
        if let Some(score) = doc.phrase_score(&words, &analyzers) {
            items.push(score);
            if score > 0.0 {
                let kind = if doc.has_every_term(&words, &analyzers) { Found::Whole } else { Found::Partly };
                found.push((score, found.len(), keyword.to_string(), kind));
            }
        }
    }

    let topic: String = profile.topic.chars().take(MAX_TOPIC_CHARS).collect();
    let (mut topic_sum, mut topic_weights) = (0.0f32, 0.0f32);
    let mut topic_words: Vec<String> = Vec::new();
    let units = text::topic_words(&topic);
    for word in &units {
        let word = word.as_str();
        let key = word.to_lowercase();
        if topic_words.contains(&key) {
            continue;
        }
        topic_words.push(key.clone());
        // A stop word in either reading ("and" on a French page) is grammar, not topic.
        if is_grammar(word) || analyzers.iter().any(|r| r.analyzer.terms(word).is_empty()) {
            continue;
        }
        if let Some((sum, weights)) = doc.phrase_parts(word, &analyzers) {
            topic_sum += sum;
            topic_weights += weights;
            let score = sum / weights;
            if score > 0.0 && !seen.contains(&key) {
                seen.push(key);
                found.push((score, found.len(), word.to_string(), Found::Topic));
            }
        }
    }
    // A pair across two topic words found on either side of it ("理芯" between "推理" and "芯片")
    // is no word of the user's: it counts, but is not named.
    let on_page = |w: &str| found.iter().any(|f| f.3 == Found::Topic && f.2 == w);
    let bridges: Vec<&str> = units
        .windows(3)
        .filter_map(|w| match w {
            [a, b, c] if [a, b, c].iter().all(|u| text::is_pair(u)) && text::follows(a, b) && text::follows(b, c) && [a, b, c].iter().all(|u| on_page(u)) => Some(b.as_str()),
            _ => None,
        })
        .collect();
    found.retain(|f| f.3 != Found::Topic || !bridges.contains(&f.2.as_str()));
    if topic_weights > 0.0 {
        items.push((topic_sum / topic_weights.min(TOPIC_WORDS_CAP)).min(1.0));
    }

    if items.is_empty() {
        return Relevance { checked: false, ..Relevance::default() };
    }
    let best = items.iter().copied().fold(0.0f32, f32::max);
    let score = (0.6 * best + 0.4 * mean_of_best(&mut items, 3)).clamp(0.0, 1.0);

    found.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    found.truncate(MAX_MATCHED);
    let of = |kind: Found| found.iter().filter(|f| f.3 == kind).map(|f| f.2.clone()).collect::<Vec<_>>();
    let (whole, partly, topic) = (of(Found::Whole), of(Found::Partly), of(Found::Topic));
    let matched = found.into_iter().map(|(_, _, word, _)| word).collect();
    Relevance { score, matched, whole, partly, topic, checked: true }
}

/// How a matched item is on the page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    Whole,
    Partly,
    Topic,
}

/// The mean of the `n` largest values (all of them when fewer). Sorts `values`.
fn mean_of_best(values: &mut [f32], n: usize) -> f32 {
    values.sort_by(|a, b| b.total_cmp(a));
    let best = values.get(..n).unwrap_or(values);
    if best.is_empty() {
        0.0
    } else {
        best.iter().sum::<f32>() / best.len() as f32
    }
}

/// A term and its weighted frequency.
type TermCount = (String, f32);

/// The page as weighted term frequencies.
struct Document {
    tf: HashMap<String, f32>,
    /// `k1·(1−b+b·dl/avgdl)`.
    norm: f32,
    /// For compound-part lookups (compounding languages only): terms sorted, and reversed terms
    /// sorted, each with its weighted frequency.
    sorted: Vec<(String, f32)>,
    reversed: Vec<(String, f32)>,
}

impl Document {
    fn build(page: &PageSnapshot, analyzer: &Analyzer) -> Document {
        let mut tf: HashMap<String, f32> = HashMap::new();
        let mut len = 0.0f32;
        let mut add = |text: &str, weight: f32| {
            analyzer.for_each_term(text, |term| {
                match tf.get_mut(term) {
                    Some(n) => *n += weight,
                    None => {
                        tf.insert(term.to_string(), weight);
                    }
                }
                len += weight;
                true
            });
        };
        add(&page.title, TITLE_WEIGHT);
        for heading in page.headings.iter().take(MAX_HEADINGS) {
            add(&heading.text, HEADING_WEIGHT);
        }
        add(&page.text_sample, TEXT_WEIGHT);

        let compounding = matches!(analyzer.lang(), "de" | "nl" | "sv" | "da" | "no" | "fi");
        let (mut sorted, mut reversed): (Vec<TermCount>, Vec<TermCount>) = (Vec::new(), Vec::new());
        if compounding {
            sorted = tf.iter().map(|(t, &n)| (t.clone(), n)).collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            reversed = tf.iter().map(|(t, &n)| (t.chars().rev().collect(), n)).collect();
            reversed.sort_by(|a, b| a.0.cmp(&b.0));
        }
        // Short pages are not rewarded for brevity (dl floored at avgdl): a short text sample is
        // usually boilerplate around little content, and one mention in it is still one mention.
        let dl = len.max(AVG_DOC_LEN);
        Document { tf, norm: K1 * (1.0 - B + B * dl / AVG_DOC_LEN), sorted, reversed }
    }

    /// Saturated, length-normalized BM25 term score in 0–1.
    fn term_score(&self, term: &str) -> f32 {
        let mut tf = self.tf.get(term).copied().unwrap_or(0.0);
        if term.chars().count() >= 4 && !self.sorted.is_empty() {
            let min_len = term.len() + 3;
            let reversed: String = term.chars().rev().collect();
            tf += COMPOUND_WEIGHT * (prefixed(&self.sorted, term, min_len) + prefixed(&self.reversed, &reversed, min_len));
        }
        if tf <= 0.0 {
            0.0
        } else {
            tf / (tf + self.norm)
        }
    }

    /// The score of a unit of a phrase: its best term on the page.
    fn unit_score(&self, unit: &Unit) -> f32 {
        unit.terms.iter().map(|t| self.term_score(t)).fold(0.0, f32::max)
    }

    /// The best, over analyzers, weighted sum of term scores and sum of weights of a phrase;
    /// None when no analyzer leaves a term.
    fn phrase_parts(&self, phrase: &str, analyzers: &[Reading]) -> Option<(f32, f32)> {
        let mut best: Option<(f32, f32)> = None;
        for reading in analyzers {
            let terms = reading.analyzer.terms(phrase);
            // Each unit once (a phrase has a few, so no sort).
            let mut units_once: Vec<Unit> = Vec::new();
            for unit in units(&terms, &reading.generic) {
                if !units_once.contains(&unit) {
                    units_once.push(unit);
                }
            }
            let units = units_once;
            if units.is_empty() {
                continue;
            }
            let (mut sum, mut weights) = (0.0, 0.0);
            for unit in &units {
                let weight = if unit.generic { GENERIC_WEIGHT } else { 1.0 };
                sum += weight * self.unit_score(unit);
                weights += weight;
            }
            if best.is_none_or(|(s, w)| sum / weights > s / w) {
                best = Some((sum, weights));
            }
        }
        best
    }

    /// True when, in some reading, every term of `phrase` that names a subject is on the page.
    /// A generic word ("online", "tips", "explained") is how a searcher asks, not what the page
    /// is about: "learn danish online" is on a page about learning Danish that never says
    /// "online". A phrase of generic words only needs all of them.
    fn has_every_term(&self, phrase: &str, analyzers: &[Reading]) -> bool {
        analyzers.iter().any(|reading| {
            let terms = reading.analyzer.terms(phrase);
            let units = units(&terms, &reading.generic);
            let subject = units.iter().any(|u| !u.generic);
            let needed = |u: &&Unit| !subject || !u.generic;
            !units.is_empty() && units.iter().filter(needed).all(|u| self.unit_score(u) > 0.0)
        })
    }

    /// The weighted mean term score of a phrase (0–1).
    fn phrase_score(&self, phrase: &str, analyzers: &[Reading]) -> Option<f32> {
        self.phrase_parts(phrase, analyzers).map(|(sum, weights)| sum / weights)
    }
}

/// A unit a phrase is judged by: the terms any one of which on the page covers it, and whether it
/// is generic (how a searcher asks, not the subject).
#[derive(PartialEq)]
struct Unit<'a> {
    terms: Vec<&'a str>,
    generic: bool,
}

/// The units a phrase's terms are judged by: each term alone, except that a run of character
/// pairs ("华为", "为手", "手机", "机评", "评测" for "华为手机评测") is judged character by character,
/// each covered by either pair it is in. So "华为手机评测" is whole on a page with "华为", "手机" and
/// "评测" apart, as "huawei phone review" is with its three words apart, though "为手" and "机评",
/// pairs across its words, are not there. A character is generic when a pair it is in is ("教程"
/// in "地理信息系统教程"): all the pairs of a generic word are generic (`GENERIC_WORDS` are read by
/// the same analyzer).
fn units<'a>(terms: &'a [String], generic: &hashbrown::HashSet<String>) -> Vec<Unit<'a>> {
    let unit = |pairs: &[&'a String]| Unit { terms: pairs.iter().map(|p| p.as_str()).collect(), generic: pairs.iter().any(|p| generic.contains(*p)) };
    let mut units = Vec::new();
    // The run of pairs being read: each starts with the character the one before ends with.
    let mut run: Vec<&String> = Vec::new();
    let flush = |run: &mut Vec<&'a String>, units: &mut Vec<Unit<'a>>| {
        if let (Some(first), Some(last)) = (run.first(), run.last()) {
            units.push(unit(&[first]));
            units.extend(run.windows(2).map(&unit));
            units.push(unit(&[last]));
        }
        run.clear();
    };
    for term in terms {
        if !text::is_pair(term) {
            flush(&mut run, &mut units);
            units.push(unit(&[term]));
            continue;
        }
        if run.last().is_some_and(|last| !text::follows(last, term)) {
            flush(&mut run, &mut units);
        }
        run.push(term);
    }
    flush(&mut run, &mut units);
    units
}

/// Sum of the frequencies of the terms that start with `prefix` and are at least `min_len`
/// bytes long, over at most [`MAX_COMPOUND_HITS`] terms.
fn prefixed(sorted: &[(String, f32)], prefix: &str, min_len: usize) -> f32 {
    let start = sorted.partition_point(|(t, _)| t.as_str() < prefix);
    sorted
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(|(t, _)| t.starts_with(prefix))
        .take(MAX_COMPOUND_HITS)
        .filter(|(t, _)| t.len() >= min_len)
        .map(|(_, n)| n)
        .sum()
}

/// The prospect factor over [`Relevance`]: `round(score × scale) + offset` points, so a page
/// that matches nothing costs a little and a close match earns the most of any factor.
pub const FACTOR: Judgement = Judgement {
    id: "relevance",
    title: "Relevance",
    description: "How well the page matches your keywords and topic (from your profile); not judged without them.",
};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub scale: i32,
    pub offset: i32,
}

crate::weights_reader!(Weights { scale: "scale", offset: "offset" });

impl Default for Weights {
    fn default() -> Self {
        Weights { scale: 35, offset: -10 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let r = input.relevance;
    if !r.checked {
        return;
    }
    let weight = (f64::from(r.score) * f64::from(w.scale)).round() as i32 + w.offset;
    let (value, reason) = said(r);
    out.push(FACTOR.contribution(weight, value, reason));
}

/// The factor's value and reason in plain words.
fn said(r: &Relevance) -> (String, String) {
    if r.matched.is_empty() {
        ("no keyword".to_string(), "none of your keywords or topic words appear on the page".to_string())
    } else {
        // Only a keyword whose every word is on the page "appears"; the rest is said for what it is.
        let n = r.whole.len();
        let mut parts = Vec::new();
        if n > 0 {
            let words = if n == 1 { "of your keywords appears" } else { "of your keywords appear" };
            parts.push(format!("{n} {words} on the page: {}", r.whole.join(", ")));
        } else {
            parts.push("none of your keywords appears whole".to_string());
        }
        if !r.partly.is_empty() {
            parts.push(format!("some words of {}", r.partly.join(", ")));
        }
        if !r.topic.is_empty() {
            parts.push(format!("words of your topic: {}", r.topic.join(", ")));
        }
        let value = if r.partly.is_empty() { format!("{n} matched") } else { format!("{n} matched, {} in part", r.partly.len()) };
        (value, parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::Heading;

    fn page(lang: &str, title: &str, headings: &[&str], text: &str) -> PageSnapshot {
        PageSnapshot {
            lang: lang.into(),
            title: title.into(),
            headings: headings.iter().map(|h| Heading { level: 2, text: (*h).into(), block: -1 }).collect(),
            text_sample: text.into(),
            ..Default::default()
        }
    }

    fn profile(keywords: &[&str], topic: &str) -> Profile {
        Profile { keywords: keywords.iter().map(|k| (*k).into()).collect(), topic: topic.into(), ..Default::default() }
    }

    fn sourdough_page() -> PageSnapshot {
        page(
            "en",
            "The Best Sourdough Bread Recipe for Beginners",
            &["Feeding your sourdough starter", "Baking the bread", "Why bake with sourdough?"],
            "Sourdough bread is baked with a starter of wild yeast instead of commercial yeast. \
             Bakers feed the starter with flour and water. When baking sourdough breads, the dough \
             rises slowly, which gives the bread its flavour. This guide covers baking in a Dutch oven.",
        )
    }

    fn unrelated_page() -> PageSnapshot {
        page(
            "en",
            "Choosing a Mountain Bike in 2024",
            &["Frame sizes", "Suspension"],
            "A hardtail mountain bike is lighter and cheaper; full suspension bikes are more comfortable on \
             rough trails. Check the frame size, the wheel size and the gearing before you buy.",
        )
    }

    #[test]
    fn on_topic_page_scores_high_with_matched_terms() {
        let r = relevance(&sourdough_page(), &profile(&["sourdough", "bread baking"], ""));
        assert!(r.checked);
        assert!(r.score > 0.7, "{r:?}");
        assert_eq!(r.matched, vec!["sourdough", "bread baking"]);
    }

    #[test]
    fn unrelated_page_scores_low() {
        let r = relevance(&unrelated_page(), &profile(&["sourdough", "bread baking"], "Home baking of sourdough bread"));
        assert!(r.checked);
        assert!(r.score < 0.1, "{r:?}");
        assert!(r.matched.is_empty());
    }

    #[test]
    fn passing_mention_scores_below_topic_page() {
        let mut p = unrelated_page();
        p.text_sample.push_str(" After the ride, we had sourdough toast.");
        let profile = profile(&["sourdough", "bread baking"], "");
        let passing = relevance(&p, &profile).score;
        assert!(passing > 0.0 && passing < 0.4, "{passing}");
        assert!(relevance(&sourdough_page(), &profile).score > passing + 0.3);
    }

    #[test]
    fn german_page_matches_through_stemming_and_compounds() {
        let profile = profile(&["Sauerteig", "Brot"], "");
        let inflected = page("de", "Brote backen", &["Den Sauerteig füttern"], "Ein kräftiger Sauerteig macht die Brote locker. Die Krume des Brotes bleibt saftig.");
        let r = relevance(&inflected, &profile);
        assert!(r.score > 0.6, "{r:?}");
        assert_eq!(r.matched, vec!["Brot", "Sauerteig"]);

        let compound = page("de-DE", "Sauerteigbrot backen", &[], "");
        let r = relevance(&compound, &profile);
        assert!(r.score > 0.3, "{r:?}");
        assert_eq!(r.matched.len(), 2, "{r:?}");
    }

    #[test]
    fn english_profile_on_a_foreign_page_also_reads_in_english() {
        // A French page quoting English terms; the English reading of "baking" ("bake") finds "bake".
        let p = page("fr", "Bake sale: sourdough", &[], "Notre bake sale du dimanche: pain au levain (sourdough).");
        let r = relevance(&p, &profile(&["sourdough baking"], ""));
        assert!(r.score > 0.3, "{r:?}");
        let french_only = Analyzer::new("fr").terms("baking");
        assert_eq!(french_only, vec!["baking"], "the French reading alone would miss \"bake\"");
    }

    #[test]
    fn topic_description_counts_but_generic_words_do_not_carry_a_page() {
        let topic = "A blog with tips about baking sourdough bread at home";
        let on = relevance(&sourdough_page(), &profile(&[], topic));
        assert!(on.checked && on.score > 0.4, "{on:?}");
        assert!(on.matched.iter().any(|m| m == "sourdough"));
        let generic = page("en", "My blog: tips for home offices", &[], "Tips and more tips from my blog at home.");
        let off = relevance(&generic, &profile(&[], topic));
        assert!(off.score < on.score - 0.2, "{off:?} vs {on:?}");
    }

    #[test]
    fn a_stop_word_of_either_reading_is_not_a_topic_word() {
        // A French page quoting an English title: "and" is a word on it, but not a topic.
        let p = page("fr", "La presse régionale vendue", &[], "Le groupe Hersant cède ses journaux. Voir « Press and Power » (2012).");
        let r = relevance(&p, &profile(&[], "press ownership and state aid"));
        assert!(!r.matched.iter().any(|m| m == "and"), "{r:?}");
        assert!(r.matched.iter().any(|m| m == "press"), "{r:?}");
    }

    #[test]
    fn the_profile_languages_stop_words_are_grammar_in_its_keywords() {
        // A French page that declares no language is read in English, where "de" is a word.
        let p = page("", "Suivre les actualités Debian", &[], "Le projet Debian évolue de manière distribuée. Les listes de diffusion de Debian et le site de nouvelles.");
        let mut bakery = profile(&["matériel de boulangerie", "four à pain"], "boutique de matériel de boulangerie");
        let english_reader = relevance(&p, &bakery);
        assert!(english_reader.partly.iter().any(|k| k == "matériel de boulangerie"), "without the profile's language, \"de\" is a word: {english_reader:?}");
        bakery.languages = vec!["fr".into()];
        let r = relevance(&p, &bakery);
        assert!(r.matched.is_empty(), "nothing of a bakery is on a Debian page: {r:?}");
        // Its content words still count.
        let q = page("", "Choisir son four à pain", &[], "Un four à pain professionnel pour la boulangerie.");
        assert_eq!(relevance(&q, &bakery).whole, ["four à pain"]);
    }

    #[test]
    fn empty_profile_is_not_checked() {
        let r = relevance(&sourdough_page(), &Profile::default());
        assert_eq!(r, Relevance::default());
        let only_stop_words = relevance(&sourdough_page(), &profile(&["the", "  "], "and the"));
        assert!(!only_stop_words.checked);
    }

    #[test]
    fn matched_is_capped_deduplicated_and_as_written() {
        let keywords = ["Sourdough", "sourdough", "BREAD", "starter", "yeast", "flour", "water", "dough", "oven", "bakers", "guide"];
        let r = relevance(&sourdough_page(), &profile(&keywords, "sourdough"));
        assert_eq!(r.matched.len(), MAX_MATCHED);
        assert_eq!(r.matched.iter().filter(|m| m.eq_ignore_ascii_case("sourdough")).count(), 1);
        assert!(r.matched.contains(&"Sourdough".to_string()));
        assert!(r.matched.contains(&"BREAD".to_string()));
    }

    #[test]
    fn hostile_page_is_bounded() {
        let mut p = page("de", &"Brot ".repeat(10_000), &[], &"x".repeat(100));
        p.text_sample = (0..40_000).map(|i| format!("brot{i} ")).collect();
        p.headings = vec![Heading { level: 1, text: "Sauerteig ".repeat(1_000), block: -1 }; 2_000];
        let many: Vec<String> = (0..1_000).map(|i| format!("brot{i}")).collect();
        let profile = Profile { keywords: many, topic: "brot ".repeat(5_000), ..Default::default() };
        let r = relevance(&p, &profile);
        assert!(r.checked && (0.0..=1.0).contains(&r.score));
    }

    #[test]
    fn a_chinese_keyword_appears_when_its_words_do_not_its_characters() {
        // Its words apart, as an English keyword's may be: whole.
        let phones = page("zh-CN", "华为新款发布", &["评测"], "这款华为的新手机续航很好。我们做了详细评测。");
        let r = relevance(&phones, &profile(&["华为手机评测"], ""));
        assert_eq!(r.whole, ["华为手机评测"]);
        // Each of its characters somewhere on the page, none of its words: not even in part.
        let scattered = page("zh-CN", "新的开始", &[], "能力来源于汽油和车。");
        let r = relevance(&scattered, &profile(&["新能源汽车"], "电动汽车评测网站"));
        assert!(r.whole.is_empty() && r.partly.is_empty(), "{r:?}");
        assert!(r.topic.is_empty(), "{:?}", r.topic);
        // The topic's words are named as two-character words, not characters.
        let r = relevance(&phones, &profile(&["5g"], "手机评测网站"));
        let mut topic = r.topic.clone();
        topic.sort();
        assert_eq!(topic, ["手机", "评测"]);
        // A pair across two topic words, on the page where they touch, is not named.
        let chips = page("zh-CN", "AI推理芯片发布", &[], "新的推理芯片。");
        let r = relevance(&chips, &profile(&["5g"], "AI推理芯片"));
        assert!(r.topic.iter().any(|w| w == "推理") && r.topic.iter().any(|w| w == "芯片"), "{:?}", r.topic);
        assert!(!r.topic.iter().any(|w| w == "理芯"), "{:?}", r.topic);
    }

    #[test]
    fn a_korean_keyword_appears_with_its_particles_written_on() {
        let page = page("ko", "의료기기 시험", &[], "의료기기를 인증받으려면 시험이 필요합니다.");
        let r = relevance(&page, &profile(&["의료기기 인증"], ""));
        assert_eq!(r.whole, ["의료기기 인증"]);
    }

    #[test]
    fn a_searchers_words_in_chinese_are_not_the_subject() {
        // "教程" (tutorial) is how a searcher asks: a page on GIS that never says it still holds
        // the keyword, as "learn danish online" is on a page that never says "online".
        let gis = page("zh-CN", "地理信息系统的发展", &[], "地理信息系统在城市规划中的应用。");
        let r = relevance(&gis, &profile(&["地理信息系统教程"], ""));
        assert_eq!(r.whole, ["地理信息系统教程"]);
        let r = relevance(&gis, &profile(&["遥感影像教程"], ""));
        assert!(r.whole.is_empty(), "the subject is not on the page: {r:?}");
    }

    #[test]
    fn only_a_keyword_with_every_word_on_the_page_is_said_to_appear() {
        // "gulf of mexico oil spill recovery" on a page that only says "oil": part of it, and
        // the reason says so; the topic's words are named as the topic's, not as keywords.
        let r = relevance(&sourdough_page(), &profile(&["sourdough starter", "rye bread recovery", "kombucha"], "artisan baking workshops"));
        assert_eq!(r.whole, ["sourdough starter"]);
        assert_eq!(r.partly, ["rye bread recovery"]);
        assert!(r.topic.iter().any(|w| w == "baking"), "{:?}", r.topic);
        assert!(!r.matched.iter().any(|m| m == "kombucha"));
        let (value, reason) = said(&r);
        assert_eq!(value, "1 matched, 1 in part");
        assert!(reason.starts_with("1 of your keywords appears on the page: sourdough starter; some words of rye bread recovery; words of your topic: "), "{reason}");
    }

    #[test]
    fn a_keyword_appears_when_its_subject_does_whatever_the_searchers_words() {
        // "explained", "online", "course" say how someone searches, not what a page is about.
        let r = relevance(&sourdough_page(), &profile(&["sourdough starter explained", "learn sourdough online", "rye bread course"], ""));
        assert_eq!(r.whole, ["sourdough starter explained", "learn sourdough online"]);
        assert_eq!(r.partly, ["rye bread course"]);
        // A keyword made only of such words needs all of them.
        let r = relevance(&sourdough_page(), &profile(&["online courses"], ""));
        assert!(r.whole.is_empty(), "{:?}", r.whole);
    }

    #[test]
    fn a_searchers_words_in_european_languages_are_not_the_subject() {
        // Blind round 53's profiles: "køb vin online" on a Danish page about wine with a dessert,
        // "rindfleisch online bestellen" on a German page about beef goulash.
        let wine = page("da", "Rabarbertrifli med dessertvin", &[], "Server trifli med et glas sød vin.");
        let r = relevance(&wine, &profile(&["køb vin online", "billig rødvin tilbud"], ""));
        assert_eq!(r.whole, ["køb vin online"]);
        assert!(r.partly.is_empty() && r.matched == ["køb vin online"], "red wine is not on the page, only a searcher's words of it: {r:?}");
        let goulash = page("de", "Klassisches Rindergulasch", &[], "Für das Gulasch nehme ich Rindfleisch aus der Schulter.");
        let r = relevance(&goulash, &profile(&["rindfleisch online bestellen", "lammfleisch kaufen"], ""));
        assert_eq!(r.whole, ["rindfleisch online bestellen"]);
        assert!(r.partly.is_empty(), "lamb is not on the page: {r:?}");
    }

    #[test]
    fn deterministic() {
        let profile = profile(&["sourdough", "bread baking", "starter"], "home baking");
        let a = relevance(&sourdough_page(), &profile);
        assert_eq!(a, relevance(&sourdough_page(), &profile));
    }
}
