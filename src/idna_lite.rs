//! Unicode host names to their ASCII (punycode) form and back, without Unicode tables.
//!
//! The `idna` crate's full UTS 46 processing links ICU4X's normalisation and property data:
//! 46 KB gz of every Wasm module, more than a tenth of the popup (BENCHMARKS.md, twenty-second
//! session). `Cargo.lock` pins its back end to the table-free stub (`idna_adapter` 1.0), with which
//! the `url` crate refuses non-ASCII hosts. Hosts a page gives us are ASCII already (the browser
//! serialises every `a.href` and the page address with full UTS 46), so only what people type or
//! export files carry needs converting here: a profile's `bücher.de`, an export's Unicode URL.
//! For those, fullwidth forms to ASCII, lowercase and RFC 3492 punycode give what UTS 46 gives on
//! every Unicode rule of the Public Suffix List (all 459 in the twenty-second session) and on
//! common names (`münchen.de`, `пример.рф`, `食狮.公司.cn`).
//!
//! Blind spots: other compatibility characters that UTS 46 maps (ligatures such as `ﬁ`) and text
//! that is not in NFC are encoded as typed, so they match no host a browser makes; a disallowed
//! character is not refused here (callers accept only letters, digits, `-`, `_` and dots).
//!
//! `build.rs` includes this file too, to write the Public Suffix List's Unicode rules in punycode.

/// `Bücher.DE` → `xn--bcher-kva.de`; ASCII hosts are only lowercased. The ideographic and
/// fullwidth full stops separate labels, as in UTS 46. `None` when a label cannot be encoded.
pub fn host_to_ascii(host: &str) -> Option<String> {
    if host.is_ascii() {
        return Some(host.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(host.len() + 8);
    for (i, label) in host.split(['.', '\u{3002}', '\u{FF0E}', '\u{FF61}']).enumerate() {
        if i > 0 {
            out.push('.');
        }
        let label: String = label.chars().map(fullwidth_to_ascii).flat_map(char::to_lowercase).collect();
        if label.is_ascii() {
            out.push_str(&label);
        } else {
            out.push_str("xn--");
            out.push_str(&idna::punycode::encode_str(&label)?);
        }
    }
    Some(out)
}

/// `xn--bcher-kva.de` → `bücher.de`, for people to read; a label that is not valid punycode
/// stays as it is.
pub fn host_to_unicode(host: &str) -> String {
    if !host.contains("xn--") {
        return host.to_string();
    }
    let labels: Vec<String> = host
        .split('.')
        .map(|label| label.strip_prefix("xn--").filter(|rest| !rest.is_empty()).and_then(idna::punycode::decode_to_string).unwrap_or_else(|| label.to_string()))
        .collect();
    labels.join(".")
}

/// Fullwidth ASCII (`ｅｘａｍｐｌｅ`, typed with a CJK input method) as ASCII, as NFKC maps it.
fn fullwidth_to_ascii(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_hosts_become_the_punycode_browsers_use() {
        // Pairs from RFC 3492's and registries' published examples.
        for (unicode, ascii) in [
            ("bücher.de", "xn--bcher-kva.de"),
            ("Bücher.DE", "xn--bcher-kva.de"),
            ("münchen.de", "xn--mnchen-3ya.de"),
            ("пример.рф", "xn--e1afmkfd.xn--p1ai"),
            ("食狮.公司.cn", "xn--85x722f.xn--55qx5d.cn"),
            ("straße.de", "xn--strae-oqa.de"),
            ("日本語。jp", "xn--wgv71a119e.jp"),
            ("ｅｘａｍｐｌｅ.com", "example.com"),
            ("Example.COM", "example.com"),
        ] {
            assert_eq!(host_to_ascii(unicode).as_deref(), Some(ascii), "{unicode}");
        }
    }

    #[test]
    fn punycode_reads_back_as_unicode() {
        assert_eq!(host_to_unicode("www.xn--bcher-kva.de"), "www.bücher.de");
        assert_eq!(host_to_unicode("xn--e1afmkfd.xn--p1ai"), "пример.рф");
        assert_eq!(host_to_unicode("example.com"), "example.com");
        // Not punycode at all: kept as it is rather than lost.
        assert_eq!(host_to_unicode("xn--.example"), "xn--.example");
    }

    /// `Cargo.lock` pins `idna_adapter` to its table-free 1.0 (see the module comment). If this
    /// fails, the lock was updated and every Wasm module grew by about 46 KB gz.
    #[test]
    fn the_unicode_tables_stay_out() {
        assert!(idna::domain_to_ascii("bücher.de").is_err());
    }
}
