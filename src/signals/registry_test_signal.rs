//! A signal that exists only in unit-test builds, to prove the registry's promise: this file plus
//! one line (`test_modules` in `signals/mod.rs`) and the signal is evaluated on every external
//! link, listed in the Report's catalog and tunable in the stored weights. It speaks only about
//! anchors holding "registry-probe", so no other test sees it.

use super::LinkInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const SIGNAL: Judgement = Judgement {
    id: "registry-test-signal",
    title: "Registry test signal",
    description: "Unit tests only: shows that one file and one registry line add a signal.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub probe: i32,
}

crate::weights_reader!(Weights { probe: "probe" });

impl Default for Weights {
    fn default() -> Self {
        Weights { probe: -7 }
    }
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    if input.anchor.contains("registry-probe") {
        out.push(SIGNAL.contribution(w.probe, "registry-probe", "the anchor holds the registry probe"));
    }
}
