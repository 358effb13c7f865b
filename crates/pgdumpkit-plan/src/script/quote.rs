//! Quoting as pg_restore 18 does it: `fmtId`/`fmtQualifiedId` (`fe_utils/string_utils.c`),
//! `appendStringLiteral`, `appendByteaLiteral`, `appendPsqlMetaConnect` and `sanitize_line`
//! (`dumputils.c`).

use super::encoding::{Encoding, append_checked};

/// PostgreSQL 18's keywords whose category is not `UNRESERVED_KEYWORD` (from
/// `src/include/parser/kwlist.h`): `fmtId` quotes exactly these among lower-case names.
/// Sorted, for binary search.
const QUOTED_KEYWORDS: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "json",
    "json_array",
    "json_arrayagg",
    "json_exists",
    "json_object",
    "json_objectagg",
    "json_query",
    "json_scalar",
    "json_serialize",
    "json_table",
    "json_value",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "merge_action",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "system_user",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
];

/// Whether `fmtId` must quote this lower-case name because it is a keyword.
fn is_quoted_keyword(name: &[u8]) -> bool {
    QUOTED_KEYWORDS
        .binary_search_by(|k| k.as_bytes().cmp(name))
        .is_ok()
}

/// C string semantics: everything before the first NUL (shared with selection).
pub(crate) use crate::selection::cstr;

/// `fmtIdEnc`: append `raw` as an identifier, double-quoted unless it is a lower-case
/// identifier that is not a reserved, column-name or type/function-name keyword.
pub fn append_ident(out: &mut Vec<u8>, raw: &[u8], enc: Encoding) {
    let raw = cstr(raw);
    let plain = match raw.first() {
        Some(&c) if c.is_ascii_lowercase() || c == b'_' => raw
            .iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_'),
        _ => false,
    };
    if plain && !is_quoted_keyword(raw) {
        out.extend_from_slice(raw);
        return;
    }
    out.push(b'"');
    append_checked(enc, raw, out, |c, o| {
        if c == b'"' {
            o.push(b'"');
        }
        o.push(c);
    });
    out.push(b'"');
}

/// `fmtId` returning a fresh buffer.
pub fn ident(raw: &[u8], enc: Encoding) -> Vec<u8> {
    let mut v = Vec::with_capacity(raw.len() + 2);
    append_ident(&mut v, raw, enc);
    v
}

/// `fmtQualifiedIdEnc`: `schema.name`, the schema omitted when NULL or empty.
pub fn append_qualified(out: &mut Vec<u8>, schema: Option<&[u8]>, name: &[u8], enc: Encoding) {
    if let Some(s) = schema.map(cstr).filter(|s| !s.is_empty()) {
        append_ident(out, s, enc);
        out.push(b'.');
    }
    append_ident(out, name, enc);
}

/// `appendStringLiteral`: a single-quoted literal; quotes are doubled, and backslashes too
/// when `std_strings` is off. No `E` prefix is added (pg_restore's `appendStringLiteralAH`).
pub fn append_string_literal(out: &mut Vec<u8>, s: &[u8], enc: Encoding, std_strings: bool) {
    out.push(b'\'');
    append_checked(enc, cstr(s), out, |c, o| {
        if c == b'\'' || (c == b'\\' && !std_strings) {
            o.push(c);
        }
        o.push(c);
    });
    out.push(b'\'');
}

/// `appendByteaLiteral`: `'\x<hex>'`, or `'\\x<hex>'` when standard_conforming_strings is off.
pub fn append_bytea_literal(out: &mut Vec<u8>, data: &[u8], std_strings: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(data.len() * 2 + 5);
    out.push(b'\'');
    if !std_strings {
        out.push(b'\\');
    }
    out.extend_from_slice(b"\\x");
    for &b in data {
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 0xf)]);
    }
    out.push(b'\'');
}

/// `appendConnStrVal`: a libpq conninfo value, single-quoted with `\` escapes unless it is
/// made only of `[A-Za-z0-9_.]` (and is not empty).
fn append_conn_str_val(out: &mut Vec<u8>, s: &[u8]) {
    let plain = !s.is_empty()
        && s.iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.');
    if plain {
        out.extend_from_slice(s);
        return;
    }
    out.push(b'\'');
    for &c in s {
        if c == b'\'' || c == b'\\' {
            out.push(b'\\');
        }
        out.push(c);
    }
    out.push(b'\'');
}

/// `appendPsqlMetaConnect`: the `\connect` line for `dbname`, ending in a newline. Names with
/// characters outside `[A-Za-z0-9_.]` use `\encoding SQL_ASCII` and a quoted conninfo.
/// Returns `None` for a name holding CR or LF, which pg_restore refuses.
pub fn psql_meta_connect(dbname: &[u8]) -> Option<Vec<u8>> {
    let dbname = cstr(dbname);
    if dbname.iter().any(|&c| c == b'\n' || c == b'\r') {
        return None;
    }
    let complex = dbname
        .iter()
        .any(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.'));
    let mut out = Vec::new();
    if complex {
        out.extend_from_slice(b"\\encoding SQL_ASCII\n\\connect -reuse-previous=on ");
        let mut conn = b"dbname=".to_vec();
        append_conn_str_val(&mut conn, dbname);
        append_ident(&mut out, &conn, Encoding::SqlAscii);
    } else {
        out.extend_from_slice(b"\\connect ");
        append_ident(&mut out, dbname, Encoding::SqlAscii);
    }
    out.push(b'\n');
    Some(out)
}

/// `sanitize_line`: CR and LF become spaces; NULL becomes `-` or the empty string.
pub fn append_sanitized(out: &mut Vec<u8>, s: Option<&[u8]>, want_hyphen: bool) {
    match s {
        None => {
            if want_hyphen {
                out.push(b'-');
            }
        }
        Some(s) => out.extend(
            cstr(s)
                .iter()
                .map(|&c| if c == b'\n' || c == b'\r' { b' ' } else { c }),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> String {
        String::from_utf8(ident(s.as_bytes(), Encoding::Utf8)).unwrap_or_default()
    }

    #[test]
    fn keyword_list_is_sorted() {
        assert!(QUOTED_KEYWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn fmt_id_rules() {
        assert_eq!(id("customers"), "customers");
        assert_eq!(id("_x1"), "_x1");
        assert_eq!(id("Mixed Case"), "\"Mixed Case\"");
        assert_eq!(id("1abc"), "\"1abc\"");
        assert_eq!(id("a\"b"), "\"a\"\"b\"");
        assert_eq!(id("user"), "\"user\"");
        assert_eq!(id("table"), "\"table\"");
        assert_eq!(id("between"), "\"between\"");
        // Unreserved keywords stay bare.
        assert_eq!(id("data"), "data");
        assert_eq!(id("name"), "name");
        assert_eq!(id(""), "\"\"");
        assert_eq!(id("café"), "\"café\"");
    }

    #[test]
    fn qualified() {
        let mut v = Vec::new();
        append_qualified(&mut v, Some(b"app"), b"Order", Encoding::Utf8);
        assert_eq!(v, b"app.\"Order\"");
        let mut v = Vec::new();
        append_qualified(&mut v, Some(b""), b"t", Encoding::Utf8);
        assert_eq!(v, b"t");
    }

    #[test]
    fn literals() {
        let mut v = Vec::new();
        append_string_literal(&mut v, b"o'k\\", Encoding::Utf8, true);
        assert_eq!(v, b"'o''k\\'");
        let mut v = Vec::new();
        append_string_literal(&mut v, b"o'k\\", Encoding::Utf8, false);
        assert_eq!(v, b"'o''k\\\\'");
        let mut v = Vec::new();
        append_bytea_literal(&mut v, &[0, 0xab], true);
        assert_eq!(v, b"'\\x00ab'");
        let mut v = Vec::new();
        append_bytea_literal(&mut v, &[1], false);
        assert_eq!(v, b"'\\\\x01'");
    }

    #[test]
    fn connect_lines() {
        assert_eq!(
            psql_meta_connect(b"rich").unwrap_or_default(),
            b"\\connect rich\n"
        );
        assert_eq!(
            psql_meta_connect(b"Rich").unwrap_or_default(),
            b"\\connect \"Rich\"\n"
        );
        assert_eq!(
            psql_meta_connect(b"we ird").unwrap_or_default(),
            b"\\encoding SQL_ASCII\n\\connect -reuse-previous=on \"dbname='we ird'\"\n"
        );
        assert_eq!(psql_meta_connect(b"a\nb"), None);
    }
}
