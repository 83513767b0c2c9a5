//! `destination` — is the target a place a reputable site would link to, and is the link clean?
//!
//! Measures: plain HTTP, IP-literal hosts, punycode and mixed-script hosts (homographs), TLDs
//! with the worst phishing rates, URL shorteners and affiliate redirectors, tracking or
//! affiliate query parameters, social "share" buttons, and advertisements (`crate::ads`: an ad or
//! tracking network's host, an ad label as the link's text, a native-ad widget's parameters, a
//! small box the page names as an ad).
//! Why: reputable editorial links point at stable HTTPS sites by name; raw IPs, look-alike hosts,
//! shorteners (which hide the real target) and abused TLDs are common in spam and phishing;
//! affiliate parameters mark a link as commercial (it should carry rel=sponsored); a share button
//! (twitter.com/intent/tweet…) sits in the content but is no editorial vote for anyone, and an
//! ad was bought: a click through `ad.doubleclick.net` passes nothing to anyone.
//! Sources: MISP warning list "URL shorteners" (CC0, `data/misp/`); suspicious TLDs are the
//! highest-scoring TLDs of Interisle's phishing landscape reports 2024–2025 and the ex-Freenom
//! ccTLDs (`data/interisle/FACTS.md`).
//! Blind spots: no authority or reputation data yet (offline domain data comes separately); a
//! legitimate site on an abused TLD is penalised with it; redirects are not followed.

use hashbrown::HashSet;
use std::sync::OnceLock;

use super::LinkInput;
use crate::judgement::Judgement;
use crate::domain::is_ip_literal;
use crate::intel::Categories;
use crate::report::Contribution;

pub const SIGNAL: Judgement = Judgement {
    id: "destination",
    title: "Destination",
    description: "Where the link goes: HTTPS, IP-literal or look-alike hosts, abused TLDs, shorteners, affiliate and tracking parameters.",
};

/// Highest phishing-domain scores (per 10k domains) in Interisle's 2024–2025 reports, plus the
/// ex-Freenom ccTLDs that recur in its five-year view.
pub(crate) const SUSPICIOUS_TLDS: &[&str] = &[
    "xin", "bond", "cfd", "top", "lol", "icu", "sbs", "vip", "mobi", "live", "world", "support",
    "cyou", "pics", "boats", "motorcycles", "wang", "cf", "ga", "gq", "ml", "tk",
];

/// Click-tracking parameters that do not change the target (ours), and referrer tags that say
/// where a click came from (`ref=nav`, Ghost's `ref=<site>`): they pay no one, so they are not
/// affiliate ids (`crate::affiliate`).
const TRACKING_PARAMS: &[&str] = &["gclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "dclid", "ref", "partner", "campaignid"];

/// MISP warning list of URL shorteners (CC0), one domain per line (`build.rs` reads it from
/// `data/misp/misp-url-shortener.list.json`).
fn shorteners() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| crate::tables::url_shorteners().lines().map(|d| d.trim().to_ascii_lowercase()).filter(|d| !d.is_empty()).collect())
}

/// True when a link goes to a shop by way of an affiliate network, a shortener or Amazon (its
/// site or an affiliate parameter): a blogger's commission link, which Google asks to mark
/// rel=sponsored like a paid placement, but which no one paid the page to carry.
pub(crate) fn is_shop_link(href: &str, site: &str) -> bool {
    if site.starts_with("amazon.") || shorteners().contains(site) {
        return true;
    }
    crate::links::WebUrl::parse(href).is_some_and(|url| crate::affiliate::mark(&url, site).is_some())
}

pub(crate) fn warm_up() {
    shorteners();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub plain_http: i32,
    pub ip_literal: i32,
    pub punycode: i32,
    pub mixed_script: i32,
    pub suspicious_tld: i32,
    pub shortener: i32,
    pub affiliate: i32,
    pub tracking: i32,
    pub share_button: i32,
    pub ad: i32,
}

crate::weights_reader!(Weights { plain_http: "plainHttp", ip_literal: "ipLiteral", punycode: "punycode", mixed_script: "mixedScript", suspicious_tld: "suspiciousTld", shortener: "shortener", affiliate: "affiliate", tracking: "tracking", share_button: "shareButton", ad: "ad" });

impl Default for Weights {
    fn default() -> Self {
        Weights { plain_http: -5, ip_literal: -20, punycode: -5, mixed_script: -15, suspicious_tld: -10, shortener: -15, affiliate: -12, tracking: -2, share_button: -40, ad: -40 }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
}

fn script_of(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => Some(Script::Latin),
        '\u{0370}'..='\u{03FF}' => Some(Script::Greek),
        '\u{0400}'..='\u{052F}' => Some(Script::Cyrillic),
        _ => None,
    }
}

/// True when one label mixes Latin, Greek and Cyrillic letters (the homograph pattern: "pаypal"
/// with a Cyrillic "а").
fn has_mixed_script_label(unicode_host: &str) -> bool {
    unicode_host.split('.').any(|label| {
        let mut first = None;
        label.chars().filter_map(script_of).any(|s| *first.get_or_insert(s) != s)
    })
}

/// Why the link is an ad, with the value to show: its ad network's host, its label, its widget
/// (`crate::ads`).
fn advertisement(input: &LinkInput) -> Option<(String, &'static str)> {
    if input.categories.contains(Categories::AD) {
        return Some((input.url.host().to_string(), "an ad or tracking network's link: an advertisement or a tracked click, not an editorial link"));
    }
    // A label that only begins the link's text ("as recommended by MusicBrainz") in a paragraph's
    // sentence is the writer's phrase, not a widget's "Recommended by" line (blind round 75); an
    // ad box's other lines around its label are no paragraph.
    let phrase = |label: &str| {
        let around = input.link.surrounding.chars().count().saturating_sub(input.anchor.chars().count());
        input.link.context == crate::snapshot::LinkContext::Paragraph
            && input.anchor.trim().len() > label.len()
            && u32::try_from(around).unwrap_or(u32::MAX) >= crate::placement::SENTENCE_CHARS
    };
    if let Some((label, kind)) = crate::ads::ad_label(input.anchor).filter(|&(label, _)| !phrase(label)) {
        let reason = match kind {
            crate::ads::LabelKind::Ad => "labelled as an advertisement: not an editorial link",
            crate::ads::LabelKind::Advertisers => "the site's page for advertisers or ad choices: not an editorial link",
        };
        return Some((label.to_string(), reason));
    }
    if let Some(network) = crate::ads::native_ad_source(input.url.query()) {
        return Some((network.to_string(), "sent by a native-ad widget: an advertisement, not an editorial link"));
    }
    input.ad_box.map(|word| (word.to_string(), crate::ads::AD_BOX_REASON))
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    let url = input.url;
    let host = url.host();

    if !url.is_https() {
        out.push(SIGNAL.contribution(w.plain_http, "http", "plain HTTP: the target does not use HTTPS"));
    }
    if is_ip_literal(host) {
        out.push(SIGNAL.contribution(w.ip_literal, host.to_string(), "points at a raw IP address, not a named site"));
    } else {
        if host.split('.').any(|label| label.starts_with("xn--")) {
            let unicode = crate::idna_lite::host_to_unicode(host);
            out.push(SIGNAL.contribution(w.punycode, unicode.clone(), "internationalised (punycode) host: check for look-alike letters"));
            if has_mixed_script_label(&unicode) {
                out.push(SIGNAL.contribution(w.mixed_script, unicode, "host mixes alphabets in one label: a homograph (look-alike) pattern"));
            }
        }
        let tld = host.rsplit('.').next().unwrap_or("");
        if SUSPICIOUS_TLDS.contains(&tld) {
            out.push(SIGNAL.contribution(w.suspicious_tld, format!(".{tld}"), "TLD with one of the highest phishing rates (Interisle 2024–2025)"));
        }
    }

    let path = url.path();
    let before = out.len();
    // First: a follow button carries the page's address too (`original_referer=`).
    if let Some(account) = crate::share::follow_intent(host, path, url.query()) {
        let value = if account.is_empty() { input.site.to_string() } else { format!("@{account}") };
        out.push(SIGNAL.contribution(w.share_button, value, "a follow button for an account: it links no page, not an editorial link"));
    } else if crate::share::is_share_endpoint(host, path) {
        out.push(SIGNAL.contribution(w.share_button, input.site.to_string(), "social share button: not an editorial link to anyone"));
    } else if crate::share::is_pin_prompt(host, path, input.anchor) {
        out.push(SIGNAL.contribution(w.share_button, input.site.to_string(), "a \u{201c}pin it\u{201d} share button for the page's own pin: not an editorial link"));
    } else if crate::share::is_utility_endpoint(host, path) {
        out.push(SIGNAL.contribution(w.share_button, input.site.to_string(), "page utility (a plug-in prompt, a reprint or sign-up service, a comment widget): not an editorial link"));
    } else if crate::share::hands_over_page(host, url.query(), &input.page.sites) || crate::share::is_share_shaped(host, path, url.query()) {
        out.push(SIGNAL.contribution(w.share_button, input.site.to_string(), "share button or bookmarklet (it sends this page's address to another site): not an editorial link"));
    } else if crate::share::is_own_short_link(host, path, &input.page.sites) || crate::placement::labelled_own_address(&input.link.surrounding, &input.link.text) {
        out.push(SIGNAL.contribution(w.share_button, input.site.to_string(), "the publisher's own short link, as a share button links this page: not an editorial link"));
    } else if crate::share::is_network_home(host, path, url.query(), url.fragment()) {
        out.push(SIGNAL.contribution(w.share_button, input.site.to_string(), "the network's bare home page, no profile or post: a share button placeholder, not an editorial link"));
    } else if let Some(action) = crate::actions::action(url, input.anchor) {
        let value = match action {
            crate::actions::Action::Label(label) => label.to_string(),
            crate::actions::Action::Address => input.site.to_string(),
        };
        out.push(SIGNAL.contribution(w.share_button, value, "an account, subscription or page action (log in, subscribe, a feed, edit this page): not an editorial link"));
    }

    // A share button on an ad network's host (AddThis's forwarder) is a button, said once.
    let button = out.len() > before;
    if !button {
        if let Some((value, reason)) = advertisement(input) {
            out.push(SIGNAL.contribution(w.ad, value, reason));
        }
    }

    // An affiliate link is said once, by its network's host (Amazon's own short links are
    // affiliate links, not a hidden destination), else by its id. A button is no commission link
    // whatever its parameters say (TRUSTe's ad-choices page carries the publisher's
    // `affiliateId`).
    let affiliate = if button { None } else { crate::affiliate::mark(url, input.site) };
    let shortener = shorteners();
    let network = affiliate.as_ref().is_some_and(|m| m.network);
    if !network && (input.categories.contains(Categories::SHORTENER) || shortener.contains(host) || shortener.contains(input.site)) {
        out.push(SIGNAL.contribution(w.shortener, input.site.to_string(), "URL shortener: hides the real destination"));
    }
    if let Some(mark) = &affiliate {
        let reason = if mark.network { "affiliate network redirect: a commercial link that should be rel=sponsored" } else { "affiliate id: a commercial link that should be rel=sponsored" };
        out.push(SIGNAL.contribution(w.affiliate, mark.value.clone(), reason));
    }

    if let Some(query) = url.query() {
        let tracking = form_urlencoded::parse(query.as_bytes())
            .map(|(name, _)| name)
            // A parameter that is the affiliate id is said once, as that.
            .filter(|name| !affiliate.as_ref().and_then(|mark| mark.value.strip_suffix('=')).is_some_and(|id| id.eq_ignore_ascii_case(name)))
            .find(|name| name.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("utm_")) || TRACKING_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name)))
            .map(|name| name.to_ascii_lowercase());
        if let Some(name) = tracking {
            out.push(SIGNAL.contribution(w.tracking, format!("{name}="), "campaign tracking parameters"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::test_support::{run, total};

    fn at(href: &str) -> Vec<Contribution> {
        run(&SIGNAL, |l, _| l.href = href.into())
    }

    #[test]
    fn clean_https_destination_has_no_findings() {
        assert!(at("https://www.example.org/guide?page=2").is_empty());
    }

    #[test]
    fn risky_hosts() {
        assert_eq!(total(&at("http://203.0.113.7/")), -5 - 20);
        assert_eq!(total(&at("https://[2001:db8::1]/")), -20);
        assert_eq!(total(&at("https://cheap-pills.top/")), -10);
        // "аpple.com" with a Cyrillic а: punycode and mixed script.
        let c = at("https://xn--pple-43d.com/");
        assert_eq!(total(&c), -5 - 15, "{c:?}");
        // All-Cyrillic host: punycode only.
        assert_eq!(total(&at("https://xn--80ak6aa92e.com/")), -5);
    }

    #[test]
    fn a_link_labelled_as_the_pages_own_address_is_a_share_tool() {
        let labelled = |surrounding: &str| {
            run(&SIGNAL, |l, _| {
                l.href = "https://gu.com/p/3hcjn".into();
                l.text = "https://gu.com/p/3hcjn".into();
                l.surrounding = format!("{surrounding} https://gu.com/p/3hcjn");
            })
        };
        assert_eq!(total(&labelled("Short link for this page:")), -40);
        assert!(labelled("The study is at").is_empty(), "no label, a citation");
    }

    #[test]
    fn a_pin_it_link_to_the_posts_own_pin_is_a_share_button_and_yummlys_yum_too() {
        let link = |href: &str, text: &str| {
            run(&SIGNAL, |l, _| {
                l.href = href.into();
                l.text = text.into();
            })
        };
        let pin = link("https://www.pinterest.com/pin/529454499940412273/", "Pin it");
        assert!(pin.iter().any(|c| c.weight == -40 && c.reason.contains("share button")), "{pin:?}");
        assert!(link("https://www.pinterest.com/pin/529454499940412273/", "this pin of a 1970s kitchen").is_empty(), "a pin cited for itself");
        let yum = link("http://yummly.com/", "Yum");
        assert!(yum.iter().any(|c| c.weight == -40 && c.reason.contains("share button")), "{yum:?}");
    }

    #[test]
    fn ads_by_their_network_their_label_or_their_widget() {
        use crate::signals::test_support::run_with;
        let network = run_with(&SIGNAL, None, Categories::AD, |l, _| l.href = "http://ad.doubleclick.net/N2204/clk;113157964;/2204/zd.pcmag".into());
        assert!(network.iter().any(|c| c.weight == -40 && c.value == "ad.doubleclick.net" && c.reason.contains("ad or tracking network")), "{network:?}");
        let labelled = run(&SIGNAL, |l, _| {
            l.href = "https://www.nytimes.whsites.net/mediakit/".into();
            l.text = "Advertise on NYTimes.com".into();
        });
        assert_eq!(total(&labelled), -40);
        assert_eq!(labelled.first().map(|c| c.value.to_string()).as_deref(), Some("advertise on"));
        assert!(labelled.iter().any(|c| c.reason.contains("page for advertisers")));
        let label = run(&SIGNAL, |l, _| l.text = "Ads by Yahoo!".into());
        assert!(label.iter().any(|c| c.weight == -40 && c.reason.contains("labelled as an advertisement")), "{label:?}");
        let share = run_with(&SIGNAL, None, Categories::AD, |l, _| l.href = "https://api.addthis.com/oexchange/0.8/forward/facebook/offer?url=https%3A%2F%2Fa.example".into());
        assert_eq!(total(&share), -40, "a share button on an ad network's host is one button: {share:?}");
        let widget = run(&SIGNAL, |l, _| l.href = "https://news.example/story?utm_source=taboola&utm_medium=referral".into());
        assert_eq!(total(&widget), -40 - 2, "an ad, and tracked");
        assert!(run(&SIGNAL, |l, _| l.text = "Advertising Age's report".into()).is_empty(), "a citation of a trade paper");
        let widget_line = run(&SIGNAL, |l, _| l.text = "Recommended by Outbrain".into());
        assert!(widget_line.iter().any(|c| c.reason.contains("labelled as an advertisement")), "{widget_line:?}");
        let around = |text: &str, surrounding: &str, context: crate::snapshot::LinkContext| {
            run(&SIGNAL, |l, _| {
                l.text = text.into();
                l.surrounding = surrounding.into();
                l.context = context;
            })
        };
        let sentence = "The client sets its user agent from the application's name, version and contact in the format recommended by MusicBrainz.";
        let cited = around("recommended by MusicBrainz", sentence, crate::snapshot::LinkContext::Paragraph);
        assert!(cited.is_empty(), "the writer's phrase in a sentence: {cited:?}");
        let boxed = around("Ads by Yahoo!", "Ads by Yahoo! Prevent Mosquitos Custom Mosquito Misting Systems No More Bug Bites - Free Quote www.swat.example", crate::snapshot::LinkContext::Other);
        assert!(boxed.iter().any(|c| c.reason.contains("labelled as an advertisement")), "an ad box's lines around its label: {boxed:?}");
    }

    #[test]
    fn shop_links_are_commission_links() {
        use super::is_shop_link;
        assert!(is_shop_link("https://amzn.to/2UMzQSc", "amzn.to"));
        assert!(is_shop_link("https://www.amazon.com/dp/B000?tag=blog-20", "amazon.com"));
        assert!(is_shop_link("https://rstyle.me/+gH__ViIjgEngrWQFl_N1GQ", "rstyle.me"));
        assert!(is_shop_link("https://bakeware.example/pan?aff_id=7", "bakeware.example"));
        assert!(is_shop_link("https://www.anrdoezrs.net/click-5681521-11209594", "anrdoezrs.net"));
        assert!(!is_shop_link("https://www.dweddings.example/?ref=nav", "dweddings.example"), "a referrer tag");
        assert!(!is_shop_link("https://www.ndsoft.example/product", "ndsoft.example"), "a sponsor's own site");
    }

    #[test]
    fn shorteners_affiliates_and_tracking() {
        assert!(shorteners().len() > 200);
        assert_eq!(total(&at("https://bit.ly/abc")), -15);
        assert_eq!(total(&at("https://www.shareasale.com/r.cfm?b=1")), -12);
        assert_eq!(total(&at("https://go.redirectingat.com/?id=1&url=https%3A%2F%2Fshop.example")), -12, "Skimlinks");
        assert_eq!(total(&at("https://redirect.viglink.com/?key=k&u=https%3A%2F%2Fshop.example")), -12, "VigLink");
        // Skimlinks names the page a click came from (`sref`): still an affiliate link, no share button.
        let skimlinks = run(&SIGNAL, |l, p| {
            l.href = "https://go.redirectingat.com/?id=1&url=https%3A%2F%2Fshop.example&sref=https%3A%2F%2Fmag.example%2Fstory".into();
            p.sites = vec!["mag.example".into()];
        });
        assert_eq!(total(&skimlinks), -12, "{skimlinks:?}");
        assert_eq!(total(&at("https://twitter.com/intent/tweet?url=https%3A%2F%2Fa.example")), -40);
        assert_eq!(total(&at("https://www.facebook.com/sharer/sharer.php?u=x")), -40);
        assert_eq!(total(&at("https://share.v.t.qq.com/index.php?c=share&url=https%3A%2F%2Fnews.example%2Fa")), -40, "shaped like a share button");
        assert!(at("https://twitter.com/mayagrows").is_empty(), "a profile link is not a share button");
        let follow = at("https://twitter.com/intent/follow?original_referer=https%3A%2F%2Fa.example%2F&screen_name=mayagrows");
        assert_eq!((follow.len(), total(&follow)), (1, -40), "a follow button, said once though it hands over the page");
        assert!(follow.iter().all(|c| c.value == "@mayagrows" && c.reason.contains("follow button")));
        assert_eq!(total(&at("https://www.linkedin.com/")), -40, "a share bar's placeholder: the network's bare home page");
        assert!(at("https://www.linkedin.com/company/example/").is_empty());
        assert_eq!(total(&at("https://shop.example/p?ref=nav_footer")), -2, "a referrer tag pays no one: tracking, not an affiliate id");
        assert_eq!(total(&at("https://teleguard.example/?ref=404media.co")), -2, "Ghost's outbound tag");
        assert_eq!(total(&at("https://shop.example/p?affid=2134&ref=x")), -14);
        assert_eq!(total(&at("https://rover.ebay.com/rover/1/711-53200-19255-0/1?campid=5337&toolid=10001")), -12, "eBay Partner Network, said once");
        assert_eq!(total(&at("https://www.amazon.co.uk/dp/B000?tag=blog-21")), -12);
        let opt_out = at("https://preferences.truste.com/2.0/?type=espn&affiliateId=148");
        assert_eq!(total(&opt_out), -40, "an ad-choices page is a page tool, and its `affiliateId` no commission: {opt_out:?}");
        assert!(opt_out.iter().all(|c| !c.reason.contains("affiliate")));
        let amazon_short = at("https://amzn.to/2l2hnQ5");
        assert_eq!(total(&amazon_short), -12, "Amazon Associates' own short link: an affiliate link, not a hidden destination");
        assert!(amazon_short.iter().all(|c| c.reason.starts_with("affiliate network")));
        assert_eq!(total(&at("https://shop.example/p?utm_source=news&utm_medium=email")), -2);
        assert_eq!(total(&at("https://shop.example/p?AFF_ID=9&gclid=x")), -14);
    }
}
