//! The codecs of table and large-object data as streaming `Read` adapters: none, gzip (a zlib
//! stream inside custom-format chunks, real gzip members in directory files), LZ4 frames and
//! zstd frames (`compress_gzip.c`, `compress_lz4.c`, `compress_zstd.c`).
//!
//! Memory stays bounded whatever the input: each decoder holds at most one block or window.
//! Empty compressed input decodes to nothing, because pg_dump writes zero-length `.lz4` and
//! `.zst` files for empty large objects (format spec §8.2).

use std::io::{self, BufRead, Read};

use crate::header::Compression;

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
        (Compression::Zstd, _) => Box::new(zstd::stream::read::Decoder::with_buffer(r)?),
    })
}

const LZ4_MAGIC: u32 = 0x184D_2204;
/// Skippable frames: magic 0x184D2A50 to 0x184D2A5F, a 4-byte size, then that many bytes.
const LZ4_SKIPPABLE_MASK: u32 = 0xFFFF_FFF0;
const LZ4_SKIPPABLE: u32 = 0x184D_2A50;
/// History an LZ4 linked block may refer to.
const LZ4_WINDOW: usize = 64 * 1024;

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
pub struct Lz4FrameReader<R> {
    inner: R,
    frame: Option<FrameInfo>,
    /// Decoded bytes of the current block and how many were handed out.
    out: Vec<u8>,
    out_pos: usize,
    /// The last `LZ4_WINDOW` decoded bytes of the current frame (linked blocks).
    window: Vec<u8>,
    src: Vec<u8>,
    frames: u64,
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

impl<R: BufRead> Lz4FrameReader<R> {
    pub fn new(inner: R) -> Self {
        Lz4FrameReader {
            inner,
            frame: None,
            out: Vec::new(),
            out_pos: 0,
            window: Vec::new(),
            src: Vec::new(),
            frames: 0,
        }
    }

    fn read_exact_or_trunc(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.inner.read_exact(buf).map_err(|e| {
            if e.kind() == io::ErrorKind::UnexpectedEof {
                truncated_frame()
            } else {
                e
            }
        })
    }

    fn u32(&mut self) -> io::Result<u32> {
        let mut b = [0u8; 4];
        self.read_exact_or_trunc(&mut b)?;
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

    /// Starts the next frame; false at a clean end of input (between frames).
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
            self.read_exact_or_trunc(&mut d)?;
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
                self.read_exact_or_trunc(&mut size)?;
            }
            // Header checksum byte (xxh32 of the descriptor): not verified.
            let mut hc = [0u8; 1];
            self.read_exact_or_trunc(&mut hc)?;
            self.frame = Some(FrameInfo {
                block_max,
                linked: flg & 0x20 == 0,
                block_checksum: flg & 0x10 != 0,
                content_checksum: flg & 0x04 != 0,
            });
            self.window.clear();
            self.frames += 1;
            return Ok(true);
        }
    }

    /// Decodes the next block into `out`; false when the frame ended.
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
        self.src.resize(len, 0);
        let mut src = std::mem::take(&mut self.src);
        let r = self.read_exact_or_trunc(&mut src);
        self.src = src;
        r?;
        if info.block_checksum {
            self.u32()?;
        }
        self.out.clear();
        if stored {
            self.out.extend_from_slice(&self.src);
        } else {
            self.out.resize(info.block_max, 0);
            let n = if info.linked && !self.window.is_empty() {
                lz4_flex::block::decompress_into_with_dict(&self.src, &mut self.out, &self.window)
            } else {
                lz4_flex::block::decompress_into(&self.src, &mut self.out)
            }
            .map_err(|e| bad(&format!("corrupt LZ4 block: {e}")))?;
            self.out.truncate(n);
        }
        self.out_pos = 0;
        if info.linked {
            // Keep the last 64 KiB of output as the dictionary of the next block.
            if self.out.len() >= LZ4_WINDOW {
                self.window.clear();
                self.window
                    .extend_from_slice(&self.out[self.out.len() - LZ4_WINDOW..]);
            } else {
                let keep = LZ4_WINDOW - self.out.len();
                if self.window.len() > keep {
                    self.window.drain(..self.window.len() - keep);
                }
                self.window.extend_from_slice(&self.out);
            }
        }
        Ok(true)
    }
}

impl<R: BufRead> Read for Lz4FrameReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if self.out_pos < self.out.len() {
                let n = (self.out.len() - self.out_pos).min(buf.len());
                buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                return Ok(n);
            }
            match self.frame {
                None => {
                    if !self.start_frame()? {
                        return Ok(0);
                    }
                }
                Some(info) => {
                    self.next_block(info)?;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
