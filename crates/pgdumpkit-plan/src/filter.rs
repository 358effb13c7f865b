//! `--filter` files (pg_restore 17+), parsed as `filter.c` parses them and applied as
//! `read_restore_filters` (`pg_restore.c`) applies them.
//!
//! Line oriented: `<include|exclude> <object type> <pattern>`, keywords case-insensitive,
//! empty lines and lines starting with `#` ignored. pg_restore accepts only
//! `include function|index|schema|table|trigger` (the lists of `-P -I -n -t -T`) and
//! `exclude schema` (`-N`). Patterns are normalised (white space collapsed, quoted parts kept
//! *with* their quotes) and then compared literally, so a quoted pattern never matches.

use std::fmt;

use crate::options::RestoreOptions;

/// `include` or `exclude`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FilterCommand {
    Include,
    Exclude,
}

impl FilterCommand {
    pub fn keyword(self) -> &'static str {
        match self {
            FilterCommand::Include => "include",
            FilterCommand::Exclude => "exclude",
        }
    }
}

/// The object types `filter.c` knows (`FilterObjectType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FilterObjectType {
    TableData,
    TableDataAndChildren,
    Database,
    Extension,
    ForeignData,
    Function,
    Index,
    Schema,
    Table,
    TableAndChildren,
    Trigger,
}

impl FilterObjectType {
    /// `get_object_type`: the keyword, compared case-insensitively (ASCII).
    pub fn from_keyword(keyword: &[u8]) -> Option<Self> {
        const TYPES: [(&str, FilterObjectType); 11] = [
            ("table_data", FilterObjectType::TableData),
            (
                "table_data_and_children",
                FilterObjectType::TableDataAndChildren,
            ),
            ("database", FilterObjectType::Database),
            ("extension", FilterObjectType::Extension),
            ("foreign_data", FilterObjectType::ForeignData),
            ("function", FilterObjectType::Function),
            ("index", FilterObjectType::Index),
            ("schema", FilterObjectType::Schema),
            ("table", FilterObjectType::Table),
            ("table_and_children", FilterObjectType::TableAndChildren),
            ("trigger", FilterObjectType::Trigger),
        ];
        TYPES
            .iter()
            .find(|(k, _)| k.as_bytes().eq_ignore_ascii_case(keyword))
            .map(|&(_, t)| t)
    }

    /// `filter_object_type_name`: the name used in error messages (with spaces).
    pub fn name(self) -> &'static str {
        match self {
            FilterObjectType::TableData => "table data",
            FilterObjectType::TableDataAndChildren => "table data and children",
            FilterObjectType::Database => "database",
            FilterObjectType::Extension => "extension",
            FilterObjectType::ForeignData => "foreign data",
            FilterObjectType::Function => "function",
            FilterObjectType::Index => "index",
            FilterObjectType::Schema => "schema",
            FilterObjectType::Table => "table",
            FilterObjectType::TableAndChildren => "table and children",
            FilterObjectType::Trigger => "trigger",
        }
    }
}

/// One `<command> <type> <pattern>` item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterItem {
    pub command: FilterCommand,
    pub object_type: FilterObjectType,
    /// The normalised pattern (`read_pattern`).
    pub pattern: Vec<u8>,
    /// The line number pg_restore reports for this item: the last line read for it (a quoted
    /// pattern may span lines).
    pub line: usize,
}

/// A `--filter` error: pg_restore prints it as
/// `invalid format in filter read from file "<name>" on line <n>: <detail>` (or `... read
/// from standard input on line <n>: ...`) and exits with status 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    /// The file name as given; `None` for standard input (`-`).
    pub file_name: Option<String>,
    /// 1-based; 0 only for an empty file (never reported).
    pub line: usize,
    /// The detail, cut to 255 bytes as `pg_log_filter_error`'s buffer cuts it.
    pub detail: Vec<u8>,
}

impl FilterError {
    fn new(file_name: Option<&str>, line: usize, detail: impl Into<Vec<u8>>) -> Self {
        let mut detail = detail.into();
        // `vsnprintf(buf, 256, ...)`
        detail.truncate(255);
        Self {
            file_name: file_name.map(str::to_owned),
            line,
            detail,
        }
    }

    /// The exact message bytes (without the `pg_restore: error: ` prefix).
    pub fn message_bytes(&self) -> Vec<u8> {
        let mut m = match &self.file_name {
            None => format!(
                "invalid format in filter read from standard input on line {}: ",
                self.line
            ),
            Some(f) => format!(
                "invalid format in filter read from file \"{f}\" on line {}: ",
                self.line
            ),
        }
        .into_bytes();
        m.extend_from_slice(&self.detail);
        // pg_log_error strips one trailing newline.
        if m.last() == Some(&b'\n') {
            m.pop();
        }
        m
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.message_bytes()))
    }
}

impl std::error::Error for FilterError {}

/// Reads filter items one by one (`filter_read_item`), so that errors come in the order
/// pg_restore meets them.
#[derive(Debug)]
pub struct FilterReader<'a> {
    lines: std::slice::SplitInclusive<'a, u8, fn(&u8) -> bool>,
    line_no: usize,
    file_name: Option<&'a str>,
    failed: bool,
}

fn is_newline(b: &u8) -> bool {
    *b == b'\n'
}

/// C `isspace` in the "C" locale.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

impl<'a> FilterReader<'a> {
    /// A reader over the file's bytes; `file_name` is `None` for standard input.
    pub fn new(bytes: &'a [u8], file_name: Option<&'a str>) -> Self {
        Self {
            lines: bytes.split_inclusive(is_newline as fn(&u8) -> bool),
            line_no: 0,
            file_name,
            failed: false,
        }
    }

    fn error(&self, detail: impl Into<Vec<u8>>) -> FilterError {
        FilterError::new(self.file_name, self.line_no, detail)
    }

    /// `pg_get_line_buf`, seen as a C string: a NUL byte ends the line's content.
    fn next_line(&mut self) -> Option<&'a [u8]> {
        let line = self.lines.next()?;
        self.line_no += 1;
        Some(crate::selection::cstr(line))
    }

    /// `filter_read_item` for one non-empty line; `Ok(None)` for empty and comment lines.
    fn read_item(&mut self, line: &'a [u8]) -> Result<Option<FilterItem>, FilterError> {
        let mut s = skip_space(line);
        if s.is_empty() || s[0] == b'#' {
            return Ok(None);
        }
        let Some(keyword) = get_keyword(&mut s) else {
            return Err(self.error("no filter command found (expected \"include\" or \"exclude\")"));
        };
        let command = if keyword.eq_ignore_ascii_case(b"include") {
            FilterCommand::Include
        } else if keyword.eq_ignore_ascii_case(b"exclude") {
            FilterCommand::Exclude
        } else {
            return Err(self.error("invalid filter command (expected \"include\" or \"exclude\")"));
        };
        let Some(keyword) = get_keyword(&mut s) else {
            return Err(self.error("missing filter object type"));
        };
        let Some(object_type) = FilterObjectType::from_keyword(keyword) else {
            let mut d = b"unsupported filter object type: \"".to_vec();
            d.extend_from_slice(keyword);
            d.push(b'"');
            return Err(self.error(d));
        };
        let pattern = self.read_pattern(s)?;
        Ok(Some(FilterItem {
            command,
            object_type,
            pattern,
            line: self.line_no,
        }))
    }

    /// `read_pattern`: collapse white space, `,` → `, `, no space around `.`, `(`, `)`, quoted
    /// parts copied with their quotes; stops at `#`.
    fn read_pattern(&mut self, s: &'a [u8]) -> Result<Vec<u8>, FilterError> {
        let mut s = skip_space(s);
        if s.is_empty() {
            return Err(self.error("missing object name pattern"));
        }
        let mut out = Vec::new();
        let mut skip_space_flag = true;
        let mut found_space = false;
        while let Some(&c) = s.first() {
            if c == b'#' {
                break;
            }
            while let Some(&c) = s.first() {
                if is_space(c) || b"#,.()\"".contains(&c) {
                    break;
                }
                if !skip_space_flag && found_space {
                    out.push(b' ');
                    skip_space_flag = true;
                }
                out.push(c);
                s = &s[1..];
            }
            skip_space_flag = false;
            match s.first() {
                Some(b'"') => {
                    if found_space {
                        out.push(b' ');
                    }
                    s = self.read_quoted_string(s, &mut out)?;
                }
                Some(b',') => {
                    out.extend_from_slice(b", ");
                    skip_space_flag = true;
                    s = &s[1..];
                }
                Some(&c @ (b'.' | b'(' | b')')) => {
                    out.push(c);
                    skip_space_flag = true;
                    s = &s[1..];
                }
                _ => {}
            }
            found_space = false;
            while let Some(&c) = s.first() {
                if !is_space(c) {
                    break;
                }
                found_space = true;
                s = &s[1..];
            }
        }
        Ok(out)
    }

    /// `read_quoted_string`: `s` starts at the opening quote. Returns the rest after the
    /// closing quote, possibly on a later line. Inside quotes CR and LF are dropped, `""` is
    /// kept as `""`, `\n` becomes a newline, `\\` a backslash, and a backslash before any
    /// other byte drops both.
    fn read_quoted_string(
        &mut self,
        s: &'a [u8],
        out: &mut Vec<u8>,
    ) -> Result<&'a [u8], FilterError> {
        out.push(b'"');
        let mut s = &s[1..];
        loop {
            match s.first() {
                Some(b'\r' | b'\n') => {
                    s = &s[1..];
                    continue;
                }
                None => {
                    let Some(next) = self.next_line() else {
                        return Err(self.error("unexpected end of file"));
                    };
                    s = next;
                    out.push(b'\n');
                }
                Some(_) => {}
            }
            // After reading a new line the same byte tests apply to its first byte (an empty
            // continuation cannot happen: every line but the last ends in LF).
            match s.first() {
                Some(b'"') => {
                    out.push(b'"');
                    s = &s[1..];
                    if s.first() == Some(&b'"') {
                        out.push(b'"');
                        s = &s[1..];
                    } else {
                        break;
                    }
                }
                Some(b'\\') => {
                    s = &s[1..];
                    match s.first() {
                        Some(b'n') => out.push(b'\n'),
                        Some(b'\\') => out.push(b'\\'),
                        _ => {}
                    }
                    // pg_restore steps over the escaped byte even when it is the end of the
                    // line; we stop at the end instead of reading past it.
                    s = s.get(1..).unwrap_or(&[]);
                }
                Some(&c) => {
                    out.push(c);
                    s = &s[1..];
                }
                None => {}
            }
        }
        Ok(s)
    }
}

impl Iterator for FilterReader<'_> {
    type Item = Result<FilterItem, FilterError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        while let Some(line) = self.next_line() {
            match self.read_item(line) {
                Ok(None) => continue,
                Ok(Some(item)) => return Some(Ok(item)),
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

fn skip_space(mut s: &[u8]) -> &[u8] {
    while let Some(&c) = s.first() {
        if !is_space(c) {
            break;
        }
        s = &s[1..];
    }
    s
}

/// `filter_get_keyword`: the next run of non-space bytes.
fn get_keyword<'a>(s: &mut &'a [u8]) -> Option<&'a [u8]> {
    let rest = skip_space(s);
    let n = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
    *s = &rest[n..];
    if n == 0 { None } else { Some(&rest[..n]) }
}

/// Apply a `--filter` file to the options as `read_restore_filters` does, appending to the
/// name lists in file order. `file_name` is the name as given, `None` for standard input.
/// Stops at the first error; items before it have been applied (pg_restore exits anyway).
pub fn apply_filter(
    bytes: &[u8],
    file_name: Option<&str>,
    opts: &mut RestoreOptions,
) -> Result<(), FilterError> {
    for item in FilterReader::new(bytes, file_name) {
        let item = item?;
        use FilterObjectType as T;
        let list = match (item.command, item.object_type) {
            (FilterCommand::Include, T::Function) => &mut opts.functions,
            (FilterCommand::Include, T::Index) => &mut opts.indexes,
            (FilterCommand::Include, T::Schema) => &mut opts.schemas,
            (FilterCommand::Include, T::Table) => &mut opts.tables,
            (FilterCommand::Include, T::Trigger) => &mut opts.triggers,
            (FilterCommand::Exclude, T::Schema) => &mut opts.exclude_schemas,
            (command, object_type) => {
                let detail = format!(
                    "{} filter for \"{}\" is not allowed",
                    command.keyword(),
                    object_type.name()
                );
                return Err(FilterError::new(file_name, item.line, detail));
            }
        };
        list.push(item.pattern);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Result<Vec<FilterItem>, FilterError> {
        FilterReader::new(s.as_bytes(), Some("f.txt")).collect()
    }

    fn pattern(s: &str) -> String {
        let line = format!("include table {s}\n");
        let it = items(&line).expect("valid filter line");
        String::from_utf8(it[0].pattern.clone()).expect("ascii test input")
    }

    fn err(s: &str, file: Option<&str>) -> String {
        let mut o = RestoreOptions::default();
        apply_filter(s.as_bytes(), file, &mut o)
            .expect_err("invalid filter")
            .to_string()
    }

    #[test]
    fn commands_types_and_lists() {
        let mut o = RestoreOptions::default();
        let text = "# comment\n\n   \nINCLUDE Table t1\ninclude function f(integer)\ninclude index i\n\
                    include schema s\ninclude trigger tb tg\nexclude SCHEMA x\n  # indented comment\n";
        apply_filter(text.as_bytes(), Some("f"), &mut o).expect("valid filter");
        assert_eq!(o.tables, vec![b"t1".to_vec()]);
        assert_eq!(o.functions, vec![b"f(integer)".to_vec()]);
        assert_eq!(o.indexes, vec![b"i".to_vec()]);
        assert_eq!(o.schemas, vec![b"s".to_vec()]);
        assert_eq!(o.triggers, vec![b"tb tg".to_vec()]);
        assert_eq!(o.exclude_schemas, vec![b"x".to_vec()]);
        assert!(o.selects_types());
    }

    #[test]
    fn appends_after_existing_names() {
        let mut o = RestoreOptions {
            tables: vec![b"a".to_vec()],
            ..Default::default()
        };
        apply_filter(b"include table b", None, &mut o).expect("valid filter");
        assert_eq!(o.tables, vec![b"a".to_vec(), b"b".to_vec()]);
    }

    #[test]
    fn pattern_normalisation() {
        assert_eq!(pattern("  a   b  "), "a b");
        assert_eq!(pattern("f( integer ,text )"), "f(integer, text)");
        assert_eq!(pattern("f(integer,  text)"), "f(integer, text)");
        assert_eq!(pattern("s . t"), "s.t");
        assert_eq!(pattern("t # comment"), "t");
        assert_eq!(pattern("t#comment"), "t");
        assert_eq!(pattern("\"Quoted\""), "\"Quoted\"");
        assert_eq!(pattern("Table \"Quoted\""), "Table \"Quoted\"");
        assert_eq!(pattern("s. \"b\""), "s. \"b\"");
        assert_eq!(pattern("\"a\"\"b\""), "\"a\"\"b\"");
        assert_eq!(pattern("\"a\\nb\\\\c\\xd\""), "\"a\nb\\cd\"");
        assert_eq!(pattern("#x"), "");
    }

    #[test]
    fn quoted_pattern_spanning_lines() {
        let it = items("include table \"a\nb\" rest\ninclude schema s\n").expect("valid filter");
        assert_eq!(it[0].pattern, b"\"a\nb\" rest");
        assert_eq!(it[0].line, 2);
        assert_eq!(it[1].line, 3);
        let e = err("include table \"abc\n", Some("f"));
        assert_eq!(
            e,
            "invalid format in filter read from file \"f\" on line 1: unexpected end of file"
        );
    }

    #[test]
    fn error_messages() {
        assert_eq!(
            err("\n\nfoo table t\n", Some("f.txt")),
            "invalid format in filter read from file \"f.txt\" on line 3: invalid filter command (expected \"include\" or \"exclude\")"
        );
        assert_eq!(
            err("include\n", None),
            "invalid format in filter read from standard input on line 1: missing filter object type"
        );
        assert_eq!(
            err("include view v\n", None),
            "invalid format in filter read from standard input on line 1: unsupported filter object type: \"view\""
        );
        assert_eq!(
            err("include table   \n", Some("x")),
            "invalid format in filter read from file \"x\" on line 1: missing object name pattern"
        );
        assert_eq!(
            err("include table_and_children t\n", Some("x")),
            "invalid format in filter read from file \"x\" on line 1: include filter for \"table and children\" is not allowed"
        );
        assert_eq!(
            err("exclude table t\n", None),
            "invalid format in filter read from standard input on line 1: exclude filter for \"table\" is not allowed"
        );
        assert_eq!(
            err("include table_data t\n", None),
            "invalid format in filter read from standard input on line 1: include filter for \"table data\" is not allowed"
        );
        assert_eq!(
            err("include foreign_data t\n", None),
            "invalid format in filter read from standard input on line 1: include filter for \"foreign data\" is not allowed"
        );
    }

    #[test]
    fn first_error_wins_in_file_order() {
        // A not-allowed item on line 1 is reported before the syntax error on line 2.
        let e = err("include extension e\nbogus\n", None);
        assert!(
            e.contains("line 1: include filter for \"extension\""),
            "{e}"
        );
    }

    #[test]
    fn long_detail_is_cut_to_255_bytes() {
        let kw = "x".repeat(400);
        let mut o = RestoreOptions::default();
        let e =
            apply_filter(format!("include {kw} t").as_bytes(), None, &mut o).expect_err("bad type");
        assert_eq!(e.detail.len(), 255);
        assert!(
            e.detail
                .starts_with(b"unsupported filter object type: \"xxx")
        );
    }

    #[test]
    fn nul_ends_a_line() {
        let it = items("include table a\0b\n").expect("valid filter");
        assert_eq!(it[0].pattern, b"a");
    }
}
