//! Client encodings as pg_restore knows them: the name table of `encnames.c` (to turn the
//! archive's `ENCODING` entry into the canonical name the preamble prints) and the character
//! length and validity rules of `wchar.c` that `fmtId` and `appendStringLiteral` apply to
//! bytes with the high bit set.

/// A PostgreSQL encoding (`pg_enc`), server or client-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Encoding {
    SqlAscii,
    EucJp,
    EucCn,
    EucKr,
    EucTw,
    EucJis2004,
    Utf8,
    MuleInternal,
    Latin1,
    Latin2,
    Latin3,
    Latin4,
    Latin5,
    Latin6,
    Latin7,
    Latin8,
    Latin9,
    Latin10,
    Win1256,
    Win1258,
    Win866,
    Win874,
    Koi8r,
    Win1251,
    Win1252,
    Iso8859_5,
    Iso8859_6,
    Iso8859_7,
    Iso8859_8,
    Win1250,
    Win1253,
    Win1254,
    Win1255,
    Win1257,
    Koi8u,
    Sjis,
    Big5,
    Gbk,
    Uhc,
    Gb18030,
    Johab,
    ShiftJis2004,
}

/// `pg_encname_tbl`: every accepted spelling, already cleaned (lower case, alphanumerics only).
const ALIASES: &[(&str, Encoding)] = &[
    ("abc", Encoding::Win1258),
    ("alt", Encoding::Win866),
    ("big5", Encoding::Big5),
    ("euccn", Encoding::EucCn),
    ("eucjis2004", Encoding::EucJis2004),
    ("eucjp", Encoding::EucJp),
    ("euckr", Encoding::EucKr),
    ("euctw", Encoding::EucTw),
    ("gb18030", Encoding::Gb18030),
    ("gbk", Encoding::Gbk),
    ("iso88591", Encoding::Latin1),
    ("iso885910", Encoding::Latin6),
    ("iso885913", Encoding::Latin7),
    ("iso885914", Encoding::Latin8),
    ("iso885915", Encoding::Latin9),
    ("iso885916", Encoding::Latin10),
    ("iso88592", Encoding::Latin2),
    ("iso88593", Encoding::Latin3),
    ("iso88594", Encoding::Latin4),
    ("iso88595", Encoding::Iso8859_5),
    ("iso88596", Encoding::Iso8859_6),
    ("iso88597", Encoding::Iso8859_7),
    ("iso88598", Encoding::Iso8859_8),
    ("iso88599", Encoding::Latin5),
    ("johab", Encoding::Johab),
    ("koi8", Encoding::Koi8r),
    ("koi8r", Encoding::Koi8r),
    ("koi8u", Encoding::Koi8u),
    ("latin1", Encoding::Latin1),
    ("latin10", Encoding::Latin10),
    ("latin2", Encoding::Latin2),
    ("latin3", Encoding::Latin3),
    ("latin4", Encoding::Latin4),
    ("latin5", Encoding::Latin5),
    ("latin6", Encoding::Latin6),
    ("latin7", Encoding::Latin7),
    ("latin8", Encoding::Latin8),
    ("latin9", Encoding::Latin9),
    ("mskanji", Encoding::Sjis),
    ("muleinternal", Encoding::MuleInternal),
    ("shiftjis", Encoding::Sjis),
    ("shiftjis2004", Encoding::ShiftJis2004),
    ("sjis", Encoding::Sjis),
    ("sqlascii", Encoding::SqlAscii),
    ("tcvn", Encoding::Win1258),
    ("tcvn5712", Encoding::Win1258),
    ("uhc", Encoding::Uhc),
    ("unicode", Encoding::Utf8),
    ("utf8", Encoding::Utf8),
    ("vscii", Encoding::Win1258),
    ("win", Encoding::Win1251),
    ("win1250", Encoding::Win1250),
    ("win1251", Encoding::Win1251),
    ("win1252", Encoding::Win1252),
    ("win1253", Encoding::Win1253),
    ("win1254", Encoding::Win1254),
    ("win1255", Encoding::Win1255),
    ("win1256", Encoding::Win1256),
    ("win1257", Encoding::Win1257),
    ("win1258", Encoding::Win1258),
    ("win866", Encoding::Win866),
    ("win874", Encoding::Win874),
    ("win932", Encoding::Sjis),
    ("win936", Encoding::Gbk),
    ("win949", Encoding::Uhc),
    ("win950", Encoding::Big5),
    ("windows1250", Encoding::Win1250),
    ("windows1251", Encoding::Win1251),
    ("windows1252", Encoding::Win1252),
    ("windows1253", Encoding::Win1253),
    ("windows1254", Encoding::Win1254),
    ("windows1255", Encoding::Win1255),
    ("windows1256", Encoding::Win1256),
    ("windows1257", Encoding::Win1257),
    ("windows1258", Encoding::Win1258),
    ("windows866", Encoding::Win866),
    ("windows874", Encoding::Win874),
    ("windows932", Encoding::Sjis),
    ("windows936", Encoding::Gbk),
    ("windows949", Encoding::Uhc),
    ("windows950", Encoding::Big5),
];

/// `NAMEDATALEN`: names this long or longer are never in the table (`pg_char_to_encoding`).
const NAMEDATALEN: usize = 64;

/// EUC single shifts (`SS2`, `SS3` in `pg_wchar.h`).
const SS2: u8 = 0x8e;
const SS3: u8 = 0x8f;

/// The pair `pg_encoding_set_invalid` writes for encodings other than UTF-8.
const NONUTF8_INVALID: [u8; 2] = [0x8d, b' '];

impl Encoding {
    /// `pg_char_to_encoding`: any spelling in the alias table, ignoring case and
    /// non-alphanumeric characters.
    pub fn from_name(name: &[u8]) -> Option<Encoding> {
        if name.is_empty() || name.len() >= NAMEDATALEN {
            return None;
        }
        let key: Vec<u8> = name
            .iter()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase)
            .collect();
        ALIASES
            .binary_search_by(|(alias, _)| alias.as_bytes().cmp(&key))
            .ok()
            .map(|i| ALIASES[i].1)
    }

    /// `pg_encoding_to_char`: the canonical name (`UTF8`, `SQL_ASCII`, `LATIN1`...).
    pub fn name(self) -> &'static str {
        use Encoding::*;
        match self {
            SqlAscii => "SQL_ASCII",
            EucJp => "EUC_JP",
            EucCn => "EUC_CN",
            EucKr => "EUC_KR",
            EucTw => "EUC_TW",
            EucJis2004 => "EUC_JIS_2004",
            Utf8 => "UTF8",
            MuleInternal => "MULE_INTERNAL",
            Latin1 => "LATIN1",
            Latin2 => "LATIN2",
            Latin3 => "LATIN3",
            Latin4 => "LATIN4",
            Latin5 => "LATIN5",
            Latin6 => "LATIN6",
            Latin7 => "LATIN7",
            Latin8 => "LATIN8",
            Latin9 => "LATIN9",
            Latin10 => "LATIN10",
            Win1256 => "WIN1256",
            Win1258 => "WIN1258",
            Win866 => "WIN866",
            Win874 => "WIN874",
            Koi8r => "KOI8R",
            Win1251 => "WIN1251",
            Win1252 => "WIN1252",
            Iso8859_5 => "ISO_8859_5",
            Iso8859_6 => "ISO_8859_6",
            Iso8859_7 => "ISO_8859_7",
            Iso8859_8 => "ISO_8859_8",
            Win1250 => "WIN1250",
            Win1253 => "WIN1253",
            Win1254 => "WIN1254",
            Win1255 => "WIN1255",
            Win1257 => "WIN1257",
            Koi8u => "KOI8U",
            Sjis => "SJIS",
            Big5 => "BIG5",
            Gbk => "GBK",
            Uhc => "UHC",
            Gb18030 => "GB18030",
            Johab => "JOHAB",
            ShiftJis2004 => "SHIFT_JIS_2004",
        }
    }

    /// `pg_encoding_mblen`: the byte length of the character starting at `s[0]` (which the
    /// caller guarantees to exist). Bytes past the end read as NUL, as in a C string.
    pub(crate) fn mblen(self, s: &[u8]) -> usize {
        use Encoding::*;
        let c = s[0];
        let high = c & 0x80 != 0;
        match self {
            Utf8 => match c {
                _ if c & 0x80 == 0 => 1,
                _ if c & 0xe0 == 0xc0 => 2,
                _ if c & 0xf0 == 0xe0 => 3,
                _ if c & 0xf8 == 0xf0 => 4,
                _ => 1,
            },
            EucJp | EucKr | EucJis2004 | Johab => match c {
                SS2 => 2,
                SS3 => 3,
                _ if high => 2,
                _ => 1,
            },
            EucCn => match c {
                SS2 | SS3 => 3,
                _ if high => 2,
                _ => 1,
            },
            EucTw => match c {
                SS2 => 4,
                SS3 => 3,
                _ if high => 2,
                _ => 1,
            },
            MuleInternal => match c {
                0x81..=0x8d => 2,
                0x9a | 0x9b => 3,
                0x90..=0x99 => 3,
                0x9c | 0x9d => 4,
                _ => 1,
            },
            Sjis | ShiftJis2004 => match c {
                0xa1..=0xdf => 1,
                _ if high => 2,
                _ => 1,
            },
            Big5 | Gbk | Uhc if high => 2,
            Gb18030 => {
                let next = s.get(1).copied().unwrap_or(0);
                if !high {
                    1
                } else if (0x30..=0x39).contains(&next) {
                    4
                } else {
                    2
                }
            }
            _ => 1,
        }
    }

    /// `pg_encoding_verifymbchar(encoding, s, len)` with `len == s.len()`: whether `s` is one
    /// validly encoded character. `s` is non-empty and holds no NUL.
    pub(crate) fn verify_char(self, s: &[u8]) -> bool {
        use Encoding::*;
        let len = s.len();
        let euc = |c: u8| (0xa1..=0xfe).contains(&c);
        match self {
            SqlAscii | Latin1 | Latin2 | Latin3 | Latin4 | Latin5 | Latin6 | Latin7 | Latin8
            | Latin9 | Latin10 | Win1256 | Win1258 | Win866 | Win874 | Koi8r | Win1251
            | Win1252 | Iso8859_5 | Iso8859_6 | Iso8859_7 | Iso8859_8 | Win1250 | Win1253
            | Win1254 | Win1255 | Win1257 | Koi8u => true,
            Utf8 => {
                let l = self.mblen(s);
                l <= len && utf8_is_legal(&s[..l])
            }
            EucJp | EucJis2004 => match s[0] {
                SS2 => len >= 2 && (0xa1..=0xdf).contains(&s[1]),
                SS3 => len >= 3 && euc(s[1]) && euc(s[2]),
                c if c & 0x80 != 0 => len >= 2 && euc(c) && euc(s[1]),
                _ => true,
            },
            EucKr | EucCn => match s[0] {
                c if c & 0x80 != 0 => len >= 2 && euc(c) && euc(s[1]),
                _ => true,
            },
            EucTw => match s[0] {
                SS2 => len >= 4 && (0xa1..=0xa7).contains(&s[1]) && euc(s[2]) && euc(s[3]),
                SS3 => false,
                c if c & 0x80 != 0 => len >= 2 && euc(s[1]),
                _ => true,
            },
            Johab => {
                let l = self.mblen(s);
                if len < l {
                    return false;
                }
                s[0] & 0x80 == 0 || s[1..l].iter().all(|&c| euc(c))
            }
            MuleInternal => {
                let l = self.mblen(s);
                len >= l && s[1..l].iter().all(|&c| c & 0x80 != 0)
            }
            Sjis | ShiftJis2004 => {
                let l = self.mblen(s);
                if len < l {
                    return false;
                }
                if l == 1 {
                    return true;
                }
                let head = matches!(s[0], 0x81..=0x9f | 0xe0..=0xfc);
                let tail = matches!(s[1], 0x40..=0x7e | 0x80..=0xfc);
                head && tail
            }
            Big5 | Gbk | Uhc => {
                let l = self.mblen(s);
                if len < l {
                    return false;
                }
                if l == 2 && s[..2] == NONUTF8_INVALID {
                    return false;
                }
                s[1..l].iter().all(|&c| c != 0)
            }
            Gb18030 => {
                let c = s[0];
                if c & 0x80 == 0 {
                    true
                } else if len >= 4 && (0x30..=0x39).contains(&s[1]) {
                    (0x81..=0xfe).contains(&c)
                        && (0x81..=0xfe).contains(&s[2])
                        && (0x30..=0x39).contains(&s[3])
                } else if len >= 2 && (0x81..=0xfe).contains(&c) {
                    matches!(s[1], 0x40..=0x7e | 0x80..=0xfe)
                } else {
                    false
                }
            }
        }
    }

    /// `pg_encoding_set_invalid`: the two bytes that replace the first byte of an invalid
    /// multibyte character.
    pub(crate) fn invalid_pair(self) -> [u8; 2] {
        if self == Encoding::Utf8 {
            [0xc0, b' ']
        } else {
            NONUTF8_INVALID
        }
    }
}

/// `pg_utf8_islegal` (RFC 3629 rules, lengths 1 to 4).
fn utf8_is_legal(s: &[u8]) -> bool {
    let in_range = |a: u8, lo: u8, hi: u8| (lo..=hi).contains(&a);
    match s.len() {
        1..=4 => {}
        _ => return false,
    }
    if s.len() >= 4 && !in_range(s[3], 0x80, 0xbf) {
        return false;
    }
    if s.len() >= 3 && !in_range(s[2], 0x80, 0xbf) {
        return false;
    }
    if s.len() >= 2 {
        let a = s[1];
        let ok = match s[0] {
            0xe0 => in_range(a, 0xa0, 0xbf),
            0xed => in_range(a, 0x80, 0x9f),
            0xf0 => in_range(a, 0x90, 0xbf),
            0xf4 => in_range(a, 0x80, 0x8f),
            _ => in_range(a, 0x80, 0xbf),
        };
        if !ok {
            return false;
        }
    }
    let a = s[0];
    !((0x80..0xc2).contains(&a) || a > 0xf4)
}

/// Append `s` to `out`, copying valid multibyte characters and replacing the first byte of
/// each invalid one with [`Encoding::invalid_pair`] (the shared loop of `fmtIdEnc` and
/// `appendStringLiteral`). `ascii` handles each byte without the high bit.
pub(crate) fn append_checked(
    enc: Encoding,
    s: &[u8],
    out: &mut Vec<u8>,
    mut ascii: impl FnMut(u8, &mut Vec<u8>),
) {
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c & 0x80 == 0 {
            ascii(c, out);
            i += 1;
            continue;
        }
        let rest = &s[i..];
        let len = enc.mblen(rest);
        if rest.len() < len || !enc.verify_char(&rest[..len]) {
            out.extend_from_slice(&enc.invalid_pair());
            i += 1;
        } else {
            out.extend_from_slice(&rest[..len]);
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_table_is_sorted_for_binary_search() {
        assert!(ALIASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn names_resolve_to_canonical() {
        assert_eq!(Encoding::from_name(b"UTF8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::from_name(b"utf-8"), Some(Encoding::Utf8));
        assert_eq!(
            Encoding::from_name(b"ISO-8859-1").map(Encoding::name),
            Some("LATIN1")
        );
        assert_eq!(Encoding::from_name(b"SQL_ASCII"), Some(Encoding::SqlAscii));
        assert_eq!(Encoding::from_name(b""), None);
        assert_eq!(Encoding::from_name(b"klingon"), None);
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let mut out = Vec::new();
        append_checked(
            Encoding::Utf8,
            b"a\xc3\xa9\xff\xe2\x82",
            &mut out,
            |c, o| o.push(c),
        );
        assert_eq!(out, b"a\xc3\xa9\xc0 \xc0 \xc0 ");
    }
}
