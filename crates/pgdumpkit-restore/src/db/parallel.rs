//! `-j N`: pg_restore's parallel restore (`restore_toc_entries_prefork` / `_parallel` /
//! `_postfork`), with threads instead of processes and [`ParallelPlan`] deciding what runs.
//!
//! The leader restores the drop phase and pre-data on its connection, closes it, and hands
//! entries to N workers, each with its own connection and its own reader of the archive
//! (so tar archives and custom archives without data offsets work too); then it reconnects
//! and restores what was never ready. Error counts add up as pg_restore's do: each worker's
//! errors, plus one for every entry that had errors.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use pgdumpkit_format::Archive;
use pgdumpkit_plan::RestoreOptions;
use pgdumpkit_plan::parallel::{ParallelPlan, Step};
use pgdumpkit_plan::script::{Piece, ScriptPlan, SqlKind};

use super::exec::Conn;
use super::{
    Ctx, DbOptions, Ended, Event, Fatal, Level, Summary, replay_session, run_piece, server_version,
};
use crate::connect::Session;

/// What a worker reports for one entry.
struct Done {
    worker: usize,
    index: usize,
    /// Errors raised while restoring the entry.
    errors: u64,
    /// A `TABLE` entry: whether creating it raised an error.
    table_failed: Option<bool>,
    summary: Summary,
    /// The worker stopped: `-e`, a lost connection, a broken archive, Ctrl-C.
    fatal: Option<Fatal>,
}

pub(super) fn run(
    ctx: &Ctx<'_>,
    archive: &mut Archive,
    db: &DbOptions<'_>,
    first: Option<Session>,
) -> Result<Summary, Fatal> {
    let Some(reopen) = db.reopen.clone() else {
        return Err(Fatal::Reported(
            "parallel restore from standard input is not supported".into(),
        ));
    };
    let opts = ctx.opts;
    let mut summary = Summary::default();

    // Phase 1, on the leader's connection: the preamble, the drop phase, pre-data.
    let t0 = Instant::now();
    ctx.log(Level::Info, "connecting to database for restore".into());
    let mut leader = Conn::open(db.params.clone(), first, ctx.shared, opts.exit_on_error, 0)?;
    let version = server_version(&leader);
    let mut plan = ctx.plan(opts, version)?;
    let mut sched = ParallelPlan::new(ctx.entries, ctx.header.version, ctx.selection, ctx.sizes);
    let mut created = vec![false; ctx.entries.len()];
    (ctx.sink)(&Event::Phase { name: "pre-data" });
    let start = plan
        .render_start()
        .map_err(|e| Fatal::Reported(e.to_string()))?;
    run_pieces(ctx, &mut leader, archive, &mut plan, start, &mut summary)?;
    for &i in sched.prefork().to_vec().iter() {
        if !sched.req(i).is_wanted() {
            continue;
        }
        ctx.log(Level::Info, format!("processing item {}", item(ctx, i)));
        let pieces = plan
            .render_entry(i, false)
            .map_err(|e| Fatal::Reported(e.to_string()))?;
        if let Some(ended) = run_pieces(ctx, &mut leader, archive, &mut plan, pieces, &mut summary)?
        {
            table_outcome(
                ctx,
                &mut sched,
                &mut created,
                ended.index,
                ended.failed_table,
            );
        }
    }
    if opts.transaction_size > 0 {
        leader.exec(b"COMMIT", &SqlKind::Commit)?;
    }
    let leader_errors = leader.errors;
    let params = leader.params.clone();
    drop(leader);
    summary.phases.push(("pre-data", t0.elapsed()));

    // Phase 2: the workers.
    let t1 = Instant::now();
    (ctx.sink)(&Event::Phase { name: "parallel" });
    ctx.log(Level::Info, "entering main parallel loop".into());
    let mut worker_opts = opts.clone();
    worker_opts.transaction_size = 0;
    let abort = AtomicBool::new(false);
    let jobs = db.jobs;
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let mut errors = leader_errors;
    let mut fatal: Option<Fatal> = None;
    std::thread::scope(|scope| {
        let mut to_workers = Vec::with_capacity(jobs);
        for w in 1..=jobs {
            let (tx, rx) = mpsc::channel::<(usize, bool)>();
            to_workers.push(tx);
            let done_tx = done_tx.clone();
            let (reopen, params, worker_opts, abort) = (&reopen, &params, &worker_opts, &abort);
            scope.spawn(move || {
                worker(
                    ctx,
                    w,
                    reopen,
                    params,
                    worker_opts,
                    version,
                    abort,
                    rx,
                    done_tx,
                )
            });
        }
        drop(done_tx);
        let mut idle: Vec<usize> = (1..=jobs).rev().collect();
        'outer: loop {
            // Hand out work while a worker is idle.
            while let Some(&w) = idle.last() {
                match sched.next() {
                    Step::Run(i) => {
                        ctx.log(Level::Info, format!("launching item {}", item(ctx, i)));
                        if to_workers[w - 1].send((i, created[i])).is_err() {
                            fatal.get_or_insert(Fatal::Reported(
                                "a worker process died unexpectedly".into(),
                            ));
                            break 'outer;
                        }
                        idle.pop();
                    }
                    Step::Skip(i) => {
                        ctx.log(Level::Info, format!("skipping item {}", item(ctx, i)))
                    }
                    Step::Wait => break,
                    Step::Done => break 'outer,
                }
            }
            let Ok(done) = done_rx.recv() else {
                fatal.get_or_insert(Fatal::Reported("a worker process died unexpectedly".into()));
                break;
            };
            ctx.log(
                Level::Info,
                format!("finished item {}", item(ctx, done.index)),
            );
            sched.finished(done.index);
            merge(&mut summary, &done.summary);
            if let Some(f) = done.fatal {
                fatal = Some(f);
                break;
            }
            // mark_restore_job_done: a worker's errors, and one more for the entry.
            errors += done.errors;
            match done.table_failed {
                Some(failed) => {
                    if failed {
                        errors += 1;
                    }
                    table_outcome(ctx, &mut sched, &mut created, done.index, failed);
                }
                None if done.errors > 0 => errors += 1,
                None => {}
            }
            idle.push(done.worker);
        }
        if fatal.is_some() {
            abort.store(true, Ordering::Relaxed);
            ctx.shared.cancel_all();
        }
        drop(to_workers);
    });
    if let Some(f) = fatal {
        return Err(f);
    }
    ctx.log(Level::Info, "finished main parallel loop".into());
    summary.phases.push(("parallel", t1.elapsed()));

    // Phase 3: the leader again, for what never became ready, and the end.
    let t2 = Instant::now();
    (ctx.sink)(&Event::Phase { name: "missed" });
    let mut leader = Conn::open(params, None, ctx.shared, opts.exit_on_error, 0)?;
    leader.set_stage(pgdumpkit_plan::script::Stage::Processing);
    let pre = plan.render_preamble();
    run_pieces(ctx, &mut leader, archive, &mut plan, pre, &mut summary)?;
    for i in sched.missed() {
        if !sched.req(i).is_wanted() {
            continue;
        }
        ctx.log(
            Level::Info,
            format!("processing missed item {}", item(ctx, i)),
        );
        let pieces = plan
            .render_entry(i, false)
            .map_err(|e| Fatal::Reported(e.to_string()))?;
        run_pieces(ctx, &mut leader, archive, &mut plan, pieces, &mut summary)?;
    }
    let end = plan.render_finish();
    run_pieces(ctx, &mut leader, archive, &mut plan, end, &mut summary)?;
    summary.errors = errors + leader.errors;
    summary.phases.push(("missed", t2.elapsed()));
    Ok(summary)
}

/// `%d %s %s`: dump id, desc, tag, as pg_restore's parallel log lines show an entry.
fn item(ctx: &Ctx<'_>, i: usize) -> String {
    let te = &ctx.entries[i];
    format!(
        "{} {} {}",
        te.dump_id,
        super::lossy(&te.desc),
        super::lossy(te.tag_bytes())
    )
}

/// `mark_create_done` / `inhibit_data_for_failed_table` for a finished `TABLE` entry.
fn table_outcome(
    ctx: &Ctx<'_>,
    sched: &mut ParallelPlan,
    created: &mut [bool],
    table: usize,
    failed: bool,
) {
    let Some(data) = sched.table_data_of(table) else {
        if failed && ctx.opts.no_data_for_failed_tables {
            ctx.log(Level::Info, cannot_create(ctx, table));
        }
        return;
    };
    if !failed {
        created[data] = true;
    } else if ctx.opts.no_data_for_failed_tables {
        ctx.log(Level::Info, cannot_create(ctx, table));
        sched.inhibit_data(data);
    }
}

fn cannot_create(ctx: &Ctx<'_>, table: usize) -> String {
    format!(
        "table \"{}\" could not be created, will not restore its data",
        super::lossy(ctx.entries[table].tag_bytes())
    )
}

/// Execute pieces; returns what the last entry among them ended with.
fn run_pieces(
    ctx: &Ctx<'_>,
    conn: &mut Conn<'_>,
    archive: &mut Archive,
    plan: &mut ScriptPlan<'_>,
    pieces: Vec<Piece>,
    summary: &mut Summary,
) -> Result<Option<Ended>, Fatal> {
    let mut last = None;
    for p in pieces {
        if let Some(e) = run_piece(ctx, conn, archive, p, summary)? {
            last = Some(e);
        }
        replay_session(ctx, conn, archive, plan, summary)?;
    }
    Ok(last)
}

fn merge(into: &mut Summary, from: &Summary) {
    into.entries += from.entries;
    into.stored_bytes += from.stored_bytes;
    into.row_bytes += from.row_bytes;
    into.rows += from.rows;
    into.large_objects += from.large_objects;
}

/// One worker: its own archive reader and connection, entries in, results out.
#[allow(clippy::too_many_arguments)]
fn worker(
    ctx: &Ctx<'_>,
    w: usize,
    reopen: &super::Reopen,
    params: &crate::connect::ConnParams,
    opts: &RestoreOptions,
    version: u32,
    abort: &AtomicBool,
    jobs: mpsc::Receiver<(usize, bool)>,
    done: mpsc::Sender<Done>,
) {
    let fail = |index: usize, f: Fatal| {
        let _ = done.send(Done {
            worker: w,
            index,
            errors: 0,
            table_failed: None,
            summary: Summary::default(),
            fatal: Some(f),
        });
    };
    // Connect and prepare lazily, at the first job, so a failure is reported with it.
    let mut state: Option<(Archive, Conn<'_>, ScriptPlan<'_>)> = None;
    for (index, truncate) in jobs {
        if abort.load(Ordering::Relaxed) {
            return;
        }
        if state.is_none() {
            let setup = (|| {
                let mut archive = reopen.open()?;
                let mut conn = Conn::open(params.clone(), None, ctx.shared, opts.exit_on_error, w)?;
                let mut plan = ctx.plan(opts, version)?;
                let pre = plan.render_preamble();
                let mut ignored = Summary::default();
                run_pieces(ctx, &mut conn, &mut archive, &mut plan, pre, &mut ignored)?;
                conn.set_stage(pgdumpkit_plan::script::Stage::Processing);
                Ok::<_, Fatal>((archive, conn, plan))
            })();
            match setup {
                Ok(s) => state = Some(s),
                Err(f) => return fail(index, f),
            }
        }
        let Some((archive, conn, plan)) = state.as_mut() else {
            return;
        };
        // parallel_restore: count only this entry's errors.
        conn.errors = 0;
        let mut summary = Summary::default();
        let result = plan
            .render_entry(index, truncate)
            .map_err(|e| Fatal::Reported(e.to_string()))
            .and_then(|pieces| run_pieces(ctx, conn, archive, plan, pieces, &mut summary));
        let is_table = ctx.entries[index].is("TABLE");
        let msg = match result {
            Ok(ended) => Done {
                worker: w,
                index,
                errors: conn.errors,
                table_failed: is_table.then(|| ended.is_some_and(|e| e.failed_table)),
                summary,
                fatal: None,
            },
            Err(f) => {
                return fail(index, f);
            }
        };
        if done.send(msg).is_err() {
            return;
        }
    }
}
