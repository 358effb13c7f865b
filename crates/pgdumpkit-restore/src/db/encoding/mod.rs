//! Text of a non-UTF-8 archive on its way to the server.
//!
//! pg_restore sends the archive's bytes as they are, after `SET client_encoding = '<archive's
//! encoding>'`, and the server converts them. tokio-postgres sends statements as Rust strings,
//! which must be UTF-8, so for an archive in another encoding the connection stays in
//! `client_encoding = UTF8` and the text is converted here instead: the server then stores
//! what it would have stored, and its messages stay readable.
//!
//! The conversions are the server's own: `tables/<ENCODING>.bin` are what `convert_from`
//! gives for every byte of each single-byte server encoding and every two- and three-byte
//! sequence of the EUC ones, written by `generate.py` from a real server; a test compares them
//! with a live server again.
//!
//! Encodings with no table here (SQL_ASCII, UTF8, EUC_TW, EUC_JIS_2004, MULE_INTERNAL, and the
//! client-only encodings a `pg_dump -E` may have written) keep pg_restore's way: the archive's
//! `SET client_encoding` goes out unchanged and COPY data is sent as stored; only statements
//! that are not valid UTF-8 cannot be sent.

use std::borrow::Cow;
use std::fmt::Write as _;

use pgdumpkit_plan::script::Encoding;

/// How text of one archive reaches the server.
#[derive(Debug, Clone, Copy)]
pub(super) enum Transcode {
    /// Sent as stored.
    AsStored,
    /// Converted to UTF-8.
    ToUtf8(Codec),
}

/// Table values that are not code points (see `generate.py`).
const INVALID: u16 = 0;
const UNTRANSLATABLE: u16 = 1;
const LEAD: u16 = 2;
/// Values before the two-byte plane, and in each plane.
const HIGH: usize = 128;
const PLANE: usize = 128 * 128;
/// EUC's single shift 3: the first of three bytes (EUC_JP's JIS X 0212).
const SS3: u8 = 0x8f;

/// A converter from one PostgreSQL encoding to UTF-8.
#[derive(Debug, Clone, Copy)]
pub(super) struct Codec {
    pg: Encoding,
    /// Little-endian u16 values, laid out as `generate.py` writes them.
    table: &'static [u8],
}

impl Transcode {
    /// The transcoding for an archive whose `ENCODING` entry names `name`.
    pub fn for_archive(name: Option<&[u8]>) -> Transcode {
        name.and_then(Encoding::from_name)
            .and_then(Codec::for_encoding)
            .map_or(Transcode::AsStored, Transcode::ToUtf8)
    }

    /// A statement as it goes to the server: the archive's `SET client_encoding` becomes
    /// UTF8 when the text is converted. The error is the server's message for the bytes that
    /// have no UTF-8 equivalent.
    pub fn statement<'a>(&self, sql: &'a [u8]) -> Result<Cow<'a, [u8]>, String> {
        let Transcode::ToUtf8(codec) = self else {
            return Ok(Cow::Borrowed(sql));
        };
        if sql.starts_with(b"SET client_encoding = ") {
            return Ok(Cow::Borrowed(b"SET client_encoding = 'UTF8';\n"));
        }
        if sql.is_ascii() {
            return Ok(Cow::Borrowed(sql));
        }
        Ok(Cow::Owned(codec.stream().feed(sql, true)?))
    }

    /// The encoding text is converted from.
    pub fn from(&self) -> Option<Encoding> {
        match self {
            Transcode::AsStored => None,
            Transcode::ToUtf8(codec) => Some(codec.pg),
        }
    }
}

/// What the bytes at some position are.
enum Step {
    /// A character of `len` bytes.
    Char(char, usize),
    /// The start of a character that the input ends in.
    Incomplete,
    /// `len` bytes the server rejects; `untranslatable`: valid but with no UTF-8 equivalent.
    Bad { len: usize, untranslatable: bool },
}

impl Codec {
    fn for_encoding(pg: Encoding) -> Option<Codec> {
        use Encoding::*;
        let table: &'static [u8] = match pg {
            Latin1 => include_bytes!("tables/LATIN1.bin"),
            Latin2 => include_bytes!("tables/LATIN2.bin"),
            Latin3 => include_bytes!("tables/LATIN3.bin"),
            Latin4 => include_bytes!("tables/LATIN4.bin"),
            Latin5 => include_bytes!("tables/LATIN5.bin"),
            Latin6 => include_bytes!("tables/LATIN6.bin"),
            Latin7 => include_bytes!("tables/LATIN7.bin"),
            Latin8 => include_bytes!("tables/LATIN8.bin"),
            Latin9 => include_bytes!("tables/LATIN9.bin"),
            Latin10 => include_bytes!("tables/LATIN10.bin"),
            Iso8859_5 => include_bytes!("tables/ISO_8859_5.bin"),
            Iso8859_6 => include_bytes!("tables/ISO_8859_6.bin"),
            Iso8859_7 => include_bytes!("tables/ISO_8859_7.bin"),
            Iso8859_8 => include_bytes!("tables/ISO_8859_8.bin"),
            Win1250 => include_bytes!("tables/WIN1250.bin"),
            Win1251 => include_bytes!("tables/WIN1251.bin"),
            Win1252 => include_bytes!("tables/WIN1252.bin"),
            Win1253 => include_bytes!("tables/WIN1253.bin"),
            Win1254 => include_bytes!("tables/WIN1254.bin"),
            Win1255 => include_bytes!("tables/WIN1255.bin"),
            Win1256 => include_bytes!("tables/WIN1256.bin"),
            Win1257 => include_bytes!("tables/WIN1257.bin"),
            Win1258 => include_bytes!("tables/WIN1258.bin"),
            Win866 => include_bytes!("tables/WIN866.bin"),
            Win874 => include_bytes!("tables/WIN874.bin"),
            Koi8r => include_bytes!("tables/KOI8R.bin"),
            Koi8u => include_bytes!("tables/KOI8U.bin"),
            EucJp => include_bytes!("tables/EUC_JP.bin"),
            EucKr => include_bytes!("tables/EUC_KR.bin"),
            EucCn => include_bytes!("tables/EUC_CN.bin"),
            SqlAscii | Utf8 | EucTw | EucJis2004 | MuleInternal | Sjis | Big5 | Gbk | Uhc
            | Gb18030 | Johab | ShiftJis2004 => return None,
        };
        Some(Codec { pg, table })
    }

    fn stream(self) -> Stream {
        Stream {
            codec: self,
            pending: Vec::new(),
        }
    }

    fn value(self, index: usize) -> u16 {
        match self.table.get(2 * index..2 * index + 2) {
            Some(&[lo, hi]) => u16::from_le_bytes([lo, hi]),
            _ => INVALID,
        }
    }

    /// The character at the start of `s`, whose first byte is 0x80 or above.
    fn step(self, s: &[u8]) -> Step {
        let bad = |len: usize, value: u16| Step::Bad {
            len,
            untranslatable: value == UNTRANSLATABLE,
        };
        let first = self.value(usize::from(s[0] - 0x80));
        if first != LEAD {
            return match char::from_u32(u32::from(first)).filter(|_| first > LEAD) {
                Some(c) => Step::Char(c, 1),
                None => bad(1, first),
            };
        }
        let (len, base) = if s[0] == SS3 && self.table.len() > 2 * (HIGH + PLANE) {
            (3, HIGH + PLANE)
        } else {
            (2, HIGH)
        };
        let tail = &s[1..s.len().min(len)];
        if tail.iter().any(|&b| b < 0x80) {
            return bad(s.len().min(len), INVALID);
        }
        if s.len() < len {
            return Step::Incomplete;
        }
        let (lead, trail) = (s[len - 2], s[len - 1]);
        let value = self.value(base + usize::from(lead - 0x80) * 128 + usize::from(trail - 0x80));
        match char::from_u32(u32::from(value)).filter(|_| value > LEAD) {
            Some(c) => Step::Char(c, len),
            None => bad(len, value),
        }
    }

    /// The server's message for `bad`: `report_invalid_encoding` or
    /// `report_untranslatable_char`.
    fn error(self, bad: &[u8], untranslatable: bool) -> String {
        let mut hex = String::new();
        for (i, b) in bad.iter().enumerate() {
            let _ = write!(hex, "{}0x{b:02x}", if i > 0 { " " } else { "" });
        }
        let name = self.pg.name();
        if untranslatable {
            format!(
                "ERROR:  character with byte sequence {hex} in encoding \"{name}\" has no equivalent in encoding \"UTF8\"\n"
            )
        } else {
            format!("ERROR:  invalid byte sequence for encoding \"{name}\": {hex}\n")
        }
    }
}

/// Converts text cut into arbitrary chunks (a character may straddle two).
struct Stream {
    codec: Codec,
    /// The first bytes of a character the last chunk ended in.
    pending: Vec<u8>,
}

impl Stream {
    /// The UTF-8 text of `chunk`; `last`: no more input follows.
    fn feed(&mut self, chunk: &[u8], last: bool) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        self.feed_into(chunk, last, &mut out)?;
        Ok(out)
    }

    /// Append the UTF-8 text of `chunk` to `out`.
    fn feed_into(&mut self, chunk: &[u8], last: bool, out: &mut Vec<u8>) -> Result<(), String> {
        if self.pending.is_empty() {
            self.convert(chunk, last, out)
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(chunk);
            self.convert(&joined, last, out)
        }
    }

    fn convert(&mut self, input: &[u8], last: bool, out: &mut Vec<u8>) -> Result<(), String> {
        out.reserve(input.len() + input.len() / 2);
        let mut i = 0;
        while i < input.len() {
            let ascii = input[i..]
                .iter()
                .position(|&b| b >= 0x80)
                .unwrap_or(input.len() - i);
            out.extend_from_slice(&input[i..i + ascii]);
            i += ascii;
            if i == input.len() {
                break;
            }
            match self.codec.step(&input[i..]) {
                Step::Char(c, len) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    i += len;
                }
                // An incomplete character at the very end is an invalid one (pg_verifymbstr).
                Step::Incomplete if last => return Err(self.codec.error(&input[i..], false)),
                Step::Incomplete => {
                    self.pending = input[i..].to_vec();
                    break;
                }
                Step::Bad {
                    len,
                    untranslatable,
                } => return Err(self.codec.error(&input[i..i + len], untranslatable)),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codec(name: &str) -> Transcode {
        Transcode::for_archive(Some(name.as_bytes()))
    }

    #[test]
    fn latin1_bytes_are_their_code_points() {
        let t = codec("LATIN1");
        assert_eq!(
            &*t.statement(b"caf\xe9 \x85").unwrap(),
            "café \u{85}".as_bytes()
        );
        assert_eq!(
            &*t.statement(b"SET client_encoding = 'LATIN1';\n").unwrap(),
            b"SET client_encoding = 'UTF8';\n"
        );
    }

    #[test]
    fn latin5_keeps_c1_controls() {
        let t = codec("LATIN5");
        assert_eq!(
            &*t.statement(b"\x80\xfd\x9f\xf0").unwrap(),
            "\u{80}ı\u{9f}ğ".as_bytes()
        );
    }

    #[test]
    fn utf8_and_sql_ascii_pass_through() {
        for name in ["UTF8", "SQL_ASCII", "EUC_TW"] {
            let t = codec(name);
            assert!(matches!(t, Transcode::AsStored));
            assert_eq!(&*t.statement(b"\xff\xfe").unwrap(), b"\xff\xfe");
            assert!(t.from().is_none());
        }
    }

    #[test]
    fn characters_split_between_chunks_convert() {
        let Transcode::ToUtf8(c) = codec("EUC_JP") else {
            panic!("EUC_JP converts");
        };
        // 日本 in EUC-JP, cut in the middle of each character.
        let text = b"\xc6\xfc\xcb\xdc\n";
        let mut s = c.stream();
        let mut out = Vec::new();
        for (i, part) in text.chunks(1).enumerate() {
            s.feed_into(part, i == text.len() - 1, &mut out).unwrap();
        }
        assert_eq!(out, "日本\n".as_bytes());
    }

    #[test]
    fn bad_bytes_give_the_servers_messages() {
        let t = codec("EUC_JP");
        let e = t.statement(b"ok \xc6 x").unwrap_err();
        assert!(
            e.starts_with("ERROR:  invalid byte sequence for encoding \"EUC_JP\": 0xc6"),
            "{e}"
        );
        let t = codec("LATIN3");
        let e = t.statement(b"\xa5").unwrap_err();
        assert_eq!(
            e,
            "ERROR:  character with byte sequence 0xa5 in encoding \"LATIN3\" has no equivalent in encoding \"UTF8\"\n"
        );
        let Transcode::ToUtf8(c) = codec("EUC_JP") else {
            panic!("EUC_JP converts");
        };
        let mut s = c.stream();
        assert_eq!(s.feed(b"a\xc6", false).unwrap(), b"a");
        assert!(
            s.feed(b"", true).is_err(),
            "a character cut at the end is invalid"
        );
    }
}

/// The server is the oracle: its `convert_from` for every byte above 0x7F of each
/// single-byte encoding, and every two-byte sequence (and EUC_JP's three-byte ones) of the
/// EUC encodings, against ours: the same character, or the same kind of error.
#[cfg(test)]
mod server_tests {
    use super::*;
    use pgdumpkit_testkit::Cluster;

    const NAMES: [&str; 30] = [
        "LATIN1",
        "LATIN2",
        "LATIN3",
        "LATIN4",
        "LATIN5",
        "LATIN6",
        "LATIN7",
        "LATIN8",
        "LATIN9",
        "LATIN10",
        "ISO_8859_5",
        "ISO_8859_6",
        "ISO_8859_7",
        "ISO_8859_8",
        "WIN1250",
        "WIN1251",
        "WIN1252",
        "WIN1253",
        "WIN1254",
        "WIN1255",
        "WIN1256",
        "WIN1257",
        "WIN1258",
        "WIN866",
        "WIN874",
        "KOI8R",
        "KOI8U",
        "EUC_JP",
        "EUC_KR",
        "EUC_CN",
    ];

    fn sequences(name: &str) -> Vec<Vec<u8>> {
        let mut v: Vec<Vec<u8>> = (0x80..=0xffu8).map(|b| vec![b]).collect();
        if name.starts_with("EUC") {
            for lead in 0x80..=0xffu8 {
                for trail in (0x80..=0xffu8).chain([b'A', b'\n']) {
                    v.push(vec![lead, trail]);
                    if name == "EUC_JP" && lead >= 0xa1 {
                        v.push(vec![SS3, lead, trail]);
                    }
                }
            }
        }
        v
    }

    fn ours(t: &Transcode, seq: &[u8]) -> String {
        match t.statement(seq) {
            Ok(utf8) => utf8.iter().map(|b| format!("{b:02x}")).collect(),
            Err(e) if e.starts_with("ERROR:  invalid byte sequence") => "INV".into(),
            Err(e) if e.contains("has no equivalent") => "UNT".into(),
            Err(e) => e,
        }
    }

    #[test]
    fn conversions_match_the_servers() {
        let cluster =
            Cluster::start().unwrap_or_else(|e| panic!("a PostgreSQL server is needed: {e}"));
        let db = cluster.create_database("conv").expect("database");
        cluster
            .psql(
                &db,
                "CREATE FUNCTION try_conv(b bytea, enc name) RETURNS text LANGUAGE plpgsql AS $$
                 BEGIN RETURN encode(convert_to(convert_from(b, enc), 'UTF8'), 'hex');
                 EXCEPTION
                   WHEN character_not_in_repertoire THEN RETURN 'INV';
                   WHEN untranslatable_character THEN RETURN 'UNT';
                 END $$;",
            )
            .expect("function");
        let mut report = Vec::new();
        for name in NAMES {
            let t = Transcode::for_archive(Some(name.as_bytes()));
            assert!(matches!(t, Transcode::ToUtf8(_)), "{name} converts");
            let seqs = sequences(name);
            let values: Vec<String> = seqs
                .iter()
                .map(|s| {
                    let hex: String = s.iter().map(|b| format!("{b:02x}")).collect();
                    format!("('{hex}')")
                })
                .collect();
            let out = cluster
                .psql(
                    &db,
                    &format!(
                        "SELECT h, try_conv(decode(h, 'hex'), '{name}') FROM (VALUES {}) v(h);",
                        values.join(",")
                    ),
                )
                .expect("conversions");
            assert_eq!(
                out.lines().count(),
                seqs.len(),
                "{name}: one row per sequence"
            );
            let mut bad = 0;
            for (line, seq) in out.lines().zip(&seqs) {
                let (hex, server) = line.split_once('|').expect("two columns");
                let mine = ours(&t, seq);
                if mine != server {
                    bad += 1;
                    if bad <= 5 {
                        report.push(format!("{name} {hex}: server {server}, ours {mine}"));
                    }
                }
            }
            if bad > 5 {
                report.push(format!("{name}: {bad} differences in all"));
            }
        }
        assert!(report.is_empty(), "{}", report.join("\n"));
    }
}
