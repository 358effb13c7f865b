//! A `Read` wrapper that returns little data per call, to prove that streaming parsers loop
//! until they have what they need (pipes and sockets do return short reads).

use std::io::{self, Read, Seek, SeekFrom};

/// Wraps a reader so that each `read` returns at most a few bytes, following a repeating
/// pattern of sizes, and optionally fails with [`io::ErrorKind::Interrupted`] now and then
/// (which callers must retry, as `read_exact` does).
#[derive(Debug)]
pub struct ShortRead<R> {
    inner: R,
    sizes: Vec<usize>,
    next_size: usize,
    interrupt_every: Option<usize>,
    calls: usize,
}

impl<R> ShortRead<R> {
    /// At most `max` bytes per call (`0` is taken as `1`: a zero-byte read means end of file).
    pub fn new(inner: R, max: usize) -> Self {
        Self::with_pattern(inner, &[max])
    }

    /// Read sizes cycling through `sizes`, e.g. `&[1, 7, 3]`; zeros are taken as `1` and an
    /// empty pattern as `[1]`.
    pub fn with_pattern(inner: R, sizes: &[usize]) -> Self {
        let mut sizes: Vec<usize> = sizes.iter().map(|&s| s.max(1)).collect();
        if sizes.is_empty() {
            sizes.push(1);
        }
        ShortRead {
            inner,
            sizes,
            next_size: 0,
            interrupt_every: None,
            calls: 0,
        }
    }

    /// Makes every `n`th call (the `n`th, `2n`th, ...) fail with `Interrupted` before reading;
    /// `0` turns interruptions off.
    pub fn with_interrupts(mut self, n: usize) -> Self {
        self.interrupt_every = (n > 0).then_some(n);
        self
    }

    /// How many times `read` has been called, interrupted calls included.
    pub fn calls(&self) -> usize {
        self.calls
    }

    /// The wrapped reader.
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// The wrapped reader, mutably.
    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    /// Unwraps the reader.
    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for ShortRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.calls = self.calls.saturating_add(1);
        if let Some(n) = self.interrupt_every
            && self.calls % n == 0
        {
            return Err(io::Error::new(
                io::ErrorKind::Interrupted,
                "ShortRead: simulated interruption",
            ));
        }
        let size = self.sizes[self.next_size % self.sizes.len()];
        self.next_size = (self.next_size + 1) % self.sizes.len();
        let limit = size.min(buf.len());
        self.inner.read(&mut buf[..limit])
    }
}

/// Seeking passes through, so readers of seekable archives can be tested with short reads too.
impl<R: Seek> Seek for ShortRead<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_through_sizes() {
        let data: Vec<u8> = (0..20).collect();
        let mut reader = ShortRead::with_pattern(&data[..], &[1, 3]);
        let mut buf = [0u8; 16];
        let sizes: Vec<usize> = (0..4)
            .map(|_| reader.read(&mut buf).expect("reading a slice cannot fail"))
            .collect();
        assert_eq!(sizes, [1, 3, 1, 3]);
    }
}
