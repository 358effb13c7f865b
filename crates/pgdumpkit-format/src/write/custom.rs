//! Writing the custom format (`pg_backup_custom.c`): chunk streams, data blocks, and the
//! offsets of the TOC rewritten in place once every block's position is known.

use std::io::{self, Write};

use crate::custom::{BLK_BLOBS, BLK_DATA};
use crate::primitives::{IntFormat, write_int};
use crate::toc::{DataLocation, DumpId};
use crate::version::ArchiveVersion;

/// Largest chunk written. pg_dump writes what each compressor call produces (4 KiB for
/// zlib); readers accept any positive length (`_CustomReadFunc` grows its buffer).
const CHUNK: usize = 64 * 1024;

/// Cuts what is written into chunks (`length:int` + bytes, never empty) and ends the stream
/// with a zero length (`_CustomWriteFunc`, `_EndData`).
pub(crate) struct ChunkWriter<W: Write> {
    w: W,
    f: IntFormat,
    buf: Vec<u8>,
}

impl<W: Write> ChunkWriter<W> {
    pub(crate) fn new(w: W, f: IntFormat) -> Self {
        ChunkWriter {
            w,
            f,
            buf: Vec::with_capacity(CHUNK),
        }
    }

    fn emit(w: &mut W, f: IntFormat, data: &[u8]) -> io::Result<()> {
        if data.is_empty() {
            return Ok(());
        }
        // CHUNK is far below i32::MAX.
        write_int(w, f, data.len() as i32)?;
        w.write_all(data)
    }

    /// Writes what is buffered and the terminating zero length.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        Self::emit(&mut self.w, self.f, &self.buf)?;
        write_int(&mut self.w, self.f, 0)?;
        Ok(self.w)
    }
}

impl<W: Write> Write for ChunkWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.buf.is_empty() && data.len() >= CHUNK {
            Self::emit(&mut self.w, self.f, &data[..CHUNK])?;
            return Ok(CHUNK);
        }
        let n = (CHUNK - self.buf.len()).min(data.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == CHUNK {
            Self::emit(&mut self.w, self.f, &self.buf)?;
            self.buf.clear();
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Self::emit(&mut self.w, self.f, &self.buf)?;
        self.buf.clear();
        self.w.flush()
    }
}

/// Writes a block header (`_StartData`, `_StartLOs`): the type byte (from 1.3) and the dump
/// id.
pub(crate) fn block_header<W: Write + ?Sized>(
    w: &mut W,
    f: IntFormat,
    blobs: bool,
    id: DumpId,
) -> io::Result<()> {
    if f.version >= ArchiveVersion::V1_3 {
        w.write_all(&[if blobs { BLK_BLOBS } else { BLK_DATA }])?;
    } else if blobs {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "archive versions before 1.3 cannot hold large objects",
        ));
    }
    write_int(w, f, id)
}

/// The OID of a large object in a BLK_BLOBS payload (`_StartLO`); OIDs of 2^31 and more are
/// stored negative, as a C `int` holds them.
pub(crate) fn blob_oid<W: Write + ?Sized>(w: &mut W, f: IntFormat, oid: u32) -> io::Result<()> {
    write_int(w, f, oid as i32)
}

/// The end of a BLK_BLOBS payload (`_EndLOs`).
pub(crate) fn blobs_end<W: Write + ?Sized>(w: &mut W, f: IntFormat) -> io::Result<()> {
    write_int(w, f, 0)
}

/// The TOC location of a block at `pos`, or "not set" when the header's offset width (or,
/// before 1.7, an integer) cannot hold it: readers then find the block by scanning.
pub(crate) fn offset_for(f: IntFormat, pos: u64) -> DataLocation {
    let fits = if f.version < ArchiveVersion::V1_7 {
        pos <= i32::MAX as u64
    } else {
        f.off_size >= 8 || pos < 1u64 << (8 * u32::from(f.off_size))
    };
    if fits {
        DataLocation::Offset(pos)
    } else {
        DataLocation::NotSet
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_bounded_and_terminated() {
        let f = IntFormat::CURRENT;
        let mut cw = ChunkWriter::new(Vec::new(), f);
        cw.write_all(&vec![7u8; CHUNK * 2 + 10]).unwrap();
        let out = cw.finish().unwrap();
        let mut i = 0;
        let mut lens = Vec::new();
        loop {
            let len = f.int_from_bytes(&out[i..i + 5]);
            i += 5;
            if len == 0 {
                break;
            }
            lens.push(len as usize);
            i += len as usize;
        }
        assert_eq!(lens, vec![CHUNK, CHUNK, 10]);
        assert_eq!(i, out.len());
        // An empty stream is just the terminator.
        let out = ChunkWriter::new(Vec::new(), f).finish().unwrap();
        assert_eq!(out, vec![0, 0, 0, 0, 0]);
    }

    #[test]
    fn offsets_that_do_not_fit_are_not_set() {
        let mut f = IntFormat::CURRENT;
        assert_eq!(offset_for(f, 1 << 40), DataLocation::Offset(1 << 40));
        f.off_size = 4;
        assert_eq!(offset_for(f, 1 << 32), DataLocation::NotSet);
        f.version = ArchiveVersion::V1_6;
        assert_eq!(offset_for(f, 1 << 31), DataLocation::NotSet);
        assert_eq!(offset_for(f, 100), DataLocation::Offset(100));
    }
}
