//! `pg_restore -l`: the TOC summary, byte for byte as pg_restore 18's `PrintTOCSummary`
//! writes it.
//!
//! ```text
//! ;
//! ; Archive created at 2026-11-20 22:24:44 UTC
//! ;     dbname: rich
//! ;     TOC Entries: 107
//! ;     Compression: gzip
//! ;     Dump Version: 1.16-0
//! ;     Format: CUSTOM
//! ;     Integer: 4 bytes
//! ;     Offset: 8 bytes
//! ;     Dumped from database version: 18.4
//! ;     Dumped by pg_dump version: 18.6 (Debian 18.6-3)
//! ;
//! ;
//! ; Selected TOC Entries:
//! ;
//! 8; 2615 16526 SCHEMA - app alice
//! ```

use std::io::{self, Write};

use pgdumpkit_format::{ArchiveVersion, CreateTime, Format, Header, HeaderCompression, TocEntry};

use crate::options::RestoreOptions;
use crate::selection::{Selection, cstr};

/// What the process running pg_restore contributes to a listing, beyond the archive.
#[derive(Debug, Clone, Copy)]
pub struct ListingEnv<'a> {
    /// The time-zone abbreviation `%Z` prints in the restoring process (e.g. `UTC`; from `TZ`).
    pub zone: &'a str,
    /// pg_restore's own version string (`PG_VERSION`, e.g. `18.6`). Archives before 1.10 do not
    /// store the pg_dump version, and pg_restore then prints its own on the
    /// `Dumped by pg_dump version` line (`_allocAH` presets `archiveDumpVersion`).
    pub own_version: &'a [u8],
    /// The current local time. Archives before 1.4 store no creation date, and pg_restore then
    /// prints the time it opened the archive (`_allocAH` presets `createDate` to now);
    /// `None` prints `[unknown]`.
    pub now: Option<CreateTime>,
}

impl<'a> ListingEnv<'a> {
    /// An environment in `zone`, with no current time.
    pub fn new(zone: &'a str, own_version: &'a [u8]) -> Self {
        Self {
            zone,
            own_version,
            now: None,
        }
    }
}

/// Write the `-l` listing: the header block, then every entry of `sel.order` that has a
/// schema, data or statistics part wanted (every entry with `-v`, each followed by its
/// `;\tdepends on:` line when it has dependencies).
///
/// A `--strict-names` failure is not written: pg_restore reports it on stderr after the
/// listing (see [`Selection::strict_names_error`]).
pub fn write_listing(
    out: &mut impl Write,
    header: &Header,
    format: Format,
    entries: &[TocEntry],
    sel: &Selection,
    opts: &RestoreOptions,
    env: &ListingEnv<'_>,
) -> io::Result<()> {
    let created = header.created.as_ref().or(env.now.as_ref());
    let stamp = created.and_then(|t| archive_timestamp(t, env.zone));
    let stamp = stamp.unwrap_or_else(|| "[unknown]".to_owned());
    writeln!(out, ";\n; Archive created at {stamp}")?;

    out.write_all(b";     dbname: ")?;
    out.write_all(&sanitize_line(header.dbname.as_deref(), false))?;
    writeln!(out, "\n;     TOC Entries: {}", entries.len())?;
    writeln!(
        out,
        ";     Compression: {}",
        compression_name(header.compression)
    )?;
    writeln!(out, ";     Dump Version: {}", header.version)?;
    writeln!(out, ";     Format: {}", format.list_name())?;
    writeln!(out, ";     Integer: {} bytes", header.int_size)?;
    writeln!(out, ";     Offset: {} bytes", header.off_size)?;
    // Printed raw, with no sanitising (a C string: up to a NUL).
    if let Some(v) = &header.server_version {
        out.write_all(b";     Dumped from database version: ")?;
        out.write_all(cstr(v))?;
        out.write_all(b"\n")?;
    }
    let dumped_by = match &header.pgdump_version {
        Some(v) => Some(v.as_slice()),
        None if !header.version.at_least(ArchiveVersion::V1_10) => Some(env.own_version),
        None => None,
    };
    if let Some(v) = dumped_by {
        out.write_all(b";     Dumped by pg_dump version: ")?;
        out.write_all(cstr(v))?;
        out.write_all(b"\n")?;
    }
    out.write_all(b";\n;\n; Selected TOC Entries:\n;\n")?;

    let verbose = opts.verbose > 0;
    for &i in &sel.order {
        let Some(te) = entries.get(i) else { continue };
        if verbose || sel.req(i).is_wanted() {
            write!(
                out,
                "{}; {} {} ",
                te.dump_id, te.catalog_id.tableoid, te.catalog_id.oid
            )?;
            out.write_all(cstr(&te.desc))?;
            out.write_all(b" ")?;
            out.write_all(&sanitize_line(te.namespace.as_deref(), true))?;
            out.write_all(b" ")?;
            out.write_all(&sanitize_line(te.tag.as_deref(), false))?;
            out.write_all(b" ")?;
            out.write_all(&sanitize_line(te.owner.as_deref(), false))?;
            out.write_all(b"\n")?;
        }
        if verbose && !te.dependencies.is_empty() {
            out.write_all(b";\tdepends on:")?;
            for d in &te.dependencies {
                write!(out, " {d}")?;
            }
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// `sanitize_line` (`dumputils.c`): CR and LF become spaces; NULL becomes `-` or empty.
pub fn sanitize_line(s: Option<&[u8]>, want_hyphen: bool) -> Vec<u8> {
    match s {
        None => {
            if want_hyphen {
                b"-".to_vec()
            } else {
                Vec::new()
            }
        }
        Some(s) => cstr(s)
            .iter()
            .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
            .collect(),
    }
}

/// The `Compression:` value as pg_restore 18 prints it (`get_compress_algorithm_name` of the
/// algorithm `ReadHead` derives): 1.15+ archives name the algorithm (`???` for an unknown
/// byte); 1.2–1.14 archives store a zlib level, printed `none` for 0 and `gzip` otherwise;
/// older archives are always `gzip`.
pub fn compression_name(c: HeaderCompression) -> &'static str {
    c.algorithm().map_or("???", |a| a.name())
}

/// The archive creation time as pg_restore prints it (`-l` header, `-- Started on` with
/// `-v`): `strftime("%Y-%m-%d %H:%M:%S %Z", localtime(mktime(&stored)))`.
///
/// The header stores the dumping machine's broken-down *local* time with no zone. pg_restore
/// turns it into a `time_t` with `mktime` in *its own* time zone (retrying with `tm_isdst = -1`
/// when glibc rejects the stored DST flag) and prints it back with `localtime`, so the stored
/// digits come out unchanged (out-of-range fields normalised, e.g. 31 April is 1 May), labelled
/// with the restoring zone's abbreviation `zone`, except that a stored DST flag the restoring
/// zone contradicts moves the time by an hour: with glibc, a dump made in summer in New York
/// (`isdst = 1`) lists one hour earlier under `TZ=UTC`. We compute all this as glibc does in
/// UTC (the default zone), where it is exact; in zones with DST, pg_restore shifts other
/// times (winter dumps listed in summer time, times in a DST gap) that we print unchanged.
///
/// When `mktime` fails (a year that does not fit in `int`) pg_restore warns `invalid creation
/// date in header` and goes on with `(time_t) -1`, i.e. one second before the epoch. `None`
/// when `strftime` would fail: the text does not fit pg_restore's 64-byte buffer; the `-l`
/// header then shows `[unknown]` and the script omits its `-- Started on` line.
pub fn archive_timestamp(t: &CreateTime, zone: &str) -> Option<String> {
    let secs = mktime_utc(t).unwrap_or(-1);
    let (tm_year, mon, mday, hour, min, sec) = localtime_utc(secs)?;
    // glibc's %Y adds 1900 to tm_year in `int` arithmetic, wrapping for the largest years.
    let year = tm_year.wrapping_add(1900);
    let s = format!("{year}-{mon:02}-{mday:02} {hour:02}:{min:02}:{sec:02} {zone}");
    // strftime needs room for the text and its NUL in `char stamp_str[64]`.
    (s.len() < 64).then_some(s)
}

/// Whether pg_restore accepts the stored creation time; when it does not, `ReadHead` warns
/// `invalid creation date in header` (and the time prints as one second before the epoch).
pub fn creation_time_is_valid(t: &CreateTime) -> bool {
    mktime_utc(t).is_some()
}

/// glibc's `mktime` in UTC, with pg_restore's retry (`ReadHead`): `None` when both attempts
/// fail because the year does not fit `tm_year` (an `int`).
fn mktime_utc(t: &CreateTime) -> Option<i64> {
    // mktime folds the month into the year first, then adds the rest linearly.
    let mon = i64::from(t.mon);
    let year = 1900 + i64::from(t.year) + mon.div_euclid(12);
    let days = days_from_civil(year, mon.rem_euclid(12) + 1, 1) + i64::from(t.mday) - 1;
    let secs = days * 86_400 + i64::from(t.hour) * 3_600 + i64::from(t.min) * 60 + i64::from(t.sec);
    localtime_utc(secs)?;
    // A positive tm_isdst in a zone without DST: glibc (2.36 and 2.43, verified) does not
    // fail but takes the time as daylight time, one hour ahead of standard time. If that
    // shifted time is out of range, the retry with tm_isdst = -1 gives the unshifted one.
    if t.isdst > 0 && localtime_utc(secs - 3_600).is_some() {
        return Some(secs - 3_600);
    }
    Some(secs)
}

/// `localtime` in UTC: (tm_year, month 1–12, day, hour, minute, second), or `None` when the
/// year does not fit `tm_year`.
fn localtime_utc(secs: i64) -> Option<(i32, i64, i64, i64, i64, i64)> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let tm_year = i32::try_from(y - 1900).ok()?;
    Some((tm_year, m, d, rem / 3_600, rem % 3_600 / 60, rem % 60))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::selection::select;
    use pgdumpkit_format::{ArchiveVersion, CatalogId, DataLocation, Section};

    fn header() -> Header {
        Header {
            version: ArchiveVersion::new(1, 16, 0),
            int_size: 4,
            off_size: 8,
            format_byte: 1,
            compression: HeaderCompression::Algorithm(1),
            created: Some(CreateTime {
                sec: 44,
                min: 24,
                hour: 22,
                mday: 20,
                mon: 10,
                year: 126,
                isdst: 0,
            }),
            dbname: Some(b"ri\nch".to_vec()),
            server_version: Some(b"18.4".to_vec()),
            pgdump_version: Some(b"18.6 (Debian 18.6-3)".to_vec()),
        }
    }

    fn te(
        id: i32,
        oids: (u32, u32),
        desc: &str,
        ns: Option<&str>,
        tag: Option<&str>,
        owner: Option<&str>,
    ) -> TocEntry {
        TocEntry {
            dump_id: id,
            had_dumper: false,
            catalog_id: CatalogId {
                tableoid: oids.0,
                oid: oids.1,
            },
            tag: tag.map(|t| t.as_bytes().to_vec()),
            desc: desc.as_bytes().to_vec(),
            section: Section::PreData,
            defn: Some(b"X;\n".to_vec()),
            drop_stmt: None,
            copy_stmt: None,
            namespace: ns.map(|n| n.as_bytes().to_vec()),
            tablespace: None,
            tableam: None,
            relkind: 0,
            owner: owner.map(|o| o.as_bytes().to_vec()),
            with_oids: None,
            dependencies: Vec::new(),
            data: DataLocation::NoData,
        }
    }

    fn entries() -> Vec<TocEntry> {
        let mut v = vec![
            te(1, (0, 0), "ENCODING", None, Some("ENCODING"), None),
            te(
                8,
                (2615, 16526),
                "SCHEMA",
                None,
                Some("Mixed Case"),
                Some("Weird\r\nRole"),
            ),
            te(
                3,
                (3079, 16389),
                "EXTENSION",
                None,
                Some("hstore"),
                Some(""),
            ),
            te(
                9,
                (1259, 17000),
                "TABLE",
                Some("app"),
                Some("bad\nname"),
                None,
            ),
            te(10, (0, 0), "COMMENT", Some("a\rb"), None, Some("bob")),
        ];
        v[3].dependencies = vec![8, 3];
        v
    }

    fn render(opts: &RestoreOptions, format: Format, zone: &str) -> String {
        let e = entries();
        let sel = select(&e, &header(), opts).expect("selection");
        let mut out = Vec::new();
        write_listing(
            &mut out,
            &header(),
            format,
            &e,
            &sel,
            opts,
            &ListingEnv::new(zone, b"18.6"),
        )
        .expect("write to a Vec");
        String::from_utf8(out).expect("ascii")
    }

    const HEAD: &str = ";\n; Archive created at 2026-11-20 22:24:44 UTC\n;     dbname: ri ch\n;     TOC Entries: 5\n\
        ;     Compression: gzip\n;     Dump Version: 1.16-0\n;     Format: CUSTOM\n;     Integer: 4 bytes\n\
        ;     Offset: 8 bytes\n;     Dumped from database version: 18.4\n;     Dumped by pg_dump version: 18.6 (Debian 18.6-3)\n\
        ;\n;\n; Selected TOC Entries:\n;\n";

    #[test]
    fn listing_layout_and_sanitising() {
        let got = render(&RestoreOptions::default(), Format::Custom, "UTC");
        let want = format!(
            "{HEAD}8; 2615 16526 SCHEMA - Mixed Case Weird  Role\n3; 3079 16389 EXTENSION - hstore \n\
             9; 1259 17000 TABLE app bad name \n10; 0 0 COMMENT a b  bob\n"
        );
        assert_eq!(got, want);
    }

    #[test]
    fn verbose_lists_everything_with_dependencies() {
        let o = RestoreOptions {
            verbose: 1,
            ..Default::default()
        };
        let got = render(&o, Format::Directory, "CET");
        assert!(got.contains("; Archive created at 2026-11-20 22:24:44 CET\n"));
        assert!(got.contains(";     Format: DIRECTORY\n"));
        assert!(got.ends_with(
            "1; 0 0 ENCODING - ENCODING \n8; 2615 16526 SCHEMA - Mixed Case Weird  Role\n3; 3079 16389 EXTENSION - hstore \n\
             9; 1259 17000 TABLE app bad name \n;\tdepends on: 8 3\n10; 0 0 COMMENT a b  bob\n"
        ));
    }

    #[test]
    fn optional_header_lines() {
        let mut h = header();
        h.server_version = None;
        h.pgdump_version = None;
        h.dbname = None;
        h.created = None;
        let e = entries();
        let o = RestoreOptions::default();
        let sel = select(&e, &h, &o).expect("selection");
        let render = |h: &Header, env: &ListingEnv<'_>| {
            let mut out = Vec::new();
            write_listing(&mut out, h, Format::Tar, &e, &sel, &o, env).expect("vec");
            String::from_utf8(out).expect("ascii")
        };
        let env = ListingEnv::new("UTC", b"18.6 (Debian 18.6-3)");
        let got = render(&h, &env);
        assert!(got.starts_with(
            ";\n; Archive created at [unknown]\n;     dbname: \n;     TOC Entries: 5\n"
        ));
        // A 1.16 archive with a NULL pg_dump version: no line.
        assert!(got.contains(";     Offset: 8 bytes\n;\n;\n; Selected"));
        assert!(got.contains(";     Format: TAR\n"));
        // Before 1.10 pg_restore prints its own version; before 1.4 the current time.
        h.version = ArchiveVersion::new(1, 3, 0);
        let now = CreateTime {
            sec: 1,
            min: 2,
            hour: 3,
            mday: 4,
            mon: 5,
            year: 126,
            isdst: 0,
        };
        let got = render(
            &h,
            &ListingEnv {
                now: Some(now),
                ..env
            },
        );
        assert!(got.starts_with(";\n; Archive created at 2026-06-04 03:02:01 UTC\n"));
        assert!(got.contains(
            ";     Offset: 8 bytes\n;     Dumped by pg_dump version: 18.6 (Debian 18.6-3)\n;\n"
        ));
        // A stored date wins over the current time.
        h.created = Some(CreateTime {
            sec: 0,
            min: 0,
            hour: 0,
            mday: 1,
            mon: 0,
            year: 100,
            isdst: 0,
        });
        let got = render(
            &h,
            &ListingEnv {
                now: Some(now),
                ..env
            },
        );
        assert!(got.starts_with(";\n; Archive created at 2000-01-01 00:00:00 UTC\n"));
    }

    #[test]
    fn compression_names_per_version() {
        assert_eq!(compression_name(HeaderCompression::Algorithm(0)), "none");
        assert_eq!(compression_name(HeaderCompression::Algorithm(2)), "lz4");
        assert_eq!(compression_name(HeaderCompression::Algorithm(3)), "zstd");
        assert_eq!(compression_name(HeaderCompression::Algorithm(9)), "???");
        assert_eq!(compression_name(HeaderCompression::Level(-1)), "gzip");
        assert_eq!(compression_name(HeaderCompression::Level(0)), "none");
        assert_eq!(compression_name(HeaderCompression::Level(6)), "gzip");
        assert_eq!(compression_name(HeaderCompression::LevelByte(0)), "none");
        assert_eq!(compression_name(HeaderCompression::Implied), "gzip");
    }

    fn ts(sec: i32, min: i32, hour: i32, mday: i32, mon: i32, year: i32) -> Option<String> {
        archive_timestamp(
            &CreateTime {
                sec,
                min,
                hour,
                mday,
                mon,
                year,
                isdst: 0,
            },
            "UTC",
        )
    }

    #[test]
    fn timestamps_are_normalised_like_mktime() {
        assert_eq!(
            ts(5, 4, 3, 2, 0, 100).as_deref(),
            Some("2000-01-02 03:04:05 UTC")
        );
        // 31 April is 1 May; second 60 rolls over; month 12 is next January; negatives borrow.
        assert_eq!(
            ts(0, 0, 0, 31, 3, 124).as_deref(),
            Some("2024-05-01 00:00:00 UTC")
        );
        assert_eq!(
            ts(60, 59, 23, 31, 11, 124).as_deref(),
            Some("2025-01-01 00:00:00 UTC")
        );
        assert_eq!(
            ts(0, 0, 0, 1, 12, 124).as_deref(),
            Some("2025-01-01 00:00:00 UTC")
        );
        assert_eq!(
            ts(-1, 0, 0, 1, 0, 124).as_deref(),
            Some("2023-12-31 23:59:59 UTC")
        );
        assert_eq!(
            ts(0, 0, 0, 0, -1, 124).as_deref(),
            Some("2023-11-30 00:00:00 UTC")
        );
        // Leap days.
        assert_eq!(
            ts(0, 0, 0, 29, 1, 100).as_deref(),
            Some("2000-02-29 00:00:00 UTC")
        );
        assert_eq!(
            ts(0, 0, 0, 29, 1, 0).as_deref(),
            Some("1900-03-01 00:00:00 UTC")
        );
        // Years before 1000 are not padded (glibc %Y).
        assert_eq!(
            ts(0, 0, 0, 1, 0, -1001).as_deref(),
            Some("899-01-01 00:00:00 UTC")
        );
        // Zero fields: day 0 of January 1900.
        assert_eq!(
            ts(0, 0, 0, 0, 0, 0).as_deref(),
            Some("1899-12-31 00:00:00 UTC")
        );
    }

    #[test]
    fn timestamp_dst_flag_in_utc() {
        // As glibc's mktime under TZ=UTC: a positive isdst means one hour earlier.
        let t = |isdst| {
            archive_timestamp(
                &CreateTime {
                    sec: 0,
                    min: 0,
                    hour: 12,
                    mday: 1,
                    mon: 6,
                    year: 124,
                    isdst,
                },
                "UTC",
            )
        };
        assert_eq!(t(1).as_deref(), Some("2024-07-01 11:00:00 UTC"));
        assert_eq!(t(2).as_deref(), Some("2024-07-01 11:00:00 UTC"));
        assert_eq!(t(0).as_deref(), Some("2024-07-01 12:00:00 UTC"));
        assert_eq!(t(-1).as_deref(), Some("2024-07-01 12:00:00 UTC"));
    }

    #[test]
    fn timestamp_overflow_and_long_zone() {
        // A year beyond int: mktime fails, pg_restore prints (time_t) -1.
        assert_eq!(
            ts(0, 0, 0, i32::MAX, i32::MAX, i32::MAX).as_deref(),
            Some("1969-12-31 23:59:59 UTC")
        );
        assert_eq!(
            ts(i32::MIN, i32::MIN, i32::MIN, i32::MIN, i32::MIN, i32::MIN).as_deref(),
            Some("1969-12-31 23:59:59 UTC")
        );
        assert_eq!(
            ts(0, 0, 0, 32, 11, i32::MAX).as_deref(),
            Some("1969-12-31 23:59:59 UTC")
        );
        assert_eq!(
            ts(0, 0, -1, 1, 0, i32::MIN).as_deref(),
            Some("1969-12-31 23:59:59 UTC")
        );
        // The largest years print wrapped, as glibc's strftime does.
        assert_eq!(
            ts(0, 0, 0, 1, 11, i32::MAX).as_deref(),
            Some("-2147481749-12-01 00:00:00 UTC")
        );
        assert_eq!(
            ts(0, 0, 0, 1, 0, i32::MIN).as_deref(),
            Some("-2147481748-01-01 00:00:00 UTC")
        );
        assert_eq!(
            ts(0, 0, 0, 1, 0, 2147481747).as_deref(),
            Some("2147483647-01-01 00:00:00 UTC")
        );
        // Verified with pg_restore 18.6: the DST shift does not rescue an overflowing date,
        let ovf = CreateTime {
            sec: 0,
            min: 0,
            hour: 0,
            mday: 32,
            mon: 11,
            year: i32::MAX,
            isdst: 1,
        };
        assert_eq!(
            archive_timestamp(&ovf, "UTC").as_deref(),
            Some("1969-12-31 23:59:59 UTC")
        );
        assert!(!creation_time_is_valid(&ovf));
        // and a shift that would overflow falls back to the unshifted time.
        let low = CreateTime {
            sec: 0,
            min: 0,
            hour: 0,
            mday: 1,
            mon: 0,
            year: i32::MIN,
            isdst: 1,
        };
        assert_eq!(
            archive_timestamp(&low, "UTC").as_deref(),
            Some("-2147481748-01-01 00:00:00 UTC")
        );
        assert!(creation_time_is_valid(&low));
        // strftime's 64-byte buffer.
        let t = CreateTime {
            sec: 0,
            min: 0,
            hour: 0,
            mday: 1,
            mon: 0,
            year: 100,
            isdst: 0,
        };
        assert!(archive_timestamp(&t, &"Z".repeat(43)).is_some());
        assert!(archive_timestamp(&t, &"Z".repeat(44)).is_none());
    }

    #[test]
    fn sanitize() {
        assert_eq!(sanitize_line(None, true), b"-");
        assert_eq!(sanitize_line(None, false), b"");
        assert_eq!(sanitize_line(Some(b"a\r\nb\0c"), false), b"a  b");
    }
}
