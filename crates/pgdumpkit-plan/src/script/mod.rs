//! The SQL script pg_restore 18 writes with `-f`: `RestoreArchive` in script mode, byte for
//! byte.
//!
//! [`ScriptPlan`] walks the selected entries the way `RestoreArchive` does (fixed-state
//! preamble, the `--clean` drop phase in reverse order, then the main, ACL and post-ACL
//! passes) and yields the script as a sequence of [`Piece`]s. Text pieces are final; the data
//! of `TABLE DATA` (and old `BLOB COMMENTS`) entries and the large objects of `BLOBS` entries
//! are placeholders the caller fills from the archive, so no table is ever held in memory:
//!
//! ```
//! use pgdumpkit_format::{ArchiveVersion, Format, Header, HeaderCompression};
//! use pgdumpkit_plan::RestoreOptions;
//! use pgdumpkit_plan::script::{Piece, ScriptPlan};
//!
//! let header = Header {
//!     version: ArchiveVersion::V1_16,
//!     int_size: 4,
//!     off_size: 8,
//!     format_byte: 1,
//!     compression: HeaderCompression::Algorithm(0),
//!     created: None,
//!     dbname: Some(b"db".to_vec()),
//!     server_version: Some(b"18.4".to_vec()),
//!     pgdump_version: Some(b"18.4".to_vec()),
//! };
//! let opts = RestoreOptions { restrict_key: Some(b"KEY".to_vec()), ..Default::default() };
//! let selection = pgdumpkit_plan::selection::select(&[], &header, &opts).unwrap();
//! let mut script = Vec::new();
//! for piece in ScriptPlan::new(&[], &header, Format::Custom, &selection, &opts).unwrap() {
//!     match piece.unwrap() {
//!         Piece::Text(t) => script.extend_from_slice(&t),
//!         _ => {} // stream data, large objects, timestamps; forward log lines
//!     }
//! }
//! assert!(script.starts_with(b"--\n-- PostgreSQL database dump\n--\n\n\\restrict KEY\n\n"));
//! ```
//!
//! All session state pg_restore tracks (current session user, `search_path` schema,
//! tablespace, table access method and the `--transaction-size` counter) lives in one
//! [`ScriptPlan`].

mod blobs;
mod drop;
pub mod encoding;
pub mod quote;
mod time;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet, VecDeque};

use pgdumpkit_format::{ArchiveVersion, DataLocation, DumpId, Format, Header, Section, TocEntry};

use crate::options::RestoreOptions;
use crate::selection::{Req, Selection};

pub use blobs::{LO_BUFFER_SIZE, LoWriter};
pub use encoding::Encoding;
pub use time::{LocalTime, timestamp_line};

use quote::{append_ident, append_qualified, append_sanitized, append_string_literal, cstr};

/// The `PG_VERSION` pg_restore prints as the pg_dump version of archives older than 1.10,
/// which do not record one (`_allocAH` starts from its own version). Override it with
/// [`ScriptPlan::with_pg_version`].
pub const DEFAULT_PG_VERSION: &str = "18.6";

/// One piece of the script, in output order.
#[derive(Debug)]
pub enum Piece {
    /// Script text to write as is.
    Text(Vec<u8>),
    /// Write the data part of `entries[entry]` here, verbatim (the COPY rows with their
    /// `\.` terminator, or INSERT statements). Only yielded when the TOC says the entry has
    /// data.
    TableData { entry: usize },
    /// Render the large objects of the `BLOBS` entry `entries[entry]` here, each through the
    /// given writer: [`LoWriter::start`], [`LoWriter::write`] per chunk, [`LoWriter::end`].
    LargeObjects { entry: usize, writer: LoWriter },
    /// `-v`: write `-- Started on <archive creation time>` (see [`timestamp_line`]).
    StartedOn,
    /// `-v`: write `-- Completed on <now>` (see [`timestamp_line`]).
    CompletedOn,
    /// A message pg_restore prints on stderr at this point (`-v` info lines, warnings).
    Log(LogMessage),

    // Database target only (see [`ScriptPlan::for_database`]).
    /// One round trip: the SQL pg_restore sends with one `PQexec`, and what its failure means.
    Sql { sql: Vec<u8>, kind: SqlKind },
    /// `AH->currentTE`: the statements that follow belong to `entries[entry]` (for the
    /// `from TOC entry` context of errors and `--no-data-for-failed-tables`).
    Entry { entry: usize },
    /// Run `stmt` (`COPY ... FROM stdin;`) and stream the data of `entries[entry]` into it;
    /// `data` is false when the TOC records no data part (the COPY then ends at once).
    Copy {
        entry: usize,
        stmt: Vec<u8>,
        data: bool,
    },
    /// `_reconnectToDB`: replace the connection by one to this database; the session state
    /// pieces that follow are rendered for the new connection.
    Reconnect { dbname: Vec<u8> },
    /// `AH->stage`: which stage errors are reported in (`while PROCESSING TOC:`).
    Stage(Stage),
    /// The last piece of `entries[entry]` (after [`Piece::Entry`] and its statements): the
    /// point to decide `--no-data-for-failed-tables` before the next entry is rendered.
    EntryEnd { entry: usize },
}

/// Where the plan's output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The SQL script (`-f`): [`Piece::Text`].
    Script,
    /// A live database (`-d`): one [`Piece::Sql`] per round trip, no comments, and only the
    /// settings a server of this version (`PQserverVersion`, e.g. 160004) knows.
    Database { server_version: u32 },
}

/// What the failure of a [`Piece::Sql`] statement means; each is reported with pg_restore's
/// own message for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlKind {
    /// `ExecuteSqlCommand`: `could not execute query: ...` and `Command was: ...`, counted.
    Query,
    /// `_selectOutputSchema`: `could not set "search_path" to "%s": %s`, counted.
    SearchPath(Vec<u8>),
    /// `_selectTablespace`: `could not set "default_tablespace" to %s: %s` (name quoted).
    Tablespace(Vec<u8>),
    /// `_selectTableAccessMethod`: `could not set "default_table_access_method": %s`.
    TableAm,
    /// `_printTableAccessMethodNoStorage`: `could not alter table access method: %s`.
    AlterTableAm,
    /// `_doSetSessionAuth`: `could not set session user to "%s": %s`, always fatal.
    SessionAuth(Vec<u8>),
    /// `StartTransaction`: `could not start database transaction`, fatal.
    Begin,
    /// `CommitTransaction`: `could not commit database transaction`, fatal.
    Commit,
}

/// `ArchiverStage`: what errors are reported as happening in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Initializing,
    Processing,
    Finalizing,
}

/// A stderr message, without the `pg_restore: ` / `pg_restore: warning: ` prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogMessage {
    pub level: LogLevel,
    pub text: String,
}

/// How pg_restore logs a [`LogMessage`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    /// `pg_log_info`: shown with `-v` only.
    Info,
    /// `pg_log_warning`: always shown.
    Warning,
}

/// Why the script cannot be rendered; each is fatal in pg_restore too.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScriptError {
    /// `processEncodingEntry`: the name in the `ENCODING` entry is unknown.
    #[error("unrecognized encoding \"{}\"", String::from_utf8_lossy(.0))]
    UnrecognizedEncoding(Vec<u8>),
    /// `processEncodingEntry`: no quoted name in the `ENCODING` entry.
    #[error("invalid ENCODING item: {}", String::from_utf8_lossy(.0))]
    InvalidEncodingItem(Vec<u8>),
    /// `processStdStringsEntry`: neither `'on'` nor `'off'`.
    #[error("invalid STDSTRINGS item: {}", String::from_utf8_lossy(.0))]
    InvalidStdStringsItem(Vec<u8>),
    /// `_getObjectDescription`: an owned entry of a type pg_restore cannot `ALTER ... OWNER`.
    #[error("don't know how to set owner for object type \"{}\"", String::from_utf8_lossy(.desc))]
    UnknownOwnerType { dump_id: DumpId, desc: Vec<u8> },
    /// `IssueACLPerBlob`: the `BLOB METADATA` entry a `LARGE OBJECTS` ACL depends on is missing.
    #[error("could not find entry for ID {0}")]
    EntryNotFound(DumpId),
    /// `appendPsqlMetaConnect`: `\connect` cannot carry a name with CR or LF.
    #[error("database name contains a newline or carriage return: \"{}\"", String::from_utf8_lossy(.0))]
    DatabaseNameNewline(Vec<u8>),
}

/// `RestorePass`: serial restores run every wanted entry of one pass before the next pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestorePass {
    Main,
    Acl,
    PostAcl,
}

/// `_tocEntryRestorePass`.
pub fn restore_pass(te: &TocEntry) -> RestorePass {
    let desc = cstr(&te.desc);
    if is_acl(desc) {
        return RestorePass::Acl;
    }
    if matches!(desc, b"EVENT TRIGGER" | b"MATERIALIZED VIEW DATA") {
        return RestorePass::PostAcl;
    }
    if matches!(desc, b"COMMENT" | b"SECURITY LABEL")
        && cstr(te.tag_bytes()).starts_with(b"EVENT TRIGGER ")
    {
        return RestorePass::PostAcl;
    }
    if desc == b"STATISTICS DATA" && te.section == Section::PostData {
        return RestorePass::PostAcl;
    }
    RestorePass::Main
}

/// `_tocEntryIsACL`.
fn is_acl(desc: &[u8]) -> bool {
    matches!(desc, b"ACL" | b"ACL LANGUAGE" | b"DEFAULT ACL")
}

/// `RELKIND_PARTITIONED_TABLE`.
const RELKIND_PARTITIONED_TABLE: i32 = b'p' as i32;

/// Where the walk is.
#[derive(Debug, Clone, Copy)]
enum Phase {
    Start,
    /// The drop phase; the value counts the `order` positions still to visit, backwards.
    Drop(usize),
    /// A restore pass at this position of `order`.
    Pass(RestorePass, usize),
    End,
    Done,
}

/// The session state pg_restore tracks to avoid redundant commands (`currUser`,
/// `currSchema`, `currTablespace`, `currTableAm`); `None` is "unknown".
#[derive(Debug, Default)]
struct Session {
    user: Option<Vec<u8>>,
    schema: Option<Vec<u8>>,
    tablespace: Option<Vec<u8>>,
    table_am: Option<Vec<u8>>,
}

/// The script of one restore, produced piece by piece (see the module documentation).
#[derive(Debug)]
pub struct ScriptPlan<'a> {
    entries: &'a [TocEntry],
    header: &'a Header,
    format: Format,
    selection: &'a Selection,
    opts: &'a RestoreOptions,
    /// `tocsByDumpId`: the last entry with each id.
    by_id: HashMap<DumpId, usize>,
    /// `AH->public.encoding`: for string literals and the `client_encoding` line.
    encoding: Encoding,
    /// The encoding `fmtId` uses: as above, but UTF-8 when the archive has no `ENCODING`
    /// entry (pg_restore never calls `setFmtEncoding` then).
    fmt_encoding: Encoding,
    std_strings: bool,
    /// The `SEARCHPATH` entry's defn, replayed verbatim in every preamble.
    searchpath: Option<Vec<u8>>,
    /// `ropt->dumpSchema` after the implied no-schema test.
    dump_schema: bool,
    /// pg_restore's own version string (see [`DEFAULT_PG_VERSION`]).
    pg_version: Vec<u8>,
    /// Block positions of custom archives without offsets, learnt while reading data
    /// (see [`ScriptPlan::note_data_position`]).
    learned_positions: HashMap<DumpId, u64>,
    session: Session,
    txn_count: u64,
    phase: Phase,
    queue: VecDeque<Piece>,
    target: Target,
    /// `--no-data-for-failed-tables`: TABLE DATA entries whose table failed (`reqs = 0`).
    inhibited: HashSet<usize>,
    /// `restore_toc_entry`'s `is_parallel` and `te->created` for the entry being rendered
    /// by [`ScriptPlan::render_entry`].
    worker_truncate: bool,
}

impl<'a> ScriptPlan<'a> {
    /// Prepare the script of `entries` (in archive order, as read) restored with `opts`.
    ///
    /// `selection` comes from [`crate::selection::select`] with the same options. The
    /// `ENCODING`, `STDSTRINGS` and `SEARCHPATH` entries are read here, as pg_restore reads
    /// them while loading the TOC (the last one of each kind wins).
    pub fn new(
        entries: &'a [TocEntry],
        header: &'a Header,
        format: Format,
        selection: &'a Selection,
        opts: &'a RestoreOptions,
    ) -> Result<Self, ScriptError> {
        let max_id = entries.iter().map(|e| e.dump_id).max().unwrap_or(0);
        let mut by_id = HashMap::with_capacity(entries.len());
        let mut encoding = Encoding::SqlAscii;
        let mut fmt_encoding = Encoding::Utf8;
        let mut std_strings = false;
        let mut searchpath = None;
        for (i, te) in entries.iter().enumerate() {
            if te.dump_id > 0 && te.dump_id <= max_id {
                by_id.insert(te.dump_id, i);
            }
            let defn = cstr(te.defn.as_deref().unwrap_or(b""));
            match cstr(&te.desc) {
                b"ENCODING" => {
                    encoding = parse_encoding(defn)?;
                    fmt_encoding = encoding;
                }
                b"STDSTRINGS" => std_strings = parse_std_strings(defn)?,
                b"SEARCHPATH" => searchpath = Some(defn.to_vec()),
                _ => {}
            }
        }
        Ok(Self {
            entries,
            header,
            format,
            selection,
            opts,
            by_id,
            encoding,
            fmt_encoding,
            std_strings,
            searchpath,
            dump_schema: opts.dump_schema() && !selection.implied_no_schema,
            pg_version: DEFAULT_PG_VERSION.as_bytes().to_vec(),
            learned_positions: HashMap::new(),
            session: Session::default(),
            txn_count: 0,
            phase: Phase::Start,
            queue: VecDeque::new(),
            target: Target::Script,
            inhibited: HashSet::new(),
            worker_truncate: false,
        })
    }

    /// Prepare the statements of a restore into a live database (`-d`), for a server of
    /// `server_version` (`PQserverVersion`): the same walk as the script, but every print is
    /// its own [`Piece::Sql`], comments are not sent, and table data comes as
    /// [`Piece::Copy`]. `opts.restrict_key` is ignored (no `\restrict` in database mode).
    ///
    /// Iterate for a serial restore; a parallel one uses [`render_start`](Self::render_start),
    /// [`render_entry`](Self::render_entry), [`render_preamble`](Self::render_preamble) and
    /// [`render_finish`](Self::render_finish) instead.
    pub fn for_database(
        entries: &'a [TocEntry],
        header: &'a Header,
        format: Format,
        selection: &'a Selection,
        opts: &'a RestoreOptions,
        server_version: u32,
    ) -> Result<Self, ScriptError> {
        let mut plan = Self::new(entries, header, format, selection, opts)?;
        plan.target = Target::Database { server_version };
        Ok(plan)
    }

    /// Whether this plan renders statements for a database.
    pub fn is_database(&self) -> bool {
        matches!(self.target, Target::Database { .. })
    }

    /// `inhibit_data_for_failed_table`: the `TABLE` entry `entries[table]` failed and
    /// `--no-data-for-failed-tables` is on, so its `TABLE DATA` entry is not restored. Call it
    /// before the pieces of later entries are asked for (pieces are rendered one entry at a
    /// time, so in a serial restore any time while executing the table's own pieces works).
    pub fn inhibit_table_data(&mut self, table: usize) {
        let Some(te) = self.entries.get(table) else {
            return;
        };
        self.info(format!(
            "table \"{}\" could not be created, will not restore its data",
            String::from_utf8_lossy(cstr(te.tag_bytes()))
        ));
        if let Some(data) = self.table_data_of(table) {
            self.inhibited.insert(data);
        }
    }

    /// The `TABLE DATA` entry of a `TABLE` entry (`AH->tableDataId`: the last data entry whose
    /// first dependency is the table).
    pub fn table_data_of(&self, table: usize) -> Option<usize> {
        let id = self.entries.get(table)?.dump_id;
        self.entries
            .iter()
            .rposition(|e| cstr(&e.desc) == b"TABLE DATA" && e.dependencies.first() == Some(&id))
    }

    /// What is wanted of entry `idx`, after `--no-data-for-failed-tables` inhibitions.
    fn req(&self, idx: usize) -> Req {
        if self.inhibited.contains(&idx) {
            Req::NONE
        } else {
            self.selection.req(idx)
        }
    }

    /// Render the start of the restore: the preamble and the `--clean` drop phase (run on
    /// the leader's connection before a parallel restore's first pass).
    pub fn render_start(&mut self) -> Result<Vec<Piece>, ScriptError> {
        while matches!(self.phase, Phase::Start | Phase::Drop(_)) {
            self.advance()?;
        }
        Ok(self.queue.drain(..).collect())
    }

    /// Render one entry as `restore_toc_entry` does, whatever its pass (nothing when it is not
    /// wanted). `worker_truncate` is a parallel worker's `is_parallel && te->created`: the data
    /// of a table created in this run is loaded inside `BEGIN; TRUNCATE TABLE ONLY ...; COMMIT`.
    pub fn render_entry(
        &mut self,
        idx: usize,
        worker_truncate: bool,
    ) -> Result<Vec<Piece>, ScriptError> {
        if idx < self.entries.len() && self.req(idx).is_wanted() {
            self.worker_truncate = worker_truncate;
            let res = self.restore_entry(idx);
            self.worker_truncate = false;
            res?;
        }
        Ok(self.queue.drain(..).collect())
    }

    /// The fixed session state for a new connection (a worker's, or the leader's after
    /// reconnecting): `_doSetFixedOutputState`, with every remembered setting forgotten.
    pub fn render_preamble(&mut self) -> Vec<Piece> {
        self.session = Session::default();
        self.fixed_state();
        self.queue.drain(..).collect()
    }

    /// The fixed session state for a replacement connection in the middle of an entry,
    /// without disturbing the pieces still queued: the session settings are forgotten, so the
    /// next entries set what they need again.
    pub fn render_session_reset(&mut self) -> Vec<Piece> {
        let queued = std::mem::take(&mut self.queue);
        self.session = Session::default();
        self.fixed_state();
        std::mem::replace(&mut self.queue, queued).into()
    }

    /// The end of the restore: the closing `COMMIT` of `-1` / `--transaction-size`.
    pub fn render_finish(&mut self) -> Vec<Piece> {
        self.phase = Phase::Done;
        self.finish();
        self.queue.drain(..).collect()
    }

    /// Claim another pg_restore version for archives older than 1.10 (e.g. the
    /// `18.6 (Debian 18.6-3)` of a distribution build).
    pub fn with_pg_version(mut self, version: &[u8]) -> Self {
        self.pg_version = version.to_vec();
        self
    }

    /// Record where the data block of an entry whose TOC has no offset turned out to be.
    ///
    /// pg_restore stores the positions of blocks it skips while searching a custom archive
    /// written to a pipe, and `-v` headers printed afterwards show them (`-- Data Pos`). Pieces
    /// are rendered lazily, one entry at a time, so positions noted between pieces reach the
    /// headers still to come.
    pub fn note_data_position(&mut self, dump_id: DumpId, pos: u64) {
        self.learned_positions.entry(dump_id).or_insert(pos);
    }

    /// The client encoding the script declares (`SET client_encoding`).
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Whether the archive's strings follow standard_conforming_strings.
    pub fn std_strings(&self) -> bool {
        self.std_strings
    }

    // ----- output helpers -----

    /// The text piece at the end of the queue, created if needed.
    fn out(&mut self) -> &mut Vec<u8> {
        if !matches!(self.queue.back(), Some(Piece::Text(_))) {
            self.queue.push_back(Piece::Text(Vec::new()));
        }
        match self.queue.back_mut() {
            Some(Piece::Text(t)) => t,
            // The push above guarantees a text piece at the back.
            _ => unreachable!("a text piece was just pushed"),
        }
    }

    /// One `ahprintf`: script text, or one statement for a database (where a print of
    /// nothing but whitespace is an empty query, not worth a round trip).
    fn put(&mut self, bytes: &[u8]) {
        match self.target {
            Target::Script => self.out().extend_from_slice(bytes),
            Target::Database { .. } => {
                if !bytes.iter().all(u8::is_ascii_whitespace) {
                    self.sql(bytes.to_vec(), SqlKind::Query);
                }
            }
        }
    }

    /// Text that only the script has (comments, psql meta-commands).
    fn put_script(&mut self, bytes: &[u8]) {
        if self.target == Target::Script {
            self.out().extend_from_slice(bytes);
        }
    }

    fn sql(&mut self, sql: Vec<u8>, kind: SqlKind) {
        self.queue.push_back(Piece::Sql { sql, kind });
    }

    /// `StartTransaction`, or `script` in a script.
    fn begin(&mut self, script: &[u8]) {
        match self.target {
            Target::Script => self.put(script),
            Target::Database { .. } => self.sql(b"BEGIN".to_vec(), SqlKind::Begin),
        }
    }

    /// `CommitTransaction`, or `script` in a script.
    fn commit(&mut self, script: &[u8]) {
        match self.target {
            Target::Script => self.put(script),
            Target::Database { .. } => self.sql(b"COMMIT".to_vec(), SqlKind::Commit),
        }
    }

    /// A `SET` of session state: `db` (without the semicolon pg_restore leaves out in
    /// database mode) with its own failure message, or `script` in a script.
    fn put_set(&mut self, script: &[u8], db: &[u8], kind: SqlKind) {
        match self.target {
            Target::Script => self.put(script),
            Target::Database { .. } => self.sql(db.to_vec(), kind),
        }
    }

    fn log(&mut self, level: LogLevel, text: String) {
        self.queue.push_back(Piece::Log(LogMessage { level, text }));
    }

    fn info(&mut self, text: String) {
        self.log(LogLevel::Info, text);
    }

    fn txn_size(&self) -> u64 {
        u64::from(self.opts.transaction_size)
    }

    /// One more action against `--transaction-size`; `commit` is what closes a batch.
    fn count_action(&mut self, commit: &[u8]) {
        if self.txn_size() > 0 {
            self.txn_count += 1;
            if self.txn_count >= self.txn_size() {
                if self.is_database() {
                    self.commit(b"");
                    self.begin(b"");
                } else {
                    self.put(commit);
                }
                self.txn_count = 0;
            }
        }
    }

    // ----- the walk -----

    /// Render the next step into the queue.
    fn advance(&mut self) -> Result<(), ScriptError> {
        match self.phase {
            Phase::Start => {
                self.start();
                self.phase = if self.opts.clean {
                    Phase::Drop(self.selection.order.len())
                } else {
                    Phase::Pass(RestorePass::Main, 0)
                };
            }
            Phase::Drop(0) => {
                // The schema may have been dropped, or never existed: forget it so the next
                // entry sets search_path again.
                self.session.schema = None;
                self.phase = Phase::Pass(RestorePass::Main, 0);
            }
            Phase::Drop(n) => {
                self.phase = Phase::Drop(n - 1);
                if let Some(&i) = self.selection.order.get(n - 1) {
                    self.drop_entry(i);
                }
            }
            Phase::Pass(pass, pos) => match self.selection.order.get(pos) {
                None => {
                    self.phase = match pass {
                        RestorePass::Main => Phase::Pass(RestorePass::Acl, 0),
                        RestorePass::Acl => Phase::Pass(RestorePass::PostAcl, 0),
                        RestorePass::PostAcl => Phase::End,
                    };
                }
                Some(&i) => {
                    self.phase = Phase::Pass(pass, pos + 1);
                    if self.req(i).is_wanted() && restore_pass(&self.entries[i]) == pass {
                        self.restore_entry(i)?;
                    }
                }
            },
            Phase::End => {
                self.finish();
                self.phase = Phase::Done;
            }
            Phase::Done => {}
        }
        Ok(())
    }

    /// `RestoreArchive` up to the drop phase.
    fn start(&mut self) {
        if self.opts.dump_schema() && self.selection.implied_no_schema {
            self.info("implied no-schema restore".into());
        }
        if self.is_database() {
            self.queue.push_back(Piece::Stage(Stage::Initializing));
        }
        self.put_script(b"--\n-- PostgreSQL database dump\n--\n\n");
        if let Some(key) = self
            .opts
            .restrict_key
            .clone()
            .filter(|_| !self.is_database())
        {
            self.put(b"\\restrict ");
            self.put(cstr(&key));
            self.put(b"\n\n");
        }
        if let Some(v) = self
            .header
            .server_version
            .as_deref()
            .filter(|_| self.header.version.at_least(ArchiveVersion::V1_10))
        {
            self.put_script(b"-- Dumped from database version ");
            self.put_script(cstr(v));
            self.put_script(b"\n");
        }
        // Archives before 1.10 record no versions: pg_restore then shows its own as the
        // pg_dump version, and no server version.
        let dump_version = if self.header.version.at_least(ArchiveVersion::V1_10) {
            self.header.pgdump_version.clone()
        } else {
            Some(self.pg_version.clone())
        };
        if let Some(v) = dump_version {
            self.put_script(b"-- Dumped by pg_dump version ");
            self.put_script(cstr(&v));
            self.put_script(b"\n");
        }
        self.put_script(b"\n");
        if self.opts.verbose > 0 && !self.is_database() {
            self.queue.push_back(Piece::StartedOn);
        }
        if self.opts.single_transaction {
            self.begin(b"BEGIN;\n\n");
        }
        self.fixed_state();
        if self.is_database() {
            self.queue.push_back(Piece::Stage(Stage::Processing));
        }
    }

    /// The end of `RestoreArchive`.
    fn finish(&mut self) {
        if self.opts.single_transaction || self.txn_size() > 0 {
            self.commit(b"COMMIT;\n\n");
        }
        if self.is_database() {
            self.queue.push_back(Piece::Stage(Stage::Finalizing));
            return;
        }
        if self.opts.verbose > 0 {
            self.queue.push_back(Piece::CompletedOn);
        }
        self.put(b"--\n-- PostgreSQL database dump complete\n--\n\n");
        if let Some(key) = self.opts.restrict_key.clone() {
            self.put(b"\\unrestrict ");
            self.put(cstr(&key));
            self.put(b"\n\n");
        }
    }

    /// `_doSetFixedOutputState`.
    fn fixed_state(&mut self) {
        if let Target::Database { server_version } = self.target {
            self.fixed_state_db(server_version);
            return;
        }
        let mut t = Vec::with_capacity(400);
        t.extend_from_slice(
            b"SET statement_timeout = 0;\nSET lock_timeout = 0;\n\
              SET idle_in_transaction_session_timeout = 0;\nSET transaction_timeout = 0;\n",
        );
        t.extend_from_slice(b"SET client_encoding = '");
        t.extend_from_slice(self.encoding.name().as_bytes());
        t.extend_from_slice(b"';\nSET standard_conforming_strings = ");
        t.extend_from_slice(if self.std_strings {
            b"on;\n"
        } else {
            b"off;\n"
        });
        if let Some(role) = &self.opts.role {
            t.extend_from_slice(b"SET ROLE ");
            append_ident(&mut t, role, self.fmt_encoding);
            t.extend_from_slice(b";\n");
        }
        if let Some(sp) = &self.searchpath {
            t.extend_from_slice(sp);
        }
        t.extend_from_slice(
            b"SET check_function_bodies = false;\nSET xmloption = content;\n\
              SET client_min_messages = warning;\n",
        );
        if !self.std_strings {
            t.extend_from_slice(b"SET escape_string_warning = off;\n");
        }
        t.extend_from_slice(if self.opts.enable_row_security {
            b"SET row_security = on;\n"
        } else {
            b"SET row_security = off;\n"
        });
        if self.txn_size() > 0 {
            t.extend_from_slice(b"\nBEGIN;\n");
            self.txn_count = 0;
        }
        t.push(b'\n');
        self.put(&t);
    }

    /// `_doSetFixedOutputState` against a server: each setting its own statement, and only
    /// those the server knows (pg_restore 18 sends `transaction_timeout` to any server and
    /// counts the error below 17; restoring a new dump into an older server must just work).
    fn fixed_state_db(&mut self, server_version: u32) {
        let mut sets: Vec<Vec<u8>> = vec![
            b"SET statement_timeout = 0;\n".to_vec(),
            b"SET lock_timeout = 0;\n".to_vec(),
            b"SET idle_in_transaction_session_timeout = 0;\n".to_vec(),
        ];
        if server_version >= 170000 {
            sets.push(b"SET transaction_timeout = 0;\n".to_vec());
        }
        sets.push(format!("SET client_encoding = '{}';\n", self.encoding.name()).into_bytes());
        sets.push(if self.std_strings {
            b"SET standard_conforming_strings = on;\n".to_vec()
        } else {
            b"SET standard_conforming_strings = off;\n".to_vec()
        });
        if let Some(role) = &self.opts.role {
            let mut q = b"SET ROLE ".to_vec();
            append_ident(&mut q, role, self.fmt_encoding);
            q.extend_from_slice(b";\n");
            sets.push(q);
        }
        if let Some(sp) = &self.searchpath {
            sets.push(sp.clone());
        }
        sets.push(b"SET check_function_bodies = false;\n".to_vec());
        sets.push(b"SET xmloption = content;\n".to_vec());
        sets.push(b"SET client_min_messages = warning;\n".to_vec());
        if !self.std_strings {
            sets.push(b"SET escape_string_warning = off;\n".to_vec());
        }
        sets.push(if self.opts.enable_row_security {
            b"SET row_security = on;\n".to_vec()
        } else {
            b"SET row_security = off;\n".to_vec()
        });
        for q in sets {
            self.put(&q);
        }
        if self.txn_size() > 0 {
            self.begin(b"");
            self.txn_count = 0;
        }
    }

    /// `_reconnectToDB` in script mode: leave restricted mode around `\connect`, forget the
    /// session state and replay the preamble.
    fn reconnect(&mut self, dbname: &[u8]) -> Result<(), ScriptError> {
        if self.is_database() {
            self.queue.push_back(Piece::Reconnect {
                dbname: cstr(dbname).to_vec(),
            });
            self.session = Session::default();
            self.fixed_state();
            return Ok(());
        }
        let connect = quote::psql_meta_connect(dbname)
            .ok_or_else(|| ScriptError::DatabaseNameNewline(cstr(dbname).to_vec()))?;
        match self.opts.restrict_key.clone() {
            Some(key) => {
                self.put(b"\\unrestrict ");
                self.put(cstr(&key));
                self.put(b"\n");
                self.put(&connect);
                self.put(b"\\restrict ");
                self.put(cstr(&key));
                self.put(b"\n\n");
            }
            // Releases before the 2025 fix wrote the bare `\connect` and a blank line.
            None => {
                self.put(&connect);
                self.put(b"\n");
            }
        }
        self.session = Session::default();
        self.fixed_state();
        Ok(())
    }

    /// `_doSetSessionAuth` + `_becomeUser`.
    fn become_user(&mut self, user: Option<&[u8]>) {
        let user = cstr(user.unwrap_or(b""));
        if self.session.user.as_deref() == Some(user) {
            return;
        }
        let mut cmd = b"SET SESSION AUTHORIZATION ".to_vec();
        if user.is_empty() {
            cmd.extend_from_slice(b"DEFAULT");
        } else {
            append_string_literal(&mut cmd, user, self.encoding, self.std_strings);
        }
        let db_len = cmd.len();
        cmd.extend_from_slice(b";\n\n");
        let db = cmd[..db_len].to_vec();
        self.put_set(&cmd, &db, SqlKind::SessionAuth(user.to_vec()));
        self.session.user = Some(user.to_vec());
    }

    /// `_becomeOwner`: only in `--use-set-session-authorization` mode without `-O`.
    fn become_owner(&mut self, te: &TocEntry) {
        if self.opts.no_owner || !self.opts.use_set_session_authorization {
            return;
        }
        self.become_user(te.owner.as_deref());
    }

    /// `_selectOutputSchema`: only archives without a `SEARCHPATH` entry switch search_path.
    fn select_schema(&mut self, schema: Option<&[u8]>) {
        if self.searchpath.is_some() {
            return;
        }
        let Some(schema) = schema.map(cstr).filter(|s| !s.is_empty()) else {
            return;
        };
        if self.session.schema.as_deref() == Some(schema) {
            return;
        }
        let mut q = b"SET search_path = ".to_vec();
        append_ident(&mut q, schema, self.fmt_encoding);
        if schema != b"pg_catalog" {
            q.extend_from_slice(b", pg_catalog");
        }
        let db = q.clone();
        q.extend_from_slice(b";\n\n");
        self.put_set(&q, &db, SqlKind::SearchPath(schema.to_vec()));
        self.session.schema = Some(schema.to_vec());
    }

    /// `_selectTablespace`.
    fn select_tablespace(&mut self, tablespace: Option<&[u8]>) {
        if self.opts.no_tablespaces {
            return;
        }
        let Some(want) = tablespace.map(cstr) else {
            return;
        };
        if self.session.tablespace.as_deref() == Some(want) {
            return;
        }
        let mut q = b"SET default_tablespace = ".to_vec();
        if want.is_empty() {
            q.extend_from_slice(b"''");
        } else {
            append_ident(&mut q, want, self.fmt_encoding);
        }
        let db = q.clone();
        let name = db[b"SET default_tablespace = ".len()..].to_vec();
        q.extend_from_slice(b";\n\n");
        self.put_set(&q, &db, SqlKind::Tablespace(name));
        self.session.tablespace = Some(want.to_vec());
    }

    /// `_selectTableAccessMethod`.
    fn select_table_am(&mut self, tableam: Option<&[u8]>) {
        if self.opts.no_table_access_method {
            return;
        }
        let Some(want) = tableam.map(cstr) else {
            return;
        };
        if self.session.table_am.as_deref() == Some(want) {
            return;
        }
        let mut q = b"SET default_table_access_method = ".to_vec();
        append_ident(&mut q, want, self.fmt_encoding);
        q.push(b';');
        let db = q.clone();
        q.extend_from_slice(b"\n\n");
        self.put_set(&q, &db, SqlKind::TableAm);
        self.session.table_am = Some(want.to_vec());
    }

    /// `_printTableAccessMethodNoStorage`: a partitioned table's AM needs an ALTER.
    fn partitioned_table_am(&mut self, te: &TocEntry) {
        if self.opts.no_table_access_method {
            return;
        }
        let Some(am) = te.tableam.as_deref() else {
            return;
        };
        let mut q = b"ALTER TABLE ".to_vec();
        append_qualified(
            &mut q,
            te.namespace.as_deref(),
            te.tag_bytes(),
            self.fmt_encoding,
        );
        q.extend_from_slice(b" SET ACCESS METHOD ");
        append_ident(&mut q, am, self.fmt_encoding);
        q.push(b';');
        let db = q.clone();
        q.extend_from_slice(b"\n\n");
        self.put_set(&q, &db, SqlKind::AlterTableAm);
    }

    /// The format-specific verbose line of the entry header (`_PrintExtraToc`).
    fn extra_toc(&self, te: &TocEntry, out: &mut Vec<u8>) {
        match self.format {
            Format::Custom => {
                // pg_restore prints the offset as a signed 64-bit number.
                let pos = match te.data {
                    DataLocation::Offset(p) => p as i64,
                    DataLocation::NotSet => self
                        .learned_positions
                        .get(&te.dump_id)
                        .map_or(0, |&p| p as i64),
                    _ => 0,
                };
                out.extend_from_slice(format!("-- Data Pos: {pos}\n").as_bytes());
            }
            Format::Directory | Format::Tar => {
                if let DataLocation::File(name) = &te.data {
                    let name = cstr(name);
                    if !name.is_empty() {
                        out.extend_from_slice(b"-- File: ");
                        out.extend_from_slice(name);
                        out.push(b'\n');
                    }
                }
            }
        }
    }

    /// `_printTocEntry`: session state, comment header, body and ownership of one part.
    fn print_toc_entry(&mut self, idx: usize, prefix: &str) -> Result<(), ScriptError> {
        let entries = self.entries;
        let te = &entries[idx];
        let opts = self.opts;
        let desc = cstr(&te.desc);
        let tag = cstr(te.tag_bytes());
        let defn = cstr(te.defn.as_deref().unwrap_or(b""));

        self.become_owner(te);
        self.select_schema(te.namespace.as_deref());
        self.select_tablespace(te.tablespace.as_deref());
        if te.relkind != RELKIND_PARTITIONED_TABLE {
            self.select_table_am(te.tableam.as_deref());
        }

        // The comment header.
        let mut h = Vec::with_capacity(128);
        h.extend_from_slice(b"--\n");
        if opts.verbose > 0 {
            h.extend_from_slice(
                format!(
                    "-- TOC entry {} (class {} OID {})\n",
                    te.dump_id, te.catalog_id.tableoid, te.catalog_id.oid
                )
                .as_bytes(),
            );
            if !te.dependencies.is_empty() {
                h.extend_from_slice(b"-- Dependencies:");
                for d in &te.dependencies {
                    h.extend_from_slice(format!(" {d}").as_bytes());
                }
                h.push(b'\n');
            }
        }
        h.extend_from_slice(b"-- ");
        h.extend_from_slice(prefix.as_bytes());
        h.extend_from_slice(b"Name: ");
        append_sanitized(&mut h, te.tag.as_deref(), false);
        h.extend_from_slice(b"; Type: ");
        h.extend_from_slice(desc);
        h.extend_from_slice(b"; Schema: ");
        append_sanitized(&mut h, te.namespace.as_deref(), true);
        h.extend_from_slice(b"; Owner: ");
        append_sanitized(
            &mut h,
            if opts.no_owner {
                None
            } else {
                te.owner.as_deref()
            },
            true,
        );
        if let Some(ts) = te.tablespace.as_deref().map(cstr)
            && !ts.is_empty()
            && !opts.no_tablespaces
        {
            h.extend_from_slice(b"; Tablespace: ");
            append_sanitized(&mut h, Some(ts), false);
        }
        h.push(b'\n');
        if opts.verbose > 0 {
            self.extra_toc(te, &mut h);
        }
        h.extend_from_slice(b"--\n\n");
        self.put_script(&h);

        // The body, with pg_restore's special cases.
        if opts.no_owner && desc == b"SCHEMA" && !defn.starts_with(b"--") {
            // Old pg_dump put AUTHORIZATION clauses into CREATE SCHEMA; -O drops them.
            let mut q = b"CREATE SCHEMA ".to_vec();
            append_ident(&mut q, tag, self.fmt_encoding);
            q.extend_from_slice(b";\n\n\n");
            self.put(&q);
        } else if desc == b"BLOB METADATA" {
            self.command_per_blob(te, b"SELECT pg_catalog.lo_create('", b"')");
        } else if desc == b"ACL" && tag.starts_with(b"LARGE OBJECTS") {
            self.acl_per_blob(te)?;
        } else if !defn.is_empty() {
            let mut q = Vec::with_capacity(defn.len() + 2);
            q.extend_from_slice(defn);
            q.extend_from_slice(b"\n\n");
            self.put(&q);
            // A multi-command defn counts as several actions; functions are skipped
            // because their bodies are full of semicolons.
            if self.txn_size() > 0 && desc != b"FUNCTION" && desc != b"PROCEDURE" {
                let semis = defn.iter().filter(|&&c| c == b';').count() as u64;
                if semis > 1 {
                    self.txn_count += semis - 1;
                }
            }
        }

        // Ownership: ALTER ... OWNER, unless SET SESSION AUTHORIZATION did it (the public
        // schema placeholder, whose defn is a comment, always gets the ALTER).
        let owner = cstr(te.owner.as_deref().unwrap_or(b""));
        let drop = cstr(te.drop_stmt.as_deref().unwrap_or(b""));
        if !opts.no_owner
            && (!opts.use_set_session_authorization
                || (desc == b"SCHEMA" && defn.starts_with(b"--")))
            && !owner.is_empty()
            && !drop.is_empty()
        {
            if desc == b"BLOB METADATA" {
                let mut end = b" OWNER TO ".to_vec();
                append_ident(&mut end, owner, self.fmt_encoding);
                self.command_per_blob(te, b"ALTER LARGE OBJECT ", &end);
            } else {
                let object = object_description(te, self.fmt_encoding)?;
                if !object.is_empty() {
                    let mut q = b"ALTER ".to_vec();
                    q.extend_from_slice(&object);
                    q.extend_from_slice(b" OWNER TO ");
                    append_ident(&mut q, owner, self.fmt_encoding);
                    q.extend_from_slice(b";\n\n");
                    self.put(&q);
                }
            }
        }

        if te.relkind == RELKIND_PARTITIONED_TABLE {
            self.partitioned_table_am(te);
        }

        // An ACL entry may hold SET SESSION AUTHORIZATION commands.
        if is_acl(desc) {
            self.session.user = None;
        }
        Ok(())
    }

    /// `restore_toc_entry` for a serial script.
    fn restore_entry(&mut self, idx: usize) -> Result<(), ScriptError> {
        let entries = self.entries;
        let te = &entries[idx];
        let reqs = self.req(idx);
        let desc = cstr(&te.desc);
        let tag = cstr(te.tag_bytes());
        if self.is_database() {
            self.queue.push_back(Piece::Entry { entry: idx });
        }
        let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();

        if desc == b"WARNING" {
            let defn = cstr(te.defn.as_deref().unwrap_or(b""));
            let copy = cstr(te.copy_stmt.as_deref().unwrap_or(b""));
            if self.dump_schema && !defn.is_empty() {
                self.log(
                    LogLevel::Warning,
                    format!("warning from original dump file: {}", lossy(defn)),
                );
            } else if !copy.is_empty() {
                self.log(
                    LogLevel::Warning,
                    format!("warning from original dump file: {}", lossy(copy)),
                );
            }
        }

        let mut defn_dumped = false;
        if reqs.contains(Req::SCHEMA) {
            let is_db = matches!(desc, b"DATABASE" | b"DATABASE PROPERTIES");
            if is_db && self.txn_size() > 0 {
                self.commit(b"COMMIT;\n\n");
            }
            match te.namespace.as_deref() {
                Some(ns) => self.info(format!(
                    "creating {} \"{}.{}\"",
                    lossy(desc),
                    lossy(cstr(ns)),
                    lossy(tag)
                )),
                None => self.info(format!("creating {} \"{}\"", lossy(desc), lossy(tag))),
            }
            self.print_toc_entry(idx, "")?;
            defn_dumped = true;
            if is_db {
                self.info(format!("connecting to new database \"{}\"", lossy(tag)));
                self.reconnect(tag)?;
            }
        }

        if reqs.contains(Req::DATA) {
            if te.had_dumper {
                self.print_toc_entry(idx, "Data for ")?;
                if matches!(desc, b"BLOBS" | b"BLOB COMMENTS") {
                    self.info(format!("processing {}", lossy(desc)));
                    self.select_schema(Some(b"pg_catalog"));
                    if has_data(te) {
                        if desc == b"BLOBS" {
                            self.large_objects(idx);
                        } else {
                            self.queue.push_back(Piece::TableData { entry: idx });
                        }
                    }
                } else {
                    self.disable_triggers(te);
                    self.become_owner(te);
                    self.select_schema(te.namespace.as_deref());
                    self.info(format!(
                        "processing data for table \"{}.{}\"",
                        te.namespace
                            .as_deref()
                            .map_or_else(|| "(null)".into(), |n| lossy(cstr(n))),
                        lossy(tag)
                    ));
                    let truncate = self.worker_truncate && !is_load_via_partition_root(te);
                    if truncate {
                        self.begin(b"");
                        let mut q = b"TRUNCATE TABLE ONLY ".to_vec();
                        append_qualified(
                            &mut q,
                            te.namespace.as_deref(),
                            te.tag_bytes(),
                            self.fmt_encoding,
                        );
                        q.extend_from_slice(b";\n\n");
                        self.put(&q);
                    }
                    let copy = cstr(te.copy_stmt.as_deref().unwrap_or(b""));
                    if self.is_database() && !copy.is_empty() {
                        self.queue.push_back(Piece::Copy {
                            entry: idx,
                            stmt: copy.to_vec(),
                            data: has_data(te),
                        });
                    } else {
                        if !copy.is_empty() {
                            self.put(copy);
                        }
                        if has_data(te) {
                            self.queue.push_back(Piece::TableData { entry: idx });
                        }
                    }
                    if truncate {
                        self.commit(b"");
                    }
                    self.enable_triggers(te);
                }
            } else if !defn_dumped {
                self.info(format!("executing {} {}", lossy(desc), lossy(tag)));
                self.print_toc_entry(idx, "")?;
            }
        }

        if reqs.contains(Req::STATS) {
            self.print_toc_entry(idx, "Statistics for ")?;
        }

        if reqs.is_wanted() {
            self.count_action(b"COMMIT;\nBEGIN;\n\n");
        }
        if self.is_database() {
            self.queue.push_back(Piece::EntryEnd { entry: idx });
        }
        Ok(())
    }

    /// `StartRestoreLOs` / `_LoadLOs` / `EndRestoreLOs`: each `BLOBS` entry is its own
    /// transaction unless the whole script is one.
    fn large_objects(&mut self, idx: usize) {
        let own_txn = !(self.opts.single_transaction || self.txn_size() > 0);
        if own_txn {
            self.begin(b"BEGIN;\n\n");
        }
        let writer = LoWriter::new(
            self.std_strings,
            !self
                .header
                .version
                .at_least(pgdumpkit_format::ArchiveVersion::V1_12),
            self.opts.clean,
        );
        self.queue
            .push_back(Piece::LargeObjects { entry: idx, writer });
        if own_txn {
            self.commit(b"COMMIT;\n\n");
        }
    }

    /// `_disableTriggersIfNecessary`: only in data-only restores.
    fn disable_triggers(&mut self, te: &TocEntry) {
        self.toggle_triggers(te, "disabling", b" DISABLE TRIGGER ALL;\n\n");
    }

    /// `_enableTriggersIfNecessary`.
    fn enable_triggers(&mut self, te: &TocEntry) {
        self.toggle_triggers(te, "enabling", b" ENABLE TRIGGER ALL;\n\n");
    }

    fn toggle_triggers(&mut self, te: &TocEntry, verb: &str, action: &[u8]) {
        if self.dump_schema || !self.opts.disable_triggers {
            return;
        }
        self.info(format!(
            "{verb} triggers for {}",
            String::from_utf8_lossy(cstr(te.tag_bytes()))
        ));
        // The superuser of -S, or the session's initial user, even with -O.
        let su = self.opts.superuser.clone();
        self.become_user(su.as_deref());
        let mut q = b"ALTER TABLE ".to_vec();
        append_qualified(
            &mut q,
            te.namespace.as_deref(),
            te.tag_bytes(),
            self.fmt_encoding,
        );
        q.extend_from_slice(action);
        self.put(&q);
    }
}

impl Iterator for ScriptPlan<'_> {
    type Item = Result<Piece, ScriptError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(p) = self.queue.pop_front() {
                return Some(Ok(p));
            }
            if matches!(self.phase, Phase::Done) {
                return None;
            }
            if let Err(e) = self.advance() {
                self.phase = Phase::Done;
                self.queue.clear();
                return Some(Err(e));
            }
        }
    }
}

/// Whether the TOC records a data part for the entry: custom archives mark entries without
/// one, directory and tar archives leave their file name empty (`_PrintTocData` returns
/// early for those).
fn has_data(te: &TocEntry) -> bool {
    match &te.data {
        DataLocation::NoData => false,
        DataLocation::NotSet | DataLocation::Offset(_) => true,
        DataLocation::File(name) => !cstr(name).is_empty(),
    }
}

/// `is_load_via_partition_root`: the data goes through the partition root, so another
/// partition's rows may land in this table; never truncated.
fn is_load_via_partition_root(te: &TocEntry) -> bool {
    let defn = cstr(te.defn.as_deref().unwrap_or(b""));
    if defn.starts_with(b"-- load via partition root ") {
        return true;
    }
    let copy = cstr(te.copy_stmt.as_deref().unwrap_or(b""));
    if copy.is_empty() {
        return false;
    }
    // The COPY names another table than the entry's own.
    let mut own = b"COPY ".to_vec();
    append_qualified(
        &mut own,
        te.namespace.as_deref(),
        te.tag_bytes(),
        Encoding::Utf8,
    );
    own.push(b' ');
    !copy.starts_with(&own)
}

/// `processEncodingEntry`: the name between the first two single quotes.
fn parse_encoding(defn: &[u8]) -> Result<Encoding, ScriptError> {
    let mut parts = defn.splitn(3, |&c| c == b'\'');
    let (_, Some(name), Some(_)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(ScriptError::InvalidEncodingItem(defn.to_vec()));
    };
    Encoding::from_name(name).ok_or_else(|| ScriptError::UnrecognizedEncoding(name.to_vec()))
}

/// `processStdStringsEntry`.
fn parse_std_strings(defn: &[u8]) -> Result<bool, ScriptError> {
    match defn.iter().position(|&c| c == b'\'').map(|p| &defn[p..]) {
        Some(rest) if rest.starts_with(b"'on'") => Ok(true),
        Some(rest) if rest.starts_with(b"'off'") => Ok(false),
        _ => Err(ScriptError::InvalidStdStringsItem(defn.to_vec())),
    }
}

/// `_getObjectDescription`: what follows `ALTER` in the owner command; empty for types
/// without owners.
fn object_description(te: &TocEntry, enc: Encoding) -> Result<Vec<u8>, ScriptError> {
    let desc = cstr(&te.desc);
    let mut buf = Vec::new();
    match desc {
        b"COLLATION"
        | b"CONVERSION"
        | b"DOMAIN"
        | b"FOREIGN TABLE"
        | b"MATERIALIZED VIEW"
        | b"SEQUENCE"
        | b"STATISTICS"
        | b"TABLE"
        | b"TEXT SEARCH DICTIONARY"
        | b"TEXT SEARCH CONFIGURATION"
        | b"TYPE"
        | b"VIEW"
        | b"DATABASE"
        | b"PROCEDURAL LANGUAGE"
        | b"SCHEMA"
        | b"EVENT TRIGGER"
        | b"FOREIGN DATA WRAPPER"
        | b"SERVER"
        | b"PUBLICATION"
        | b"SUBSCRIPTION" => {
            buf.extend_from_slice(desc);
            buf.push(b' ');
            if let Some(ns) = te.namespace.as_deref().map(cstr).filter(|n| !n.is_empty()) {
                append_ident(&mut buf, ns, enc);
                buf.push(b'.');
            }
            append_ident(&mut buf, te.tag_bytes(), enc);
        }
        // Large objects are named by number, never quoted.
        b"BLOB" => {
            buf.extend_from_slice(b"LARGE OBJECT ");
            buf.extend_from_slice(cstr(te.tag_bytes()));
        }
        // The DROP command already has the signature: drop "DROP " and the trailing ";\n".
        b"AGGREGATE" | b"FUNCTION" | b"OPERATOR" | b"OPERATOR CLASS" | b"OPERATOR FAMILY"
        | b"PROCEDURE" => {
            let drop = cstr(te.drop_stmt.as_deref().unwrap_or(b""));
            let mut rest = drop.get(5..).unwrap_or(b"");
            while let [head @ .., b';' | b'\n'] = rest {
                rest = head;
            }
            buf.extend_from_slice(rest);
        }
        b"CAST"
        | b"CHECK CONSTRAINT"
        | b"CONSTRAINT"
        | b"DATABASE PROPERTIES"
        | b"DEFAULT"
        | b"FK CONSTRAINT"
        | b"INDEX"
        | b"RULE"
        | b"TRIGGER"
        | b"ROW SECURITY"
        | b"POLICY"
        | b"USER MAPPING" => {}
        _ => {
            return Err(ScriptError::UnknownOwnerType {
                dump_id: te.dump_id,
                desc: desc.to_vec(),
            });
        }
    }
    Ok(buf)
}
