//! `-L` list files, read exactly as pg_restore's `SortTocFromFile` reads them.
//!
//! A list file is what `pg_restore -l` prints, possibly edited: each line's leading integer
//! is a dump id; everything from the first `;` on is a comment. Checking that an id has an
//! entry, and the reordering itself, happen in [`select`](crate::selection::select).

use pgdumpkit_format::DumpId;

use crate::options::ListFile;

/// A list-file line pg_restore ignores with the warning `line ignored: <text>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoredLine {
    /// How many accepted ids precede this line in the file (so warnings can be replayed in
    /// file order, and only up to the point where a missing entry stops pg_restore).
    pub position: usize,
    /// The line after comment removal, still with its newline when it had no comment.
    pub text: Vec<u8>,
}

impl IgnoredLine {
    /// The warning pg_restore prints, without its `pg_restore: warning: ` prefix.
    ///
    /// pg_restore prints the line as a C string (up to a NUL byte), and its logger strips one
    /// trailing newline from every message. Bytes that are not UTF-8 are replaced.
    pub fn warning(&self) -> String {
        let text = crate::selection::cstr(&self.text);
        let mut msg = format!("line ignored: {}", String::from_utf8_lossy(text));
        if msg.ends_with('\n') {
            msg.pop();
        }
        msg
    }
}

impl ListFile {
    /// Parse a list file as `SortTocFromFile` does, against an archive whose highest dump id
    /// is `max_dump_id` (see [`max_dump_id`](crate::selection::max_dump_id)).
    ///
    /// Per line (split after each `\n`): cut at the first `;`; skip the line if only spaces,
    /// tabs, CRs and LFs remain; read the id with C `strtol` (leading white space, a sign,
    /// decimal digits, anything after them ignored; the `long` is then stored in an `int`).
    /// No digits, an id ≤ 0, above `max_dump_id`, or already accepted: the line is ignored
    /// with a warning. Never fails.
    pub fn parse(bytes: &[u8], max_dump_id: DumpId) -> ListFile {
        let mut list = ListFile::default();
        let mut seen = std::collections::HashSet::new();
        for raw in bytes.split_inclusive(|&b| b == b'\n') {
            let line = match raw.iter().position(|&b| b == b';') {
                // `strchr` stops at a NUL: a `;` after one is not seen.
                Some(n) if !raw[..n].contains(&0) => &raw[..n],
                _ => raw,
            };
            // `strspn(line, " \t\r\n") == len`: a NUL stops the span, so such a line is not blank.
            if line
                .iter()
                .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
            {
                continue;
            }
            match strtol_int(line) {
                Some(id) if id > 0 && id <= max_dump_id && !seen.contains(&id) => {
                    seen.insert(id);
                    list.ids.push(id);
                }
                _ => list.ignored.push(IgnoredLine {
                    position: list.ids.len(),
                    text: line.to_vec(),
                }),
            }
        }
        list
    }

    /// The `line ignored` warnings of all ignored lines, in file order.
    pub fn warnings(&self) -> Vec<String> {
        self.ignored.iter().map(IgnoredLine::warning).collect()
    }
}

/// `(int) strtol(s, &end, 10)` as glibc on a 64-bit machine computes it: `None` when no digit
/// was read (`end == s`); an out-of-range value saturates to `LONG_MIN`/`LONG_MAX`, and the
/// conversion to `int` keeps the low 32 bits.
fn strtol_int(s: &[u8]) -> Option<DumpId> {
    let mut i = 0;
    // C `isspace` in the "C" locale; a NUL ends the string.
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
        i += 1;
    }
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits_start = i;
    let mut value: i64 = 0;
    let mut overflow = false;
    while let Some(d @ b'0'..=b'9') = s.get(i).copied() {
        let digit = i64::from(d - b'0');
        // Accumulate negatively so that LONG_MIN itself is representable.
        match value.checked_mul(10).and_then(|v| v.checked_sub(digit)) {
            Some(v) => value = v,
            None => overflow = true,
        }
        i += 1;
    }
    if i == digits_start {
        return None;
    }
    let long = if overflow {
        if negative { i64::MIN } else { i64::MAX }
    } else if negative {
        value
    } else {
        // -LONG_MIN does not fit: strtol saturates to LONG_MAX.
        value.checked_neg().unwrap_or(i64::MAX)
    };
    // Truncation to `int`, as the C assignment does with gcc.
    Some(long as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str, max: DumpId) -> ListFile {
        ListFile::parse(s.as_bytes(), max)
    }

    #[test]
    fn ids_in_file_order_with_comments_and_blank_lines() {
        let l = parse(
            ";\n; Archive created at x\n\n  \t\r\n12; 0 0 TABLE a b c\n3; 0 0 SCHEMA\n",
            20,
        );
        assert_eq!(l.ids, vec![12, 3]);
        assert!(l.ignored.is_empty());
    }

    #[test]
    fn strtol_semantics() {
        // Leading blanks, sign, trailing garbage.
        assert_eq!(parse(" \t+7garbage\n", 20).ids, vec![7]);
        assert_eq!(parse("\x0b\x0c5\n", 20).ids, vec![5]);
        // Missing digits.
        assert_eq!(parse("abc\n", 20).warnings(), vec!["line ignored: abc"]);
        assert_eq!(parse("-\n", 20).warnings(), vec!["line ignored: -"]);
        // Zero and negative.
        assert_eq!(parse("0\n-3\n-0\n", 20).ignored.len(), 3);
        // 2^32 + 1 truncates to 1 in an int.
        assert_eq!(parse("4294967297\n", 20).ids, vec![1]);
        // Saturation to LONG_MAX gives -1 as an int: ignored.
        assert_eq!(parse("99999999999999999999999\n", 20).ignored.len(), 1);
        assert_eq!(strtol_int(b"-9223372036854775808"), Some(0));
        assert_eq!(strtol_int(b"9223372036854775807"), Some(-1));
        assert_eq!(strtol_int(b"-99999999999999999999"), Some(0));
    }

    #[test]
    fn range_and_duplicates() {
        let l = parse("5\n21\n5 again\n20\n", 20);
        assert_eq!(l.ids, vec![5, 20]);
        assert_eq!(
            l.warnings(),
            vec!["line ignored: 21", "line ignored: 5 again"]
        );
        assert_eq!(l.ignored[0].position, 1);
        assert_eq!(l.ignored[1].position, 1);
    }

    #[test]
    fn warning_text_is_after_comment_removal() {
        // With a comment the newline is gone and the trailing space stays.
        let l = parse("x ; comment\n", 20);
        assert_eq!(l.warnings(), vec!["line ignored: x "]);
        // Without one, the logger strips exactly one newline; a CR stays.
        let l = parse("x\r\n", 20);
        assert_eq!(l.warnings(), vec!["line ignored: x\r"]);
        // A last line without newline.
        let l = parse("1\nzz", 20);
        assert_eq!(l.warnings(), vec!["line ignored: zz"]);
    }

    #[test]
    fn nul_bytes_behave_like_c_strings() {
        // A NUL hides the rest from strchr/strtol/printf but makes the line non-blank.
        let l = parse("\0;5\n", 20);
        assert!(l.ids.is_empty());
        assert_eq!(l.warnings(), vec!["line ignored: "]);
        let l = parse("7\0junk\n", 20);
        assert_eq!(l.ids, vec![7]);
    }

    #[test]
    fn empty_and_all_comment_files() {
        assert_eq!(parse("", 5), ListFile::default());
        assert_eq!(parse(";;;\n;\n", 5), ListFile::default());
        assert!(parse("1\n", 0).ids.is_empty());
    }
}
