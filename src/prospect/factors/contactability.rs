//! `contacts` — is there someone to write to?
//!
//! Measures: whether the contacts found on the page (see `prospect::contacts`) include an e-mail
//! address or a contact page. Why: outreach needs a way in; a page with none costs research time.
//! Blind spots: contact forms reached only from the home page, and addresses in images, are not
//! seen; social profiles alone are not counted as a way in.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const FACTOR: Judgement = Judgement {
    id: "contacts",
    title: "Contacts",
    description: "Whether the page shows an e-mail address or a contact page to write to.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub none: i32,
    pub found: i32,
}

crate::weights_reader!(Weights { none: "none", found: "found" });

impl Default for Weights {
    fn default() -> Self {
        Weights { none: -3, found: 3 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let c = input.contacts;
    if c.emails.is_empty() && c.contact_pages.is_empty() {
        out.push(FACTOR.contribution(w.none, "none found", "no e-mail address or contact page found on the page"));
    } else {
        out.push(FACTOR.contribution(w.found, format!("{} e-mails, {} contact pages", c.emails.len(), c.contact_pages.len()), if c.emails.is_empty() { "a contact page to write to" } else { "an e-mail address to write to" }));
    }
}
