//! The codecs of table and large-object data as streaming `Read` adapters: none, gzip (a zlib
//! stream inside custom-format chunks, real gzip members in directory files), LZ4 frames and
//! zstd frames (`compress_gzip.c`, `compress_lz4.c`, `compress_zstd.c`).
//!
//! Memory stays bounded whatever the input: each decoder holds at most one block or window
//! plus one output buffer (zstd: its window plus the few blocks it decodes ahead). Empty
//! compressed input decodes to nothing, because pg_dump writes zero-length `.lz4` and `.zst`
//! files for empty large objects (format spec §8.2).
//!
//! zstd is decoded by our own decoder, [`ZstdReader`], which uses a second thread for long
//! streams: with libzstd on one thread, a zstd restore cannot be faster than `pg_restore`.
//!
//! [`buffered_decoder`] is the fast path for reading table data: it hands out large slices
//! (a quarter to one MiB) that the caller writes on without copying them again.

use std::ffi::c_int;
use std::io::{self, BufRead, Read};

use crate::header::Compression;

mod zstd_decode;

pub use zstd_decode::ZstdReader;

/// Where the compressed bytes come from; decides what "gzip" means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// The concatenated chunks of a custom-format data block: gzip is a zlib stream (RFC 1950).
    CustomChunks,
    /// A directory-format data file: gzip is one or more gzip members (RFC 1952).
    File,
}

/// Wraps `r` in the decoder for `algorithm`.
pub fn decoder<'a, R: BufRead + 'a>(
    algorithm: Compression,
    framing: Framing,
    mut r: R,
) -> io::Result<Box<dyn Read + 'a>> {
    if algorithm != Compression::None && r.fill_buf()?.is_empty() {
        return Ok(Box::new(io::empty()));
    }
    Ok(match (algorithm, framing) {
        (Compression::None, _) => Box::new(r),
        (Compression::Gzip, Framing::CustomChunks) => {
            Box::new(flate2::bufread::ZlibDecoder::new(r))
        }
        (Compression::Gzip, Framing::File) => Box::new(flate2::bufread::MultiGzDecoder::new(r)),
        (Compression::Lz4, _) => Box::new(Lz4FrameReader::new(r)),
        (Compression::Zstd, _) => Box::new(ZstdReader::new(r)),
    })
}

/// Bytes a [`Filled`] decoder produces per `fill_buf`: as large as the script writer's
/// `BufWriter`, so that a whole buffer goes straight to `write(2)` without being copied.
pub const FILL_SIZE: usize = 256 * 1024;

/// Like [`decoder`], as a `BufRead` whose slices are large: the decoded bytes can be written
/// on straight from them. Uncompressed input is `r` itself; LZ4 and zstd hand out their own
/// rings of decoded blocks; gzip decodes into one [`FILL_SIZE`] buffer.
pub fn buffered_decoder<'a, R: BufRead + 'a>(
    algorithm: Compression,
    framing: Framing,
    mut r: R,
) -> io::Result<Box<dyn BufRead + 'a>> {
    if algorithm != Compression::None && r.fill_buf()?.is_empty() {
        return Ok(Box::new(io::empty()));
    }
    Ok(match (algorithm, framing) {
        (Compression::None, _) => Box::new(r),
        (Compression::Gzip, Framing::CustomChunks) => {
            Box::new(Filled::new(flate2::bufread::ZlibDecoder::new(r)))
        }
        (Compression::Gzip, Framing::File) => {
            Box::new(Filled::new(flate2::bufread::MultiGzDecoder::new(r)))
        }
        (Compression::Lz4, _) => Box::new(Lz4FrameReader::new(r)),
        (Compression::Zstd, _) => Box::new(ZstdReader::new(r)),
    })
}

/// A `BufRead` over a decoder that fills its whole buffer before handing it out. A decoder
/// returns what one step produced (a few KiB for gzip, whose custom-format chunks hold 4 KiB
/// of compressed data each); `BufReader` would hand out those small pieces, each then copied
/// into the writer's buffer.
///
/// The buffer starts small and doubles up to its maximum each time a fill finds more data
/// than it holds: a large object of a few bytes costs a few KiB, a table the full size.
pub struct Filled<R> {
    inner: R,
    buf: Vec<u8>,
    max: usize,
    pos: usize,
    end: usize,
    /// An error met after some bytes were read: reported once those are handed out.
    err: Option<io::Error>,
    eof: bool,
}

/// Where a [`Filled`] buffer starts.
const FILL_START: usize = 16 * 1024;

impl<R> std::fmt::Debug for Filled<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Filled")
            .field("capacity", &self.buf.len())
            .field("buffered", &(self.end - self.pos))
            .field("eof", &self.eof)
            .finish_non_exhaustive()
    }
}

impl<R: Read> Filled<R> {
    /// Buffers up to [`FILL_SIZE`] bytes.
    pub fn new(inner: R) -> Self {
        Self::with_capacity(FILL_SIZE, inner)
    }

    /// Buffers up to `max` bytes.
    pub fn with_capacity(max: usize, inner: R) -> Self {
        let max = max.max(1);
        Filled {
            inner,
            buf: vec![0u8; FILL_START.min(max)],
            max,
            pos: 0,
            end: 0,
            err: None,
            eof: false,
        }
    }
}

impl<R: Read> Read for Filled<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // A caller with a buffer at least as large as ours gains nothing from the copy.
        if self.pos == self.end && self.err.is_none() && buf.len() >= self.buf.len() {
            if self.eof {
                return Ok(0);
            }
            return self.inner.read(buf);
        }
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Filled<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.end {
            if let Some(e) = self.err.take() {
                return Err(e);
            }
            if self.end == self.buf.len() && self.end < self.max && !self.eof {
                // The last fill found the buffer too small.
                self.buf.resize((self.end * 2).min(self.max), 0);
            }
            self.pos = 0;
            self.end = 0;
            while !self.eof && self.end < self.buf.len() {
                match self.inner.read(&mut self.buf[self.end..]) {
                    Ok(0) => self.eof = true,
                    Ok(n) => self.end += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) if self.end == 0 => return Err(e),
                    Err(e) => {
                        self.err = Some(e);
                        break;
                    }
                }
            }
        }
        Ok(&self.buf[self.pos..self.end])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.end);
    }
}

const LZ4_MAGIC: u32 = 0x184D_2204;
/// Skippable frames: magic 0x184D2A50 to 0x184D2A5F, a 4-byte size, then that many bytes.
const LZ4_SKIPPABLE_MASK: u32 = 0xFFFF_FFF0;
const LZ4_SKIPPABLE: u32 = 0x184D_2A50;
/// History an LZ4 linked block may refer to.
const LZ4_WINDOW: usize = 64 * 1024;
/// Decoded bytes the ring holds besides the window: blocks are decoded ahead until it is full,
/// and handed out as one slice.
const LZ4_SPAN: usize = 1024 * 1024;

#[derive(Debug, Clone, Copy)]
struct FrameInfo {
    block_max: usize,
    linked: bool,
    block_checksum: bool,
    content_checksum: bool,
}

/// A decoder of LZ4 frames (the frame format written by `LZ4F_compress*`), with linked or
/// independent blocks, optional checksums (skipped, not verified), content size and
/// concatenated or skippable frames. A stream cut anywhere but between frames is an error.
///
/// Written here rather than taken from `lz4_flex::frame` because that decoder reports a frame
/// cut at a block boundary as a clean end of data.
///
/// Blocks are decoded straight into a ring: the block before is still in place in front of
/// the one being decoded and serves as its dictionary, so nothing is copied per block; only
/// when the ring is full are its last 64 KiB moved to the front. A compressed block that lies
/// whole in the input's buffer (custom-format chunks hold one block each) is decoded from
/// there without being copied first.
pub struct Lz4FrameReader<R> {
    inner: R,
    frame: Option<FrameInfo>,
    /// `ring[hist..end]` is the current frame's decoded history kept in place,
    /// `ring[pos..end]` the part not yet handed out (`hist <= pos <= end`).
    ring: Vec<u8>,
    hist: usize,
    pos: usize,
    end: usize,
    /// A compressed block that had to be gathered from several input buffers.
    src: Vec<u8>,
    frames: u64,
    /// An error met after blocks were decoded ahead: reported once those are handed out,
    /// so that a cut stream yields everything before the cut, as block by block reading did.
    err: Option<io::Error>,
}

impl<R: BufRead> std::fmt::Debug for Lz4FrameReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lz4FrameReader")
            .field("frame", &self.frame)
            .field("frames", &self.frames)
            .finish_non_exhaustive()
    }
}

fn bad(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_string())
}

fn truncated_frame() -> io::Error {
    io::Error::new(io::ErrorKind::UnexpectedEof, "truncated LZ4 frame")
}

fn read_exact_or_trunc<R: Read>(r: &mut R, buf: &mut [u8]) -> io::Result<()> {
    r.read_exact(buf).map_err(|e| {
        if e.kind() == io::ErrorKind::UnexpectedEof {
            truncated_frame()
        } else {
            e
        }
    })
}

/// liblz4 (built from source by `lz4-sys`), for the one function `lz4-sys` has no binding
/// for. Its block decoder is about a quarter faster than `lz4_flex`'s on pg_dump's data.
#[allow(unsafe_code)]
mod liblz4 {
    use std::ffi::{c_char, c_int};

    // Links the static liblz4 that `lz4-sys` builds.
    use lz4_sys as _;

    unsafe extern "C" {
        /// `lz4.h`: decodes one block with `dict` as the history before it; negative on
        /// malformed input. Fastest when `dst == dict + dict_size`.
        pub(super) fn LZ4_decompress_safe_usingDict(
            src: *const c_char,
            dst: *mut c_char,
            src_size: c_int,
            dst_capacity: c_int,
            dict_start: *const c_char,
            dict_size: c_int,
        ) -> c_int;
    }
}

/// Decodes block `src` into `ring[at..]`, with the `dict_len` bytes before `at` as its
/// dictionary (the history kept in place: liblz4's fast "prefix" case), or copies it there
/// when `stored`; returns its decoded length.
#[allow(unsafe_code)]
fn decode_block(
    src: &[u8],
    stored: bool,
    ring: &mut [u8],
    at: usize,
    dict_len: usize,
    block_max: usize,
) -> io::Result<usize> {
    if at > ring.len() || dict_len > at || (stored && ring.len() - at < src.len()) {
        return Err(bad("internal error: no room for an LZ4 block"));
    }
    let (before, out) = ring.split_at_mut(at);
    if stored {
        out[..src.len()].copy_from_slice(src);
        return Ok(src.len());
    }
    let dict = &before[at - dict_len..];
    let (Ok(src_size), Ok(capacity), Ok(dict_size)) = (
        c_int::try_from(src.len()),
        c_int::try_from(out.len()),
        c_int::try_from(dict.len()),
    ) else {
        return Err(bad("LZ4 block too large"));
    };
    // SAFETY: each pointer comes from a live slice of exactly the length passed with it: `src`
    // and `dict` are only read, `out` is borrowed exclusively and does not overlap `dict`
    // (`split_at_mut`). `LZ4_decompress_safe_usingDict` is liblz4's bounds-checked decoder:
    // whatever the input, it reads only `src[..src_size]` and `dict[..dict_size]` and writes
    // only `out[..capacity]` ("protected against malicious data packets", lz4.h), and reports
    // malformed input as a negative result. It keeps no pointer after returning.
    let n = unsafe {
        liblz4::LZ4_decompress_safe_usingDict(
            src.as_ptr().cast(),
            out.as_mut_ptr().cast(),
            src_size,
            capacity,
            dict.as_ptr().cast(),
            dict_size,
        )
    };
    let n = usize::try_from(n).map_err(|_| bad("corrupt LZ4 block"))?;
    // `out` may be longer than a block (the decoder stays on its fast path longer): a block
    // that decodes to more than the frame allows is damage.
    if n > block_max {
        return Err(bad("LZ4 block larger than the frame's maximum block size"));
    }
    Ok(n)
}

impl<R: BufRead> Lz4FrameReader<R> {
    pub fn new(inner: R) -> Self {
        Lz4FrameReader {
            inner,
            frame: None,
            ring: Vec::new(),
            hist: 0,
            pos: 0,
            end: 0,
            src: Vec::new(),
            frames: 0,
            err: None,
        }
    }

    fn u32(&mut self) -> io::Result<u32> {
        let mut b = [0u8; 4];
        read_exact_or_trunc(&mut self.inner, &mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    fn skip(&mut self, mut n: u64) -> io::Result<()> {
        while n > 0 {
            let avail = self.inner.fill_buf()?;
            if avail.is_empty() {
                return Err(truncated_frame());
            }
            let k = avail.len().min(usize::try_from(n).unwrap_or(usize::MAX));
            self.inner.consume(k);
            n -= k as u64;
        }
        Ok(())
    }

    /// Starts the next frame; false at a clean end of input (between frames). Everything
    /// decoded before must have been handed out.
    fn start_frame(&mut self) -> io::Result<bool> {
        loop {
            if self.inner.fill_buf()?.is_empty() {
                return Ok(false);
            }
            let magic = self.u32()?;
            if magic & LZ4_SKIPPABLE_MASK == LZ4_SKIPPABLE {
                let len = self.u32()?;
                self.skip(u64::from(len))?;
                continue;
            }
            if magic != LZ4_MAGIC {
                return Err(bad("not an LZ4 frame (bad magic number)"));
            }
            let mut d = [0u8; 2];
            read_exact_or_trunc(&mut self.inner, &mut d)?;
            let (flg, bd) = (d[0], d[1]);
            if flg >> 6 != 1 {
                return Err(bad("unsupported LZ4 frame version"));
            }
            if flg & 0x02 != 0 || bd & 0x8F != 0 {
                return Err(bad("reserved bits set in LZ4 frame descriptor"));
            }
            if flg & 0x01 != 0 {
                return Err(bad("LZ4 frames with a dictionary are not supported"));
            }
            let block_max = match (bd >> 4) & 0x7 {
                4 => 64 * 1024,
                5 => 256 * 1024,
                6 => 1024 * 1024,
                7 => 4 * 1024 * 1024,
                _ => return Err(bad("invalid LZ4 block maximum size")),
            };
            if flg & 0x08 != 0 {
                let mut size = [0u8; 8];
                read_exact_or_trunc(&mut self.inner, &mut size)?;
            }
            // Header checksum byte (xxh32 of the descriptor): not verified.
            let mut hc = [0u8; 1];
            read_exact_or_trunc(&mut self.inner, &mut hc)?;
            self.frame = Some(FrameInfo {
                block_max,
                linked: flg & 0x20 == 0,
                block_checksum: flg & 0x10 != 0,
                content_checksum: flg & 0x04 != 0,
            });
            // Room for the first block; `refill` grows the ring when there is a second.
            if self.ring.len() < block_max {
                self.ring.resize(block_max, 0);
            }
            self.hist = 0;
            self.pos = 0;
            self.end = 0;
            self.frames += 1;
            return Ok(true);
        }
    }

    /// Moves the window (the last 64 KiB of a linked frame's history) to the front of the
    /// ring, once everything decoded has been handed out.
    fn rewind(&mut self, info: FrameInfo) {
        let keep = if info.linked {
            (self.end - self.hist).min(LZ4_WINDOW)
        } else {
            0
        };
        self.ring.copy_within(self.end - keep..self.end, 0);
        self.hist = 0;
        self.pos = keep;
        self.end = keep;
    }

    /// Decodes the next block at `end`; false when the frame ended. The ring must have room
    /// for a whole block there.
    fn next_block(&mut self, info: FrameInfo) -> io::Result<bool> {
        let word = self.u32()?;
        if word == 0 {
            if info.content_checksum {
                self.u32()?;
            }
            self.frame = None;
            return Ok(false);
        }
        let stored = word & 0x8000_0000 != 0;
        let len = (word & 0x7FFF_FFFF) as usize;
        if len > info.block_max {
            return Err(bad("LZ4 block larger than the frame's maximum block size"));
        }
        let at = self.end;
        let dict_len = if info.linked {
            (at - self.hist).min(LZ4_WINDOW)
        } else {
            0
        };
        let avail = self.inner.fill_buf()?;
        let n = if avail.len() >= len {
            let n = decode_block(
                &avail[..len],
                stored,
                &mut self.ring,
                at,
                dict_len,
                info.block_max,
            )?;
            self.inner.consume(len);
            n
        } else {
            self.src.resize(len, 0);
            read_exact_or_trunc(&mut self.inner, &mut self.src[..len])?;
            decode_block(
                &self.src[..len],
                stored,
                &mut self.ring,
                at,
                dict_len,
                info.block_max,
            )?
        };
        if !info.linked {
            self.hist = self.end;
        }
        self.end += n;
        if info.block_checksum {
            self.u32()?;
        }
        Ok(true)
    }

    /// Decodes blocks until the ring is full or the frame ends, with at least one decoded
    /// byte to hand out unless the input ended cleanly. Called when all was handed out.
    fn refill(&mut self) -> io::Result<()> {
        if let Some(e) = self.err.take() {
            return Err(e);
        }
        match self.decode_ahead() {
            Err(e) if self.pos < self.end => {
                self.err = Some(e);
                Ok(())
            }
            r => r,
        }
    }

    fn decode_ahead(&mut self) -> io::Result<()> {
        loop {
            let Some(info) = self.frame else {
                if self.pos < self.end || !self.start_frame()? {
                    return Ok(());
                }
                continue;
            };
            if self.end + info.block_max > self.ring.len() {
                if self.pos < self.end {
                    return Ok(());
                }
                // The window and at least two blocks, at most 8 MiB + 64 KiB (4 MiB blocks):
                // only streams longer than a block pay for zeroing it, once.
                let full = LZ4_WINDOW + LZ4_SPAN.max(2 * info.block_max);
                if self.ring.len() < full {
                    self.ring.resize(full, 0);
                }
                if self.end + info.block_max > self.ring.len() {
                    self.rewind(info);
                }
            }
            if !self.next_block(info)? && self.pos < self.end {
                return Ok(());
            }
        }
    }
}

impl<R: BufRead> Read for Lz4FrameReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Lz4FrameReader<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.end {
            self.refill()?;
        }
        Ok(&self.ring[self.pos..self.end])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Pieces;

    fn lz4_frame(data: &[u8]) -> Vec<u8> {
        let mut enc = lz4_flex::frame::FrameEncoder::new(Vec::new());
        io::Write::write_all(&mut enc, data).unwrap();
        enc.finish().unwrap()
    }

    fn sample(n: usize) -> Vec<u8> {
        (0..n)
            .map(|i| (i % 251) as u8 ^ ((i / 7919) as u8))
            .collect()
    }

    fn decode(alg: Compression, framing: Framing, b: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        decoder(alg, framing, b)?.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn lz4_linked_blocks_and_concatenated_frames() {
        let data = sample(300_000);
        let mut f = lz4_frame(&data);
        assert_eq!(decode(Compression::Lz4, Framing::File, &f).unwrap(), data);
        f.extend_from_slice(&lz4_frame(b"tail"));
        let mut want = data.clone();
        want.extend_from_slice(b"tail");
        assert_eq!(decode(Compression::Lz4, Framing::File, &f).unwrap(), want);
    }

    /// Everything a `BufRead` hands out, and the largest slice.
    fn drain(mut r: impl BufRead) -> io::Result<(Vec<u8>, usize)> {
        let (mut out, mut largest) = (Vec::new(), 0);
        loop {
            let b = r.fill_buf()?;
            if b.is_empty() {
                return Ok((out, largest));
            }
            out.extend_from_slice(b);
            largest = largest.max(b.len());
            let n = b.len();
            r.consume(n);
        }
    }

    /// Compressible text with an incompressible stretch (stored blocks).
    fn mixed(n: usize) -> Vec<u8> {
        let mut seed = 0x9E37_79B9u32;
        let mut v = sample(n);
        for b in &mut v[n / 3..n / 3 + 100_000] {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            *b = (seed >> 24) as u8;
        }
        v
    }

    #[test]
    fn lz4_ring_decodes_every_block_mode_size_and_input_split() {
        use lz4_flex::frame::{BlockMode, BlockSize, FrameEncoder, FrameInfo};
        let data = mixed(1_300_000);
        for mode in [BlockMode::Linked, BlockMode::Independent] {
            for size in [BlockSize::Max64KB, BlockSize::Max256KB, BlockSize::Max4MB] {
                let info = FrameInfo::new()
                    .block_mode(mode)
                    .block_size(size)
                    .block_checksums(size == BlockSize::Max256KB)
                    .content_checksum(size == BlockSize::Max256KB);
                let mut enc = FrameEncoder::with_frame_info(info, Vec::new());
                io::Write::write_all(&mut enc, &data).unwrap();
                let frame = enc.finish().unwrap();
                // Whole blocks in one input slice (decoded in place) and split ones (gathered).
                for step in [usize::MAX, 70_000, 4096, 7] {
                    let what = format!("{mode:?} {size:?} step {step}");
                    let r = Lz4FrameReader::new(Pieces { data: &frame, step });
                    let (out, largest) = drain(r).expect(&what);
                    assert!(out == data, "{what}");
                    assert!(largest <= LZ4_SPAN.max(8 << 20), "{what}");
                    let mut small = Vec::new();
                    let mut r = Lz4FrameReader::new(Pieces { data: &frame, step });
                    let mut buf = [0u8; 1000];
                    loop {
                        let n = r.read(&mut buf).expect(&what);
                        if n == 0 {
                            break;
                        }
                        small.extend_from_slice(&buf[..n]);
                    }
                    assert!(small == data, "{what}: read");
                }
            }
        }
    }

    #[test]
    fn lz4_cut_stream_yields_the_blocks_before_the_cut() {
        use lz4_flex::frame::{BlockMode, BlockSize, FrameEncoder, FrameInfo};
        let data = sample(300_000);
        let info = FrameInfo::new()
            .block_mode(BlockMode::Linked)
            .block_size(BlockSize::Max64KB);
        let mut enc = FrameEncoder::with_frame_info(info, Vec::new());
        io::Write::write_all(&mut enc, &data).unwrap();
        let f = enc.finish().unwrap();
        let mut r = Lz4FrameReader::new(&f[..f.len() - 10]);
        let mut got = Vec::new();
        let mut buf = [0u8; 1000];
        let err = loop {
            match r.read(&mut buf) {
                Ok(0) => panic!("a cut stream ended cleanly"),
                Ok(n) => got.extend_from_slice(&buf[..n]),
                Err(e) => break e,
            }
        };
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
        assert!(got.len() >= 4 * 64 * 1024, "{}", got.len());
        assert!(data.starts_with(&got));
    }

    #[test]
    fn lz4_skippable_frames_are_skipped() {
        let mut f = vec![0x5A, 0x2A, 0x4D, 0x18, 3, 0, 0, 0, 1, 2, 3];
        f.extend_from_slice(&lz4_frame(b"abc"));
        f.extend_from_slice(&[0x50, 0x2A, 0x4D, 0x18, 0, 0, 0, 0]);
        f.extend_from_slice(&lz4_frame(b"def"));
        assert_eq!(
            decode(Compression::Lz4, Framing::File, &f).unwrap(),
            b"abcdef"
        );
        f.truncate(f.len() - 1);
        assert!(decode(Compression::Lz4, Framing::File, &f).is_err());
    }

    #[test]
    fn buffered_decoders_hand_out_large_slices() {
        let data = mixed(1_000_000);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut z, &data).unwrap();
        let z = z.finish().unwrap();
        let zs = zstd::encode_all(&data[..], 1).unwrap();
        let l = lz4_frame(&data);
        for (alg, bytes) in [
            (Compression::Gzip, &z),
            (Compression::Zstd, &zs),
            (Compression::Lz4, &l),
            (Compression::None, &data),
        ] {
            let r = buffered_decoder(
                alg,
                Framing::CustomChunks,
                Pieces {
                    data: bytes,
                    step: 4096,
                },
            )
            .unwrap();
            let (out, largest) = drain(r).unwrap();
            assert!(out == data, "{alg:?}");
            if alg != Compression::None {
                assert!(largest >= FILL_SIZE, "{alg:?}: largest slice {largest}");
            }
        }
    }

    /// Hands out `good` bytes a few at a time, then fails.
    struct FailsAfter {
        good: usize,
    }

    impl Read for FailsAfter {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.good == 0 {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "broken"));
            }
            let n = self.good.min(buf.len()).min(3);
            buf[..n].fill(b'x');
            self.good -= n;
            Ok(n)
        }
    }

    #[test]
    fn filled_hands_out_what_it_read_before_an_error() {
        let mut f = Filled::new(FailsAfter { good: 10 });
        assert_eq!(f.fill_buf().unwrap(), b"xxxxxxxxxx");
        f.consume(4);
        assert_eq!(f.fill_buf().unwrap(), b"xxxxxx");
        f.consume(6);
        assert_eq!(f.fill_buf().unwrap_err().kind(), io::ErrorKind::InvalidData);
        // The buffer grows up to its maximum, no further.
        let data = sample(3 * FILL_SIZE);
        let (out, largest) = drain(Filled::new(&data[..])).unwrap();
        assert!(out == data);
        assert_eq!(largest, FILL_SIZE);
    }

    #[test]
    fn lz4_truncation_anywhere_is_an_error() {
        let f = lz4_frame(&sample(200_000));
        for cut in (1..f.len()).step_by(997).chain([f.len() - 4, f.len() - 1]) {
            assert!(
                decode(Compression::Lz4, Framing::File, &f[..cut]).is_err(),
                "cut at {cut} of {}",
                f.len()
            );
        }
    }

    #[test]
    fn empty_input_is_empty_output() {
        for alg in [Compression::Gzip, Compression::Lz4, Compression::Zstd] {
            assert!(decode(alg, Framing::File, b"").unwrap().is_empty());
        }
    }

    #[test]
    fn gzip_means_zlib_in_chunks_and_gzip_in_files() {
        let data = sample(10_000);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        io::Write::write_all(&mut z, &data).unwrap();
        let z = z.finish().unwrap();
        assert_eq!(
            decode(Compression::Gzip, Framing::CustomChunks, &z).unwrap(),
            data
        );
        let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        io::Write::write_all(&mut g, &data).unwrap();
        let g = g.finish().unwrap();
        assert_eq!(decode(Compression::Gzip, Framing::File, &g).unwrap(), data);
        assert!(decode(Compression::Gzip, Framing::CustomChunks, &z[..z.len() - 3]).is_err());
    }

    #[test]
    fn zstd_frames() {
        let data = sample(100_000);
        let z = zstd::encode_all(&data[..], 3).unwrap();
        assert_eq!(decode(Compression::Zstd, Framing::File, &z).unwrap(), data);
        assert!(decode(Compression::Zstd, Framing::File, &z[..z.len() / 2]).is_err());
    }

    #[test]
    fn garbage_never_panics() {
        let mut seed = 0x1234_5678u32;
        for len in [1usize, 7, 12, 100, 5000] {
            let mut b: Vec<u8> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                    (seed >> 24) as u8
                })
                .collect();
            for alg in [Compression::Gzip, Compression::Lz4, Compression::Zstd] {
                let _ = decode(alg, Framing::File, &b);
                let _ = decode(alg, Framing::CustomChunks, &b);
            }
            // Also an LZ4 header followed by garbage blocks.
            let mut l = vec![0x04, 0x22, 0x4D, 0x18, 0x40, 0x40, 0xC0];
            l.append(&mut b);
            let _ = decode(Compression::Lz4, Framing::File, &l);
        }
    }
}
