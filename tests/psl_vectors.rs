//! The official Public Suffix List test vectors (`tests/data/psl_tests.txt`, CC0, copied from
//! publicsuffix/list `tests/tests.txt`): `input expected`, `null` meaning "no registrable domain".

use backlink_bot::registrable_domain;

#[test]
fn every_official_psl_vector_passes() {
    let text = include_str!("data/psl_tests.txt");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(input), Some(expected)) = (parts.next(), parts.next()) else {
            panic!("malformed vector line: {line:?}");
        };
        let expected = (expected != "null").then(|| expected.to_string());
        // `null` input stands for "no host at all": the empty string.
        let input = if input == "null" { "" } else { input };
        let got = registrable_domain(input);
        if got != expected {
            failures.push(format!("{input}: expected {expected:?}, got {got:?}"));
        }
        checked += 1;
    }
    assert_eq!(checked, 78, "vector count changed; update this test if the file was refreshed");
    assert!(failures.is_empty(), "PSL vectors failed:\n{}", failures.join("\n"));
}
