//! The pages' words (issue 12): every message key the code uses exists in every shipped
//! language, every language has exactly English's keys with the same `$n` placeholders, and no
//! message is left unused. Keys are snake_case string literals in `src/web/` (`t("…")`,
//! `tr("…", …)`, `plural("…", …)` → `…_one` and `…_other`), `data-i18n="…"` in the HTML shells,
//! `chrome.i18n.getMessage('…')` (or fault.js's `say('…')`) in scripts and `__MSG_…__` in the manifest.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const LANGUAGES: [&str; 2] = ["en", "de"];
/// snake_case literals in src/web that are not message keys.
const NOT_KEYS: [&str; 1] = ["test_hooks"];

fn messages(lang: &str) -> BTreeMap<String, String> {
    let path = format!("extension/_locales/{lang}/messages.json");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{path}: {e}"));
    json.as_object().unwrap().iter().map(|(k, v)| (k.clone(), v["message"].as_str().unwrap_or_else(|| panic!("{path}: {k} has no message")).to_string())).collect()
}

fn placeholders(message: &str) -> BTreeSet<char> {
    let mut out = BTreeSet::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' {
            match chars.next() {
                Some('$') => {}
                Some(d) if d.is_ascii_digit() => {
                    // Chrome reads "$2$…$" as a named placeholder and refuses to load the
                    // extension ("Variable $2$ used but not defined"): never two in a row.
                    assert!(chars.peek() != Some(&'$'), "{message:?}: ${d} is followed by '$'");
                    out.insert(d);
                }
                other => panic!("{message:?}: '$' followed by {other:?} (write $$ for a dollar sign)"),
            }
        }
    }
    out
}

fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The keys the code uses: (key, where).
fn used_keys() -> BTreeMap<String, String> {
    let mut used = BTreeMap::new();
    let mut rust = vec![];
    files(Path::new("src/web"), "rs", &mut rust);
    let literal = |s: &str| -> Vec<String> {
        let mut out = vec![];
        for part in s.split('"').skip(1).step_by(2) {
            let snake = part.contains('_') && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') && part.starts_with(|c: char| c.is_ascii_lowercase());
            if snake && !NOT_KEYS.contains(&part) {
                out.push(part.to_string());
            }
        }
        out
    };
    for path in rust {
        let text = fs::read_to_string(&path).unwrap();
        // Keys are snake_case with an underscore, so the scan below finds every one.
        for call in ["t(\"", "tr(\"", "plural(\""] {
            for (at, _) in text.match_indices(call) {
                if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue; // text("p", …), x.t("…"): not ours
                }
                let key = text[at + call.len()..].split('"').next().unwrap();
                assert!(key.contains('_'), "{}: key {key:?} needs an underscore to be checked", path.display());
            }
        }
        for key in literal(&text) {
            let plural = text.contains(&format!("plural(\"{key}\""));
            if plural {
                used.insert(format!("{key}_one"), path.display().to_string());
                used.insert(format!("{key}_other"), path.display().to_string());
            } else {
                used.insert(key, path.display().to_string());
            }
        }
    }
    let mut shells = vec![];
    files(Path::new("extension"), "html", &mut shells);
    files(Path::new("extension"), "js", &mut shells);
    for path in shells {
        let text = fs::read_to_string(&path).unwrap();
        for (open, close) in [("data-i18n=\"", '"'), ("getMessage('", '\''), ("say('", '\'')] {
            for part in text.split(open).skip(1) {
                let key = part.split(close).next().unwrap();
                if !key.starts_with('@') && !key.is_empty() {
                    used.insert(key.to_string(), path.display().to_string());
                }
            }
        }
    }
    let manifest = fs::read_to_string("manifest.json").unwrap();
    for part in manifest.split("__MSG_").skip(1) {
        used.insert(part.split("__").next().unwrap().to_string(), "manifest.json".into());
    }
    used
}

#[test]
fn every_key_the_code_uses_is_in_every_language() {
    let used = used_keys();
    assert!(used.len() > 100, "found only {} keys: the scan is broken", used.len());
    for lang in LANGUAGES {
        let have = messages(lang);
        let missing: Vec<String> = used.iter().filter(|(k, _)| !have.contains_key(*k)).map(|(k, at)| format!("{k} ({at})")).collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
    }
}

#[test]
fn no_message_is_unused() {
    let used = used_keys();
    let unused: Vec<String> = messages("en").into_keys().filter(|k| !used.contains_key(k)).collect();
    assert!(unused.is_empty(), "messages nobody shows: {unused:?}");
}

#[test]
fn languages_have_the_same_keys_and_placeholders() {
    let en = messages("en");
    for lang in &LANGUAGES[1..] {
        let other = messages(lang);
        assert_eq!(en.keys().collect::<Vec<_>>(), other.keys().collect::<Vec<_>>(), "{lang} has other keys than en");
        for (key, message) in &en {
            assert_eq!(placeholders(message), placeholders(&other[key]), "{lang}: {key} has other placeholders than en");
            assert!(!other[key].trim().is_empty(), "{lang}: {key} is empty");
        }
    }
    let manifest: serde_json::Value = serde_json::from_str(&fs::read_to_string("manifest.json").unwrap()).unwrap();
    assert_eq!(manifest["default_locale"], "en");
}
