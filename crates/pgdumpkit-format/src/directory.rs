//! Directory archives (`pg_backup_directory.c`): finding a file with its compression suffix
//! (`InitDiscoverCompressFileHandle` in `compress_io.c`) and reading large-object lists.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::codec::{self, Framing};
use crate::error::DataError;
use crate::header::Compression;

/// Suffixes tried after the plain name, in pg_restore 16+'s order.
const SUFFIXES: [(&str, Compression); 3] = [
    ("gz", Compression::Gzip),
    ("lz4", Compression::Lz4),
    ("zst", Compression::Zstd),
];

/// Where a file of the archive really is and how it is compressed: a name already ending in
/// `.gz`/`.lz4`/`.zst` uses that codec; otherwise the plain name if it exists, else the first
/// of `name.gz`, `name.lz4`, `name.zst` that exists. `None` when nothing exists.
pub(crate) fn resolve(dir: &Path, name: &str) -> Option<(PathBuf, Compression)> {
    for (ext, c) in SUFFIXES {
        if name.ends_with(&format!(".{ext}")) {
            return Some((dir.join(name), c));
        }
    }
    let plain = dir.join(name);
    if plain.metadata().is_ok() {
        return Some((plain, Compression::None));
    }
    SUFFIXES.iter().find_map(|(ext, c)| {
        let p = dir.join(format!("{name}.{ext}"));
        p.exists().then_some((p, *c))
    })
}

/// A name stored in the archive must name a file inside the directory: pg_restore would
/// follow `../` or an absolute path; we refuse them.
pub(crate) fn check_plain_name(name: &[u8]) -> Result<&str, DataError> {
    let bad = || DataError::BadFileName {
        name: String::from_utf8_lossy(name).into_owned(),
    };
    let s = std::str::from_utf8(name).map_err(|_| bad())?;
    if s.is_empty()
        || s == "."
        || s == ".."
        || s.contains('/')
        || s.contains('\\')
        || s.contains('\0')
    {
        return Err(bad());
    }
    Ok(s)
}

/// Opens a file of the archive, decompressed.
pub(crate) fn open_decoded(
    dir: &Path,
    name: &str,
    id: crate::toc::DumpId,
) -> Result<(Box<dyn BufRead>, Compression, PathBuf), DataError> {
    let Some((path, c)) = resolve(dir, name) else {
        return Err(DataError::OpenFile {
            path: dir.join(name),
            source: io::ErrorKind::NotFound.into(),
        });
    };
    let f = File::open(&path).map_err(|e| DataError::OpenFile {
        path: path.clone(),
        source: e,
    })?;
    // Uncompressed data is handed out straight from this buffer: as large as a decoder's, but
    // no larger than the file (many large objects are a few bytes each).
    let capacity = if c == Compression::None {
        let len = f.metadata().map_or(0, |m| m.len());
        usize::try_from(len).map_or(codec::FILL_SIZE, |l| l.clamp(8 * 1024, codec::FILL_SIZE))
    } else {
        1 << 16
    };
    let rd = BufReader::with_capacity(
        capacity,
        LabelIo {
            inner: f,
            what: path.display().to_string(),
        },
    );
    let dec =
        codec::buffered_decoder(c, Framing::File, rd).map_err(|e| decode_err(e, c, id, &path))?;
    Ok((dec, c, path))
}

pub(crate) fn decode_err(
    e: io::Error,
    c: Compression,
    id: crate::toc::DumpId,
    path: &Path,
) -> DataError {
    if DataError::from_io(&e).is_some() {
        return crate::custom::data_err(e, id, 0, "", "");
    }
    DataError::Decompress {
        id,
        algorithm: c,
        file: Some(path.display().to_string()),
        source: e,
    }
}

/// Passes I/O errors of the raw file through as `DataError::Io`, so that a decoder's caller
/// can tell them from decompression errors.
pub(crate) struct LabelIo<R> {
    pub inner: R,
    pub what: String,
}

impl<R: io::Read> io::Read for LabelIo<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|e| {
            if e.kind() == io::ErrorKind::Interrupted {
                e
            } else {
                DataError::Io {
                    what: self.what.clone(),
                    source: e,
                }
                .into_io()
            }
        })
    }
}

/// One line of a large-object list: `<oid> <file name>` (`sscanf("%u %s")`).
pub(crate) fn parse_lo_line(line: &[u8]) -> Option<(u32, &[u8])> {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let mut i = 0;
    while i < line.len() && is_space(&line[i]) {
        i += 1;
    }
    let num_start = i;
    if i < line.len() && (line[i] == b'+' || line[i] == b'-') {
        i += 1;
    }
    let digits = i;
    while i < line.len() && line[i].is_ascii_digit() {
        i += 1;
    }
    if i == digits {
        return None;
    }
    let oid = crate::grammar::scan_oid(&line[num_start..i]);
    while i < line.len() && is_space(&line[i]) {
        i += 1;
    }
    let name_start = i;
    while i < line.len() && !is_space(&line[i]) {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    Some((oid, &line[name_start..i]))
}

/// Longest line accepted in a large-object list (pg_restore reads lines of up to
/// `MAXPGPATH` bytes; a real line is about 40).
pub(crate) const MAX_LO_LINE: usize = 4096;

/// Reads the next line of a large-object list (without its newline), capped in length.
pub(crate) fn read_lo_line<R: BufRead>(r: &mut R, out: &mut Vec<u8>) -> io::Result<bool> {
    out.clear();
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(!out.is_empty());
        }
        if let Some(nl) = buf.iter().position(|b| *b == b'\n') {
            let take = nl.min(MAX_LO_LINE.saturating_sub(out.len()));
            out.extend_from_slice(&buf[..take]);
            r.consume(nl + 1);
            return Ok(true);
        }
        let take = buf.len().min(MAX_LO_LINE.saturating_sub(out.len()));
        out.extend_from_slice(&buf[..take]);
        let n = buf.len();
        r.consume(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lo_lines() {
        assert_eq!(
            parse_lo_line(b"16001 blob_16001.dat"),
            Some((16001, &b"blob_16001.dat"[..]))
        );
        assert_eq!(
            parse_lo_line(b"3000000000 blob_3000000000.dat\r"),
            Some((3_000_000_000, &b"blob_3000000000.dat"[..]))
        );
        assert_eq!(parse_lo_line(b""), None);
        assert_eq!(parse_lo_line(b"x y"), None);
        assert_eq!(parse_lo_line(b"12"), None);
    }

    #[test]
    fn plain_names_only() {
        assert!(check_plain_name(b"2958.dat").is_ok());
        assert!(check_plain_name(b"../etc/passwd").is_err());
        assert!(check_plain_name(b"/etc/passwd").is_err());
        assert!(check_plain_name(b"").is_err());
    }
}
