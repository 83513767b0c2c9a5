//! The popup's cards about the page: the header (title and authority), the outbound link
//! profile and the prospect card.

use crate::prospect::suitability::{Prospect, Verdict};
use crate::report::Report;
use crate::snapshot::FrameCounts;
use crate::web::dom::{by_id, score_band, text, El, JsResult};

use super::links::authority_label;

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

pub fn summary_card(report: &Report) -> JsResult<El> {
    let s = &report.summary;
    let p = &s.placement;
    let stat = |label: &str, value: u32, key: &str| -> JsResult<El> {
        El::new("div")?.class("stat").attr("data-stat", key)?.child(text("span", "value", &value.to_string())?)?.child(text("span", "label", label)?)
    };
    let card = El::new("section")?
        .class("card summary")
        .attr("id", "summary")?
        .attr("data-total", &s.total.to_string())?
        .attr("data-internal", &s.internal.to_string())?
        .attr("data-external", &s.external.to_string())?
        .attr("data-other", &s.other.to_string())?
        .attr("data-followed", &s.followed.to_string())?
        .attr("data-nofollow", &s.nofollow.to_string())?
        .attr("data-sponsored", &s.sponsored.to_string())?
        .attr("data-ugc", &s.ugc.to_string())?
        .attr("data-hidden", &s.hidden.to_string())?
        .attr("data-unique-domains", &s.unique_external_domains.to_string())?
        .child(text("h2", "", "Outbound link profile")?)?
        .child(El::new("div")?.class("stats").children([
            stat("links", s.total, "total"),
            stat("internal", s.internal, "internal"),
            stat("external", s.external, "external"),
            stat("ext. domains", s.unique_external_domains, "unique-domains"),
            stat("followed ext.", s.followed, "followed"),
            stat("nofollow", s.nofollow, "nofollow"),
            stat("sponsored", s.sponsored, "sponsored"),
            stat("ugc", s.ugc, "ugc"),
            stat("hidden", s.hidden, "hidden"),
        ])?)?;
    let placement = format!(
        "In content {} · navigation {} · header {} · footer {} · sidebar {} · comments {} · elsewhere {}",
        p.content, p.nav, p.header, p.footer, p.sidebar, p.comments, p.other
    );
    let mut card = card.child(text("p", "placement", &placement)?.attr("data-stat", "placement")?)?;
    if s.other > 0 {
        card = card.child(text("p", "note", &format!("{} links go nowhere on the web (mailto:, tel:, javascript:, #fragments, empty).", s.other))?)?;
    }
    if report.page.robots_nofollow {
        card = card.child(text("p", "notice", "This page's robots meta says nofollow: none of its links pass ranking credit.")?.attr("data-notice", "robots-nofollow")?)?;
    }
    if !s.categories.is_empty() {
        let listed: Vec<String> = s.categories.iter().filter(|c| c.links > 0).map(|c| format!("{} {}", c.label, c.links)).collect();
        let line = if listed.is_empty() {
            "No links into listed bad neighbourhoods.".to_string()
        } else {
            format!("Links into bad neighbourhoods: {}", listed.join(" · "))
        };
        let mut p = text("p", if listed.is_empty() { "note" } else { "notice" }, &line)?.attr("data-stat", "categories")?;
        for c in &s.categories {
            p = p.attr(&format!("data-category-{}", c.category.id()), &c.links.to_string())?;
        }
        card = card.child(p)?;
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
    if report.page.capped {
        let note = format!("Huge page: analysed the first {} of {} links.", report.page.links_analyzed, report.page.links_found);
        card = card.child(text("p", "notice", &note)?.attr("data-notice", "capped")?)?;
    }
    Ok(card)
}

/// The sentence about links inside frames (another document's), or None when there is nothing
/// to say (no frames, or only readable frames without links).
fn frames_line(f: &FrameCounts) -> Option<String> {
    let plural = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![];
    if f.links > 0 {
        let verb = if f.links == 1 { "is" } else { "are" };
        parts.push(format!("{} inside {} {verb} not part of this page's link profile.", plural(f.links, "link", "links"), plural(f.with_links, "frame", "frames")));
    }
    let unread = f.unread();
    if unread > 0 {
        let (verb, their) = if unread == 1 { ("shows", "its") } else { ("show", "their") };
        parts.push(format!("{} {verb} another site that can't be read: {their} links are not counted.", plural(unread, "frame", "frames")));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The prospect card: score and verdict (or, without a profile, the call to set one up), the
/// pitch, opportunity types with their evidence, contacts to copy, and the strongest reasons
/// either way (their points only when they make a score).
pub fn prospect_card(p: &Prospect, profile_problem: Option<&str>) -> JsResult<El> {
    let kinds: Vec<&str> = p.openings.iter().map(|o| o.kind.id()).collect();
    let mut head = El::new("div")?.class("prospect-head");
    let mut card = El::new("section")?.class("card prospect").attr("id", "prospect")?;
    if let Some(score) = p.score {
        head = head.child(text("span", &format!("score score-{}", score_band(score)), &score.to_string())?.attr("title", "Prospect score (0–100)")?)?;
        card = card.attr("data-prospect-score", &score.to_string())?;
    }
    let head = head.child(text("span", "verdict", p.verdict.map_or("No verdict", Verdict::label))?)?;
    let mut card = card
        .attr("data-verdict", p.verdict.map_or("none", Verdict::id))?
        .attr("data-opportunities", &kinds.join(" "))?
        .child(text("h2", "", "Prospect for your site")?)?
        .child(head)?;
    // What the profile left unjudged, with the way to the options page: first when there is no
    // verdict (what it would take), else last.
    let mut note = None;
    if !p.not_judged.is_empty() || profile_problem.is_some() {
        let list = p.not_judged.join(", ");
        let why = match (profile_problem, &p.needs_profile) {
            (Some(problem), _) => format!("Your profile could not be used ({problem}). Not judged: {list}."),
            (None, Some(needs)) => format!("{needs}. Not judged without them: {list}."),
            (None, None) => format!("Not judged without your site's details: {list}."),
        };
        note = Some(
            El::new("p")?
                .class(if p.verdict.is_none() { "notice set-up" } else { "notice" })
                .attr("data-notice", "no-profile")?
                .child(El::new("span")?.text(&format!("{why} ")))?
                .child(El::new("a")?.class("button").attr("href", "options.html")?.attr("target", "_blank")?.text("Set up your site"))?,
        );
    }
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
                .child(text("span", "badge badge-opportunity", o.kind.label())?)?
                .child(text("span", "evidence", &o.evidence)?)?;
            list.0.append_child(&item.0)?;
        }
        card = card.child(list)?;
    }
    let c = &p.contacts;
    let contacts = El::new("div")?.class("contacts").attr("id", "contacts")?;
    let mut any = false;
    for (kind, values) in [("email", &c.emails), ("contact-page", &c.contact_pages), ("social", &c.social)] {
        for v in values.iter().take(5) {
            contacts.0.append_child(&text("span", "contact", v)?.attr("data-contact", kind)?.0)?;
            any = true;
        }
    }
    if let Some(author) = &c.author {
        contacts.0.append_child(&text("span", "contact", &format!("by {author}"))?.attr("data-contact", "author")?.0)?;
        any = true;
    }
    if !any {
        contacts.0.append_child(&text("span", "note", "No contact found on this page.")?.0)?;
    }
    card = card.child(contacts)?;

    // The strongest reasons either way (the base is not a reason).
    let mut reasons: Vec<_> = p.contributions.iter().filter(|c| c.weight != 0).collect();
    reasons.sort_by_key(|c| std::cmp::Reverse(c.weight.abs()));
    let list = El::new("ul")?.class("reasons");
    for r in reasons.iter().take(6) {
        let mut item = El::new("li")?.attr("data-signal", &r.signal)?;
        if p.score.is_some() {
            let points = if r.weight > 0 { format!("+{}", r.weight) } else { r.weight.to_string() };
            item = item.child(text("span", if r.weight > 0 { "num plus" } else { "num minus" }, &points)?)?;
        }
        list.0.append_child(&item.child(text("span", "reason", &r.reason)?)?.0)?;
    }
    card = card.child(list)?;
    if let Some(note) = note {
        card = card.child(note)?;
    }
    Ok(card)
}
