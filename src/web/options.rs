//! The options page: the user's profile (validated by the core, stored in
//! `chrome.storage.local`), "about", and the data sources with their licences and attributions
//! (some licences, e.g. CC BY, require them to be shown).

use gloo_events::{EventListener, EventListenerOptions};
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

use super::chrome;
use super::dom::{by_id, text, El, JsResult};
use super::i18n::{t, tr};
use crate::profile::{FieldError, Profile, ProfileForm};
use crate::sources::{compiled_in, DataSource};

/// The `chrome.storage.local` key of the profile.
pub const PROFILE_KEY: &str = "profile";

/// The form's fields: id (the `ProfileForm` field in camelCase), label and help messages,
/// multi-line.
const FIELDS: [(&str, &str, &str, bool); 6] = [
    ("myDomains", "field_my_domains", "help_my_domains", true),
    ("brands", "field_brands", "help_brands", true),
    ("competitors", "field_competitors", "help_competitors", true),
    ("keywords", "field_keywords", "help_keywords", true),
    ("topic", "field_topic", "help_topic", true),
    ("languages", "field_languages", "help_languages", false),
];

/// The part of `data/domain-intel.json` (written by `build-intel`) the page lists.
#[derive(Deserialize)]
struct DomainDataManifest {
    #[serde(rename = "dataDate")]
    data_date: String,
    sources: Vec<DomainDataSource>,
}

#[derive(Deserialize)]
struct DomainDataSource {
    id: String,
    name: String,
    role: String,
    #[serde(default)]
    url: String,
    date: String,
    licence: String,
    attribution: String,
}

fn role_label(role: &str) -> String {
    let key = match role {
        "authority-subnets" => "role_authority_subnets",
        "authority-rank" => "role_authority_rank",
        "gambling" => "role_gambling",
        "adult" => "role_adult",
        "phishing" => "role_phishing",
        "spam" => "role_spam",
        "shortener" | "shortener-retired" => "role_shortener",
        "hosting-platform" => "role_hosting_platform",
        other => return other.to_string(),
    };
    t(key)
}

/// Entry point called by `options.js`, with the extension's version from its manifest and the
/// domain-data manifest (`undefined` when it could not be read: the page says so).
#[wasm_bindgen(js_name = startOptions)]
pub async fn start_options(version: String, domain_data: JsValue) -> Result<(), JsValue> {
    super::fault::install();
    super::hooks::load().await;
    let app = by_id("app")?;
    app.set_text_content(None);
    let stored = chrome::storage_get_json(PROFILE_KEY).await;
    let (profile, problem) = match stored {
        Ok(None) => (Profile::default(), None),
        Ok(Some(json)) => match Profile::from_stored(&json) {
            Ok(profile) => (profile, None),
            Err(why) => (Profile::default(), Some(why)),
        },
        Err(why) => (Profile::default(), Some(tr("profile_unreadable", &[&why]))),
    };
    app.append_child(&profile_card(problem.as_deref())?.0)?;
    fill_form(&profile.to_form())?;
    attach_save(profile)?;
    let about = El::new("section")?
        .class("card")
        .attr("id", "about")?
        .child(text("h2", "", &t("about_heading"))?)?
        .child(text("p", "", &tr("about_text", &[&version]))?)?;
    app.append_child(&about.0)?;
    let mut sources = compiled_in();
    let manifest: Result<DomainDataManifest, String> = if domain_data.is_object() {
        serde_wasm_bindgen::from_value(domain_data).map_err(|e| e.to_string())
    } else {
        Err("not found".into())
    };
    let note = match manifest {
        Ok(manifest) => {
            sources.extend(manifest.sources.into_iter().map(|s| DataSource {
                used_for: role_label(&s.role),
                id: s.id,
                name: s.name,
                licence: s.licence,
                attribution: s.attribution,
                date: s.date,
                url: s.url,
            }));
            tr("domain_data_dated", &[&manifest.data_date])
        }
        Err(e) => tr("domain_data_unreadable", &[&e]),
    };
    app.append_child(&sources_card(&sources)?.0)?;
    app.append_child(&text("p", "note", &note)?.attr("id", "domain-data-note")?.0)?;
    document_state("ready")
}

fn profile_card(problem: Option<&str>) -> JsResult<El> {
    let mut card = El::new("section")?
        .class("card")
        .attr("id", "profile")?
        .child(text("h2", "", &t("your_site_heading"))?)?
        .child(text("p", "note", &t("your_site_note"))?)?;
    if let Some(problem) = problem {
        let message = tr("profile_defaults_shown", &[problem]);
        card = card.child(text("p", "notice", &message)?.attr("data-notice", "profile-unreadable")?)?;
    }
    let form = El::new("form")?.attr("id", "profile-form")?.attr("novalidate", "")?;
    for (id, label, help, multi_line) in FIELDS {
        let input = if multi_line {
            El::new("textarea")?.attr("id", &format!("field-{id}"))?.attr("name", id)?.attr("rows", "3")?
        } else {
            El::new("input")?.attr("id", &format!("field-{id}"))?.attr("name", id)?.attr("type", "text")?
        };
        let field = El::new("div")?
            .class("field")
            .child(El::new("label")?.attr("for", &format!("field-{id}"))?.text(&t(label)))?
            .child(input)?
            .child(text("small", "help", &t(help))?)?
            .child(El::new("ul")?.class("field-errors").attr("data-field", id)?)?;
        form.0.append_child(&field.0)?;
    }
    let actions = El::new("div")?
        .class("actions")
        .child(El::new("button")?.attr("type", "submit")?.attr("id", "save")?.text(&t("save_button")))?
        .child(El::new("span")?.attr("id", "save-status")?.attr("role", "status")?)?;
    form.0.append_child(&actions.0)?;
    card.child(form)
}

fn field_value(id: &str) -> String {
    let Ok(el) = by_id(&format!("field-{id}")) else { return String::new() };
    if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else {
        String::new()
    }
}

/// Shows `form` in the page's fields.
fn fill_form(form: &ProfileForm) -> JsResult<()> {
    for (id, value) in [
        ("myDomains", &form.my_domains),
        ("brands", &form.brands),
        ("competitors", &form.competitors),
        ("keywords", &form.keywords),
        ("topic", &form.topic),
        ("languages", &form.languages),
    ] {
        let el = by_id(&format!("field-{id}"))?;
        if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        }
    }
    Ok(())
}

fn read_form() -> ProfileForm {
    ProfileForm {
        my_domains: field_value("myDomains"),
        brands: field_value("brands"),
        competitors: field_value("competitors"),
        keywords: field_value("keywords"),
        topic: field_value("topic"),
        languages: field_value("languages"),
    }
}

fn show_errors(errors: &[FieldError]) -> JsResult<()> {
    for (id, ..) in FIELDS {
        let list = super::dom::document()?.query_selector(&format!("ul.field-errors[data-field=\"{id}\"]"))?.ok_or("errors list missing")?;
        list.set_text_content(None);
        for e in errors.iter().filter(|e| e.field == id) {
            list.append_child(&text("li", "", &e.message)?.attr("data-entry", &e.entry)?.0)?;
        }
    }
    Ok(())
}

fn set_status(result: &str, message: &str) -> JsResult<()> {
    let status = by_id("save-status")?;
    status.set_text_content(Some(message));
    status.set_attribute("data-result", result)
}

/// Validates in the core and stores on submit; a bad entry or a failed write changes nothing
/// stored and says why. Registered once at start on a form that lives as long as the page, so
/// the listener is deliberately never dropped (`forget`).
fn attach_save(profile: Profile) -> JsResult<()> {
    let form = by_id("profile-form")?;
    EventListener::new_with_options(&form, "submit", EventListenerOptions::enable_prevent_default(), move |event| {
        event.prevent_default();
        let base = profile.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = save(&base).await;
        });
    })
    .forget();
    Ok(())
}

async fn save(base: &Profile) -> JsResult<()> {
    match base.from_form(&read_form()) {
        Err(errors) => {
            show_errors(&errors)?;
            set_status("invalid", &t("profile_invalid"))
        }
        Ok(profile) => {
            show_errors(&[])?;
            let json = serde_json::to_string(&profile).map_err(|e| JsValue::from_str(&e.to_string()))?;
            match chrome::storage_set_json(PROFILE_KEY, &json).await {
                Ok(()) => {
                    // Show what was stored: domains normalized, duplicates gone.
                    fill_form(&profile.to_form())?;
                    set_status("saved", &t("profile_saved"))
                }
                Err(why) => set_status("failed", &tr("profile_save_failed", &[&why])),
            }
        }
    }
}

fn document_state(state: &str) -> JsResult<()> {
    super::dom::set_state(state)
}

fn sources_card(sources: &[DataSource]) -> JsResult<El> {
    let head = El::new("tr")?.children(["col_source", "col_used_for", "col_licence", "col_attribution", "col_data_date"].map(|h| text("th", "", &t(h))))?;
    let table = El::new("table")?.class("sources").child(head)?;
    for s in sources {
        let name = if s.url.is_empty() {
            text("td", "name", &s.name)?
        } else {
            El::new("td")?.class("name").child(El::new("a")?.attr("href", &s.url)?.attr("target", "_blank")?.attr("rel", "noopener")?.text(&s.name))?
        };
        let row = El::new("tr")?.attr("data-source", &s.id)?.child(name)?.children([
            text("td", "used-for", &s.used_for),
            text("td", "licence", &s.licence),
            text("td", "attribution", &s.attribution),
            text("td", "date", &s.date),
        ])?;
        table.0.append_child(&row.0)?;
    }
    El::new("section")?
        .class("card")
        .attr("id", "data-sources")?
        .child(text("h2", "", &t("sources_heading"))?)?
        .child(text("p", "note", &t("sources_note"))?)?
        .child(table)
}
