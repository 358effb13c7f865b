//! The codecs as streaming `Write` adapters (`compress_gzip.c`, `compress_lz4.c`,
//! `compress_zstd.c` on the writing side), and how one stored stream becomes one written
//! stream: copied as it is, re-wrapped between the zlib and gzip containers of the same
//! deflate data, or decoded and encoded again.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::mpsc;

use flate2::{Crc, Decompress, FlushDecompress, Status};

use crate::archive::RawStream;
use crate::codec::{self, Framing};
use crate::header::Compression;

/// How the streams of the output are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Encoding {
    pub algorithm: Compression,
    /// An explicit level; `None` for the library default (zlib 6, zstd 3).
    pub level: Option<i32>,
    /// Custom chunks (gzip = zlib stream) or files and tar members (gzip = gzip member).
    pub framing: Framing,
}

/// zlib's `Z_DEFAULT_COMPRESSION` as a level, which pg_dump uses unless told otherwise.
const ZLIB_DEFAULT: u32 = 6;
/// `ZSTD_CLEVEL_DEFAULT`, pg_dump's default zstd level.
const ZSTD_DEFAULT: i32 = 3;

/// An encoder writing into `W`.
pub(crate) enum Encoder<W: Write> {
    Plain(W),
    Zlib(flate2::write::ZlibEncoder<W>),
    Gzip(flate2::write::GzEncoder<W>),
    Lz4(Box<lz4_flex::frame::FrameEncoder<W>>),
    Zstd(zstd::stream::write::Encoder<'static, W>),
}

fn zlib_level(level: Option<i32>) -> flate2::Compression {
    let l = level
        .filter(|l| (0..=9).contains(l))
        .map_or(ZLIB_DEFAULT, |l| l as u32);
    flate2::Compression::new(l)
}

impl<W: Write> Encoder<W> {
    pub(crate) fn new(enc: Encoding, w: W) -> io::Result<Self> {
        Ok(match (enc.algorithm, enc.framing) {
            (Compression::None, _) => Encoder::Plain(w),
            (Compression::Gzip, Framing::CustomChunks) => {
                Encoder::Zlib(flate2::write::ZlibEncoder::new(w, zlib_level(enc.level)))
            }
            (Compression::Gzip, Framing::File) => {
                Encoder::Gzip(flate2::write::GzEncoder::new(w, zlib_level(enc.level)))
            }
            (Compression::Lz4, _) => {
                // pg_dump's LZ4F preferences: 64 KiB linked blocks, no checksums, no content
                // size (`LZ4State_compression_init`). lz4_flex has a single speed, so a level
                // changes nothing.
                let info = lz4_flex::frame::FrameInfo::new()
                    .block_size(lz4_flex::frame::BlockSize::Max64KB)
                    .block_mode(lz4_flex::frame::BlockMode::Linked);
                Encoder::Lz4(Box::new(lz4_flex::frame::FrameEncoder::with_frame_info(
                    info, w,
                )))
            }
            (Compression::Zstd, _) => {
                // No checksum and no content size, as pg_dump (`_ZstdCStreamParams`).
                let e = zstd::stream::write::Encoder::new(w, enc.level.unwrap_or(ZSTD_DEFAULT))?;
                Encoder::Zstd(e)
            }
        })
    }

    /// Ends the stream (trailer, end mark) and gives the writer back.
    pub(crate) fn finish(self) -> io::Result<W> {
        match self {
            Encoder::Plain(w) => Ok(w),
            Encoder::Zlib(e) => e.finish(),
            Encoder::Gzip(e) => e.finish(),
            Encoder::Lz4(e) => e.finish().map_err(io::Error::other),
            Encoder::Zstd(e) => e.finish(),
        }
    }
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encoder::Plain(w) => w.write(buf),
            Encoder::Zlib(e) => e.write(buf),
            Encoder::Gzip(e) => e.write(buf),
            Encoder::Lz4(e) => e.write(buf),
            Encoder::Zstd(e) => e.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.flush(),
            Encoder::Zlib(e) => e.flush(),
            Encoder::Gzip(e) => e.flush(),
            Encoder::Lz4(e) => e.flush(),
            Encoder::Zstd(e) => e.flush(),
        }
    }
}

/// What happens to one stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Plan {
    /// The stored bytes are written unchanged.
    Copy,
    /// A custom-format zlib stream becomes a gzip member holding the same deflate data.
    ZlibToGzip,
    /// A gzip file becomes a zlib stream holding the same deflate data (read twice).
    GzipToZlib,
    /// Decode, then encode.
    Transcode,
}

/// Chooses how a stream stored as `(alg, framing)` becomes `enc`. Data keeps its bytes when
/// the algorithm is unchanged and no level was asked for.
pub(crate) fn plan(alg: Compression, framing: Framing, has_path: bool, enc: &Encoding) -> Plan {
    if alg != enc.algorithm || (enc.level.is_some() && alg != Compression::None) {
        return Plan::Transcode;
    }
    if alg != Compression::Gzip || framing == enc.framing {
        return Plan::Copy;
    }
    match (framing, enc.framing) {
        (Framing::CustomChunks, Framing::File) => Plan::ZlibToGzip,
        (Framing::File, Framing::CustomChunks) if has_path => Plan::GzipToZlib,
        _ => Plan::Transcode,
    }
}

/// Why a stream could not be written: the input side (reading or decoding, possibly carrying
/// a [`crate::DataError`]) or the output side.
#[derive(Debug)]
pub(crate) enum StreamError {
    Input(io::Error),
    Output(io::Error),
}

/// Bytes read for one stream.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct StreamStats {
    /// Stored bytes taken from the source.
    pub stored_in: u64,
}

/// Marks the errors of a writer as output errors.
struct Out<'a, W: ?Sized> {
    w: &'a mut W,
}

/// An output error travelling through an encoder.
#[derive(Debug)]
struct OutputFailed(io::Error);

impl std::fmt::Display for OutputFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for OutputFailed {}

impl<W: Write + ?Sized> Write for Out<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.w
            .write(buf)
            .map_err(|e| io::Error::other(OutputFailed(e)))
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w
            .flush()
            .map_err(|e| io::Error::other(OutputFailed(e)))
    }
}

/// Sorts an error of a copy loop into input and output errors.
fn split(e: io::Error) -> StreamError {
    if e.get_ref().is_some_and(|i| i.is::<OutputFailed>()) {
        let kind = e.kind();
        return match e.into_inner().map(|i| i.downcast::<OutputFailed>()) {
            Some(Ok(o)) => StreamError::Output(o.0),
            _ => StreamError::Output(kind.into()),
        };
    }
    StreamError::Input(e)
}

/// Counts bytes taken from a buffered reader.
struct Counted<R> {
    r: R,
    n: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.r.read(buf)?;
        self.n += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.r.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.n += amt as u64;
        self.r.consume(amt);
    }
}

/// Size of the buffers data moves in.
const BUF: usize = 256 * 1024;

/// Writes one stored stream as `enc` into `out`. `pipelined`: decode on a second thread while
/// this one encodes (worth it when both sides compress).
pub(crate) fn write_stream<W: Write + ?Sized>(
    src: &mut RawStream<'_>,
    enc: &Encoding,
    out: &mut W,
    pipelined: bool,
) -> Result<StreamStats, StreamError> {
    let has_path = src.path.is_some();
    let mut out = Out { w: out };
    let plan = plan(src.algorithm, src.framing, has_path, enc);
    let stored_in = match plan {
        Plan::Copy => {
            if src.algorithm != Compression::None && enc.framing == Framing::CustomChunks {
                copy_nonempty(src, enc, &mut out)?
            } else {
                copy(src, &mut out)?
            }
        }
        Plan::ZlibToGzip => zlib_to_gzip(src, enc, &mut out, pipelined)?,
        Plan::GzipToZlib => gzip_to_zlib(src, enc, &mut out, pipelined)?,
        Plan::Transcode => transcode(src, enc, &mut out, pipelined)?,
    };
    Ok(StreamStats { stored_in })
}

/// Copies a reader to the end.
fn copy<R: BufRead, W: Write + ?Sized>(mut src: R, out: &mut W) -> Result<u64, StreamError> {
    let mut n = 0u64;
    loop {
        let buf = src.fill_buf().map_err(StreamError::Input)?;
        if buf.is_empty() {
            return Ok(n);
        }
        let k = buf.len();
        out.write_all(buf).map_err(split)?;
        src.consume(k);
        n += k as u64;
    }
}

/// Copies a compressed stream into custom-format chunks; an empty stored stream (pg_dump
/// writes zero-length `.lz4`/`.zst` files for empty large objects) becomes a complete empty
/// stream, which is what pg_dump writes in chunks.
fn copy_nonempty<W: Write + ?Sized>(
    src: &mut RawStream<'_>,
    enc: &Encoding,
    out: &mut W,
) -> Result<u64, StreamError> {
    let empty = src.fill_buf().map_err(StreamError::Input)?.is_empty();
    if empty {
        let e = Encoder::new(*enc, out).map_err(StreamError::Output)?;
        e.finish().map_err(split)?;
        return Ok(0);
    }
    copy(src, out)
}

/// Decodes and encodes again.
fn transcode<W: Write + ?Sized>(
    src: &mut RawStream<'_>,
    enc: &Encoding,
    out: &mut W,
    pipelined: bool,
) -> Result<u64, StreamError> {
    let alg = src.algorithm;
    let framing = src.framing;
    let mut e = Encoder::new(*enc, out).map_err(split)?;
    let n = if pipelined && alg != Compression::None && enc.algorithm != Compression::None {
        pump(src, &mut e)?
    } else {
        let mut counted = Counted { r: src, n: 0 };
        let mut dec = codec::decoder(alg, framing, &mut counted).map_err(StreamError::Input)?;
        copy_read(&mut dec, &mut e)?;
        drop(dec);
        counted.n
    };
    e.finish().map_err(split)?;
    Ok(n)
}

/// Copies a `Read` (not buffered) into a writer.
fn copy_read<R: Read + ?Sized, W: Write + ?Sized>(
    r: &mut R,
    w: &mut W,
) -> Result<u64, StreamError> {
    let mut buf = vec![0u8; BUF];
    let mut n = 0u64;
    loop {
        let k = match r.read(&mut buf) {
            Ok(0) => return Ok(n),
            Ok(k) => k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(StreamError::Input(e)),
        };
        w.write_all(&buf[..k]).map_err(split)?;
        n += k as u64;
    }
}

/// Decodes `src` on a second thread and writes what it produces into `w` on this one,
/// through a few recycled buffers (memory stays at `4 × BUF`). Returns the stored bytes read.
fn pump<W: Write + ?Sized>(src: &mut RawStream<'_>, w: &mut W) -> Result<u64, StreamError> {
    const DEPTH: usize = 4;
    let (alg, framing) = (src.algorithm, src.framing);
    let (full_tx, full_rx) = mpsc::sync_channel::<io::Result<(Vec<u8>, usize)>>(DEPTH);
    let (empty_tx, empty_rx) = mpsc::channel::<Vec<u8>>();
    for _ in 0..DEPTH {
        // The receiver is alive: sending cannot fail here.
        let _ = empty_tx.send(vec![0u8; BUF]);
    }
    std::thread::scope(|s| {
        let reader = s.spawn(move || -> u64 {
            let mut counted = Counted { r: src, n: 0 };
            let mut dec = match codec::decoder(alg, framing, &mut counted) {
                Ok(d) => d,
                Err(e) => {
                    let _ = full_tx.send(Err(e));
                    return 0;
                }
            };
            while let Ok(mut buf) = empty_rx.recv() {
                let r = loop {
                    match dec.read(&mut buf) {
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        other => break other,
                    }
                };
                match r {
                    Ok(0) => break,
                    Ok(k) => {
                        if full_tx.send(Ok((buf, k))).is_err() {
                            break;
                        }
                    }
                    Err(e) => {
                        let _ = full_tx.send(Err(e));
                        break;
                    }
                }
            }
            drop(dec);
            counted.n
        });
        let mut result = Ok(());
        for item in full_rx.iter() {
            match item {
                Ok((buf, k)) => {
                    if let Err(e) = w.write_all(&buf[..k]) {
                        result = Err(split(e));
                        break;
                    }
                    let _ = empty_tx.send(buf);
                }
                Err(e) => {
                    result = Err(StreamError::Input(e));
                    break;
                }
            }
        }
        // Dropping our ends stops the decoding thread if it is still running.
        drop(full_rx);
        drop(empty_tx);
        let n = reader.join().unwrap_or(0);
        result.map(|()| n)
    })
}

/// RFC 1950 Adler-32, for the trailer of a zlib stream built around existing deflate data.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Adler32 {
    a: u32,
    b: u32,
}

impl Adler32 {
    const MOD: u32 = 65521;
    /// Most bytes summed before `b` could overflow 32 bits.
    const NMAX: usize = 5552;

    pub(crate) fn new() -> Self {
        Adler32 { a: 1, b: 0 }
    }

    pub(crate) fn update(&mut self, data: &[u8]) {
        for block in data.chunks(Self::NMAX) {
            for &x in block {
                self.a += u32::from(x);
                self.b += self.a;
            }
            self.a %= Self::MOD;
            self.b %= Self::MOD;
        }
    }

    pub(crate) fn value(self) -> u32 {
        (self.b << 16) | self.a
    }
}

/// The header of a gzip member that re-wraps deflate data: no name, no time, OS "unix".
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
/// The two zlib header bytes pg_dump's default level writes (`78 9C`).
const ZLIB_HEADER: [u8; 2] = [0x78, 0x9c];

fn bad(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_string())
}

/// Whether two bytes start a zlib stream we can re-wrap: deflate, a valid check, no preset
/// dictionary.
fn zlib_header_ok(h: [u8; 2]) -> bool {
    h[0] & 0x0f == 8
        && h[0] >> 4 <= 7
        && (u16::from(h[0]) * 256 + u16::from(h[1])) % 31 == 0
        && h[1] & 0x20 == 0
}

/// Inflates raw deflate data from `src`, handing each consumed input slice to `input` and
/// each output slice to `output`, up to the end of the deflate stream.
fn inflate_raw<R: BufRead + ?Sized>(
    src: &mut R,
    mut input: impl FnMut(&[u8]) -> Result<(), StreamError>,
    mut output: impl FnMut(&[u8]),
) -> Result<(), StreamError> {
    let mut inf = Decompress::new(false);
    let mut obuf = vec![0u8; BUF];
    loop {
        let buf = src.fill_buf().map_err(StreamError::Input)?;
        if buf.is_empty() {
            return Err(StreamError::Input(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "deflate data ends early",
            )));
        }
        let mut used = 0usize;
        let mut ended = false;
        loop {
            let (in0, out0) = (inf.total_in(), inf.total_out());
            let status = inf
                .decompress(&buf[used..], &mut obuf, FlushDecompress::None)
                .map_err(|e| StreamError::Input(bad(&e.to_string())))?;
            let took = (inf.total_in() - in0) as usize;
            let made = (inf.total_out() - out0) as usize;
            output(&obuf[..made]);
            used += took;
            if status == Status::StreamEnd {
                ended = true;
                break;
            }
            if used == buf.len() && made < obuf.len() {
                break;
            }
            if took == 0 && made == 0 {
                return Err(StreamError::Input(bad("deflate data makes no progress")));
            }
        }
        input(&buf[..used])?;
        src.consume(used);
        if ended {
            return Ok(());
        }
    }
}

/// Reads up to `N` bytes (fewer only at the end of the input).
fn read_head<const N: usize, R: Read + ?Sized>(r: &mut R) -> io::Result<([u8; N], usize)> {
    let mut h = [0u8; N];
    let mut got = 0;
    while got < N {
        match r.read(&mut h[got..]) {
            Ok(0) => break,
            Ok(k) => got += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok((h, got))
}

/// A custom-format zlib stream to a gzip member, keeping the deflate data: it is inflated
/// only to compute the gzip trailer (CRC-32 and length) and check the zlib one (Adler-32).
fn zlib_to_gzip<W: Write + ?Sized>(
    src: &mut RawStream<'_>,
    enc: &Encoding,
    out: &mut W,
    pipelined: bool,
) -> Result<u64, StreamError> {
    let alg = src.algorithm;
    let framing = src.framing;
    let path = src.path.clone();
    let mut counted = Counted { r: src, n: 0 };
    let (h, got) = read_head::<2, _>(&mut counted).map_err(StreamError::Input)?;
    if got < 2 || !zlib_header_ok(h) {
        // Not something to re-wrap (an empty stream): decode what is there instead.
        let mut rest = RawStream::new(
            alg,
            framing,
            Box::new(BufReader::new(
                io::Cursor::new(h[..got].to_vec()).chain(counted),
            )),
        );
        rest.path = path;
        return transcode(&mut rest, enc, out, pipelined);
    }
    out.write_all(&GZIP_HEADER).map_err(split)?;
    let mut crc = Crc::new();
    let mut adler = Adler32::new();
    inflate_raw(
        &mut counted,
        |i| out.write_all(i).map_err(split),
        |o| {
            crc.update(o);
            adler.update(o);
        },
    )?;
    let (t, got) = read_head::<4, _>(&mut counted).map_err(StreamError::Input)?;
    if got < 4 {
        return Err(StreamError::Input(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "zlib stream ends before its checksum",
        )));
    }
    if u32::from_be_bytes(t) != adler.value() {
        return Err(StreamError::Input(bad("zlib checksum mismatch")));
    }
    let mut trailer = [0u8; 8];
    trailer[..4].copy_from_slice(&crc.sum().to_le_bytes());
    trailer[4..].copy_from_slice(&crc.amount().to_le_bytes());
    out.write_all(&trailer).map_err(split)?;
    // Whatever follows the stream in its chunks is ignored, as zlib's inflate ignores it.
    Ok(counted.n)
}

/// Where the deflate data of a single-member gzip file is, and its Adler-32.
struct GzipScan {
    header_len: u64,
    deflate_len: u64,
    adler: u32,
}

/// Parses a gzip member header (RFC 1952); `None` when it is not one we re-wrap.
fn gzip_header_len<R: BufRead + ?Sized>(r: &mut R) -> io::Result<Option<u64>> {
    let (h, got) = read_head::<10, _>(r)?;
    if got < 10 || h[0] != 0x1f || h[1] != 0x8b || h[2] != 8 || h[3] & 0xe0 != 0 {
        return Ok(None);
    }
    let flg = h[3];
    let mut len = 10u64;
    if flg & 0x04 != 0 {
        let (x, got) = read_head::<2, _>(r)?;
        if got < 2 {
            return Ok(None);
        }
        let xlen = u64::from(u16::from_le_bytes(x));
        let skipped = io::copy(&mut r.take(xlen), &mut io::sink())?;
        if skipped != xlen {
            return Ok(None);
        }
        len += 2 + xlen;
    }
    for bit in [0x08u8, 0x10] {
        if flg & bit != 0 {
            let mut s = Vec::new();
            let n = r.take(65536).read_until(0, &mut s)?;
            if s.last() != Some(&0) {
                return Ok(None);
            }
            len += n as u64;
        }
    }
    if flg & 0x02 != 0 {
        let (_, got) = read_head::<2, _>(r)?;
        if got < 2 {
            return Ok(None);
        }
        len += 2;
    }
    Ok(Some(len))
}

/// First pass over a gzip file: the deflate data's extent and Adler-32; `None` when the file
/// is not a single gzip member (it is then transcoded).
fn scan_gzip(path: &std::path::Path) -> Result<Option<GzipScan>, StreamError> {
    let f = std::fs::File::open(path).map_err(StreamError::Input)?;
    let mut r = BufReader::with_capacity(BUF, f);
    let Some(header_len) = gzip_header_len(&mut r).map_err(StreamError::Input)? else {
        return Ok(None);
    };
    let mut crc = Crc::new();
    let mut adler = Adler32::new();
    let mut deflate_len = 0u64;
    let r2 = inflate_raw(
        &mut r,
        |i| {
            deflate_len += i.len() as u64;
            Ok(())
        },
        |o| {
            crc.update(o);
            adler.update(o);
        },
    );
    if r2.is_err() {
        // Let the transcoding path report the problem with the decoder's words.
        return Ok(None);
    }
    let (t, got) = read_head::<8, _>(&mut r).map_err(StreamError::Input)?;
    if got < 8
        || u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != crc.sum()
        || u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != crc.amount()
    {
        return Ok(None);
    }
    // A second member cannot be joined to the first without re-encoding.
    if !r.fill_buf().map_err(StreamError::Input)?.is_empty() {
        return Ok(None);
    }
    Ok(Some(GzipScan {
        header_len,
        deflate_len,
        adler: adler.value(),
    }))
}

/// A gzip file (directory format) to a custom-format zlib stream with the same deflate data:
/// one pass finds the data and its Adler-32, a second copies it.
fn gzip_to_zlib<W: Write + ?Sized>(
    src: &mut RawStream<'_>,
    enc: &Encoding,
    out: &mut W,
    pipelined: bool,
) -> Result<u64, StreamError> {
    let Some(path) = src.path.clone() else {
        return transcode(src, enc, out, pipelined);
    };
    let Some(scan) = scan_gzip(&path)? else {
        return transcode(src, enc, out, pipelined);
    };
    let f = std::fs::File::open(&path).map_err(StreamError::Input)?;
    let mut r = BufReader::with_capacity(BUF, f);
    let skipped = io::copy(&mut (&mut r).take(scan.header_len), &mut io::sink())
        .map_err(StreamError::Input)?;
    if skipped != scan.header_len {
        return Err(StreamError::Input(io::ErrorKind::UnexpectedEof.into()));
    }
    out.write_all(&ZLIB_HEADER).map_err(split)?;
    let copied = copy(&mut (&mut r).take(scan.deflate_len), out)?;
    if copied != scan.deflate_len {
        return Err(StreamError::Input(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "file changed while being read",
        )));
    }
    out.write_all(&scan.adler.to_be_bytes()).map_err(split)?;
    Ok(scan.header_len + scan.deflate_len + 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(n: usize) -> Vec<u8> {
        (0..n)
            .map(|i| ((i * 7919) % 251) as u8 ^ (i / 1000) as u8)
            .collect()
    }

    fn raw(alg: Compression, framing: Framing, b: Vec<u8>) -> RawStream<'static> {
        RawStream::new(alg, framing, Box::new(io::Cursor::new(b)))
    }

    fn encode(enc: Encoding, data: &[u8]) -> Vec<u8> {
        let mut e = Encoder::new(enc, Vec::new()).unwrap();
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn decode(alg: Compression, framing: Framing, b: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        codec::decoder(alg, framing, b)
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn adler32_matches_zlib() {
        let data = sample(100_000);
        let z = encode(
            Encoding {
                algorithm: Compression::Gzip,
                level: None,
                framing: Framing::CustomChunks,
            },
            &data,
        );
        let mut a = Adler32::new();
        a.update(&data);
        assert_eq!(a.value().to_be_bytes(), z[z.len() - 4..]);
        assert_eq!(Adler32::new().value(), 1);
    }

    #[test]
    fn every_plan_round_trips() {
        let algs = [
            Compression::None,
            Compression::Gzip,
            Compression::Lz4,
            Compression::Zstd,
        ];
        let framings = [Framing::CustomChunks, Framing::File];
        for len in [0usize, 1, 300_000] {
            let data = sample(len);
            for &a in &algs {
                for &fr in &framings {
                    let stored = encode(
                        Encoding {
                            algorithm: a,
                            level: None,
                            framing: fr,
                        },
                        &data,
                    );
                    for &b in &algs {
                        for &fr2 in &framings {
                            for pipelined in [false, true] {
                                let enc = Encoding {
                                    algorithm: b,
                                    level: None,
                                    framing: fr2,
                                };
                                let mut out = Vec::new();
                                write_stream(
                                    &mut raw(a, fr, stored.clone()),
                                    &enc,
                                    &mut out,
                                    pipelined,
                                )
                                .unwrap_or_else(|e| panic!("{a:?}/{fr:?} -> {b:?}/{fr2:?}: {e:?}"));
                                assert_eq!(
                                    decode(b, fr2, &out),
                                    data,
                                    "{a:?}/{fr:?} -> {b:?}/{fr2:?} len {len}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn gzip_file_rewrapped_into_zlib_keeps_deflate_data() {
        let data = sample(200_000);
        let gz = encode(
            Encoding {
                algorithm: Compression::Gzip,
                level: Some(9),
                framing: Framing::File,
            },
            &data,
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("1.dat.gz");
        std::fs::write(&p, &gz).unwrap();
        let mut rs = raw(Compression::Gzip, Framing::File, gz.clone());
        rs.path = Some(p.clone());
        let enc = Encoding {
            algorithm: Compression::Gzip,
            level: None,
            framing: Framing::CustomChunks,
        };
        assert_eq!(plan(rs.algorithm, rs.framing, true, &enc), Plan::GzipToZlib);
        let mut out = Vec::new();
        write_stream(&mut rs, &enc, &mut out, false).unwrap();
        // Same deflate bytes: header of 10, trailer of 8 in gzip; 2 and 4 in zlib.
        assert_eq!(&out[2..out.len() - 4], &gz[10..gz.len() - 8]);
        assert_eq!(decode(Compression::Gzip, Framing::CustomChunks, &out), data);

        // Two members: transcoded instead.
        let mut two = gz.clone();
        two.extend_from_slice(&gz);
        std::fs::write(&p, &two).unwrap();
        let mut rs = raw(Compression::Gzip, Framing::File, two);
        rs.path = Some(p);
        let mut out = Vec::new();
        write_stream(&mut rs, &enc, &mut out, false).unwrap();
        let mut want = data.clone();
        want.extend_from_slice(&data);
        assert_eq!(decode(Compression::Gzip, Framing::CustomChunks, &out), want);
    }

    #[test]
    fn corrupt_input_is_an_input_error() {
        let data = sample(50_000);
        let mut z = encode(
            Encoding {
                algorithm: Compression::Gzip,
                level: None,
                framing: Framing::CustomChunks,
            },
            &data,
        );
        let n = z.len();
        z[n - 2] ^= 0xff;
        let enc = Encoding {
            algorithm: Compression::Gzip,
            level: None,
            framing: Framing::File,
        };
        let r = write_stream(
            &mut raw(Compression::Gzip, Framing::CustomChunks, z),
            &enc,
            &mut Vec::new(),
            false,
        );
        assert!(matches!(r, Err(StreamError::Input(_))));
    }
}
