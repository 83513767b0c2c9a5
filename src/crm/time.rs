//! Dates for records and exports (milliseconds since 1970-01-01 UTC ↔ ISO 8601 text): the
//! core's one calendar, [`crate::calendar`], under the path the record code and the pages use.

pub use crate::calendar::{civil_from_days, date_of_ms, days_from_civil, format_date, format_iso, parse_date, parse_iso};

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
