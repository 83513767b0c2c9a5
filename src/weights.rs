//! Reading stored weights. Every signal's and factor's `Weights` is a flat struct of numbers; a
//! derived serde reader per struct cost the popup's Wasm about 2 KB each (the JSON reader is
//! copied into every one), so they share this one map reader instead
//! ([`weights_reader!`](crate::weights_reader)).
//!
//! Same rules as `#[derive(Deserialize)]` with `#[serde(default)]`: a missing field keeps its
//! default, an unknown field is skipped whatever its value (a profile saved by a later version
//! still opens), and a value of the wrong type or out of the field's range is an error.

use serde::de::{Deserializer, Error, IgnoredAny, MapAccess, Unexpected, Visitor};

/// One field to fill: the number it is written into.
pub enum Slot<'a> {
    I32(&'a mut i32),
    U32(&'a mut u32),
    U8(&'a mut u8),
}

impl<'a> From<&'a mut i32> for Slot<'a> {
    fn from(v: &'a mut i32) -> Self {
        Slot::I32(v)
    }
}

impl<'a> From<&'a mut u32> for Slot<'a> {
    fn from(v: &'a mut u32) -> Self {
        Slot::U32(v)
    }
}

impl<'a> From<&'a mut u8> for Slot<'a> {
    fn from(v: &'a mut u8) -> Self {
        Slot::U8(v)
    }
}

impl Slot<'_> {
    fn set<E: Error>(&mut self, v: i64) -> Result<(), E> {
        let fits = match self {
            Slot::I32(s) => i32::try_from(v).map(|v| **s = v).is_ok(),
            Slot::U32(s) => u32::try_from(v).map(|v| **s = v).is_ok(),
            Slot::U8(s) => u8::try_from(v).map(|v| **s = v).is_ok(),
        };
        if fits { Ok(()) } else { Err(E::invalid_value(Unexpected::Signed(v), &"a whole number in the weight's range")) }
    }
}

/// Fills `fields` (each camelCase name with its slot) from a JSON object.
pub fn read<'de, D: Deserializer<'de>>(d: D, fields: &mut [(&'static str, Slot<'_>)]) -> Result<(), D::Error> {
    d.deserialize_map(Fields(fields))
}

struct Fields<'s, 'a>(&'s mut [(&'static str, Slot<'a>)]);

impl<'de> Visitor<'de> for Fields<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of weights")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match self.0.iter_mut().find(|(name, _)| *name == key) {
                Some((_, slot)) => slot.set(map.next_value::<i64>()?)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// `impl Deserialize` for a flat `Weights` struct through [`read`]: the struct's `Default` first,
/// then each listed field by its camelCase name (the name its derived `Serialize` writes; the
/// `weights::tests` check both agree for every registered struct).
#[macro_export]
macro_rules! weights_reader {
    ($ty:ty { $($field:ident: $name:literal),+ $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let mut w = <$ty>::default();
                $crate::weights::read(d, &mut [$(($name, (&mut w.$field).into())),+])?;
                Ok(w)
            }
        }
    };
}

/// Checks a weights type's reader against its writer: every number it writes, in nested weights
/// too, is read back; a missing field keeps its default; an unknown one is skipped.
#[cfg(test)]
pub fn assert_reads_what_it_writes<T>()
where
    T: Default + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
{
    use serde_json::{json, Value};
    fn paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match v {
            Value::Object(fields) => fields.iter().for_each(|(k, v)| {
                at.push(k.clone());
                paths(v, at, out);
                at.pop();
            }),
            _ => out.push(at.clone()),
        }
    }
    let written = serde_json::to_value(T::default()).unwrap();
    let mut all = Vec::new();
    paths(&written, &mut Vec::new(), &mut all);
    assert!(all.len() > 1);
    // Each number set to one no default has, one at a time, beside a field of a later version.
    for path in all {
        let mut changed = written.clone();
        let (last, parents) = path.split_last().unwrap();
        let object = parents.iter().fold(&mut changed, |v, k| &mut v[k.as_str()]).as_object_mut().unwrap();
        object.insert(last.clone(), json!(7));
        object.insert("someLaterField".into(), json!({ "any": ["value"] }));
        let read: T = serde_json::from_value(changed.clone()).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        parents.iter().fold(&mut changed, |v, k| &mut v[k.as_str()]).as_object_mut().unwrap().remove("someLaterField");
        assert_eq!(serde_json::to_value(&read).unwrap(), changed, "{path:?} is not read");
    }
    assert_eq!(serde_json::from_str::<T>("{}").unwrap(), T::default(), "missing fields keep their defaults");
}

#[cfg(test)]
mod tests {
    use crate::signals::destination::Weights;

    #[test]
    fn every_registered_weights_struct_reads_what_it_writes() {
        super::assert_reads_what_it_writes::<crate::scoring::LinkWeights>();
        super::assert_reads_what_it_writes::<crate::prospect::factors::ProspectWeights>();
    }

    #[test]
    fn a_bad_value_is_an_error_and_unknown_fields_are_skipped() {
        assert!(serde_json::from_str::<Weights>(r#"{"plainHttp": "x"}"#).is_err(), "a string");
        assert!(serde_json::from_str::<Weights>(r#"{"plainHttp": 1.5}"#).is_err(), "a fraction");
        assert!(serde_json::from_str::<Weights>(r#"{"plainHttp": 99999999999}"#).is_err(), "out of range");
        assert!(serde_json::from_str::<Weights>(r#"[1, 2]"#).is_err(), "not an object");
        assert!(serde_json::from_str::<crate::prospect::factors::ceiling::Weights>(r#"{"offTopic": -1}"#).is_err(), "a negative cap");
        let w: Weights = serde_json::from_str(r#"{"later": null, "plainHttp": -9}"#).unwrap();
        assert_eq!(w, Weights { plain_http: -9, ..Weights::default() });
    }
}
