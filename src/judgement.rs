//! What every judgement declares, link signal or prospect factor: a stable id, a title and a
//! description for the catalog the Report carries, and the contributions it writes. The two
//! registries ([`crate::signals::LINK_SIGNALS`], [`crate::prospect::factors::PROSPECT_FACTORS`])
//! are built by [`registry!`] from one line per module, so adding a judgement is one new file
//! plus one registry line, and its weights join the stored config by themselves.

use crate::report::{Contribution, SignalInfo, Text};

/// A judgement's catalog entry. Ids are kebab-case, unique across both registries (a test
/// checks), because a contribution names its judgement by id.
#[derive(Debug, Clone, Copy)]
pub struct Judgement {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
}

impl Judgement {
    pub fn info(&self) -> SignalInfo {
        SignalInfo { id: self.id.into(), title: self.title.into(), description: self.description.into() }
    }

    /// A contribution from this judgement.
    pub fn contribution(&self, weight: i32, value: impl Into<Text>, reason: impl Into<Text>) -> Contribution {
        Contribution { signal: self.id.into(), weight, value: value.into(), reason: reason.into() }
    }
}

/// The weights of a registry's starting point (`base`, `prospect-base`): a bare number, 50 by
/// default (mid-scale: with no evidence either way, neither good nor bad).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct StartingPoints(pub i32);

impl Default for StartingPoints {
    fn default() -> Self {
        StartingPoints(50)
    }
}

/// The score a registry's contributions make from its starting points: `start` plus their sum
/// (saturating: weights come from the stored profile, and two huge ones must not overflow),
/// clamped to 0–100. The start is stated once in the Report, never as a contribution: a
/// "starting point" row tells a reader nothing about this link or page.
pub fn score_of(start: i32, contributions: &[Contribution]) -> u8 {
    contributions.iter().fold(start, |sum, c| sum.saturating_add(c.weight)).clamp(0, 100) as u8
}

/// Builds a registry from a list of judgement modules. Each module `m` provides its metadata
/// (`m::SIGNAL` or `m::FACTOR`, named by `meta`), `m::Weights` (serde, with defaults) and
/// `m::evaluate(input, &m::Weights, out)`. Generates the weights config (one field per module,
/// named after it, camelCase in JSON, missing fields default) and the ordered registry.
/// `test_modules` are registered in unit-test builds only.
macro_rules! registry {
    (
        $(#[$weights_doc:meta])* weights: $weights:ident,
        $(#[$registry_doc:meta])* registry: $registry:ident: $entry:ident<$input:ty>,
        meta: $meta:ident,
        modules: [$($module:ident),+ $(,)?],
        test_modules: [$($test_module:ident),* $(,)?] $(,)?
    ) => {
        $(#[$weights_doc])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(default, rename_all = "camelCase")]
        pub struct $weights {
            $(pub $module: $module::Weights,)+
            $(#[cfg(test)] pub $test_module: $test_module::Weights,)*
        }

        $(#[$registry_doc])*
        #[cfg(not(test))]
        pub const $registry: &[$entry] = &[$($crate::judgement::registry!(@entry $entry, $input, $weights, $meta, $module),)+];

        // Unit tests also run the test-only modules (proof that one file + one line registers one).
        $(#[$registry_doc])*
        #[cfg(test)]
        pub const $registry: &[$entry] = &[
            $($crate::judgement::registry!(@entry $entry, $input, $weights, $meta, $module),)+
            $($crate::judgement::registry!(@entry $entry, $input, $weights, $meta, $test_module),)*
        ];
    };
    (@entry $entry:ident, $input:ty, $weights:ident, $meta:ident, $module:ident) => {
        $entry {
            judgement: $module::$meta,
            evaluate: |input: &$input, weights: &$weights, out: &mut Vec<$crate::report::Contribution>| {
                $module::evaluate(input, &weights.$module, out)
            },
        }
    };
}
pub(crate) use registry;
