//! Link texts that are labels: a table of words a link's whole text is ("Advertisement",
//! "Log in"), or begins with ("Ads by *", "Subscribe to *"), matched without allocating, as it
//! runs for every link of a page. `crate::ads` (ad labels) and `crate::actions` (account and page
//! actions) each hold one.
//!
//! A table's rows are `words[<TAB>kind]`, lowercase, one space between words: `words *` matches
//! a text that begins with the words and goes on after a space, `words*` one that goes on at once
//! (Japanese "[PR]" before the ad's title). A text matches with a leading separator dropped, its
//! spaces collapsed, and closing punctuation after the label ("Ads by Yahoo!", "Log in »").

use hashbrown::HashMap;

/// A label, and whether the text may go on after it.
struct Label<K> {
    words: &'static str,
    kind: K,
    prefix: bool,
    /// Prefix with no space after it (`[pr]*`).
    glued: bool,
}

/// The labels, and for each first two characters the labels that begin with them: most link
/// texts begin with two no label does, and are turned down with one lookup.
pub struct Labels<K> {
    all: Vec<Label<K>>,
    by_start: HashMap<(char, Option<char>), Vec<usize>>,
}

/// The first two characters of a text as labels are matched (`None`: it has one).
fn start_of(text: &str) -> Option<(char, Option<char>)> {
    let mut chars = normalised(text);
    let first = chars.next()?;
    Some((first, chars.next()))
}

/// Texts longer than this are sentences, not labels.
const MAX_CHARS: usize = 120;

impl<K: Copy> Labels<K> {
    /// Reads a table (`#` lines are comments); `kind` turns a row's second column into its kind.
    pub fn parse(table: &'static str, kind: impl Fn(Option<&str>) -> K) -> Self {
        let all: Vec<Label<K>> = table
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (l, k) = match l.split_once('\t') {
                    Some((l, k)) => (l.trim(), kind(Some(k.trim()))),
                    None => (l, kind(None)),
                };
                match l.strip_suffix(" *") {
                    Some(words) => Label { words, kind: k, prefix: true, glued: false },
                    None => match l.strip_suffix('*') {
                        Some(words) => Label { words, kind: k, prefix: true, glued: true },
                        None => Label { words: l, kind: k, prefix: false, glued: false },
                    },
                }
            })
            .collect();
        let mut by_start: HashMap<(char, Option<char>), Vec<usize>> = HashMap::new();
        for (i, label) in all.iter().enumerate() {
            let mut chars = label.words.chars();
            let Some(first) = chars.next() else { continue };
            by_start.entry((first, chars.next())).or_default().push(i);
        }
        Labels { all, by_start }
    }

    /// The label `text` is, or begins with, and its kind, if any.
    pub fn find(&self, text: &str) -> Option<(&'static str, K)> {
        if text.trim().is_empty() || text.chars().nth(MAX_CHARS).is_some() {
            return None;
        }
        let candidates = self.by_start.get(&start_of(text)?)?;
        candidates.iter().filter_map(|&i| self.all.get(i)).find(|l| matches(l, text)).map(|l| (l.words, l.kind))
    }
}

/// Closing punctuation a label may carry ("Ads by Yahoo!", "Advertisement:").
fn is_closing(c: char) -> bool {
    c.is_whitespace() || matches!(c, '!' | '.' | ':' | '›' | '»' | '>' | '|' | '-' | '–' | '—' | '…')
}

/// The link text as labels are matched, one character at a time and without allocating:
/// lowercase, a leading separator dropped, each run of spaces one space.
fn normalised(text: &str) -> impl Iterator<Item = char> + Clone + '_ {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '-' | '–'));
    let mut space = false;
    start.chars().filter_map(move |c| {
        if c.is_whitespace() {
            let first = !space;
            space = true;
            first.then_some(' ')
        } else {
            space = false;
            Some(c)
        }
    }).flat_map(char::to_lowercase)
}

/// Whether `text` is `label`, or begins with it when `label.prefix` (at a word's end unless
/// `glued`).
fn matches<K>(label: &Label<K>, text: &str) -> bool {
    let mut chars = normalised(text).peekable();
    for want in label.words.chars() {
        if chars.next() != Some(want) {
            return false;
        }
    }
    let mut rest = chars.clone();
    if rest.all(is_closing) {
        return true;
    }
    label.prefix && (label.glued || chars.peek() == Some(&' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_texts_and_prefixes() {
        let labels = Labels::parse("# a comment\nlog in\nsubscribe to *\t2\n[pr]*\n", |k| k.map_or(1, |k| k.len()));
        assert_eq!(labels.find("  Log   In »"), Some(("log in", 1)));
        assert_eq!(labels.find("Log in to comment"), None, "a whole-text label does not go on");
        assert_eq!(labels.find("Subscribe to the Houston Chronicle"), Some(("subscribe to", 1)));
        assert_eq!(labels.find("Subscribe tomorrow"), None, "at a word's end");
        assert_eq!(labels.find("[PR]トレンド"), Some(("[pr]", 1)));
        assert_eq!(labels.find(""), None);
        assert_eq!(labels.find(&"log in ".repeat(40)), None, "a sentence is no label");
    }
}
