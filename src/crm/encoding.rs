//! The text of an imported file, whatever Excel saved it as: UTF-8 (with or without a BOM), UTF-16
//! with a BOM ("Unicode text"), or Windows-1252 (plain "CSV" from Excel on a Western Windows).
//! Decoding never guesses silently: anything but UTF-8 is named, so the import preview can say
//! how the file was read, and a file that is neither (a binary, UTF-16 without its BOM) is refused.
//!
//! Why a table and not `encoding_rs` (the standard crate): it decodes every WHATWG encoding
//! through one dispatch, so its CJK indexes come along. Measured 2026-12-01, the tab pages' Wasm
//! (`backlink_bot_pages_bg.wasm`, wasm-opt -O3, gzip -9) was 347,869 bytes gzipped with this table
//! and 475,168 with `encoding_rs` decoding Windows-1252 instead: +127 KB, over the 400 KB budget.
//! Windows-1252 is one table of 32 code points (the WHATWG index below); UTF-16 needs none
//! (`char::decode_utf16`).

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    pub const fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// The WHATWG `windows-1252` index for bytes 0x80–0x9F (the Encoding Standard's
/// index-windows-1252.txt); every other byte is the code point of the same value (0xA0–0xFF are
/// Latin-1, and the five bytes Microsoft leaves undefined map to their C1 controls, as browsers do).
const CP1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', //
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', //
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', //
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_80_9F.get(usize::from(b - 0x80)).copied().unwrap_or('\u{FFFD}'),
            _ => char::from(b),
        })
        .collect()
}

fn utf16(body: &[u8], little_endian: bool) -> Result<String, String> {
    if body.len() % 2 != 0 {
        return Err("it starts with a UTF-16 byte-order mark but has an odd number of bytes (cut short?)".into());
    }
    let units = body.chunks_exact(2).map(|p| {
        let pair = [p.first().copied().unwrap_or(0), p.get(1).copied().unwrap_or(0)];
        if little_endian { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) }
    });
    char::decode_utf16(units)
        .enumerate()
        .map(|(i, c)| c.map_err(|_| format!("it starts with a UTF-16 byte-order mark but is not valid UTF-16 (at byte {})", 2 + 2 * i)))
        .collect()
}

/// The text of `bytes` and how it was read. A UTF-8, UTF-16 LE or UTF-16 BE byte-order mark
/// decides (and is removed). Without one, bytes with NULs are refused (no text file Excel writes
/// has them: it is a binary file, or UTF-16 without its mark), valid UTF-8 is UTF-8, and anything
/// else is read as Windows-1252. `Err` says why, in words for the user.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), String> {
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(body) {
            Ok(text) => Ok((text.to_string(), Encoding::Utf8)),
            Err(e) => Err(format!("it starts with a UTF-8 byte-order mark but is not valid UTF-8 (at byte {}); save it again as \"CSV UTF-8\"", 3 + e.valid_up_to())),
        };
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(body, true).map(|t| (t, Encoding::Utf16Le));
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(body, false).map(|t| (t, Encoding::Utf16Be));
    }
    if bytes.contains(&0) {
        return Err("it is not a text file (it contains NUL bytes: a spreadsheet's own format, or UTF-16 without a byte-order mark); save it as \"CSV UTF-8\"".into());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Encoding::Utf8));
    }
    Ok((windows_1252(bytes), Encoding::Windows1252))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Café 👩‍💻".as_bytes()).unwrap(), ("Café 👩‍💻".to_string(), Encoding::Utf8));
        assert_eq!(decode(b"\xEF\xBB\xBFurl").unwrap(), ("url".to_string(), Encoding::Utf8));
        assert_eq!(decode(b"").unwrap(), (String::new(), Encoding::Utf8));
        let err = decode(b"\xEF\xBB\xBFok\xE9").unwrap_err();
        assert!(err.contains("not valid UTF-8 (at byte 5)"), "{err}");
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // What Excel on Windows writes for "Café – “quoted” €5" as plain CSV.
        let bytes = b"Caf\xE9 \x96 \x93quoted\x94 \x805";
        assert_eq!(decode(bytes).unwrap(), ("Café – “quoted” €5".to_string(), Encoding::Windows1252));
        // Every byte decodes to exactly one char, and the table is the WHATWG index.
        let all: Vec<u8> = (1..=255).collect();
        let (text, encoding) = decode(&all).unwrap();
        assert_eq!(encoding, Encoding::Windows1252);
        assert_eq!(text.chars().count(), 255);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!((chars[0x80 - 1], chars[0x8A - 1], chars[0x9F - 1], chars[0x81 - 1]), ('€', 'Š', 'Ÿ', '\u{81}'));
        assert_eq!((chars[0xA0 - 1], chars[0xE9 - 1], chars[0xFF - 1]), ('\u{A0}', 'é', 'ÿ'));
    }

    #[test]
    fn utf16_with_bom_either_order() {
        let text = "url,title\r\nhttps://a.example/,Café 🎉\r\n";
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le).unwrap(), (text.to_string(), Encoding::Utf16Le));
        assert_eq!(decode(&be).unwrap(), (text.to_string(), Encoding::Utf16Be));
        assert!(decode(&le[..le.len() - 1]).unwrap_err().contains("odd number of bytes"));
        // An unpaired surrogate is refused, not replaced.
        assert!(decode(&[0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]).unwrap_err().contains("not valid UTF-16 (at byte 4)"));
    }

    #[test]
    fn binary_files_are_refused() {
        // An .xlsx is a zip: not UTF-8, with NULs.
        assert!(decode(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff").unwrap_err().contains("not a text file"));
        // UTF-16 without a BOM: NULs too.
        assert!(decode(b"u\x00r\x00l\x00\xe9\x00").unwrap_err().contains("not a text file"));
        assert!(decode(b"u\x00r\x00l\x00").unwrap_err().contains("not a text file"), "valid UTF-8, but NULs");
    }
}
