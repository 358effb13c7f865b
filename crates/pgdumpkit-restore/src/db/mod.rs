//! Restoring into a live database (`pg_restore -d`): the statements of
//! [`ScriptPlan::for_database`] executed over the wire protocol, serially or with `-j`
//! workers, with pg_restore's error policy and messages.
//!
//! Everything the restore has to say goes through one [`Sink`] as [`Event`]s: pg_restore's
//! log lines (with their levels), and progress for a bar or JSON Lines.

mod data;
mod encoding;
mod exec;
mod parallel;

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use pgdumpkit_format::{Archive, ArchiveVersion, Format, TocEntry};
use pgdumpkit_plan::RestoreOptions;
use pgdumpkit_plan::script::{LogLevel, Piece, ScriptPlan};
use pgdumpkit_plan::selection::{Selection, select};

use crate::connect::{Canceller, ConnParams, Session};
use exec::{Conn, EntryRef};

/// How bad a log line is (pg_restore's `pg_log_info` / `pg_log_warning` / `pg_log_error`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Shown with `-v`.
    Info,
    Warning,
    Error,
}

/// What a restore reports as it goes.
#[derive(Debug, Clone)]
pub enum Event {
    /// A line pg_restore would print (without its `pg_restore: ` prefix).
    Log { level: Level, text: String },
    /// The work ahead: selected entries and the archive bytes of their data.
    Plan {
        entries: usize,
        data_entries: usize,
        stored_bytes: u64,
        jobs: usize,
    },
    /// A phase begins: `drop`, `pre-data`, `parallel`, `missed`, `serial`, `finish`.
    Phase { name: &'static str },
    /// A connection starts on an entry.
    EntryStart {
        worker: usize,
        dump_id: i32,
        desc: String,
        name: String,
        stored_bytes: u64,
    },
    /// A connection finished an entry.
    EntryDone {
        worker: usize,
        dump_id: i32,
        errors: u64,
        stored_bytes: u64,
    },
    /// Bytes of table rows sent by a connection.
    Progress {
        worker: usize,
        dump_id: i32,
        bytes: u64,
    },
}

/// Where events go; called from several threads with `-j`.
pub type Sink<'a> = dyn Fn(&Event) + Sync + 'a;

/// Why a restore stopped before the end.
#[derive(Debug, thiserror::Error)]
pub enum Fatal {
    /// A message in pg_restore's words (printed as `error: ...`, exit 1).
    #[error("{0}")]
    Reported(String),
    /// Ctrl-C.
    #[error("interrupted")]
    Interrupted,
}

/// How to reach the database, and how hard to work.
#[derive(Debug)]
pub struct DbOptions<'a> {
    pub params: ConnParams,
    /// A connection already made (e.g. while asking for a password): used as the first one.
    pub first: Option<Session>,
    /// `-j` (1: serial).
    pub jobs: usize,
    /// The archive again, for workers that open their own reader (`None` when the archive
    /// came from standard input: see [`restore`]).
    pub reopen: Option<Reopen>,
    /// Set by a Ctrl-C handler: stop at the next statement or data chunk.
    pub interrupt: Option<&'a AtomicBool>,
}

/// How a worker opens its own handle on the archive.
#[derive(Debug, Clone)]
pub struct Reopen {
    pub path: PathBuf,
    pub format: Option<Format>,
}

impl Reopen {
    fn open(&self) -> Result<Archive, Fatal> {
        let a = match self.format {
            Some(f) => Archive::open_with_format(&self.path, f),
            None => Archive::open(&self.path),
        };
        a.map_err(|e| Fatal::Reported(format!("\"{}\": {e}", self.path.display())))
    }
}

/// What a finished restore did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// `errors ignored on restore: N` (pg_restore's count, including its parallel double
    /// counting; see [`restore`]).
    pub errors: u64,
    pub entries: usize,
    pub stored_bytes: u64,
    pub row_bytes: u64,
    /// Rows loaded with COPY.
    pub rows: u64,
    pub large_objects: u64,
    /// Wall time per phase, in order.
    pub phases: Vec<(&'static str, Duration)>,
}

/// Restore `archive` with `opts` into the database of `db.params`.
///
/// Serial (`jobs == 1`) restores send what pg_restore sends, in its order. With `jobs > 1`
/// pre-data runs on one connection, then data and post-data on `jobs` connections as
/// pg_restore schedules them; unlike pg_restore this also works for tar archives and for
/// custom archives without data offsets (each worker opens its own reader), but not from
/// standard input, which cannot be read twice.
pub fn restore(
    archive: &mut Archive,
    opts: &RestoreOptions,
    mut db: DbOptions<'_>,
    sink: &Sink<'_>,
) -> Result<Summary, Fatal> {
    let entries: Vec<TocEntry> = archive.entries().to_vec();
    let header = archive.header().clone();
    // RestoreArchive's checks for database mode.
    if !header.version.at_least(ArchiveVersion::V1_3) {
        return Err(Fatal::Reported(
            "direct database connections are not supported in pre-1.3 archives".into(),
        ));
    }
    if db.jobs > 1 && !header.version.at_least(ArchiveVersion::V1_8) {
        // pg_restore refuses; without dependencies in the TOC, one connection is the only
        // safe order.
        sink(&Event::Log {
            level: Level::Warning,
            text: "archives made by pre-8.0 pg_dump record no dependencies: restoring with one connection".into(),
        });
        db.jobs = 1;
    }
    let selection = select(&entries, &header, opts).map_err(|e| Fatal::Reported(e.to_string()))?;
    for w in &selection.warnings {
        sink(&Event::Log {
            level: Level::Warning,
            text: w.clone(),
        });
    }
    if let Some(e) = &selection.strict_names_error {
        return Err(Fatal::Reported(e.to_string()));
    }
    let sizes: Vec<u64> = entries
        .iter()
        .map(|e| archive.stored_size(e.dump_id).unwrap_or(0))
        .collect();
    let wanted: Vec<usize> = selection.wanted().collect();
    let data_entries: Vec<usize> = wanted
        .iter()
        .copied()
        .filter(|&i| {
            selection
                .req(i)
                .contains(pgdumpkit_plan::selection::Req::DATA)
                && entries[i].had_dumper
        })
        .collect();
    sink(&Event::Plan {
        entries: wanted.len(),
        data_entries: data_entries.len(),
        stored_bytes: data_entries.iter().map(|&i| sizes[i]).sum(),
        jobs: db.jobs.max(1),
    });
    let shared = Shared {
        sink,
        text: encoding::Transcode::for_archive(archive.encoding()),
        interrupt: db.interrupt,
        cancellers: Mutex::new(Vec::new()),
    };
    let ctx = Ctx {
        entries: &entries,
        header: &header,
        format: archive.format(),
        selection: &selection,
        opts,
        sizes: &sizes,
        sink,
        shared: &shared,
    };
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // Ctrl-C: cancel what every connection is running, so the restore stops now rather
        // than after the current index build or COPY.
        if let Some(flag) = db.interrupt {
            let (shared, done) = (&shared, &done);
            scope.spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    if flag.load(Ordering::Relaxed) {
                        shared.cancel_all();
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
            });
        }
        let first = db.first.take();
        let result = if db.jobs > 1 {
            parallel::run(&ctx, archive, &db, first)
        } else {
            serial(&ctx, archive, &db, first)
        };
        done.store(true, Ordering::Relaxed);
        result
    })
}

/// What every connection of a restore shares.
pub(super) struct Shared<'a> {
    sink: &'a Sink<'a>,
    /// How the archive's text reaches the server (converted to UTF-8 or as stored).
    text: encoding::Transcode,
    interrupt: Option<&'a AtomicBool>,
    cancellers: Mutex<Vec<Canceller>>,
}

impl Shared<'_> {
    fn register(&self, session: &Session) {
        if let Ok(mut list) = self.cancellers.lock() {
            list.push(session.canceller());
        }
    }

    fn cancel_all(&self) {
        let list = match self.cancellers.lock() {
            Ok(list) => list.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        for c in list {
            // Connections already closed refuse the request; nothing to do about that.
            let _ = c.cancel();
        }
    }
}

/// What every part of a restore reads.
struct Ctx<'a> {
    entries: &'a [TocEntry],
    header: &'a pgdumpkit_format::Header,
    format: Format,
    selection: &'a Selection,
    opts: &'a RestoreOptions,
    sizes: &'a [u64],
    sink: &'a Sink<'a>,
    shared: &'a Shared<'a>,
}

impl<'a> Ctx<'a> {
    fn log(&self, level: Level, text: String) {
        (self.sink)(&Event::Log { level, text });
    }

    /// The statements for one connection to a server of `version` (`opts`: the restore's,
    /// or a worker's own).
    fn plan<'p>(&self, opts: &'p RestoreOptions, version: u32) -> Result<ScriptPlan<'p>, Fatal>
    where
        'a: 'p,
    {
        ScriptPlan::for_database(
            self.entries,
            self.header,
            self.format,
            self.selection,
            opts,
            version,
        )
        .map_err(|e| Fatal::Reported(e.to_string()))
    }
}

/// The connection's server version, as the plan wants it.
fn server_version(conn: &Conn<'_>) -> u32 {
    conn.session.server_version_num().unwrap_or(180000)
}

/// A serial restore: the plan's pieces in order on one connection.
fn serial(
    ctx: &Ctx<'_>,
    archive: &mut Archive,
    db: &DbOptions<'_>,
    first: Option<Session>,
) -> Result<Summary, Fatal> {
    let started = Instant::now();
    ctx.log(Level::Info, "connecting to database for restore".into());
    let mut conn = Conn::open(
        db.params.clone(),
        first,
        ctx.shared,
        ctx.opts.exit_on_error,
        0,
    )?;
    let version = server_version(&conn);
    let mut plan = ctx.plan(ctx.opts, version)?;
    (ctx.sink)(&Event::Phase { name: "serial" });
    let mut summary = Summary::default();
    while let Some(piece) = plan.next() {
        let piece = piece.map_err(|e| Fatal::Reported(e.to_string()))?;
        let ended = run_piece(ctx, &mut conn, archive, piece, &mut summary)?;
        replay_session(ctx, &mut conn, archive, &mut plan, &mut summary)?;
        if let Some(ended) = ended
            && ctx.opts.no_data_for_failed_tables
            && ended.failed_table
        {
            plan.inhibit_table_data(ended.index);
        }
    }
    summary.errors = conn.errors;
    summary.phases.push(("serial", started.elapsed()));
    Ok(summary)
}

/// After the connection was replaced, send the fixed session state on the new one.
fn replay_session(
    ctx: &Ctx<'_>,
    conn: &mut Conn<'_>,
    archive: &mut Archive,
    plan: &mut ScriptPlan<'_>,
    summary: &mut Summary,
) -> Result<(), Fatal> {
    if !std::mem::take(&mut conn.replaced) {
        return Ok(());
    }
    for p in plan.render_session_reset() {
        run_piece(ctx, conn, archive, p, summary)?;
    }
    Ok(())
}

/// What [`run_piece`] learnt at the end of an entry.
struct Ended {
    index: usize,
    /// A `TABLE` entry that raised an error (`AH->lastErrorTE == te`).
    failed_table: bool,
}

/// Execute one piece of a database plan.
fn run_piece(
    ctx: &Ctx<'_>,
    conn: &mut Conn<'_>,
    archive: &mut Archive,
    piece: Piece,
    summary: &mut Summary,
) -> Result<Option<Ended>, Fatal> {
    if conn.interrupted() {
        return Err(Fatal::Interrupted);
    }
    match piece {
        Piece::Sql { sql, kind } => conn.exec(&sql, &kind)?,
        Piece::Entry { entry } => {
            let te = &ctx.entries[entry];
            conn.current = Some(EntryRef::new(entry, te));
            (ctx.sink)(&Event::EntryStart {
                worker: conn.worker,
                dump_id: te.dump_id,
                desc: lossy(&te.desc),
                name: display_name(te),
                stored_bytes: ctx.sizes[entry],
            });
            conn.entry_errors_before = conn.errors;
        }
        Piece::EntryEnd { entry } => {
            let te = &ctx.entries[entry];
            summary.entries += 1;
            summary.stored_bytes += ctx.sizes[entry];
            (ctx.sink)(&Event::EntryDone {
                worker: conn.worker,
                dump_id: te.dump_id,
                errors: conn.errors - conn.entry_errors_before,
                stored_bytes: ctx.sizes[entry],
            });
            return Ok(Some(Ended {
                index: entry,
                failed_table: te.is("TABLE") && conn.last_error_entry == Some(entry),
            }));
        }
        Piece::Copy { entry, stmt, data } => {
            let te = &ctx.entries[entry];
            let (bytes, rows) = (conn.row_bytes, conn.rows);
            conn.copy(archive, te.dump_id, &stmt, data, &lossy(te.tag_bytes()))?;
            summary.row_bytes += conn.row_bytes - bytes;
            summary.rows += conn.rows - rows;
        }
        Piece::TableData { entry } => {
            let std_strings = archive.std_strings();
            conn.simple_commands(archive, ctx.entries[entry].dump_id, std_strings)?;
        }
        Piece::LargeObjects { entry, .. } => {
            let old_style = !ctx.header.version.at_least(ArchiveVersion::V1_12);
            summary.large_objects += conn.large_objects(
                archive,
                ctx.entries[entry].dump_id,
                old_style,
                ctx.opts.clean,
            )?;
        }
        Piece::Reconnect { dbname } => {
            let name = String::from_utf8(dbname).map_err(|e| {
                Fatal::Reported(format!(
                    "database name \"{}\" is not valid UTF-8",
                    String::from_utf8_lossy(e.as_bytes())
                ))
            })?;
            conn.reconnect(&name)?;
        }
        Piece::Stage(s) => conn.set_stage(s),
        Piece::Log(m) => ctx.log(
            match m.level {
                LogLevel::Info => Level::Info,
                LogLevel::Warning => Level::Warning,
            },
            m.text,
        ),
        // Script-only pieces.
        Piece::Text(_) | Piece::StartedOn | Piece::CompletedOn => {}
    }
    Ok(None)
}

fn lossy(b: &[u8]) -> String {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    String::from_utf8_lossy(&b[..end]).into_owned()
}

/// `schema.tag`, or the tag alone.
fn display_name(te: &TocEntry) -> String {
    match te.namespace.as_deref() {
        Some(ns) if !ns.is_empty() => format!("{}.{}", lossy(ns), lossy(te.tag_bytes())),
        _ => lossy(te.tag_bytes()),
    }
}
