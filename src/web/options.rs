//! The options page: for now "about" and the data sources with their licences and attributions
//! (some licences, e.g. CC BY, require them to be shown). The profile form comes with prospect
//! suitability.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use super::dom::{by_id, text, El, JsResult};
use crate::sources::{compiled_in, DataSource};

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

fn role_label(role: &str) -> &str {
    match role {
        "authority-subnets" => "authority score (referring subnets)",
        "authority-rank" => "authority tier (rank)",
        "gambling" => "gambling sites",
        "adult" => "adult sites",
        "phishing" => "phishing, malware and scam sites",
        "spam" => "link and referrer spam",
        "shortener" | "shortener-retired" => "URL shorteners",
        "hosting-platform" => "free hosting and blog platforms",
        other => other,
    }
}

/// Entry point called by `options.js`, with the extension's version from its manifest and the
/// domain-data manifest (`undefined` when it could not be read: the page says so).
#[wasm_bindgen(js_name = startOptions)]
pub fn start_options(version: String, domain_data: JsValue) -> Result<(), JsValue> {
    let app = by_id("app")?;
    app.set_text_content(None);
    let about = El::new("section")?
        .class("card")
        .attr("id", "about")?
        .child(text("h2", "", "About")?)?
        .child(text("p", "", &format!("Backlink Bot {version}. Everything runs in your browser: no account, no server, no page data leaves it."))?)?;
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
                used_for: role_label(&s.role).to_string(),
                id: s.id,
                name: s.name,
                licence: s.licence,
                attribution: s.attribution,
                date: s.date,
                url: s.url,
            }));
            format!("Domain data (authority tiers, bad neighbourhoods) dated {}.", manifest.data_date)
        }
        Err(e) => format!("The domain data's manifest could not be read ({e}): its sources are listed in PROVENANCE.md."),
    };
    app.append_child(&sources_card(&sources)?.0)?;
    app.append_child(&text("p", "note", &note)?.attr("id", "domain-data-note")?.0)?;
    document_state("ready")
}

fn document_state(state: &str) -> JsResult<()> {
    super::dom::document()?.body().ok_or("no body")?.set_attribute("data-state", state)
}

fn sources_card(sources: &[DataSource]) -> JsResult<El> {
    let head = El::new("tr")?.children(["Source", "Used for", "Licence", "Attribution", "Data date"].map(|h| text("th", "", h)))?;
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
        .child(text("h2", "", "Data sources and licences")?)?
        .child(text("p", "note", "Backlink Bot ships this data inside the extension and looks it up offline.")?)?
        .child(table)
}
