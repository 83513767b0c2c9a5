//! The user's profile: who "my site" is. Stored by the options page, merged over defaults.
//! Link quality does not depend on it; prospect suitability (relevance, unlinked mentions, link
//! intersect) does, and says what it cannot judge when a field is empty.

use serde::{Deserialize, Serialize};

use crate::prospect::factors::ProspectWeights;
use crate::scoring::LinkWeights;

/// Version of the stored profile format (bumped with a migration on incompatible changes).
pub const PROFILE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Profile {
    pub version: u32,
    /// My site's registrable domains (`example.com`).
    pub my_domains: Vec<String>,
    /// My brand names as people write them ("Acme Tools").
    pub brands: Vec<String>,
    /// Competitors' registrable domains.
    pub competitors: Vec<String>,
    /// Niche keywords ("sourdough", "bread baking").
    pub keywords: Vec<String>,
    /// A short description of my site's topic, in my words.
    pub topic: String,
    /// Languages I publish in (primary subtags: "en", "de").
    pub languages: Vec<String>,
    /// Link scoring weights; defaults unless the user tuned them.
    pub weights: LinkWeights,
    /// Prospect scoring weights; defaults unless the user tuned them.
    pub prospect_weights: ProspectWeights,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            version: PROFILE_VERSION,
            my_domains: Vec::new(),
            brands: Vec::new(),
            competitors: Vec::new(),
            keywords: Vec::new(),
            topic: String::new(),
            languages: Vec::new(),
            weights: LinkWeights::default(),
            prospect_weights: ProspectWeights::default(),
        }
    }
}

/// What the options form submits: each field as typed. List fields take one entry per line or
/// comma-separated entries.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ProfileForm {
    pub my_domains: String,
    pub brands: String,
    pub competitors: String,
    pub keywords: String,
    pub topic: String,
    pub languages: String,
}

/// One rejected entry of the form, with a message a user can act on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    /// The form field (`myDomains`, `brands`, `competitors`, `keywords`, `topic`, `languages`).
    pub field: String,
    /// The entry as typed ("" for the field as a whole).
    pub entry: String,
    pub message: String,
}

/// Limits that keep a profile small enough to store and fast to score against.
const MAX_DOMAINS: usize = 20;
const MAX_BRANDS: usize = 20;
const MAX_KEYWORDS: usize = 100;
const MAX_ENTRY_CHARS: usize = 80;
const MAX_TOPIC_CHARS: usize = 1000;

fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', ',']).map(str::trim).filter(|e| !e.is_empty())
}

/// `https://www.Example.co.uk/path` → `example.co.uk`; explains what is wrong otherwise.
fn normalize_domain(entry: &str) -> Result<String, String> {
    let lower = entry.to_lowercase();
    let without_scheme = lower.split_once("://").map_or(lower.as_str(), |(_, rest)| rest);
    let host = without_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").trim_end_matches('.');
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err("is not a domain name".into());
    }
    if crate::domain::is_ip_literal(host) {
        return Err("is an IP address: give the site's domain name".into());
    }
    if !host.contains('.') {
        return Err("needs a dot: give a domain like example.com".into());
    }
    if !host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-' || c == '_') {
        return Err("has characters a domain name cannot contain".into());
    }
    // In punycode, the form of every link host a page gives us, so `bücher.de` matches its links.
    let host = crate::idna_lite::host_to_ascii(host).ok_or("has characters a domain name cannot contain")?;
    crate::domain::registrable_domain(&host).ok_or_else(|| "is a public suffix (like co.uk), not a site".into())
}

impl Profile {
    /// Validates and normalizes what the options form submitted: domains become registrable
    /// domains, lists are trimmed and de-duplicated, limits are enforced. Every rejected entry is
    /// reported; nothing is silently dropped. `weights` are kept from `self`.
    pub fn from_form(&self, form: &ProfileForm) -> Result<Profile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut error = |field: &str, entry: &str, message: String| {
            errors.push(FieldError { field: field.into(), entry: entry.into(), message })
        };
        let mut domains = |field: &str, text: &str| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for entry in entries(text) {
                match normalize_domain(entry) {
                    Ok(d) if !out.contains(&d) => out.push(d),
                    Ok(_) => {}
                    Err(why) => error(field, entry, format!("\u{201c}{entry}\u{201d} {why}")),
                }
            }
            if out.len() > MAX_DOMAINS {
                error(field, "", format!("at most {MAX_DOMAINS} domains"));
            }
            out
        };
        let my_domains = domains("myDomains", &form.my_domains);
        let competitors = domains("competitors", &form.competitors);
        let mut list = |field: &str, text: &str, max: usize| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for entry in entries(text) {
                if entry.chars().count() > MAX_ENTRY_CHARS {
                    error(field, entry, format!("entries are at most {MAX_ENTRY_CHARS} characters"));
                } else if !out.iter().any(|e| e.to_lowercase() == entry.to_lowercase()) {
                    out.push(entry.to_string());
                }
            }
            if out.len() > max {
                error(field, "", format!("at most {max} entries"));
            }
            out
        };
        let brands = list("brands", &form.brands, MAX_BRANDS);
        let keywords = list("keywords", &form.keywords, MAX_KEYWORDS);
        let mut languages = Vec::new();
        for entry in entries(&form.languages) {
            let code = crate::signals::primary_lang(entry).to_ascii_lowercase();
            if (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()) {
                if !languages.contains(&code) {
                    languages.push(code);
                }
            } else {
                error("languages", entry, format!("\u{201c}{entry}\u{201d} is not a language code (like en, de, pt-BR)"));
            }
        }
        let topic = form.topic.trim().to_string();
        if topic.chars().count() > MAX_TOPIC_CHARS {
            error("topic", "", format!("at most {MAX_TOPIC_CHARS} characters"));
        }
        if let Some(d) = my_domains.iter().find(|d| competitors.contains(d)) {
            error("competitors", d, format!("{d} is one of your own domains"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Profile { version: PROFILE_VERSION, my_domains, brands, competitors, keywords, topic, languages, weights: self.weights.clone(), prospect_weights: self.prospect_weights.clone() })
    }

    /// The form showing this profile.
    pub fn to_form(&self) -> ProfileForm {
        // Domains are stored in punycode, as link hosts are; shown as people type them.
        let shown = |domains: &[String]| domains.iter().map(|d| crate::idna_lite::host_to_unicode(d)).collect::<Vec<_>>().join("\n");
        ProfileForm {
            my_domains: shown(&self.my_domains),
            brands: self.brands.join("\n"),
            competitors: shown(&self.competitors),
            keywords: self.keywords.join("\n"),
            topic: self.topic.clone(),
            languages: self.languages.join(", "),
        }
    }

    /// Reads a stored profile: missing fields take their defaults (so an older or partial
    /// profile loads), and a profile from a newer version is refused rather than misread.
    pub fn from_stored(json: &str) -> Result<Profile, String> {
        let profile: Profile = serde_json::from_str(json).map_err(|e| format!("the saved profile is damaged ({e})"))?;
        if profile.version > PROFILE_VERSION {
            return Err(format!("the saved profile is from a newer Backlink Bot (version {})", profile.version));
        }
        // Profiles saved before domains were kept in punycode hold Unicode ones (`bücher.de`),
        // which match no link's host; one that cannot be converted is kept as it was.
        let ascii = |domains: Vec<String>| -> Vec<String> {
            domains.into_iter().map(|d| if d.is_ascii() { d } else { crate::idna_lite::host_to_ascii(&d).unwrap_or(d) }).collect()
        };
        let (my_domains, competitors) = (ascii(profile.my_domains), ascii(profile.competitors));
        Ok(Profile { version: PROFILE_VERSION, my_domains, competitors, ..profile })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(edit: impl FnOnce(&mut ProfileForm)) -> ProfileForm {
        let mut f = ProfileForm::default();
        edit(&mut f);
        f
    }

    #[test]
    fn domains_are_normalized_to_registrable_domains() {
        let p = Profile::default()
            .from_form(&form(|f| {
                f.my_domains = "https://www.Example.co.uk/about\nblog.example.co.uk, shop.example.com.".into();
                f.competitors = "rival.io\nhttps://user:pw@www.rival.io:8443/x".into();
            }))
            .unwrap();
        assert_eq!(p.my_domains, ["example.co.uk", "example.com"]);
        assert_eq!(p.competitors, ["rival.io"]);
    }

    #[test]
    fn unicode_domains_are_kept_as_the_punycode_of_link_hosts_and_shown_as_typed() {
        let p = Profile::default().from_form(&form(|f| f.my_domains = "www.Bücher.de\nxn--bcher-kva.de".into())).unwrap();
        assert_eq!(p.my_domains, ["xn--bcher-kva.de"]);
        assert_eq!(p.to_form().my_domains, "bücher.de");
        // Saved before: a Unicode domain is read as punycode, so it matches its links' hosts.
        let old = Profile::from_stored(r#"{"myDomains":["bücher.de"],"competitors":["müller.de","rival.io"]}"#).unwrap();
        assert_eq!(old.my_domains, ["xn--bcher-kva.de"]);
        assert_eq!(old.competitors, ["xn--mller-kva.de", "rival.io"]);
    }

    #[test]
    fn bad_entries_are_each_explained() {
        let errors = Profile::default()
            .from_form(&form(|f| {
                f.my_domains = "co.uk\nlocalhost\n203.0.113.7\nexample.com\nnot a domain".into();
                f.competitors = "example.com".into();
                f.languages = "en, english, pt-BR".into();
            }))
            .unwrap_err();
        let said: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.entry.as_str())).collect();
        assert_eq!(
            said,
            [
                ("myDomains", "co.uk"),
                ("myDomains", "localhost"),
                ("myDomains", "203.0.113.7"),
                ("myDomains", "not a domain"),
                ("languages", "english"),
                ("competitors", "example.com"),
            ]
        );
        assert!(errors[0].message.contains("public suffix"));
    }

    #[test]
    fn lists_are_trimmed_deduplicated_and_bounded() {
        let p = Profile::default()
            .from_form(&form(|f| {
                f.brands = " Acme Tools \nacme tools\nAcme".into();
                f.keywords = "sourdough, bread baking\n\nSourdough".into();
                f.languages = "EN, pt-BR, en".into();
                f.topic = "  Home baking.  ".into();
            }))
            .unwrap();
        assert_eq!(p.brands, ["Acme Tools", "Acme"]);
        assert_eq!(p.keywords, ["sourdough", "bread baking"]);
        assert_eq!(p.languages, ["en", "pt"]);
        assert_eq!(p.topic, "Home baking.");
        let many = (0..101).map(|i| format!("kw{i}")).collect::<Vec<_>>().join("\n");
        assert!(Profile::default().from_form(&form(|f| f.keywords = many)).is_err());
    }

    #[test]
    fn stored_profiles_merge_over_defaults_and_refuse_the_future() {
        let p = Profile::from_stored(r#"{"myDomains":["example.com"]}"#).unwrap();
        assert_eq!(p.my_domains, ["example.com"]);
        assert_eq!(p.weights, LinkWeights::default());
        assert_eq!(p.version, PROFILE_VERSION);
        assert!(Profile::from_stored(r#"{"version": 99}"#).unwrap_err().contains("newer"));
        assert!(Profile::from_stored("{not json").unwrap_err().contains("damaged"));
        let round = Profile::default().from_form(&p.to_form()).unwrap();
        assert_eq!(round.my_domains, p.my_domains);
    }
}
