//! Where archive bytes come from once the TOC is read: a slice of the one mmap (seekable) or a
//! sequential stream (stdin, a pipe), both seen through the same `Src` trait so that block and
//! member walking is written once.

use std::io::{self, BufRead, BufReader, Read};

/// A positioned byte source.
pub(crate) trait Src: BufRead {
    /// Bytes consumed since the start of the input.
    fn pos(&self) -> u64;
    /// Skips `n` bytes; `UnexpectedEof` if fewer remain (the source is then at its end).
    fn skip(&mut self, n: u64) -> io::Result<()>;
}

impl<S: Src + ?Sized> Src for &mut S {
    fn pos(&self) -> u64 {
        (**self).pos()
    }
    fn skip(&mut self, n: u64) -> io::Result<()> {
        (**self).skip(n)
    }
}

/// A window on the mmap from `pos` to the end (or to `end`).
#[derive(Debug, Clone)]
pub(crate) struct SliceSrc<'a> {
    data: &'a [u8],
    pos: usize,
    /// Offset of `data[0]` in the file (for tar members).
    base: u64,
    /// The mapping `data` lies in, when consumed pages are to be given back.
    map: Option<&'a memmap2::Mmap>,
    /// Offset in `map` up to which pages were given back.
    released: usize,
}

/// Bytes consumed from a mapping after which their pages are given back.
pub(crate) const RELEASE_EVERY: usize = 8 << 20;

impl<'a> SliceSrc<'a> {
    pub(crate) fn new(data: &'a [u8], pos: usize) -> Self {
        SliceSrc {
            data,
            pos: pos.min(data.len()),
            base: 0,
            map: None,
            released: 0,
        }
    }

    /// A source over a sub-slice that starts at file offset `base`.
    pub(crate) fn with_base(data: &'a [u8], base: u64) -> Self {
        SliceSrc {
            data,
            pos: 0,
            base,
            map: None,
            released: 0,
        }
    }

    /// Gives the pages of `map` (which `data` must lie in) back to the kernel as they are
    /// consumed, so that streaming a large mapped archive keeps the resident set small, as
    /// reading it with `read(2)` would.
    pub(crate) fn releasing(mut self, map: Option<&'a memmap2::Mmap>) -> Self {
        if let Some(m) = map {
            let start = self.data.as_ptr() as usize;
            let m_start = m.as_ptr() as usize;
            if start >= m_start && start + self.data.len() <= m_start + m.len() {
                self.map = Some(m);
                self.released = start - m_start + self.pos;
            }
        }
        self
    }

    fn moved(&mut self) {
        let Some(m) = self.map else { return };
        let here = self.data.as_ptr() as usize - m.as_ptr() as usize + self.pos;
        if here >= self.released + RELEASE_EVERY {
            release(m, self.released, here);
            self.released = here;
        }
    }
}

/// Gives the whole pages inside `[from, to)` of a mapping back to the kernel.
#[allow(unsafe_code)]
pub(crate) fn release(map: &memmap2::Mmap, from: usize, to: usize) {
    const PAGE: usize = 4096;
    let start = from.div_ceil(PAGE) * PAGE;
    let end = (to / PAGE) * PAGE;
    if end <= start || end > map.len() {
        return;
    }
    // SAFETY: the mapping is a read-only mapping of a file never written through it.
    // MADV_DONTNEED only drops pages from this process: touching them again faults them back
    // in from the file with the same content, so slices borrowed from the mapping stay valid
    // and unchanged. Failure only means the pages stay resident, so the result is ignored.
    let _ = unsafe {
        map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, start, end - start)
    };
}

impl Read for SliceSrc<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = &self.data[self.pos..];
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.pos += n;
        self.moved();
        Ok(n)
    }
}

impl BufRead for SliceSrc<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        Ok(&self.data[self.pos..])
    }
    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.data.len());
        self.moved();
    }
}

impl Src for SliceSrc<'_> {
    fn pos(&self) -> u64 {
        self.base + self.pos as u64
    }
    fn skip(&mut self, n: u64) -> io::Result<()> {
        let left = (self.data.len() - self.pos) as u64;
        if n > left {
            self.pos = self.data.len();
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        self.pos += n as usize;
        self.moved();
        Ok(())
    }
}

/// A sequential input (standard input, a pipe), counted.
pub(crate) struct StreamSrc {
    rd: BufReader<Box<dyn Read + Send>>,
    pos: u64,
}

impl std::fmt::Debug for StreamSrc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamSrc").field("pos", &self.pos).finish()
    }
}

impl StreamSrc {
    /// `ahead` holds bytes already read from `rd` (format sniffing, TOC parsing), starting at
    /// offset `pos`.
    pub(crate) fn new(ahead: Vec<u8>, rd: Box<dyn Read + Send>, pos: u64) -> Self {
        let chained: Box<dyn Read + Send> = if ahead.is_empty() {
            rd
        } else {
            Box::new(io::Cursor::new(ahead).chain(rd))
        };
        StreamSrc {
            rd: BufReader::with_capacity(1 << 16, chained),
            pos,
        }
    }
}

impl Read for StreamSrc {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.rd.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl BufRead for StreamSrc {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.rd.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.rd.consume(amt);
        self.pos += amt as u64;
    }
}

impl Src for StreamSrc {
    fn pos(&self) -> u64 {
        self.pos
    }
    fn skip(&mut self, mut n: u64) -> io::Result<()> {
        while n > 0 {
            let avail = loop {
                match self.rd.fill_buf() {
                    Ok(b) => break b.len(),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                }
            };
            if avail == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            let k = avail.min(usize::try_from(n).unwrap_or(usize::MAX));
            self.consume(k);
            n -= k as u64;
        }
        Ok(())
    }
}

/// At most `remaining` bytes of a source (a tar member). The source ending first is a
/// truncation of the data of entry `id`, not a short member.
pub(crate) struct Limited<S> {
    pub src: S,
    pub remaining: u64,
    pub id: crate::toc::DumpId,
}

impl<S: Src> Read for Limited<S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<S: Src> BufRead for Limited<S> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.remaining == 0 {
            return Ok(&[]);
        }
        let (rem, at, id) = (self.remaining, self.src.pos(), self.id);
        let b = self.src.fill_buf()?;
        if b.is_empty() {
            return Err(crate::error::DataError::Truncated {
                id,
                offset: at,
                what: format!("tar member data ({rem} more bytes expected)"),
                file: "input".into(),
            }
            .into_io());
        }
        let n = b.len().min(usize::try_from(rem).unwrap_or(usize::MAX));
        Ok(&b[..n])
    }
    fn consume(&mut self, amt: usize) {
        let amt = amt.min(usize::try_from(self.remaining).unwrap_or(usize::MAX));
        self.src.consume(amt);
        self.remaining -= amt as u64;
    }
}

impl<S: Src> Src for Limited<S> {
    fn pos(&self) -> u64 {
        self.src.pos()
    }
    fn skip(&mut self, n: u64) -> io::Result<()> {
        if n > self.remaining {
            let r = self.remaining;
            self.remaining = 0;
            self.src.skip(r)?;
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        self.src.skip(n)?;
        self.remaining -= n;
        Ok(())
    }
}

/// Reads until `buf` is full or the input ends; returns how many bytes were read.
pub(crate) fn read_up_to<R: Read + ?Sized>(r: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}
