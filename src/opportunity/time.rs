//! Dates for records and exports: milliseconds since 1970-01-01 UTC ↔ ISO 8601 text.
//!
//! The calendar arithmetic is `prospect::freshness`'s (Howard Hinnant's `days_from_civil`), in
//! place of a date crate: we only ever need UTC dates and `YYYY-MM-DDTHH:MM:SSZ`, and a calendar
//! crate would cost Wasm size for time zones we never use.

const MS_PER_DAY: i64 = 86_400_000;

pub use crate::prospect::freshness::{civil_from_days, days_from_civil};

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD` → days since 1970-01-01; `None` unless it is a real date in years 1000–9999.
pub fn parse_date(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let year: i64 = digits(text.get(0..4)?)?;
    let month: i64 = digits(text.get(5..7)?)?;
    let day: i64 = digits(text.get(8..10)?)?;
    if year < 1000 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    text.bytes().all(|b| b.is_ascii_digit()).then(|| text.parse().ok()).flatten()
}

/// Days since 1970-01-01 → `YYYY-MM-DD`.
pub fn format_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Milliseconds → the UTC date, `YYYY-MM-DD`.
pub fn date_of_ms(ms: i64) -> String {
    format_date(ms.div_euclid(MS_PER_DAY))
}

/// Milliseconds → `YYYY-MM-DDTHH:MM:SSZ` (seconds precision: what spreadsheets read).
pub fn format_iso(ms: i64) -> String {
    let days = ms.div_euclid(MS_PER_DAY);
    let secs = ms.rem_euclid(MS_PER_DAY) / 1000;
    format!("{}T{:02}:{:02}:{:02}Z", format_date(days), secs / 3600, secs / 60 % 60, secs % 60)
}

/// Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]Z` or with a `±HH:MM` offset (also a space
/// for the `T`, as spreadsheets write it) into milliseconds UTC.
pub fn parse_iso(text: &str) -> Option<i64> {
    let text = text.trim();
    let days = parse_date(text.get(..10)?)?;
    let rest = text.get(10..)?;
    if rest.is_empty() {
        return Some(days * MS_PER_DAY);
    }
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' '))?;
    let (clock, offset_min) = if let Some(clock) = rest.strip_suffix('Z').or_else(|| rest.strip_suffix('z')) {
        (clock, 0)
    } else if let Some((clock, off)) = rest
        .len()
        .checked_sub(6)
        .filter(|&at| at > 0)
        .and_then(|at| rest.split_at_checked(at))
        .filter(|(_, off)| matches!(off.as_bytes(), [b'+' | b'-', _, _, b':', _, _]))
    {
        let h: i64 = digits(off.get(1..3)?)?;
        let m: i64 = digits(off.get(4..6)?)?;
        let sign = if off.starts_with('-') { -1 } else { 1 };
        (clock, sign * (h * 60 + m))
    } else {
        (rest, 0)
    };
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, ""));
    let mut parts = hms.split(':');
    let h: i64 = digits(parts.next()?)?;
    let m: i64 = digits(parts.next()?)?;
    let s: i64 = match parts.next() {
        Some(s) => digits(s)?,
        None => 0,
    };
    if parts.next().is_some() || h > 23 || m > 59 || s > 60 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ms: i64 = frac.get(..3.min(frac.len())).filter(|f| !f.is_empty()).map_or(0, |f| f.parse::<i64>().unwrap_or(0) * 10_i64.pow(3 - f.len() as u32));
    Some(days * MS_PER_DAY + ((h * 60 + m - offset_min) * 60 + s) * 1000 + ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip_across_eras() {
        for days in (-800_000..800_000).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(format_date(days_from_civil(2024, 2, 29)), "2024-02-29");
    }

    #[test]
    fn dates_are_validated() {
        assert_eq!(parse_date("2026-11-24"), Some(days_from_civil(2026, 11, 24)));
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-11-24", "2026/11/24", "２026-11-24", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert!(parse_date("2024-02-29").is_some());
    }

    #[test]
    fn iso_times_round_trip_and_accept_offsets() {
        let ms = 1_795_000_000_000;
        assert_eq!(format_iso(ms), "2026-11-18T11:06:40Z");
        assert_eq!(parse_iso(&format_iso(ms)), Some(ms));
        assert_eq!(parse_iso("2026-11-18T12:06:40+01:00"), Some(ms));
        assert_eq!(parse_iso("2026-11-18 11:06:40.250Z"), Some(ms + 250));
        assert_eq!(parse_iso("2026-11-18T11:06Z"), Some(ms - 40_000));
        assert_eq!(parse_iso("2026-11-18"), Some(ms - (11 * 3600 + 6 * 60 + 40) * 1000));
        for bad in ["2026-11-18T25:00:00Z", "2026-11-18T", "yesterday", "2026-11-18T08:26:40+0100x"] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
