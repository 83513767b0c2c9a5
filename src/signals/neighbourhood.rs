//! `neighbourhood` — does the link point into a bad neighbourhood?
//!
//! Measures: the destination host in the bundled category lists: gambling, adult, phishing /
//! malware / scam, link and referrer spam, and a user's subdomain on a free hosting or blog
//! platform (URL shorteners are judged by `destination`).
//! Why: links into these neighbourhoods are what link schemes and hacked pages contain;
//! search engines discount (or penalise) pages that link there, and a prospect whose outbound
//! links go there is a poor place for yours. Sources: UT1 (CC BY-SA 4.0), Sinfonietta (MIT),
//! Block List Project (Unlicense), URLhaus (CC0), referrer-spam lists (MIT, public domain).
//! Blind spots: lists lag behind new domains and hold some false entries; a filter answers
//! "listed" for about 1 in 65,000 clean names (see `crate::intel`); a news article linking to a
//! casino it reports on is penalised like a casino ad.

use super::LinkInput;
use crate::judgement::Judgement;
use crate::intel::Category;
use crate::report::Contribution;

pub const SIGNAL: Judgement = Judgement {
    id: "neighbourhood",
    title: "Bad neighbourhood",
    description: "Whether the destination is listed as gambling, adult, phishing/malware/scam or link spam, or is a subdomain on a free hosting or blog platform.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub gambling: i32,
    pub adult: i32,
    pub phishing: i32,
    pub spam: i32,
    pub hosting: i32,
}

crate::weights_reader!(Weights { gambling: "gambling", adult: "adult", phishing: "phishing", spam: "spam", hosting: "hosting" });

impl Default for Weights {
    fn default() -> Self {
        Weights { gambling: -30, adult: -30, phishing: -50, spam: -35, hosting: -8 }
    }
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    for category in input.categories.iter() {
        let (weight, reason) = match category {
            Category::Gambling => (w.gambling, "links to a gambling site"),
            Category::Adult => (w.adult, "links to an adult site"),
            Category::Phishing => (w.phishing, "destination listed for phishing, malware or scams"),
            Category::Spam => (w.spam, "destination listed as link or referrer spam"),
            Category::Hosting => (w.hosting, "a subdomain on a free hosting or blog platform: anyone can publish there"),
            // Judged by `destination` (with the bundled shortener list): not bad neighbourhoods.
            Category::Shortener | Category::Ad => continue,
        };
        out.push(SIGNAL.contribution(weight, category.label(), reason));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intel::Categories;
    use crate::signals::test_support::{run_with, total};

    #[test]
    fn each_category_is_a_named_penalty() {
        let with = |c: Categories| run_with(&SIGNAL, None, c, |_, _| {});
        assert!(with(Categories::NONE).is_empty());
        assert_eq!(total(&with(Categories::GAMBLING)), -30);
        assert_eq!(with(Categories::GAMBLING)[0].reason, "links to a gambling site");
        assert_eq!(total(&with(Categories::PHISHING | Categories::ADULT)), -80);
        assert!(with(Categories::SHORTENER).is_empty(), "shorteners are the destination signal's");
        assert_eq!(total(&with(Categories::HOSTING)), -8);
    }
}
