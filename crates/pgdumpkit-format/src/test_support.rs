//! Readers shared by the unit tests of several modules.

use std::io::{self, BufRead, Read};

/// Hands out at most `step` bytes per `fill_buf`, as chunk readers and pipes do.
pub(crate) struct Pieces<'a> {
    pub data: &'a [u8],
    pub step: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.fill_buf()?.len().min(buf.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Pieces<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        Ok(&self.data[..self.data.len().min(self.step)])
    }
    fn consume(&mut self, amt: usize) {
        self.data = &self.data[amt..];
    }
}
