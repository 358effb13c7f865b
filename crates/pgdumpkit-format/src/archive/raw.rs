//! Raw access to entry data: the stored bytes, still compressed, for writers that copy data
//! without decompressing it (`pgdumpkit filter`).
//!
//! A raw stream is what one compression stream occupies in the archive: the concatenated chunk
//! payloads of a custom-format block (or of one large object in a BLK_BLOBS block), a
//! directory data file as stored, or a tar member. [`RawStream::algorithm`] and
//! [`RawStream::framing`] say how to decode it ([`crate::codec::decoder`]).
//!
//! Mapped files and directories can be read from several threads at once through
//! [`Archive::shared`] once [`Archive::locate_data`] has found every block; any source, pipes
//! included, through `&mut self`, in order ([`Archive::raw_data_mut`],
//! [`Archive::raw_blobs_mut`]).
//!
//! Reading a mapped file makes its pages resident in this process; the readers here give
//! the pages they have consumed back to the kernel as they go, so that copying a large archive
//! keeps the resident set small.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use memmap2::Mmap;

use super::{Archive, Body, Bytes, Cursor, FILE, STDIN, TarMap, blob_member_oid, wrong_body};
use crate::codec::Framing;
use crate::custom::{self, BLK_BLOBS, BLK_DATA, ChunkReader, next_blob_oid};
use crate::directory;
use crate::error::DataError;
use crate::header::{Compression, Format, Header, HeaderCompression};
use crate::primitives::IntFormat;
use crate::source::{RELEASE_EVERY, release};
use crate::source::{SliceSrc, Src};
use crate::tar;
use crate::toc::{DataLocation, DumpId, TocEntry};
use crate::version::ArchiveVersion;

/// The stored bytes of one data stream (an entry's data or one large object), not decoded.
pub struct RawStream<'a> {
    /// The compression of these bytes (for directories: from the file's suffix).
    pub algorithm: Compression,
    /// Whether gzip means a zlib stream (custom chunks) or gzip members (a file).
    pub framing: Framing,
    /// The file these bytes are in, when they are a whole file of a directory archive (a
    /// writer may read it twice).
    pub path: Option<PathBuf>,
    reader: Box<dyn BufRead + Send + 'a>,
}

impl std::fmt::Debug for RawStream<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawStream")
            .field("algorithm", &self.algorithm)
            .field("framing", &self.framing)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Read for RawStream<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.reader.read(buf)
    }
}

impl BufRead for RawStream<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.reader.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.reader.consume(amt);
    }
}

impl<'a> RawStream<'a> {
    /// A stream over any reader (tests, and writers that re-read a file).
    pub fn new(
        algorithm: Compression,
        framing: Framing,
        reader: Box<dyn BufRead + Send + 'a>,
    ) -> Self {
        RawStream {
            algorithm,
            framing,
            path: None,
            reader,
        }
    }
}

/// Keeps track of what a reader of a mapped file consumed and releases it in steps.
struct Releaser<'a> {
    map: Option<&'a Mmap>,
    released: usize,
}

impl<'a> Releaser<'a> {
    fn new(bytes: &'a Bytes, start: usize) -> Self {
        Releaser {
            map: match bytes {
                Bytes::Map(m) => Some(m),
                Bytes::Empty => None,
            },
            released: start,
        }
    }

    fn consumed_to(&mut self, pos: usize) {
        if let Some(m) = self.map
            && pos >= self.released + RELEASE_EVERY
        {
            release(m, self.released, pos);
            self.released = pos;
        }
    }

    fn finish(&mut self, pos: usize) {
        if let Some(m) = self.map
            && pos > self.released
        {
            release(m, self.released, pos);
            self.released = pos;
        }
    }
}

/// The concatenated payloads of one chunk stream in a mapped custom file.
struct SliceChunks<'a> {
    data: &'a [u8],
    pos: usize,
    remaining: usize,
    done: bool,
    f: IntFormat,
    id: DumpId,
    rel: Releaser<'a>,
}

impl SliceChunks<'_> {
    /// Reads chunk lengths until there is payload or the terminating zero length.
    fn advance(&mut self) -> io::Result<()> {
        while !self.done && self.remaining == 0 {
            let n = self.f.int_len();
            let at = self.pos;
            let Some(b) = self.data.get(at..at + n) else {
                return Err(DataError::Truncated {
                    id: self.id,
                    offset: at as u64,
                    what: "chunk length".into(),
                    file: FILE.into(),
                }
                .into_io());
            };
            let len = self.f.int_from_bytes(b);
            self.pos += n;
            if len == 0 {
                self.done = true;
                self.rel.finish(self.pos);
            } else if len < 0 {
                return Err(DataError::Corrupt {
                    id: self.id,
                    offset: at as u64,
                    problem: format!("negative chunk length {len}"),
                }
                .into_io());
            } else {
                self.remaining = len as usize;
            }
        }
        Ok(())
    }

    /// Position just after the terminating zero length, walking chunk lengths only.
    fn end(mut self) -> Result<usize, DataError> {
        loop {
            self.advance()
                .map_err(|e| custom::data_err(e, self.id, 0, "chunk", FILE))?;
            if self.done {
                return Ok(self.pos);
            }
            let next = self
                .pos
                .checked_add(self.remaining)
                .filter(|e| *e <= self.data.len());
            let Some(next) = next else {
                return Err(DataError::Truncated {
                    id: self.id,
                    offset: self.pos as u64,
                    what: format!("chunk of {} bytes", self.remaining),
                    file: FILE.into(),
                });
            };
            self.pos = next;
            self.remaining = 0;
        }
    }
}

impl Read for SliceChunks<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for SliceChunks<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.advance()?;
        if self.done {
            return Ok(&[]);
        }
        let end = self.pos.saturating_add(self.remaining).min(self.data.len());
        if end == self.pos {
            return Err(DataError::Truncated {
                id: self.id,
                offset: self.pos as u64,
                what: format!("chunk of {} more bytes", self.remaining),
                file: FILE.into(),
            }
            .into_io());
        }
        Ok(&self.data[self.pos..end])
    }

    fn consume(&mut self, amt: usize) {
        let amt = amt.min(self.remaining).min(self.data.len() - self.pos);
        self.pos += amt;
        self.remaining -= amt;
        self.rel.consumed_to(self.pos);
    }
}

/// A byte range of a mapped file (a tar member).
struct SliceRange<'a> {
    data: &'a [u8],
    pos: usize,
    end: usize,
    rel: Releaser<'a>,
}

impl Read for SliceRange<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for SliceRange<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        Ok(&self.data[self.pos..self.end])
    }
    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.end);
        self.rel.consumed_to(self.pos);
        if self.pos == self.end {
            self.rel.finish(self.pos);
        }
    }
}

impl Archive {
    /// Finds the data of each of `ids` now, so that the shared view ([`Archive::shared`]) can
    /// read it, from several threads at once. A custom file without data offsets is scanned
    /// once, as pg_restore does; other sources need nothing. Entries without data are ignored.
    pub fn locate_data(&mut self, ids: &[DumpId]) -> Result<(), DataError> {
        let f = self.int_format();
        let wanted: Vec<(DumpId, DataLocation)> = ids
            .iter()
            .filter_map(|id| self.entry(*id).map(|e| (*id, e.data.clone())))
            .filter(|(_, loc)| *loc != DataLocation::NoData)
            .collect();
        if let Body::CustomMap(m) = &mut self.body {
            for (id, loc) in wanted {
                m.block(id, &loc, f)?;
            }
        }
        Ok(())
    }

    /// A view that threads can share, for a mapped file or a directory (`None` for a pipe).
    /// Custom files need [`Archive::locate_data`] first when their TOC has no data offsets.
    pub fn shared(&self) -> Option<SharedArchive<'_>> {
        let body = match &self.body {
            Body::CustomMap(m) => SharedBody::Custom {
                bytes: &m.bytes,
                found: &m.found,
            },
            Body::Directory(d) => SharedBody::Directory(d),
            Body::TarMap(t) => SharedBody::Tar(t),
            Body::CustomStream(_) | Body::TarStream(_) => return None,
        };
        Some(SharedArchive {
            format: self.format,
            header: &self.header,
            entries: &self.entries,
            by_id: &self.by_id,
            body,
        })
    }

    /// The algorithm of custom-format blocks; tar archives must be uncompressed.
    fn raw_algorithm(&self) -> Result<Compression, DataError> {
        raw_algorithm(self.format, &self.header)
    }

    /// The stored bytes of a TABLE DATA (or BLOB COMMENTS) entry's data, from any source;
    /// a pipe is read strictly in data order, as [`Archive::open_data`] reads it.
    pub fn raw_data_mut(&mut self, id: DumpId) -> Result<RawStream<'_>, DataError> {
        if self.is_seekable() {
            self.locate_data(&[id])?;
            let shared = self.shared().ok_or_else(wrong_body)?;
            return shared.raw_data(id);
        }
        let e = self.lookup(id)?;
        let is_blobs = e.is("BLOBS");
        let loc = e.data.clone();
        let desc = e.desc_str().into_owned();
        let f = self.int_format();
        let alg = self.raw_algorithm()?;
        let name = if self.format == Format::Tar {
            if is_blobs {
                return Err(DataError::IsBlobs { id });
            }
            Some(self.file_name(id)?)
        } else {
            None
        };
        match &mut self.body {
            Body::CustomStream(s) => {
                if loc == DataLocation::NoData {
                    return Err(DataError::NoData { id, desc });
                }
                let kind = s.find(id, f)?;
                if kind != BLK_DATA {
                    return Err(DataError::IsBlobs { id });
                }
                let cr = ChunkReader {
                    src: &mut s.src,
                    st: &mut s.chunk,
                    f,
                    id,
                    file: STDIN,
                };
                Ok(RawStream::new(alg, Framing::CustomChunks, Box::new(cr)))
            }
            Body::TarStream(ts) => {
                let name = name.ok_or_else(wrong_body)?;
                let m = ts.seek_member(&name)?;
                Ok(RawStream::new(
                    alg,
                    Framing::File,
                    Box::new(ts.member_data(&m)),
                ))
            }
            _ => Err(wrong_body()),
        }
    }

    /// Hands each large object of a BLOBS entry to `f` as its stored bytes, from any source
    /// (a pipe in data order).
    pub fn raw_blobs_mut<E: From<DataError>>(
        &mut self,
        id: DumpId,
        mut f: impl FnMut(u32, &mut RawStream<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.is_seekable() {
            self.locate_data(&[id])?;
            let shared = self.shared().ok_or_else(wrong_body)?;
            return shared.raw_blobs(id, f);
        }
        let e = self.lookup(id)?;
        let desc = e.desc_str().into_owned();
        if !e.is("BLOBS") {
            return Err(DataError::NotBlobs { id, desc }.into());
        }
        let loc = e.data.clone();
        let first_oid = tar::atooid(e.tag_bytes());
        let fmt = self.int_format();
        let version = self.header.version;
        let alg = self.raw_algorithm()?;
        match &mut self.body {
            Body::CustomStream(s) => {
                if loc == DataLocation::NoData {
                    return Err(DataError::NoData { id, desc }.into());
                }
                let kind = s.find(id, fmt)?;
                if kind != BLK_BLOBS {
                    return Err(DataError::NotBlobs { id, desc }.into());
                }
                loop {
                    let oid = next_blob_oid(&mut s.src, fmt, id, STDIN).inspect_err(|_| {
                        s.cur = Cursor::End;
                    })?;
                    let Some(oid) = oid else {
                        s.cur = Cursor::Between;
                        return Ok(());
                    };
                    s.cur = Cursor::InBlobs { id, in_lo: true };
                    s.chunk = Default::default();
                    {
                        let cr = ChunkReader {
                            src: &mut s.src,
                            st: &mut s.chunk,
                            f: fmt,
                            id,
                            file: STDIN,
                        };
                        let mut rs = RawStream::new(alg, Framing::CustomChunks, Box::new(cr));
                        f(oid, &mut rs)?;
                    }
                    let at = s.src.pos();
                    ChunkReader {
                        src: &mut s.src,
                        st: &mut s.chunk,
                        f: fmt,
                        id,
                        file: STDIN,
                    }
                    .drain()
                    .map_err(|e| custom::data_err(e, id, at, "large object data", STDIN))?;
                    s.cur = Cursor::InBlobs { id, in_lo: false };
                }
            }
            Body::TarStream(ts) => {
                // `_LoadLOs` in pg_backup_tar.c: from 1.16 move to the entry's first LO,
                // before take the next member; then consecutive `blob_` members.
                let mut m = if version >= ArchiveVersion::V1_16 {
                    Some(ts.seek_member(&format!("blob_{first_oid}.dat"))?)
                } else {
                    ts.next_member()?
                };
                let mut found = false;
                while let Some(mem) = m {
                    if mem.name.starts_with("blob_") {
                        let oid = blob_member_oid(&mem.name);
                        if oid != 0 {
                            let mut rs =
                                RawStream::new(alg, Framing::File, Box::new(ts.member_data(&mem)));
                            f(oid, &mut rs)?;
                            found = true;
                        }
                    } else if found {
                        break;
                    }
                    m = ts.next_member()?;
                }
                Ok(())
            }
            _ => Err(wrong_body().into()),
        }
    }
}

/// A view of a mapped file or directory archive that threads can share (`Sync`): it reads the
/// stored bytes of entry data through `&self`. Made by [`Archive::shared`].
#[derive(Clone, Copy)]
pub struct SharedArchive<'a> {
    format: Format,
    header: &'a Header,
    entries: &'a [TocEntry],
    by_id: &'a HashMap<DumpId, usize>,
    body: SharedBody<'a>,
}

#[derive(Clone, Copy)]
enum SharedBody<'a> {
    Custom {
        bytes: &'a Bytes,
        found: &'a HashMap<DumpId, u64>,
    },
    Directory(&'a Path),
    Tar(&'a TarMap),
}

impl std::fmt::Debug for SharedArchive<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedArchive")
            .field("format", &self.format)
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

/// The algorithm of custom-format blocks (and of tar members, which must be uncompressed).
fn raw_algorithm(format: Format, header: &Header) -> Result<Compression, DataError> {
    let alg = match header.compression.algorithm() {
        Some(c) => c,
        None => {
            return Err(DataError::UnsupportedCompression(
                match header.compression {
                    HeaderCompression::Algorithm(b) => b,
                    _ => 0,
                },
            ));
        }
    };
    if format == Format::Tar && alg != Compression::None {
        return Err(DataError::TarCompressed);
    }
    Ok(alg)
}

impl<'a> SharedArchive<'a> {
    fn lookup(&self, id: DumpId) -> Result<&'a TocEntry, DataError> {
        self.by_id
            .get(&id)
            .map(|i| &self.entries[*i])
            .ok_or(DataError::NoSuchEntry(id))
    }

    fn int_format(&self) -> IntFormat {
        crate::grammar::int_format(self.header)
    }

    /// The data file name of a directory or tar entry (`Archive::file_name`).
    fn file_name(&self, id: DumpId) -> Result<String, DataError> {
        let e = self.lookup(id)?;
        match &e.data {
            DataLocation::File(n) if !n.is_empty() => {
                Ok(directory::check_plain_name(n)?.to_string())
            }
            _ => Err(DataError::NoData {
                id,
                desc: e.desc_str().into_owned(),
            }),
        }
    }

    /// The payload position and type of a located custom-format block.
    fn located_block(
        &self,
        bytes: &'a Bytes,
        found: &HashMap<DumpId, u64>,
        id: DumpId,
    ) -> Result<(usize, u8), DataError> {
        let e = self.lookup(id)?;
        let pos = match &e.data {
            DataLocation::Offset(p) => *p,
            DataLocation::NoData => {
                return Err(DataError::NoData {
                    id,
                    desc: e.desc_str().into_owned(),
                });
            }
            _ => *found.get(&id).ok_or(DataError::BlockNotFound { id })?,
        };
        let (data, kind) = super::block_at(bytes, pos, id, self.int_format())?;
        Ok((data as usize, kind))
    }

    /// The stored bytes of a TABLE DATA (or BLOB COMMENTS) entry's data.
    pub fn raw_data(&self, id: DumpId) -> Result<RawStream<'a>, DataError> {
        let e = self.lookup(id)?;
        let is_blobs = e.is("BLOBS");
        match self.body {
            SharedBody::Custom { bytes, found } => {
                let alg = raw_algorithm(self.format, self.header)?;
                let (pos, kind) = self.located_block(bytes, found, id)?;
                if kind != BLK_DATA {
                    return Err(DataError::IsBlobs { id });
                }
                let chunks = SliceChunks {
                    data: bytes,
                    pos,
                    remaining: 0,
                    done: false,
                    f: self.int_format(),
                    id,
                    rel: Releaser::new(bytes, pos),
                };
                Ok(RawStream::new(alg, Framing::CustomChunks, Box::new(chunks)))
            }
            SharedBody::Directory(dir) => {
                if is_blobs {
                    return Err(DataError::IsBlobs { id });
                }
                let name = self.file_name(id)?;
                open_raw_file(dir, &name)
            }
            SharedBody::Tar(t) => {
                if is_blobs {
                    return Err(DataError::IsBlobs { id });
                }
                raw_algorithm(self.format, self.header)?;
                let name = self.file_name(id)?;
                let i = *t
                    .by_name
                    .get(&name)
                    .ok_or(DataError::MissingMember { name })?;
                tar_member(&t.bytes, &t.members[i], id)
            }
        }
    }

    /// Hands each large object of a BLOBS entry to `f` as its stored bytes, in archive
    /// order. `f` may stop reading a stream early.
    pub fn raw_blobs<E: From<DataError>>(
        &self,
        id: DumpId,
        mut f: impl FnMut(u32, &mut RawStream<'a>) -> Result<(), E>,
    ) -> Result<(), E> {
        let e = self.lookup(id)?;
        let desc = e.desc_str().into_owned();
        let is_blobs = e.is("BLOBS");
        let first_oid = tar::atooid(e.tag_bytes());
        let fmt = self.int_format();
        let version = self.header.version;
        match self.body {
            SharedBody::Custom { bytes, found } => {
                let alg = raw_algorithm(self.format, self.header)?;
                let (pos, kind) = self.located_block(bytes, found, id)?;
                if kind != BLK_BLOBS {
                    return Err(DataError::NotBlobs { id, desc }.into());
                }
                let mut src = SliceSrc::new(bytes, pos);
                while let Some(oid) = next_blob_oid(&mut src, fmt, id, FILE)? {
                    let start = src.pos() as usize;
                    let walk = SliceChunks {
                        data: bytes,
                        pos: start,
                        remaining: 0,
                        done: false,
                        f: fmt,
                        id,
                        rel: Releaser {
                            map: None,
                            released: start,
                        },
                    };
                    let end = walk.end()?;
                    let chunks = SliceChunks {
                        data: &bytes[..end],
                        pos: start,
                        remaining: 0,
                        done: false,
                        f: fmt,
                        id,
                        rel: Releaser::new(bytes, start),
                    };
                    let mut rs = RawStream::new(alg, Framing::CustomChunks, Box::new(chunks));
                    f(oid, &mut rs)?;
                    src = SliceSrc::new(bytes, end);
                }
                Ok(())
            }
            SharedBody::Directory(dir) => {
                if !is_blobs {
                    return Err(DataError::NotBlobs { id, desc }.into());
                }
                // Before 1.16 the list is always blobs.toc (`_LoadLOs`).
                let list = if version < ArchiveVersion::V1_16 {
                    "blobs.toc".to_string()
                } else {
                    self.file_name(id)?
                };
                let (rd, _, list_path) = directory::open_decoded(dir, &list, id)?;
                let list_name = list_path.display().to_string();
                let mut rd = BufReader::new(rd);
                let mut line = Vec::new();
                let mut line_no = 0;
                loop {
                    let more = directory::read_lo_line(&mut rd, &mut line)
                        .map_err(|e| directory::decode_err(e, Compression::None, id, &list_path))?;
                    if !more {
                        return Ok(());
                    }
                    line_no += 1;
                    let Some((oid, name)) = directory::parse_lo_line(&line) else {
                        return Err(DataError::BadLoToc {
                            file: list_name,
                            line_no,
                            line: String::from_utf8_lossy(&line).into_owned(),
                        }
                        .into());
                    };
                    let name = directory::check_plain_name(name)?;
                    let mut rs = open_raw_file(dir, name)?;
                    f(oid, &mut rs)?;
                }
            }
            SharedBody::Tar(t) => {
                if !is_blobs {
                    return Err(DataError::NotBlobs { id, desc }.into());
                }
                raw_algorithm(self.format, self.header)?;
                for i in t.blob_members(version, first_oid)? {
                    let oid = blob_member_oid(&t.members[i].name);
                    let mut rs = tar_member(&t.bytes, &t.members[i], id)?;
                    f(oid, &mut rs)?;
                }
                Ok(())
            }
        }
    }
}

/// A file of a directory archive as stored, with the compression its name implies.
fn open_raw_file(dir: &std::path::Path, name: &str) -> Result<RawStream<'static>, DataError> {
    let Some((path, c)) = directory::resolve(dir, name) else {
        return Err(DataError::OpenFile {
            path: dir.join(name),
            source: io::ErrorKind::NotFound.into(),
        });
    };
    let f = std::fs::File::open(&path).map_err(|e| DataError::OpenFile {
        path: path.clone(),
        source: e,
    })?;
    let rd = BufReader::with_capacity(
        1 << 16,
        directory::LabelIo {
            inner: f,
            what: path.display().to_string(),
        },
    );
    Ok(RawStream {
        algorithm: c,
        framing: Framing::File,
        path: Some(path),
        reader: Box::new(rd),
    })
}

/// The bytes of a tar member of a mapped file.
fn tar_member<'a>(
    bytes: &'a Bytes,
    m: &tar::Member,
    id: DumpId,
) -> Result<RawStream<'a>, DataError> {
    let len = bytes.len() as u64;
    let end = m
        .data
        .checked_add(m.size)
        .filter(|e| *e <= len)
        .ok_or_else(|| DataError::Truncated {
            id,
            offset: m.data,
            what: format!("tar member \"{}\" of {} bytes", m.name, m.size),
            file: FILE.into(),
        })?;
    let range = SliceRange {
        data: bytes,
        pos: m.data as usize,
        end: end as usize,
        rel: Releaser::new(bytes, m.data as usize),
    };
    Ok(RawStream::new(
        Compression::None,
        Framing::File,
        Box::new(range),
    ))
}
