//! Prospect suitability on the fixture pages written for it (`tests/fixtures/prospect-*.html`,
//! snapshots from the real extractor), for one profile: a home sourdough-baking site.

use std::path::Path;

use backlink_bot::prospect::openings::OpeningKind;
use backlink_bot::prospect::suitability::{Prospect, Verdict};
use backlink_bot::{analyze_prospect, PageSnapshot, Profile};

/// 2026-11-24, as days since 1970-01-01: the fixtures' dates are judged against a fixed day.
const NOW_DAYS: i64 = 20_781;

fn profile() -> Profile {
    Profile {
        my_domains: vec!["crumb-and-crust.example".into()],
        brands: vec!["Crumb and Crust".into()],
        competitors: vec!["rival-bakery.example".into()],
        keywords: vec!["sourdough".into(), "bread baking".into(), "starter".into(), "baking".into()],
        topic: "Home sourdough bread baking guides".into(),
        languages: vec!["en".into()],
        ..Default::default()
    }
}

fn judge(name: &str, profile: &Profile) -> Prospect {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(format!("{name}.snapshot.json"));
    let snapshot: PageSnapshot = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    analyze_prospect(&snapshot, profile, None, NOW_DAYS).prospect.expect("prospect judged")
}

/// The score of a page judged with a profile (every prospect page here has one).
fn score(p: &Prospect) -> u8 {
    p.score.expect("judged with a profile: scored")
}

fn kinds(p: &Prospect) -> Vec<OpeningKind> {
    p.openings.iter().map(|o| o.kind).collect()
}

#[test]
fn relevant_resource_page_beats_irrelevant_page_beats_link_farms() {
    let p = profile();
    let resource = judge("prospect-resource", &p);
    let irrelevant = judge("prospect-irrelevant", &p);
    let farm = judge("prospect-casino-farm", &p);
    let pbn = judge("prospect-pbn", &p);
    assert!(score(&resource) > score(&irrelevant), "{} vs {}", score(&resource), score(&irrelevant));
    assert!(score(&irrelevant) > score(&farm), "{} vs {}", score(&irrelevant), score(&farm));
    assert!(score(&irrelevant) > score(&pbn), "{} vs {}", score(&irrelevant), score(&pbn));
    assert_eq!(resource.verdict, Some(Verdict::Strong), "{:#?}", resource.contributions);
    assert_eq!(irrelevant.verdict, Some(Verdict::Weak), "{:#?}", irrelevant.contributions);
    assert_eq!(farm.verdict, Some(Verdict::Avoid), "{:#?}", farm.contributions);
    assert_eq!(pbn.verdict, Some(Verdict::Avoid), "{:#?}", pbn.contributions);
    assert_eq!(kinds(&resource), [OpeningKind::ResourcePage]);
    assert!(resource.angle.starts_with("Resource page on your topic"), "{}", resource.angle);
    assert!(resource.relevance.matched.iter().any(|m| m == "sourdough"));
    assert!(farm.spam_score >= 60 && pbn.spam_score >= 40, "{} {}", farm.spam_score, pbn.spam_score);
}

#[test]
fn write_for_us_page_is_a_guest_post_opportunity() {
    let p = judge("prospect-write-for-us", &profile());
    assert_eq!(kinds(&p), [OpeningKind::GuestPost]);
    assert_eq!(p.verdict, Some(Verdict::Strong), "{:?}", p.score);
    assert!(p.contacts.emails.contains(&"submissions@loafnotes.example".to_string()));
    assert!(p.angle.contains("guest posts"));
}

#[test]
fn a_mention_without_a_link_and_a_competitor_link_are_both_found() {
    let p = judge("prospect-mention", &profile());
    assert_eq!(kinds(&p), [OpeningKind::UnlinkedMention, OpeningKind::LinkIntersect]);
    assert!(p.angle.starts_with("Unlinked mention"), "{}", p.angle);
    assert!(p.openings[1].evidence.contains("rival-bakery.example"));
    assert_eq!(p.verdict, Some(Verdict::Strong), "{:?}", p.score);
    assert!(p.contacts.author.is_some());
}

#[test]
fn without_a_profile_the_card_says_what_it_cannot_judge() {
    let p = judge("prospect-mention", &Profile::default());
    assert_eq!(p.not_judged, ["relevance", "unlinked mentions", "link intersect"]);
    assert!(kinds(&p).is_empty());
    assert!(!p.contributions.iter().any(|c| c.signal == "relevance"));
}

/// Issue 11: without a profile there is no verdict and no score, the card says what it would
/// take, and the page facts are still there.
#[test]
fn without_a_profile_there_is_no_verdict_but_the_page_facts_remain() {
    for name in ["prospect-resource", "prospect-write-for-us", "prospect-mention", "prospect-irrelevant", "prospect-roundup", "blog-editorial"] {
        let p = judge(name, &Profile::default());
        assert_eq!((p.score, p.verdict), (None, None), "{name}");
        assert_eq!(p.needs_profile.as_deref(), Some("Add your site and keywords to judge this page as a prospect"), "{name}");
        assert!(p.contributions.iter().any(|c| c.signal == "freshness" || c.signal == "link-behaviour"), "{name}: the factors' facts");
    }
    let guest = judge("prospect-write-for-us", &Profile::default());
    assert_eq!(kinds(&guest), [OpeningKind::GuestPost], "opportunity types are page facts");
    assert!(guest.contacts.emails.contains(&"submissions@loafnotes.example".to_string()));
    // Avoid is a warning worth giving anyone: it needs no profile.
    let hacked = judge("prospect-hidden-links", &Profile::default());
    assert_eq!((hacked.verdict, hacked.needs_profile.as_deref()), (Some(Verdict::Avoid), None));
}

/// The fixture page (from the real extractor), at its own address or at `url`.
fn judge_at(name: &str, url: Option<&str>, profile: &Profile) -> Prospect {
    let mut page = snapshot(name);
    if let Some(url) = url {
        page.url = url.into();
    }
    analyze_prospect(&page, profile, None, NOW_DAYS).prospect.expect("prospect judged")
}

/// Issue 11: pages where site owners do not place links on request (the wiki fixture at
/// Wikipedia's address, and on its own domain by its `<meta name="generator">`) are "not a
/// prospect", with the reason first, with or without a profile, however on-topic they are.
#[test]
fn wikis_search_results_login_and_cart_pages_are_not_prospects() {
    let cases = [
        ("prospect-login", None, "Login page: a form, not content"),
        ("prospect-cart", None, "Shopping cart: a form, not content"),
        ("prospect-wiki", Some("https://en.wikipedia.org/wiki/Sourdough"), "Wikipedia article: editors do not add links on request"),
        ("prospect-wiki", None, "Wiki page: editors do not add links on request"),
        ("prospect-search", None, "Search results page: generated from a query"),
        ("prospect-search", Some("https://loafnotes.example/?s=sourdough"), "Search results page: generated from a query"),
    ];
    for (name, url, reason) in cases {
        for profile in [Profile::default(), profile()] {
            let p = judge_at(name, url, &profile);
            assert_eq!((p.score, p.verdict, p.needs_profile.as_deref()), (None, Some(Verdict::NotAProspect), None), "{name} {url:?}");
            let first = p.contributions.iter().filter(|c| c.signal != "prospect-base").max_by_key(|c| c.weight.abs()).unwrap();
            assert_eq!(first.signal, "page-kind", "{name}");
            assert!(first.reason.starts_with(reason), "{name}: {}", first.reason);
            assert!(p.angle.starts_with(reason), "{name}: {}", p.angle);
        }
    }
    // On topic all the same: the profile's relevance is judged, and changes nothing.
    let login = judge_at("prospect-login", None, &profile());
    assert!(login.contributions.iter().any(|c| c.signal == "relevance" && c.weight > 0), "{:#?}", login.contributions);
    // A content page of the same blog stays a prospect.
    assert_eq!(judge_at("prospect-resource", None, &profile()).verdict, Some(Verdict::Strong));
}

/// A sign-in page named nowhere in its address, title or heading is a login page by its shown
/// password form; an article with a log-in box in its header, or inside ASP.NET's one form
/// around the page, is judged as an article. The snapshots come from the real extractor: the
/// hidden registration pop-up and the boxes are what it observed, not what the test says.
#[test]
fn a_login_page_is_known_by_its_form_and_a_log_in_box_changes_no_article() {
    let path = |name: &str| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(format!("{name}.snapshot.json"));
    let read = |name: &str| serde_json::from_str::<PageSnapshot>(&std::fs::read_to_string(path(name)).unwrap()).unwrap();
    let unnamed = read("prospect-login-unnamed");
    assert_eq!(unnamed.password_forms.len(), 1, "the hidden pop-up is not observed: {:?}", unnamed.password_forms);
    let form = unnamed.password_forms[0];
    assert_eq!((form.passwords, form.inputs), (1, 1), "{form:?}");
    for profile in [Profile::default(), profile()] {
        let p = judge("prospect-login-unnamed", &profile);
        assert_eq!((p.score, p.verdict), (None, Some(Verdict::NotAProspect)));
        let kind = p.contributions.iter().find(|c| c.signal == "page-kind").expect("the page kind says why");
        assert!(kind.reason.starts_with("Login page: a form, not content"), "{}", kind.reason);
        assert_eq!(kind.value, "a password form and little text besides it");
    }
    let boxed = read("prospect-article-login-box");
    assert_eq!(boxed.password_forms.len(), 1, "the header's box is observed");
    assert!(boxed.password_forms[0].block >= 0, "and its block listed");
    let article = judge("prospect-article-login-box", &profile());
    assert!(matches!(article.verdict, Some(Verdict::Strong | Verdict::WorthPursuing | Verdict::Weak)), "{:?}", article.verdict);
    assert!(article.contributions.iter().all(|c| c.signal != "page-kind"));
    // ASP.NET's one form around the page holds the article: it is no log-in panel.
    let wrapped = read("prospect-aspnet-article");
    assert_eq!(wrapped.password_forms.len(), 1, "{:?}", wrapped.password_forms);
    let article = judge("prospect-aspnet-article", &profile());
    assert!(matches!(article.verdict, Some(Verdict::Strong | Verdict::WorthPursuing | Verdict::Weak)), "{:?}", article.verdict);
    assert!(article.contributions.iter().all(|c| c.signal != "page-kind"), "{:#?}", article.contributions);
}

#[test]
fn obfuscated_addresses_are_decoded() {
    let p = judge("prospect-resource", &profile());
    assert!(p.contacts.emails.contains(&"editor@loafnotes.example".to_string()), "{:?}", p.contacts);
}

#[test]
fn scores_are_the_sum_of_their_contributions() {
    for name in ["prospect-resource", "prospect-irrelevant", "prospect-casino-farm", "prospect-pbn", "prospect-write-for-us", "prospect-mention"] {
        let p = judge(name, &profile());
        let sum: i32 = p.start + p.contributions.iter().map(|c| c.weight).sum::<i32>();
        assert_eq!(i32::from(score(&p)), sum.clamp(0, 100), "{name}");
        assert!(p.contributions.iter().all(|c| c.signal != "prospect-base"), "{name}: no starting-point row");
        assert_eq!(p.verdict, Some(Verdict::of(score(&p))), "{name}");
    }
}

#[test]
fn roundup_directory_forum_and_sponsored_pages_are_recognised() {
    let p = profile();
    let roundup = judge("prospect-roundup", &p);
    assert_eq!(kinds(&roundup), [OpeningKind::Roundup]);
    assert!(roundup.angle.starts_with("Roundup on your topic"), "{}", roundup.angle);
    assert_eq!(roundup.verdict, Some(Verdict::Strong), "{:?}", roundup.score);

    let directory = judge("prospect-directory", &p);
    assert!(kinds(&directory).contains(&OpeningKind::Directory), "{:?}", kinds(&directory));
    assert!(score(&directory) < score(&roundup));
    assert_eq!(directory.verdict, Some(Verdict::Weak), "{:?}", directory.score);

    let forum = judge("prospect-forum", &p);
    assert_eq!(kinds(&forum), [OpeningKind::Ugc]);
    assert!(forum.angle.starts_with("User-generated"), "{}", forum.angle);
    assert_eq!(forum.verdict, Some(Verdict::Weak), "{:?}", forum.score);

    let sponsored = judge("footer-sponsored", &p);
    assert!(kinds(&sponsored).contains(&OpeningKind::Sponsored));
    assert_eq!(sponsored.verdict, Some(Verdict::Avoid), "{:?}", sponsored.score);
}

/// A page whose text has non-ASCII words right before `@` (once a panic in the core: a byte
/// slice inside "н"): the whole analysis returns a Report, and the addresses are read as written.
#[test]
fn non_ascii_words_before_an_at_sign_are_analysed() {
    let p = profile();
    let contacts = judge("contacts-non-ascii", &p).contacts;
    // Best first: the general inbox, the names, the support desk last.
    assert_eq!(contacts.emails, ["info@example.cn", "иван@mail.ru", "иван@почта.рф", "联系我们@lianxi.com", "support@example.jp"]);

    // The same text, hand-made, through analyze_prospect with and without a profile.
    let snapshot = PageSnapshot {
        url: "https://lianxi.com/контакты".into(),
        lang: "ru".into(),
        text_sample: "Пишите: иван@mail.ru, ИВАН@MAIL.RU; 联系我们@lianxi.com 電郵：王@例子.中国 ✉@x.io mailto:é@b.co".into(),
        emails: vec!["mailto:иван@mail.ru".into(), "联系我们@lianxi.com".into(), "ä".into(), "mailto:".into()],
        ..Default::default()
    };
    for profile in [Profile::default(), p] {
        let report = analyze_prospect(&snapshot, &profile, None, NOW_DAYS);
        let emails = report.prospect.expect("prospect judged").contacts.emails;
        assert_eq!(emails[..2], ["иван@mail.ru", "联系我们@lianxi.com"], "{emails:?}");
    }
}

fn snapshot(name: &str) -> PageSnapshot {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(format!("{name}.snapshot.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn contacts_are_judged_from_the_extractors_raw_candidates() {
    // The extractor reports every candidate as written (tests/e2e/extract.test.mjs); the core
    // drops image names, archives and broken mailtos, and keeps profiles but not share buttons.
    let page = snapshot("extract-contacts");
    assert!(page.emails.iter().any(|e| e == "logo@2x.png") && page.contact_links.is_empty() && page.social_links.is_empty());
    let c = judge("extract-contacts", &profile()).contacts;
    assert_eq!(c.emails, ["jane@bakery.example", "bob@bakery.example", "editor@loafnotes.example", "press@loafnotes.example"]);
    let site = "http://127.0.0.1:8000";
    assert_eq!(c.contact_pages, [format!("{site}/contact"), format!("{site}/p/42"), format!("{site}/%C3%BCber/impressum")]);
    assert_eq!(c.social, ["https://twitter.com/loafnotes", "https://github.com/loafnotes"]);
}

#[test]
fn a_snapshot_saved_before_the_core_judged_contacts_keeps_its_contacts() {
    use backlink_bot::prospect::contacts::contacts;
    let now = snapshot("prospect-write-for-us");
    let found = contacts(&now);
    assert!(!found.contact_pages.is_empty() && !found.emails.is_empty(), "{found:?}");
    // The same page as an extractor before issue 10 wrote it: judged lists, and (as if) no links.
    let old = PageSnapshot {
        emails: found.emails.clone(),
        contact_links: found.contact_pages.clone(),
        social_links: found.social.clone(),
        links: Vec::new(),
        ..now
    };
    assert_eq!(contacts(&old), found);
}

/// An on-topic post on a hacked site (30 hidden pharma and casino links): Avoid, whatever its
/// relevance, with that reason the heaviest.
#[test]
fn hidden_link_injection_is_avoid_even_on_topic() {
    let p = judge("prospect-hidden-links", &profile());
    assert_eq!(p.verdict, Some(Verdict::Avoid));
    let worst = p.contributions.iter().min_by_key(|c| c.weight).unwrap();
    assert_eq!(worst.signal, "page-neighbourhood");
    assert!(p.contributions.iter().any(|c| c.signal == "relevance" && c.weight > 0), "it is on topic");
}

#[test]
fn a_bylines_follow_button_is_no_share_button_and_its_account_is_a_contact() {
    // contacts-desks.html: "By Mara Quinn" with Twitter's follow intent for @maraquinn, which
    // also hands over the page's address (`original_referer`).
    let page = snapshot("contacts-desks");
    let report = analyze_prospect(&page, &profile(), None, NOW_DAYS);
    let follow = report.links.iter().find(|l| l.href.contains("intent/follow")).expect("the follow button is a link");
    let destination: Vec<&str> = follow.contributions.iter().filter(|c| c.signal == "destination").map(|c| &*c.reason).collect();
    assert!(destination.iter().any(|r| r.starts_with("a follow button")), "{destination:?}");
    assert!(!destination.iter().any(|r| r.contains("share button")), "{destination:?}");
    let contacts = report.prospect.expect("prospect judged").contacts;
    assert_eq!(contacts.social, ["https://twitter.com/maraquinn"]);
}

/// A food blogger's recipe (schema.org `Recipe` in its JSON-LD, as the real extractor reads it)
/// that credits one other blog is a prospect: one link out is a food blogger's habit, not a
/// story's one source, so the one-site ceiling leaves it. The same page without the markup is
/// capped. Its header's hidden search panel, headed "Search", makes it no search page.
#[test]
fn a_recipe_crediting_one_blog_is_worth_pursuing_and_its_search_panel_no_search_page() {
    let page = snapshot("prospect-recipe");
    assert!(page.declares("Recipe"), "{:?}", page.types);
    let judged = |page: &PageSnapshot| analyze_prospect(page, &profile(), None, NOW_DAYS).prospect.expect("judged");
    let one_site = |p: &Prospect| p.contributions.iter().any(|c| c.signal == "ceiling" && c.reason.contains("one other site only"));
    let recipe = judged(&page);
    assert_eq!(recipe.verdict, Some(Verdict::WorthPursuing), "{:#?}", recipe.contributions);
    assert!(!one_site(&recipe), "{:#?}", recipe.contributions);
    let mut unmarked = page.clone();
    unmarked.types.clear();
    let post = judged(&unmarked);
    assert_eq!(post.verdict, Some(Verdict::Weak), "{:#?}", post.contributions);
    assert!(one_site(&post), "{:#?}", post.contributions);
}
