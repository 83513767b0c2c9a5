//! `backlink-bot analyze snapshot.json [profile.json]`: prints the Report as JSON.
//! A snapshot comes from `extension/extract.js`, run in any page (e.g. pasted in DevTools).

use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("backlink-bot: {message}");
            eprintln!("usage: backlink-bot analyze SNAPSHOT.json [PROFILE.json]   (\"-\" reads standard input)");
            ExitCode::from(2)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(args: &[String]) -> Result<String, String> {
    use backlink_bot::{analyze, PageSnapshot, Profile};
    use std::io::Read;

    let read = |path: &str| -> Result<String, String> {
        if path == "-" {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| format!("reading standard input: {e}"))?;
            Ok(text)
        } else {
            std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))
        }
    };
    match args {
        [command, snapshot, rest @ ..] if command == "analyze" && rest.len() <= 1 => {
            let snapshot: PageSnapshot = serde_json::from_str(&read(snapshot)?).map_err(|e| format!("{snapshot} is not a page snapshot: {e}"))?;
            let profile: Profile = match rest.first() {
                Some(path) => serde_json::from_str(&read(path)?).map_err(|e| format!("{path} is not a profile: {e}"))?,
                None => Profile::default(),
            };
            serde_json::to_string_pretty(&analyze(&snapshot, &profile)).map_err(|e| e.to_string())
        }
        _ => Err("expected: analyze SNAPSHOT.json [PROFILE.json]".into()),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::SUCCESS
}
