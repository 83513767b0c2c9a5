//! Affiliate links among a page's links: one test for the whole core. The link signal
//! `destination` marks them commercial (a commission link should carry rel=sponsored), and the
//! prospect's sponsored-page reading (`prospect::openings`) does not count a blogger's shop links
//! as paid placements.
//!
//! An affiliate link is told by its address alone (`data/link-tables/affiliate.tsv`): an
//! affiliate network's click host (CJ's `anrdoezrs.net`, Skimlinks' `go.redirectingat.com`,
//! eBay Partner Network's `rover.ebay.com`), or a parameter that carries an affiliate's id
//! (`aff_id=`, `irclickid=`, Amazon's `tag=` on Amazon only). A referrer tag (`ref=nav`,
//! Ghost's `ref=<site>`) is not one: it says where a click came from, and pays no one.
//!
//! Blind spots: a publisher's own cloaked redirect (`/go/…`, `/recommends/…`) is an internal link
//! and is not scored; an in-house programme with its own parameter name, and a network the table
//! does not list, read as plain links; redirects are not followed.

use std::sync::OnceLock;

/// The table, read once: hosts, parameters and path prefixes, each with the site it holds on
/// (`None`: any).
struct Table {
    hosts: crate::domain::HostSet,
    params: Vec<(&'static str, Option<&'static str>)>,
    /// The names of `params` that hold on any site, which also count as path segments.
    any_site: Vec<&'static str>,
    paths: Vec<(&'static str, Option<&'static str>)>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table { hosts: crate::domain::HostSet::default(), params: Vec::new(), any_site: Vec::new(), paths: Vec::new() };
        for row in crate::tables::affiliate().lines().filter(|l| !l.starts_with('#')) {
            let mut cells = row.split('\t').map(str::trim);
            let (kind, value, site) = (cells.next(), cells.next().filter(|v| !v.is_empty()), cells.next().filter(|s| !s.is_empty()));
            match (kind, value) {
                (Some("host"), Some(host)) => table.hosts.insert(host),
                (Some("param"), Some(name)) => {
                    table.params.push((name, site));
                    if site.is_none() {
                        table.any_site.push(name);
                    }
                }
                (Some("path"), Some(prefix)) => table.paths.push((prefix, site)),
                _ => {}
            }
        }
        table
    })
}

/// True when a row's site holds for `site`: any site, the site itself, or every store of a
/// name when the row's site ends in "." ("amazon." is amazon.com and amazon.co.uk).
fn holds_on(on: Option<&str>, site: &str) -> bool {
    on.is_none_or(|on| if on.ends_with('.') { site.starts_with(on) } else { site == on })
}

/// The affiliate network whose click host `host` (lowercase) is, itself or a parent domain.
pub fn network_host(host: &str) -> Option<&'static str> {
    table().hosts.find(host)
}

/// How a link was told an affiliate link: `value` for its reason, and whether by its network's
/// host (else by an id).
pub struct Mark {
    pub value: String,
    pub network: bool,
}

/// True when the query parameter `name` with `value` carries an affiliate's id on a link to
/// `site` (the link's registrable domain, lowercase): a listed name, any name that says
/// "affiliate" (`affiliate_tracking_code`), a `ref` that is a number (a partner's id, where a
/// referrer tag is a word: `ref=7801`, not `ref=nav`), or a marketing channel that names the
/// affiliate channel or an affiliate network ([`affiliate_channel`]).
fn is_affiliate_param(name: &str, value: &str, site: &str) -> bool {
    let says = |text: &str, word: &str| text.as_bytes().windows(word.len()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()));
    table().params.iter().any(|(param, on)| param.eq_ignore_ascii_case(name) && holds_on(*on, site))
        || says(name, "affiliate")
        || (name.eq_ignore_ascii_case("ref") && value.len() >= 3 && value.bytes().all(|b| b.is_ascii_digit()))
        || (CHANNEL_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name)) && affiliate_channel(value).is_some())
}

/// Parameters that name the marketing channel a click came through: Google Analytics' source and
/// medium, IBM Coremetrics' `cm_mmc` (`LinkshareUK-_-…`).
const CHANNEL_PARAMS: &[&str] = &["utm_medium", "utm_source", "cm_mmc"];

/// Affiliate networks as shops name them in a channel's value (the networks of `affiliate.tsv`);
/// a name of six letters or more also heads a longer word (`LinkshareUK`), a shorter one only
/// stands alone (`cj`, not `cjr`; `sovrn`, not `sovrnews`).
const CHANNEL_NETWORKS: &[&str] = &[
    "affiliate", "avantlink", "awin", "cj", "flexoffers", "linkshare", "partnerize", "pepperjam", "rakuten", "shareasale", "skimlinks", "sovrn",
    "tradedoubler", "viglink", "webgains",
];

/// The first word of a channel's value when it is the affiliate channel (Google Analytics files
/// `utm_medium=affiliate` under it) or an affiliate network (`cm_mmc=LinkshareUK-_-…`,
/// `utm_source=shareasale`).
fn affiliate_channel(value: &str) -> Option<&str> {
    let word = value.split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or_default();
    CHANNEL_NETWORKS
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n) || (n.len() >= 6 && word.len() > n.len() && word.get(..n.len()).is_some_and(|head| head.eq_ignore_ascii_case(n))))
        .then_some(word)
}

/// The first affiliate parameter of a query, as `name=` (lowercase), for the link's reason.
fn param_in(query: &str, site: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes()).find(|(name, value)| is_affiliate_param(name, value, site)).map(|(name, value)| {
        let name = name.to_ascii_lowercase();
        match affiliate_channel(&value).filter(|_| CHANNEL_PARAMS.contains(&name.as_str())) {
            Some(word) => format!("{name}={}", word.to_ascii_lowercase()),
            None => format!("{name}="),
        }
    })
}

/// What makes a link to `site` (its registrable domain, lowercase) an affiliate link, for its
/// reason: its network's host, an id in its query, an id written as a path segment pair
/// (`/partnerid/7084/`), a query a CMS percent-encoded into the path (`/dp/B00…%3Ftag%3Dx-20`),
/// or a listed path (Amazon's influencer storefronts, `/shop/<name>`). `None`: no sign of one.
pub fn mark(url: &crate::links::WebUrl, site: &str) -> Option<Mark> {
    if let Some(network) = network_host(url.host()) {
        return Some(Mark { value: network.to_string(), network: true });
    }
    id(url, site).map(|value| Mark { value, network: false })
}

/// The affiliate id of a link that is not a network's, for its reason.
fn id(url: &crate::links::WebUrl, site: &str) -> Option<String> {
    if let Some(found) = url.query().and_then(|q| param_in(q, site)) {
        return Some(found);
    }
    let path = url.path();
    let table = table();
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    while let Some(segment) = segments.next() {
        if let Some(param) = table.any_site.iter().find(|param| param.eq_ignore_ascii_case(segment)) {
            if segments.next().is_some() {
                return Some(format!("/{param}/"));
            }
        }
    }
    // Most paths hold no escape at all: one fast scan for '%' first.
    let encoded_query = if path.as_bytes().contains(&b'%') { path.as_bytes().windows(3).position(|w| w.eq_ignore_ascii_case(b"%3f")) } else { None };
    if let Some(at) = encoded_query {
        let encoded = path.get(at + 3..).unwrap_or_default();
        if let Some(found) = param_in(&percent_encoding::percent_decode_str(encoded).decode_utf8_lossy(), site) {
            return Some(found);
        }
    }
    table.paths.iter().find(|(prefix, on)| holds_on(*on, site) && path.starts_with(prefix)).map(|(prefix, _)| (*prefix).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_hosts_match_the_host_or_a_parent() {
        assert_eq!(network_host("www.anrdoezrs.net"), Some("anrdoezrs.net"));
        assert_eq!(network_host("go.redirectingat.com"), Some("redirectingat.com"));
        assert_eq!(network_host("homedepot.sjv.io"), Some("sjv.io"));
        assert_eq!(network_host("rover.ebay.com"), Some("rover.ebay.com"));
        assert_eq!(network_host("www.ebay.com"), None, "eBay's own pages are a shop, not the partner network");
        assert_eq!(network_host("walmart.com"), None);
        assert_eq!(network_host("notanrdoezrs.net"), None, "whole labels only");
        assert_eq!(network_host("net"), None);
        assert_eq!(network_host("amzn.to"), Some("amzn.to"));
    }

    /// The mark of `href` (its site taken as its host without `www.`, enough here).
    fn marked(href: &str) -> Option<String> {
        let url = crate::links::WebUrl::parse(href).expect("a web address");
        let site = url.host().trim_start_matches("www.").to_string();
        mark(&url, &site).map(|m| m.value)
    }

    #[test]
    fn affiliate_ids_are_not_referrer_tags() {
        assert_eq!(marked("https://www.asos.example/p?iid=7&affid=2134").as_deref(), Some("affid="));
        assert_eq!(marked("https://bakeware.example/pan?AFF_ID=7").as_deref(), Some("aff_id="));
        assert_eq!(marked("https://amazon.com/dp/B0?tag=slatmaga-20").as_deref(), Some("tag="));
        assert_eq!(marked("https://amazon.co.uk/dp/B0?tag=slatmaga-21").as_deref(), Some("tag="));
        assert_eq!(marked("https://stackoverflow.com/questions?tag=rust"), None, "tag= pays on Amazon only");
        assert_eq!(marked("https://apple.com/app?at=1l3vx&ct=blog").as_deref(), Some("at="));
        assert_eq!(marked("https://rouxbe.example/?affiliate_tracking_code=5250c").as_deref(), Some("affiliate_tracking_code="), "a name that says so");
        assert_eq!(marked("https://shop.example/p?utm_source=site&utm_medium=Affiliate").as_deref(), Some("utm_medium=affiliate"), "analytics' affiliate channel");
        assert_eq!(marked("https://www.net-a-porter.com/gb/en/product/821067?cm_mmc=LinkshareUK-_-Hy3bqNL2jtQ-_-Custom-_-LinkBuilder&siteID=Hy3bqNL2jtQ").as_deref(), Some("cm_mmc=linkshareuk"), "a channel naming its network");
        assert_eq!(marked("https://shop.example/p?utm_source=ShareASale&utm_medium=referral").as_deref(), Some("utm_source=shareasale"));
        assert_eq!(marked("https://shop.example/p?utm_source=cj").as_deref(), Some("utm_source=cj"));
        for channel in ["utm_source=cjr", "utm_source=awinner", "utm_medium=social&utm_source=sovrnews", "utm_campaign=linkshare", "cm_mmc=email-_-linkshare"] {
            assert_eq!(marked(&format!("https://shop.example/p?{channel}")), None, "{channel}");
        }
        assert_eq!(marked("https://www.opentable.example/r?ref=7801").as_deref(), Some("ref="), "a partner's number");
        for referrer in ["ref=nav", "ref=404media.co", "ref=EMCFI97", "ref=mostpopular", "ref=12", "partner=triangle", "campaignid=9", "utm_source=news&utm_medium=email"] {
            assert_eq!(marked(&format!("https://shop.example/?{referrer}")), None, "{referrer}");
        }
    }

    #[test]
    fn ids_in_the_path() {
        assert_eq!(marked("http://www.fanatics.example/NFL_Eagles/browse/partnerid/7084/").as_deref(), Some("/partnerid/"));
        assert_eq!(marked("http://www.fanatics.example/partnerid/"), None, "a segment with no id after it");
        assert_eq!(
            marked("https://www.amazon.com/Casio-AQS800W/dp/B005MDPAPU%3FSubscriptionId%3DAKIA%26tag%3Dmentalfloss0a-20%26linkCode%3Dxm2").as_deref(),
            Some("tag="),
            "a query percent-encoded into the path"
        );
        assert_eq!(marked("https://www.amazon.com/shop/sweetest.kitchen").as_deref(), Some("/shop/"), "an influencer storefront");
        assert_eq!(marked("https://shop.example/shop/kitchen"), None, "a shop's own /shop/");
        assert_eq!(marked("http://www.dreamhost.com/r.cgi?5548").as_deref(), Some("/r.cgi"), "a DreamHost Rewards link");
        assert_eq!(marked("https://www.dreamhost.com/hosting/"), None, "DreamHost's own page");
        assert_eq!(marked("https://society6.com/product/bird_print?curator=brainpicker").as_deref(), Some("curator="), "a Society6 curator");
        assert_eq!(marked("https://museum.example/exhibits?curator=jones"), None, "a curator elsewhere is a person");
        assert_eq!(marked("https://www.sendinblue.com/?tap_a=50756-68891f&tap_s=1729762-9da52d").as_deref(), Some("tap_a="), "Tapfiliate");
        assert_eq!(marked("https://wiki.example/a%3Fb"), None);
    }
}
