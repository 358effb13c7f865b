//! Running the writes: the output under a temporary name, the data of each entry (in
//! parallel where the source can be shared and there are cores), blocks and members put in
//! TOC order, the TOC rewritten with the block positions, and the rename into place.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use super::compress::{self, Plan, StreamError};
use super::{
    DataSource, Job, Kind, Prepared, WriteError, WriteOptions, WriteProgress, WriteSummary, custom,
    directory, prepare, tar,
};
use crate::archive::{Archive, RawStream};
use crate::grammar::{write_header, write_toc};
use crate::header::{Compression, Format};
use crate::toc::DumpId;

/// Buffer of the writers of blocks, members and files.
const WBUF: usize = 256 * 1024;

/// What one job did.
#[derive(Debug, Clone, Copy, Default)]
struct JobStats {
    read: u64,
    written: u64,
    los: u64,
    copied: u64,
    reframed: u64,
    reencoded: u64,
}

impl JobStats {
    fn add(&mut self, o: &JobStats) {
        self.read += o.read;
        self.written += o.written;
        self.los += o.los;
        self.copied += o.copied;
        self.reframed += o.reframed;
        self.reencoded += o.reencoded;
    }
}

/// Settings every job shares.
#[derive(Debug, Clone, Copy)]
struct Ctx<'a> {
    p: &'a Prepared,
    /// Decode on a second thread while encoding (only when both sides compress).
    pipelined: bool,
    mtime: u64,
    sync: bool,
}

/// Writes the entries of `keep` from `src` to `out` (a file for custom and tar, a directory
/// for directory), as the module documentation describes. `progress` is called on this
/// thread.
pub fn write_archive(
    src: &mut Archive,
    keep: &super::KeepSet,
    opts: &WriteOptions,
    out: &Path,
    progress: &mut dyn FnMut(&WriteProgress),
) -> Result<WriteSummary, WriteError> {
    let p = prepare(src, keep, opts)?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let want = if opts.jobs == 0 { cores } else { opts.jobs };
    let parallel = src.is_seekable() && want > 1 && p.jobs.len() > 1;
    let jobs = if parallel { want.min(p.jobs.len()) } else { 1 };
    let ctx = Ctx {
        p: &p,
        pipelined: cores > 1,
        mtime: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        sync: opts.sync,
    };
    let parent = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "archive".into());
    if parallel {
        let ids: Vec<DumpId> = p.jobs.iter().map(|j| j.id).collect();
        src.locate_data(&ids)?;
    }
    progress(&WriteProgress::Start {
        total: p.jobs.len(),
    });
    let (stats, bytes_written) = match p.format {
        Format::Directory => write_directory(src, &ctx, jobs, out, &parent, &name, progress)?,
        Format::Custom | Format::Tar => write_file(src, &ctx, jobs, out, &parent, &name, progress)?,
    };
    Ok(WriteSummary {
        format: p.format,
        version: p.header.version,
        compression: p.enc.algorithm,
        entries: p.entries.len(),
        data_entries: p.jobs.len(),
        large_objects: stats.los,
        bytes_read: stats.read,
        bytes_written,
        streams_copied: stats.copied,
        streams_reframed: stats.reframed,
        streams_reencoded: stats.reencoded,
        jobs,
    })
}

/// Turns a stream failure into the error to report.
fn stream_error(
    e: StreamError,
    id: DumpId,
    oid: Option<u32>,
    alg: Compression,
    out: &str,
) -> WriteError {
    match e {
        StreamError::Output(source) => WriteError::Output {
            what: out.to_string(),
            source,
        },
        StreamError::Input(e) => match crate::error::DataError::take_from_io(e) {
            Ok(d) => WriteError::Data(d),
            Err(source) => WriteError::Read {
                id,
                oid,
                algorithm: alg,
                source,
            },
        },
    }
}

/// Writes one stored stream, counting it.
fn one_stream<W: Write + ?Sized>(
    rs: &mut RawStream<'_>,
    ctx: &Ctx<'_>,
    w: &mut W,
    id: DumpId,
    oid: Option<u32>,
    what: &str,
    st: &mut JobStats,
) -> Result<(), WriteError> {
    let alg = rs.algorithm;
    let plan = compress::plan(rs.algorithm, rs.framing, rs.path.is_some(), &ctx.p.enc);
    let s = compress::write_stream(rs, &ctx.p.enc, w, ctx.pipelined)
        .map_err(|e| stream_error(e, id, oid, alg, what))?;
    st.read += s.stored_in;
    match plan {
        Plan::Copy => st.copied += 1,
        Plan::ZlibToGzip | Plan::GzipToZlib => st.reframed += 1,
        Plan::Transcode => st.reencoded += 1,
    }
    Ok(())
}

/// Writes the block (custom) or members (tar) of one job at the position of `w`.
fn stream_job<W: Write + Seek>(
    src: &mut dyn DataSource,
    job: &Job,
    ctx: &Ctx<'_>,
    w: &mut W,
    what: &str,
) -> Result<JobStats, WriteError> {
    let f = ctx.p.f;
    let mut st = JobStats::default();
    let out_err = WriteError::output(what);
    match (ctx.p.format, job.kind) {
        (Format::Custom, kind) => {
            let blobs = kind == Kind::Blobs;
            custom::block_header(w, f, blobs, job.id).map_err(|e| match e.kind() {
                io::ErrorKind::InvalidInput => WriteError::Unsupported {
                    id: job.id,
                    problem: e.to_string(),
                },
                _ => WriteError::output(what)(e),
            })?;
            if blobs {
                src.blobs(job.id, &mut |oid, rs| {
                    custom::blob_oid(w, f, oid).map_err(WriteError::output(what))?;
                    let mut cw = custom::ChunkWriter::new(&mut *w, f);
                    one_stream(rs, ctx, &mut cw, job.id, Some(oid), what, &mut st)?;
                    cw.finish().map_err(WriteError::output(what))?;
                    st.los += 1;
                    Ok(())
                })?;
                custom::blobs_end(w, f).map_err(out_err)?;
            } else {
                src.data(job.id, &mut |rs| {
                    let mut cw = custom::ChunkWriter::new(&mut *w, f);
                    one_stream(rs, ctx, &mut cw, job.id, None, what, &mut st)?;
                    cw.finish().map_err(WriteError::output(what))?;
                    Ok(())
                })?;
            }
        }
        (Format::Tar, Kind::Data) => {
            src.data(job.id, &mut |rs| {
                let mut m = tar::Member::begin(&mut *w, &directory::data_file(job.id), ctx.mtime)
                    .map_err(WriteError::output(what))?;
                one_stream(rs, ctx, &mut m, job.id, None, what, &mut st)?;
                m.finish().map_err(WriteError::output(what))?;
                Ok(())
            })?;
        }
        (Format::Tar, Kind::Blobs) => {
            // The list comes after the LO members (`_EndLOs`), so it waits in memory: one
            // short line per large object.
            let mut list = Vec::new();
            src.blobs(job.id, &mut |oid, rs| {
                let mut m = tar::Member::begin(&mut *w, &directory::blob_file(oid), ctx.mtime)
                    .map_err(WriteError::output(what))?;
                one_stream(rs, ctx, &mut m, job.id, Some(oid), what, &mut st)?;
                m.finish().map_err(WriteError::output(what))?;
                list.extend_from_slice(directory::lo_line(oid).as_bytes());
                st.los += 1;
                Ok(())
            })?;
            let name = directory::blobs_list(ctx.p.header.version, job.id);
            let mut m =
                tar::Member::begin(&mut *w, &name, ctx.mtime).map_err(WriteError::output(what))?;
            m.write_all(&list).map_err(WriteError::output(what))?;
            m.finish().map_err(out_err)?;
        }
        (Format::Directory, _) => {
            return Err(WriteError::Options(
                "internal error: a directory job on a file".into(),
            ));
        }
    }
    Ok(st)
}

/// Creates a file of a directory archive and writes it through `body`.
fn dir_file(
    dir: &Path,
    name: &str,
    sync: bool,
    body: impl FnOnce(&mut BufWriter<File>) -> Result<(), WriteError>,
) -> Result<u64, WriteError> {
    let path = dir.join(name);
    let what = path.display().to_string();
    let f = File::create_new(&path).map_err(WriteError::output(what.clone()))?;
    let mut w = BufWriter::with_capacity(WBUF, f);
    body(&mut w)?;
    let f = w
        .into_inner()
        .map_err(|e| WriteError::output(what.clone())(e.into_error()))?;
    if sync {
        f.sync_all().map_err(WriteError::output(what.clone()))?;
    }
    let len = f.metadata().map_err(WriteError::output(what))?.len();
    Ok(len)
}

/// Writes the files of one job of a directory archive.
fn dir_job(
    src: &mut dyn DataSource,
    job: &Job,
    ctx: &Ctx<'_>,
    dir: &Path,
) -> Result<JobStats, WriteError> {
    let sfx = directory::suffix(ctx.p.enc.algorithm);
    let mut st = JobStats::default();
    match job.kind {
        Kind::Data => {
            let name = format!("{}{sfx}", directory::data_file(job.id));
            let what = dir.join(&name).display().to_string();
            let mut written = 0;
            src.data(job.id, &mut |rs| {
                written = dir_file(dir, &name, ctx.sync, |w| {
                    one_stream(rs, ctx, w, job.id, None, &what, &mut st)
                })?;
                Ok(())
            })?;
            st.written += written;
        }
        Kind::Blobs => {
            let list_name = directory::blobs_list(ctx.p.header.version, job.id);
            let list_path = dir.join(&list_name);
            let list_what = list_path.display().to_string();
            let lf = File::create_new(&list_path).map_err(WriteError::output(list_what.clone()))?;
            let mut list = BufWriter::new(lf);
            let mut written = 0;
            src.blobs(job.id, &mut |oid, rs| {
                let name = format!("{}{sfx}", directory::blob_file(oid));
                let what = dir.join(&name).display().to_string();
                written += dir_file(dir, &name, ctx.sync, |w| {
                    one_stream(rs, ctx, w, job.id, Some(oid), &what, &mut st)
                })?;
                list.write_all(directory::lo_line(oid).as_bytes())
                    .map_err(WriteError::output(list_what.clone()))?;
                st.los += 1;
                Ok(())
            })?;
            let lf = list
                .into_inner()
                .map_err(|e| WriteError::output(list_what.clone())(e.into_error()))?;
            if ctx.sync {
                lf.sync_all()
                    .map_err(WriteError::output(list_what.clone()))?;
            }
            st.written += written + lf.metadata().map_err(WriteError::output(list_what))?.len();
        }
    }
    Ok(st)
}

/// How workers take jobs: in order, and (for file outputs) not too far ahead of what the
/// assembler has put into the output, so that finished blocks waiting for their turn stay
/// few.
struct Gate {
    state: Mutex<GateState>,
    cv: Condvar,
    window: usize,
}

struct GateState {
    next: usize,
    appended: usize,
    abort: bool,
}

impl Gate {
    fn new(window: usize) -> Self {
        Gate {
            state: Mutex::new(GateState {
                next: 0,
                appended: 0,
                abort: false,
            }),
            cv: Condvar::new(),
            window,
        }
    }

    /// The next job to run, `None` when there is none left or the run is aborted.
    fn take(&self, total: usize) -> Option<usize> {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if s.abort || s.next >= total {
                return None;
            }
            if s.next < s.appended.saturating_add(self.window) {
                let j = s.next;
                s.next += 1;
                return Some(j);
            }
            s = self.cv.wait(s).unwrap_or_else(|p| p.into_inner());
        }
    }

    fn appended(&self, n: usize) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        s.appended = n;
        self.cv.notify_all();
    }

    fn abort(&self) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        s.abort = true;
        self.cv.notify_all();
    }
}

/// Aborts the run when a worker panics, so that the others stop waiting at the gate (the
/// panic then surfaces when the scope ends).
struct AbortOnPanic<'a>(&'a Gate);

impl Drop for AbortOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.abort();
        }
    }
}

/// A finished job: where its bytes are in a worker's staging file (file outputs).
struct Done {
    job: usize,
    worker: usize,
    offset: u64,
    len: u64,
    result: Result<JobStats, WriteError>,
}

/// A staging file of one worker: blocks written out of order wait there for their turn.
struct Staging {
    file: tempfile::NamedTempFile,
    /// Bytes of it the assembler has copied out (the worker reuses it from the start once
    /// everything written was copied).
    consumed: AtomicU64,
}

fn staging_in(dir: &Path) -> Result<Staging, WriteError> {
    let file = tempfile::Builder::new()
        .prefix(".pgdumpkit-staging-")
        .tempfile_in(dir)
        .map_err(WriteError::output(format!(
            "a temporary file in \"{}\"",
            dir.display()
        )))?;
    Ok(Staging {
        file,
        consumed: AtomicU64::new(0),
    })
}

/// Copies `len` bytes at `offset` of `from` to the end of `to`.
fn copy_range(
    from: &mut File,
    offset: u64,
    len: u64,
    to: &mut File,
    what: &str,
) -> Result<(), WriteError> {
    from.seek(SeekFrom::Start(offset))
        .map_err(WriteError::output("a temporary file"))?;
    let n = io::copy(&mut (&mut *from).take(len), to).map_err(WriteError::output(what))?;
    if n != len {
        return Err(WriteError::output("a temporary file")(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "staged data is shorter than written",
        )));
    }
    Ok(())
}

/// The first part of a custom file: header and TOC (offsets not yet known); returns the
/// bytes and where the TOC starts.
fn custom_head(p: &Prepared) -> Result<(Vec<u8>, usize), WriteError> {
    let mut head = Vec::new();
    let bad = |e: io::Error| WriteError::Options(format!("cannot encode the TOC: {e}"));
    write_header(&mut head, &p.header).map_err(bad)?;
    let toc_start = head.len();
    write_toc(&mut head, p.f, &p.entries).map_err(bad)?;
    Ok((head, toc_start))
}

/// `toc.dat`: header and TOC.
fn toc_dat(p: &Prepared) -> Result<Vec<u8>, WriteError> {
    let (head, _) = custom_head(p)?;
    Ok(head)
}

/// Writes a custom or tar file.
#[allow(clippy::too_many_arguments)]
fn write_file(
    src: &mut Archive,
    ctx: &Ctx<'_>,
    jobs: usize,
    out: &Path,
    parent: &Path,
    name: &str,
    progress: &mut dyn FnMut(&WriteProgress),
) -> Result<(JobStats, u64), WriteError> {
    if out.is_dir() {
        return Err(WriteError::Options(format!(
            "output \"{}\" is a directory; the {} format writes a file",
            out.display(),
            ctx.p.format.list_name().to_lowercase()
        )));
    }
    let what = out.display().to_string();
    let prefix = format!(".{name}.");
    let mut b = tempfile::Builder::new();
    b.prefix(&prefix).suffix(".tmp");
    // A file pg_dump writes gets the usual mode (0666 less the umask), not a temporary
    // file's 0600.
    #[cfg(unix)]
    b.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let tmp = b.tempfile_in(parent).map_err(WriteError::output(format!(
        "a temporary file in \"{}\"",
        parent.display()
    )))?;
    let mut file = tmp.reopen().map_err(WriteError::output(what.clone()))?;
    let p = ctx.p;

    // The head: header and TOC (custom), or the toc.dat member (tar).
    let toc_start = match p.format {
        Format::Custom => {
            let (head, toc_start) = custom_head(p)?;
            file.write_all(&head)
                .map_err(WriteError::output(what.clone()))?;
            toc_start
        }
        _ => {
            let toc = toc_dat(p)?;
            let mut w = BufWriter::new(&mut file);
            let mut m = tar::Member::begin(&mut w, "toc.dat", ctx.mtime)
                .map_err(WriteError::output(what.clone()))?;
            m.write_all(&toc)
                .map_err(WriteError::output(what.clone()))?;
            m.finish().map_err(WriteError::output(what.clone()))?;
            w.flush().map_err(WriteError::output(what.clone()))?;
            0
        }
    };
    let mut positions: Vec<u64> = vec![0; p.jobs.len()];
    let mut total = JobStats::default();

    // Data, in TOC order. A pipe is read in the order of the source's data; if that is not
    // the output order, blocks wait in a staging file.
    let mut exec_order: Vec<usize> = (0..p.jobs.len()).collect();
    if !src.is_seekable() {
        exec_order.sort_by_key(|&j| p.jobs[j].source);
    }
    let in_order = exec_order.iter().enumerate().all(|(i, j)| i == *j);
    if jobs <= 1 && in_order {
        let mut w = BufWriter::with_capacity(WBUF, &mut file);
        w.seek(SeekFrom::End(0))
            .map_err(WriteError::output(what.clone()))?;
        for (j, job) in p.jobs.iter().enumerate() {
            positions[j] = w
                .stream_position()
                .map_err(WriteError::output(what.clone()))?;
            let st = stream_job(src, job, ctx, &mut w, &what)?;
            total.add(&st);
            progress(&entry_progress(job, j + 1, p.jobs.len(), &total));
        }
        w.flush().map_err(WriteError::output(what.clone()))?;
    } else if jobs <= 1 {
        // A pipe whose data comes in another order than the output wants (a -L list).
        let stage = staging_in(parent)?;
        let mut sw = stage
            .file
            .reopen()
            .map_err(WriteError::output("a temporary file"))?;
        let mut sr = stage
            .file
            .reopen()
            .map_err(WriteError::output("a temporary file"))?;
        file.seek(SeekFrom::End(0))
            .map_err(WriteError::output(what.clone()))?;
        let mut pending: BTreeMap<usize, (u64, u64)> = BTreeMap::new();
        let mut next = 0usize;
        for &j in &exec_order {
            let offset = sw
                .seek(SeekFrom::End(0))
                .map_err(WriteError::output("a temporary file"))?;
            let mut w = BufWriter::with_capacity(WBUF, &mut sw);
            let st = stream_job(src, &p.jobs[j], ctx, &mut w, "a temporary file")?;
            let end = w
                .stream_position()
                .map_err(WriteError::output("a temporary file"))?;
            w.flush().map_err(WriteError::output("a temporary file"))?;
            drop(w);
            total.add(&st);
            pending.insert(j, (offset, end - offset));
            while let Some((off, len)) = pending.remove(&next) {
                positions[next] = file
                    .stream_position()
                    .map_err(WriteError::output(what.clone()))?;
                copy_range(&mut sr, off, len, &mut file, &what)?;
                next += 1;
                progress(&entry_progress(
                    &p.jobs[next - 1],
                    next,
                    p.jobs.len(),
                    &total,
                ));
            }
        }
    } else {
        let shared = src
            .shared()
            .ok_or_else(|| WriteError::Options("internal error: source is not shareable".into()))?;
        let stagings: Vec<Staging> = (0..jobs)
            .map(|_| staging_in(parent))
            .collect::<Result<_, _>>()?;
        let mut readers: Vec<File> = stagings
            .iter()
            .map(|s| {
                s.file
                    .reopen()
                    .map_err(WriteError::output("a temporary file"))
            })
            .collect::<Result<_, _>>()?;
        let gate = Gate::new(4 * jobs);
        file.seek(SeekFrom::End(0))
            .map_err(WriteError::output(what.clone()))?;
        let result = std::thread::scope(|s| -> Result<(), WriteError> {
            let (tx, rx) = mpsc::channel::<Done>();
            for (w, stage) in stagings.iter().enumerate() {
                let tx = tx.clone();
                let gate = &gate;
                let mut shared = shared;
                s.spawn(move || {
                    let _guard = AbortOnPanic(gate);
                    let mut sw = match stage.file.reopen() {
                        Ok(f) => f,
                        Err(e) => {
                            let _ = tx.send(Done {
                                job: usize::MAX,
                                worker: w,
                                offset: 0,
                                len: 0,
                                result: Err(WriteError::output("a temporary file")(e)),
                            });
                            return;
                        }
                    };
                    let mut written = 0u64;
                    while let Some(j) = gate.take(p.jobs.len()) {
                        // Everything staged so far was copied out: start again at 0.
                        if written > 0
                            && stage.consumed.load(Ordering::Acquire) == written
                            && sw.set_len(0).is_ok()
                        {
                            stage.consumed.store(0, Ordering::Release);
                            written = 0;
                        }
                        let offset = written;
                        let r = (|| {
                            sw.seek(SeekFrom::Start(offset))
                                .map_err(WriteError::output("a temporary file"))?;
                            let mut bw = BufWriter::with_capacity(WBUF, &mut sw);
                            let st = stream_job(
                                &mut shared,
                                &p.jobs[j],
                                ctx,
                                &mut bw,
                                "a temporary file",
                            )?;
                            let end = bw
                                .stream_position()
                                .map_err(WriteError::output("a temporary file"))?;
                            bw.flush().map_err(WriteError::output("a temporary file"))?;
                            Ok((st, end))
                        })();
                        let (result, len) = match r {
                            Ok((st, end)) => {
                                let len = end - offset;
                                written = end;
                                (Ok(st), len)
                            }
                            Err(e) => (Err(e), 0),
                        };
                        let failed = result.is_err();
                        if tx
                            .send(Done {
                                job: j,
                                worker: w,
                                offset,
                                len,
                                result,
                            })
                            .is_err()
                            || failed
                        {
                            return;
                        }
                    }
                });
            }
            drop(tx);
            let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
            let mut next = 0usize;
            let mut first_err: Option<WriteError> = None;
            for done in rx.iter() {
                if first_err.is_some() {
                    continue;
                }
                if let Err(e) = done.result {
                    gate.abort();
                    first_err = Some(e);
                    continue;
                }
                pending.insert(done.job, done);
                while let Some(d) = pending.remove(&next) {
                    let r = (|| {
                        positions[next] = file
                            .stream_position()
                            .map_err(WriteError::output(what.clone()))?;
                        copy_range(&mut readers[d.worker], d.offset, d.len, &mut file, &what)
                    })();
                    if let Err(e) = r {
                        gate.abort();
                        first_err = Some(e);
                        break;
                    }
                    stagings[d.worker]
                        .consumed
                        .fetch_add(d.len, Ordering::AcqRel);
                    if let Ok(st) = &d.result {
                        total.add(st);
                    }
                    next += 1;
                    gate.appended(next);
                    progress(&entry_progress(
                        &p.jobs[next - 1],
                        next,
                        p.jobs.len(),
                        &total,
                    ));
                }
            }
            match first_err {
                Some(e) => Err(e),
                None if next == p.jobs.len() => Ok(()),
                None => Err(WriteError::Options(
                    "internal error: a data job did not finish".into(),
                )),
            }
        });
        result?;
    }

    // The end: the TOC again with the positions (custom), the end blocks (tar).
    let end = file
        .seek(SeekFrom::End(0))
        .map_err(WriteError::output(what.clone()))?;
    match p.format {
        Format::Custom => {
            let mut entries = p.entries.clone();
            for (j, job) in p.jobs.iter().enumerate() {
                entries[job.entry].data = custom::offset_for(p.f, positions[j]);
            }
            let mut toc = Vec::new();
            write_toc(&mut toc, p.f, &entries)
                .map_err(|e| WriteError::Options(format!("cannot encode the TOC: {e}")))?;
            let (head, _) = custom_head(p)?;
            if toc.len() != head.len() - toc_start {
                return Err(WriteError::Options(
                    "internal error: the TOC changed length when its offsets were set".into(),
                ));
            }
            file.seek(SeekFrom::Start(toc_start as u64))
                .map_err(WriteError::output(what.clone()))?;
            file.write_all(&toc)
                .map_err(WriteError::output(what.clone()))?;
        }
        _ => {
            tar::end(&mut file).map_err(WriteError::output(what.clone()))?;
        }
    }
    let len = file
        .seek(SeekFrom::End(0))
        .map_err(WriteError::output(what.clone()))?;
    let _ = end;
    if ctx.sync {
        file.sync_all().map_err(WriteError::output(what.clone()))?;
    }
    drop(file);
    tmp.persist(out)
        .map_err(|e| WriteError::output(what)(e.error))?;
    Ok((total, len))
}

fn entry_progress(job: &Job, done: usize, total: usize, st: &JobStats) -> WriteProgress {
    WriteProgress::Entry {
        dump_id: job.id,
        done,
        total,
        bytes_read: st.read,
        bytes_written: st.written,
    }
}

/// Writes a directory archive.
#[allow(clippy::too_many_arguments)]
fn write_directory(
    src: &mut Archive,
    ctx: &Ctx<'_>,
    jobs: usize,
    out: &Path,
    parent: &Path,
    name: &str,
    progress: &mut dyn FnMut(&WriteProgress),
) -> Result<(JobStats, u64), WriteError> {
    // pg_dump accepts an empty existing directory (and refuses anything else).
    match fs::metadata(out) {
        Ok(m) if m.is_dir() => {
            let empty = fs::read_dir(out)
                .map_err(WriteError::output(out.display().to_string()))?
                .next()
                .is_none();
            if !empty {
                return Err(WriteError::OutputExists(out.to_path_buf()));
            }
        }
        Ok(_) => return Err(WriteError::OutputExists(out.to_path_buf())),
        Err(_) => {}
    }
    let prefix = format!(".{name}.");
    let mut b = tempfile::Builder::new();
    b.prefix(&prefix).suffix(".tmp");
    // pg_dump creates the directory with mode 0700 (`pg_dir_create_mode`).
    #[cfg(unix)]
    b.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
    let tmp = b.tempdir_in(parent).map_err(WriteError::output(format!(
        "a temporary directory in \"{}\"",
        parent.display()
    )))?;
    let dir = tmp.path();
    let p = ctx.p;
    let toc = toc_dat(p)?;
    let mut total = JobStats::default();
    let toc_len = dir_file(dir, "toc.dat", ctx.sync, |w| {
        w.write_all(&toc).map_err(WriteError::output(
            dir.join("toc.dat").display().to_string(),
        ))
    })?;
    if jobs <= 1 {
        // Files can be written in any order: a pipe is read in the order of its data.
        let mut order: Vec<&Job> = p.jobs.iter().collect();
        if !src.is_seekable() {
            order.sort_by_key(|j| j.source);
        }
        for (n, job) in order.into_iter().enumerate() {
            let st = dir_job(src, job, ctx, dir)?;
            total.add(&st);
            progress(&entry_progress(job, n + 1, p.jobs.len(), &total));
        }
    } else {
        let shared = src
            .shared()
            .ok_or_else(|| WriteError::Options("internal error: source is not shareable".into()))?;
        let gate = Gate::new(usize::MAX);
        std::thread::scope(|s| -> Result<(), WriteError> {
            let (tx, rx) = mpsc::channel::<Done>();
            for w in 0..jobs {
                let tx = tx.clone();
                let gate = &gate;
                let mut shared = shared;
                s.spawn(move || {
                    let _guard = AbortOnPanic(gate);
                    while let Some(j) = gate.take(p.jobs.len()) {
                        let result = dir_job(&mut shared, &p.jobs[j], ctx, dir);
                        let failed = result.is_err();
                        let sent = tx.send(Done {
                            job: j,
                            worker: w,
                            offset: 0,
                            len: 0,
                            result,
                        });
                        if sent.is_err() || failed {
                            return;
                        }
                    }
                });
            }
            drop(tx);
            let mut done = 0usize;
            let mut first_err = None;
            for d in rx.iter() {
                match d.result {
                    Err(e) => {
                        if first_err.is_none() {
                            gate.abort();
                            first_err = Some(e);
                        }
                    }
                    Ok(st) if first_err.is_none() => {
                        total.add(&st);
                        done += 1;
                        progress(&entry_progress(&p.jobs[d.job], done, p.jobs.len(), &total));
                    }
                    Ok(_) => {}
                }
            }
            first_err.map_or(Ok(()), Err)
        })?;
    }
    if ctx.sync {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(WriteError::output(dir.display().to_string()))?;
    }
    let written = toc_len + total.written;
    let kept = tmp.keep();
    if let Err(e) = fs::rename(&kept, out) {
        let _ = fs::remove_dir_all(&kept);
        return Err(WriteError::output(out.display().to_string())(e));
    }
    Ok((total, written))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toc::DataLocation;

    #[test]
    fn gate_keeps_workers_near_the_assembler() {
        let g = Gate::new(2);
        assert_eq!(g.take(10), Some(0));
        assert_eq!(g.take(10), Some(1));
        g.appended(1);
        assert_eq!(g.take(10), Some(2));
        g.abort();
        assert_eq!(g.take(10), None);
    }

    #[test]
    fn location_placeholders_match_final_width() {
        let f = crate::primitives::IntFormat::CURRENT;
        let mut a = Vec::new();
        crate::primitives::write_offset(&mut a, f, &DataLocation::NotSet).unwrap();
        let mut b = Vec::new();
        crate::primitives::write_offset(&mut b, f, &custom::offset_for(f, 1 << 40)).unwrap();
        assert_eq!(a.len(), b.len());
    }
}
