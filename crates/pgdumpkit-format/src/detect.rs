//! Format detection as pg_restore does it (`_discoverArchiveFormat`; format spec §1), plus
//! diagnostics for the things people feed it that are not archives: plain SQL, compressed
//! files, UTF-16 re-encoded dumps.

use std::io::Read;

use crate::codec::{self, Framing};
use crate::error::{OpenError, Wrapped};
use crate::grammar::MAGIC;
use crate::header::Compression;
use crate::tar;

/// What the first bytes say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detected {
    Custom,
    Tar,
}

const TEXT_DUMP_HEADER: &[u8] = b"--\n-- PostgreSQL database dump\n--\n\n";
const TEXT_DUMPALL_HEADER: &[u8] = b"--\n-- PostgreSQL database cluster dump\n--\n\n";

/// How many leading bytes detection looks at (pg_restore's lookahead: one tar block).
pub(crate) const LOOKAHEAD: usize = tar::BLOCK;

/// Decides the format from the first bytes of the input. `head` holds the first
/// `min(len, LOOKAHEAD)` bytes at least; more bytes (an mmap) improve diagnostics only.
pub(crate) fn detect(head: &[u8]) -> Result<Detected, OpenError> {
    match head.len() {
        0 => return Err(OpenError::Empty),
        n if n < MAGIC.len() => return Err(OpenError::TooShort(n)),
        _ => {}
    }
    if &head[..MAGIC.len()] == MAGIC {
        return Ok(Detected::Custom);
    }
    if is_plain_sql(head) {
        return Err(OpenError::PlainSql);
    }
    if let Some(e) = diagnose(head) {
        return Err(e);
    }
    if head.len() < LOOKAHEAD {
        if looks_like_text(head) {
            return Err(OpenError::NotArchive {
                looks_like_text: true,
            });
        }
        return Err(OpenError::NotArchiveTooShort);
    }
    if tar::is_valid_header(&head[..LOOKAHEAD]) {
        return Ok(Detected::Tar);
    }
    Err(OpenError::NotArchive {
        looks_like_text: looks_like_text(&head[..LOOKAHEAD]),
    })
}

/// pg_restore's test for a text dump: one of pg_dump's or pg_dumpall's opening comments.
fn is_plain_sql(b: &[u8]) -> bool {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    b.starts_with(TEXT_DUMP_HEADER) || b.starts_with(TEXT_DUMPALL_HEADER)
}

/// Text without NUL bytes and mostly printable.
fn looks_like_text(b: &[u8]) -> bool {
    if b.is_empty() || b.contains(&0) {
        return false;
    }
    let printable = b
        .iter()
        .filter(|c| matches!(c, b'\t' | b'\n' | b'\r' | 0x20..=0x7e | 0x80..=0xff))
        .count();
    printable * 10 >= b.len() * 9
}

/// What decompressed or re-decoded leading bytes hold.
fn classify(b: &[u8]) -> Wrapped {
    if b.starts_with(MAGIC) {
        Wrapped::CustomArchive
    } else if (b.len() >= tar::BLOCK && tar::is_valid_header(&b[..tar::BLOCK]))
        || (b.len() > 262 && &b[257..262] == b"ustar")
    {
        Wrapped::TarArchive
    } else if is_plain_sql(b) || (looks_like_text(b) && contains(b, b"PostgreSQL database dump")) {
        Wrapped::PlainSql
    } else {
        Wrapped::Unknown
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Recognises compressed and UTF-16 inputs.
fn diagnose(head: &[u8]) -> Option<OpenError> {
    let algorithm = if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(&[0x04, 0x22, 0x4d, 0x18]) {
        Compression::Lz4
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        return utf16(head).map(|w| OpenError::Utf16(classify(&w)));
    };
    Some(OpenError::Compressed {
        algorithm,
        holds: classify(&peek_decompressed(algorithm, head)),
    })
}

/// Up to one tar block of decompressed output of a (possibly cut) compressed prefix.
fn peek_decompressed(algorithm: Compression, head: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let Ok(mut d) = codec::decoder(algorithm, Framing::File, head) else {
        return out;
    };
    let mut buf = [0u8; 1024];
    while out.len() < 2 * tar::BLOCK {
        match d.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    out
}

/// The 8-bit text of a UTF-16 input (BOM, or "P\0G\0D\0M\0P\0"), if it is one.
fn utf16(head: &[u8]) -> Option<Vec<u8>> {
    let (body, le) = if let Some(b) = head.strip_prefix(&[0xff, 0xfe]) {
        (b, true)
    } else if let Some(b) = head.strip_prefix(&[0xfe, 0xff]) {
        (b, false)
    } else if head.starts_with(b"P\0G\0D\0M\0P\0") || head.starts_with(b"-\0-\0") {
        (head, true)
    } else {
        return None;
    };
    Some(
        body.chunks_exact(2)
            .map(|c| if le { c[0] } else { c[1] })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_sql_is_recognised() {
        let mut b = TEXT_DUMP_HEADER.to_vec();
        b.extend_from_slice(b"SET statement_timeout = 0;\n");
        assert!(matches!(detect(&b), Err(OpenError::PlainSql)));
    }

    #[test]
    fn utf16_custom_archive() {
        let b = [
            0xff, 0xfe, b'P', 0, b'G', 0, b'D', 0, b'M', 0, b'P', 0, 1, 0,
        ];
        let e = detect(&b).unwrap_err();
        assert!(matches!(e, OpenError::Utf16(Wrapped::CustomArchive)), "{e}");
    }

    #[test]
    fn gzip_of_a_custom_archive() {
        let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut g, b"PGDMP\x01\x10\x00\x04\x08\x01").unwrap();
        let g = g.finish().unwrap();
        let e = detect(&g).unwrap_err();
        assert!(
            matches!(
                e,
                OpenError::Compressed {
                    algorithm: Compression::Gzip,
                    holds: Wrapped::CustomArchive
                }
            ),
            "{e}"
        );
        assert!(
            e.to_string()
                .contains("gzip-compressed custom-format archive")
        );
    }

    #[test]
    fn short_and_empty() {
        assert!(matches!(detect(b""), Err(OpenError::Empty)));
        assert!(matches!(detect(b"PG"), Err(OpenError::TooShort(2))));
        assert!(matches!(detect(b"PGDMP"), Ok(Detected::Custom)));
        assert!(matches!(
            detect(&[1u8; 100]),
            Err(OpenError::NotArchiveTooShort)
        ));
    }
}
