//! [`Archive`]: an opened archive of any format and source, and streamed access to its data.
//!
//! Sources: a regular file is mapped once (seekable: any entry in any order); a directory is
//! read file by file; a pipe or standard input is read strictly forward, as pg_restore does
//! (an entry behind the read position is an error).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use memmap2::Mmap;

use crate::codec::{self, Framing};
use crate::custom::{
    self, BLK_BLOBS, BLK_DATA, ChunkReader, ChunkState, next_blob_oid, read_block_header,
    skip_block,
};
use crate::detect::{self, Detected, LOOKAHEAD};
use crate::directory;
use crate::grammar;
use crate::header::{Compression, Format, Header};
use crate::load::{self, Toc};
use crate::primitives::IntFormat;
use crate::source::{Limited, SliceSrc, Src, StreamSrc, read_up_to};
use crate::tar::{self, Member, TarStream};
use crate::toc::{DataLocation, DumpId, TocEntry};
use crate::version::ArchiveVersion;

pub use crate::error::{DataError, OpenError};

/// An opened archive: header, TOC, and access to the data of its entries.
pub struct Archive {
    format: Format,
    header: Header,
    entries: Vec<TocEntry>,
    by_id: HashMap<DumpId, usize>,
    encoding: Option<Vec<u8>>,
    std_strings: bool,
    /// Bytes each entry's data occupies, where known at open time.
    sizes: HashMap<DumpId, u64>,
    body: Body,
}

impl fmt::Debug for Archive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Archive")
            .field("format", &self.format)
            .field("version", &self.header.version)
            .field("entries", &self.entries.len())
            .field("seekable", &self.is_seekable())
            .finish_non_exhaustive()
    }
}

/// The bytes of a mapped file (an empty file cannot be mapped).
enum Bytes {
    Map(Mmap),
    Empty,
}

impl Bytes {
    /// The mapping, for giving consumed pages back.
    fn map(&self) -> Option<&Mmap> {
        match self {
            Bytes::Map(m) => Some(m),
            Bytes::Empty => None,
        }
    }
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Map(m) => m,
            Bytes::Empty => &[],
        }
    }
}

/// Maps a whole file read-only.
#[allow(unsafe_code)]
fn map_file(file: &File) -> io::Result<Bytes> {
    if file.metadata()?.len() == 0 {
        return Ok(Bytes::Empty);
    }
    // SAFETY: the mapping is read-only and never handed out mutably. Another process that
    // truncates the file while it is mapped makes later reads of the lost pages fault; that
    // is the documented limit of reading archives through an mmap ("Limits" in lib.rs), the
    // same trade every mmap-based reader (ripgrep, gix) makes.
    let m = unsafe { Mmap::map(file)? };
    Ok(Bytes::Map(m))
}

enum Body {
    CustomMap(CustomMap),
    CustomStream(CustomStream),
    Directory(PathBuf),
    TarMap(TarMap),
    TarStream(TarStream<StreamSrc>),
}

struct CustomMap {
    bytes: Bytes,
    /// State of the chunk stream being read (a reader borrows it).
    scratch: ChunkState,
    /// First byte after the TOC, where scanning starts.
    data_start: u64,
    /// Block positions learnt by scanning (pg_restore stores them in its TOC copy).
    found: HashMap<DumpId, u64>,
    /// End of the last block skipped while scanning.
    scan_pos: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cursor {
    Between,
    InData(DumpId),
    InBlobs { id: DumpId, in_lo: bool },
    End,
}

struct CustomStream {
    src: StreamSrc,
    chunk: ChunkState,
    cur: Cursor,
    /// Blocks already behind the read position.
    passed: HashSet<DumpId>,
}

struct TarMap {
    bytes: Bytes,
    members: Vec<Member>,
    by_name: HashMap<String, usize>,
}

/// Streamed, decompressed data of one entry (or of one large object).
///
/// As a `BufRead` it hands out large slices (see [`codec::buffered_decoder`]): copying data
/// with `fill_buf`/`consume` avoids a copy through a buffer of one's own.
pub struct DataReader<'a> {
    inner: Box<dyn BufRead + 'a>,
    id: DumpId,
    algorithm: Compression,
    file: Option<String>,
}

impl fmt::Debug for DataReader<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataReader")
            .field("id", &self.id)
            .field("algorithm", &self.algorithm)
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}

/// The error a [`DataReader`] reports for an error of its decoder: one carrying a
/// [`DataError`] as it is, others as a decompression (or, uncompressed, an I/O) error.
fn data_reader_err(
    e: io::Error,
    id: DumpId,
    algorithm: Compression,
    file: &Option<String>,
) -> io::Error {
    if e.kind() == io::ErrorKind::Interrupted || DataError::from_io(&e).is_some() {
        e
    } else if algorithm == Compression::None {
        DataError::Io {
            what: file.clone().unwrap_or_else(|| "archive".into()),
            source: e,
        }
        .into_io()
    } else {
        DataError::Decompress {
            id,
            algorithm,
            file: file.clone(),
            source: e,
        }
        .into_io()
    }
}

impl Read for DataReader<'_> {
    /// Errors carry a [`DataError`] (see [`DataError::from_io`]).
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner
            .read(buf)
            .map_err(|e| data_reader_err(e, self.id, self.algorithm, &self.file))
    }
}

impl BufRead for DataReader<'_> {
    /// Errors carry a [`DataError`] (see [`DataError::from_io`]).
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let DataReader {
            inner,
            id,
            algorithm,
            file,
        } = self;
        inner
            .fill_buf()
            .map_err(|e| data_reader_err(e, *id, *algorithm, file))
    }

    fn consume(&mut self, amt: usize) {
        self.inner.consume(amt);
    }
}

/// The header of the data block of entry `id` at `pos` of a custom archive held in `bytes`:
/// where its data starts and the block type (`BLK_DATA` or `BLK_BLOBS`), checked against the
/// TOC (`_PrintTocData` / `_readBlockHeader`).
pub(crate) fn block_at(
    bytes: &[u8],
    pos: u64,
    id: DumpId,
    f: IntFormat,
) -> Result<(u64, u8), DataError> {
    let len = bytes.len() as u64;
    if pos >= len {
        return Err(DataError::OffsetPastEnd {
            id,
            offset: pos,
            len,
        });
    }
    let mut src = SliceSrc::new(bytes, pos as usize);
    let (kind, found) = match read_block_header(&mut src, f) {
        Ok(Some(h)) => h,
        Ok(None) => return Err(DataError::BlockNotFound { id }),
        Err(e) => return Err(custom::data_err(e, id, pos, "block header", FILE)),
    };
    if kind != BLK_DATA && kind != BLK_BLOBS {
        return Err(DataError::UnknownBlockType {
            block_type: kind,
            offset: pos,
            id,
        });
    }
    if found != id {
        return Err(DataError::UnexpectedBlockId {
            found,
            expected: id,
            offset: pos,
        });
    }
    Ok((src.pos(), kind))
}

/// Name of the whole input in messages.
const FILE: &str = "file";
const STDIN: &str = "input";

impl Archive {
    /// Opens a file (mapped) or a directory archive, detecting the format as pg_restore does.
    /// A path that is neither (a named pipe, `/dev/stdin`) is read as a stream.
    pub fn open(path: &Path) -> Result<Archive, OpenError> {
        Self::open_impl(path, None)
    }

    /// Opens with the format forced (`pg_restore -F`): no detection.
    pub fn open_with_format(path: &Path, f: Format) -> Result<Archive, OpenError> {
        Self::open_impl(path, Some(f))
    }

    /// Reads a custom or tar archive from a stream (standard input, a pipe), strictly in
    /// order: entries must be requested in the order their data appears.
    pub fn from_reader(r: Box<dyn Read + Send>) -> Result<Archive, OpenError> {
        Self::from_stream(r, None, STDIN)
    }

    fn open_impl(path: &Path, forced: Option<Format>) -> Result<Archive, OpenError> {
        let open_err = |source| OpenError::Open {
            path: path.to_path_buf(),
            source,
        };
        let meta = fs::metadata(path).map_err(open_err)?;
        if meta.is_dir() {
            return match forced {
                None | Some(Format::Directory) => Self::open_directory(path),
                Some(_) => Err(open_err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    "is a directory",
                ))),
            };
        }
        if forced == Some(Format::Directory) {
            return Err(OpenError::Open {
                path: path.join("toc.dat"),
                source: io::Error::new(io::ErrorKind::NotADirectory, "not a directory"),
            });
        }
        let file = File::open(path).map_err(open_err)?;
        if !meta.is_file() {
            return Self::from_stream(Box::new(file), forced, FILE);
        }
        let bytes = map_file(&file).map_err(open_err)?;
        let detected = match forced {
            Some(Format::Custom) => Detected::Custom,
            Some(Format::Tar) => Detected::Tar,
            Some(Format::Directory) | None => {
                let n = bytes.len().min(64 * 1024);
                let head = &bytes[..n];
                // Detection looks at pg_restore's 512-byte lookahead; the longer window only
                // helps the diagnostics of compressed inputs.
                match detect::detect(&head[..head.len().min(LOOKAHEAD)]) {
                    Err(OpenError::Compressed { .. } | OpenError::Utf16(_)) => {
                        detect::detect(head)?
                    }
                    other => other?,
                }
            }
        };
        match detected {
            Detected::Custom => Self::custom_map(bytes),
            Detected::Tar => Self::tar_map(bytes),
        }
    }

    fn finish(format: Format, toc: Toc, body: Body) -> Result<Archive, OpenError> {
        let mut by_id = HashMap::with_capacity(toc.entries.len());
        for (i, e) in toc.entries.iter().enumerate() {
            // A duplicate id resolves to the later entry, as `buildTocEntryArrays` does.
            by_id.insert(e.dump_id, i);
        }
        let (encoding, std_strings) = special_entries(&toc.entries)?;
        let mut a = Archive {
            format,
            header: toc.header,
            entries: toc.entries,
            by_id,
            encoding,
            std_strings,
            sizes: HashMap::new(),
            body,
        };
        a.sizes = a.known_sizes();
        Ok(a)
    }

    fn custom_map(bytes: Bytes) -> Result<Archive, OpenError> {
        let toc = load::parse_slice(&bytes, Some(Format::Custom.header_byte()), FILE)?;
        let data_start = toc.end;
        let body = Body::CustomMap(CustomMap {
            bytes,
            scratch: ChunkState::default(),
            data_start,
            found: HashMap::new(),
            scan_pos: data_start,
        });
        Self::finish(Format::Custom, toc, body)
    }

    fn tar_map(bytes: Bytes) -> Result<Archive, OpenError> {
        let members = tar::index(&bytes)?;
        let Some(m) = members.iter().find(|m| m.name == "toc.dat") else {
            let nested = members
                .iter()
                .find(|m| m.name.ends_with("/toc.dat"))
                .map(|m| m.name.clone());
            return Err(OpenError::TarWithoutToc { nested });
        };
        let start = usize::try_from(m.data)
            .unwrap_or(usize::MAX)
            .min(bytes.len());
        let end = usize::try_from(m.data.saturating_add(m.size))
            .unwrap_or(usize::MAX)
            .min(bytes.len());
        let toc = load::parse_slice(
            &bytes[start..end],
            Some(Format::Tar.header_byte()),
            "toc.dat member",
        )?;
        let mut by_name = HashMap::with_capacity(members.len());
        for (i, m) in members.iter().enumerate() {
            // pg_restore moves forward to the first member of that name.
            by_name.entry(m.name.clone()).or_insert(i);
        }
        let body = Body::TarMap(TarMap {
            bytes,
            members,
            by_name,
        });
        Self::finish(Format::Tar, toc, body)
    }

    fn open_directory(dir: &Path) -> Result<Archive, OpenError> {
        let candidates = [
            ("toc.dat", Compression::None),
            ("toc.dat.gz", Compression::Gzip),
            ("toc.dat.lz4", Compression::Lz4),
            ("toc.dat.zst", Compression::Zstd),
        ];
        let Some((name, c)) = candidates
            .into_iter()
            .find(|(n, _)| dir.join(n).metadata().is_ok_and(|m| m.is_file()))
        else {
            return Err(OpenError::NoTocInDirectory(dir.to_path_buf()));
        };
        let path = dir.join(name);
        let file = File::open(&path).map_err(|source| OpenError::Open {
            path: path.clone(),
            source,
        })?;
        // pg_restore reads a directory's toc.dat as a tar's: format byte 3.
        let expected = Some(Format::Directory.header_byte());
        let toc = if c == Compression::None {
            let bytes = map_file(&file).map_err(|source| OpenError::Open {
                path: path.clone(),
                source,
            })?;
            load::parse_slice(&bytes, expected, name)?
        } else {
            let dec = codec::decoder(c, Framing::File, BufReader::new(file)).map_err(|source| {
                OpenError::Read {
                    what: name.to_string(),
                    source,
                }
            })?;
            load::parse_stream(dec, expected, name)?.0
        };
        Self::finish(Format::Directory, toc, Body::Directory(dir.to_path_buf()))
    }

    fn from_stream(
        mut r: Box<dyn Read + Send>,
        forced: Option<Format>,
        what: &'static str,
    ) -> Result<Archive, OpenError> {
        let read_err = |source| OpenError::Read {
            what: what.to_string(),
            source,
        };
        let mut head = vec![0u8; LOOKAHEAD];
        let n = read_up_to(&mut r, &mut head).map_err(read_err)?;
        head.truncate(n);
        let detected = match forced {
            Some(Format::Custom) => Detected::Custom,
            Some(Format::Tar) => Detected::Tar,
            Some(Format::Directory) => return Err(OpenError::FormatNeedsPath("directory")),
            None => detect::detect(&head)?,
        };
        match detected {
            Detected::Custom => {
                let chained = io::Cursor::new(head).chain(r);
                let (toc, feed) =
                    load::parse_stream(chained, Some(Format::Custom.header_byte()), what)?;
                let end = toc.end;
                let (ahead, rd) = feed.into_parts();
                let src = StreamSrc::new(ahead, Box::new(rd), end);
                let body = Body::CustomStream(CustomStream {
                    src,
                    chunk: ChunkState::default(),
                    cur: Cursor::Between,
                    passed: HashSet::new(),
                });
                Self::finish(Format::Custom, toc, body)
            }
            Detected::Tar => {
                let mut ts = TarStream::new(StreamSrc::new(head, r, 0));
                let m = tar::find_toc(&mut ts)?;
                let rd = ts.member_data(&m);
                let (toc, _) =
                    load::parse_stream(rd, Some(Format::Tar.header_byte()), "toc.dat member")?;
                Self::finish(Format::Tar, toc, Body::TarStream(ts))
            }
        }
    }

    /// The archive's format.
    pub fn format(&self) -> Format {
        self.format
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The TOC entries in archive order.
    pub fn entries(&self) -> &[TocEntry] {
        &self.entries
    }

    /// The entry with this dump id (the later one if the TOC repeats an id).
    pub fn entry(&self, id: DumpId) -> Option<&TocEntry> {
        self.by_id.get(&id).map(|i| &self.entries[*i])
    }

    /// The archive's client encoding, from the ENCODING entry (`SET client_encoding = 'X';`),
    /// `None` when there is no such entry (pg_restore then assumes SQL_ASCII).
    pub fn encoding(&self) -> Option<&[u8]> {
        self.encoding.as_deref()
    }

    /// `standard_conforming_strings` from the STDSTRINGS entry; false when there is none, as
    /// pg_restore assumes for old archives (`_allocAH`).
    pub fn std_strings(&self) -> bool {
        self.std_strings
    }

    /// Whether entries can be read in any order (a mapped file or a directory).
    pub fn is_seekable(&self) -> bool {
        matches!(
            self.body,
            Body::CustomMap(_) | Body::TarMap(_) | Body::Directory(_)
        )
    }

    fn int_format(&self) -> IntFormat {
        grammar::int_format(&self.header)
    }

    /// The algorithm of custom-format blocks and tar members.
    fn algorithm(&self) -> Result<Compression, DataError> {
        match self.header.compression.algorithm() {
            Some(c) => Ok(c),
            None => Err(DataError::UnsupportedCompression(
                match self.header.compression {
                    crate::header::HeaderCompression::Algorithm(b) => b,
                    _ => 0,
                },
            )),
        }
    }

    fn lookup(&self, id: DumpId) -> Result<&TocEntry, DataError> {
        self.entry(id).ok_or(DataError::NoSuchEntry(id))
    }

    /// The data file name of a directory or tar entry; `NoData` when there is none.
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

    /// Decompressed data of a TABLE DATA (or BLOB COMMENTS) entry, streamed.
    pub fn open_data(&mut self, id: DumpId) -> Result<DataReader<'_>, DataError> {
        let e = self.lookup(id)?;
        let is_blobs = e.is("BLOBS");
        let loc = e.data.clone();
        let desc = e.desc_str().into_owned();
        let f = self.int_format();
        match self.format {
            Format::Custom => {
                let alg = self.algorithm()?;
                if loc == DataLocation::NoData {
                    return Err(DataError::NoData { id, desc });
                }
                match &mut self.body {
                    Body::CustomMap(m) => {
                        let (pos, kind) = m.block(id, &loc, f)?;
                        if kind != BLK_DATA {
                            return Err(DataError::IsBlobs { id });
                        }
                        m.scratch = ChunkState::default();
                        let cr = ChunkReader {
                            src: SliceSrc::new(&m.bytes, pos as usize).releasing(m.bytes.map()),
                            st: &mut m.scratch,
                            f,
                            id,
                            file: FILE,
                        };
                        chunk_data_reader(cr, id, alg)
                    }
                    Body::CustomStream(s) => {
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
                        chunk_data_reader(cr, id, alg)
                    }
                    _ => Err(wrong_body()),
                }
            }
            Format::Directory => {
                if is_blobs {
                    return Err(DataError::IsBlobs { id });
                }
                let name = self.file_name(id)?;
                let Body::Directory(dir) = &self.body else {
                    return Err(wrong_body());
                };
                let (inner, algorithm, path) = directory::open_decoded(dir, &name, id)?;
                Ok(DataReader {
                    inner,
                    id,
                    algorithm,
                    file: Some(path.display().to_string()),
                })
            }
            Format::Tar => {
                if is_blobs {
                    return Err(DataError::IsBlobs { id });
                }
                if self.algorithm()? != Compression::None {
                    return Err(DataError::TarCompressed);
                }
                let name = self.file_name(id)?;
                match &mut self.body {
                    Body::TarMap(t) => {
                        let i = *t
                            .by_name
                            .get(&name)
                            .ok_or_else(|| DataError::MissingMember { name: name.clone() })?;
                        let data = t.member_bytes(i, id)?;
                        Ok(DataReader {
                            inner: Box::new(data),
                            id,
                            algorithm: Compression::None,
                            file: Some(name),
                        })
                    }
                    Body::TarStream(ts) => {
                        let m = ts.seek_member(&name)?;
                        Ok(DataReader {
                            inner: Box::new(ts.member_data_of(&m, id)),
                            id,
                            algorithm: Compression::None,
                            file: Some(name),
                        })
                    }
                    _ => Err(wrong_body()),
                }
            }
        }
    }

    /// Streams each large object of a BLOBS entry: `f` gets its OID and a reader of its
    /// decompressed bytes (it may stop reading early). An error `f` returns stops the walk; one
    /// carrying a [`DataError`] (from the reader) is returned as that error.
    pub fn read_blobs(
        &mut self,
        id: DumpId,
        f: &mut dyn FnMut(u32, &mut dyn Read) -> io::Result<()>,
    ) -> Result<(), DataError> {
        let e = self.lookup(id)?;
        let is_blobs = e.is("BLOBS");
        let loc = e.data.clone();
        let desc = e.desc_str().into_owned();
        let first_oid = tar::atooid(e.tag_bytes());
        let fmt = self.int_format();
        let version = self.header.version;
        match self.format {
            Format::Custom => {
                let alg = self.algorithm()?;
                if loc == DataLocation::NoData {
                    return Err(DataError::NoData { id, desc });
                }
                match &mut self.body {
                    Body::CustomMap(m) => {
                        let (pos, kind) = m.block(id, &loc, fmt)?;
                        if kind != BLK_BLOBS {
                            return Err(DataError::NotBlobs { id, desc });
                        }
                        let mut src =
                            SliceSrc::new(&m.bytes, pos as usize).releasing(m.bytes.map());
                        while let Some(oid) = next_blob_oid(&mut src, fmt, id, FILE)? {
                            let mut st = ChunkState::default();
                            blob_from_chunks(&mut src, &mut st, fmt, id, oid, alg, FILE, f)?;
                        }
                        Ok(())
                    }
                    Body::CustomStream(s) => {
                        let kind = s.find(id, fmt)?;
                        if kind != BLK_BLOBS {
                            return Err(DataError::NotBlobs { id, desc });
                        }
                        loop {
                            let oid =
                                next_blob_oid(&mut s.src, fmt, id, STDIN).inspect_err(|_| {
                                    s.cur = Cursor::End;
                                })?;
                            let Some(oid) = oid else {
                                s.cur = Cursor::Between;
                                return Ok(());
                            };
                            s.cur = Cursor::InBlobs { id, in_lo: true };
                            s.chunk = ChunkState::default();
                            blob_from_chunks(
                                &mut s.src,
                                &mut s.chunk,
                                fmt,
                                id,
                                oid,
                                alg,
                                STDIN,
                                f,
                            )?;
                            s.cur = Cursor::InBlobs { id, in_lo: false };
                        }
                    }
                    _ => Err(wrong_body()),
                }
            }
            Format::Directory => {
                if !is_blobs {
                    return Err(DataError::NotBlobs { id, desc });
                }
                // Before 1.16 the list is always blobs.toc, whatever the TOC says
                // (`_LoadLOs` in pg_backup_directory.c).
                let list = if version < ArchiveVersion::V1_16 {
                    "blobs.toc".to_string()
                } else {
                    self.file_name(id)?
                };
                let Body::Directory(dir) = &self.body else {
                    return Err(wrong_body());
                };
                let (mut rd, _, list_path) = directory::open_decoded(dir, &list, id)?;
                let list_name = list_path.display().to_string();
                let mut line = Vec::new();
                let mut line_no = 0;
                loop {
                    let more = directory::read_lo_line(&mut rd, &mut line)
                        .map_err(|e| directory::decode_err(e, Compression::None, id, &list_path))?;
                    if !more {
                        return Ok(());
                    }
                    line_no += 1;
                    let bad = || DataError::BadLoToc {
                        file: list_name.clone(),
                        line_no,
                        line: String::from_utf8_lossy(&line).into_owned(),
                    };
                    let (oid, name) = directory::parse_lo_line(&line).ok_or_else(bad)?;
                    let name = directory::check_plain_name(name)?;
                    let (inner, algorithm, path) = directory::open_decoded(dir, name, id)?;
                    let mut dr = DataReader {
                        inner,
                        id,
                        algorithm,
                        file: Some(path.display().to_string()),
                    };
                    call(f, oid, &mut dr, id)?;
                }
            }
            Format::Tar => {
                if !is_blobs {
                    return Err(DataError::NotBlobs { id, desc });
                }
                if self.algorithm()? != Compression::None {
                    return Err(DataError::TarCompressed);
                }
                match &mut self.body {
                    Body::TarMap(t) => {
                        for i in t.blob_members(version, first_oid)? {
                            let oid = blob_member_oid(&t.members[i].name);
                            let data = t.member_bytes(i, id)?;
                            let mut dr = DataReader {
                                inner: Box::new(data),
                                id,
                                algorithm: Compression::None,
                                file: Some(t.members[i].name.clone()),
                            };
                            call(f, oid, &mut dr, id)?;
                        }
                        Ok(())
                    }
                    Body::TarStream(ts) => {
                        // `_LoadLOs` in pg_backup_tar.c: from 1.16 move forward to the first
                        // LO of this entry; before, take the next member. Then restore
                        // consecutive blob_ members up to the first other member (the list).
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
                                    let mut dr = DataReader {
                                        inner: Box::new(ts.member_data_of(&mem, id)),
                                        id,
                                        algorithm: Compression::None,
                                        file: Some(mem.name.clone()),
                                    };
                                    call(f, oid, &mut dr, id)?;
                                    found = true;
                                }
                            } else if found {
                                break;
                            }
                            m = ts.next_member()?;
                        }
                        Ok(())
                    }
                    _ => Err(wrong_body()),
                }
            }
        }
    }

    /// Bytes the entry's data occupies in the archive, where that is cheap to know: custom
    /// files with data offsets (distance to the next block, as `_PrepParallelRestore`),
    /// directory data files (file size), tar members (member sizes).
    pub fn stored_size(&self, id: DumpId) -> Option<u64> {
        if let Some(s) = self.sizes.get(&id) {
            return Some(*s);
        }
        let e = self.entry(id)?;
        match &self.body {
            Body::Directory(dir) => {
                if e.is("BLOBS") {
                    return None;
                }
                let DataLocation::File(n) = &e.data else {
                    return None;
                };
                let name = directory::check_plain_name(n).ok()?;
                let (path, _) = directory::resolve(dir, name)?;
                path.metadata().ok().map(|m| m.len())
            }
            Body::TarMap(t) => {
                if e.is("BLOBS") {
                    let first = tar::atooid(e.tag_bytes());
                    let idx = t.blob_members(self.header.version, first).ok()?;
                    return Some(idx.iter().map(|i| t.members[*i].size).sum());
                }
                let DataLocation::File(n) = &e.data else {
                    return None;
                };
                let name = std::str::from_utf8(n).ok()?;
                t.by_name.get(name).map(|i| t.members[*i].size)
            }
            _ => None,
        }
    }

    /// Sizes known from the TOC alone: custom data offsets.
    fn known_sizes(&self) -> HashMap<DumpId, u64> {
        let mut sizes = HashMap::new();
        let Body::CustomMap(m) = &self.body else {
            return sizes;
        };
        let mut prev: Option<(DumpId, u64)> = None;
        for e in &self.entries {
            let DataLocation::Offset(pos) = e.data else {
                continue;
            };
            if let Some((pid, ppos)) = prev {
                if pos > ppos {
                    sizes.insert(pid, pos - ppos);
                }
            }
            prev = Some((e.dump_id, pos));
        }
        if let Some((pid, ppos)) = prev {
            let len = m.bytes.len() as u64;
            if len > ppos {
                sizes.insert(pid, len - ppos);
            }
        }
        sizes
    }
}

/// Reads the ENCODING and STDSTRINGS entries as `processEncodingEntry` and
/// `processStdStringsEntry` do (the last one wins).
fn special_entries(entries: &[TocEntry]) -> Result<(Option<Vec<u8>>, bool), OpenError> {
    let mut encoding = None;
    let mut std_strings = false;
    for e in entries {
        let defn = e.defn.as_deref().unwrap_or(b"");
        let invalid = |desc| OpenError::InvalidSpecialEntry {
            desc,
            dump_id: e.dump_id,
            defn: String::from_utf8_lossy(defn).into_owned(),
        };
        if e.is("ENCODING") {
            // `SET client_encoding = 'foo';`: the text between the first two quotes.
            let q1 = defn.iter().position(|b| *b == b'\'');
            let q2 = q1.and_then(|a| {
                defn[a + 1..]
                    .iter()
                    .position(|b| *b == b'\'')
                    .map(|b| a + 1 + b)
            });
            match (q1, q2) {
                (Some(a), Some(b)) if e.defn.is_some() => encoding = Some(defn[a + 1..b].to_vec()),
                _ => return Err(invalid("ENCODING")),
            }
        } else if e.is("STDSTRINGS") {
            let q = defn.iter().position(|b| *b == b'\'').map(|a| &defn[a..]);
            match q {
                Some(rest) if rest.starts_with(b"'on'") => std_strings = true,
                Some(rest) if rest.starts_with(b"'off'") => std_strings = false,
                _ => return Err(invalid("STDSTRINGS")),
            }
        }
    }
    Ok((encoding, std_strings))
}

fn wrong_body() -> DataError {
    DataError::Corrupt {
        id: 0,
        offset: 0,
        problem: "internal error: archive body does not match its format".into(),
    }
}

/// The OID in a `blob_<oid>.dat` member name (`atooid`, 0 when there is none).
fn blob_member_oid(name: &str) -> u32 {
    name.strip_prefix("blob_")
        .map(|rest| tar::atooid(rest.as_bytes()))
        .unwrap_or(0)
}

/// Hands one large object to the caller; an error the caller returns that carries a
/// `DataError` (from our reader) comes back as that error.
fn call(
    f: &mut dyn FnMut(u32, &mut dyn Read) -> io::Result<()>,
    oid: u32,
    dr: &mut DataReader<'_>,
    id: DumpId,
) -> Result<(), DataError> {
    f(oid, dr).map_err(|e| match DataError::take_from_io(e) {
        Ok(d) => d,
        Err(source) => DataError::Callback { id, oid, source },
    })
}

/// A reader of one chunk stream, decompressed.
fn chunk_data_reader<'a, S: Src + 'a>(
    cr: ChunkReader<'a, S>,
    id: DumpId,
    alg: Compression,
) -> Result<DataReader<'a>, DataError> {
    let file = cr.file;
    let at = cr.src.pos();
    let inner = codec::buffered_decoder(alg, Framing::CustomChunks, cr)
        .map_err(|e| decode_failed(e, id, alg, at, file))?;
    Ok(DataReader {
        inner,
        id,
        algorithm: alg,
        file: None,
    })
}

fn decode_failed(e: io::Error, id: DumpId, alg: Compression, at: u64, file: &str) -> DataError {
    if DataError::from_io(&e).is_some() || e.kind() == io::ErrorKind::UnexpectedEof {
        custom::data_err(e, id, at, "data block", file)
    } else {
        DataError::Decompress {
            id,
            algorithm: alg,
            file: None,
            source: e,
        }
    }
}

/// One large object of a custom-format BLK_BLOBS block: hand it out, then skip what the
/// consumer did not read.
#[allow(clippy::too_many_arguments)]
fn blob_from_chunks<S: Src>(
    src: &mut S,
    st: &mut ChunkState,
    fmt: IntFormat,
    id: DumpId,
    oid: u32,
    alg: Compression,
    file: &'static str,
    f: &mut dyn FnMut(u32, &mut dyn Read) -> io::Result<()>,
) -> Result<(), DataError> {
    {
        let cr = ChunkReader {
            src: &mut *src,
            st: &mut *st,
            f: fmt,
            id,
            file,
        };
        let mut dr = chunk_data_reader(cr, id, alg)?;
        call(f, oid, &mut dr, id)?;
    }
    let at = src.pos();
    ChunkReader {
        src,
        st,
        f: fmt,
        id,
        file,
    }
    .drain()
    .map_err(|e| custom::data_err(e, id, at, "large object data", file))
}

impl CustomMap {
    /// Finds the block of `id` and checks its header (`_PrintTocData`): returns the position
    /// of its payload and its type.
    fn block(
        &mut self,
        id: DumpId,
        loc: &DataLocation,
        f: IntFormat,
    ) -> Result<(u64, u8), DataError> {
        let pos = match loc {
            DataLocation::Offset(p) => *p,
            _ => match self.found.get(&id) {
                Some(p) => *p,
                None => self.scan(id, f)?,
            },
        };
        block_at(&self.bytes, pos, id, f)
    }

    /// Walks blocks forward from the furthest point scanned, remembering each block's
    /// position, until the block of `id` (pg_restore's search for offset-less archives).
    fn scan(&mut self, id: DumpId, f: IntFormat) -> Result<u64, DataError> {
        let start = self.scan_pos.max(self.data_start) as usize;
        let mut src = SliceSrc::new(&self.bytes, start).releasing(self.bytes.map());
        loop {
            let at = src.pos();
            let (kind, bid) = match read_block_header(&mut src, f) {
                Ok(Some(h)) => h,
                Ok(None) => return Err(DataError::BlockNotFound { id }),
                Err(e) => return Err(custom::data_err(e, id, at, "block header", FILE)),
            };
            if kind != BLK_DATA && kind != BLK_BLOBS {
                // Trailing bytes after the last block (the TOC copy pg_dump 16–18 append,
                // format spec §7.3) end the search like the end of the file.
                return Err(DataError::UnknownBlockType {
                    block_type: kind,
                    offset: at,
                    id,
                });
            }
            self.found.entry(bid).or_insert(at);
            if bid == id {
                return Ok(at);
            }
            skip_block(&mut src, f, kind, bid, FILE)?;
            self.scan_pos = src.pos();
        }
    }
}

impl CustomStream {
    /// Finishes the block being read, if any (a reader may have been dropped early).
    fn finish(&mut self, f: IntFormat) -> Result<(), DataError> {
        let r = match self.cur {
            Cursor::InData(id) => {
                let at = self.src.pos();
                ChunkReader {
                    src: &mut self.src,
                    st: &mut self.chunk,
                    f,
                    id,
                    file: STDIN,
                }
                .drain()
                .map_err(|e| custom::data_err(e, id, at, "chunk", STDIN))
            }
            Cursor::InBlobs { id, in_lo } => {
                let at = self.src.pos();
                let mut r = Ok(());
                if in_lo {
                    r = ChunkReader {
                        src: &mut self.src,
                        st: &mut self.chunk,
                        f,
                        id,
                        file: STDIN,
                    }
                    .drain()
                    .map_err(|e| custom::data_err(e, id, at, "chunk", STDIN));
                }
                r.and_then(|()| custom::skip_blobs(&mut self.src, f, id, STDIN))
            }
            Cursor::Between | Cursor::End => return Ok(()),
        };
        match r {
            Ok(()) => {
                self.cur = Cursor::Between;
                Ok(())
            }
            Err(e) => {
                self.cur = Cursor::End;
                Err(e)
            }
        }
    }

    /// Moves forward to the block of `id`, skipping others; a block already behind is an
    /// out-of-order request (`_PrintTocData` on a non-seekable file), one never met before the
    /// end is missing.
    fn find(&mut self, id: DumpId, f: IntFormat) -> Result<u8, DataError> {
        self.finish(f)?;
        if self.passed.contains(&id) {
            return Err(DataError::OutOfOrder { id });
        }
        loop {
            if self.cur == Cursor::End {
                // Never seen before the end (or before damage stopped the walk). pg_restore
                // says "out-of-order" here too, as it cannot tell; we can.
                return Err(DataError::BlockNotFound { id });
            }
            let at = self.src.pos();
            let (kind, bid) = match read_block_header(&mut self.src, f) {
                Ok(Some(h)) => h,
                Ok(None) => {
                    self.cur = Cursor::End;
                    continue;
                }
                Err(e) => {
                    self.cur = Cursor::End;
                    return Err(custom::data_err(e, id, at, "block header", STDIN));
                }
            };
            if kind != BLK_DATA && kind != BLK_BLOBS {
                self.cur = Cursor::End;
                return Err(DataError::UnknownBlockType {
                    block_type: kind,
                    offset: at,
                    id,
                });
            }
            self.passed.insert(bid);
            if bid == id {
                self.chunk = ChunkState::default();
                self.cur = if kind == BLK_DATA {
                    Cursor::InData(id)
                } else {
                    Cursor::InBlobs { id, in_lo: false }
                };
                return Ok(kind);
            }
            if let Err(e) = skip_block(&mut self.src, f, kind, bid, STDIN) {
                self.cur = Cursor::End;
                return Err(e);
            }
        }
    }
}

impl TarMap {
    /// The data of member `i`; an error if the file ends inside it.
    fn member_bytes(&self, i: usize, id: DumpId) -> Result<Limited<SliceSrc<'_>>, DataError> {
        let m = &self.members[i];
        let len = self.bytes.len() as u64;
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
        let data = &self.bytes[m.data as usize..end as usize];
        Ok(Limited {
            src: SliceSrc::with_base(data, m.data).releasing(self.bytes.map()),
            remaining: m.size,
            id,
        })
    }

    /// Members holding the large objects of a BLOBS entry, as `_LoadLOs` finds them: from
    /// 1.16 starting at `blob_<first OID of the tag>.dat`, before at the first `blob_`
    /// member; then consecutive `blob_` members up to the first other member.
    fn blob_members(
        &self,
        version: ArchiveVersion,
        first_oid: u32,
    ) -> Result<Vec<usize>, DataError> {
        let start = if version >= ArchiveVersion::V1_16 {
            let name = format!("blob_{first_oid}.dat");
            match self.by_name.get(&name) {
                Some(i) => *i,
                None => return Err(DataError::MissingMember { name }),
            }
        } else {
            match self
                .members
                .iter()
                .position(|m| m.name.starts_with("blob_"))
            {
                Some(i) => i,
                None => return Ok(Vec::new()),
            }
        };
        let mut out = Vec::new();
        for (i, m) in self.members.iter().enumerate().skip(start) {
            if !m.name.starts_with("blob_") {
                break;
            }
            if blob_member_oid(&m.name) != 0 {
                out.push(i);
            }
        }
        Ok(out)
    }
}

mod raw;
pub use raw::{RawStream, SharedArchive};

#[cfg(test)]
mod tests;
