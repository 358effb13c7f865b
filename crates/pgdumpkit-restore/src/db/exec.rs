//! One restore connection: statements sent as pg_restore sends them, and its error policy
//! (`ExecuteSqlCommand`, `warn_or_exit_horribly` in `pg_backup_db.c` / `pg_backup_utils.c`).

use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

use pgdumpkit_format::TocEntry;
use pgdumpkit_plan::script::{SqlKind, Stage};
use tokio_postgres::error::{DbError, ErrorPosition};

use super::{Event, Fatal, Level, Shared, Sink};
use crate::connect::{ConnParams, Session, connect_blocking};

/// `ALWAYS_SECURE_SEARCH_PATH_SQL`: what pg_restore's connect helper runs first on every
/// connection, so that nothing the restore sends can be captured by objects in `public`.
pub(super) const SECURE_SEARCH_PATH: &str =
    "SELECT pg_catalog.set_config('search_path', '', false);";

/// The identity of the entry errors are attributed to (`AH->currentTE`).
#[derive(Debug, Clone)]
pub(super) struct EntryRef {
    pub index: usize,
    /// `from TOC entry %d; %u %u %s %s %s`
    pub context: String,
}

impl EntryRef {
    pub fn new(index: usize, te: &TocEntry) -> EntryRef {
        let text = |v: Option<&[u8]>, none: &str| v.map_or_else(|| none.to_string(), super::lossy);
        EntryRef {
            index,
            context: format!(
                "from TOC entry {}; {} {} {} {} {}",
                te.dump_id,
                te.catalog_id.tableoid,
                te.catalog_id.oid,
                text(Some(&te.desc), "(no desc)"),
                text(te.tag.as_deref(), "(no tag)"),
                text(te.owner.as_deref(), "(no owner)"),
            ),
        }
    }
}

/// One connection and the error bookkeeping of the archive handle that owns it.
pub(super) struct Conn<'s> {
    shared: &'s Shared<'s>,
    pub session: Session,
    pub params: ConnParams,
    pub sink: &'s Sink<'s>,
    pub interrupt: Option<&'s AtomicBool>,
    /// `-e`, `-1` and `--transaction-size`.
    exit_on_error: bool,
    stage: Stage,
    last_error_stage: Option<Stage>,
    pub current: Option<EntryRef>,
    /// `AH->lastErrorTE`, by entry index.
    pub last_error_entry: Option<usize>,
    /// `AH->public.n_errors`.
    pub errors: u64,
    /// Which worker this is, for events (0: the leader).
    pub worker: usize,
    /// `errors` when the current entry started.
    pub entry_errors_before: u64,
    /// Bytes of table rows sent with COPY.
    pub row_bytes: u64,
    /// Rows sent with COPY.
    pub rows: u64,
    /// The connection was replaced (see `Conn::copy`): the session settings must be sent
    /// again before the next statement.
    pub replaced: bool,
}

impl<'s> Conn<'s> {
    /// `ConnectDatabase`: connect, then make the search path safe.
    pub fn open(
        params: ConnParams,
        first: Option<Session>,
        shared: &'s Shared<'s>,
        exit_on_error: bool,
        worker: usize,
    ) -> Result<Conn<'s>, Fatal> {
        let session = match first {
            Some(s) => {
                secure_search_path(&s, shared.sink)?;
                s
            }
            None => open_session(&params, shared.sink)?,
        };
        shared.register(&session);
        let (sink, interrupt) = (shared.sink, shared.interrupt);
        Ok(Conn {
            shared,
            session,
            params,
            sink,
            interrupt,
            exit_on_error,
            stage: Stage::Initializing,
            last_error_stage: None,
            current: None,
            last_error_entry: None,
            errors: 0,
            worker,
            entry_errors_before: 0,
            row_bytes: 0,
            rows: 0,
            replaced: false,
        })
    }

    /// `_reconnectToDB`: a new connection to `dbname` with the same parameters (and the
    /// password already obtained: reconnects never prompt).
    pub fn reconnect(&mut self, dbname: &str) -> Result<(), Fatal> {
        let mut params = self.params.clone();
        params.dbname = dbname.to_string();
        self.session = open_session(&params, self.sink)?;
        self.shared.register(&self.session);
        self.params = params;
        Ok(())
    }

    pub fn shared(&self) -> &'s Shared<'s> {
        self.shared
    }

    pub fn exit_on_error(&self) -> bool {
        self.exit_on_error
    }

    pub fn interrupted(&self) -> bool {
        self.interrupt.is_some_and(|f| f.load(Ordering::Relaxed))
    }

    pub fn set_stage(&mut self, stage: Stage) {
        self.stage = stage;
    }

    pub fn log(&self, level: Level, text: String) {
        (self.sink)(&Event::Log { level, text });
    }

    /// `warn_or_exit_horribly`: report with the stage and entry context, then count it or,
    /// with `-e`, end the restore.
    pub fn warn_or_exit(&mut self, message: String) -> Result<(), Fatal> {
        if self.last_error_stage != Some(self.stage) {
            match self.stage {
                Stage::Initializing => self.log(Level::Info, "while INITIALIZING:".into()),
                Stage::Processing => self.log(Level::Info, "while PROCESSING TOC:".into()),
                Stage::Finalizing => self.log(Level::Info, "while FINALIZING:".into()),
            }
        }
        self.last_error_stage = Some(self.stage);
        if let Some(te) = &self.current
            && self.last_error_entry != Some(te.index)
        {
            self.log(Level::Info, te.context.clone());
        }
        self.last_error_entry = self.current.as_ref().map(|t| t.index);
        if self.exit_on_error {
            return Err(Fatal::Reported(message));
        }
        self.log(Level::Error, message);
        self.errors += 1;
        Ok(())
    }

    /// Forward the server's notices (pg_restore's notice processor logs them at info level).
    pub fn flush_notices(&self) {
        for n in self.session.take_notices() {
            let mut text = format!("{}:  {}", n.severity, n.message);
            if let Some(d) = &n.detail {
                let _ = write!(text, "\nDETAIL:  {d}");
            }
            if let Some(h) = &n.hint {
                let _ = write!(text, "\nHINT:  {h}");
            }
            self.log(Level::Info, text);
        }
    }

    /// Run one statement as pg_restore would, with its failure handled per `kind`.
    pub fn exec(&mut self, sql: &[u8], kind: &SqlKind) -> Result<(), Fatal> {
        let (sql, result) = match self.shared.text.statement(sql) {
            Ok(converted) => {
                let result = match std::str::from_utf8(&converted) {
                    Ok(text) => self
                        .session
                        .batch_execute(text)
                        .map_err(|e| self.error_text(&e, Some(text))),
                    Err(_) => Err(not_utf8()),
                };
                (converted, result)
            }
            Err(e) => (std::borrow::Cow::Borrowed(sql), Err(e)),
        };
        self.flush_notices();
        let Err(err) = result else {
            return Ok(());
        };
        if self.session.is_closed() {
            return Err(Fatal::Reported(format!(
                "connection to server was lost: {}",
                err.trim_end()
            )));
        }
        let quoted = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        match kind {
            SqlKind::Query => {
                let mut m = format!("could not execute query: {err}Command was: ");
                m.push_str(&String::from_utf8_lossy(&sql));
                self.warn_or_exit(strip_one_newline(m))
            }
            SqlKind::SearchPath(schema) => self.warn_or_exit(strip_one_newline(format!(
                "could not set \"search_path\" to \"{}\": {err}",
                quoted(schema)
            ))),
            SqlKind::Tablespace(name) => self.warn_or_exit(strip_one_newline(format!(
                "could not set \"default_tablespace\" to {}: {err}",
                quoted(name)
            ))),
            SqlKind::TableAm => self.warn_or_exit(strip_one_newline(format!(
                "could not set \"default_table_access_method\": {err}"
            ))),
            SqlKind::AlterTableAm => self.warn_or_exit(strip_one_newline(format!(
                "could not alter table access method: {err}"
            ))),
            SqlKind::SessionAuth(user) => Err(Fatal::Reported(strip_one_newline(format!(
                "could not set session user to \"{}\": {err}",
                quoted(user)
            )))),
            SqlKind::Begin => Err(Fatal::Reported(strip_one_newline(format!(
                "could not start database transaction: {err}Command was: BEGIN"
            )))),
            SqlKind::Commit => Err(Fatal::Reported(strip_one_newline(format!(
                "could not commit database transaction: {err}Command was: COMMIT"
            )))),
        }
    }

    /// The error text libpq's `PQerrorMessage` would hold, ending in a newline.
    pub fn error_text(&self, e: &tokio_postgres::Error, query: Option<&str>) -> String {
        match e.as_db_error() {
            Some(db) => libpq_message(db, query),
            None => {
                let mut t = e.to_string();
                if let Some(src) = std::error::Error::source(e) {
                    let s = src.to_string();
                    if !t.contains(&s) {
                        let _ = write!(t, ": {s}");
                    }
                }
                t.push('\n');
                t
            }
        }
    }
}

fn open_session(params: &ConnParams, sink: &Sink<'_>) -> Result<Session, Fatal> {
    let session = connect_blocking(params).map_err(|e| Fatal::Reported(e.to_string()))?;
    secure_search_path(&session, sink)?;
    Ok(session)
}

fn secure_search_path(session: &Session, sink: &Sink<'_>) -> Result<(), Fatal> {
    sink(&Event::Log {
        level: Level::Info,
        text: format!("executing {SECURE_SEARCH_PATH}"),
    });
    session
        .batch_execute(SECURE_SEARCH_PATH)
        .map_err(|e| Fatal::Reported(format!("could not clear search_path: {e}")))
}

pub(super) fn not_utf8() -> String {
    "ERROR:  the statement is not valid UTF-8, and pgdumpkit converts no text of this \
     archive's encoding (SQL_ASCII, EUC_TW, EUC_JIS_2004, MULE_INTERNAL, or a client-only \
     encoding such as SJIS)\n"
        .to_string()
}

/// pg_restore's logger drops exactly one trailing newline of a message.
pub(super) fn strip_one_newline(mut m: String) -> String {
    if m.ends_with('\n') {
        m.pop();
    }
    m
}

/// `pqBuildErrorMessage3` at the default verbosity: `SEVERITY:  message`, the `LINE n:` context
/// of an error position in the query, `DETAIL`, `HINT`, `QUERY`/`CONTEXT`.
pub(super) fn libpq_message(db: &DbError, query: Option<&str>) -> String {
    let mut out = format!("{}:  {}\n", db.severity(), db.message());
    match (db.position(), query) {
        (Some(ErrorPosition::Original(pos)), Some(q)) => line_context(&mut out, q, *pos as usize),
        (Some(ErrorPosition::Internal { position, query }), _) => {
            line_context(&mut out, query, *position as usize)
        }
        _ => {}
    }
    if let Some(d) = db.detail() {
        let _ = writeln!(out, "DETAIL:  {d}");
    }
    if let Some(h) = db.hint() {
        let _ = writeln!(out, "HINT:  {h}");
    }
    if let Some(ErrorPosition::Internal { query, .. }) = db.position() {
        let _ = writeln!(out, "QUERY:  {query}");
    }
    if let Some(w) = db.where_() {
        let _ = writeln!(out, "CONTEXT:  {w}");
    }
    out
}

/// `reportErrorPosition`, simplified: the line holding the 1-based character position `pos`,
/// and a caret under it. Long lines are cut around the position as libpq does (about 60
/// columns of context) so a huge statement never floods the terminal.
fn line_context(out: &mut String, query: &str, pos: usize) {
    if pos == 0 {
        return;
    }
    let chars: Vec<char> = query.chars().collect();
    let at = (pos - 1).min(chars.len());
    let mut line_no = 1;
    let mut start = 0;
    for (i, &c) in chars[..at].iter().enumerate() {
        if c == '\n' {
            line_no += 1;
            start = i + 1;
        }
    }
    let end = chars[start..]
        .iter()
        .position(|&c| c == '\n' || c == '\r')
        .map_or(chars.len(), |n| start + n);
    let line: Vec<char> = chars[start..end]
        .iter()
        .map(|&c| if c == '\t' { ' ' } else { c })
        .collect();
    let mut caret = at - start;
    const DISPLAY: usize = 60;
    let prefix = format!("LINE {line_no}: ");
    let (mut shown, mut lead, mut trail) = (line.clone(), false, false);
    if line.len() > DISPLAY {
        // Keep the caret in view: cut the start first, then the end.
        let mut from = 0;
        if caret > DISPLAY - 10 {
            from = (caret + 10).saturating_sub(DISPLAY).min(line.len());
            lead = true;
        }
        let to = (from + DISPLAY).min(line.len());
        trail = to < line.len();
        shown = line[from..to].to_vec();
        caret -= from;
    }
    let mut text: String = shown.into_iter().collect();
    let mut pad = prefix.chars().count() + caret;
    if lead {
        text.insert_str(0, "...");
        pad += 3;
    }
    if trail {
        text.push_str("...");
    }
    let _ = writeln!(out, "{prefix}{text}");
    let _ = writeln!(out, "{}^", " ".repeat(pad));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_context_points_at_the_position() {
        let mut out = String::new();
        line_context(&mut out, "CREATE TABLE t (\n  a intt\n);", 22);
        assert_eq!(out, "LINE 2:   a intt\n            ^\n");
    }

    #[test]
    fn one_newline_is_stripped() {
        assert_eq!(strip_one_newline("a\n\n\n".into()), "a\n\n");
        assert_eq!(strip_one_newline("a".into()), "a");
    }
}
