//! The calendar of the whole core: ISO 8601 dates and date-times read into day numbers (days
//! since 1970-01-01) and Unix milliseconds, UTC, written back, and the day arithmetic between
//! them (Howard Hinnant's `days_from_civil` and its inverse, proleptic Gregorian).
//!
//! No date crate: we only ever need UTC days and `YYYY-MM-DDTHH:MM:SSZ`, and a calendar crate
//! would cost Wasm size for time zones we never use. The core never reads a clock either; "now"
//! is always passed in.
//!
//! **One strict rule set** for every reader (page dates, imported records, the `--today` flag,
//! the data sources' dates):
//! - a date is exactly `YYYY-MM-DD` in ASCII digits, years 1000–9999 (four-digit years before
//!   1000 are placeholders such as .NET's `0001-01-01`), months 1–12, days that exist in that
//!   month (`2023-02-29`, `2026-13-45` are refused);
//! - a date-time ([`parse_iso`]) is a date, then `T`, `t` or a space (as spreadsheets write it),
//!   then `HH:MM`, optionally `:SS` and then optionally a fraction after `.` or `,` (at least one
//!   digit; read to the millisecond, the rest truncated), then optionally `Z`/`z`, `±HH`,
//!   `±HHMM` or `±HH:MM` (hours up to 14, the widest real offset). No zone means UTC. Hours
//!   are 00–23, minutes 00–59, seconds 00–60;
//! - **hour 24**: only `24:00`, `24:00:00` (and a zero fraction) is accepted, meaning the end of
//!   that day, i.e. 00:00 of the next (ISO 8601's "end of day"; pages do write it). `24:30` is
//!   refused;
//! - **leap second**: `:60` is accepted and read as `:59` (Unix time has no leap seconds, and
//!   `23:59:60` belongs to the day it is written on);
//! - surrounding whitespace is ignored by [`parse_iso`] / [`parse_iso_day`], not by
//!   [`parse_date`] (a form field or a cell that must be *just* a date); text longer than
//!   [`MAX_TEXT_BYTES`] is refused without being read.

/// Milliseconds in a day.
pub const MS_PER_DAY: i64 = 86_400_000;

/// Longest date-time text read, in bytes (RFC 3339 with nanoseconds and an offset is 35).
pub const MAX_TEXT_BYTES: usize = 64;

/// Years a date may have (four digits, and see the module header for why not before 1000).
const YEARS: std::ops::RangeInclusive<i64> = 1000..=9999;

/// Widest UTC offset in hours (Kiribati, UTC+14).
const MAX_OFFSET_HOURS: i64 = 14;

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `(year, month, day)` of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The UTC day number of a Unix time in milliseconds.
pub fn day_of_ms(ms: i64) -> i64 {
    ms.div_euclid(MS_PER_DAY)
}

/// Day number → `YYYY-MM-DD`.
pub fn format_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Milliseconds → the UTC date, `YYYY-MM-DD`.
pub fn date_of_ms(ms: i64) -> String {
    format_date(day_of_ms(ms))
}

/// Milliseconds → `YYYY-MM-DDTHH:MM:SSZ` (seconds precision: what spreadsheets read).
pub fn format_iso(ms: i64) -> String {
    let secs = ms.rem_euclid(MS_PER_DAY) / 1000;
    format!("{}T{:02}:{:02}:{:02}Z", date_of_ms(ms), secs / 3600, secs / 60 % 60, secs % 60)
}

/// `YYYY-MM-DD` (exactly, see the module header) → day number; `None` unless it is a real date
/// in years 1000–9999.
pub fn parse_date(text: &str) -> Option<i64> {
    match date_prefix(text.as_bytes())? {
        (days, []) => Some(days),
        _ => None,
    }
}

/// An ISO 8601 date or date-time (see the module header for the forms) → milliseconds UTC; a
/// bare date is its midnight UTC.
pub fn parse_iso(text: &str) -> Option<i64> {
    let text = text.trim().as_bytes();
    if text.len() > MAX_TEXT_BYTES {
        return None;
    }
    let (days, rest) = date_prefix(text)?;
    let [separator, time @ ..] = rest else { return Some(days * MS_PER_DAY) };
    if !matches!(separator, b'T' | b't' | b' ') {
        return None;
    }
    let (ms_of_day, zone) = clock(time)?;
    let offset_minutes = zone_offset(zone)?;
    Some(days * MS_PER_DAY + ms_of_day - offset_minutes * 60_000)
}

/// The UTC day number of an ISO 8601 date or date-time ([`parse_iso`]'s forms): a date-time
/// with an offset is converted to its UTC calendar day.
pub fn parse_iso_day(text: &str) -> Option<i64> {
    parse_iso(text).map(day_of_ms)
}

/// A leading `YYYY-MM-DD` as a day number, and the bytes after it.
fn date_prefix(text: &[u8]) -> Option<(i64, &[u8])> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1, rest @ ..] = text else { return None };
    let year = number(&[*y0, *y1, *y2, *y3])?;
    let month = number(&[*m0, *m1])?;
    let day = number(&[*d0, *d1])?;
    if !YEARS.contains(&year) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some((days_from_civil(year, month, day), rest))
}

/// `HH:MM[:SS[.fraction]]` → milliseconds into the day, and the bytes after it (the zone).
fn clock(text: &[u8]) -> Option<(i64, &[u8])> {
    let [h0, h1, b':', m0, m1, rest @ ..] = text else { return None };
    let (hour, minute) = (number(&[*h0, *h1])?, number(&[*m0, *m1])?);
    let (second, millis, rest) = match rest {
        [b':', s0, s1, rest @ ..] => {
            let (millis, rest) = fraction(rest)?;
            (number(&[*s0, *s1])?, millis, rest)
        }
        _ => (0, 0, rest),
    };
    let end_of_day = hour == 24 && minute == 0 && second == 0 && millis == 0;
    if (hour > 23 && !end_of_day) || minute > 59 || second > 60 {
        return None;
    }
    let second = second.min(59);
    Some((((hour * 60 + minute) * 60 + second) * 1000 + millis, rest))
}

/// An optional `.fff…` / `,fff…` → milliseconds (truncated), and the bytes after it.
fn fraction(text: &[u8]) -> Option<(i64, &[u8])> {
    let [b'.' | b',', rest @ ..] = text else { return Some((0, text)) };
    let count = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = rest.split_at_checked(count)?;
    if digits.is_empty() {
        return None;
    }
    let millis = digits.iter().chain(b"000").take(3).fold(0, |n, b| n * 10 + i64::from(b - b'0'));
    Some((millis, rest))
}

/// Nothing, `Z`, `±HH`, `±HHMM` or `±HH:MM` → minutes east of UTC.
fn zone_offset(zone: &[u8]) -> Option<i64> {
    let (sign, rest) = match zone {
        [] | [b'Z' | b'z'] => return Some(0),
        [b'+', rest @ ..] => (1, rest),
        [b'-', rest @ ..] => (-1, rest),
        _ => return None,
    };
    let (hours, minutes) = match rest {
        [a, b] => (number(&[*a, *b])?, 0),
        [a, b, c, d] | [a, b, b':', c, d] => (number(&[*a, *b])?, number(&[*c, *d])?),
        _ => return None,
    };
    (hours <= MAX_OFFSET_HOURS && minutes <= 59).then_some(sign * (hours * 60 + minutes))
}

/// ASCII digits → their value; `None` for anything else (or nothing).
fn number(digits: &[u8]) -> Option<i64> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(digits.iter().fold(0, |n, b| n * 10 + i64::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Reference: days from 1970-01-01 counted a year and a month at a time.
    fn naive_days(year: i64, month: i64, day: i64) -> i64 {
        let year_days = |y: i64| if is_leap(y) { 366 } else { 365 };
        let before_year: i64 = if year >= 1970 { (1970..year).map(year_days).sum() } else { -(year..1970).map(year_days).sum::<i64>() };
        before_year + (1..month).map(|m| days_in_month(year, m)).sum::<i64>() + day - 1
    }

    /// Reference: the date of a day number, walking whole years and then months.
    fn naive_civil(mut days: i64) -> (i64, i64, i64) {
        let mut year = 1970;
        while days < 0 {
            year -= 1;
            days += if is_leap(year) { 366 } else { 365 };
        }
        while days >= if is_leap(year) { 366 } else { 365 } {
            days -= if is_leap(year) { 366 } else { 365 };
            year += 1;
        }
        let mut month = 1;
        while days >= days_in_month(year, month) {
            days -= days_in_month(year, month);
            month += 1;
        }
        (year, month, days + 1)
    }

    #[test]
    fn day_by_day_walk_agrees_with_the_arithmetic() {
        // From 1970-01-01 one day at a time, both ways, over about ±2,700 years.
        for direction in [1, -1] {
            let (mut y, mut m, mut d) = (1970, 1, 1);
            for days in (0..1_000_000).map(|n| n * direction) {
                assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
                assert_eq!(civil_from_days(days), (y, m, d), "{days}");
                if direction > 0 {
                    d += 1;
                    if d > days_in_month(y, m) {
                        (m, d) = (m + 1, 1);
                        if m > 12 {
                            (y, m) = (y + 1, 1);
                        }
                    }
                } else {
                    d -= 1;
                    if d < 1 {
                        m -= 1;
                        if m < 1 {
                            (y, m) = (y - 1, 12);
                        }
                        d = days_in_month(y, m);
                    }
                }
            }
        }
    }

    #[test]
    fn known_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(1995, 1, 1), 9_131);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(format_date(days_from_civil(2024, 2, 29)), "2024-02-29");
        assert_eq!(format_date(-1), "1969-12-31");
        assert_eq!(date_of_ms(-1), "1969-12-31");
        assert_eq!(format_iso(1_795_000_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(days_in_month(2026, 13), 0);
        assert!(is_leap(2000) && is_leap(2024) && !is_leap(1900) && !is_leap(2023));
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_date("2026-11-24"), Some(days_from_civil(2026, 11, 24)));
        assert_eq!(parse_date("2024-02-29"), Some(days_from_civil(2024, 2, 29)));
        for bad in [
            "2026-13-45", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00", "2026-1-1", "26-11-24",
            "2026/11/24", "20261124", "０２６-11-24", " 2026-11-24", "2026-11-24 ", "2026-11-24T10:00Z", "0999-12-31",
            "0001-01-01", "+2026-11-24", "", "2026-11-2a",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn date_times_the_web_writes() {
        let day = days_from_civil(2024, 3, 5);
        let at = |h: i64, m: i64, s: i64, ms: i64| day * MS_PER_DAY + ((h * 60 + m) * 60 + s) * 1000 + ms;
        for (text, ms) in [
            ("2024-03-05", at(0, 0, 0, 0)),
            ("  2024-03-05T10:00:00Z\n", at(10, 0, 0, 0)),
            ("2024-03-05t10:00:00z", at(10, 0, 0, 0)),
            ("2024-03-05 10:00", at(10, 0, 0, 0)),
            ("2024-03-05T10:00:07.5", at(10, 0, 7, 500)),
            ("2024-03-05T10:00:07,25Z", at(10, 0, 7, 250)),
            ("2024-03-05T10:00:07.123456789+02:00", at(8, 0, 7, 123)),
            ("2024-03-05T00:30:00+01:00", at(-1, 30, 0, 0)),
            ("2024-03-05T22:00:00-0500", at(27, 0, 0, 0)),
            ("2024-03-05T22:00:00-05", at(27, 0, 0, 0)),
            ("2024-03-05T10:00+14:00", at(-4, 0, 0, 0)),
            // End of day is the next day's midnight; a leap second stays in its minute.
            ("2024-03-05T24:00", at(24, 0, 0, 0)),
            ("2024-03-05T24:00:00.000Z", at(24, 0, 0, 0)),
            ("2024-03-05T23:59:60Z", at(23, 59, 59, 0)),
            ("1999-12-31T23:59:60.123+14:00", days_from_civil(1999, 12, 31) * MS_PER_DAY + ((9 * 60 + 59) * 60 + 59) * 1000 + 123),
        ] {
            assert_eq!(parse_iso(text), Some(ms), "{text:?}");
            assert_eq!(parse_iso_day(text), Some(day_of_ms(ms)), "{text:?}");
        }
        assert_eq!(parse_iso_day("2024-03-05T23:59:60Z"), Some(day));
        assert_eq!(parse_iso_day("2024-03-05T24:00:00Z"), Some(day + 1));
    }

    #[test]
    fn malformed_date_times_are_refused() {
        for bad in [
            "", "2024", "yesterday", "March 5, 2024", "05/03/2024", "2024-03-05X", "2024-03-05T", "2024-03-05T10",
            "2024-03-05T1:00", "2024-03-05T10:0", "2024-03-05T25:00:00Z", "2024-03-05T24:30", "2024-03-05T24:00:01",
            "2024-03-05T24:00:00.5", "2024-03-05T10:60", "2024-03-05T10:00:61", "2024-03-05T10:00.5Z",
            "2024-03-05T10:00:00.Z", "2024-03-05T10:00:00+2", "2024-03-05T10:00:00+15:00", "2024-03-05T10:00:00+01:60",
            "2024-03-05T10:00:00+0100x", "2024-03-05T10:00:00ZZ", "2024-03-05T10:00:00 Z", "2024-03-05_10:00",
            "2026-13-45T10:00Z", "２０２４-03-05", "2024-03-05T１0:00",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad:?}");
        }
        assert_eq!(parse_iso(&format!("2024-03-05T10:00:00.{}Z", "0".repeat(60))), None);
        assert_eq!(parse_iso(&"2024-03-05".repeat(20_000)), None);
    }

    /// Any `YYYY-MM-DD` with two-digit month and day fields, valid or not.
    fn any_date_fields() -> impl Strategy<Value = (i64, i64, i64)> {
        (0i64..=9999, 0i64..=99, 0i64..=99)
    }

    proptest! {
        #[test]
        fn arithmetic_matches_the_reference(days in -3_000_000i64..3_000_000) {
            let (y, m, d) = naive_civil(days);
            prop_assert_eq!(civil_from_days(days), (y, m, d));
            prop_assert_eq!(days_from_civil(y, m, d), days);
            prop_assert_eq!(naive_days(y, m, d), days);
        }

        #[test]
        fn dates_parse_exactly_when_they_exist((y, m, d) in any_date_fields()) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            let exists = (1000..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m);
            let expected = exists.then(|| naive_days(y, m, d));
            prop_assert_eq!(parse_date(&text), expected);
            prop_assert_eq!(parse_iso(&text), expected.map(|days| days * MS_PER_DAY));
            prop_assert_eq!(parse_iso_day(&text), expected);
        }

        #[test]
        fn date_times_match_the_reference(
            day in days_from_civil(1000, 1, 1)..=days_from_civil(9999, 12, 31),
            (h, mi, s) in (0i64..=99, 0i64..=99, 0i64..=99),
            millis in 0i64..1000,
            (sign, oh, om, zone_form) in (prop_oneof![Just(1i64), Just(-1i64)], 0i64..=20, 0i64..=70, 0usize..5),
        ) {
            let (y, m, d) = naive_civil(day);
            let zone = match zone_form {
                0 => String::new(),
                1 => "Z".to_string(),
                2 => format!("{}{oh:02}", if sign > 0 { '+' } else { '-' }),
                3 => format!("{}{oh:02}{om:02}", if sign > 0 { '+' } else { '-' }),
                _ => format!("{}{oh:02}:{om:02}", if sign > 0 { '+' } else { '-' }),
            };
            let text = format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{millis:03}{zone}");
            let om = if zone_form == 2 { 0 } else { om };
            let offset = if zone_form < 2 { 0 } else { sign * (oh * 60 + om) };
            let valid_clock = (h <= 23 || (h == 24 && mi == 0 && s == 0 && millis == 0)) && mi <= 59 && s <= 60;
            let valid_zone = zone_form < 2 || (oh <= 14 && om <= 59);
            let expected = (valid_clock && valid_zone)
                .then(|| naive_days(y, m, d) * MS_PER_DAY + ((h * 60 + mi) * 60 + s.min(59)) * 1000 + millis - offset * 60_000);
            prop_assert_eq!(parse_iso(&text), expected);
            prop_assert_eq!(parse_iso_day(&text), expected.map(|ms| ms.div_euclid(MS_PER_DAY)));
        }

        #[test]
        fn formatting_round_trips(
            day in days_from_civil(1000, 1, 1)..=days_from_civil(9999, 12, 31),
            ms_of_day in 0i64..MS_PER_DAY,
        ) {
            prop_assert_eq!(parse_date(&format_date(day)), Some(day));
            let ms = day * MS_PER_DAY + ms_of_day;
            prop_assert_eq!(date_of_ms(ms), format_date(day));
            prop_assert_eq!(parse_iso(&format_iso(ms)), Some(ms - ms.rem_euclid(1000)));
            prop_assert_eq!(parse_iso_day(&format_iso(ms)), Some(day));
        }

        #[test]
        fn any_text_is_read_without_panicking(text in "\\PC{0,40}") {
            let _ = (parse_date(&text), parse_iso(&text), parse_iso_day(&text));
        }
    }
}
