//! `placement` — where on the page the link sits, and whether a reader can see it.
//!
//! Measures: the region [`crate::placement`] decided (content, nav, header, footer, sidebar,
//! comments, boilerplate beside the content), the block
//! (inside a paragraph, a list, a heading, a button) and visibility.
//! Why: an in-content link inside a paragraph is an editorial vote that readers click; boilerplate
//! links (navigation, footers, sidebars) repeat sitewide and search engines discount them;
//! comment links are user-generated; hidden links are a classic link-scheme red flag.
//! Source: Google's reasonable-surfer patent (US 7,716,225) and its link-spam policies.
//! Blind spots: those of [`crate::placement`] (a page whose structure hides its running text);
//! off-canvas menus and collapsed accordions look hidden although they are legitimate (in a
//! menu, header or sidebar the reason says so, without the alarm; the points are the same).

use super::LinkInput;
use crate::judgement::Judgement;
use crate::report::Contribution;
use crate::snapshot::{LinkContext, Region, Visibility};

pub const SIGNAL: Judgement = Judgement {
    id: "placement",
    title: "Placement",
    description: "Where the link sits (in-content paragraph, list, navigation, footer, sidebar, comments) and whether readers can see it.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub content_paragraph: i32,
    pub content_list: i32,
    pub content_other: i32,
    pub unmarked_paragraph: i32,
    pub unmarked_other: i32,
    pub nav: i32,
    pub header: i32,
    pub footer: i32,
    pub sidebar: i32,
    pub comments: i32,
    pub boilerplate: i32,
    pub hidden: i32,
}

crate::weights_reader!(Weights { content_paragraph: "contentParagraph", content_list: "contentList", content_other: "contentOther", unmarked_paragraph: "unmarkedParagraph", unmarked_other: "unmarkedOther", nav: "nav", header: "header", footer: "footer", sidebar: "sidebar", comments: "comments", boilerplate: "boilerplate", hidden: "hidden" });

impl Default for Weights {
    fn default() -> Self {
        Weights {
            content_paragraph: 15,
            content_list: 8,
            content_other: 5,
            unmarked_paragraph: 10,
            unmarked_other: 0,
            nav: -8,
            header: -6,
            footer: -12,
            sidebar: -8,
            comments: -15,
            boilerplate: -6,
            hidden: -40,
        }
    }
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    let link = input.link;
    let in_prose = link.context == LinkContext::Paragraph;
    let (weight, value, reason) = match input.region {
        Region::Main if in_prose => (w.content_paragraph, "content, paragraph", "in-content link inside a paragraph: an editorial vote"),
        Region::Main if link.context == LinkContext::List => (w.content_list, "content, list", "in the main content, in a list"),
        Region::Main => (w.content_other, "content", "in the main content"),
        Region::Body | Region::Other if in_prose => (w.unmarked_paragraph, "paragraph", "inside a paragraph, outside the page's main text"),
        Region::Body | Region::Other => (w.unmarked_other, "elsewhere on the page", "outside the page's main text"),
        Region::Nav => (w.nav, "navigation", "navigation link: boilerplate repeated across the site"),
        Region::Header => (w.header, "header", "in the page header: boilerplate"),
        Region::Footer => (w.footer, "footer", "footer link: often sitewide, discounted by search engines"),
        Region::Aside => (w.sidebar, "sidebar", "sidebar or widget link: boilerplate, rarely editorial"),
        Region::Comments => (w.comments, "comments", "in the comments: user-generated, not an editorial vote"),
        Region::Boilerplate => (w.boilerplate, "beside the content", "next to the article, not in its text (byline, share bar, tags, related posts): not an editorial vote"),
    };
    out.push(SIGNAL.contribution(weight, value, reason));

    let hidden = match link.visibility {
        Visibility::Visible => None,
        // Menus and tabbed boxes hide links until opened: hidden, but no sign of a scheme.
        Visibility::Collapsed => Some(("hidden", "in a closed tab, accordion or details box: readers see it only when they open it")),
        Visibility::Hidden if matches!(input.region, Region::Nav | Region::Header | Region::Aside) => Some(("hidden", "hidden in a collapsed menu or tab: readers see it only when they open it")),
        Visibility::Hidden => Some(("hidden", "hidden from readers (display:none, visibility or opacity): a link-scheme red flag")),
        Visibility::ZeroSize => Some(("zero-size", "rendered with no size: readers cannot see or click it")),
        Visibility::OffScreen => Some(("off-screen", "positioned off-screen: readers cannot see it")),
        Visibility::Other => Some(("not visible", "not visible to readers")),
    };
    if let Some((value, reason)) = hidden {
        out.push(SIGNAL.contribution(w.hidden, value, reason));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::test_support::{run, total};

    #[test]
    fn editorial_paragraph_links_beat_boilerplate() {
        let at = |region, context| {
            total(&run(&SIGNAL, |l, _| {
                l.region = region;
                l.context = context;
            }))
        };
        let paragraph = at(Region::Main, LinkContext::Paragraph);
        assert_eq!(paragraph, 15);
        assert!(paragraph > at(Region::Main, LinkContext::List));
        assert!(at(Region::Main, LinkContext::List) > at(Region::Nav, LinkContext::List));
        assert!(at(Region::Nav, LinkContext::List) > at(Region::Footer, LinkContext::List));
        assert!(at(Region::Footer, LinkContext::Other) > at(Region::Comments, LinkContext::Paragraph));
    }

    #[test]
    fn a_link_in_a_collapsed_menu_is_hidden_without_the_alarm() {
        let c = run(&SIGNAL, |l, _| {
            l.visibility = Visibility::Hidden;
            l.region = Region::Nav;
        });
        let hidden = c.iter().find(|c| c.value == "hidden").unwrap();
        assert!(hidden.reason.contains("collapsed menu") && !hidden.reason.contains("scheme"), "{}", hidden.reason);
        let in_text = run(&SIGNAL, |l, _| l.visibility = Visibility::Hidden);
        assert!(in_text.iter().any(|c| c.reason.contains("link-scheme red flag")));
    }

    #[test]
    fn hidden_links_are_flagged_whatever_the_kind() {
        for v in [Visibility::Hidden, Visibility::ZeroSize, Visibility::OffScreen] {
            let c = run(&SIGNAL, |l, _| {
                l.region = Region::Main;
                l.context = LinkContext::Paragraph;
                l.visibility = v;
            });
            assert_eq!(c.len(), 2);
            assert_eq!(total(&c), 15 - 40);
        }
    }
}
