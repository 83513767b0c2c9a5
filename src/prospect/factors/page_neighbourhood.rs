//! `page-neighbourhood` — is the page itself a place no link builder wants a link from?
//!
//! Measures: the page's own host in the bad-neighbourhood lists (gambling, adult, phishing /
//! malware / scam, link spam), and followed outbound links hidden from readers outside the nav,
//! header and sidebars (menus and tabbed sidebar widgets hide links for honest reasons: a news
//! site's tabbed "most read" box hid 11 on the development set), in numbers no honest page has (injected link spam, the mark of a hacked or
//! link-selling site).
//! Why: a link from such a page is a liability, whatever else the page offers; an expert
//! rejects it first. So each finding costs enough to make the verdict Avoid on its own, and
//! the popup shows it first (reasons are ordered by size).
//! Words count too: outbound links whose anchors or hosts carry gambling, pharma-spam, adult or
//! warez words (the friend-link blocks of betting sites on hacked or link-selling pages), and a
//! title made of such words (the page's own subject).
//! Sources: `data/neighbourhood-words/words.tsv` (ours, multilingual); the bundled category lists (see `signals::neighbourhood`); hidden links as the
//! extractor observed them (`display:none`, off-screen, zero-size, clipped).
//! Blind spots: lists lag and hold false entries; without the domain data only hidden links
//! are judged; a page that hides a few links for a menu or a carousel is below the threshold
//! (as is one hiding many links to one or two sites: spam to a single site is caught by its words
//! or lists, or missed),
//! and one that hides many for an honest reason (a collapsed mega-menu of external links) is
//! rare but would be misjudged; a hidden link named as its own site (a group's menu of its
//! sites) is not counted, so spam injected with its targets' names as anchors is missed unless
//! its words or lists give it away; nor is a hidden link with no anchor at all (markup, or spam
//! that passes no anchor text), nor one to a site whose name begins with the page's own (a
//! group's offices, `wwf.de` from `wwf.org.br`). The words are a short list: a spam anchor in
//! another wording is missed, and an honest page that links two sites with "casino" in the
//! anchor (reviews of two casino films) is misjudged; links to one site count once (a
//! newspaper's betting partner in its header and its menu).

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::{AnchorSource, Contribution, LinkKind, Report};
use crate::snapshot::{Region, Visibility};

pub const FACTOR: Judgement = Judgement {
    id: "page-neighbourhood",
    title: "The page's own neighbourhood",
    description: "Whether the page's own site is listed as gambling, adult, phishing/malware/scam or link spam, or the page hides dozens of outbound links.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    /// The page's own host is in a bad-neighbourhood list.
    pub listed: i32,
    /// At least this many hidden external links…
    pub hidden_links_from: u32,
    /// …cost this much.
    pub hidden_links: i32,
    /// Outbound links with bad-neighbourhood words in their anchor or host, to at least this many
    /// sites…
    pub word_links_from: u32,
    /// …cost this much.
    pub word_links: i32,
    /// A title with at least two bad-neighbourhood words: the page's own subject.
    pub title_words: i32,
}

crate::weights_reader!(Weights { listed: "listed", hidden_links_from: "hiddenLinksFrom", hidden_links: "hiddenLinks", word_links_from: "wordLinksFrom", word_links: "wordLinks", title_words: "titleWords" });

impl Default for Weights {
    fn default() -> Self {
        // -100: Avoid on its own, whatever the other factors add.
        Weights { listed: -100, hidden_links_from: 12, hidden_links: -100, word_links_from: 2, word_links: -100, title_words: -100 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let page = &input.report.page;
    let bad: Vec<&str> = page.categories.iter().filter(|c| c.is_bad()).map(|c| c.label()).collect();
    if !bad.is_empty() {
        let reason = format!("this site is listed as {}: a link from it is a liability", bad.join(", "));
        out.push(FACTOR.contribution(w.listed, page.site.clone(), reason));
    }
    let hidden = injected_looking(input.report);
    if hidden >= w.hidden_links_from.max(1) {
        out.push(FACTOR.contribution(w.hidden_links, format!("{hidden} hidden outbound links"), "it hides dozens of outbound links from readers: injected link spam"));
    }
    let mut worded = input.report.links.iter().filter(|l| l.kind == LinkKind::External).filter_map(|l| {
        let (category, word) = listed_word(&phrases(&l.anchor)).or_else(|| listed_word(&phrases(&l.domain)))?;
        Some((category, word, l.anchor.as_str(), l.domain.as_str()))
    });
    if let Some((category, word, anchor, first)) = worded.next() {
        // Counted by the sites they lead to: a betting block links several bookmakers, where a
        // newspaper's menu names its one betting partner in its header and again in its menu
        // (blind round 52: the Toronto Star's "Sports Betting").
        let mut sites = vec![first];
        let mut n = 1;
        for (_, _, _, domain) in worded {
            n += 1;
            if !sites.contains(&domain) && sites.len() < 8 {
                sites.push(domain);
            }
        }
        if sites.len() >= w.word_links_from.max(1) as usize {
            let shown: String = anchor.chars().take(40).collect();
            let reason = format!("it links out to {category} sites (\u{201c}{shown}\u{201d}, \u{201c}{word}\u{201d}): the mark of a link scheme or a hacked site");
            out.push(FACTOR.contribution(w.word_links, format!("{n} links"), reason));
        }
    }
    let title = phrases(&input.snapshot.title);
    let said: Vec<(&str, &str)> = listed_in(&title).take(4).collect();
    if let (true, Some((category, _))) = (said.len() >= 2, said.first()) {
        let words: Vec<&str> = said.iter().map(|s| s.1).collect();
        let reason = format!("its title is about {category}: \u{201c}{}\u{201d}", words.join("\u{201d}, \u{201c}"));
        out.push(FACTOR.contribution(w.title_words, format!("{} words", said.len()), reason));
    }
}

fn words_tsv() -> &'static str {
    crate::tables::neighbourhood_words()
}

/// The table's words, read once (anchors and hosts are read for every outbound link): category,
/// word, what to look for in text written by [`phrases`] (" casino " for a Latin word, the
/// word itself for one with CJK characters, as those scripts put no spaces between words), and
/// its first word.
fn table() -> &'static [(&'static str, &'static str, String, &'static str)] {
    static TABLE: std::sync::OnceLock<Vec<(&'static str, &'static str, String, &'static str)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let rows = words_tsv().lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t'));
        rows.flat_map(|(category, words)| {
            words.split(',').map(move |w| {
                let needle = if w.chars().any(|c| c as u32 >= 0x2E80) { w.to_string() } else { format!(" {w} ") };
                (category, w, needle, w.split(' ').next().unwrap_or_default())
            })
        })
        .collect()
    })
}

/// The category and word of the first listed word (in table order) in `text` (written by
/// [`phrases`]). Called for the anchor and host of every outbound link, so it does not scan the
/// text once per word: text without any listed first word is dismissed with one set lookup per
/// word, a Latin word is looked for only where the text has its first word, and CJK words only
/// in text with CJK characters.
fn listed_word(text: &str) -> Option<(&'static str, &'static str)> {
    let cjk = text.chars().any(|c| c as u32 >= 0x2E80);
    // Most anchors and hosts hold no listed word at all: one set lookup per word says so.
    if !cjk && !text.split(' ').any(|word| first_words().contains(word)) {
        return None;
    }
    let found = |needle: &str, first: &str| {
        if needle.starts_with(' ') {
            // Word by word: cheap length-first comparisons, then the whole needle where it starts.
            text.match_indices(' ').any(|(at, _)| {
                let rest = text.get(at..).unwrap_or_default();
                rest.get(1..).unwrap_or_default().split(' ').next() == Some(first) && rest.starts_with(needle)
            })
        } else {
            cjk && text.contains(needle)
        }
    };
    table().iter().find(|row| found(&row.2, row.3)).map(|row| (row.0, row.1))
}

/// The category and word of each listed word in `text` (written by
/// [`crate::prospect::openings::words`]), once each, in table order.
pub(crate) fn listed_in(text: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    table().iter().filter(move |row| text.contains(row.2.as_str())).map(|row| (row.0, row.1))
}

/// The first words of the table's Latin words.
fn first_words() -> &'static hashbrown::HashSet<&'static str> {
    static SET: std::sync::OnceLock<hashbrown::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| table().iter().filter(|row| row.2.starts_with(' ')).map(|row| row.3).collect())
}

/// An anchor, host or title as phrase matching reads them, bounded (attacker-controlled text).
fn phrases(text: &str) -> String {
    crate::prospect::openings::words(&text.chars().take(2_000).collect::<String>())
}

/// Hidden, followed external links outside the nav and header: collapsed menus (a "network
/// sites" dropdown, a mobile menu) hide links there honestly; injected spam sits in or after the
/// content and passes credit. A closed tab, accordion or `<details>` the reader opens is not
/// hiding (an energy calculator's "Methodology" tab cited 26 sources: blind round 9). At most [`PER_SITE`] count per site: injection spreads over many
/// sites, while a hidden carousel or shop widget repeats one (a news portal's 36 hidden links to
/// its sister shop on the development set). Links to the big platforms are menus, not spam (a
/// blog's comment widget hid sign-in links to four of them under each comment: blind round 6).
fn injected_looking(report: &Report) -> u32 {
    let own = crate::signals::page_context::brand_of(&report.page.site);
    let mut sites: Vec<&str> = report
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::External && l.hidden && l.visibility != Visibility::Collapsed && l.followed && !matches!(l.region, Region::Nav | Region::Header | Region::Aside))
        // A link named as its own site ("HoopsHype" to hoopshype.com, "HT Campus" to
        // htcampus.com) is a group's menu of its sites, hidden until opened (USA TODAY Sports'
        // on MMAjunkie in blind round 13, Hindustan Times' on four unlabelled pages of
        // htmlparser-benchmark): link spam is injected to pass its anchor text, and a site's own
        // name passes none.
        .filter(|l| !crate::signals::page_context::names_site(&l.anchor, &l.domain, &l.domain))
        // Nor is a link with no anchor at all (no text, no alt, no label): a news site's
        // schema.org markup repeats its `sameAs` profiles as empty zero-size links under every
        // story it loads (RIA Novosti's 77, in blind round 45).
        .filter(|l| !l.anchor.trim().is_empty())
        // Nor a picture link with no size: an icon that has not loaded (lazy, or its stylesheet
        // and images blocked), not hidden text. Semantic Scholar's team cards link each
        // researcher's site by a "Website link Icon" (blind round 58, where 15 such made a
        // research team page Avoid); injected spam hides words, whose anchor text it sells.
        .filter(|l| !(l.visibility == Visibility::ZeroSize && matches!(l.anchor_source, AnchorSource::ImageAlt | AnchorSource::Icon)))
        // Sign-in, follow and share menus (a comment widget hides one per comment) point to the
        // big platforms; injected spam points to the spammer's clients.
        .filter(|l| !is_big_platform(&l.domain))
        // Nor a site whose name begins with the page's own (`wwf.de`, `wwfadria.org` from
        // `wwf.org.br`): an organisation's dropdown of its offices, named by their countries
        // (blind round 71: WWF Brasil's 88, which made a charity's home page Avoid). Spam is
        // injected to the spammer's clients, not to sites named as the hacked one.
        .filter(|l| !(own.chars().count() >= 3 && l.domain.split('.').next().is_some_and(|name| name.starts_with(own))))
        .map(|l| l.domain.as_str())
        .collect();
    sites.sort_unstable();
    // Sorted, each site's links are a run: count at most PER_SITE of each run.
    let mut count = 0;
    for (i, site) in sites.iter().enumerate() {
        if i < PER_SITE as usize || sites.get(i - PER_SITE as usize) != Some(site) {
            count += 1;
        }
    }
    count
}

/// Hidden links counted per destination site.
const PER_SITE: u32 = 3;

/// Sites of sign-in and share buttons besides the social networks: never an injection's target.
const PLATFORMS: &[&str] = &["google.com", "apple.com", "microsoft.com", "wordpress.com", "disqus.com", "livefyre.com", "gravatar.com"];

/// A social network or another big platform (sign-in, share, comment widgets): a link there is a
/// menu or a profile, never an injected or a sold link.
pub(crate) fn is_big_platform(site: &str) -> bool {
    PLATFORMS.contains(&site) || crate::prospect::contacts::SOCIAL_HOSTS.contains(&site) || crate::prospect::contacts::pinterest_as_com(site).is_some()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_word_index_finds_what_a_scan_of_every_word_finds() {
        let samples = [
            "Best online casino bonus", "casinos", "Casino Online 2026", "buy viagra now", "乐鱼体育官网入口", "体育投注 and casino",
            "poker night", "online poker room", "Zakłady bukmacherskie", "sports-betting tips", "xxx", "nothing here", "", "开云",
            "free keygen and warez", "no prescription needed today",
        ];
        for sample in samples {
            let text = super::phrases(sample);
            let scan = super::table().iter().find(|row| text.contains(row.2.as_str())).map(|row| (row.0, row.1));
            assert_eq!(super::listed_word(&text), scan, "{sample:?}");
        }
        assert_eq!(super::listed_word(&super::phrases("online poker")), Some(("gambling", "online poker")));
    }

    use crate::snapshot::{LinkObservation, PageSnapshot, Region, Visibility};
    use crate::{analyze_prospect, Profile};

    fn page_with_hidden(n: usize) -> PageSnapshot {
        let links = (0..n)
            .map(|i| LinkObservation {
                href: format!("https://shop{i}.example/cheap"),
                raw_href: Some(format!("https://shop{i}.example/cheap")),
                text: "cheap shoes".into(),
                region: Region::Main,
                visibility: Visibility::Hidden,
                ..Default::default()
            })
            .collect();
        PageSnapshot { url: "https://blog.example.com/post".into(), title: "A post".into(), links, ..Default::default() }
    }

    #[test]
    fn dozens_of_hidden_outbound_links_make_the_page_avoid_with_that_reason_first() {
        let few = analyze_prospect(&page_with_hidden(3), &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(few.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a few hidden links are a menu, not spam");
        let mut menu = page_with_hidden(40);
        for l in &mut menu.links {
            l.region = Region::Nav;
        }
        let menu = analyze_prospect(&menu, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(menu.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a collapsed menu of sister sites is not spam");
        let mut tabs = page_with_hidden(40);
        for l in &mut tabs.links {
            l.region = Region::Aside;
        }
        let tabs = analyze_prospect(&tabs, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(tabs.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a tabbed sidebar box hides its other tabs");
        let mut panel = page_with_hidden(40);
        for l in &mut panel.links {
            l.visibility = Visibility::Collapsed;
        }
        let panel = analyze_prospect(&panel, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(panel.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a closed tab of cited sources is not injected spam");
        let mut widget = page_with_hidden(40);
        for l in &mut widget.links {
            l.href = l.href.replace(".example/", ".shop.example/").replace("https://shop", "https://p");
        }
        let widget = analyze_prospect(&widget, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(widget.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a hidden carousel of one shop's products is not injected spam");
        // A comment widget's sign-in and share menus, hidden under each of many comments.
        let mut sign_in = page_with_hidden(40);
        for (i, l) in sign_in.links.iter_mut().enumerate() {
            l.region = Region::Comments;
            l.href = ["https://twitter.com/login", "https://www.facebook.com/login", "https://www.linkedin.com/uas/login", "https://accounts.google.com/o/oauth2"][i % 4].into();
            l.raw_href = Some(l.href.clone());
        }
        let sign_in = analyze_prospect(&sign_in, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(sign_in.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "sign-in menus under comments are not injected spam");
        // A group's dropdown of its other sites, each link named as its site.
        let mut group = page_with_hidden(40);
        for (i, l) in group.links.iter_mut().enumerate() {
            l.text = format!("Shop{i}");
        }
        let group = analyze_prospect(&group, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(group.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a menu of sites named as themselves is not injected spam");
        // An organisation's hidden list of its offices' sites, named by their countries.
        let mut offices = page_with_hidden(40);
        offices.url = "https://www.wwf.org.br/".into();
        for (i, l) in offices.links.iter_mut().enumerate() {
            l.href = format!("https://wwf{i}.example/");
            l.raw_href = Some(l.href.clone());
            l.text = format!("Country {i}");
        }
        let offices = analyze_prospect(&offices, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(offices.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "sites named as the page's own are its group's");
        // A news site's markup of its own profiles: empty, zero-size links, repeated per story.
        let mut markup = page_with_hidden(40);
        for l in &mut markup.links {
            l.text = String::new();
            l.visibility = Visibility::ZeroSize;
        }
        let markup = analyze_prospect(&markup, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(markup.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "links with no anchor pass no anchor text: markup, not injected spam");
        // A team page's icon links whose pictures have not loaded: zero-size, named by their alt.
        let mut icons = page_with_hidden(40);
        for l in &mut icons.links {
            l.text = String::new();
            l.has_image = true;
            l.image_alt = "Website link Icon".into();
            l.visibility = Visibility::ZeroSize;
        }
        let icons = analyze_prospect(&icons, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(icons.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "icons not loaded yet are not hidden text");
        let mut words = page_with_hidden(40);
        for l in &mut words.links {
            l.visibility = Visibility::ZeroSize;
        }
        let words = analyze_prospect(&words, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(words.contributions.iter().any(|c| c.signal == "page-neighbourhood"), "words shrunk to nothing are");
        let many = analyze_prospect(&page_with_hidden(40), &Profile::default(), None, 20_000).prospect.unwrap();
        assert_eq!(many.verdict, Some(crate::prospect::suitability::Verdict::Avoid), "Avoid even without a profile");
        let worst = many.contributions.iter().min_by_key(|c| c.weight).unwrap();
        assert_eq!(worst.signal, "page-neighbourhood");
        assert!(worst.reason.contains("hides dozens of outbound links"), "{}", worst.reason);
    }

    fn page_linking(anchors: &[(&str, &str)], title: &str) -> PageSnapshot {
        let links = anchors
            .iter()
            .enumerate()
            .map(|(i, (text, host))| LinkObservation {
                index: i as u32,
                href: format!("https://{host}/"),
                raw_href: Some(format!("https://{host}/")),
                text: text.to_string(),
                region: Region::Aside,
                ..Default::default()
            })
            .collect();
        PageSnapshot { url: "https://news.example.cn/post/1.html".into(), title: title.into(), links, ..Default::default() }
    }

    fn neighbourhood(page: &PageSnapshot) -> Vec<String> {
        let p = analyze_prospect(page, &Profile::default(), None, 20_000).prospect.unwrap();
        let found: Vec<String> = p.contributions.iter().filter(|c| c.signal == "page-neighbourhood").map(|c| c.reason.to_string()).collect();
        if !found.is_empty() {
            assert_eq!(p.verdict, Some(crate::prospect::suitability::Verdict::Avoid));
        }
        found
    }

    #[test]
    fn friend_links_to_betting_sites_make_the_page_avoid_in_any_script() {
        let betting = page_linking(&[("十博体育", "www.wxcywz.com"), ("海口提琴世界", "www.hktqsj.com"), ("必威体育", "www.ikang888.com")], "新闻");
        let reasons = neighbourhood(&betting);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(reasons[0].starts_with("it links out to gambling sites (\u{201c}十博体育\u{201d}"), "{}", reasons[0]);
        let hosts = page_linking(&[("Sports", "bet365.com"), ("Odds", "www.1xbet.com")], "Match report");
        assert_eq!(neighbourhood(&hosts).len(), 1, "by the hosts' words");
        let once = page_linking(&[("Casino Royale, reviewed", "films.example"), ("Trailer", "video.example")], "Bond films");
        assert!(neighbourhood(&once).is_empty(), "one such link is a film");
        let word_parts = page_linking(&[("Pornography law", "law.example"), ("Casinoroyale", "a.example"), ("xxxlutz", "xxxlutz.de")], "Law");
        assert!(neighbourhood(&word_parts).is_empty(), "whole words only");
        // Blind round 52: the Toronto Star names its one betting partner in its header and again
        // in its menu; two bookmakers are a betting block.
        let partner = page_linking(&[("Sports Betting", "betpartner.example"), ("sports betting", "betpartner.example")], "What the Fed could learn");
        assert!(neighbourhood(&partner).is_empty(), "one site named twice");
        let two = page_linking(&[("Sports Betting", "betpartner.example"), ("sports betting", "otherbook.example")], "What the Fed could learn");
        assert_eq!(neighbourhood(&two).len(), 1, "two sites");
    }

    #[test]
    fn a_title_made_of_such_words_is_the_pages_own_subject() {
        assert_eq!(neighbourhood(&page_linking(&[], "Best Online Casino Bonus 2026 - Sportsbook Reviews")).len(), 1);
        assert!(neighbourhood(&page_linking(&[], "Macau casino stocks slump")).is_empty(), "news about one casino");
    }
}
