//! A prospect factor that exists only in unit-test builds, to prove the registry's promise: this
//! file plus one line (`test_modules` in `prospect/factors/mod.rs`) and the factor is part of
//! every prospect score, listed in its catalog and tunable in the stored weights. It speaks only
//! about pages titled with "registry-probe", so no other test sees it.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const FACTOR: Judgement = Judgement {
    id: "registry-test-factor",
    title: "Registry test factor",
    description: "Unit tests only: shows that one file and one registry line add a factor.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub probe: i32,
}

crate::weights_reader!(Weights { probe: "probe" });

impl Default for Weights {
    fn default() -> Self {
        Weights { probe: 9 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    if input.snapshot.title.contains("registry-probe") {
        out.push(FACTOR.contribution(w.probe, "registry-probe", "the title holds the registry probe"));
    }
}
