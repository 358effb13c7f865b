//! COPY text format: splitting the stored stream into rows and fields, decoding escapes,
//! and re-encoding rows as CSV the way PostgreSQL's `COPY ... TO ... (FORMAT csv)` does.
//!
//! The decoding mirrors `CopyReadAttributesText` in `src/backend/commands/copyfromparse.c`;
//! the CSV side mirrors `CopyAttributeOutCSV` in `copyto.c`. Everything works on bytes in the
//! archive's encoding: no UTF-8 is assumed.

use std::io::{self, BufRead, Read, Write};

/// One decoded field: `None` is SQL NULL (`\N`).
pub type Field = Option<Vec<u8>>;

/// Errors while splitting a COPY stream.
#[derive(Debug, thiserror::Error)]
pub enum CopyTextError {
    #[error("reading COPY data: {0}")]
    Io(#[from] io::Error),
    #[error("COPY data ends without its \\. terminator after {rows} rows")]
    MissingTerminator { rows: u64 },
    #[error("COPY data ends without its \\. terminator")]
    Unterminated,
    #[error("writing rows")]
    Write(#[source] io::Error),
}

/// Reads COPY text rows (raw, still escaped) from a stream, up to the `\.` terminator line.
#[derive(Debug)]
pub struct RowReader<R> {
    inner: R,
    rows: u64,
    done: bool,
}

impl<R: BufRead> RowReader<R> {
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            rows: 0,
            done: false,
        }
    }

    /// Rows returned so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The underlying reader, positioned after the last line returned.
    pub fn into_inner(self) -> R {
        self.inner
    }

    /// The next raw row into `line` (without its newline). `Ok(false)` at the terminator.
    ///
    /// A stream that ends without `\.` is an error: pg_dump always stores the terminator
    /// (format spec §10.1), so its absence means a truncated or damaged archive.
    pub fn next_row(&mut self, line: &mut Vec<u8>) -> Result<bool, CopyTextError> {
        if self.done {
            return Ok(false);
        }
        line.clear();
        let n = self.inner.read_until(b'\n', line)?;
        if n == 0 || line.last() != Some(&b'\n') {
            return Err(CopyTextError::MissingTerminator { rows: self.rows });
        }
        line.pop();
        if line == b"\\." {
            self.done = true;
            return Ok(false);
        }
        self.rows += 1;
        Ok(true)
    }
}

/// Longest start of a line held back while looking for its end: a longer line cannot be the
/// terminator, so it is written on.
const MAX_HELD_LINE: usize = 1 << 20;

fn count_newlines(b: &[u8]) -> u64 {
    // `memchr`'s counting is vectorised (AVX2 when the CPU has it).
    memchr::memchr_iter(b'\n', b).count() as u64
}

/// Copies the raw rows of a COPY stream to `out`, each with its newline, up to its `\.`
/// terminator line, which is consumed but not written.
///
/// This is what reading every row with [`RowReader`] and writing it gives, in large slices
/// instead of line by line: a data line is never a lone `\.` (COPY writes a backslash in data
/// as `\\`), so the terminator is at the start of the data or after the first `\n\.\n`,
/// found with `memmem`. A stream that ends without its terminator is
/// [`CopyTextError::Unterminated`] (rows are not counted); its unfinished last line is not
/// written.
pub fn copy_rows<R, W>(r: &mut R, out: &mut W) -> Result<(), CopyTextError>
where
    R: BufRead + ?Sized,
    W: Write + ?Sized,
{
    scan_rows(r, out, false).map(drop)
}

/// Reads a COPY stream up to and including its `\.` terminator line and returns the number of
/// rows before it: [`copy_rows`] counting instead of writing. A stream that ends without its
/// terminator is [`CopyTextError::MissingTerminator`], as for [`RowReader`].
pub fn count_rows<R: BufRead + ?Sized>(r: &mut R) -> Result<u64, CopyTextError> {
    scan_rows(r, &mut io::sink(), true)
}

/// [`copy_rows`], counting the rows when `count`.
fn scan_rows<R, W>(r: &mut R, out: &mut W, count: bool) -> Result<u64, CopyTextError>
where
    R: BufRead + ?Sized,
    W: Write + ?Sized,
{
    let finder = memchr::memmem::Finder::new(b"\n\\.\n");
    let mut rows = 0u64;
    // The start of the current line when it began in an earlier slice, not written yet.
    let mut held: Vec<u8> = Vec::new();
    // Part of the current line was written already: too long to be the terminator.
    let mut long_line = false;
    loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(CopyTextError::Io(e)),
        };
        if buf.is_empty() {
            return Err(if count {
                CopyTextError::MissingTerminator { rows }
            } else {
                CopyTextError::Unterminated
            });
        }
        let len = buf.len();
        let mut start = 0;
        if !held.is_empty() || long_line {
            let Some(nl) = memchr::memchr(b'\n', buf) else {
                held.extend_from_slice(buf);
                r.consume(len);
                if held.len() > MAX_HELD_LINE {
                    out.write_all(&held).map_err(CopyTextError::Write)?;
                    held.clear();
                    long_line = true;
                }
                continue;
            };
            let line_len = held.len() + nl;
            if !long_line && line_len == 2 && held.iter().chain(&buf[..nl]).eq(b"\\.") {
                r.consume(nl + 1);
                return Ok(rows);
            }
            out.write_all(&held).map_err(CopyTextError::Write)?;
            out.write_all(&buf[..=nl]).map_err(CopyTextError::Write)?;
            held.clear();
            long_line = false;
            rows += 1;
            start = nl + 1;
        }
        // `rest` starts a line.
        let rest = &buf[start..];
        if rest.starts_with(b"\\.\n") {
            r.consume(start + 3);
            return Ok(rows);
        }
        let (upto, found) = match finder.find(rest) {
            Some(j) => (j + 1, true),
            None => (memchr::memrchr(b'\n', rest).map_or(0, |k| k + 1), false),
        };
        out.write_all(&rest[..upto]).map_err(CopyTextError::Write)?;
        if count {
            rows += count_newlines(&rest[..upto]);
        }
        if found {
            r.consume(start + upto + 3);
            return Ok(rows);
        }
        held.extend_from_slice(&rest[upto..]);
        r.consume(len);
        if held.len() > MAX_HELD_LINE {
            out.write_all(&held).map_err(CopyTextError::Write)?;
            held.clear();
            long_line = true;
        }
    }
}

/// How the data of a `TABLE DATA` entry of a pre-1.3 archive begins. Those archives have no
/// copyStmt field: pg_dump wrote the `COPY … FROM stdin;` statement at the head of the data
/// (pg_restore just replays it as SQL), or INSERT statements for `--inserts` dumps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataHead {
    /// The data starts with this COPY statement (consumed, newline included); rows follow.
    Copy(Vec<u8>),
    /// It starts with something else: the bytes read, which belong in front of the rest.
    Sql(Vec<u8>),
}

/// Longest inline COPY statement accepted (a column list of a few thousand names).
const MAX_INLINE_STMT: u64 = 1 << 20;

/// Reads the COPY statement at the head of a pre-1.3 table's data, if there is one.
pub fn read_data_head<R: BufRead>(r: &mut R) -> io::Result<DataHead> {
    let mut head = Vec::new();
    loop {
        let room = MAX_INLINE_STMT.saturating_sub(head.len() as u64);
        let n = r.by_ref().take(room).read_until(b'\n', &mut head)?;
        // `read_until` returns whole lines, so a shorter head is not a statement either.
        if !head.starts_with(b"COPY ") {
            return Ok(DataHead::Sql(head));
        }
        // A quoted name holding a newline spans lines; the statement ends the line it ends.
        if head.ends_with(b" FROM stdin;\n") {
            return Ok(DataHead::Copy(head));
        }
        if n == 0 || room == 0 || head.last() != Some(&b'\n') {
            return Ok(DataHead::Sql(head));
        }
    }
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Splits one raw row at tabs and decodes the escapes of each field into `fields`
/// (reusing its buffers).
pub fn decode_row(row: &[u8], fields: &mut Vec<Field>) {
    fields.clear();
    for raw in row.split(|&b| b == b'\t') {
        // `\N` is NULL only as the whole, unescaped field (the server compares the raw
        // field text with the null string before de-escaping).
        if raw == b"\\N" {
            fields.push(None);
            continue;
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let c = raw[i];
            i += 1;
            if c != b'\\' || i >= raw.len() {
                out.push(c);
                continue;
            }
            let e = raw[i];
            i += 1;
            match e {
                b'0'..=b'7' => {
                    let mut v = u32::from(e - b'0');
                    for _ in 0..2 {
                        match raw.get(i) {
                            Some(&d @ b'0'..=b'7') => {
                                v = (v << 3) + u32::from(d - b'0');
                                i += 1;
                            }
                            _ => break,
                        }
                    }
                    // The server keeps the low byte of an over-long octal escape.
                    out.push((v & 0xff) as u8);
                }
                b'x' => match raw.get(i).copied().and_then(hex_val) {
                    Some(h) => {
                        i += 1;
                        let mut v = h;
                        if let Some(l) = raw.get(i).copied().and_then(hex_val) {
                            v = (v << 4) + l;
                            i += 1;
                        }
                        out.push(v);
                    }
                    None => out.push(b'x'),
                },
                b'b' => out.push(0x08),
                b'f' => out.push(0x0c),
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'v' => out.push(0x0b),
                other => out.push(other),
            }
        }
        fields.push(Some(out));
    }
}

/// Writes one row as CSV exactly as `COPY ... TO STDOUT (FORMAT csv)` does: comma
/// delimiter, `"` quote and escape, NULL as an empty unquoted field, the empty string as
/// `""`, quoting when a value holds a comma, quote, CR or LF, or is a lone `\.` in a
/// one-column row.
pub fn write_csv_row(out: &mut impl Write, fields: &[Field]) -> io::Result<()> {
    let single = fields.len() == 1;
    for (n, f) in fields.iter().enumerate() {
        if n > 0 {
            out.write_all(b",")?;
        }
        if let Some(v) = f {
            write_csv_value(out, v, single)?;
        }
    }
    out.write_all(b"\n")
}

/// One CSV value (never NULL), with the server's quoting rules.
pub fn write_csv_value(out: &mut impl Write, v: &[u8], single_attr: bool) -> io::Result<()> {
    let quote = v.is_empty()
        || (single_attr && v == b"\\.")
        || v.iter().any(|&c| matches!(c, b',' | b'"' | b'\n' | b'\r'));
    if !quote {
        return out.write_all(v);
    }
    out.write_all(b"\"")?;
    let mut start = 0;
    for (i, &c) in v.iter().enumerate() {
        if c == b'"' {
            out.write_all(&v[start..=i])?;
            out.write_all(b"\"")?;
            start = i + 1;
        }
    }
    out.write_all(&v[start..])?;
    out.write_all(b"\"")
}

/// The column names of a `COPY name (col, ...) FROM stdin;` statement, unquoted.
/// `None` when the statement has no column list.
pub fn copy_columns(copy_stmt: &[u8]) -> Option<Vec<Vec<u8>>> {
    // Skip the (possibly quoted) table name, then find the opening parenthesis.
    let mut i = b"COPY ".len();
    if !copy_stmt.starts_with(b"COPY ") {
        return None;
    }
    let mut in_quote = false;
    while i < copy_stmt.len() {
        let c = copy_stmt[i];
        if c == b'"' {
            in_quote = !in_quote;
        } else if !in_quote && c == b'(' {
            break;
        } else if !in_quote && c == b' ' && copy_stmt[i..].starts_with(b" FROM ") {
            return None;
        }
        i += 1;
    }
    i += 1;
    let mut cols = Vec::new();
    let mut cur = Vec::new();
    let mut in_quote = false;
    while i < copy_stmt.len() {
        let c = copy_stmt[i];
        i += 1;
        if in_quote {
            if c == b'"' {
                if copy_stmt.get(i) == Some(&b'"') {
                    cur.push(b'"');
                    i += 1;
                } else {
                    in_quote = false;
                }
            } else {
                cur.push(c);
            }
            continue;
        }
        match c {
            b'"' => in_quote = true,
            b',' => {
                cols.push(std::mem::take(&mut cur));
                // pg_dump separates columns with ", ".
                if copy_stmt.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            b')' => {
                cols.push(std::mem::take(&mut cur));
                return Some(cols);
            }
            other => cur.push(other),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Pieces;

    fn dec(row: &[u8]) -> Vec<Field> {
        let mut f = Vec::new();
        decode_row(row, &mut f);
        f
    }

    #[test]
    fn escapes_decode_as_the_server_does() {
        assert_eq!(
            dec(b"a\\tb\t\\N\t\\\\N\t\\101\\x41\\x4a\t\\q\\"),
            vec![
                Some(b"a\tb".to_vec()),
                None,
                Some(b"\\N".to_vec()),
                Some(b"AAJ".to_vec()),
                Some(b"q\\".to_vec()),
            ]
        );
        assert_eq!(dec(b""), vec![Some(Vec::new())]);
        assert_eq!(
            dec(b"\\n\\r\\b\\f\\v\\777"),
            vec![Some(b"\n\r\x08\x0c\x0b\xff".to_vec())]
        );
        assert_eq!(dec(b"\\xg"), vec![Some(b"xg".to_vec())]);
    }

    #[test]
    fn csv_quotes_like_copy_csv() {
        let mut out = Vec::new();
        write_csv_row(
            &mut out,
            &[
                Some(b"plain".to_vec()),
                None,
                Some(Vec::new()),
                Some(b"a,\"b\"\nc".to_vec()),
            ],
        )
        .unwrap();
        assert_eq!(out, b"plain,,\"\",\"a,\"\"b\"\"\nc\"\n");
        out.clear();
        write_csv_row(&mut out, &[Some(b"\\.".to_vec())]).unwrap();
        assert_eq!(out, b"\"\\.\"\n");
    }

    #[test]
    fn rows_stop_at_terminator_and_detect_truncation() {
        let data: &[u8] = b"1\ta\n2\tb\n\\.\n\n\n";
        let mut r = RowReader::new(data);
        let mut line = Vec::new();
        assert!(r.next_row(&mut line).unwrap());
        assert_eq!(line, b"1\ta");
        assert!(r.next_row(&mut line).unwrap());
        assert!(!r.next_row(&mut line).unwrap());
        assert_eq!(r.rows(), 2);
        let mut r = RowReader::new(&b"1\ta\n2\t"[..]);
        assert!(r.next_row(&mut line).unwrap());
        assert!(matches!(
            r.next_row(&mut line),
            Err(CopyTextError::MissingTerminator { rows: 1 })
        ));
    }

    /// What reading row by row gives: the rows written out, the count or the error's count,
    /// and the bytes left after the terminator.
    fn by_rows(data: &[u8]) -> (Vec<u8>, Result<u64, u64>, Vec<u8>) {
        let mut r = RowReader::new(data);
        let (mut out, mut line) = (Vec::new(), Vec::new());
        let res = loop {
            match r.next_row(&mut line) {
                Ok(true) => {
                    out.extend_from_slice(&line);
                    out.push(b'\n');
                }
                Ok(false) => break Ok(r.rows()),
                Err(CopyTextError::MissingTerminator { rows }) => break Err(rows),
                Err(e) => panic!("{e}"),
            }
        };
        let rest = r.into_inner().to_vec();
        (out, res, rest)
    }

    #[test]
    fn copy_and_count_rows_agree_with_row_by_row_reading() {
        let lines: [&[u8]; 10] = [
            b"",
            b"a",
            b"\\",
            b"\\\\.",
            b"\\.x",
            b"x\\.",
            b"\\..",
            b"1\tabc\t\\N",
            b".",
            b"\\\\",
        ];
        let mut seed = 7u32;
        let mut next = |m: usize| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 8) as usize % m
        };
        for case in 0..400 {
            let mut data = Vec::new();
            for _ in 0..next(12) {
                data.extend_from_slice(lines[next(lines.len())]);
                data.push(b'\n');
            }
            // Mostly terminated (with pg_dump's two newlines after), sometimes cut short.
            match case % 4 {
                0 | 1 => data.extend_from_slice(b"\\.\n\n\n"),
                2 => data.extend_from_slice(b"\\.\n"),
                _ => {
                    let cut = next(data.len() + 1);
                    data.truncate(cut);
                }
            }
            let (want, want_rows, want_rest) = by_rows(&data);
            for step in [1, 2, 3, 5, 64, usize::MAX] {
                let what = format!(
                    "case {case} step {step}: {:?}",
                    String::from_utf8_lossy(&data)
                );
                let mut r = Pieces { data: &data, step };
                let mut out = Vec::new();
                match copy_rows(&mut r, &mut out) {
                    Ok(()) => {
                        assert!(want_rows.is_ok(), "{what}");
                        assert_eq!(r.data, &want_rest[..], "{what}");
                    }
                    Err(CopyTextError::Unterminated) => assert!(want_rows.is_err(), "{what}"),
                    Err(e) => panic!("{what}: {e}"),
                }
                assert_eq!(out, want, "{what}");
                let mut r = Pieces { data: &data, step };
                match count_rows(&mut r) {
                    Ok(n) => {
                        assert_eq!(Ok(n), want_rows, "{what}");
                        assert_eq!(r.data, &want_rest[..], "{what}");
                    }
                    Err(CopyTextError::MissingTerminator { rows }) => {
                        assert_eq!(Err(rows), want_rows, "{what}")
                    }
                    Err(e) => panic!("{what}: {e}"),
                }
            }
        }
    }

    #[test]
    fn copy_rows_passes_lines_longer_than_it_holds() {
        let mut data = vec![b'\\'; MAX_HELD_LINE + 10];
        data.extend_from_slice(b"\n\\.\n");
        for step in [4096, usize::MAX] {
            let mut out = Vec::new();
            copy_rows(&mut Pieces { data: &data, step }, &mut out).unwrap();
            assert_eq!(out, &data[..data.len() - 3]);
            assert_eq!(count_rows(&mut Pieces { data: &data, step }).unwrap(), 1);
        }
    }

    #[test]
    fn pre_1_3_data_starts_with_its_copy_statement() {
        let mut r: &[u8] = b"COPY \"a\nb\" (x) FROM stdin;\n1\n\\.\n";
        assert_eq!(
            read_data_head(&mut r).unwrap(),
            DataHead::Copy(b"COPY \"a\nb\" (x) FROM stdin;\n".to_vec())
        );
        assert_eq!(r, b"1\n\\.\n");
        let mut r: &[u8] = b"INSERT INTO t VALUES (1);\n";
        assert_eq!(
            read_data_head(&mut r).unwrap(),
            DataHead::Sql(b"INSERT INTO t VALUES (1);\n".to_vec())
        );
        let mut r: &[u8] = b"COPY t FROM st";
        assert_eq!(
            read_data_head(&mut r).unwrap(),
            DataHead::Sql(b"COPY t FROM st".to_vec())
        );
        let mut r: &[u8] = b"";
        assert_eq!(read_data_head(&mut r).unwrap(), DataHead::Sql(Vec::new()));
    }

    #[test]
    fn copy_columns_unquote() {
        assert_eq!(
            copy_columns(b"COPY \"Mixed Case\".\"t(1\" (id, \"Na,me\", \"q\"\"x\") FROM stdin;\n"),
            Some(vec![b"id".to_vec(), b"Na,me".to_vec(), b"q\"x".to_vec()])
        );
        assert_eq!(copy_columns(b"COPY public.t FROM stdin;\n"), None);
    }
}
