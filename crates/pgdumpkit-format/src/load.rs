//! Runs the header and TOC grammar over a whole byte slice (an mmap) or over a sequential
//! `Read` (a pipe, a compressed `toc.dat`, a tar member), with the same parsers.
//!
//! Over a `Read`, `Incomplete` asks for more bytes; the buffer grows only as bytes really
//! arrive, so an absurd declared length costs nothing until the stream backs it. Over a slice,
//! `Incomplete` means the file is truncated.

use std::io::{self, Read};

use crate::error::{Corruption, EntryRef, OpenError, TocPosition, Truncation};
use crate::grammar::{self, Extra, Tracer};
use crate::header::Header;
use crate::primitives::{PErr, PResult, Problem, needed};
use crate::toc::TocEntry;

/// A parsed header and TOC.
#[derive(Debug)]
pub(crate) struct Toc {
    pub header: Header,
    pub entries: Vec<TocEntry>,
    /// Offset of the first byte after the TOC.
    pub end: u64,
}

/// Bytes the grammar runs over.
trait Feed {
    /// Unconsumed bytes available now.
    fn data(&self) -> &[u8];
    fn consume(&mut self, n: usize);
    /// Tries to make at least `need` more bytes available; false at end of input.
    fn more(&mut self, need: usize) -> Result<bool, OpenError>;
    /// Offset of `data()[0]` from the start of the input.
    fn base(&self) -> u64;
    /// Bytes of input seen so far (the whole length once at the end).
    fn seen(&self) -> u64;
}

struct SliceFeed<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Feed for SliceFeed<'_> {
    fn data(&self) -> &[u8] {
        &self.data[self.pos..]
    }
    fn consume(&mut self, n: usize) {
        self.pos += n;
    }
    fn more(&mut self, _: usize) -> Result<bool, OpenError> {
        Ok(false)
    }
    fn base(&self) -> u64 {
        self.pos as u64
    }
    fn seen(&self) -> u64 {
        self.data.len() as u64
    }
}

/// Reads at most this much per refill step, so the buffer tracks what really arrived.
const REFILL_STEP: usize = 1 << 16;
/// The least a refill asks the reader for (it may return less).
const READ_AHEAD: usize = 1 << 13;

impl<R> std::fmt::Debug for StreamFeed<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamFeed")
            .field("buffered", &(self.buf.len() - self.start))
            .field("eof", &self.eof)
            .finish_non_exhaustive()
    }
}

pub(crate) struct StreamFeed<R> {
    rd: R,
    buf: Vec<u8>,
    start: usize,
    /// Offset of `buf[0]`.
    buf_base: u64,
    eof: bool,
    what: String,
}

impl<R: Read> StreamFeed<R> {
    pub(crate) fn new(rd: R, what: String) -> Self {
        StreamFeed {
            rd,
            buf: Vec::new(),
            start: 0,
            buf_base: 0,
            eof: false,
            what,
        }
    }

    /// The reader and the bytes read ahead of the parse position.
    pub(crate) fn into_parts(mut self) -> (Vec<u8>, R) {
        self.buf.drain(..self.start);
        (self.buf, self.rd)
    }

    /// Drops consumed bytes once they dominate the buffer (keeps memory at about the size of
    /// the largest TOC entry).
    fn compact(&mut self) {
        if self.start > REFILL_STEP && self.start * 2 > self.buf.len() {
            self.buf.drain(..self.start);
            self.buf_base += self.start as u64;
            self.start = 0;
        }
    }
}

impl<R: Read> Feed for StreamFeed<R> {
    fn data(&self) -> &[u8] {
        &self.buf[self.start..]
    }
    fn consume(&mut self, n: usize) {
        self.start += n;
        self.compact();
    }
    fn more(&mut self, need: usize) -> Result<bool, OpenError> {
        if self.eof {
            return Ok(false);
        }
        let mut got = 0usize;
        while got < need {
            // Ask for a little more than needed: the grammar re-parses the current entry
            // after each refill, so refilling field by field made a stream's TOC cost about
            // ten times a slice's. Bytes read beyond the TOC are handed back by `into_parts`.
            let step = (need - got).clamp(READ_AHEAD, REFILL_STEP);
            let old = self.buf.len();
            self.buf.resize(old + step, 0);
            let n = loop {
                match self.rd.read(&mut self.buf[old..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    // A tar member cut short by the end of the archive: the TOC is truncated,
                    // which the caller reports with the field it was reading.
                    Err(e)
                        if matches!(
                            crate::error::DataError::from_io(&e),
                            Some(crate::error::DataError::Truncated { .. })
                        ) =>
                    {
                        break 0;
                    }
                    Err(e) => {
                        self.buf.truncate(old);
                        return Err(OpenError::Read {
                            what: self.what.clone(),
                            source: e,
                        });
                    }
                }
            };
            self.buf.truncate(old + n);
            if n == 0 {
                self.eof = true;
                break;
            }
            got += n;
        }
        Ok(got > 0)
    }
    fn base(&self) -> u64 {
        self.buf_base + self.start as u64
    }
    fn seen(&self) -> u64 {
        self.buf_base + self.buf.len() as u64
    }
}

/// Runs one parser to completion over the feed.
fn run<F: Feed, T>(
    feed: &mut F,
    tr: &Tracer,
    what: &str,
    mut p: impl for<'a> FnMut(&'a [u8]) -> PResult<'a, T>,
) -> Result<T, OpenError> {
    loop {
        let data = feed.data();
        let len = data.len();
        match p(data) {
            Ok((rest, v)) => {
                let used = len - rest.len();
                feed.consume(used);
                return Ok(v);
            }
            Err(nom::Err::Incomplete(n)) => {
                if !feed.more(needed(n))? {
                    return Err(truncated(feed, tr, len, what));
                }
            }
            Err(nom::Err::Error(e) | nom::Err::Failure(e)) => {
                return Err(problem(feed, tr, len, e, what));
            }
        }
    }
}

fn position<F: Feed>(feed: &F, tr: &Tracer, len: usize, remaining: usize) -> TocPosition {
    let t = tr.get();
    TocPosition {
        offset: feed.base() + (len.saturating_sub(remaining)) as u64,
        field: t.field,
        entry: t.entry.map(|(index, dump_id)| EntryRef { index, dump_id }),
    }
}

fn truncated<F: Feed>(feed: &F, tr: &Tracer, len: usize, what: &str) -> OpenError {
    let t = tr.get();
    OpenError::Truncated {
        what: match t.declared_len {
            Some(l) if l >= 0 => Truncation::String { len: l },
            _ => Truncation::Item,
        },
        at: position(feed, tr, len, t.remaining),
        file: what.to_string(),
        file_len: feed.seen(),
    }
}

fn problem<F: Feed>(feed: &F, tr: &Tracer, len: usize, e: PErr, what: &str) -> OpenError {
    let at = position(feed, tr, len, e.remaining);
    let c = match e.problem {
        Problem::BadMagic => {
            return OpenError::BadMagic {
                file: what.to_string(),
            };
        }
        Problem::UnsupportedVersion { major, minor, rev } => {
            return OpenError::UnsupportedVersion { major, minor, rev };
        }
        Problem::IntSize(s) => return OpenError::IntSize(s),
        Problem::FormatMismatch { expected, found } => {
            return OpenError::FormatMismatch { expected, found };
        }
        Problem::NegativeCount(n) => Corruption::NegativeCount(n),
        Problem::DumpIdOutOfRange(id) => Corruption::DumpIdOutOfRange(id),
        Problem::OffsetFlag(b) => Corruption::OffsetFlag(b),
        Problem::OffsetTooLarge => Corruption::OffsetTooLarge,
        Problem::Section(s) => Corruption::Section(s),
        Problem::NullDesc => Corruption::NullDesc,
        Problem::Dependency(d) => Corruption::Dependency(d),
        Problem::Nom(k) => Corruption::Other(format!("unparsable input ({k:?})")),
    };
    OpenError::Corrupt { at, problem: c }
}

fn parse<F: Feed>(feed: &mut F, expected_format: Option<u8>, what: &str) -> Result<Toc, OpenError> {
    let tr = Tracer::default();
    let header = run(feed, &tr, what, |i| {
        grammar::header(expected_format, &tr, i)
    })?;
    let f = grammar::int_format(&header);
    let extra = match expected_format {
        Some(b) => Extra::for_format_byte(b),
        None => Extra::for_format_byte(header.format_byte),
    };
    let count = run(feed, &tr, what, |i| grammar::toc_count(f, &tr, i))?;
    // Never trust the count for allocation: each entry takes at least a few bytes, so the
    // vector grows with the input that really exists.
    let mut entries = Vec::with_capacity((count as usize).min(1024));
    for index in 0..count as usize {
        let e = run(feed, &tr, what, |i| {
            grammar::toc_entry(f, extra, &tr, index, i)
        })?;
        entries.push(e);
    }
    Ok(Toc {
        header,
        entries,
        end: feed.base(),
    })
}

/// Parses the header and TOC at the start of `data`. `what` names the input in messages
/// ("file", "toc.dat").
pub(crate) fn parse_slice(
    data: &[u8],
    expected_format: Option<u8>,
    what: &str,
) -> Result<Toc, OpenError> {
    parse(&mut SliceFeed { data, pos: 0 }, expected_format, what)
}

/// Parses the header and TOC from a stream; returns the feed, which holds the bytes read
/// beyond the TOC.
pub(crate) fn parse_stream<R: Read>(
    rd: R,
    expected_format: Option<u8>,
    what: &str,
) -> Result<(Toc, StreamFeed<R>), OpenError> {
    let mut feed = StreamFeed::new(rd, what.to_string());
    let toc = parse(&mut feed, expected_format, what)?;
    Ok((toc, feed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::primitives::{IntFormat, write_int, write_str};

    /// A reader that returns one byte per call: the worst case for the refill loop.
    struct Trickle<'a>(&'a [u8]);
    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[0];
            self.0 = &self.0[1..];
            Ok(1)
        }
    }

    fn tiny_archive() -> Vec<u8> {
        let f = IntFormat::CURRENT;
        let mut b = b"PGDMP".to_vec();
        b.extend_from_slice(&[1, 16, 0, 4, 8, 1, 0]);
        for _ in 0..7 {
            write_int(&mut b, f, 1).unwrap();
        }
        for s in [&b"db"[..], b"18.4", b"18.4"] {
            write_str(&mut b, f, Some(s)).unwrap();
        }
        write_int(&mut b, f, 1).unwrap();
        write_int(&mut b, f, 5).unwrap();
        write_int(&mut b, f, 0).unwrap();
        for s in [&b"0"[..], b"0", b"ENCODING", b"ENCODING"] {
            write_str(&mut b, f, Some(s)).unwrap();
        }
        write_int(&mut b, f, 2).unwrap();
        write_str(&mut b, f, Some(b"SET client_encoding = 'UTF8';\n")).unwrap();
        for _ in 0..5 {
            write_str(&mut b, f, None).unwrap();
        }
        write_int(&mut b, f, 0).unwrap();
        write_str(&mut b, f, None).unwrap();
        write_str(&mut b, f, Some(b"false")).unwrap();
        write_str(&mut b, f, None).unwrap();
        b.extend_from_slice(&[3, 0, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn slice_and_stream_agree() {
        let b = tiny_archive();
        let a = parse_slice(&b, Some(1), "file").unwrap();
        let (s, feed) = parse_stream(Trickle(&b), Some(1), "input").unwrap();
        assert_eq!(a.entries, s.entries);
        assert_eq!(a.header, s.header);
        assert_eq!(a.end, b.len() as u64);
        assert_eq!(s.end, b.len() as u64);
        let (rest, _) = feed.into_parts();
        assert!(rest.is_empty());
    }

    #[test]
    fn truncation_names_field_and_entry() {
        let b = tiny_archive();
        let at = b.windows(10).position(|w| w == b"SET client").unwrap();
        let cut = &b[..at + 5];
        let e = parse_slice(cut, Some(1), "file").unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.starts_with("truncated archive: string length 30 at offset"),
            "{msg}"
        );
        assert!(msg.contains("(TOC entry 5, field defn)"), "{msg}");
        let e2 = parse_stream(Trickle(cut), Some(1), "file").unwrap_err();
        assert_eq!(msg, e2.to_string());
    }

    #[test]
    fn huge_declared_length_on_a_stream_allocates_only_what_arrives() {
        let mut b = tiny_archive();
        let f = IntFormat::CURRENT;
        // Replace everything after the header with a count and an entry whose tag claims
        // 2 GiB.
        let hdr = parse_slice(&b, Some(1), "f").unwrap();
        let _ = hdr;
        b.truncate(5 + 7 + 7 * 5 + (5 + 2) + (5 + 4) * 2);
        write_int(&mut b, f, 1).unwrap();
        write_int(&mut b, f, 5).unwrap();
        write_int(&mut b, f, 0).unwrap();
        write_str(&mut b, f, Some(b"0")).unwrap();
        write_str(&mut b, f, Some(b"0")).unwrap();
        write_int(&mut b, f, i32::MAX).unwrap();
        b.extend_from_slice(b"abc");
        let e = parse_stream(&b[..], Some(1), "standard input").unwrap_err();
        assert!(
            e.to_string().contains("string length 2147483647 at offset"),
            "{e}"
        );
        assert!(e.to_string().contains("field tag"), "{e}");
    }
}
