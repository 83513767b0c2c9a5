//! The Wasm boundary, tested in Node with the production serializer: what `analyzePage` returns
//! must be plain JSON (objects, arrays, null — never `Map` or `undefined`) equal to the native
//! Report, and bad input must give a clear error.
#![cfg(target_arch = "wasm32")]

use backlink_bot::web::{analyze_page, today};
use backlink_bot::{analyze_prospect, PageSnapshot, Profile};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

const SNAPSHOT: &str = include_str!("fixtures/blog-editorial.snapshot.json");

fn parse(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("fixture is JSON")
}

fn stringify(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).expect("report stringifies").into()
}

#[wasm_bindgen_test]
fn report_is_plain_json_equal_to_the_native_report() {
    let out = analyze_page(parse(SNAPSHOT), JsValue::UNDEFINED).expect("analyzes");
    assert!(out.is_object());
    assert!(!out.is_instance_of::<js_sys::Map>(), "json_compatible output is an Object, not a Map");
    let links = js_sys::Reflect::get(&out, &"links".into()).unwrap();
    assert!(js_sys::Array::is_array(&links));

    let from_js: serde_json::Value = serde_json::from_str(&stringify(&out)).unwrap();
    let snapshot: PageSnapshot = serde_json::from_str(SNAPSHOT).unwrap();
    let native = serde_json::to_string(&analyze_prospect(&snapshot, &Profile::default(), None, today())).unwrap();
    // Through JS's own JSON once, so numbers compare by value (JS writes 0.0 as 0).
    let native: serde_json::Value = serde_json::from_str(&stringify(&parse(&native))).unwrap();
    assert_eq!(from_js, native);
    // Unscored links carry `null`, which JSON keeps (undefined would vanish).
    assert!(stringify(&out).contains("\"score\":null"));
}

#[wasm_bindgen_test]
fn the_extractor_json_string_and_an_object_give_the_same_report() {
    let from_string = stringify(&analyze_page(JsValue::from_str(SNAPSHOT), JsValue::UNDEFINED).unwrap());
    let from_object = stringify(&analyze_page(parse(SNAPSHOT), JsValue::UNDEFINED).unwrap());
    assert_eq!(from_string, from_object);
}

#[wasm_bindgen_test]
fn profile_may_be_null_or_partial() {
    let a = stringify(&analyze_page(parse(SNAPSHOT), JsValue::NULL).unwrap());
    let b = stringify(&analyze_page(parse(SNAPSHOT), parse(r#"{"weights":{"base":50}}"#)).unwrap());
    assert_eq!(a, b);
}

#[wasm_bindgen_test]
fn bad_input_is_a_clear_error() {
    let err = analyze_page(JsValue::from_str("not a snapshot"), JsValue::UNDEFINED).unwrap_err();
    let message: String = JsValue::from(err).dyn_into::<js_sys::Error>().unwrap().message().into();
    assert!(message.contains("snapshot"), "{message}");
    let err = analyze_page(JsValue::from_f64(5.0), JsValue::UNDEFINED).unwrap_err();
    let message: String = JsValue::from(err).dyn_into::<js_sys::Error>().unwrap().message().into();
    assert!(message.contains("missing"), "{message}");
    let err = analyze_page(parse(r#"{"links": 5}"#), JsValue::UNDEFINED).unwrap_err();
    let message: String = JsValue::from(err).dyn_into::<js_sys::Error>().unwrap().message().into();
    assert!(message.contains("malformed"), "{message}");
}

#[wasm_bindgen_test]
fn hostile_enum_values_do_not_break_the_boundary() {
    let out = analyze_page(
        parse(r#"{"url":"https://a.example/","links":[{"href":"https://b.example/","rawHref":"https://b.example/","region":"<script>","visibility":"weird","context":42}]}"#),
        JsValue::UNDEFINED,
    );
    // A number where a string enum is expected is malformed; unknown strings are tolerated.
    assert!(out.is_err());
    let out = analyze_page(
        parse(r#"{"url":"https://a.example/","links":[{"href":"https://b.example/","rawHref":"https://b.example/","region":"<script>","visibility":"weird"}]}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert!(stringify(&out).contains("\"region\":\"other\""));
}
