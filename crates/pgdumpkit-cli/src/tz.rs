//! The time-zone abbreviation `%Z` prints for the archive's creation time, as pg_restore's
//! `localtime()` would in this process: from `TZ`, else `/etc/localtime`.
//!
//! Only the abbreviation is needed (the digits printed are the stored ones). We read the
//! TZif file's abbreviation in effect at the given time, or the standard-time name of a
//! POSIX `TZ` string; anything unreadable gives `UTC`, glibc's fallback.

use std::path::{Path, PathBuf};

const ZONEINFO: &str = "/usr/share/zoneinfo";

/// The abbreviation in effect at `unix_time` (seconds, treating the stored local time as UTC:
/// close enough to pick the right side of all but a few hours around a transition).
pub fn zone_abbreviation(unix_time: i64) -> String {
    zone_at(unix_time).0
}

/// The abbreviation and the offset east of UTC (seconds) in effect at `unix_time`.
pub fn zone_at(unix_time: i64) -> (String, i64) {
    let utc = || ("UTC".to_string(), 0);
    let tz = std::env::var("TZ").ok();
    let file: Option<PathBuf> = match tz.as_deref() {
        None => Some(PathBuf::from("/etc/localtime")),
        Some("") => return utc(),
        Some(t) => {
            let t = t.strip_prefix(':').unwrap_or(t);
            let p = if Path::new(t).is_absolute() {
                PathBuf::from(t)
            } else {
                Path::new(ZONEINFO).join(t)
            };
            if p.is_file() {
                Some(p)
            } else {
                return posix_std_name(t).map_or_else(utc, |(n, off)| (n, off));
            }
        }
    };
    file.and_then(|f| std::fs::read(f).ok())
        .and_then(|b| tzif_zone(&b, unix_time))
        .unwrap_or_else(utc)
}

/// `EST5EDT` → (`EST`, −5 h), `<+03>-3` → (`+03`, +3 h): the standard-time part of a POSIX
/// `TZ` string (POSIX offsets count west of UTC).
fn posix_std_name(tz: &str) -> Option<(String, i64)> {
    let (name, rest) = if let Some(rest) = tz.strip_prefix('<') {
        let (n, r) = rest.split_once('>')?;
        (n.to_string(), r)
    } else {
        let name: String = tz.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        if name.len() < 3 {
            return None;
        }
        let r = &tz[name.len()..];
        (name, r)
    };
    let (sign, digits) = match rest.as_bytes().first() {
        Some(b'-') => (1, &rest[1..]),
        Some(b'+') => (-1, &rest[1..]),
        _ => (-1, rest),
    };
    let hours: String = digits.chars().take_while(char::is_ascii_digit).collect();
    let hours: i64 = hours.parse().unwrap_or(0);
    Some((name, sign * hours * 3600))
}

fn be32(b: &[u8], at: usize) -> Option<i64> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(i64::from(i32::from_be_bytes([s[0], s[1], s[2], s[3]])))
}

fn be64(b: &[u8], at: usize) -> Option<i64> {
    let s = b.get(at..at.checked_add(8)?)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(i64::from_be_bytes(a))
}

/// Parses a TZif file (RFC 8536); uses the 64-bit block of version 2+ files.
fn tzif_zone(b: &[u8], t: i64) -> Option<(String, i64)> {
    let header = |at: usize| -> Option<[usize; 6]> {
        if b.get(at..at + 4)? != b"TZif" {
            return None;
        }
        let mut c = [0usize; 6];
        for (i, v) in c.iter_mut().enumerate() {
            *v = usize::try_from(be32(b, at + 20 + 4 * i)?).ok()?;
        }
        Some(c)
    };
    let c1 = header(0)?;
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = c1;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (base, counts, tsize) = if b.get(4).is_some_and(|&v| v >= b'2') {
        let at = 44 + v1_len;
        (at + 44, header(at)?, 8)
    } else {
        (44, c1, 4)
    };
    let [_, _, _, timecnt, typecnt, charcnt] = counts;
    let times = base;
    let idx = times + timecnt * tsize;
    let types = idx + timecnt;
    let chars = types + typecnt * 6;
    let mut ty = 0usize;
    for i in 0..timecnt {
        let at = times + i * tsize;
        let tt = if tsize == 8 {
            be64(b, at)?
        } else {
            be32(b, at)?
        };
        if tt > t {
            break;
        }
        ty = usize::from(*b.get(idx + i)?);
    }
    if timecnt == 0 {
        // No transitions: the first standard-time type.
        ty = 0;
    }
    if ty >= typecnt {
        return None;
    }
    let utoff = be32(b, types + ty * 6)?;
    let abbr_ix = usize::from(*b.get(types + ty * 6 + 5)?);
    let s = b.get(chars + abbr_ix..chars + charcnt)?;
    let end = s.iter().position(|&c| c == 0)?;
    Some((String::from_utf8_lossy(&s[..end]).into_owned(), utoff))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_names() {
        assert_eq!(posix_std_name("EST5EDT"), Some(("EST".into(), -5 * 3600)));
        assert_eq!(posix_std_name("<+03>-3"), Some(("+03".into(), 3 * 3600)));
        assert_eq!(posix_std_name("5"), None);
    }

    #[test]
    fn garbage_tzif_is_none() {
        assert_eq!(tzif_zone(b"TZif2", 0), None);
        assert_eq!(tzif_zone(&[0xff; 100], 0), None);
    }
}
