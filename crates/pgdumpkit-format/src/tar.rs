//! Tar containers (`pg_backup_tar.c`, `src/port/tar.c`): member headers, an index of members
//! for a seekable (mmapped) file, and strictly forward member access for a stream.

use std::collections::HashSet;
use std::io;

use crate::error::{DataError, OpenError};
use crate::source::{Limited, Src, read_up_to};
use crate::toc::DumpId;

pub(crate) const BLOCK: usize = 512;
const OFFSET_NAME: usize = 0;
const OFFSET_SIZE: usize = 124;
const OFFSET_CHECKSUM: usize = 148;
const OFFSET_MAGIC: usize = 257;
const OFFSET_VERSION: usize = 263;

/// `read_tar_number`: octal digits (stopping at the first non-digit), or GNU base-256 when the
/// first byte is 0x80. Saturates instead of overflowing.
pub(crate) fn read_number(s: &[u8]) -> u64 {
    if s.first() == Some(&0x80) {
        s[1..].iter().fold(0u64, |acc, b| {
            acc.checked_mul(256).map_or(u64::MAX, |v| v | u64::from(*b))
        })
    } else {
        let mut v: u64 = 0;
        for &b in s {
            if !(b'0'..=b'7').contains(&b) {
                break;
            }
            v = v.saturating_mul(8).saturating_add(u64::from(b - b'0'));
        }
        v
    }
}

/// `tarChecksum`: the sum of all bytes, the checksum field counted as spaces.
pub(crate) fn checksum(h: &[u8; BLOCK]) -> u64 {
    let mut sum = 8 * u64::from(b' ');
    for (i, b) in h.iter().enumerate() {
        if !(OFFSET_CHECKSUM..OFFSET_CHECKSUM + 8).contains(&i) {
            sum += u64::from(*b);
        }
    }
    sum
}

/// `isValidTarHeader`: checksum and one of the three accepted magics.
pub(crate) fn is_valid_header(h: &[u8]) -> bool {
    let Ok(h) = <&[u8; BLOCK]>::try_from(h) else {
        return false;
    };
    if read_number(&h[OFFSET_CHECKSUM..OFFSET_CHECKSUM + 8]) != checksum(h) {
        return false;
    }
    let magic = &h[OFFSET_MAGIC..OFFSET_MAGIC + 8];
    (&magic[..6] == b"ustar\0" && &h[OFFSET_VERSION..OFFSET_VERSION + 2] == b"00")
        || magic == b"ustar  \0"
        || magic == b"ustar00\0"
}

/// The name field (100 bytes, NUL-terminated unless full).
fn name_of(h: &[u8; BLOCK]) -> String {
    let raw = &h[OFFSET_NAME..OFFSET_NAME + 100];
    let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
    String::from_utf8_lossy(&raw[..end]).into_owned()
}

/// Bytes of zero padding after a member of `size` bytes.
pub(crate) fn padding(size: u64) -> u64 {
    (BLOCK as u64 - size % BLOCK as u64) % BLOCK as u64
}

/// One member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Member {
    pub name: String,
    /// Offset of its first data byte.
    pub data: u64,
    /// Declared size.
    pub size: u64,
}

impl Member {
    /// Offset of the next header.
    pub(crate) fn next(&self) -> u64 {
        self.data
            .saturating_add(self.size)
            .saturating_add(padding(self.size))
    }
}

/// What `_tarGetHeader` found.
enum Got {
    Member(Member),
    End,
}

/// Reads the next header (`_tarGetHeader`): all-zero blocks are skipped; a block with a bad
/// checksum is fatal; a clean end of input is `End`.
fn next_header<S: Src>(s: &mut S) -> Result<Got, OpenError> {
    loop {
        let at = s.pos();
        let mut h = [0u8; BLOCK];
        let n = read_up_to(s, &mut h).map_err(|e| OpenError::Read {
            what: "tar archive".into(),
            source: e,
        })?;
        if n == 0 {
            return Ok(Got::End);
        }
        if n != BLOCK {
            return Err(OpenError::TarIncompleteHeader { offset: at, len: n });
        }
        let expected = read_number(&h[OFFSET_CHECKSUM..OFFSET_CHECKSUM + 8]);
        let computed = checksum(&h);
        if expected != computed {
            if h.iter().all(|b| *b == 0) {
                continue;
            }
            return Err(OpenError::TarHeader {
                name: name_of(&h),
                expected,
                computed,
                offset: at,
            });
        }
        return Ok(Got::Member(Member {
            name: name_of(&h),
            data: at + BLOCK as u64,
            size: read_number(&h[OFFSET_SIZE..OFFSET_SIZE + 12]),
        }));
    }
}

/// Every member of a tar held in memory, in order. A member whose data runs past the end of
/// the file ends the index (its size is kept; reading it reports the truncation).
pub(crate) fn index(data: &[u8]) -> Result<Vec<Member>, OpenError> {
    let mut s = crate::source::SliceSrc::new(data, 0);
    let mut members = Vec::new();
    loop {
        let got = match next_header(&mut s) {
            Ok(g) => g,
            // A file cut inside a later member's header: pg_restore reads members only when
            // it needs them (`_tarPositionTo`), so listing still works; reading a lost member
            // reports it missing.
            Err(OpenError::TarIncompleteHeader { .. }) if !members.is_empty() => {
                return Ok(members);
            }
            Err(e) => return Err(e),
        };
        match got {
            Got::End => return Ok(members),
            Got::Member(m) => {
                let next = m.next();
                members.push(m);
                if next > data.len() as u64 {
                    return Ok(members);
                }
                let skip = next - s.pos();
                if s.skip(skip).is_err() {
                    return Ok(members);
                }
            }
        }
    }
}

/// pg_restore's guess of the dump id a member belongs to (`atoi` of its name).
pub(crate) fn atoi(name: &str) -> i32 {
    crate::grammar::scan_int(name.as_bytes()).unwrap_or(0)
}

/// `atooid`: `strtoul` truncated to an OID.
pub(crate) fn atooid(s: &[u8]) -> u32 {
    crate::grammar::scan_oid(s)
}

/// Forward-only access to the members of a tar stream, as pg_restore reads a tar (§9.5).
#[derive(Debug)]
pub(crate) struct TarStream<S> {
    pub src: S,
    /// Offset of the next header.
    next: u64,
    /// Dump ids of members skipped over, to tell "out of order" from "missing".
    passed: HashSet<DumpId>,
    /// Whether the end of the archive was reached.
    ended: bool,
}

impl<S: Src> TarStream<S> {
    pub(crate) fn new(src: S) -> Self {
        let next = src.pos();
        TarStream {
            src,
            next,
            passed: HashSet::new(),
            ended: false,
        }
    }

    /// Moves to the start of the next header, skipping the rest of the current member.
    fn skip_to_next(&mut self) -> Result<(), DataError> {
        let here = self.src.pos();
        if self.next > here {
            self.src.skip(self.next - here).map_err(|e| {
                if e.kind() == io::ErrorKind::UnexpectedEof {
                    self.ended = true;
                    DataError::Truncated {
                        id: 0,
                        offset: here,
                        what: "tar member".into(),
                        file: "input".into(),
                    }
                } else {
                    DataError::Io {
                        what: "tar archive".into(),
                        source: e,
                    }
                }
            })?;
        }
        Ok(())
    }

    /// The next member, any name; `None` at the end of the archive.
    pub(crate) fn next_member(&mut self) -> Result<Option<Member>, DataError> {
        if self.ended {
            return Ok(None);
        }
        self.skip_to_next()?;
        match next_header(&mut self.src).map_err(open_to_data)? {
            Got::End => {
                self.ended = true;
                Ok(None)
            }
            Got::Member(m) => {
                self.next = m.next();
                let id = atoi(&m.name);
                if id > 0 {
                    self.passed.insert(id);
                }
                Ok(Some(m))
            }
        }
    }

    /// Moves forward to the member called `name` (`_tarPositionTo`). A member that was
    /// already passed is an out-of-order request; one never found is missing.
    pub(crate) fn seek_member(&mut self, name: &str) -> Result<Member, DataError> {
        let id = atoi(name);
        if id > 0 && self.passed.contains(&id) {
            return Err(DataError::TarOutOfOrder { name: name.into() });
        }
        while let Some(m) = self.next_member()? {
            if m.name == name {
                return Ok(m);
            }
        }
        Err(DataError::MissingMember { name: name.into() })
    }

    /// The data of the member just returned, as a reader.
    pub(crate) fn member_data(&mut self, m: &Member) -> Limited<&mut S> {
        self.member_data_of(m, 0)
    }

    /// The data of the member just returned, belonging to entry `id` (named in errors).
    pub(crate) fn member_data_of(&mut self, m: &Member, id: DumpId) -> Limited<&mut S> {
        let here = self.src.pos();
        let remaining = m.data.saturating_add(m.size).saturating_sub(here);
        Limited {
            src: &mut self.src,
            remaining,
            id,
        }
    }
}

fn open_to_data(e: OpenError) -> DataError {
    match e {
        OpenError::Read { what, source } => DataError::Io { what, source },
        other => DataError::Corrupt {
            id: 0,
            offset: 0,
            problem: other.to_string(),
        },
    }
}

/// Finds `toc.dat` in a stream (skipping other members, as pg_restore does) and returns it.
/// The error names a nested `…/toc.dat` when there is one (a tar of an extracted directory).
pub(crate) fn find_toc<S: Src>(t: &mut TarStream<S>) -> Result<Member, OpenError> {
    let mut nested = None;
    loop {
        t.skip_to_next().map_err(|e| OpenError::Read {
            what: "tar archive".into(),
            source: io::Error::other(e),
        })?;
        match next_header(&mut t.src)? {
            Got::End => {
                t.ended = true;
                return Err(OpenError::TarWithoutToc { nested });
            }
            Got::Member(m) => {
                t.next = m.next();
                if m.name == "toc.dat" {
                    return Ok(m);
                }
                if nested.is_none() && m.name.ends_with("/toc.dat") {
                    nested = Some(m.name.clone());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    pub(crate) fn header(name: &str, size: u64) -> [u8; BLOCK] {
        let mut h = [0u8; BLOCK];
        h[..name.len()].copy_from_slice(name.as_bytes());
        h[100..108].copy_from_slice(b"0000600 ");
        h[124..136].copy_from_slice(format!("{size:011o} ").as_bytes());
        h[156] = b'0';
        h[257..263].copy_from_slice(b"ustar\0");
        h[263..265].copy_from_slice(b"00");
        let sum = checksum(&h);
        h[148..156].copy_from_slice(format!("{sum:07o} ").as_bytes());
        h
    }

    #[test]
    fn numbers_and_headers() {
        assert_eq!(read_number(b"00000001750 "), 1000);
        assert_eq!(read_number(&[0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]), 512);
        let h = header("toc.dat", 10);
        assert!(is_valid_header(&h));
        let mut bad = h;
        bad[0] = b'x';
        assert!(!is_valid_header(&bad));
    }

    #[test]
    fn index_and_stream_agree() {
        let mut t = Vec::new();
        for (name, body) in [("toc.dat", &b"PGDMP"[..]), ("1.dat", b"hello")] {
            t.extend_from_slice(&header(name, body.len() as u64));
            t.extend_from_slice(body);
            t.resize(t.len() + padding(body.len() as u64) as usize, 0);
        }
        t.resize(t.len() + 1024, 0);
        let idx = index(&t).unwrap();
        assert_eq!(idx.len(), 2);
        assert_eq!(idx[1].name, "1.dat");
        let mut s = TarStream::new(crate::source::SliceSrc::new(&t, 0));
        let m = find_toc(&mut s).unwrap();
        assert_eq!(m.size, 5);
        let m = s.seek_member("1.dat").unwrap();
        let mut out = Vec::new();
        s.member_data(&m).read_to_end(&mut out).unwrap();
        assert_eq!(out, b"hello");
        assert!(matches!(
            s.seek_member("1.dat"),
            Err(DataError::TarOutOfOrder { .. })
        ));
    }
}
