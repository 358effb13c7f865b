//! Data blocks of the custom format (`pg_backup_custom.c`): block headers, chunk streams and
//! large-object lists, read from any [`Src`].
//!
//! ```text
//! block  := type:u8 (absent before 1.3) dumpId:int payload
//! chunks := (len:int>0 byte{len})* int:0           ; BLK_DATA payload, one per large object
//! blobs  := (oid:int!=0 chunks)* int:0              ; BLK_BLOBS payload
//! ```

use std::io::{self, BufRead, Read};

use crate::error::DataError;
use crate::primitives::IntFormat;
use crate::source::Src;
use crate::toc::DumpId;
use crate::version::ArchiveVersion;

/// `BLK_DATA`: one chunk stream.
pub(crate) const BLK_DATA: u8 = 1;
/// `BLK_BLOBS`: a list of large objects.
pub(crate) const BLK_BLOBS: u8 = 3;

/// Turns an I/O error while reading the data of `id` at `offset` into a `DataError`.
pub(crate) fn data_err(e: io::Error, id: DumpId, offset: u64, what: &str, file: &str) -> DataError {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        DataError::Truncated {
            id,
            offset,
            what: what.to_string(),
            file: file.to_string(),
        }
    } else {
        match DataError::take_from_io(e) {
            Ok(d) => d,
            Err(e) => DataError::Io {
                what: file.to_string(),
                source: e,
            },
        }
    }
}

/// Reads a block header (`_readBlockHeader`): `None` at a clean end of input.
pub(crate) fn read_block_header<S: Src>(s: &mut S, f: IntFormat) -> io::Result<Option<(u8, i32)>> {
    if s.fill_buf()?.is_empty() {
        return Ok(None);
    }
    let kind = if f.version < ArchiveVersion::V1_3 {
        BLK_DATA
    } else {
        let mut b = [0u8; 1];
        s.read_exact(&mut b)?;
        b[0]
    };
    if kind != BLK_DATA && kind != BLK_BLOBS {
        // Not a block: do not read further (it may be the trailing TOC copy of §7.3).
        return Ok(Some((kind, 0)));
    }
    let id = f.read_int(s)?;
    Ok(Some((kind, id)))
}

/// Progress through one chunk stream; kept outside the reader so that a half-read stream can
/// be finished later (sequential input).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ChunkState {
    /// Bytes left in the current chunk.
    pub remaining: u64,
    /// The terminating zero length was read.
    pub done: bool,
}

/// The concatenated payload of one chunk stream (`_CustomReadFunc`).
pub(crate) struct ChunkReader<'a, S> {
    pub src: S,
    pub st: &'a mut ChunkState,
    pub f: IntFormat,
    pub id: DumpId,
    pub file: &'static str,
}

impl<S: Src> ChunkReader<'_, S> {
    /// Reads chunk lengths until there is payload to hand out or the stream ends.
    fn advance(&mut self) -> io::Result<()> {
        while !self.st.done && self.st.remaining == 0 {
            let at = self.src.pos();
            let len = self
                .f
                .read_int(&mut self.src)
                .map_err(|e| data_err(e, self.id, at, "chunk length", self.file).into_io())?;
            if len == 0 {
                self.st.done = true;
            } else if len < 0 {
                return Err(DataError::Corrupt {
                    id: self.id,
                    offset: at,
                    problem: format!("negative chunk length {len}"),
                }
                .into_io());
            } else {
                self.st.remaining = len as u64;
            }
        }
        Ok(())
    }

    /// Skips whatever is left of the stream, terminator included.
    pub(crate) fn drain(&mut self) -> io::Result<()> {
        loop {
            self.advance()?;
            if self.st.done {
                return Ok(());
            }
            let at = self.src.pos();
            let n = self.st.remaining;
            self.src
                .skip(n)
                .map_err(|e| data_err(e, self.id, at, "chunk data", self.file).into_io())?;
            self.st.remaining = 0;
        }
    }
}

impl<S: Src> Read for ChunkReader<'_, S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<S: Src> BufRead for ChunkReader<'_, S> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.advance()?;
        if self.st.done {
            return Ok(&[]);
        }
        let rem = self.st.remaining;
        let (id, file, at) = (self.id, self.file, self.src.pos());
        let b = self.src.fill_buf()?;
        if b.is_empty() {
            return Err(DataError::Truncated {
                id,
                offset: at,
                what: format!("chunk of {rem} more bytes"),
                file: file.to_string(),
            }
            .into_io());
        }
        let n = b.len().min(usize::try_from(rem).unwrap_or(usize::MAX));
        Ok(&b[..n])
    }

    fn consume(&mut self, amt: usize) {
        let amt = amt.min(usize::try_from(self.st.remaining).unwrap_or(usize::MAX));
        self.src.consume(amt);
        self.st.remaining -= amt as u64;
    }
}

/// Skips one chunk stream (`_skipData`).
pub(crate) fn skip_chunks<S: Src>(
    s: &mut S,
    f: IntFormat,
    id: DumpId,
    file: &'static str,
) -> Result<(), DataError> {
    let mut st = ChunkState::default();
    ChunkReader {
        src: s,
        st: &mut st,
        f,
        id,
        file,
    }
    .drain()
    .map_err(|e| data_err(e, id, 0, "chunk", file))
}

/// Reads the next large-object OID of a BLK_BLOBS payload; `None` at its terminating 0.
/// OIDs of 2^31 and more are stored negative (format spec §2.2).
pub(crate) fn next_blob_oid<S: Src>(
    s: &mut S,
    f: IntFormat,
    id: DumpId,
    file: &'static str,
) -> Result<Option<u32>, DataError> {
    let at = s.pos();
    let v = f
        .read_int(s)
        .map_err(|e| data_err(e, id, at, "large object OID", file))?;
    Ok((v != 0).then_some(v as u32))
}

/// Skips the rest of a BLK_BLOBS payload (`_skipLOs`).
pub(crate) fn skip_blobs<S: Src>(
    s: &mut S,
    f: IntFormat,
    id: DumpId,
    file: &'static str,
) -> Result<(), DataError> {
    while next_blob_oid(s, f, id, file)?.is_some() {
        skip_chunks(s, f, id, file)?;
    }
    Ok(())
}

/// Skips the payload of a block whose header was just read.
pub(crate) fn skip_block<S: Src>(
    s: &mut S,
    f: IntFormat,
    kind: u8,
    id: DumpId,
    file: &'static str,
) -> Result<(), DataError> {
    if kind == BLK_BLOBS {
        skip_blobs(s, f, id, file)
    } else {
        skip_chunks(s, f, id, file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::primitives::write_int;
    use crate::source::SliceSrc;

    fn block(chunks: &[&[u8]]) -> Vec<u8> {
        let f = IntFormat::CURRENT;
        let mut b = vec![BLK_DATA];
        write_int(&mut b, f, 7).unwrap();
        for c in chunks {
            write_int(&mut b, f, c.len() as i32).unwrap();
            b.extend_from_slice(c);
        }
        write_int(&mut b, f, 0).unwrap();
        b
    }

    #[test]
    fn chunks_concatenate_and_stop_at_the_terminator() {
        let mut b = block(&[b"ab", b"cde", b"\\.\n\n\n"]);
        b.extend_from_slice(b"junk");
        let f = IntFormat::CURRENT;
        let mut s = SliceSrc::new(&b, 0);
        assert_eq!(read_block_header(&mut s, f).unwrap(), Some((BLK_DATA, 7)));
        let mut st = ChunkState::default();
        let mut out = Vec::new();
        ChunkReader {
            src: &mut s,
            st: &mut st,
            f,
            id: 7,
            file: "file",
        }
        .read_to_end(&mut out)
        .unwrap();
        assert_eq!(out, b"abcde\\.\n\n\n");
        assert_eq!(s.pos() as usize, b.len() - 4);
    }

    #[test]
    fn truncated_chunks_are_errors_not_short_data() {
        let b = block(&[b"abcdef"]);
        let f = IntFormat::CURRENT;
        for cut in 7..b.len() {
            let mut s = SliceSrc::new(&b[..cut], 0);
            read_block_header(&mut s, f).unwrap();
            let mut st = ChunkState::default();
            let mut out = Vec::new();
            let r = ChunkReader {
                src: &mut s,
                st: &mut st,
                f,
                id: 7,
                file: "file",
            }
            .read_to_end(&mut out);
            let e = r.unwrap_err();
            assert!(
                matches!(DataError::from_io(&e), Some(DataError::Truncated { .. })),
                "{e}"
            );
        }
    }
}
