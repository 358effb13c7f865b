//! What a restore leaves in a database, captured so that two restores can be compared: the
//! schema as `pg_dump` prints it, the rows of every table, sequence positions, large objects
//! and the database's own properties.
//!
//! The schema comes from `pg_dump -s` (with `--statistics` too when `pg_dump` is 18 or newer,
//! so restored planner statistics are compared as well), minus the lines that differ between
//! any two dumps: the `\restrict` / `\unrestrict` keys (random per run since 18.0, 17.6, ...),
//! the `-- Dumped from/by` version comments, and the page counts of relation statistics
//! (see [`PHYSICAL_STATISTICS`]). Everything else is read through `psql`:
//!
//! | part | source |
//! |---|---|
//! | rows | `COPY t TO STDOUT` for every ordinary table (partitions included: their parent holds no rows) and every populated materialized view, lines sorted; views and foreign tables are skipped |
//! | sequences | `SELECT last_value, is_called` |
//! | large objects | OID, owner, MD5 of the data, ACL, comment |
//! | database | owner, encoding, collation, connection limit, ACL, comment and `ALTER DATABASE ... SET` settings, which `pg_dump` without `-C` leaves out |
//!
//! Statistics make the schema part depend on `ANALYZE`: compare snapshots of a cluster whose
//! autovacuum is off (`ALTER SYSTEM SET autovacuum = off`), or autovacuum may analyze one
//! database and not the other.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use crate::cluster::{Cluster, parse_server_version};
use crate::error::TestkitError;
use crate::fixtures::{find_on_path, is_executable, toolchain_dir};

/// Lines of unchanged schema shown before its first difference.
const CONTEXT: usize = 3;
/// Longest excerpt of one line in a difference report, in characters.
const MAX_LINE_CHARS: usize = 240;
/// How many names a "only in one side" list shows before "and N more".
const MAX_NAMES: usize = 5;
/// The first `pg_dump` that can dump planner statistics (`--statistics`, PostgreSQL 18).
const STATISTICS_MAJOR: u32 = 18;

/// A database's restorable state. Build with [`Snapshot::take`]; compare with
/// [`Snapshot::diff`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// Normalized `pg_dump -s` output, one entry per line (without its newline).
    schema: Vec<Vec<u8>>,
    /// Rows of each table, keyed by its qualified, quoted name (`app."Order"`).
    tables: BTreeMap<String, TableContent>,
    /// `last_value|is_called` of each sequence, keyed like tables.
    sequences: BTreeMap<String, Vec<u8>>,
    /// One line per large object, in OID order.
    large_objects: Vec<Vec<u8>>,
    /// Database-level properties, one line each, sorted.
    database: Vec<Vec<u8>>,
}

/// The contents of one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableContent {
    /// Its rows as `COPY ... TO STDOUT` text lines (no newline), sorted bytewise.
    Rows(Vec<Vec<u8>>),
    /// A materialized view that was never refreshed: it has no rows to read.
    Unpopulated,
}

impl TableContent {
    fn describe(&self) -> String {
        match self {
            TableContent::Rows(rows) => format!("{} rows", rows.len()),
            TableContent::Unpopulated => "unpopulated".to_string(),
        }
    }
}

impl Snapshot {
    /// Captures database `db` of `cluster`, with the `pg_dump` that [`pg_dump_for`] chooses.
    pub fn take(cluster: &Cluster, db: &str) -> Result<Snapshot, TestkitError> {
        let pg_dump = pg_dump_for(cluster)?;
        Snapshot::take_with(cluster, db, &pg_dump)
    }

    /// Captures database `db` of `cluster` using this `pg_dump`, which must be at least as new
    /// as the server (older ones refuse newer servers).
    pub fn take_with(
        cluster: &Cluster,
        db: &str,
        pg_dump: &PgDump,
    ) -> Result<Snapshot, TestkitError> {
        // pg_dump and the catalog query are independent: run them side by side.
        let (schema, catalog) = std::thread::scope(|scope| {
            let schema = scope.spawn(|| dump_schema(cluster, db, pg_dump));
            let catalog = read_catalog(cluster, db);
            let schema = schema.join().unwrap_or_else(|_| {
                Err(TestkitError::CommandFailed {
                    command: "pg_dump -s".into(),
                    status: "the thread running it panicked".into(),
                    output: String::new(),
                })
            });
            (schema, catalog)
        });
        let schema = schema?;
        let catalog = catalog?;
        let (tables, sequences) = read_contents(cluster, db, &catalog.relations)?;
        Ok(Snapshot {
            schema,
            tables,
            sequences,
            large_objects: catalog.large_objects,
            database: catalog.database,
        })
    }

    /// The normalized `pg_dump -s` text.
    pub fn schema_text(&self) -> String {
        let mut text = String::new();
        for line in &self.schema {
            text.push_str(&String::from_utf8_lossy(line));
            text.push('\n');
        }
        text
    }

    /// The qualified names of the tables whose rows were captured, sorted.
    pub fn table_names(&self) -> impl Iterator<Item = &str> {
        self.tables.keys().map(String::as_str)
    }

    /// The contents of one table (`schema.table`, quoted as `format('%I.%I')` quotes).
    pub fn table(&self, name: &str) -> Option<&TableContent> {
        self.tables.get(name)
    }

    /// Rows of all tables together.
    pub fn row_count(&self) -> usize {
        self.tables
            .values()
            .map(|t| match t {
                TableContent::Rows(rows) => rows.len(),
                TableContent::Unpopulated => 0,
            })
            .sum()
    }

    /// How many large objects the database holds.
    pub fn large_object_count(&self) -> usize {
        self.large_objects.len()
    }

    /// One line for logs: `12 tables, 5321 rows, 3 sequences, 4 large objects, 1042 schema lines`.
    pub fn summary(&self) -> String {
        format!(
            "{} tables, {} rows, {} sequences, {} large objects, {} schema lines",
            self.tables.len(),
            self.row_count(),
            self.sequences.len(),
            self.large_objects.len(),
            self.schema.len()
        )
    }

    /// `None` when both snapshots are equal, else a short report of the first difference of
    /// each part (schema, tables, sequences, large objects, database): the table and the first
    /// differing line, never whole dumps. `self` is called "left".
    pub fn diff(&self, other: &Snapshot) -> Option<String> {
        self.diff_named(other, "left", "right")
    }

    /// [`diff`](Snapshot::diff) naming the sides, e.g. `"reference"` and `"candidate"`.
    pub fn diff_named(&self, other: &Snapshot, left: &str, right: &str) -> Option<String> {
        let names = Sides { left, right };
        let mut report = String::new();
        if let Some(d) = diff_schema(&self.schema, &other.schema, &names) {
            report.push_str(&d);
        }
        if let Some(d) = diff_tables(&self.tables, &other.tables, &names) {
            report.push_str(&d);
        }
        if let Some(d) = diff_keyed("sequence", &self.sequences, &other.sequences, &names) {
            report.push_str(&d);
        }
        if let Some(d) = diff_lines(
            "large objects",
            &self.large_objects,
            &other.large_objects,
            &names,
        ) {
            report.push_str(&d);
        }
        if let Some(d) = diff_lines("database", &self.database, &other.database, &names) {
            report.push_str(&d);
        }
        (!report.is_empty()).then_some(report)
    }
}

/// A `pg_dump` program and its major version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgDump {
    /// The program.
    pub path: PathBuf,
    /// Its major version, e.g. 18.
    pub major: u32,
}

/// Choices already made, by server `bin` directory: the search runs `--version` several times.
static PG_DUMP_CHOICES: Mutex<Vec<(PathBuf, PgDump)>> = Mutex::new(Vec::new());

/// The `pg_dump` for snapshots of `cluster`: the newest of `$PGDUMPKIT_TOOLCHAIN/<major>/bin`,
/// else the one beside the server or its `psql`, else the one on `PATH`, provided its major
/// version is at least the server's (`pg_dump` refuses newer servers, see `pg_dump.c`'s
/// "aborting because of server version mismatch").
pub fn pg_dump_for(cluster: &Cluster) -> Result<PgDump, TestkitError> {
    let key = cluster.bin_dir().to_path_buf();
    if let Ok(choices) = PG_DUMP_CHOICES.lock()
        && let Some((_, found)) = choices.iter().find(|(dir, _)| *dir == key)
    {
        return Ok(found.clone());
    }
    let found = search_pg_dump(cluster)?;
    if let Ok(mut choices) = PG_DUMP_CHOICES.lock() {
        choices.push((key, found.clone()));
    }
    Ok(found)
}

fn search_pg_dump(cluster: &Cluster) -> Result<PgDump, TestkitError> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(toolchain) = toolchain_dir() {
        let mut majors: Vec<u32> = std::fs::read_dir(&toolchain)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
                    .collect()
            })
            .unwrap_or_default();
        majors.sort_unstable_by(|a, b| b.cmp(a));
        for major in majors {
            candidates.push(
                toolchain
                    .join(major.to_string())
                    .join("bin")
                    .join("pg_dump"),
            );
        }
    }
    candidates.push(cluster.bin_dir().join("pg_dump"));
    if let Some(dir) = cluster.psql_path().parent() {
        candidates.push(dir.join("pg_dump"));
    }
    if let Some(on_path) = find_on_path("pg_dump") {
        candidates.push(on_path);
    }
    let mut searched = Vec::new();
    for path in candidates {
        if !is_executable(&path) {
            continue;
        }
        match program_major(&path) {
            Some(major) if major >= cluster.major() => return Ok(PgDump { path, major }),
            Some(major) => searched.push(format!("{} (version {major})", path.display())),
            None => searched.push(format!("{} (no version)", path.display())),
        }
    }
    Err(TestkitError::MissingProgram {
        program: format!("pg_dump {} or newer", cluster.major()),
        searched: if searched.is_empty() {
            "PGDUMPKIT_TOOLCHAIN, the server's bin directory, PATH".into()
        } else {
            searched.join(", ")
        },
        hint: "set PGDUMPKIT_TOOLCHAIN to a directory holding <major>/bin/pg_dump, or install \
               the PostgreSQL client of the server's version or newer"
            .into(),
    })
}

/// `pg_dump --version` → its major version.
fn program_major(path: &Path) -> Option<u32> {
    let mut cmd = Command::new(path);
    cmd.arg("--version");
    clean_env(&mut cmd);
    let out = run(&mut cmd, None).ok()?;
    parse_server_version(&String::from_utf8_lossy(&out)).map(|(_, major)| major)
}

/// `pg_dump -s` (plus statistics when the program has them), normalized.
fn dump_schema(
    cluster: &Cluster,
    db: &str,
    pg_dump: &PgDump,
) -> Result<Vec<Vec<u8>>, TestkitError> {
    let mut cmd = Command::new(&pg_dump.path);
    clean_env(&mut cmd);
    connect_args(&mut cmd, cluster, db);
    // UTF8 so that databases of any encoding give comparable text.
    cmd.args(["-E", "UTF8"]);
    if pg_dump.major >= STATISTICS_MAJOR {
        // pg_dump 18 rejects `-s --statistics`; `--no-data --statistics` is the same schema
        // plus the STATISTICS DATA entries (pg_dump.c, "--no-data").
        cmd.args(["--no-data", "--statistics"]);
    } else {
        cmd.arg("-s");
    }
    let out = run(&mut cmd, None)?;
    Ok(normalize_dump(&out))
}

/// Arguments of `pg_restore_relation_stats` in `pg_dump --statistics` output that count
/// pages: they follow the physical layout, not what was restored. The same restore run twice
/// builds a GIN index of 11 pages or of 12, and parallel pg_restore's `TRUNCATE` before `COPY`
/// (restore_toc_entry) fills tables differently from the serial restore.
const PHYSICAL_STATISTICS: &[&[u8]] = &[
    b"\t'relpages', ",
    b"\t'relallvisible', ",
    b"\t'relallfrozen', ",
];

/// Drops what differs between two dumps of equal databases.
fn normalize_dump(text: &[u8]) -> Vec<Vec<u8>> {
    let mut lines = text
        .split(|&b| b == b'\n')
        .filter(|line| {
            // `\restrict KEY` / `\unrestrict KEY`: a random key per dump (pg_dump 18.0+,
            // backpatched); the version comments name the server and pg_dump builds.
            !(line.starts_with(b"\\restrict ")
                || line.starts_with(b"\\unrestrict ")
                || line.starts_with(b"-- Dumped from database version")
                || line.starts_with(b"-- Dumped by pg_dump version")
                || PHYSICAL_STATISTICS.iter().any(|p| line.starts_with(p)))
        })
        .map(<[u8]>::to_vec)
        .collect::<Vec<_>>();
    while lines.last().is_some_and(Vec::is_empty) {
        lines.pop();
    }
    lines
}

/// A relation whose contents are read.
#[derive(Debug, Clone)]
struct Relation {
    /// Qualified and quoted, usable in SQL as is.
    name: String,
    kind: RelKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RelKind {
    Table,
    MatView { populated: bool },
    Sequence,
}

#[derive(Debug)]
struct Catalog {
    relations: Vec<Relation>,
    large_objects: Vec<Vec<u8>>,
    database: Vec<Vec<u8>>,
}

/// Everything but the table contents, in one query. Records and fields are separated by zero
/// bytes (`psql -z -0`) because names may hold newlines and `|`.
const CATALOG_SQL: &str = r#"
SELECT 'rel', pg_catalog.format('%I.%I', n.nspname, c.relname),
       c.relkind::text || CASE WHEN c.relispopulated THEN '' ELSE '-' END
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'm', 'S')
   AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
UNION ALL
SELECT 'lo', m.oid::text,
       pg_catalog.format('owner=%s md5=%s acl=%s comment=%s',
              pg_catalog.pg_get_userbyid(m.lomowner),
              pg_catalog.md5(pg_catalog.lo_get(m.oid)),
              coalesce(m.lomacl::text, '-'),
              coalesce(pg_catalog.quote_literal(
                  pg_catalog.obj_description(m.oid, 'pg_largeobject')), '-'))
  FROM pg_catalog.pg_largeobject_metadata m
UNION ALL
SELECT 'db', 'database',
       pg_catalog.format('owner=%s encoding=%s collate=%s ctype=%s connlimit=%s acl=%s comment=%s',
              pg_catalog.pg_get_userbyid(d.datdba),
              pg_catalog.pg_encoding_to_char(d.encoding), d.datcollate, d.datctype,
              d.datconnlimit, coalesce(d.datacl::text, '-'),
              coalesce(pg_catalog.quote_literal(
                  pg_catalog.shobj_description(d.oid, 'pg_database')), '-'))
  FROM pg_catalog.pg_database d
 WHERE d.datname = pg_catalog.current_database()
UNION ALL
SELECT 'db', 'setting',
       pg_catalog.format('role=%s %s',
              CASE WHEN s.setrole = 0 THEN '-' ELSE pg_catalog.pg_get_userbyid(s.setrole) END,
              s.setconfig::text)
  FROM pg_catalog.pg_db_role_setting s
  JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
 WHERE d.datname = pg_catalog.current_database()
"#;

fn read_catalog(cluster: &Cluster, db: &str) -> Result<Catalog, TestkitError> {
    let out = psql(cluster, db, CATALOG_SQL, true)?;
    let mut fields = out.split(|&b| b == 0);
    let mut relations = Vec::new();
    let mut large_objects: Vec<(u64, Vec<u8>)> = Vec::new();
    let mut database = Vec::new();
    while let Some(kind) = fields.next() {
        if kind.is_empty() {
            // The record separator after the last record leaves one empty field.
            break;
        }
        let (Some(name), Some(value)) = (fields.next(), fields.next()) else {
            return Err(unexpected("the catalog query", &out));
        };
        match kind {
            b"rel" => {
                let name = String::from_utf8_lossy(name).into_owned();
                let kind = match value {
                    b"r" | b"r-" => RelKind::Table,
                    b"m" => RelKind::MatView { populated: true },
                    b"m-" => RelKind::MatView { populated: false },
                    b"S" | b"S-" => RelKind::Sequence,
                    _ => return Err(unexpected("the catalog query", &out)),
                };
                relations.push(Relation { name, kind });
            }
            b"lo" => {
                let oid = std::str::from_utf8(name)
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| unexpected("the catalog query", &out))?;
                let mut line = name.to_vec();
                line.push(b' ');
                line.extend_from_slice(value);
                large_objects.push((oid, line));
            }
            b"db" => {
                let mut line = name.to_vec();
                line.push(b' ');
                line.extend_from_slice(value);
                database.push(line);
            }
            _ => return Err(unexpected("the catalog query", &out)),
        }
    }
    relations.sort_by(|a, b| a.name.cmp(&b.name));
    large_objects.sort();
    database.sort();
    Ok(Catalog {
        relations,
        large_objects: large_objects.into_iter().map(|(_, line)| line).collect(),
        database,
    })
}

/// A line no `COPY ... TO STDOUT` text row can start with: COPY writes a backslash in data as
/// `\\` and uses `\` only before `N`, `b`, `f`, `n`, `r`, `t`, `v` and digits
/// (copyto.c, CopyAttributeOutText), so `\Z` marks where the next relation's output begins.
const MARKER: &[u8] = b"\\Z";

type Contents = (BTreeMap<String, TableContent>, BTreeMap<String, Vec<u8>>);

/// Rows of tables and materialized views, and sequence states, in one `psql` run: a marker
/// line, then `COPY ... TO STDOUT` (or the sequence's row), for each relation.
fn read_contents(
    cluster: &Cluster,
    db: &str,
    relations: &[Relation],
) -> Result<Contents, TestkitError> {
    let mut tables = BTreeMap::new();
    let mut sequences = BTreeMap::new();
    let mut script = String::new();
    let mut read: Vec<&Relation> = Vec::new();
    for rel in relations {
        let statement = match rel.kind {
            RelKind::Table => format!("COPY {} TO STDOUT;", rel.name),
            // COPY accepts only plain tables by name; a query reads the view.
            RelKind::MatView { populated: true } => {
                format!("COPY (SELECT * FROM {}) TO STDOUT;", rel.name)
            }
            RelKind::MatView { populated: false } => {
                tables.insert(rel.name.clone(), TableContent::Unpopulated);
                continue;
            }
            RelKind::Sequence => format!("SELECT last_value, is_called FROM {};", rel.name),
        };
        let _ = writeln!(script, "SELECT '\\Z{}';\n{statement}", read.len());
        read.push(rel);
    }
    if read.is_empty() {
        return Ok((tables, sequences));
    }
    let out = psql(cluster, db, &script, false)?;
    let mut current: Option<(&Relation, Vec<Vec<u8>>)> = None;
    let mut finish = |done: Option<(&Relation, Vec<Vec<u8>>)>| {
        if let Some((rel, mut rows)) = done {
            if rel.kind == RelKind::Sequence {
                sequences.insert(rel.name.clone(), rows.concat());
            } else {
                rows.sort();
                tables.insert(rel.name.clone(), TableContent::Rows(rows));
            }
        }
    };
    let body = out.strip_suffix(b"\n").unwrap_or(&out);
    for line in body.split(|&b| b == b'\n') {
        if let Some(index) = line.strip_prefix(MARKER) {
            let rel = std::str::from_utf8(index)
                .ok()
                .and_then(|s| s.parse::<usize>().ok())
                .and_then(|i| read.get(i))
                .ok_or_else(|| unexpected("the table contents", line))?;
            finish(current.take());
            current = Some((rel, Vec::new()));
        } else {
            match &mut current {
                Some((_, rows)) => rows.push(line.to_vec()),
                None => return Err(unexpected("the table contents", line)),
            }
        }
    }
    finish(current.take());
    Ok((tables, sequences))
}

fn unexpected(what: &str, output: &[u8]) -> TestkitError {
    TestkitError::CommandFailed {
        command: "psql".into(),
        status: format!("unexpected output of {what}"),
        output: excerpt(output),
    }
}

/// `psql -X -At` with `ON_ERROR_STOP`, client encoding UTF8; `zero` separates fields and
/// records with zero bytes.
fn psql(cluster: &Cluster, db: &str, sql: &str, zero: bool) -> Result<Vec<u8>, TestkitError> {
    let mut cmd = Command::new(cluster.psql_path());
    clean_env(&mut cmd);
    cmd.env("PGCLIENTENCODING", "UTF8");
    cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-At"]);
    if zero {
        cmd.args(["-z", "-0"]);
    }
    connect_args(&mut cmd, cluster, db);
    cmd.args(["-f", "-"]);
    run(&mut cmd, Some(sql.as_bytes()))
}

fn connect_args(cmd: &mut Command, cluster: &Cluster, db: &str) {
    cmd.arg("-h")
        .arg(cluster.host())
        .arg("-p")
        .arg(cluster.port().to_string())
        .arg("-U")
        .arg(cluster.superuser())
        .arg("-d")
        .arg(db);
}

/// Removes libpq's variables (the cluster module does the same for its commands) and fixes
/// the message language.
fn clean_env(cmd: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if key
            .to_str()
            .is_some_and(|k| k.starts_with("PG") && !k.starts_with("PGDUMPKIT_"))
        {
            cmd.env_remove(key);
        }
    }
    cmd.env("LC_ALL", "C");
}

/// Runs `cmd` with `stdin` as input; its standard output on success, else an error with its
/// standard error. Both pipes are drained at once so neither can block the program.
fn run(cmd: &mut Command, stdin: Option<&[u8]>) -> Result<Vec<u8>, TestkitError> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let line = command_line(cmd);
    let mut child = cmd.spawn().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            TestkitError::MissingProgram {
                program: cmd.get_program().to_string_lossy().into_owned(),
                searched: "the file system".into(),
                hint: "install the PostgreSQL client programs or set PGDUMPKIT_TOOLCHAIN".into(),
            }
        } else {
            TestkitError::io(format!("cannot run `{line}`"), e)
        }
    })?;
    let input = stdin.map(<[u8]>::to_vec);
    let mut pipe_in = child.stdin.take();
    let mut pipe_err = child.stderr.take();
    let (stdout, stderr) = std::thread::scope(|scope| {
        if let (Some(input), Some(mut pipe)) = (input, pipe_in.take()) {
            scope.spawn(move || {
                // A closed pipe means the program stopped early; its status says why.
                let _ = pipe.write_all(&input);
            });
        }
        let err = scope.spawn(move || {
            let mut buf = Vec::new();
            if let Some(pipe) = pipe_err.as_mut() {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        });
        let mut out = Vec::new();
        if let Some(pipe) = child.stdout.as_mut() {
            let _ = pipe.read_to_end(&mut out);
        }
        (out, err.join().unwrap_or_default())
    });
    let status = child
        .wait()
        .map_err(|e| TestkitError::io(format!("cannot wait for `{line}`"), e))?;
    if status.success() {
        Ok(stdout)
    } else {
        Err(TestkitError::CommandFailed {
            command: line,
            status: status.to_string(),
            output: String::from_utf8_lossy(&stderr).into_owned(),
        })
    }
}

fn command_line(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(OsStr::to_string_lossy)
        .collect::<Vec<_>>()
        .join(" ")
}

struct Sides<'a> {
    left: &'a str,
    right: &'a str,
}

/// A line for a report: lossy UTF-8, control characters escaped, cut to a readable length.
fn show(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line);
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX_LINE_CHARS {
            out.push_str(" [...]");
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The first lines of a command's output, for error messages.
fn excerpt(output: &[u8]) -> String {
    output
        .split(|&b| b == b'\n')
        .take(5)
        .map(show)
        .collect::<Vec<_>>()
        .join("\n")
}

fn show_side(report: &mut String, sign: char, side: &str, line: Option<&Vec<u8>>) {
    match line {
        Some(line) => {
            let _ = writeln!(report, "  {sign} {side}: {}", show(line));
        }
        None => {
            let _ = writeln!(report, "  {sign} {side}: (nothing: ends here)");
        }
    }
}

fn first_difference(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<usize> {
    let common = a.len().min(b.len());
    (0..common)
        .find(|&i| a[i] != b[i])
        .or_else(|| (a.len() != b.len()).then_some(common))
}

fn diff_schema(a: &[Vec<u8>], b: &[Vec<u8>], sides: &Sides<'_>) -> Option<String> {
    let at = first_difference(a, b)?;
    let mut report = format!(
        "schema (pg_dump -s) differs at line {} ({} has {} lines, {} has {}):\n",
        at + 1,
        sides.left,
        a.len(),
        sides.right,
        b.len()
    );
    for line in &a[at.saturating_sub(CONTEXT)..at] {
        let _ = writeln!(report, "    {}", show(line));
    }
    show_side(&mut report, '-', sides.left, a.get(at));
    show_side(&mut report, '+', sides.right, b.get(at));
    Some(report)
}

fn names_list<'a>(names: impl Iterator<Item = &'a String>) -> String {
    let names: Vec<&String> = names.collect();
    let mut text = names
        .iter()
        .take(MAX_NAMES)
        .map(|n| show(n.as_bytes()))
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > MAX_NAMES {
        let _ = write!(text, " and {} more", names.len() - MAX_NAMES);
    }
    text
}

/// Names present on one side only, as report lines.
fn one_sided<V>(
    what: &str,
    a: &BTreeMap<String, V>,
    b: &BTreeMap<String, V>,
    sides: &Sides<'_>,
) -> String {
    let mut report = String::new();
    let only_a = a.keys().filter(|k| !b.contains_key(*k));
    let only_b = b.keys().filter(|k| !a.contains_key(*k));
    if only_a.clone().next().is_some() {
        let _ = writeln!(
            report,
            "{what}s only in {}: {}",
            sides.left,
            names_list(only_a)
        );
    }
    if only_b.clone().next().is_some() {
        let _ = writeln!(
            report,
            "{what}s only in {}: {}",
            sides.right,
            names_list(only_b)
        );
    }
    report
}

fn diff_tables(
    a: &BTreeMap<String, TableContent>,
    b: &BTreeMap<String, TableContent>,
    sides: &Sides<'_>,
) -> Option<String> {
    let mut report = one_sided("table", a, b, sides);
    // The first table whose contents differ; the others are counted.
    let differing: Vec<(&String, &TableContent, &TableContent)> = a
        .iter()
        .filter_map(|(name, ta)| b.get(name).map(|tb| (name, ta, tb)))
        .filter(|(_, ta, tb)| ta != tb)
        .collect();
    if let Some((name, ta, tb)) = differing.first() {
        let _ = write!(
            report,
            "table {}: {} has {}, {} has {}",
            show(name.as_bytes()),
            sides.left,
            ta.describe(),
            sides.right,
            tb.describe()
        );
        if let (TableContent::Rows(ra), TableContent::Rows(rb)) = (ta, tb)
            && let Some(at) = first_difference(ra, rb)
        {
            let _ = writeln!(report, "; first difference at sorted row {}:", at + 1);
            show_side(&mut report, '-', sides.left, ra.get(at));
            show_side(&mut report, '+', sides.right, rb.get(at));
        } else {
            report.push('\n');
        }
        if differing.len() > 1 {
            let _ = writeln!(
                report,
                "  ({} more tables differ: {})",
                differing.len() - 1,
                names_list(differing[1..].iter().map(|(n, _, _)| *n))
            );
        }
    }
    (!report.is_empty()).then_some(report)
}

fn diff_keyed(
    what: &str,
    a: &BTreeMap<String, Vec<u8>>,
    b: &BTreeMap<String, Vec<u8>>,
    sides: &Sides<'_>,
) -> Option<String> {
    let mut report = one_sided(what, a, b, sides);
    let differing: Vec<&String> = a
        .iter()
        .filter(|(name, va)| b.get(*name).is_some_and(|vb| vb != *va))
        .map(|(name, _)| name)
        .collect();
    if let Some(name) = differing.first() {
        let _ = writeln!(
            report,
            "{what} {}: {} has {}, {} has {}{}",
            show(name.as_bytes()),
            sides.left,
            a.get(*name).map_or_else(String::new, |v| show(v)),
            sides.right,
            b.get(*name).map_or_else(String::new, |v| show(v)),
            if differing.len() > 1 {
                format!(" ({} more differ)", differing.len() - 1)
            } else {
                String::new()
            }
        );
    }
    (!report.is_empty()).then_some(report)
}

fn diff_lines(what: &str, a: &[Vec<u8>], b: &[Vec<u8>], sides: &Sides<'_>) -> Option<String> {
    let at = first_difference(a, b)?;
    let mut report = format!(
        "{what} differ ({} has {}, {} has {}); first difference at line {}:\n",
        sides.left,
        a.len(),
        sides.right,
        b.len(),
        at + 1
    );
    show_side(&mut report, '-', sides.left, a.get(at));
    show_side(&mut report, '+', sides.right, b.get(at));
    Some(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Vec<u8>> {
        text.lines().map(|l| l.as_bytes().to_vec()).collect()
    }

    fn snapshot(schema: &str, tables: &[(&str, &[&str])]) -> Snapshot {
        Snapshot {
            schema: lines(schema),
            tables: tables
                .iter()
                .map(|(name, rows)| {
                    (
                        name.to_string(),
                        TableContent::Rows(rows.iter().map(|r| r.as_bytes().to_vec()).collect()),
                    )
                })
                .collect(),
            sequences: BTreeMap::new(),
            large_objects: Vec::new(),
            database: Vec::new(),
        }
    }

    #[test]
    fn normalizes_away_restrict_keys_and_versions() {
        let dump = b"--\n\\restrict abc\n\n-- Dumped from database version 15.1\n\
                     -- Dumped by pg_dump version 18.6\n\nCREATE TABLE t ();\n\n\\unrestrict abc\n\n";
        assert_eq!(normalize_dump(dump), lines("--\n\n\nCREATE TABLE t ();\n"));
    }

    #[test]
    fn keeps_restored_statistics_but_not_page_counts() {
        let dump = b"SELECT * FROM pg_catalog.pg_restore_relation_stats(\n\
                     \t'relname', 't',\n\t'relpages', '12'::integer,\n\
                     \t'reltuples', '3'::real,\n\t'relallvisible', '0'::integer\n);\n";
        assert_eq!(
            normalize_dump(dump),
            lines(
                "SELECT * FROM pg_catalog.pg_restore_relation_stats(\n\t'relname', 't',\n\
                 \t'reltuples', '3'::real,\n);"
            )
        );
    }

    #[test]
    fn equal_snapshots_have_no_diff() {
        let a = snapshot("CREATE TABLE t ();", &[("public.t", &["1", "2"])]);
        assert_eq!(a.diff(&a.clone()), None);
    }

    #[test]
    fn reports_the_first_schema_line_with_context() {
        let a = snapshot("a\nb\nc\nd\ne", &[]);
        let b = snapshot("a\nb\nc\nX\ne", &[]);
        let report = a
            .diff_named(&b, "reference", "candidate")
            .expect("they differ");
        assert!(report.contains("line 4"), "{report}");
        assert!(report.contains("- reference: d"), "{report}");
        assert!(report.contains("+ candidate: X"), "{report}");
        assert!(report.contains("    c\n"), "{report}");
    }

    #[test]
    fn reports_the_table_and_its_first_differing_row() {
        let a = snapshot("", &[("app.t", &["1\tx", "2\ty"]), ("public.u", &[])]);
        let b = snapshot("", &[("app.t", &["1\tx", "2\tz"]), ("public.v", &[])]);
        let report = a.diff(&b).expect("they differ");
        assert!(report.contains("tables only in left: public.u"), "{report}");
        assert!(
            report.contains("tables only in right: public.v"),
            "{report}"
        );
        assert!(report.contains("table app.t: left has 2 rows"), "{report}");
        assert!(report.contains("sorted row 2"), "{report}");
        assert!(report.contains("2\\ty"), "tabs are shown escaped: {report}");
    }

    #[test]
    fn a_missing_tail_is_named() {
        let a = snapshot("a\nb", &[]);
        let b = snapshot("a", &[]);
        let report = a.diff(&b).expect("they differ");
        assert!(report.contains("+ right: (nothing: ends here)"), "{report}");
    }

    /// Objects whose names and contents could confuse the parsing: a newline and `|` in
    /// names, a row that starts like the marker, an unpopulated materialized view, a
    /// partitioned table, a view, a sequence, a large object, database settings.
    fn fill(cluster: &Cluster, db: &str, rows: &str) {
        let sql = format!(
            r#"CREATE SCHEMA "we|ird";
CREATE TABLE "we|ird"."bad
name" (b text, a int);
INSERT INTO "we|ird"."bad
name" VALUES {rows};
CREATE MATERIALIZED VIEW never AS SELECT 1 AS x WITH NO DATA;
CREATE MATERIALIZED VIEW filled AS SELECT 7 AS x;
CREATE TABLE parted (k int) PARTITION BY RANGE (k);
CREATE TABLE parted_low PARTITION OF parted FOR VALUES FROM (0) TO (10);
INSERT INTO parted VALUES (5);
CREATE VIEW v AS SELECT 1 AS one;
CREATE SEQUENCE s;
SELECT nextval('s'), nextval('s');
SELECT lo_from_bytea(4242, 'hello');
COMMENT ON LARGE OBJECT 4242 IS 'a comment';
COMMENT ON DATABASE {db} IS 'the database';
ALTER DATABASE {db} SET work_mem = '2MB';
"#
        );
        cluster.psql(db, &sql).expect("the fixture SQL runs");
    }

    #[test]
    fn captures_a_live_database() {
        let cluster = Cluster::start().unwrap_or_else(|e| panic!("{e}"));
        let rows = r"('\Z0', 1), (E'x	y', 2), (NULL, 3)";
        let a = cluster
            .create_database("snap_a")
            .expect("CREATE DATABASE works");
        let b = cluster
            .create_database("snap_b")
            .expect("CREATE DATABASE works");
        fill(&cluster, &a, rows);
        fill(&cluster, &b, rows);
        let snap_a = Snapshot::take(&cluster, &a).unwrap_or_else(|e| panic!("{e}"));
        let snap_b = Snapshot::take(&cluster, &b).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(snap_a.diff(&snap_b), None, "two equal databases");

        let names: Vec<&str> = snap_a.table_names().collect();
        assert_eq!(
            names,
            [
                "\"we|ird\".\"bad\nname\"",
                "public.filled",
                "public.never",
                "public.parted_low"
            ]
        );
        assert_eq!(
            snap_a.table("\"we|ird\".\"bad\nname\""),
            Some(&TableContent::Rows(vec![
                b"\\N\t3".to_vec(),
                b"\\\\Z0\t1".to_vec(),
                b"x\\ty\t2".to_vec(),
            ]))
        );
        assert_eq!(
            snap_a.table("public.never"),
            Some(&TableContent::Unpopulated)
        );
        assert_eq!(
            snap_a.table("public.filled"),
            Some(&TableContent::Rows(vec![b"7".to_vec()]))
        );
        assert_eq!(snap_a.sequences.get("public.s"), Some(&b"2|t".to_vec()));
        assert_eq!(snap_a.large_object_count(), 1);
        assert!(
            snap_a.large_objects[0]
                .starts_with(b"4242 owner=postgres md5=5d41402abc4b2a76b9719d911017c592"),
            "{}",
            show(&snap_a.large_objects[0])
        );
        assert!(
            snap_a
                .database
                .iter()
                .any(|l| l.ends_with(b"{work_mem=2MB}")),
            "{:?}",
            snap_a.database.iter().map(|l| show(l)).collect::<Vec<_>>()
        );
        assert!(snap_a.schema_text().contains("CREATE VIEW public.v AS"));
        assert!(!snap_a.schema_text().contains("\\restrict"));

        // One changed row is reported with its table.
        let c = cluster
            .create_database("snap_c")
            .expect("CREATE DATABASE works");
        fill(&cluster, &c, r"('\Z0', 1), (E'x	y', 2), (NULL, 4)");
        let snap_c = Snapshot::take(&cluster, &c).unwrap_or_else(|e| panic!("{e}"));
        let report = snap_a.diff(&snap_c).expect("one row differs");
        assert!(
            report.contains("table \"we|ird\".\"bad\\nname\""),
            "{report}"
        );
        assert!(report.contains("- left: \\N\\t3"), "{report}");
        assert!(report.contains("+ right: \\N\\t4"), "{report}");
        assert_eq!(report.lines().count(), 3, "{report}");
    }

    #[test]
    fn long_lines_are_cut() {
        let long = "x".repeat(10_000);
        let a = snapshot(&long, &[]);
        let b = snapshot("y", &[]);
        let report = a.diff(&b).expect("they differ");
        assert!(report.len() < 1_000, "{} bytes", report.len());
    }
}
