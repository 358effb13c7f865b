//! Writing the tar format (`pg_backup_tar.c`, `tarCreateHeader` in `src/port/tar.c`): member
//! headers exactly as pg_dump writes them, members whose size is filled in once their data
//! is written, and the two zero blocks that end the archive.

use std::io::{self, Seek, SeekFrom, Write};

use crate::tar::{BLOCK, checksum};

/// Writes a numeric header field as `print_tar_number`: octal digits with leading zeros and a
/// trailing space, or, when the value does not fit, the GNU base-256 form (0x80, then the
/// value big-endian).
fn put_number(field: &mut [u8], val: u64) {
    let len = field.len();
    let octal_digits = (len - 1) as u32;
    if octal_digits * 3 >= 64 || val < 1u64 << (octal_digits * 3) {
        field[len - 1] = b' ';
        let mut v = val;
        for b in field[..len - 1].iter_mut().rev() {
            *b = b'0' + (v & 7) as u8;
            v >>= 3;
        }
    } else {
        field[0] = 0x80;
        let mut v = val;
        for b in field[1..].iter_mut().rev() {
            *b = (v & 0xff) as u8;
            v >>= 8;
        }
    }
}

/// A member header as pg_dump writes it (`_tarWriteHeader`): mode 0600, uid 04000, gid
/// 02000, user and group `postgres`, ustar magic, 7-digit octal checksum.
pub(crate) fn header(name: &str, size: u64, mtime: u64) -> io::Result<[u8; BLOCK]> {
    if name.len() > 99 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("tar member name \"{name}\" is longer than 99 bytes"),
        ));
    }
    let mut h = [0u8; BLOCK];
    h[..name.len()].copy_from_slice(name.as_bytes());
    put_number(&mut h[100..108], 0o600);
    put_number(&mut h[108..116], 0o4000);
    put_number(&mut h[116..124], 0o2000);
    put_number(&mut h[124..136], size);
    put_number(&mut h[136..148], mtime);
    h[156] = b'0';
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[265..273].copy_from_slice(b"postgres");
    h[297..305].copy_from_slice(b"postgres");
    put_number(&mut h[329..337], 0);
    put_number(&mut h[337..345], 0);
    let sum = checksum(&h);
    put_number(&mut h[148..156], sum);
    Ok(h)
}

/// Zero bytes padding `len` to a whole number of blocks.
pub(crate) fn padding(len: u64) -> usize {
    ((BLOCK as u64 - len % BLOCK as u64) % BLOCK as u64) as usize
}

/// One member being written: a placeholder header, the data, the padding; `finish` goes
/// back to write the real header with the size.
pub(crate) struct Member<'w, W: Write + Seek> {
    w: &'w mut W,
    start: u64,
    len: u64,
    name: String,
    mtime: u64,
}

impl<'w, W: Write + Seek> Member<'w, W> {
    pub(crate) fn begin(w: &'w mut W, name: &str, mtime: u64) -> io::Result<Self> {
        // Fail on a bad name before writing anything.
        header(name, 0, mtime)?;
        let start = w.stream_position()?;
        w.write_all(&[0u8; BLOCK])?;
        Ok(Member {
            w,
            start,
            len: 0,
            name: name.to_string(),
            mtime,
        })
    }

    pub(crate) fn finish(self) -> io::Result<u64> {
        self.w.write_all(&[0u8; BLOCK][..padding(self.len)])?;
        let end = self.w.stream_position()?;
        let h = header(&self.name, self.len, self.mtime)?;
        self.w.seek(SeekFrom::Start(self.start))?;
        self.w.write_all(&h)?;
        self.w.seek(SeekFrom::Start(end))?;
        Ok(self.len)
    }
}

impl<W: Write + Seek> Write for Member<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.w.write(buf)?;
        self.len += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// The end of a tar archive written by pg_dump: two zero blocks, no padding to a record.
pub(crate) fn end<W: Write + ?Sized>(w: &mut W) -> io::Result<()> {
    w.write_all(&[0u8; 2 * BLOCK])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields_as_pg_dump_writes_them() {
        let h = header("toc.dat", 1000, 0o12345670123).unwrap();
        assert_eq!(&h[100..108], b"0000600 ");
        assert_eq!(&h[108..116], b"0004000 ");
        assert_eq!(&h[116..124], b"0002000 ");
        assert_eq!(&h[124..136], b"00000001750 ");
        assert_eq!(&h[136..148], b"12345670123 ");
        assert_eq!(h[155], b' ');
        assert_eq!(&h[329..337], b"0000000 ");
        let sum = checksum(&h);
        assert_eq!(&h[148..156], format!("{sum:07o} ").as_bytes());
        assert!(crate::tar::is_valid_header(&h));
        // 8 GiB and more: base 256.
        let big = header("1.dat", 1 << 33, 0).unwrap();
        assert_eq!(big[124], 0x80);
        assert_eq!(crate::tar::read_number(&big[124..136]), 1 << 33);
        assert!(header(&"x".repeat(100), 0, 0).is_err());
    }

    #[test]
    fn members_get_their_size_afterwards() {
        let mut c = io::Cursor::new(Vec::new());
        let mut m = Member::begin(&mut c, "1.dat", 0).unwrap();
        m.write_all(b"hello").unwrap();
        assert_eq!(m.finish().unwrap(), 5);
        end(&mut c).unwrap();
        let b = c.into_inner();
        assert_eq!(b.len(), 512 * 4);
        let idx = crate::tar::index(&b).unwrap();
        assert_eq!(idx.len(), 1);
        assert_eq!(idx[0].name, "1.dat");
        assert_eq!(idx[0].size, 5);
        assert_eq!(&b[512..517], b"hello");
    }
}
