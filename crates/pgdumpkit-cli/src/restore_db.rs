//! `pgdumpkit restore -d`: restore into a live database, with pg_restore's messages on
//! stderr, a progress display and, with `--json`, JSON Lines events for machines.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use pgdumpkit_format::{Archive, Format};
use pgdumpkit_plan::RestoreOptions;
use pgdumpkit_restore::connect::{PasswordPrompt, connect_prompting, resolve};
use pgdumpkit_restore::db::{DbOptions, Event, Fatal, Level, Reopen, Summary, restore};

use crate::exit::Reported;
use crate::restore::{Args, ForcedFormat};

/// `--progress`: how progress is shown on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProgressMode {
    /// A bar when stderr is a terminal, nothing otherwise.
    Auto,
    /// Always the bar.
    Bar,
    /// A plain line every few seconds (for logs).
    Plain,
    /// Nothing.
    None,
}

/// Set by the Ctrl-C handler.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub fn run(a: &Args, opts: &RestoreOptions, verbose: u8) -> Result<i32> {
    let env = |k: &str| std::env::var(k).ok();
    let mut params = resolve(
        a.dbname.as_deref(),
        a.host.as_deref(),
        a.port.as_deref(),
        a.username.as_deref(),
        &env,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in std::mem::take(&mut params.warnings) {
        eprintln!("pgdumpkit: warning: {w}");
    }
    let jobs = usize::try_from(a.jobs.unwrap_or(1)).unwrap_or(1).max(1);

    // The archive: workers of a parallel restore open their own handles, so standard input
    // is first saved to a temporary file (pg_restore refuses -j with standard input).
    let mut spool: Option<tempfile::NamedTempFile> = None;
    let from_stdin = a.archive.as_deref().is_none_or(|p| p.as_os_str() == "-");
    let path: Option<PathBuf> = if from_stdin && jobs > 1 {
        let mut tmp = tempfile::NamedTempFile::new()
            .context("could not create a temporary file for standard input")?;
        if verbose > 0 {
            eprintln!(
                "pgdumpkit: saving standard input to a temporary file for {jobs} parallel jobs"
            );
        }
        std::io::copy(&mut std::io::stdin().lock(), tmp.as_file_mut())
            .context("could not save standard input to a temporary file")?;
        let p = tmp.path().to_path_buf();
        spool = Some(tmp);
        Some(p)
    } else if from_stdin {
        None
    } else {
        a.archive.clone()
    };
    let forced = a.format.map(|f| match f {
        ForcedFormat::Custom => Format::Custom,
        ForcedFormat::Directory => Format::Directory,
        ForcedFormat::Tar => Format::Tar,
    });
    let mut archive = match &path {
        Some(p) if spool.is_some() => {
            Archive::open(p).map_err(|e| anyhow::anyhow!("standard input: {e}"))?
        }
        _ => crate::restore::open(a)?,
    };
    let reopen = path.map(|p| Reopen {
        path: p,
        format: forced,
    });

    let prompt = if a.no_password {
        PasswordPrompt::Never
    } else if a.password {
        PasswordPrompt::Always
    } else {
        PasswordPrompt::IfNeeded
    };
    let mut ask =
        |user: &str| rpassword::prompt_password(format!("Password for user {user}: ")).ok();
    let first =
        connect_prompting(&mut params, prompt, &mut ask).map_err(|e| anyhow::anyhow!("{e}"))?;

    // Ctrl-C: the restore cancels running statements and stops; a second Ctrl-C ends the
    // process at once.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });

    let show = match a.progress {
        ProgressMode::Auto if std::io::stderr().is_terminal() && !a.json => Show::Bar,
        ProgressMode::Bar => Show::Bar,
        ProgressMode::Plain => Show::Plain,
        _ => Show::Nothing,
    };
    let display = Display::new(show, a.json, verbose, jobs);
    let sink = |e: &Event| display.event(e);
    let db = DbOptions {
        params,
        first: Some(first),
        jobs,
        reopen,
        interrupt: Some(&INTERRUPTED),
    };
    let started = Instant::now();
    let result = restore(&mut archive, opts, db, &sink);
    display.clear();
    drop(spool);
    let elapsed = started.elapsed();
    match result {
        Ok(summary) => {
            display.summary(&summary, elapsed, None);
            if summary.errors > 0 {
                eprintln!(
                    "pgdumpkit: warning: errors ignored on restore: {}",
                    summary.errors
                );
                return Ok(1);
            }
            Ok(0)
        }
        Err(Fatal::Interrupted) => {
            let done = display.done_entries();
            display.summary(&Summary::default(), elapsed, Some("interrupted"));
            Err(Reported(format!(
                "interrupted: restore stopped after {done} entries; the running statements were cancelled"
            ))
            .into())
        }
        Err(Fatal::Reported(m)) => {
            display.summary(&Summary::default(), elapsed, Some("failed"));
            Err(Reported(m).into())
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Show {
    Bar,
    Plain,
    Nothing,
}

/// Progress state, updated from every worker.
struct Display {
    show: Show,
    json: bool,
    verbose: u8,
    started: Instant,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    entries_total: usize,
    entries_done: usize,
    stored_total: u64,
    stored_done: u64,
    row_bytes: u64,
    errors: u64,
    /// What each connection is doing.
    workers: Vec<String>,
    last_draw: Option<Instant>,
    drawn: bool,
}

impl Display {
    fn new(show: Show, json: bool, verbose: u8, jobs: usize) -> Display {
        Display {
            show,
            json,
            verbose,
            started: Instant::now(),
            state: Mutex::new(State {
                workers: vec![String::new(); jobs + 1],
                ..State::default()
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    fn done_entries(&self) -> usize {
        self.lock().entries_done
    }

    fn event(&self, e: &Event) {
        if self.json {
            json_event(e, self.started.elapsed());
        }
        let mut st = self.lock();
        match e {
            Event::Log { level, text } => {
                let line = match level {
                    Level::Info if self.verbose == 0 => return,
                    Level::Info => format!("pgdumpkit: {text}"),
                    Level::Warning => format!("pgdumpkit: warning: {text}"),
                    Level::Error => {
                        st.errors += 1;
                        format!("pgdumpkit: error: {text}")
                    }
                };
                self.erase(&mut st);
                eprintln!("{line}");
            }
            Event::Plan {
                entries,
                stored_bytes,
                ..
            } => {
                st.entries_total = *entries;
                st.stored_total = *stored_bytes;
            }
            Event::Phase { .. } => {}
            Event::EntryStart {
                worker, desc, name, ..
            } => {
                if let Some(w) = st.workers.get_mut(*worker) {
                    *w = format!("{desc} {name}");
                }
            }
            Event::EntryDone {
                worker,
                stored_bytes,
                ..
            } => {
                st.entries_done += 1;
                st.stored_done += stored_bytes;
                if let Some(w) = st.workers.get_mut(*worker) {
                    w.clear();
                }
            }
            Event::Progress { bytes, .. } => st.row_bytes += bytes,
        }
        self.draw(&mut st);
    }

    fn line(&self, st: &State) -> String {
        let secs = self.started.elapsed().as_secs_f64().max(0.001);
        let rate = st.row_bytes as f64 / secs;
        let frac = if st.stored_total > 0 {
            st.stored_done as f64 / st.stored_total as f64
        } else if st.entries_total > 0 {
            st.entries_done as f64 / st.entries_total as f64
        } else {
            0.0
        };
        let eta = if frac > 0.02 && frac < 1.0 {
            format!(
                ", ETA {}",
                fmt_duration(Duration::from_secs_f64(secs / frac * (1.0 - frac)))
            )
        } else {
            String::new()
        };
        let busy: Vec<&str> = st
            .workers
            .iter()
            .filter(|w| !w.is_empty())
            .map(String::as_str)
            .collect();
        format!(
            "{:>3.0}% entries {}/{}, data {} of {} stored, rows {} at {}/s{}{}{}",
            frac * 100.0,
            st.entries_done,
            st.entries_total,
            fmt_bytes(st.stored_done),
            fmt_bytes(st.stored_total),
            fmt_bytes(st.row_bytes),
            fmt_bytes(rate as u64),
            eta,
            if st.errors > 0 {
                format!(", {} errors", st.errors)
            } else {
                String::new()
            },
            if busy.is_empty() {
                String::new()
            } else {
                format!(" | {}", busy.join(" | "))
            },
        )
    }

    fn draw(&self, st: &mut State) {
        let now = Instant::now();
        let every = match self.show {
            Show::Bar => Duration::from_millis(200),
            Show::Plain => Duration::from_secs(5),
            Show::Nothing => return,
        };
        if st.last_draw.is_some_and(|t| now.duration_since(t) < every) {
            return;
        }
        st.last_draw = Some(now);
        let mut line = self.line(st);
        let mut err = std::io::stderr().lock();
        if self.show == Show::Bar {
            // One terminal line, redrawn in place.
            let width = 160;
            if line.chars().count() > width {
                line = line.chars().take(width - 3).collect::<String>() + "...";
            }
            let _ = write!(err, "\r\x1b[2K{line}");
            st.drawn = true;
        } else {
            let _ = writeln!(err, "pgdumpkit: progress: {line}");
        }
        let _ = err.flush();
    }

    fn erase(&self, st: &mut State) {
        if st.drawn {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            st.drawn = false;
        }
    }

    fn clear(&self) {
        let mut st = self.lock();
        self.erase(&mut st);
    }

    /// The closing summary: only when progress is shown or with `-v` (pg_restore prints
    /// nothing on success; scripts comparing stderr keep working).
    fn summary(&self, s: &Summary, elapsed: Duration, outcome: Option<&str>) {
        let st = self.lock();
        if self.json {
            let v = serde_json::json!({
                "event": "summary",
                "outcome": outcome.unwrap_or(if s.errors > 0 { "errors" } else { "ok" }),
                "seconds": elapsed.as_secs_f64(),
                "entries": st.entries_done,
                "row_bytes": st.row_bytes,
                "rows": s.rows,
                "stored_bytes": st.stored_done,
                "large_objects": s.large_objects,
                "errors": s.errors,
                "phases": s.phases.iter().map(|(n, d)| serde_json::json!({"phase": n, "seconds": d.as_secs_f64()})).collect::<Vec<_>>(),
            });
            println!("{v}");
        }
        if self.show == Show::Nothing && self.verbose == 0 {
            return;
        }
        let phases: Vec<String> = s
            .phases
            .iter()
            .map(|(n, d)| format!("{n} {}", fmt_duration(*d)))
            .collect();
        eprintln!(
            "pgdumpkit: {}: {} entries, {} rows ({}), {} large objects, {} errors in {}{}",
            outcome.unwrap_or("restore complete"),
            st.entries_done,
            s.rows,
            fmt_bytes(st.row_bytes),
            s.large_objects,
            st.errors,
            fmt_duration(elapsed),
            if phases.is_empty() {
                String::new()
            } else {
                format!(" ({})", phases.join(", "))
            }
        );
    }
}

/// One JSON Lines event on standard output.
fn json_event(e: &Event, at: Duration) {
    let t = at.as_secs_f64();
    let v = match e {
        Event::Log { level, text } => serde_json::json!({
            "event": "log", "t": t,
            "level": match level { Level::Info => "info", Level::Warning => "warning", Level::Error => "error" },
            "message": text,
        }),
        Event::Plan {
            entries,
            data_entries,
            stored_bytes,
            jobs,
        } => serde_json::json!({
            "event": "plan", "t": t, "entries": entries, "data_entries": data_entries,
            "stored_bytes": stored_bytes, "jobs": jobs,
        }),
        Event::Phase { name } => serde_json::json!({"event": "phase", "t": t, "phase": name}),
        Event::EntryStart {
            worker,
            dump_id,
            desc,
            name,
            stored_bytes,
        } => serde_json::json!({
            "event": "entry_start", "t": t, "worker": worker, "dump_id": dump_id,
            "desc": desc, "name": name, "stored_bytes": stored_bytes,
        }),
        Event::EntryDone {
            worker,
            dump_id,
            errors,
            stored_bytes,
        } => serde_json::json!({
            "event": "entry_done", "t": t, "worker": worker, "dump_id": dump_id,
            "errors": errors, "stored_bytes": stored_bytes,
        }),
        Event::Progress {
            worker,
            dump_id,
            bytes,
        } => serde_json::json!({
            "event": "progress", "t": t, "worker": worker, "dump_id": dump_id, "bytes": bytes,
        }),
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{v}");
}

fn fmt_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

fn fmt_duration(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}h{:02}m{:02}s", s / 3600, s / 60 % 60, s % 60)
    } else if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}
