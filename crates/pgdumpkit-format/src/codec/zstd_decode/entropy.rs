//! Entropy decoding of zstd compressed blocks (RFC 8878 §4): the backward bit reader, FSE
//! tables, Huffman-coded literals and the sequences section.
//!
//! Both run on the worker that decodes ahead of execution (see the parent module); the
//! Huffman-coded literals of a block can also be left to the executing thread
//! ([`Deferred`]), which is how the two threads share the work evenly.
//!
//! Every table index is masked to the table's fixed size and every length read from the
//! input is checked before it is used: malformed input gives an error, never a panic.

use std::io;
use std::sync::Arc;

/// The largest block content and block output, `Block_Maximum_Size` (RFC 8878 §3.1.1.2.3).
pub(super) const BLOCK_MAX: usize = 128 * 1024;

/// Bytes of padding after the literals of a block: literals are copied 16 bytes at a time.
pub(super) const WILD: usize = 16;

pub(super) fn corrupt(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("corrupt zstd data: {what}"),
    )
}

#[inline(always)]
fn le64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_le_bytes(a)
}

fn highbit(v: u32) -> u32 {
    31 - v.leading_zeros()
}

// ------------------------------------------------------------------------------------------
// The backward bit reader (RFC 8878 §4.1): the last byte holds a 1 bit above the data; fields
// are read from there towards the first byte, most significant bit first.

struct BitRev<'a> {
    src: &'a [u8],
    /// `src[ptr..ptr + 8]` is loaded (for inputs under 8 bytes: all of `src`, as the low
    /// bytes of a 64-bit little-endian word whose missing high bytes count as consumed).
    ptr: usize,
    word: u64,
    /// Bits of `word` consumed, from the top. Above 64 means more bits were read than the
    /// stream holds (they read as zeros). Reads depend on this count only, not on each
    /// other: a chain of additions, as in libzstd's `BIT_DStream_t`.
    consumed: u32,
}

impl<'a> BitRev<'a> {
    fn new(src: &'a [u8]) -> io::Result<Self> {
        let Some(&last) = src.last() else {
            return Err(corrupt("empty bitstream"));
        };
        if last == 0 {
            return Err(corrupt("bitstream without end mark"));
        }
        // The end mark and the zeros above it.
        let marker = last.leading_zeros() + 1;
        Ok(if src.len() >= 8 {
            BitRev {
                src,
                ptr: src.len() - 8,
                word: le64(&src[src.len() - 8..]),
                consumed: marker,
            }
        } else {
            let mut b = [0u8; 8];
            b[..src.len()].copy_from_slice(src);
            BitRev {
                src,
                ptr: 0,
                word: u64::from_le_bytes(b),
                consumed: marker + 8 * (8 - src.len() as u32),
            }
        })
    }

    /// The next `n` bits (`n` < 64). At most 57 bits may be read between reloads.
    #[inline(always)]
    fn read(&mut self, n: u32) -> u64 {
        let v = self.look(n);
        self.consumed += n;
        v
    }

    /// The next `n` bits (`n` < 64), left in place.
    #[inline(always)]
    fn look(&self, n: u32) -> u64 {
        ((self.word << (self.consumed & 63)) >> 1) >> (63 - n)
    }

    #[inline(always)]
    fn skip(&mut self, n: u32) {
        self.consumed += n;
    }

    /// Reloads so that at least 57 bits can be read, as far as the stream has them.
    #[inline(always)]
    fn reload(&mut self) {
        if self.ptr >= 8 && self.consumed <= 64 {
            self.ptr -= (self.consumed >> 3) as usize;
            self.consumed &= 7;
            self.word = le64(&self.src[self.ptr..]);
        } else {
            self.reload_tail();
        }
    }

    /// The first bytes of the stream: the word cannot move a whole 8 bytes any more.
    #[cold]
    fn reload_tail(&mut self) {
        if self.consumed > 64 || self.ptr == 0 {
            return;
        }
        let n = ((self.consumed >> 3) as usize).min(self.ptr);
        self.ptr -= n;
        self.consumed -= 8 * n as u32;
        self.word = le64(&self.src[self.ptr..]);
    }

    /// More bits were read than the stream holds.
    fn overflowed(&self) -> bool {
        self.ptr == 0 && self.consumed > 64
    }

    /// Every bit was read, no more: how every zstd bitstream must end.
    fn finished(&self) -> bool {
        self.ptr == 0 && self.consumed == 64
    }
}

// ------------------------------------------------------------------------------------------
// FSE (RFC 8878 §4.1.1).

/// Normalized counts of up to 256 symbols; -1 is "less than 1".
type Norm = [i16; 256];

/// Reads an FSE table description: fills `norm` for symbols `0..=max`, returns
/// (bytes used, accuracy log, largest symbol described).
fn read_ncount(
    src: &[u8],
    max_symbol: usize,
    max_log: u32,
    norm: &mut Norm,
) -> io::Result<(usize, u32, usize)> {
    // Little-endian bits read forwards; bits past the end read as zeros, and using any of
    // them is an error found at the end.
    let bits_at = |pos: usize| -> u32 {
        let mut b = [0u8; 8];
        let start = pos / 8;
        if start < src.len() {
            let n = (src.len() - start).min(8);
            b[..n].copy_from_slice(&src[start..start + n]);
        }
        (u64::from_le_bytes(b) >> (pos % 8)) as u32
    };
    let log = (bits_at(0) & 15) + 5;
    if log > max_log {
        return Err(corrupt("FSE accuracy log too large"));
    }
    let mut pos = 4usize;
    let mut remaining: i32 = (1 << log) + 1;
    let mut threshold: i32 = 1 << log;
    let mut nb_bits = log + 1;
    let mut symbol = 0usize;
    let mut previous_zero = false;
    norm.fill(0);
    while remaining > 1 && symbol <= max_symbol {
        if previous_zero {
            // Runs of zero probabilities: 2-bit repeat counts, 3 meaning "and more".
            loop {
                let r = (bits_at(pos) & 3) as usize;
                pos += 2;
                symbol += r;
                if r != 3 || symbol > max_symbol {
                    break;
                }
            }
            if symbol > max_symbol {
                break;
            }
        }
        let bits = bits_at(pos) as i32;
        let max = (2 * threshold - 1) - remaining;
        let mut count;
        if (bits & (threshold - 1)) < max {
            count = bits & (threshold - 1);
            pos += nb_bits as usize - 1;
        } else {
            count = bits & (2 * threshold - 1);
            if count >= threshold {
                count -= max;
            }
            pos += nb_bits as usize;
        }
        count -= 1;
        remaining -= count.abs();
        norm[symbol] = count as i16;
        symbol += 1;
        previous_zero = count == 0;
        while remaining < threshold {
            nb_bits -= 1;
            threshold >>= 1;
        }
    }
    if remaining != 1 || symbol == 0 {
        return Err(corrupt("invalid FSE table description"));
    }
    let used = pos.div_ceil(8);
    if used > src.len() {
        return Err(corrupt("truncated FSE table description"));
    }
    Ok((used, log, symbol - 1))
}

/// One state of a decoding table before its symbol is given meaning: (symbol, bits to read
/// for the next state, base of the next state).
type Spread = (u8, u8, u16);

/// Spreads the symbols of `norm` over `1 << log` states and derives each state's successor
/// (RFC 8878 §4.1.1, "FSE decoding: from normalized distribution to decoding tables").
fn fse_spread(norm: &Norm, max_symbol: usize, log: u32, out: &mut Vec<Spread>) -> io::Result<()> {
    let size = 1usize << log;
    out.clear();
    out.resize(size, (0, 0, 0));
    let mut next = [0u32; 256];
    // "Less than 1" symbols take one state each, from the top.
    let mut high = size;
    for (s, &n) in norm.iter().enumerate().take(max_symbol + 1) {
        if n == -1 {
            high = high
                .checked_sub(1)
                .ok_or_else(|| corrupt("invalid FSE distribution"))?;
            out[high].0 = s as u8;
            next[s] = 1;
        } else {
            next[s] = n.max(0) as u32;
        }
    }
    let step = (size >> 1) + (size >> 3) + 3;
    let mask = size - 1;
    let mut pos = 0usize;
    for (s, &n) in norm.iter().enumerate().take(max_symbol + 1) {
        for _ in 0..n.max(0) {
            out[pos].0 = s as u8;
            pos = (pos + step) & mask;
            while pos >= high {
                pos = (pos + step) & mask;
            }
        }
    }
    if pos != 0 {
        return Err(corrupt("invalid FSE distribution"));
    }
    for e in out.iter_mut() {
        let s = e.0 as usize;
        let n = next[s];
        next[s] += 1;
        // `n` is at least 1 and below 2 * size: the shift stays within `log`.
        let nb = log - highbit(n);
        e.1 = nb as u8;
        e.2 = ((n << nb) - size as u32) as u16;
    }
    Ok(())
}

// ------------------------------------------------------------------------------------------
// Huffman literals (RFC 8878 §4.2).

/// The largest Huffman code length accepted (libzstd's `HUF_TABLELOG_MAX`).
const HUF_MAX_LOG: u32 = 12;
const HUF_SIZE: usize = 1 << HUF_MAX_LOG;

/// A Huffman decoding table: `symbol << 8 | length`, indexed by the next `log` bits of a
/// stream.
pub(super) struct HufTable {
    entries: Box<[u16; HUF_SIZE]>,
    log: u32,
}

impl std::fmt::Debug for HufTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HufTable")
            .field("log", &self.log)
            .finish_non_exhaustive()
    }
}

/// The literals of blocks: the Huffman table, which a block may reuse from an earlier one.
///
/// The table is shared (`Arc`) with the blocks whose literals were left to the thread that
/// executes them ([`Deferred`]); a new table is read in place when none is.
#[derive(Debug)]
pub(super) struct Literals {
    /// The table of this frame, if one was read ("treeless" literals reuse it).
    table: Option<Arc<HufTable>>,
    spread: Vec<Spread>,
}

/// Huffman-coded literals of a block, to be decoded by another thread than the one that
/// read their section header: the table and where the streams are.
#[derive(Debug)]
pub(super) struct Deferred {
    table: Arc<HufTable>,
    streams: std::ops::Range<usize>,
    regen: usize,
    four_streams: bool,
}

impl Deferred {
    /// Decodes the literals of block `src` into `out` (then [`WILD`] bytes of padding).
    pub(super) fn decode(&self, src: &[u8], out: &mut Vec<u8>) -> io::Result<()> {
        let streams = src
            .get(self.streams.clone())
            .ok_or_else(|| corrupt("truncated literals"))?;
        self.table
            .decode(streams, self.regen, self.four_streams, out)
    }
}

/// Where the literals of a block are and how they are stored, from the section header.
struct LitHeader {
    kind: u8,
    /// Header bytes.
    header: usize,
    /// Decoded size.
    regen: usize,
    /// Bytes after the header (1 for RLE).
    body: usize,
    four_streams: bool,
}

fn lit_header(src: &[u8]) -> io::Result<LitHeader> {
    let byte = |i: usize| -> io::Result<usize> {
        src.get(i)
            .map(|&b| b as usize)
            .ok_or_else(|| corrupt("truncated literals header"))
    };
    let b0 = byte(0)?;
    let kind = (b0 & 3) as u8;
    let size_format = (b0 >> 2) & 3;
    Ok(if kind < 2 {
        // Raw or RLE: one size of 5, 12 or 20 bits.
        let (regen, header) = match size_format {
            0 | 2 => (b0 >> 3, 1),
            1 => ((b0 >> 4) + (byte(1)? << 4), 2),
            _ => ((b0 >> 4) + (byte(1)? << 4) + (byte(2)? << 12), 3),
        };
        LitHeader {
            kind,
            header,
            regen,
            body: if kind == 0 { regen } else { 1 },
            four_streams: false,
        }
    } else {
        // Compressed or treeless: two sizes of 10, 14 or 18 bits.
        let (regen, comp, header) = match size_format {
            0 | 1 => {
                let v = (b0 >> 4) | (byte(1)? << 4) | (byte(2)? << 12);
                (v & 0x3FF, v >> 10, 3)
            }
            2 => {
                let v = (b0 >> 4) | (byte(1)? << 4) | (byte(2)? << 12) | (byte(3)? << 20);
                (v & 0x3FFF, v >> 14, 4)
            }
            _ => {
                let v = (b0 >> 4)
                    | (byte(1)? << 4)
                    | (byte(2)? << 12)
                    | (byte(3)? << 20)
                    | (byte(4)? << 28);
                (v & 0x3FFFF, v >> 18, 5)
            }
        };
        LitHeader {
            kind,
            header,
            regen,
            body: comp,
            four_streams: size_format != 0,
        }
    })
}

impl Literals {
    pub(super) fn new() -> Self {
        Literals {
            table: None,
            spread: Vec::new(),
        }
    }

    /// A new frame: no table to reuse.
    pub(super) fn reset(&mut self) {
        self.table = None;
    }

    /// The size of a block's literals section, from its header alone: where the sequences
    /// section starts. Errors are found again, in order, by [`Literals::decode`].
    pub(super) fn section_len(src: &[u8]) -> usize {
        match lit_header(src) {
            Ok(h) => (h.header + h.body).min(src.len()),
            Err(_) => src.len(),
        }
    }

    /// Reads the literals section at the start of block `src`. Decodes the literals into
    /// `out` (then [`WILD`] bytes of padding) and returns `None`; or, when `defer` and they
    /// are Huffman-coded, returns what decoding them needs. `out.len() - WILD` is the count.
    pub(super) fn decode(
        &mut self,
        src: &[u8],
        block_max: usize,
        out: &mut Vec<u8>,
        defer: bool,
    ) -> io::Result<Option<Deferred>> {
        let h = lit_header(src)?;
        if h.regen > block_max {
            return Err(corrupt("more literals than a block holds"));
        }
        let end = h.header + h.body;
        let body = src
            .get(h.header..end)
            .ok_or_else(|| corrupt("truncated literals"))?;
        out.clear();
        match h.kind {
            0 => out.extend_from_slice(body),
            1 => out.resize(h.regen, body[0]),
            _ => {
                if h.four_streams && h.regen < 6 {
                    return Err(corrupt("too few literals for four streams"));
                }
                let start = if h.kind == 2 {
                    h.header + self.read_table(body)?
                } else {
                    h.header
                };
                let table = self
                    .table
                    .clone()
                    .ok_or_else(|| corrupt("literals reuse a Huffman table that was never sent"))?;
                let d = Deferred {
                    table,
                    streams: start..end,
                    regen: h.regen,
                    four_streams: h.four_streams,
                };
                if defer {
                    return Ok(Some(d));
                }
                return d.decode(src, out).map(|()| None);
            }
        }
        out.resize(h.regen + WILD, 0);
        Ok(None)
    }

    /// Reads a Huffman tree description into the table, in place unless it is shared.
    fn read_table(&mut self, src: &[u8]) -> io::Result<usize> {
        if self.table.as_mut().and_then(Arc::get_mut).is_none() {
            self.table = Some(Arc::new(HufTable {
                entries: Box::new([0; HUF_SIZE]),
                log: 0,
            }));
        }
        let Some(t) = self.table.as_mut().and_then(Arc::get_mut) else {
            return Err(corrupt("internal error: a new Huffman table is shared"));
        };
        t.read(src, &mut self.spread)
    }
}

impl HufTable {
    /// Reads a Huffman tree description (RFC 8878 §4.2.1); returns the bytes used.
    fn read(&mut self, src: &[u8], spread: &mut Vec<Spread>) -> io::Result<usize> {
        let header = *src
            .first()
            .ok_or_else(|| corrupt("truncated Huffman tree"))? as usize;
        let mut weights = [0u8; 256];
        let (n, used);
        if header >= 128 {
            // Weights stored directly, 4 bits each.
            n = header - 127;
            let bytes = n.div_ceil(2);
            let body = src
                .get(1..1 + bytes)
                .ok_or_else(|| corrupt("truncated Huffman tree"))?;
            if n >= 256 {
                return Err(corrupt("too many Huffman weights"));
            }
            for (i, w) in weights.iter_mut().enumerate().take(n) {
                let b = body[i / 2];
                *w = if i % 2 == 0 { b >> 4 } else { b & 15 };
            }
            used = 1 + bytes;
        } else {
            let body = src
                .get(1..1 + header)
                .ok_or_else(|| corrupt("truncated Huffman tree"))?;
            n = fse_weights(body, &mut weights, spread)?;
            used = 1 + header;
        }
        // The last symbol's weight is implied: it brings the total to a power of two.
        let mut rank = [0u32; HUF_MAX_LOG as usize + 1];
        let mut total = 0u32;
        for &w in &weights[..n] {
            if u32::from(w) > HUF_MAX_LOG {
                return Err(corrupt("Huffman weight too large"));
            }
            rank[w as usize] += 1;
            total += (1 << w) >> 1;
        }
        if total == 0 {
            return Err(corrupt("empty Huffman tree"));
        }
        let log = highbit(total) + 1;
        if log > HUF_MAX_LOG {
            return Err(corrupt("Huffman codes too long"));
        }
        let rest = (1u32 << log) - total;
        if !rest.is_power_of_two() {
            return Err(corrupt("incomplete Huffman tree"));
        }
        let last = highbit(rest) + 1;
        weights[n] = last as u8;
        rank[last as usize] += 1;
        if rank[1] < 2 || rank[1] % 2 == 1 {
            return Err(corrupt("invalid Huffman tree"));
        }
        // Codes are handed out by increasing weight, then by symbol: a symbol of weight w
        // covers 2^(w-1) consecutive entries of the table.
        let mut start = [0usize; HUF_MAX_LOG as usize + 1];
        let mut pos = 0usize;
        for w in 1..=HUF_MAX_LOG as usize {
            start[w] = pos;
            pos += (rank[w] as usize) << (w - 1);
        }
        for (s, &w) in weights[..=n].iter().enumerate() {
            if w == 0 {
                continue;
            }
            let span = 1usize << (w - 1);
            let at = start[w as usize];
            let entry = ((s as u16) << 8) | (log + 1 - u32::from(w)) as u16;
            self.entries[at..at + span].fill(entry);
            start[w as usize] += span;
        }
        self.log = log;
        Ok(used)
    }

    /// Decodes `regen` literals from `streams` into `out` (then [`WILD`] bytes of padding).
    fn decode(
        &self,
        streams: &[u8],
        regen: usize,
        four_streams: bool,
        out: &mut Vec<u8>,
    ) -> io::Result<()> {
        out.clear();
        out.resize(regen + WILD, 0);
        if four_streams {
            self.decode4(streams, &mut out[..regen])
        } else {
            self.decode1(streams, &mut out[..regen])
        }
    }

    fn decode1(&self, src: &[u8], out: &mut [u8]) -> io::Result<()> {
        let mut br = BitRev::new(src)?;
        let (t, log) = (&*self.entries, self.log);
        // Four symbols of at most 12 bits between reloads.
        let mut chunks = out.chunks_exact_mut(4);
        for c in &mut chunks {
            br.reload();
            for o in c.iter_mut() {
                let e = t[br.look(log) as usize & (HUF_SIZE - 1)];
                *o = (e >> 8) as u8;
                br.skip(u32::from(e & 0xFF));
            }
        }
        for o in chunks.into_remainder() {
            br.reload();
            let e = t[br.look(log) as usize & (HUF_SIZE - 1)];
            *o = (e >> 8) as u8;
            br.skip(u32::from(e & 0xFF));
        }
        br.reload();
        if !br.finished() {
            return Err(corrupt("Huffman stream does not end where it should"));
        }
        Ok(())
    }

    fn decode4(&self, src: &[u8], out: &mut [u8]) -> io::Result<()> {
        // A jump table of three stream sizes, then the four streams.
        if src.len() < 10 {
            return Err(corrupt("truncated Huffman streams"));
        }
        let size = |i: usize| usize::from(u16::from_le_bytes([src[i], src[i + 1]]));
        let body = &src[6..];
        let starts = [0, size(0), size(0) + size(2), size(0) + size(2) + size(4)];
        if starts[3] > body.len() {
            return Err(corrupt("Huffman jump table out of range"));
        }
        let ends = [starts[1], starts[2], starts[3], body.len()];
        // Three segments of ceil(n / 4) symbols, the fourth has the rest.
        let seg = out.len().div_ceil(4);
        if 3 * seg > out.len() {
            return Err(corrupt("too few literals for four streams"));
        }
        let mut br = [0, 1, 2, 3].map(|k| BitRev::new(&body[starts[k]..ends[k]]));
        let [Ok(b0), Ok(b1), Ok(b2), Ok(b3)] = &mut br else {
            return Err(corrupt("invalid Huffman stream"));
        };
        let mut brs = [b0, b1, b2, b3];
        let (t, log) = (&*self.entries, self.log);
        let (o123, o4) = out.split_at_mut(3 * seg);
        let done = if log <= FAST_LOG {
            fast4(t, log, body, &starts, &mut brs, o123, o4, seg)
        } else {
            0
        };
        // The rest of each stream, checking its end.
        let (o1, rest) = o123.split_at_mut(seg);
        let (o2, o3) = rest.split_at_mut(seg);
        let outs = [o1, o2, o3, o4];
        for (r, o) in brs.into_iter().zip(outs) {
            for x in o[done..].iter_mut() {
                r.reload();
                let e = t[r.look(log) as usize & (HUF_SIZE - 1)];
                r.skip(u32::from(e & 0xFF));
                *x = (e >> 8) as u8;
            }
            r.reload();
            if !r.finished() {
                return Err(corrupt("Huffman stream does not end where it should"));
            }
        }
        Ok(())
    }
}

/// Table logs up to which [`fast4`] decodes five symbols per stream between reloads.
const FAST_LOG: u32 = 11;

/// The bulk of four Huffman streams, while each has 8 bytes left to load from: returns how
/// many symbols of each stream were decoded; `brs` continue from there.
///
/// Each stream is one word and one position (libzstd's `HUF_DecompressFastArgs`): the word
/// is shifted left as bits are used, with a marker bit below the data whose position
/// (trailing zeros) says how many bits were used since the load. The lookups of one stream
/// depend only on the previous shift; the four streams interleave.
#[allow(clippy::too_many_arguments)]
fn fast4(
    t: &[u16; HUF_SIZE],
    log: u32,
    body: &[u8],
    starts: &[usize; 4],
    brs: &mut [&mut BitRev<'_>; 4],
    o123: &mut [u8],
    o4: &mut [u8],
    seg: usize,
) -> usize {
    let shift = 64 - log;
    let mut bits = [0u64; 4];
    let mut ip = [0usize; 4];
    for k in 0..4 {
        let r = &*brs[k];
        if r.consumed > 8 {
            // A stream under 8 bytes: no fast path.
            return 0;
        }
        ip[k] = starts[k] + r.ptr;
        bits[k] = (r.word | 1) << r.consumed;
    }
    let (o1, rest) = o123.split_at_mut(seg);
    let (o2, o3) = rest.split_at_mut(seg);
    let mut i = 0;
    // 5 symbols of at most 11 bits after at most 8 used bits stay above the marker.
    while i + 5 <= o4.len() && (0..4).all(|k| ip[k] >= starts[k] + 8) {
        for k in 0..4 {
            let z = bits[k].trailing_zeros();
            ip[k] -= (z >> 3) as usize;
            bits[k] = (le64(&body[ip[k]..]) | 1) << (z & 7);
        }
        let (c1, c2, c3, c4) = (
            &mut o1[i..i + 5],
            &mut o2[i..i + 5],
            &mut o3[i..i + 5],
            &mut o4[i..i + 5],
        );
        let [b0, b1, b2, b3] = &mut bits;
        for j in 0..5 {
            let e = t[(*b0 >> shift) as usize & (HUF_SIZE - 1)];
            *b0 <<= e & 0xFF;
            c1[j] = (e >> 8) as u8;
            let e = t[(*b1 >> shift) as usize & (HUF_SIZE - 1)];
            *b1 <<= e & 0xFF;
            c2[j] = (e >> 8) as u8;
            let e = t[(*b2 >> shift) as usize & (HUF_SIZE - 1)];
            *b2 <<= e & 0xFF;
            c3[j] = (e >> 8) as u8;
            let e = t[(*b3 >> shift) as usize & (HUF_SIZE - 1)];
            *b3 <<= e & 0xFF;
            c4[j] = (e >> 8) as u8;
        }
        i += 5;
    }
    // Back to the careful readers: the word at `ip`, minus what was used of it.
    for k in 0..4 {
        let r = &mut *brs[k];
        r.ptr = ip[k] - starts[k];
        r.word = le64(&body[ip[k]..]);
        r.consumed = bits[k].trailing_zeros();
    }
    i
}

/// Decodes FSE-compressed Huffman weights (two interleaved states, accuracy log at most 6)
/// into `weights`; returns how many.
fn fse_weights(src: &[u8], weights: &mut [u8; 256], spread: &mut Vec<Spread>) -> io::Result<usize> {
    let mut norm: Norm = [0; 256];
    let (used, log, max_symbol) = read_ncount(src, 255, 6, &mut norm)?;
    fse_spread(&norm, max_symbol, log, spread)?;
    let table = &spread[..];
    let mask = table.len() - 1;
    let mut br = BitRev::new(&src[used..])?;
    br.reload();
    let mut s1 = br.read(log) as usize & mask;
    let mut s2 = br.read(log) as usize & mask;
    let mut n = 0usize;
    // Symbols alternate between the states until the stream is read past its end; then the
    // other state gives the last one (`FSE_decompress_usingDTable`).
    loop {
        for (cur, other) in [(0, 1), (1, 0)] {
            if n + 2 > 255 {
                return Err(corrupt("too many Huffman weights"));
            }
            let s = if cur == 0 { &mut s1 } else { &mut s2 };
            let (sym, nb, next) = table[*s];
            weights[n] = sym;
            n += 1;
            *s = (usize::from(next) + br.read(u32::from(nb)) as usize) & mask;
            br.reload();
            if br.overflowed() {
                let last = if other == 0 { s1 } else { s2 };
                weights[n] = table[last].0;
                return Ok(n + 1);
            }
        }
    }
}

// ------------------------------------------------------------------------------------------
// Sequences (RFC 8878 §3.1.1.3.2).

/// One sequence: copy `ll` literals, then `ml` bytes from `off` bytes back (decoded first
/// as an Offset_Value, then resolved against the repeat offsets).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Seq {
    pub ll: u32,
    pub ml: u32,
    pub off: u32,
}

/// One state of a sequence decoding table, packed in a u64 so that the hot loop keeps three
/// of them in three registers: the value's base (bits 32..64), its extra bits (24..32), the
/// bits to read for the next state (16..24) and the next state's base (0..16).
type SeqEntry = u64;

fn seq_entry(base: u32, extra: u8, nb_bits: u8, next: u16) -> SeqEntry {
    (u64::from(base) << 32)
        | (u64::from(extra) << 24)
        | (u64::from(nb_bits) << 16)
        | u64::from(next)
}

/// States in the largest sequence table (accuracy log 9).
const SEQ_SIZE: usize = 512;

const LL_BASE: [u32; 36] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 40, 48, 64,
    128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536,
];
const LL_BITS: [u8; 36] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4, 6, 7, 8, 9, 10, 11,
    12, 13, 14, 15, 16,
];
const ML_BASE: [u32; 53] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35, 37, 39, 41, 43, 47, 51, 59, 67, 83, 99, 131, 259, 515, 1027,
    2051, 4099, 8195, 16387, 32771, 65539,
];
const ML_BITS: [u8; 53] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
];
/// The predefined distributions (RFC 8878 §3.1.1.3.2.2).
const LL_DEFAULT: [i16; 36] = [
    4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 1, 1, 1, 1, 1,
    -1, -1, -1, -1,
];
const ML_DEFAULT: [i16; 53] = [
    1, 4, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1,
];
const OF_DEFAULT: [i16; 29] = [
    1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    LiteralLength,
    Offset,
    MatchLength,
}

impl Kind {
    fn max_symbol(self) -> usize {
        match self {
            Kind::LiteralLength => 35,
            Kind::MatchLength => 52,
            // Codes above 31 cannot be decoded on 64 bits (libzstd's `MaxOff`).
            Kind::Offset => 31,
        }
    }

    fn max_log(self) -> u32 {
        match self {
            Kind::LiteralLength | Kind::MatchLength => 9,
            Kind::Offset => 8,
        }
    }

    /// The base and extra bits of code `s`.
    fn value(self, s: usize) -> (u32, u8) {
        match self {
            Kind::LiteralLength => (LL_BASE[s], LL_BITS[s]),
            Kind::MatchLength => (ML_BASE[s], ML_BITS[s]),
            // Offset_Value = (1 << code) + `code` extra bits.
            Kind::Offset => (1 << s, s as u8),
        }
    }
}

/// The tables of the three kinds of code (literal lengths, offsets, match lengths), one
/// after the other, `SEQ_SIZE` states each.
type SeqTables = [SeqEntry; 3 * SEQ_SIZE];

/// Builds the table of `kind` from a distribution into `out`; returns its accuracy log.
fn build_table(
    kind: Kind,
    norm: &Norm,
    max_symbol: usize,
    log: u32,
    spread: &mut Vec<Spread>,
    out: &mut [SeqEntry],
) -> io::Result<u32> {
    if max_symbol > kind.max_symbol() || log > kind.max_log() {
        return Err(corrupt("invalid sequence table"));
    }
    fse_spread(norm, max_symbol, log, spread)?;
    for (e, &(s, nb, next)) in out.iter_mut().zip(spread.iter()) {
        let (base, extra) = kind.value(usize::from(s));
        *e = seq_entry(base, extra, nb, next);
    }
    Ok(log)
}

/// A predefined table (RFC 8878 §3.1.1.3.2.2): its states and accuracy log.
fn predefined(kind: Kind, spread: &mut Vec<Spread>) -> (Vec<SeqEntry>, u32) {
    let (dist, log): (&[i16], u32) = match kind {
        Kind::LiteralLength => (&LL_DEFAULT, 6),
        Kind::MatchLength => (&ML_DEFAULT, 6),
        Kind::Offset => (&OF_DEFAULT, 5),
    };
    let mut norm: Norm = [0; 256];
    norm[..dist.len()].copy_from_slice(dist);
    let mut t = vec![0; 1 << log];
    build_table(kind, &norm, dist.len() - 1, log, spread, &mut t)
        .expect("the predefined distributions are valid");
    (t, log)
}

/// The sequences of blocks: the decoding tables, which a block may reuse from an earlier
/// one, and the repeat offsets.
pub(super) struct Sequences {
    tables: Box<SeqTables>,
    logs: [u32; 3],
    predefined: [(Vec<SeqEntry>, u32); 3],
    /// A block with sequences was decoded in this frame: Repeat mode is allowed.
    have_tables: bool,
    rep: [u32; 3],
    spread: Vec<Spread>,
}

impl std::fmt::Debug for Sequences {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sequences")
            .field("logs", &self.logs)
            .field("have_tables", &self.have_tables)
            .field("rep", &self.rep)
            .finish_non_exhaustive()
    }
}

const KINDS: [Kind; 3] = [Kind::LiteralLength, Kind::Offset, Kind::MatchLength];

impl Sequences {
    pub(super) fn new() -> Self {
        let mut spread = Vec::new();
        let predefined = KINDS.map(|k| predefined(k, &mut spread));
        Sequences {
            tables: Box::new([0; 3 * SEQ_SIZE]),
            logs: [0; 3],
            predefined,
            have_tables: false,
            rep: [1, 4, 8],
            spread,
        }
    }

    /// A new frame: no tables to repeat, the initial repeat offsets.
    pub(super) fn reset(&mut self) {
        self.have_tables = false;
        self.rep = [1, 4, 8];
    }

    /// Decodes the sequences section `src` of a block whose output is at most `block_max`.
    pub(super) fn decode(
        &mut self,
        src: &[u8],
        block_max: usize,
        out: &mut Vec<Seq>,
    ) -> io::Result<()> {
        let b0 = *src
            .first()
            .ok_or_else(|| corrupt("missing sequences section"))?;
        let byte = |i: usize| -> io::Result<usize> {
            src.get(i)
                .map(|&b| b as usize)
                .ok_or_else(|| corrupt("truncated sequences header"))
        };
        let (nb, mut p) = match b0 {
            0 => {
                if src.len() != 1 {
                    return Err(corrupt("data after an empty sequences section"));
                }
                out.clear();
                return Ok(());
            }
            1..=127 => (usize::from(b0), 1),
            128..=254 => (((usize::from(b0) - 128) << 8) + byte(1)?, 2),
            255 => (byte(1)? + (byte(2)? << 8) + 0x7F00, 3),
        };
        // Each sequence copies at least 3 bytes into a block of at most `block_max`: this
        // also caps what is allocated for them.
        if nb > block_max / 3 {
            return Err(corrupt("more sequences than a block can hold"));
        }
        let modes = byte(p)?;
        p += 1;
        if modes & 3 != 0 {
            return Err(corrupt("reserved bits set in the sequences header"));
        }
        for (i, kind) in KINDS.into_iter().enumerate() {
            let mode = (modes >> (6 - 2 * i)) & 3;
            p += self.table(i, kind, mode, &src[p.min(src.len())..])?;
        }
        self.have_tables = true;
        // Every element is written: only what a longer vector adds is zeroed.
        out.truncate(nb);
        out.resize(nb, Seq::default());
        let d = Decoder::new(&self.tables, self.logs, &src[p.min(src.len())..])?;
        decode_all(d, out)?;
        self.resolve(out);
        Ok(())
    }

    /// Sets up the table of kind `i` for `mode`; returns the description bytes used.
    fn table(&mut self, i: usize, kind: Kind, mode: usize, src: &[u8]) -> io::Result<usize> {
        let t = &mut self.tables[i * SEQ_SIZE..(i + 1) * SEQ_SIZE];
        match mode {
            0 => {
                let (p, log) = &self.predefined[i];
                t[..p.len()].copy_from_slice(p);
                self.logs[i] = *log;
                Ok(0)
            }
            1 => {
                let first = src.first();
                let sym = usize::from(*first.ok_or_else(|| corrupt("truncated sequences header"))?);
                if sym > kind.max_symbol() {
                    return Err(corrupt("invalid RLE code in the sequences header"));
                }
                // One state, one symbol, no bits read.
                let (base, extra) = kind.value(sym);
                t[0] = seq_entry(base, extra, 0, 0);
                self.logs[i] = 0;
                Ok(1)
            }
            2 => {
                let mut norm: Norm = [0; 256];
                let (used, log, max) =
                    read_ncount(src, kind.max_symbol(), kind.max_log(), &mut norm)?;
                self.logs[i] = build_table(kind, &norm, max, log, &mut self.spread, t)?;
                Ok(used)
            }
            _ => {
                if !self.have_tables {
                    return Err(corrupt("sequences reuse tables that were never sent"));
                }
                Ok(0)
            }
        }
    }

    /// Turns the Offset_Values of `seqs` into offsets, with the repeat offsets carried from
    /// the block before (RFC 8878 §3.1.2.5).
    ///
    /// A pass of its own rather than part of the decoding loop: this chain of dependent
    /// steps then does not lengthen that one.
    fn resolve(&mut self, seqs: &mut [Seq]) {
        let [mut r0, mut r1, mut r2] = self.rep;
        for s in seqs.iter_mut() {
            // Above 3: a new offset. 1 to 3: a repeat offset, shifted by one when the
            // literal length is 0, where "4" means the first one minus 1. With masks
            // rather than branches: the cases follow no pattern a predictor could learn.
            let ofv = s.off;
            let new = 0u32.wrapping_sub(u32::from(ofv > 3));
            let idx = ofv.wrapping_sub(1).wrapping_add(u32::from(s.ll == 0));
            let odd = 0u32.wrapping_sub(idx & 1);
            let high = 0u32.wrapping_sub((idx >> 1) & 1);
            let low_pick = (r0 & !odd) | (r1 & odd);
            let high_pick = (r2 & !odd) | (r0.wrapping_sub(1) & odd);
            let repeat = (low_pick & !high) | (high_pick & high);
            let off = (ofv.wrapping_sub(3) & new) | (repeat & !new);
            // The second stays when the first was used, the third when the first or the
            // second was.
            let keep1 = !new & 0u32.wrapping_sub(u32::from(idx == 0));
            let keep2 = !new & 0u32.wrapping_sub(u32::from(idx <= 1));
            r2 = (r2 & keep2) | (r1 & !keep2);
            r1 = (r1 & keep1) | (r0 & !keep1);
            r0 = off;
            s.off = off;
        }
        self.rep = [r0, r1, r2];
    }
}

/// The state of one block's sequence decoding.
struct Decoder<'a> {
    br: BitRev<'a>,
    tables: [&'a [SeqEntry; SEQ_SIZE]; 3],
    state: [usize; 3],
}

impl<'a> Decoder<'a> {
    fn new(tables: &'a SeqTables, logs: [u32; 3], bits: &'a [u8]) -> io::Result<Self> {
        let slot = |k: usize| -> &'a [SeqEntry; SEQ_SIZE] {
            tables[k * SEQ_SIZE..(k + 1) * SEQ_SIZE]
                .try_into()
                .expect("a slot is SEQ_SIZE states")
        };
        let mut br = BitRev::new(bits)?;
        br.reload();
        // Initial states: literal length, offset, match length.
        let state = [0, 1, 2].map(|k| br.read(logs[k]) as usize);
        Ok(Decoder {
            br,
            tables: [slot(0), slot(1), slot(2)],
            state,
        })
    }

    /// The next sequence, its offset as the raw Offset_Value; then the next states unless
    /// it is the last one.
    #[inline(always)]
    fn next(&mut self, update: bool) -> Seq {
        const M: usize = SEQ_SIZE - 1;
        let [lt, ot, mt] = self.tables;
        let l = lt[self.state[0] & M];
        let o = ot[self.state[1] & M];
        let m = mt[self.state[2] & M];
        let extra = |e: u64| ((e >> 24) & 0xFF) as u32;
        let (el, eo, em) = (extra(l), extra(o), extra(m));
        let br = &mut self.br;
        // 57 bits after a reload: enough for the three values and the three states (at
        // most 26 bits) unless the values take more than 31. The values are read as one
        // field and split.
        br.reload();
        let long = eo + em + el > 31;
        let (ofv, ml, ll);
        if !long {
            let v = br.read(eo + em + el);
            ll = (l >> 32) as u32 + (v & ((1 << el) - 1)) as u32;
            ml = (m >> 32) as u32 + ((v >> el) & ((1 << em) - 1)) as u32;
            ofv = (o >> 32) as u32 + (v >> (el + em)) as u32;
        } else {
            ofv = (o >> 32) as u32 + br.read(eo) as u32;
            br.reload();
            ml = (m >> 32) as u32 + br.read(em) as u32;
            ll = (l >> 32) as u32 + br.read(el) as u32;
        }
        if update {
            if long {
                br.reload();
            }
            let nb = |e: u64| ((e >> 16) & 0xFF) as u32;
            let (bl, bm, bo) = (nb(l), nb(m), nb(o));
            let v = br.read(bl + bm + bo) as usize;
            self.state = [
                (l & 0xFFFF) as usize + (v >> (bm + bo)),
                (o & 0xFFFF) as usize + (v & ((1 << bo) - 1)),
                (m & 0xFFFF) as usize + ((v >> bo) & ((1 << bm) - 1)),
            ];
        }
        Seq { ll, ml, off: ofv }
    }

    /// Every bit must have been used.
    fn finish(mut self) -> io::Result<()> {
        self.br.reload();
        if !self.br.finished() {
            return Err(corrupt("sequences bitstream does not end where it should"));
        }
        Ok(())
    }
}

/// Decodes `out.len()` sequences (RFC 8878 §3.1.1.3.2.2). The hot loop of the entropy
/// stage: one reload of the bit reader per sequence, few live values (x86-64 has 16
/// registers).
#[inline(never)]
fn decode_all(mut d: Decoder<'_>, out: &mut [Seq]) -> io::Result<()> {
    let last = out.len().saturating_sub(1);
    for (i, s) in out.iter_mut().enumerate() {
        *s = d.next(i != last);
    }
    d.finish()
}
