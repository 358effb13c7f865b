//! The header and TOC grammar (`ReadHead`/`WriteHead`, `ReadToc`/`WriteToc` and the formats'
//! `_ReadExtraToc`/`_WriteExtraToc`), every field gated on the archive version, each decoder
//! next to its encoder.
//!
//! Decoders are `nom` streaming parsers over a byte slice: `Incomplete` means "need more bytes",
//! which the driver (`load`) turns into a refill (stream) or a truncation error (slice). A
//! A `Tracer` records the field being parsed so that errors can name it.

use std::cell::Cell;
use std::io::{self, Write};

use crate::header::{CreateTime, Header, HeaderCompression};
use crate::primitives::{
    IntFormat, MAX_INT_SIZE, PErr, PResult, Problem, byte, bytes, int, offset, str_body, str_len,
    write_int, write_offset, write_str,
};
use crate::toc::{CatalogId, DataLocation, DumpId, Section, TocEntry};
use crate::version::ArchiveVersion;

/// The magic string at the start of every header.
pub const MAGIC: &[u8; 5] = b"PGDMP";

/// What follows the common fields of a TOC entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extra {
    /// Custom format: a data offset.
    Offset,
    /// Directory and tar formats: a data file name.
    FileName,
}

impl Extra {
    /// The flavour a header's format byte implies (1 custom, anything else a file name, as
    /// directory and tar write 3).
    pub(crate) fn for_format_byte(b: u8) -> Self {
        if b == 1 {
            Extra::Offset
        } else {
            Extra::FileName
        }
    }
}

/// The field being parsed, for error messages.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Trace {
    pub field: &'static str,
    /// Input length left when the field started.
    pub remaining: usize,
    /// Declared length of the string being read, once known.
    pub declared_len: Option<i32>,
    /// (0-based index, dump id once read) of the TOC entry.
    pub entry: Option<(usize, Option<DumpId>)>,
}

#[derive(Debug, Default)]
pub(crate) struct Tracer(Cell<Trace>);

impl Tracer {
    pub(crate) fn get(&self) -> Trace {
        self.0.get()
    }

    pub(crate) fn set_entry(&self, entry: Option<(usize, Option<DumpId>)>) {
        let mut t = self.0.get();
        t.entry = entry;
        self.0.set(t);
    }

    fn start(&self, field: &'static str, i: &[u8]) {
        let mut t = self.0.get();
        t.field = field;
        t.remaining = i.len();
        t.declared_len = None;
        self.0.set(t);
    }

    fn declared(&self, len: i32) {
        let mut t = self.0.get();
        t.declared_len = Some(len);
        self.0.set(t);
    }

    fn byte<'a>(&self, field: &'static str, i: &'a [u8]) -> PResult<'a, u8> {
        self.start(field, i);
        byte(i)
    }

    fn int<'a>(&self, f: IntFormat, field: &'static str, i: &'a [u8]) -> PResult<'a, i32> {
        self.start(field, i);
        int(f)(i)
    }

    fn str<'a>(
        &self,
        f: IntFormat,
        field: &'static str,
        i: &'a [u8],
    ) -> PResult<'a, Option<&'a [u8]>> {
        self.start(field, i);
        let (i, len) = str_len(f)(i)?;
        self.declared(len);
        str_body(len)(i)
    }

    fn owned<'a>(
        &self,
        f: IntFormat,
        field: &'static str,
        i: &'a [u8],
    ) -> PResult<'a, Option<Vec<u8>>> {
        let (i, s) = self.str(f, field, i)?;
        Ok((i, s.map(<[u8]>::to_vec)))
    }
}

// ---------------------------------------------------------------------------------------
// Header
// ---------------------------------------------------------------------------------------

/// Parses a header (`ReadHead`). `expected_format` is the format byte the container implies
/// (1 custom, 3 tar and directory); `None` accepts any.
pub(crate) fn header<'a>(
    expected_format: Option<u8>,
    tr: &Tracer,
    i: &'a [u8],
) -> PResult<'a, Header> {
    tr.start("magic", i);
    let (i, magic) = bytes(MAGIC.len(), i)?;
    if magic != MAGIC {
        return Err(PErr::at(i, Problem::BadMagic));
    }
    let (i, major) = tr.byte("version", i)?;
    let (i, minor) = tr.byte("version", i)?;
    // "Version > 1.0" carries a revision byte (`ReadHead`).
    let (i, rev) = if major > 1 || (major == 1 && minor > 0) {
        tr.byte("version", i)?
    } else {
        (i, 0)
    };
    let version = ArchiveVersion::new(major, minor, rev);
    if !version.is_readable() {
        return Err(PErr::at(
            i,
            Problem::UnsupportedVersion { major, minor, rev },
        ));
    }
    let int_start = i;
    let (i, int_size) = tr.byte("intSize", i)?;
    if int_size > MAX_INT_SIZE {
        return Err(PErr::at(int_start, Problem::IntSize(int_size)));
    }
    let (i, off_size) = if version >= ArchiveVersion::V1_7 {
        tr.byte("offSize", i)?
    } else {
        (i, int_size)
    };
    let f = IntFormat {
        version,
        int_size,
        off_size,
    };
    let fmt_start = i;
    let (i, format_byte) = tr.byte("format", i)?;
    if let Some(expected) = expected_format {
        if expected != format_byte {
            return Err(PErr::at(
                fmt_start,
                Problem::FormatMismatch {
                    expected,
                    found: format_byte,
                },
            ));
        }
    }
    let (i, compression) = if version >= ArchiveVersion::V1_15 {
        let (i, b) = tr.byte("compression", i)?;
        (i, HeaderCompression::Algorithm(b))
    } else if version >= ArchiveVersion::V1_4 {
        let (i, l) = tr.int(f, "compression", i)?;
        (i, HeaderCompression::Level(l))
    } else if version >= ArchiveVersion::V1_2 {
        let (i, b) = tr.byte("compression", i)?;
        (i, HeaderCompression::LevelByte(b))
    } else {
        (i, HeaderCompression::Implied)
    };
    let (i, created, dbname) = if version >= ArchiveVersion::V1_4 {
        let (i, sec) = tr.int(f, "tm_sec", i)?;
        let (i, min) = tr.int(f, "tm_min", i)?;
        let (i, hour) = tr.int(f, "tm_hour", i)?;
        let (i, mday) = tr.int(f, "tm_mday", i)?;
        let (i, mon) = tr.int(f, "tm_mon", i)?;
        let (i, year) = tr.int(f, "tm_year", i)?;
        let (i, isdst) = tr.int(f, "tm_isdst", i)?;
        let (i, dbname) = tr.owned(f, "database name", i)?;
        let t = CreateTime {
            sec,
            min,
            hour,
            mday,
            mon,
            year,
            isdst,
        };
        (i, Some(t), dbname)
    } else {
        (i, None, None)
    };
    let (i, server_version, pgdump_version) = if version >= ArchiveVersion::V1_10 {
        let (i, s) = tr.owned(f, "server version", i)?;
        let (i, d) = tr.owned(f, "pg_dump version", i)?;
        (i, s, d)
    } else {
        (i, None, None)
    };
    Ok((
        i,
        Header {
            version,
            int_size,
            off_size,
            format_byte,
            compression,
            created,
            dbname,
            server_version,
            pgdump_version,
        },
    ))
}

/// The integer format a header fixes.
pub(crate) fn int_format(h: &Header) -> IntFormat {
    IntFormat {
        version: h.version,
        int_size: h.int_size,
        off_size: h.off_size,
    }
}

/// Writes a header (`WriteHead`, generalised to every version: fields absent in the header's
/// version are not written). The compression field must match the version
/// ([`HeaderCompression`] documents which variant belongs to which versions).
pub fn write_header<W: Write + ?Sized>(w: &mut W, h: &Header) -> io::Result<()> {
    let f = int_format(h);
    let v = h.version;
    w.write_all(MAGIC)?;
    w.write_all(&[v.major, v.minor])?;
    if v.major > 1 || (v.major == 1 && v.minor > 0) {
        w.write_all(&[v.rev])?;
    }
    w.write_all(&[h.int_size])?;
    if v >= ArchiveVersion::V1_7 {
        w.write_all(&[h.off_size])?;
    }
    w.write_all(&[h.format_byte])?;
    let mismatch = || {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "compression field {:?} does not exist in archive version {v}",
                h.compression
            ),
        )
    };
    match h.compression {
        HeaderCompression::Algorithm(b) if v >= ArchiveVersion::V1_15 => w.write_all(&[b])?,
        HeaderCompression::Level(l) if v >= ArchiveVersion::V1_4 && v < ArchiveVersion::V1_15 => {
            write_int(w, f, l)?
        }
        HeaderCompression::LevelByte(b)
            if v >= ArchiveVersion::V1_2 && v < ArchiveVersion::V1_4 =>
        {
            w.write_all(&[b])?
        }
        HeaderCompression::Implied if v < ArchiveVersion::V1_2 => {}
        _ => return Err(mismatch()),
    }
    if v >= ArchiveVersion::V1_4 {
        let t = h.created.unwrap_or_default();
        for x in [t.sec, t.min, t.hour, t.mday, t.mon, t.year, t.isdst] {
            write_int(w, f, x)?;
        }
        write_str(w, f, h.dbname.as_deref())?;
    }
    if v >= ArchiveVersion::V1_10 {
        write_str(w, f, h.server_version.as_deref())?;
        write_str(w, f, h.pgdump_version.as_deref())?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// TOC
// ---------------------------------------------------------------------------------------

/// The entry count that starts the TOC.
pub(crate) fn toc_count<'a>(f: IntFormat, tr: &Tracer, i: &'a [u8]) -> PResult<'a, i32> {
    let (rest, n) = tr.int(f, "TOC entry count", i)?;
    if n < 0 {
        return Err(PErr::at(i, Problem::NegativeCount(n)));
    }
    Ok((rest, n))
}

/// `sscanf(s, "%u")` as glibc does it: leading white space, optional sign, decimal digits;
/// overflow saturates at `ULONG_MAX` and the result is truncated to 32 bits; nothing
/// parsed leaves the (zero-initialised) target at 0, as `ReadToc` does.
pub(crate) fn scan_oid(s: &[u8]) -> u32 {
    match scan_long(s) {
        Some((neg, mag)) => {
            let v = if neg { mag.wrapping_neg() } else { mag };
            v as u32
        }
        None => 0,
    }
}

/// `sscanf(s, "%d")` as glibc does it (saturating at the `long` range, then truncated to
/// `int`); `None` when there is no number.
pub(crate) fn scan_int(s: &[u8]) -> Option<i32> {
    let (neg, mag) = scan_long(s)?;
    let v: i64 = if neg {
        if mag > i64::MAX as u64 + 1 {
            i64::MIN
        } else {
            (mag as i64).wrapping_neg()
        }
    } else if mag > i64::MAX as u64 {
        i64::MAX
    } else {
        mag as i64
    };
    Some(v as i32)
}

fn scan_long(s: &[u8]) -> Option<(bool, u64)> {
    let mut i = 0;
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
        i += 1;
    }
    let mut neg = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let start = i;
    let mut mag: u64 = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        mag = mag
            .saturating_mul(10)
            .saturating_add(u64::from(s[i] - b'0'));
        i += 1;
    }
    (i > start).then_some((neg, mag))
}

/// Parses one TOC entry (`ReadToc` body plus `_ReadExtraToc`). `index` is its position, for
/// error messages.
pub(crate) fn toc_entry<'a>(
    f: IntFormat,
    extra: Extra,
    tr: &Tracer,
    index: usize,
    i: &'a [u8],
) -> PResult<'a, TocEntry> {
    let v = f.version;
    tr.set_entry(Some((index, None)));
    let (i, dump_id) = tr.int(f, "dumpId", i)?;
    if dump_id <= 0 {
        return Err(PErr::at(i, Problem::DumpIdOutOfRange(dump_id)));
    }
    tr.set_entry(Some((index, Some(dump_id))));
    let (i, had_dumper) = tr.int(f, "hadDumper", i)?;
    let (i, tableoid) = if v >= ArchiveVersion::V1_8 {
        let (i, s) = tr.str(f, "tableoid", i)?;
        (i, s.map(scan_oid).unwrap_or(0))
    } else {
        (i, 0)
    };
    let (i, oid) = tr.str(f, "oid", i)?;
    let oid = oid.map(scan_oid).unwrap_or(0);
    let (i, tag) = tr.owned(f, "tag", i)?;
    let desc_start = i;
    let (i, desc) = tr.owned(f, "desc", i)?;
    let Some(desc) = desc else {
        return Err(PErr::at(desc_start, Problem::NullDesc));
    };
    let (i, section) = if v >= ArchiveVersion::V1_11 {
        let start = i;
        let (i, code) = tr.int(f, "section", i)?;
        match Section::from_code(code) {
            Some(s) => (i, s),
            None => return Err(PErr::at(start, Problem::Section(code))),
        }
    } else {
        (i, Section::derive_from_desc(&desc))
    };
    let (i, defn) = tr.owned(f, "defn", i)?;
    let (i, drop_stmt) = tr.owned(f, "dropStmt", i)?;
    let (i, copy_stmt) = if v >= ArchiveVersion::V1_3 {
        tr.owned(f, "copyStmt", i)?
    } else {
        (i, None)
    };
    let (i, namespace) = if v >= ArchiveVersion::V1_6 {
        tr.owned(f, "namespace", i)?
    } else {
        (i, None)
    };
    let (i, tablespace) = if v >= ArchiveVersion::V1_10 {
        tr.owned(f, "tablespace", i)?
    } else {
        (i, None)
    };
    let (i, tableam) = if v >= ArchiveVersion::V1_14 {
        tr.owned(f, "tableam", i)?
    } else {
        (i, None)
    };
    let (i, relkind) = if v >= ArchiveVersion::V1_16 {
        tr.int(f, "relkind", i)?
    } else {
        (i, 0)
    };
    let (i, owner) = tr.owned(f, "owner", i)?;
    let (i, with_oids) = if v >= ArchiveVersion::V1_9 {
        tr.owned(f, "withOids", i)?
    } else {
        (i, None)
    };
    let mut dependencies = Vec::new();
    let mut i = i;
    if v >= ArchiveVersion::V1_5 {
        loop {
            let start = i;
            let (rest, d) = tr.str(f, "dependencies", i)?;
            i = rest;
            let Some(d) = d else { break };
            match scan_int(d) {
                Some(id) => dependencies.push(id),
                None => return Err(PErr::at(start, Problem::Dependency(d.to_vec()))),
            }
        }
    }
    let (i, data) = match extra {
        Extra::Offset => {
            tr.start("offset", i);
            offset(f)(i)?
        }
        Extra::FileName => {
            let (i, name) = tr.owned(f, "filename", i)?;
            (i, DataLocation::File(name.unwrap_or_default()))
        }
    };
    Ok((
        i,
        TocEntry {
            dump_id,
            had_dumper: had_dumper != 0,
            catalog_id: CatalogId { tableoid, oid },
            tag,
            desc,
            section,
            defn,
            drop_stmt,
            copy_stmt,
            namespace,
            tablespace,
            tableam,
            relkind,
            owner,
            with_oids,
            dependencies,
            data,
        },
    ))
}

/// Writes one TOC entry (`WriteToc` body plus `_WriteExtraToc`), with the fields of `f.version`.
/// A [`DataLocation::File`] is written as a file name (directory/tar), the other variants as a
/// custom-format offset.
pub fn write_toc_entry<W: Write + ?Sized>(w: &mut W, f: IntFormat, e: &TocEntry) -> io::Result<()> {
    let v = f.version;
    write_int(w, f, e.dump_id)?;
    write_int(w, f, i32::from(e.had_dumper))?;
    if v >= ArchiveVersion::V1_8 {
        write_str(w, f, Some(e.catalog_id.tableoid.to_string().as_bytes()))?;
    }
    write_str(w, f, Some(e.catalog_id.oid.to_string().as_bytes()))?;
    write_str(w, f, e.tag.as_deref())?;
    write_str(w, f, Some(&e.desc))?;
    if v >= ArchiveVersion::V1_11 {
        write_int(w, f, e.section.code())?;
    }
    write_str(w, f, e.defn.as_deref())?;
    write_str(w, f, e.drop_stmt.as_deref())?;
    if v >= ArchiveVersion::V1_3 {
        write_str(w, f, e.copy_stmt.as_deref())?;
    }
    if v >= ArchiveVersion::V1_6 {
        write_str(w, f, e.namespace.as_deref())?;
    }
    if v >= ArchiveVersion::V1_10 {
        write_str(w, f, e.tablespace.as_deref())?;
    }
    if v >= ArchiveVersion::V1_14 {
        write_str(w, f, e.tableam.as_deref())?;
    }
    if v >= ArchiveVersion::V1_16 {
        write_int(w, f, e.relkind)?;
    }
    write_str(w, f, e.owner.as_deref())?;
    if v >= ArchiveVersion::V1_9 {
        write_str(w, f, e.with_oids.as_deref())?;
    }
    if v >= ArchiveVersion::V1_5 {
        for d in &e.dependencies {
            write_str(w, f, Some(d.to_string().as_bytes()))?;
        }
        write_str(w, f, None)?;
    }
    match &e.data {
        DataLocation::File(name) => write_str(w, f, Some(name)),
        loc => write_offset(w, f, loc),
    }
}

/// Writes the whole TOC: the entry count, then each entry.
pub fn write_toc<W: Write + ?Sized>(
    w: &mut W,
    f: IntFormat,
    entries: &[TocEntry],
) -> io::Result<()> {
    let n = i32::try_from(entries.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "too many TOC entries"))?;
    write_int(w, f, n)?;
    for e in entries {
        write_toc_entry(w, f, e)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn scanf_like_number_parsing() {
        assert_eq!(scan_oid(b"16387"), 16387);
        assert_eq!(scan_oid(b"  42abc"), 42);
        assert_eq!(scan_oid(b"x"), 0);
        assert_eq!(scan_oid(b"-1"), u32::MAX);
        assert_eq!(scan_oid(b"4294967296"), 0);
        assert_eq!(scan_int(b"201"), Some(201));
        assert_eq!(scan_int(b"-7"), Some(-7));
        assert_eq!(scan_int(b""), None);
        assert_eq!(scan_int(b"99999999999999999999"), Some(i64::MAX as i32));
    }

    #[test]
    fn real_entry_from_the_spec() {
        // Format spec §5.2: pg_dump 18, TABLE DATA for s1.t1.
        let mut b = Vec::new();
        let f = IntFormat::CURRENT;
        let s = |b: &mut Vec<u8>, x: Option<&[u8]>| write_str(b, f, x).unwrap();
        write_int(&mut b, f, 2958).unwrap();
        write_int(&mut b, f, 1).unwrap();
        s(&mut b, Some(b"0"));
        s(&mut b, Some(b"16387"));
        s(&mut b, Some(b"t1"));
        s(&mut b, Some(b"TABLE DATA"));
        write_int(&mut b, f, 3).unwrap();
        s(&mut b, None);
        s(&mut b, None);
        s(&mut b, Some(b"COPY s1.t1 (id, name, note) FROM stdin;\n"));
        s(&mut b, Some(b"s1"));
        s(&mut b, None);
        s(&mut b, None);
        write_int(&mut b, f, 0).unwrap();
        s(&mut b, Some(b"postgres"));
        s(&mut b, Some(b"false"));
        s(&mut b, Some(b"201"));
        s(&mut b, None);
        b.extend_from_slice(&[2, 0x6f, 0xbe, 0x06, 0, 0, 0, 0, 0]);
        assert_eq!(b.len(), 175);
        let tr = Tracer::default();
        let (rest, e) = toc_entry(f, Extra::Offset, &tr, 0, &b).unwrap();
        assert!(rest.is_empty());
        assert_eq!(e.dump_id, 2958);
        assert_eq!(e.catalog_id.oid, 16387);
        assert_eq!(e.section, Section::Data);
        assert_eq!(e.dependencies, vec![201]);
        assert_eq!(e.data, DataLocation::Offset(441_967));
        let mut back = Vec::new();
        write_toc_entry(&mut back, f, &e).unwrap();
        assert_eq!(back, b);
    }

    #[test]
    fn newer_versions_are_refused() {
        let tr = Tracer::default();
        for (maj, min) in [(1u8, 17u8), (2, 16), (0, 9)] {
            let b = [b'P', b'G', b'D', b'M', b'P', maj, min, 0, 4, 8, 1];
            assert!(matches!(
                header(None, &tr, &b),
                Err(nom::Err::Failure(PErr {
                    problem: Problem::UnsupportedVersion { .. },
                    ..
                }))
            ));
        }
        let b = [b'P', b'G', b'D', b'M', b'P', 1, 16, 255, 4];
        assert!(matches!(
            header(None, &tr, &b),
            Err(nom::Err::Incomplete(_))
        ));
    }

    // ----- proptest round trips for every version -----

    fn version() -> impl Strategy<Value = ArchiveVersion> {
        (0u8..=16, any::<u8>()).prop_map(|(minor, rev)| {
            ArchiveVersion::new(1, minor, if minor == 0 { 0 } else { rev })
        })
    }

    fn opt_bytes() -> impl Strategy<Value = Option<Vec<u8>>> {
        proptest::option::of(proptest::collection::vec(any::<u8>(), 0..40))
    }

    fn created() -> impl Strategy<Value = CreateTime> {
        proptest::array::uniform7(any::<i32>()).prop_map(|a| CreateTime {
            sec: a[0],
            min: a[1],
            hour: a[2],
            mday: a[3],
            mon: a[4],
            year: a[5],
            isdst: a[6],
        })
    }

    /// A header whose fields are exactly those its version has, defaults elsewhere.
    fn any_header() -> impl Strategy<Value = Header> {
        (
            version(),
            prop_oneof![Just(4u8), Just(8u8), 1u8..=8],
            1u8..=10,
            prop_oneof![Just(1u8), Just(3u8)],
            any::<u8>(),
            -1i32..=9,
            created(),
            opt_bytes(),
            opt_bytes(),
            opt_bytes(),
        )
            .prop_map(
                |(version, int_size, off, format_byte, alg, level, t, db, sv, dv)| {
                    let off_size = if version >= ArchiveVersion::V1_7 {
                        off
                    } else {
                        int_size
                    };
                    let f = IntFormat {
                        version,
                        int_size,
                        off_size,
                    };
                    let compression = if version >= ArchiveVersion::V1_15 {
                        HeaderCompression::Algorithm(alg)
                    } else if version >= ArchiveVersion::V1_4 {
                        HeaderCompression::Level(fit(f, level))
                    } else if version >= ArchiveVersion::V1_2 {
                        HeaderCompression::LevelByte(alg)
                    } else {
                        HeaderCompression::Implied
                    };
                    let has_date = version >= ArchiveVersion::V1_4;
                    let has_versions = version >= ArchiveVersion::V1_10;
                    let t = CreateTime {
                        sec: fit(f, t.sec),
                        min: fit(f, t.min),
                        hour: fit(f, t.hour),
                        mday: fit(f, t.mday),
                        mon: fit(f, t.mon),
                        year: fit(f, t.year),
                        isdst: fit(f, t.isdst),
                    };
                    Header {
                        version,
                        int_size,
                        off_size,
                        format_byte,
                        compression,
                        created: has_date.then_some(t),
                        dbname: if has_date { db } else { None },
                        server_version: if has_versions { sv } else { None },
                        pgdump_version: if has_versions { dv } else { None },
                    }
                },
            )
    }

    /// Reduces a value to what an integer of this format can carry (1.0 has no sign byte;
    /// narrow integers hold fewer bits).
    fn fit(f: IntFormat, v: i32) -> i32 {
        let bits = u32::from(f.int_size) * 8;
        let mask = if bits >= 32 {
            u32::MAX
        } else {
            (1u32 << bits) - 1
        };
        if f.has_sign_byte() {
            let m = (v.unsigned_abs() & mask) as i32;
            if v < 0 { m.wrapping_neg() } else { m }
        } else {
            ((v as u32) & mask) as i32
        }
    }

    /// A positive value that survives the format (string lengths and ids must stay positive).
    fn fit_pos(f: IntFormat, v: i32) -> i32 {
        let bits = u32::from(f.int_size) * 8;
        let max = if bits >= 31 {
            i32::MAX
        } else {
            (1i32 << bits) - 1
        };
        1 + (v.rem_euclid(max.max(1)))
    }

    fn any_entry(f: IntFormat, extra: Extra) -> impl Strategy<Value = TocEntry> {
        let v = f.version;
        (
            (
                any::<i32>(),
                any::<bool>(),
                any::<u32>(),
                any::<u32>(),
                opt_bytes(),
                proptest::collection::vec(any::<u8>(), 0..20),
                prop_oneof![
                    Just(Section::None),
                    Just(Section::PreData),
                    Just(Section::Data),
                    Just(Section::PostData)
                ],
            ),
            (
                opt_bytes(),
                opt_bytes(),
                opt_bytes(),
                opt_bytes(),
                opt_bytes(),
                opt_bytes(),
                any::<i32>(),
                opt_bytes(),
                opt_bytes(),
            ),
            (
                proptest::collection::vec(any::<i32>(), 0..5),
                0u8..3,
                1u64..u64::from(u32::MAX),
                proptest::collection::vec(any::<u8>(), 0..12),
            ),
        )
            .prop_map(
                move |(
                    (id, had, tableoid, oid, tag, desc, section),
                    (defn, drop_stmt, copy, ns, ts, am, relkind, owner, with_oids),
                    (deps, loc_kind, pos, file),
                )| {
                    let data = match extra {
                        Extra::FileName => DataLocation::File(file),
                        Extra::Offset => match loc_kind {
                            0 => DataLocation::NoData,
                            1 => DataLocation::NotSet,
                            _ => {
                                let p = if v < ArchiveVersion::V1_7 {
                                    fit_pos(f, pos as i32) as u64
                                } else if f.off_size >= 8 {
                                    pos
                                } else {
                                    let m = (1u64 << (8 * u32::from(f.off_size))) - 1;
                                    (pos & m).max(1)
                                };
                                DataLocation::Offset(p)
                            }
                        },
                    };
                    TocEntry {
                        dump_id: fit_pos(f, id),
                        had_dumper: had,
                        catalog_id: CatalogId {
                            tableoid: if v >= ArchiveVersion::V1_8 {
                                tableoid
                            } else {
                                0
                            },
                            oid,
                        },
                        tag,
                        section: if v >= ArchiveVersion::V1_11 {
                            section
                        } else {
                            Section::derive_from_desc(&desc)
                        },
                        desc,
                        defn,
                        drop_stmt,
                        copy_stmt: if v >= ArchiveVersion::V1_3 {
                            copy
                        } else {
                            None
                        },
                        namespace: if v >= ArchiveVersion::V1_6 { ns } else { None },
                        tablespace: if v >= ArchiveVersion::V1_10 { ts } else { None },
                        tableam: if v >= ArchiveVersion::V1_14 { am } else { None },
                        relkind: if v >= ArchiveVersion::V1_16 {
                            fit(f, relkind)
                        } else {
                            0
                        },
                        owner,
                        with_oids: if v >= ArchiveVersion::V1_9 {
                            with_oids
                        } else {
                            None
                        },
                        dependencies: if v >= ArchiveVersion::V1_5 {
                            deps.into_iter().map(|d| fit(f, d)).collect()
                        } else {
                            Vec::new()
                        },
                        data,
                    }
                },
            )
    }

    fn header_and_entries() -> impl Strategy<Value = (Header, Vec<TocEntry>)> {
        any_header().prop_flat_map(|h| {
            // Strings need lengths up to 40 and the entry count: keep integers ≥ 2 bytes.
            // 1.0 has no sign byte, so NULL (−1) needs all 32 bits.
            let min_size = if h.version == ArchiveVersion::V1_0 {
                4
            } else {
                2
            };
            let mut h = h;
            if h.int_size < min_size {
                h.int_size = min_size;
                if h.version < ArchiveVersion::V1_7 {
                    h.off_size = min_size;
                }
                let f = int_format(&h);
                if let HeaderCompression::Level(l) = h.compression {
                    h.compression = HeaderCompression::Level(fit(f, l));
                }
                if let Some(t) = h.created.as_mut() {
                    for x in [
                        &mut t.sec,
                        &mut t.min,
                        &mut t.hour,
                        &mut t.mday,
                        &mut t.mon,
                        &mut t.year,
                        &mut t.isdst,
                    ] {
                        *x = fit(f, *x);
                    }
                }
            }
            let f = int_format(&h);
            let extra = Extra::for_format_byte(h.format_byte);
            (
                Just(h),
                proptest::collection::vec(any_entry(f, extra), 0..6),
            )
        })
    }

    proptest! {
        #[test]
        fn header_round_trip(h in any_header()) {
            let mut out = Vec::new();
            write_header(&mut out, &h).unwrap();
            let tr = Tracer::default();
            let (rest, back) = header(Some(h.format_byte), &tr, &out).unwrap();
            prop_assert!(rest.is_empty());
            prop_assert_eq!(back, h);
        }

        #[test]
        fn toc_round_trip((h, entries) in header_and_entries()) {
            let f = int_format(&h);
            let mut out = Vec::new();
            write_header(&mut out, &h).unwrap();
            write_toc(&mut out, f, &entries).unwrap();
            let tr = Tracer::default();
            let (mut i, back_h) = header(None, &tr, &out).unwrap();
            prop_assert_eq!(&back_h, &h);
            let (rest, n) = toc_count(f, &tr, i).unwrap();
            i = rest;
            prop_assert_eq!(n as usize, entries.len());
            let extra = Extra::for_format_byte(h.format_byte);
            for (k, e) in entries.iter().enumerate() {
                let (rest, back) = toc_entry(f, extra, &tr, k, i).unwrap();
                i = rest;
                prop_assert_eq!(&back, e);
            }
            prop_assert!(i.is_empty());
            // Every strict prefix is incomplete or an error, never a panic or a success that
            // reads past its input.
            for cut in [out.len() / 3, out.len() / 2, out.len().saturating_sub(1)] {
                let _ = header(None, &tr, &out[..cut]);
            }
        }

        #[test]
        fn header_parser_never_panics(b in proptest::collection::vec(any::<u8>(), 0..120)) {
            let tr = Tracer::default();
            let mut input = b"PGDMP".to_vec();
            input.extend_from_slice(&b);
            if let Ok((rest, h)) = header(None, &tr, &input) {
                let f = int_format(&h);
                if let Ok((mut i, n)) = toc_count(f, &tr, rest) {
                    for k in 0..n.min(4) as usize {
                        match toc_entry(f, Extra::for_format_byte(h.format_byte), &tr, k, i) {
                            Ok((r, _)) => i = r,
                            Err(_) => break,
                        }
                    }
                }
            }
        }
    }
}
