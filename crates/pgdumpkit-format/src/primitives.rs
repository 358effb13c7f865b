//! The primitive encodings of the header and TOC: integers, strings and data offsets
//! (`ReadInt`/`WriteInt`, `ReadStr`/`WriteStr`, `ReadOffset`/`WriteOffset` in
//! `pg_backup_archiver.c`), each decoder next to its encoder.
//!
//! The decoders come twice: as `nom` streaming parsers over a byte slice (crate-private; the
//! header and TOC grammar is built from them) and as plain functions over a [`Read`] (used for
//! data blocks, which are read sequentially). Both share [`IntFormat::decode_int`].

use std::io::{self, Read, Write};

use nom::Needed;

use crate::toc::DataLocation;
use crate::version::ArchiveVersion;

/// How integers and offsets are encoded: fixed by the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IntFormat {
    pub version: ArchiveVersion,
    /// Bytes of integer magnitude (`intSize`, 4 in practice; at most 8 accepted).
    pub int_size: u8,
    /// Bytes of a data offset (`offSize`, 8 in practice).
    pub off_size: u8,
}

/// The largest `intSize` we accept. pg_restore accepts up to 32 but only reads an `int`; the
/// format spec (§2.2) advises rejecting anything wider than 8.
pub const MAX_INT_SIZE: u8 = 8;

/// `K_OFFSET_POS_NOT_SET`: the entry has data, its position is unknown.
pub const OFFSET_POS_NOT_SET: u8 = 1;
/// `K_OFFSET_POS_SET`: the entry's data block starts at the stored position.
pub const OFFSET_POS_SET: u8 = 2;
/// `K_OFFSET_NO_DATA`: the entry has no data block.
pub const OFFSET_NO_DATA: u8 = 3;

impl IntFormat {
    /// The format pg_dump 17 and 18 write.
    pub const CURRENT: Self = Self {
        version: ArchiveVersion::V1_16,
        int_size: 4,
        off_size: 8,
    };

    /// Whether integers carry a sign byte (every version after 1.0).
    pub fn has_sign_byte(self) -> bool {
        self.version > ArchiveVersion::V1_0
    }

    /// Encoded length of one integer.
    pub fn int_len(self) -> usize {
        usize::from(self.has_sign_byte()) + usize::from(self.int_size)
    }

    /// Turns a sign byte and little-endian magnitude bytes into the C `int` pg_restore
    /// computes (`ReadInt`): any non-zero sign byte means negative, and the magnitude wraps
    /// to 32 bits. `magnitude` holds at most 8 bytes.
    pub fn decode_int(sign: u8, magnitude: &[u8]) -> i32 {
        let mut m: u64 = 0;
        for (i, b) in magnitude.iter().take(8).enumerate() {
            m |= u64::from(*b) << (8 * i);
        }
        // Truncation to 32 bits is the point: pg_restore accumulates into an `int`.
        let v = m as u32 as i32;
        if sign != 0 { v.wrapping_neg() } else { v }
    }

    /// Reads one integer from a byte stream (data blocks). `UnexpectedEof` when cut short.
    pub fn read_int<R: Read + ?Sized>(self, r: &mut R) -> io::Result<i32> {
        let mut buf = [0u8; 1 + MAX_INT_SIZE as usize];
        let n = self.int_len();
        r.read_exact(&mut buf[..n])?;
        Ok(self.int_from_bytes(&buf[..n]))
    }

    /// Decodes exactly `int_len()` bytes.
    pub(crate) fn int_from_bytes(self, b: &[u8]) -> i32 {
        if self.has_sign_byte() {
            Self::decode_int(b[0], &b[1..])
        } else {
            Self::decode_int(0, b)
        }
    }
}

/// Writes an integer as `WriteInt` does: sign byte (after 1.0), then `int_size` bytes of
/// magnitude, least significant first. In 1.0 a negative value cannot be represented; its
/// two's complement bits are written, as a C writer would.
pub fn write_int<W: Write + ?Sized>(w: &mut W, f: IntFormat, v: i32) -> io::Result<()> {
    let mut buf = [0u8; 1 + MAX_INT_SIZE as usize];
    let mut n = 0;
    let mag: u64 = if f.has_sign_byte() {
        buf[0] = u8::from(v < 0);
        n = 1;
        u64::from(v.unsigned_abs())
    } else {
        u64::from(v as u32)
    };
    for i in 0..usize::from(f.int_size.min(MAX_INT_SIZE)) {
        buf[n] = if i < 8 { (mag >> (8 * i)) as u8 } else { 0 };
        n += 1;
    }
    w.write_all(&buf[..n])
}

/// Writes a string as `WriteStr` does: length then bytes; `None` is length −1.
pub fn write_str<W: Write + ?Sized>(w: &mut W, f: IntFormat, s: Option<&[u8]>) -> io::Result<()> {
    match s {
        None => write_int(w, f, -1),
        Some(b) => {
            let len = i32::try_from(b.len()).map_err(|_| {
                io::Error::new(io::ErrorKind::InvalidInput, "string longer than 2 GiB")
            })?;
            write_int(w, f, len)?;
            w.write_all(b)
        }
    }
}

/// Writes a custom-format data offset as `WriteOffset` does (flag byte + `off_size` bytes from
/// 1.7; before 1.7 an integer position, −1 for "not set", 0 for "no data", followed by the
/// obsolete data-size integer, written as 0).
///
/// `loc` must be one of the custom-format variants; a file name is an error.
pub fn write_offset<W: Write + ?Sized>(
    w: &mut W,
    f: IntFormat,
    loc: &DataLocation,
) -> io::Result<()> {
    let (flag, pos) = match loc {
        DataLocation::NoData => (OFFSET_NO_DATA, 0),
        DataLocation::NotSet => (OFFSET_POS_NOT_SET, 0),
        DataLocation::Offset(p) => (OFFSET_POS_SET, *p),
        DataLocation::File(_) => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "a file name is not a custom-format data offset",
            ));
        }
    };
    if f.version < ArchiveVersion::V1_7 {
        let v = match flag {
            OFFSET_NO_DATA => 0,
            OFFSET_POS_NOT_SET => -1,
            _ => i32::try_from(pos).map_err(|_| {
                io::Error::new(io::ErrorKind::InvalidInput, "offset too large before 1.7")
            })?,
        };
        write_int(w, f, v)?;
        return write_int(w, f, 0);
    }
    w.write_all(&[flag])?;
    for i in 0..usize::from(f.off_size) {
        let b = if i < 8 { (pos >> (8 * i)) as u8 } else { 0 };
        w.write_all(&[b])?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// nom parsers (crate-private)
// ---------------------------------------------------------------------------------------

/// What went wrong, without position (the grammar adds that from its trace).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A nom combinator failed (cannot happen with the parsers used, kept for completeness).
    Nom(nom::error::ErrorKind),
    BadMagic,
    UnsupportedVersion {
        major: u8,
        minor: u8,
        rev: u8,
    },
    IntSize(u8),
    FormatMismatch {
        expected: u8,
        found: u8,
    },
    NegativeCount(i32),
    DumpIdOutOfRange(i32),
    OffsetFlag(u8),
    OffsetTooLarge,
    Section(i32),
    NullDesc,
    Dependency(Vec<u8>),
}

/// A nom error: the problem and how much input was left where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PErr {
    pub problem: Problem,
    pub remaining: usize,
}

impl PErr {
    pub(crate) fn at(input: &[u8], problem: Problem) -> nom::Err<PErr> {
        nom::Err::Failure(PErr {
            problem,
            remaining: input.len(),
        })
    }
}

impl<'a> nom::error::ParseError<&'a [u8]> for PErr {
    fn from_error_kind(input: &'a [u8], kind: nom::error::ErrorKind) -> Self {
        PErr {
            problem: Problem::Nom(kind),
            remaining: input.len(),
        }
    }

    fn append(_: &'a [u8], _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

pub(crate) type PResult<'a, T> = nom::IResult<&'a [u8], T, PErr>;

/// One raw byte.
pub(crate) fn byte(i: &[u8]) -> PResult<'_, u8> {
    nom::number::streaming::u8(i)
}

/// `n` raw bytes; `Incomplete` with the exact shortfall when the input is shorter.
pub(crate) fn bytes(n: usize, i: &[u8]) -> PResult<'_, &[u8]> {
    nom::bytes::streaming::take(n)(i)
}

/// One integer (`ReadInt`).
pub(crate) fn int(f: IntFormat) -> impl FnMut(&[u8]) -> PResult<'_, i32> {
    move |i| {
        let (rest, b) = bytes(f.int_len(), i)?;
        Ok((rest, f.int_from_bytes(b)))
    }
}

/// The length prefix of a string, checked: −1 (or any negative, as `ReadStr` treats them) is
/// NULL. Returned separately so that the caller can record the declared length before asking
/// for the bytes.
pub(crate) fn str_len(f: IntFormat) -> impl FnMut(&[u8]) -> PResult<'_, i32> {
    int(f)
}

/// The bytes of a string whose length was read by [`str_len`]. `ReadStr` treats every negative
/// length as NULL; so do we.
pub(crate) fn str_body(len: i32) -> impl FnMut(&[u8]) -> PResult<'_, Option<&[u8]>> {
    move |i| {
        if len < 0 {
            return Ok((i, None));
        }
        // `take` checks the length against what is there before touching anything, so an
        // absurd length costs nothing (it becomes `Incomplete`, i.e. "truncated").
        let (rest, b) = bytes(len as usize, i)?;
        Ok((rest, Some(b)))
    }
}

/// A whole string (`ReadStr`).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn string(f: IntFormat) -> impl FnMut(&[u8]) -> PResult<'_, Option<&[u8]>> {
    move |i| {
        let (i, len) = str_len(f)(i)?;
        str_body(len)(i)
    }
}

/// A custom-format data offset (`ReadOffset`).
pub(crate) fn offset(f: IntFormat) -> impl FnMut(&[u8]) -> PResult<'_, DataLocation> {
    move |i| {
        if f.version < ArchiveVersion::V1_7 {
            // Before 1.7: an integer position (< 0 not set, 0 no data) followed by the old
            // data-size integer, which `_ReadExtraToc` reads and discards.
            let (i, v) = int(f)(i)?;
            let (i, _size) = int(f)(i)?;
            let loc = match v {
                v if v < 0 => DataLocation::NotSet,
                0 => DataLocation::NoData,
                v => DataLocation::Offset(v as u64),
            };
            return Ok((i, loc));
        }
        let start = i;
        let (i, flag) = byte(i)?;
        if !matches!(flag, OFFSET_POS_NOT_SET | OFFSET_POS_SET | OFFSET_NO_DATA) {
            return Err(PErr::at(start, Problem::OffsetFlag(flag)));
        }
        let (rest, b) = bytes(usize::from(f.off_size), i)?;
        let mut pos: u64 = 0;
        for (k, v) in b.iter().enumerate() {
            if k < 8 {
                pos |= u64::from(*v) << (8 * k);
            } else if *v != 0 {
                return Err(PErr::at(start, Problem::OffsetTooLarge));
            }
        }
        let loc = match flag {
            OFFSET_POS_NOT_SET => DataLocation::NotSet,
            OFFSET_NO_DATA => DataLocation::NoData,
            _ => DataLocation::Offset(pos),
        };
        Ok((rest, loc))
    }
}

/// How many more bytes a nom `Needed` asks for (at least one).
pub(crate) fn needed(n: Needed) -> usize {
    match n {
        Needed::Unknown => 1,
        Needed::Size(s) => s.get(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fmt(minor: u8, int_size: u8, off_size: u8) -> IntFormat {
        IntFormat {
            version: ArchiveVersion::new(1, minor, 0),
            int_size,
            off_size,
        }
    }

    #[test]
    fn large_object_oids_travel_as_negative_ints() {
        let f = IntFormat::CURRENT;
        // Format spec §2.2: OID 3000000000 → 01 00 a2 2f 4d.
        let b = [0x01, 0x00, 0xa2, 0x2f, 0x4d];
        let (_, v) = int(f)(&b).unwrap();
        assert_eq!(v as u32, 3_000_000_000);
        let mut out = Vec::new();
        write_int(&mut out, f, v).unwrap();
        assert_eq!(out, b);
        assert_eq!(int(f)(&[1, 1, 0, 0, 0]).unwrap().1 as u32, u32::MAX);
        assert_eq!(int(f)(&[1, 0, 0, 0, 0x80]).unwrap().1 as u32, 2_147_483_648);
    }

    #[test]
    fn minus_zero_is_zero_and_any_sign_byte_is_negative() {
        let f = IntFormat::CURRENT;
        assert_eq!(int(f)(&[1, 0, 0, 0, 0]).unwrap().1, 0);
        assert_eq!(int(f)(&[7, 5, 0, 0, 0]).unwrap().1, -5);
    }

    #[test]
    fn version_1_0_has_no_sign_byte() {
        let f = fmt(0, 4, 4);
        assert_eq!(int(f)(&[5, 0, 0, 0]).unwrap(), (&[][..], 5));
    }

    #[test]
    fn wide_integers_wrap_to_32_bits() {
        let f = fmt(16, 8, 8);
        let (_, v) = int(f)(&[0, 1, 0, 0, 0, 1, 0, 0, 0]).unwrap();
        assert_eq!(v, 1);
    }

    #[test]
    fn string_length_is_checked_before_reading() {
        let f = IntFormat::CURRENT;
        let b = [0, 0xff, 0xff, 0xff, 0x7f, b'a'];
        match string(f)(&b) {
            Err(nom::Err::Incomplete(n)) => assert_eq!(needed(n), 0x7fff_ffff - 1),
            other => panic!("{other:?}"),
        }
        assert_eq!(string(f)(&[1, 1, 0, 0, 0]).unwrap().1, None);
        assert_eq!(string(f)(&[1, 9, 0, 0, 0]).unwrap().1, None);
        assert_eq!(string(f)(&[0, 0, 0, 0, 0]).unwrap().1, Some(&[][..]));
    }

    #[test]
    fn offsets() {
        let f = IntFormat::CURRENT;
        let b = [2, 0x6f, 0xbe, 0x06, 0, 0, 0, 0, 0];
        assert_eq!(offset(f)(&b).unwrap().1, DataLocation::Offset(441_967));
        assert!(matches!(
            offset(f)(&[4, 0, 0, 0, 0, 0, 0, 0, 0]),
            Err(nom::Err::Failure(PErr {
                problem: Problem::OffsetFlag(4),
                ..
            }))
        ));
        let wide = fmt(16, 4, 9);
        assert_eq!(
            offset(wide)(&[2, 1, 0, 0, 0, 0, 0, 0, 0, 0]).unwrap().1,
            DataLocation::Offset(1)
        );
        assert!(offset(wide)(&[2, 1, 0, 0, 0, 0, 0, 0, 0, 1]).is_err());
        let old = fmt(6, 4, 4);
        assert_eq!(
            offset(old)(&[1, 1, 0, 0, 0, 0, 0, 0, 0, 0]).unwrap().1,
            DataLocation::NotSet
        );
        assert_eq!(
            offset(old)(&[0, 9, 0, 0, 0, 0, 7, 0, 0, 0]).unwrap().1,
            DataLocation::Offset(9)
        );
    }

    fn any_format() -> impl Strategy<Value = IntFormat> {
        (0u8..=16, 1u8..=8, 1u8..=12).prop_map(|(minor, int_size, off_size)| {
            let version = ArchiveVersion::new(1, minor, 0);
            let off_size = if version < ArchiveVersion::V1_7 {
                int_size
            } else {
                off_size
            };
            IntFormat {
                version,
                int_size,
                off_size,
            }
        })
    }

    /// The values a format can carry: 1.0 has no sign, narrow int sizes hold fewer bits.
    fn representable(f: IntFormat, v: i32) -> i32 {
        let bits = u32::from(f.int_size) * 8;
        if f.has_sign_byte() {
            let mag = v.unsigned_abs();
            let mag = if bits >= 32 {
                mag
            } else {
                mag & ((1u32 << bits) - 1)
            };
            let m = mag as i32;
            if v < 0 { m.wrapping_neg() } else { m }
        } else if bits >= 32 {
            v
        } else {
            ((v as u32) & ((1u32 << bits) - 1)) as i32
        }
    }

    proptest! {
        #[test]
        fn int_round_trip(f in any_format(), v in any::<i32>()) {
            let v = representable(f, v);
            let mut out = Vec::new();
            write_int(&mut out, f, v).unwrap();
            prop_assert_eq!(out.len(), f.int_len());
            let (rest, back) = int(f)(&out).unwrap();
            prop_assert!(rest.is_empty());
            prop_assert_eq!(back, v);
            prop_assert_eq!(f.read_int(&mut &out[..]).unwrap(), v);
        }

        #[test]
        fn str_round_trip(s in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..300))) {
            let f = IntFormat::CURRENT;
            let mut out = Vec::new();
            write_str(&mut out, f, s.as_deref()).unwrap();
            let (rest, back) = string(f)(&out).unwrap();
            prop_assert!(rest.is_empty());
            prop_assert_eq!(back, s.as_deref());
        }

        #[test]
        fn offset_round_trip(f in any_format(), kind in 0u8..3, pos in 1u64..i32::MAX as u64) {
            // Before 1.7 "not set" is −1, which needs a sign byte or all 32 bits.
            let mut f = f;
            if f.version < ArchiveVersion::V1_7 && f.int_size < 4 {
                f.int_size = 4;
                f.off_size = 4;
            }
            let pos = if f.version < ArchiveVersion::V1_7 || f.off_size >= 8 {
                pos
            } else {
                pos & ((1u64 << (8 * u32::from(f.off_size))) - 1)
            };
            let loc = match kind {
                0 => DataLocation::NoData,
                1 => DataLocation::NotSet,
                _ if pos == 0 => DataLocation::NoData,
                _ => DataLocation::Offset(pos),
            };
            let mut out = Vec::new();
            write_offset(&mut out, f, &loc).unwrap();
            let (rest, back) = offset(f)(&out).unwrap();
            prop_assert!(rest.is_empty());
            prop_assert_eq!(back, loc);
        }

        #[test]
        fn int_parser_never_panics(f in any_format(), b in proptest::collection::vec(any::<u8>(), 0..20)) {
            let _ = int(f)(&b);
            let _ = string(f)(&b);
            let _ = offset(f)(&b);
        }
    }
}
