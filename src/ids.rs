//! Fieldless enums written and read by their stable ids ("main", "worth-pursuing", "page-gone"),
//! through one shared string visitor.
//!
//! Why not serde's derive: it builds an enum visitor per type, and serde_json an enum reader per
//! type (about 1.5 KB of Wasm each; eight such types are in the popup). These values are only
//! ever JSON strings, so one string visitor that returns a position in the type's list does the
//! same job once. Each type keeps its `ALL` list and `id()` beside it, as before; the ids are
//! still the kebab-case names the derive wrote, so stored data reads the same (`tests` below
//! check every variant both ways).

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// A fieldless enum with a stable id per variant.
pub trait Id: Copy + 'static {
    /// Every variant.
    const EVERY: &'static [Self];
    /// What an unknown id reads as (a region a newer extractor names), or `None` to refuse it.
    const UNKNOWN: Option<Self> = None;
    fn id(self) -> &'static str;
}

/// Reads an id as a position in a type's list; not generic over the type, so serde_json
/// compiles its string reading for it once.
struct Position {
    find: fn(&str) -> Option<usize>,
}

impl<'de> Visitor<'de> for Position {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a known name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok((self.find)(v))
    }
}

fn position<T: Id>(id: &str) -> Option<usize> {
    T::EVERY.iter().position(|t| t.id() == id)
}

/// `T` from its id.
pub fn read<'de, D: Deserializer<'de>, T: Id>(d: D) -> Result<T, D::Error> {
    let found = d.deserialize_str(Position { find: position::<T> })?;
    found.and_then(|i| T::EVERY.get(i).copied()).or(T::UNKNOWN).ok_or_else(|| de::Error::custom("unknown name"))
}

/// `Serialize` and `Deserialize` for [`Id`] types, by their ids; with `lists`, also [`Id`] itself
/// from the type's own `ALL` and `id()`.
macro_rules! serde_by_id {
    (lists $($t:ident),* $(,)?) => {$(
        impl crate::ids::Id for $t {
            const EVERY: &'static [$t] = &$t::ALL;
            fn id(self) -> &'static str {
                $t::id(self)
            }
        }
        crate::ids::serde_by_id!($t);
    )*};
    ($($t:ty),* $(,)?) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(crate::ids::Id::id(*self))
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                crate::ids::read(d)
            }
        }
    )*};
}
pub(crate) use serde_by_id;

#[cfg(test)]
mod tests {
    use super::Id;

    /// Every variant's id, as serde's kebab-case derive wrote it, and back.
    fn round_trips<T: Id + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned>(ids: &[&str]) {
        assert_eq!(T::EVERY.len(), ids.len());
        for (&t, &id) in T::EVERY.iter().zip(ids) {
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{id}\""));
            assert_eq!(serde_json::from_str::<T>(&format!("\"{id}\"")).unwrap(), t);
        }
        let unknown = serde_json::from_str::<T>("\"no-such-id\"");
        match T::UNKNOWN {
            Some(other) => assert_eq!(unknown.unwrap(), other),
            None => assert!(unknown.is_err()),
        }
        assert!(serde_json::from_str::<T>("3").is_err(), "a number is no id");
    }

    #[test]
    fn every_id_reads_back_as_the_derive_wrote_it() {
        use crate::snapshot::{LinkContext, Region, Visibility};
        round_trips::<Region>(&["main", "nav", "header", "footer", "aside", "comments", "body", "boilerplate", "other"]);
        round_trips::<LinkContext>(&["paragraph", "list", "button", "heading", "other"]);
        round_trips::<Visibility>(&["visible", "hidden", "collapsed", "zero-size", "off-screen", "other"]);
        round_trips::<crate::crm::Status>(&["new", "contacted", "replied", "won", "lost", "do-not-contact"]);
        round_trips::<crate::crm::checks::LinkState>(&["live", "nofollowed", "lost", "page-gone"]);
        round_trips::<crate::prospect::suitability::Verdict>(&["strong", "worth-pursuing", "weak", "not-a-prospect", "avoid"]);
        round_trips::<crate::intel::Tier>(&["top1k", "top10k", "top100k", "unranked"]);
        let kinds = ["resource-page", "guest-post", "roundup", "directory", "unlinked-mention", "link-intersect", "ugc", "sponsored"];
        round_trips::<crate::prospect::openings::OpeningKind>(&kinds);
    }
}
