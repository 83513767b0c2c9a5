//! The popup's cards about the page: the header (title and authority), the top block (verdict,
//! angle, best contact, Save: what a link builder acts on, on the first screen), the page-level
//! warnings, and the link profile's numbers folded at the bottom.

use gloo_events::EventListener;

use crate::listing::{self, ContactKind};
use crate::prospect::suitability::{Prospect, Verdict};
use crate::report::{LinkSummary, Report};
use crate::snapshot::FrameCounts;
use crate::web::dom::{by_id, fold, score_band, text, El, JsResult};
use crate::web::i18n::{opening_label, plural, t, tr, verdict_label};

use super::links::authority_label;

/// Contact chips shown at most (the best first; the rest fold behind "+N").
const MAX_CONTACTS: usize = 3;
/// Reasons listed under "Why".
const MAX_REASONS: usize = 6;

/// The header: the page's title (its host when it has none) and its own authority.
pub fn header(report: &Report) -> JsResult<()> {
    if let Ok(title) = by_id("page-title") {
        let label = if report.page.title.trim().is_empty() { &report.page.host } else { &report.page.title };
        title.set_text_content(Some(label));
        title.set_attribute("title", &report.page.url)?;
    }
    if let (Ok(badge), Some(authority)) = (by_id("page-authority"), report.page.authority) {
        badge.set_text_content(Some(&format!("{}: {}", report.page.site, authority_label(authority))));
        badge.set_attribute("data-authority", authority.tier.id())?;
        badge.set_attribute("class", &format!("page-authority tier-{}", authority.tier.id()))?;
        badge.remove_attribute("hidden")?;
    }
    Ok(())
}

/// The top block: score and verdict (or the call to set up a profile), the angle, the openings,
/// the best contact with a copy button and at most two more, the slot for Save (save.rs), and
/// the reasons folded. Returns the block and its listeners.
/// "This page links to you", first: how (followed or not), where, with which anchor.
fn links_to_me(report: &Report) -> JsResult<Option<El>> {
    let mine: Vec<&crate::report::LinkReport> = report.links_to_me.iter().filter_map(|&i| report.links.iter().find(|l| l.index == i)).collect();
    let Some(first) = mine.first() else { return Ok(None) };
    let how = t(if first.sponsored {
        "mark_sponsored"
    } else if first.ugc {
        "mark_ugc"
    } else if first.followed {
        "mark_followed"
    } else {
        "mark_nofollow"
    });
    let mut line = tr("links_to_me", &[&how, &super::links::region_text(first.region), &first.anchor]);
    if mine.len() > 1 {
        line.push(' ');
        line.push_str(&plural("links_to_me_more", mine.len() - 1, &[]));
    }
    let notice = text("p", "links-to-me", &line)?.attr("data-links-to-me", &mine.len().to_string())?.attr("data-followed", if first.followed { "true" } else { "false" })?;
    Ok(Some(notice))
}

pub fn top_block(report: &Report, profile_problem: Option<&str>) -> JsResult<(El, Vec<EventListener>)> {
    let mut card = El::new("section")?.class("card prospect top-block").attr("id", "prospect")?.attr("data-top-block", "")?.attr("aria-label", &t("top_label"))?;
    if let Some(notice) = links_to_me(report)? {
        card = card.child(notice)?;
    }
    let Some(p) = &report.prospect else {
        return Ok((card.attr("data-verdict", "none")?.child(El::new("div")?.attr("id", "save-slot")?)?, vec![]));
    };
    let kinds: Vec<&str> = p.openings.iter().map(|o| o.kind.id()).collect();
    let mut head = El::new("div")?.class("prospect-head");
    let mut card = card.attr("data-verdict", p.verdict.map_or("none", Verdict::id))?.attr("data-opportunities", &kinds.join(" "))?;
    if let Some(score) = p.score {
        head = head.child(text("span", &format!("score score-{}", score_band(score)), &score.to_string())?.attr("title", &t("prospect_score_title"))?)?;
        card = card.attr("data-prospect-score", &score.to_string())?;
    }
    card = card.child(head.child(text("span", "verdict", &verdict_label(p.verdict))?)?)?;

    // What the profile left unjudged, with the way to the options page: first when there is no
    // verdict (what it would take), else folded with the reasons.
    let mut note = profile_note(p, profile_problem)?;
    if p.verdict.is_none() {
        if let Some(note) = note.take() {
            card = card.child(note)?;
        }
    }
    card = card.child(text("p", "angle", &p.angle)?)?;
    if !p.openings.is_empty() {
        let list = El::new("ul")?.class("opportunities");
        for o in &p.openings {
            let item = El::new("li")?
                .attr("data-opportunity", o.kind.id())?
                .attr("title", &o.evidence)?
                .child(text("span", "badge badge-opportunity", &opening_label(o.kind))?)?
                .child(text("span", "evidence", &o.evidence)?)?;
            list.0.append_child(&item.0)?;
        }
        card = card.child(list)?;
    }
    let (contacts, mut listeners) = contacts_row(p)?;
    card = card.child(contacts)?.child(El::new("div")?.attr("id", "save-slot")?)?;
    let (why, why_listener) = reasons_fold(p, note)?;
    listeners.push(why_listener);
    Ok((card.child(why)?, listeners))
}

/// The strongest reasons either way (the base is not a reason; points only when they make a
/// score), folded under "Why", with the profile note when there is a verdict.
fn reasons_fold(p: &Prospect, note: Option<El>) -> JsResult<(El, EventListener)> {
    let mut reasons: Vec<_> = p.contributions.iter().filter(|c| c.weight != 0).collect();
    reasons.sort_by_key(|c| std::cmp::Reverse(c.weight.abs()));
    reasons.truncate(MAX_REASONS);
    let list = El::new("ul")?.class("reasons");
    for r in &reasons {
        let mut item = El::new("li")?.attr("data-signal", &r.signal)?;
        if p.score.is_some() {
            let points = if r.weight > 0 { format!("+{}", r.weight) } else { r.weight.to_string() };
            item = item.child(text("span", if r.weight > 0 { "num plus" } else { "num minus" }, &points)?)?;
        }
        list.0.append_child(&item.child(text("span", "reason", &r.reason)?)?.0)?;
    }
    let (why, listener) = fold("why", &plural("why_summary", reasons.len(), &[]))?;
    why.0.append_child(&list.0)?;
    if let Some(note) = note {
        why.0.append_child(&note.0)?;
    }
    Ok((why, listener))
}

fn profile_note(p: &Prospect, profile_problem: Option<&str>) -> JsResult<Option<El>> {
    if p.not_judged.is_empty() && profile_problem.is_none() {
        return Ok(None);
    }
    let list = p.not_judged.join(", ");
    let why = match (profile_problem, &p.needs_profile) {
        (Some(problem), _) => tr("profile_unusable", &[problem, &list]),
        (None, Some(needs)) => tr("profile_needs", &[needs, &list]),
        (None, None) => tr("profile_not_judged", &[&list]),
    };
    let note = El::new("p")?
        .class(if p.verdict.is_none() { "notice set-up" } else { "notice" })
        .attr("data-notice", "no-profile")?
        .child(El::new("span")?.text(&format!("{why} ")))?
        .child(El::new("a")?.class("button").attr("href", "options.html")?.attr("target", "_blank")?.text(&t("set_up_site")))?;
    Ok(Some(note))
}

/// The contacts: the best one first (`data-best-contact`, with a copy button), labelled chips
/// (✉ address, Contact page, @handle), at most three, the rest folded behind "+N"; the author's
/// name after them.
fn contacts_row(p: &Prospect) -> JsResult<(El, Vec<EventListener>)> {
    let row = El::new("div")?.class("contacts").attr("id", "contacts")?;
    let mut listeners = vec![];
    let shown = listing::shown_contacts(&p.contacts, MAX_CONTACTS);
    for (i, (kind, value)) in shown.iter().enumerate() {
        let chip = contact_chip(*kind, value)?;
        if i > 0 {
            row.0.append_child(&chip.0)?;
            continue;
        }
        let best = El::new("span")?.class("best-contact").attr("data-best-contact", kind.id())?.attr("data-value", value)?;
        let copy = El::new("button")?.class("copy").attr("type", "button")?.attr("data-action", "copy-contact")?.attr("aria-label", &tr("copy_contact", &[value]))?.text(&t("copy_button"));
        let (value, button) = (value.to_string(), copy.0.clone());
        listeners.push(EventListener::new(&copy.0, "click", move |_| copy_text(&value, &button)));
        row.0.append_child(&best.child(chip)?.child(copy)?.0)?;
    }
    // The rest fold behind "+N": out of the way, and still there to copy.
    let others = listing::other_contacts(&p.contacts, &shown);
    if !others.is_empty() {
        let (more, listener) = fold("contacts", &format!("+{}", others.len()))?;
        let more = more.class("fold more-contacts");
        for (kind, value) in others {
            more.0.append_child(&contact_chip(kind, value)?.0)?;
        }
        listeners.push(listener);
        row.0.append_child(&more.0)?;
    }
    if let Some(author) = &p.contacts.author {
        row.0.append_child(&text("span", "author", &tr("by_author", &[author]))?.attr("data-contact", "author")?.0)?;
    }
    if shown.is_empty() {
        row.0.append_child(&text("span", "note", &t("no_contact"))?.0)?;
    }
    Ok((row, listeners))
}

/// One chip: an e-mail shows its address, a contact page the words "Contact page" (its address
/// in the tooltip and the link), a social profile its @handle.
fn contact_chip(kind: ContactKind, value: &str) -> JsResult<El> {
    let (tag, label) = match kind {
        ContactKind::Email => ("span", value.to_string()),
        ContactKind::ContactPage => ("a", t("contact_page")),
        ContactKind::Social => ("a", listing::social_handle(value).unwrap_or_else(|| t("social_profile"))),
    };
    let chip = text(tag, &format!("contact contact-{}", kind.id()), &label)?.attr("data-contact", kind.id())?.attr("title", value)?;
    if tag == "a" {
        return chip.attr("href", value)?.attr("target", "_blank")?.attr("rel", "noopener noreferrer");
    }
    Ok(chip)
}

/// Copies `value` to the clipboard and says so on the button.
fn copy_text(value: &str, button: &web_sys::Element) {
    let Some(window) = web_sys::window() else { return };
    let promise = window.navigator().clipboard().write_text(value);
    let button = button.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        button.set_text_content(Some(&t(if ok { "copy_done" } else { "copy_failed" })));
        let _ = button.set_attribute("data-copied", if ok { "true" } else { "false" });
    });
}

/// Page-level warnings a link builder must not miss (drawn under the top block): a robots
/// nofollow, links into bad neighbourhoods, a page too big to read whole.
pub fn warnings(report: &Report) -> JsResult<Vec<El>> {
    let s = &report.summary;
    let mut out = vec![];
    if report.page.robots_nofollow {
        out.push(text("p", "notice", &t("robots_nofollow"))?.attr("data-notice", "robots-nofollow")?);
    }
    // Shorteners, free hosting and ad networks are not bad neighbourhoods (every newsroom links
    // an ad server): their links carry their own reasons and badges.
    let listed: Vec<String> = s.categories.iter().filter(|c| c.links > 0 && c.category.is_bad()).map(|c| format!("{} {}", c.label, c.links)).collect();
    if !listed.is_empty() {
        out.push(categories_line(s, &tr("bad_neighbourhoods", &[&listed.join(" · ")]), "notice")?);
    }
    if report.page.capped {
        let note = tr("page_capped", &[&report.page.links_analyzed.to_string(), &report.page.links_found.to_string()]);
        out.push(text("p", "notice", &note)?.attr("data-notice", "capped")?);
    }
    Ok(out)
}

/// The bad-neighbourhood line with each category's count as `data-category-<id>`.
fn categories_line(s: &LinkSummary, line: &str, class: &str) -> JsResult<El> {
    let mut p = text("p", class, line)?.attr("data-stat", "categories")?;
    for c in &s.categories {
        p = p.attr(&format!("data-category-{}", c.category.id()), &c.links.to_string())?;
    }
    Ok(p)
}

/// The outbound link profile's numbers, folded at the bottom (`#summary` keeps every count as
/// a data attribute for tests).
pub fn summary_card(report: &Report) -> JsResult<(El, EventListener)> {
    let s = &report.summary;
    let p = &s.placement;
    let line = tr("summary_line", &[&s.total.to_string(), &s.external.to_string(), &s.followed.to_string()]);
    let (card, listener) = fold("summary", &line)?;
    let mut card = card.class("fold card summary").attr("id", "summary")?;
    for (key, value) in [
        ("total", s.total),
        ("internal", s.internal),
        ("external", s.external),
        ("other", s.other),
        ("followed", s.followed),
        ("nofollow", s.nofollow),
        ("sponsored", s.sponsored),
        ("ugc", s.ugc),
        ("hidden", s.hidden),
        ("unique-domains", s.unique_external_domains),
    ] {
        card = card.attr(&format!("data-{key}"), &value.to_string())?;
    }
    let placement = [p.content, p.nav, p.header, p.footer, p.sidebar, p.comments, p.other].map(|n| n.to_string());
    let placement: Vec<&str> = placement.iter().map(String::as_str).collect();
    let mut card = card.child(stats(s)?)?.child(text("p", "placement", &tr("placement_line", &placement))?.attr("data-stat", "placement")?)?;
    if s.other > 0 {
        card = card.child(text("p", "note", &plural("links_nowhere", s.other as usize, &[]))?)?;
    }
    if !s.categories.is_empty() && s.categories.iter().filter(|c| c.category.is_bad()).all(|c| c.links == 0) {
        card = card.child(categories_line(s, &t("no_bad_neighbourhoods"), "note")?)?;
    }
    if let Some(line) = frames_line(&report.page.frames) {
        let f = &report.page.frames;
        card = card.child(
            text("p", "note", &line)?
                .attr("data-notice", "frames")?
                .attr("data-frames", &f.frames.to_string())?
                .attr("data-frame-links", &f.links.to_string())?
                .attr("data-frames-unread", &f.unread().to_string())?,
        )?;
    }
    Ok((card, listener))
}

fn stats(s: &LinkSummary) -> JsResult<El> {
    let stat = |label: &str, value: u32, key: &str| -> JsResult<El> {
        El::new("div")?.class("stat").attr("data-stat", key)?.child(text("span", "value", &value.to_string())?)?.child(text("span", "label", &t(label))?)
    };
    El::new("div")?.class("stats").children([
        stat("stat_links", s.total, "total"),
        stat("stat_internal", s.internal, "internal"),
        stat("stat_external", s.external, "external"),
        stat("stat_domains", s.unique_external_domains, "unique-domains"),
        stat("stat_followed", s.followed, "followed"),
        stat("stat_nofollow", s.nofollow, "nofollow"),
        stat("stat_sponsored", s.sponsored, "sponsored"),
        stat("stat_ugc", s.ugc, "ugc"),
        stat("stat_hidden", s.hidden, "hidden"),
    ])
}

/// The sentence about links inside frames (another document's), or None when there is nothing
/// to say (no frames, or only readable frames without links).
fn frames_line(f: &FrameCounts) -> Option<String> {
    let mut parts = vec![];
    if f.links > 0 {
        let key = match (f.links == 1, f.with_links == 1) {
            (true, true) => "frames_links_1_1",
            (true, false) => "frames_links_1_n",
            (false, true) => "frames_links_n_1",
            (false, false) => "frames_links_n_n",
        };
        parts.push(tr(key, &[&f.links.to_string(), &f.with_links.to_string()]));
    }
    let unread = f.unread();
    if unread > 0 {
        parts.push(plural("frames_unread", unread as usize, &[]));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}
