//! The `-- Started on` / `-- Completed on` lines of `-v` scripts (`dumpTimestamp`), whose
//! format is `PGDUMP_STRFTIME_FMT` (`%Y-%m-%d %H:%M:%S %Z`).

use pgdumpkit_format::CreateTime;

/// A wall-clock time and the abbreviation of its zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// `%Z`, e.g. `UTC` or `CEST`.
    pub zone: String,
}

impl LocalTime {
    /// The time `unix_seconds + utc_offset_seconds` as a wall clock labelled `zone`.
    pub fn from_unix(unix_seconds: i64, utc_offset_seconds: i64, zone: &str) -> Self {
        Self::from_local_seconds(unix_seconds.saturating_add(utc_offset_seconds), zone)
    }

    /// An archive's creation time as pg_restore prints it: the stored broken-down fields,
    /// normalised as `mktime` does, labelled with the restoring process's zone.
    pub fn from_create_time(t: &CreateTime, zone: &str) -> Self {
        let year = i64::from(t.year) + 1900;
        let days = days_from_civil(year, i64::from(t.mon) + 1, 1) + i64::from(t.mday) - 1;
        let secs =
            days * 86_400 + i64::from(t.hour) * 3600 + i64::from(t.min) * 60 + i64::from(t.sec);
        Self::from_local_seconds(secs, zone)
    }

    fn from_local_seconds(secs: i64, zone: &str) -> Self {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        // rem is in 0..86400, so the casts below cannot truncate.
        Self {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
            zone: zone.to_owned(),
        }
    }
}

/// `-- <label> <YYYY-MM-DD HH:MM:SS ZONE>` and a blank line, as `dumpTimestamp` writes it.
pub fn timestamp_line(label: &str, t: &LocalTime) -> Vec<u8> {
    format!(
        "-- {label} {:04}-{:02}-{:02} {:02}:{:02}:{:02} {}\n\n",
        t.year, t.month, t.day, t.hour, t.minute, t.second, t.zone
    )
    .into_bytes()
}

/// Days since 1970-01-01 of a proleptic Gregorian date; `month` may be out of 1..=12.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = year + (month - 1).div_euclid(12);
    let month = (month - 1).rem_euclid(12) + 1;
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    // Both are small positive numbers by construction.
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_strftime() {
        let t = LocalTime::from_unix(1_700_000_000, 0, "UTC");
        assert_eq!(
            timestamp_line("Started on", &t),
            b"-- Started on 2023-11-14 22:13:20 UTC\n\n"
        );
    }

    #[test]
    fn create_time_round_trips_and_normalises() {
        let ct = CreateTime {
            sec: 39,
            min: 27,
            hour: 17,
            mday: 20,
            mon: 10,
            year: 126,
            isdst: 0,
        };
        let t = LocalTime::from_create_time(&ct, "UTC");
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute, t.second),
            (2026, 11, 20, 17, 27, 39)
        );
        let ct = CreateTime {
            sec: 0,
            min: 0,
            hour: 0,
            mday: 32,
            mon: 11,
            year: 99,
            isdst: 0,
        };
        let t = LocalTime::from_create_time(&ct, "UTC");
        assert_eq!((t.year, t.month, t.day), (2000, 1, 1));
    }
}
