//! Sizes and row counts of an archive's data, computed by streaming it once.

use std::io::{BufRead, Read};

use crate::archive::Archive;
use crate::copy_text::{CopyTextError, DataHead, count_rows, read_data_head};
use crate::error::DataError;
use crate::toc::DumpId;
use crate::version::ArchiveVersion;

/// What one data entry holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataStats {
    pub dump_id: DumpId,
    /// Bytes the data occupies in the archive (compressed), where known.
    pub stored_bytes: Option<u64>,
    /// Bytes after decompression, terminator included.
    pub raw_bytes: u64,
    /// COPY rows; `None` for `--inserts` data, whose rows are SQL statements.
    pub rows: Option<u64>,
}

/// Large objects of one BLOBS entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlobStats {
    pub count: u64,
    pub bytes: u64,
}

/// Errors while measuring an entry's data.
#[derive(Debug, thiserror::Error)]
pub enum InspectError {
    #[error(transparent)]
    Data(#[from] DataError),
    #[error("entry {dump_id}: {source}")]
    Copy {
        dump_id: DumpId,
        source: CopyTextError,
    },
    #[error("entry {dump_id}: reading data: {source}")]
    Io {
        dump_id: DumpId,
        source: std::io::Error,
    },
}

/// A `BufRead` that counts the bytes consumed through it.
struct Counting<R> {
    inner: R,
    n: u64,
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n += k as u64;
        Ok(k)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.inner.consume(amt);
        self.n += amt as u64;
    }
}

/// Streams the data of a TABLE DATA (or BLOB COMMENTS) entry and measures it.
pub fn data_stats(archive: &mut Archive, dump_id: DumpId) -> Result<DataStats, InspectError> {
    let stored_bytes = archive.stored_size(dump_id);
    let old = !archive.header().version.at_least(ArchiveVersion::V1_3);
    let (is_copy, inline) = archive.entry(dump_id).map_or((false, false), |e| {
        let copy = e.copy_stmt.as_ref().is_some_and(|s| !s.is_empty());
        // Before 1.3 the COPY statement is at the head of the data (`read_data_head`).
        (copy, !copy && old && e.is("TABLE DATA"))
    });
    let data = archive.open_data(dump_id)?;
    let mut counted = Counting { inner: data, n: 0 };
    let io_err = |source| InspectError::Io { dump_id, source };
    let copy = is_copy
        || (inline
            && matches!(
                read_data_head(&mut counted).map_err(io_err)?,
                DataHead::Copy(_)
            ));
    let rows = if copy {
        let rows =
            count_rows(&mut counted).map_err(|source| InspectError::Copy { dump_id, source })?;
        Some(rows)
    } else {
        None
    };
    // Drain what is left (after the terminator pg_dump writes two newlines) so the raw size
    // is complete.
    loop {
        let n = match counted.fill_buf() {
            Ok(b) => b.len(),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_err(e)),
        };
        if n == 0 {
            break;
        }
        counted.consume(n);
    }
    Ok(DataStats {
        dump_id,
        stored_bytes,
        raw_bytes: counted.n,
        rows,
    })
}

/// Streams every large object of a BLOBS entry and counts them.
pub fn blob_stats(archive: &mut Archive, dump_id: DumpId) -> Result<BlobStats, InspectError> {
    let mut st = BlobStats::default();
    archive.read_blobs(dump_id, &mut |_oid, r| {
        st.count += 1;
        st.bytes += std::io::copy(r, &mut std::io::sink())?;
        Ok(())
    })?;
    Ok(st)
}
