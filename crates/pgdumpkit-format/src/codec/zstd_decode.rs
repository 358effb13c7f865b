//! A zstd decoder (RFC 8878) that uses two cores: `pg_dump -Z zstd` data streams through it.
//!
//! libzstd decodes a frame on one thread, and that thread spends nearly all its time in the
//! decoder: with libzstd, restoring a zstd archive can be no faster than `pg_restore`, which
//! uses the same library. A compressed block has three parts to decode, and only the last
//! needs the history of decoded bytes:
//!
//! - the Huffman-coded literals ([`entropy::Literals`]);
//! - the sequences, (literal length, match length, offset) triples: FSE tables, a backward
//!   bitstream, repeat offsets ([`entropy::Sequences`]);
//! - their execution: literals and matches copied into a ring holding the window.
//!
//! Once a stream is longer than a few blocks, a worker thread decodes literals and sequences
//! up to [`DEPTH`] blocks ahead while the reader's thread executes blocks and hands out the
//! bytes. A worker that falls behind leaves the literals of a block to the reader's thread,
//! so the two balance themselves. Short streams (large objects, small tables) are decoded on
//! the calling thread alone.
//!
//! The cost: on the 1.05 GB benchmark table this takes about 0.8 s of CPU where libzstd
//! takes 0.55 s, and 0.44 s of wall time where `pg_restore` takes 0.58 s (`benches/run.sh
//! script`). It is a gain when a second core is free, a loss when none is.
//!
//! Decoded bytes are handed out as slices of the ring (`BufRead`), so they are not copied
//! again on their way to the writer. Memory: the ring holds the frame's window plus two
//! blocks (2.3 MiB for pg_dump's level 3), grown as data arrives, and at most [`DEPTH`]
//! blocks are in flight; windows above 128 MiB are refused, as libzstd refuses them.
//!
//! Every frame feature is handled: single-segment frames, content sizes, content checksums
//! (verified), raw and RLE blocks, every literals and sequences mode, skippable frames and
//! concatenated frames. Dictionaries are not (pg_dump uses none); legacy formats neither.
//! One check is stricter than libzstd's fast path: a Huffman stream must end exactly where
//! its last literal does.

mod entropy;
mod xxh64;

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};
use std::sync::mpsc;
use std::thread;

use entropy::{BLOCK_MAX, Deferred, Literals, Seq, Sequences, WILD, corrupt};
use xxh64::Xxh64;

const MAGIC: u32 = 0xFD2F_B528;
const SKIPPABLE_MASK: u32 = 0xFFFF_FFF0;
const SKIPPABLE: u32 = 0x184D_2A50;
/// The largest window accepted (libzstd's `ZSTD_WINDOWLOG_LIMIT_DEFAULT`).
const WINDOW_MAX: u64 = 1 << 27;
/// Windows are at least this large (libzstd's `ZSTD_WINDOWLOG_ABSOLUTEMIN`).
const WINDOW_MIN: usize = 1 << 10;
/// Bytes after a block that copies may overwrite: matches are copied 32 bytes at a time.
const SLACK: usize = 64;
/// Decoded bytes gathered before they are handed out: the size the script writer passes
/// straight to `write(2)`.
const HANDOUT: usize = super::FILL_SIZE;
/// Compressed blocks the worker may decode ahead of execution.
const DEPTH: usize = 8;
/// Compressed blocks decoded on the calling thread before a worker is started: streams
/// shorter than that are not worth a thread.
const INLINE_BLOCKS: u32 = 8;

/// The parameters of a frame, from its header.
#[derive(Debug, Clone, Copy)]
struct Frame {
    window: usize,
    block_max: usize,
    content_size: Option<u64>,
    checksum: bool,
}

/// A compressed block on its way through the entropy stage.
#[derive(Debug)]
struct Job {
    data: Vec<u8>,
    /// Where the sequences section starts in `data`.
    seq_start: usize,
    block_max: usize,
    /// The first compressed block of a frame: earlier tables and offsets are forgotten.
    reset: bool,
    seqs: Vec<Seq>,
    /// The literals, then [`WILD`] bytes of padding...
    lits: Vec<u8>,
    /// ...unless their decoding was left to the executing thread.
    deferred: Option<Deferred>,
    result: io::Result<()>,
}

/// The buffers a block needs, kept for reuse.
#[derive(Debug, Default)]
struct Buffers {
    data: Vec<u8>,
    seqs: Vec<Seq>,
    lits: Vec<u8>,
}

/// The entropy stage: the literals and the sequences of compressed blocks.
#[derive(Debug)]
struct Stage {
    literals: Literals,
    sequences: Sequences,
}

impl Stage {
    fn new() -> Self {
        Stage {
            literals: Literals::new(),
            sequences: Sequences::new(),
        }
    }

    /// Reads the literals of `job` (decoding them unless `defer`) and decodes its
    /// sequences. The literals come first in a block, so their errors are reported first.
    fn run(&mut self, job: &mut Job, defer: bool) {
        if job.reset {
            self.literals.reset();
            self.sequences.reset();
        }
        job.result = self
            .literals
            .decode(&job.data, job.block_max, &mut job.lits, defer)
            .and_then(|d| {
                job.deferred = d;
                self.sequences
                    .decode(&job.data[job.seq_start..], job.block_max, &mut job.seqs)
            });
    }
}

/// What the input holds next, in order.
#[derive(Debug)]
enum Item {
    Frame(Frame),
    Raw(Vec<u8>),
    Rle(u8, usize),
    /// `None` while the worker has it.
    Compressed(Option<Job>),
    /// The end of a frame, with its checksum if it has one.
    FrameEnd(Option<u32>),
    /// Reading the input failed here.
    Fail(io::Error),
    /// The input ended cleanly between frames.
    End,
}

/// Where the input parser is.
#[derive(Debug, Clone, Copy)]
enum Input {
    BetweenFrames,
    InFrame(Frame),
    AfterLastBlock(Frame),
    Done,
}

#[derive(Debug)]
enum ToWorker {
    Start(Box<Stage>),
    Block(Job),
}

/// The thread running the entropy stage.
#[derive(Debug)]
struct Worker {
    jobs: Option<mpsc::SyncSender<ToWorker>>,
    results: mpsc::Receiver<Job>,
    handle: Option<thread::JoinHandle<()>>,
    in_flight: usize,
}

impl Worker {
    /// Starts a worker owning `stage`; gives it back if no thread can be started.
    fn start(stage: Box<Stage>) -> Result<Worker, Box<Stage>> {
        let (jobs, job_rx) = mpsc::sync_channel::<ToWorker>(DEPTH + 1);
        let (result_tx, results) = mpsc::sync_channel::<Job>(DEPTH);
        let spawned = thread::Builder::new()
            .name("pgdumpkit-zstd".into())
            .spawn(move || {
                let mut state: Option<Box<Stage>> = None;
                let mut next: Option<Job> = None;
                loop {
                    let mut job = match next.take() {
                        Some(j) => j,
                        None => match job_rx.recv() {
                            Ok(ToWorker::Start(s)) => {
                                state = Some(s);
                                continue;
                            }
                            Ok(ToWorker::Block(j)) => j,
                            Err(_) => return,
                        },
                    };
                    // Another block waiting means this thread is the slower one: the
                    // executing thread then decodes the Huffman literals, about a quarter of
                    // this stage's work. The two threads balance themselves.
                    match job_rx.try_recv() {
                        Ok(ToWorker::Block(j)) => next = Some(j),
                        Ok(ToWorker::Start(s)) => state = Some(s),
                        Err(_) => {}
                    }
                    let behind = next.is_some();
                    match state.as_deref_mut() {
                        Some(s) => s.run(&mut job, behind),
                        None => job.result = Err(worker_failed()),
                    }
                    if result_tx.send(job).is_err() {
                        return;
                    }
                }
            });
        let handle = match spawned {
            Ok(h) => h,
            Err(_) => return Err(stage),
        };
        if let Err(mpsc::SendError(ToWorker::Start(stage))) = jobs.send(ToWorker::Start(stage)) {
            drop(jobs);
            let _ = handle.join();
            return Err(stage);
        }
        Ok(Worker {
            jobs: Some(jobs),
            results,
            handle: Some(handle),
            in_flight: 0,
        })
    }

    fn send(&mut self, job: Job) -> io::Result<()> {
        let jobs = self.jobs.as_ref().ok_or_else(worker_failed)?;
        jobs.send(ToWorker::Block(job))
            .map_err(|_| worker_failed())?;
        self.in_flight += 1;
        Ok(())
    }

    fn receive(&mut self) -> io::Result<Job> {
        let job = self.results.recv().map_err(|_| worker_failed())?;
        self.in_flight -= 1;
        Ok(job)
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the job channel ends the thread once it has finished what it was given.
        self.jobs = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn worker_failed() -> io::Error {
    io::Error::other("the zstd decoding thread stopped")
}

/// Decoded history: blocks are written one after the other from the start; when the next
/// one does not fit, writing starts again at 0 and what was written so far becomes the
/// "previous segment", whose last `window` bytes matches may still reach (libzstd's
/// extDict). The ring is large enough that those bytes are not overwritten in time:
/// `window + 2 * (block_max + SLACK)`.
#[derive(Debug, Default)]
struct Ring {
    buf: Vec<u8>,
    /// Where the next block goes.
    end: usize,
    /// The end of the previous segment, 0 if none.
    prev_end: usize,
    /// The size the ring grows to.
    full: usize,
    window: usize,
    /// Bytes of the current frame decoded so far.
    produced: u64,
}

impl Ring {
    /// A new frame starts at 0; everything decoded must have been handed out.
    fn start_frame(&mut self, f: &Frame) {
        self.window = f.window;
        self.full = f.window + 2 * (f.block_max + SLACK);
        self.end = 0;
        self.prev_end = 0;
        self.produced = 0;
    }

    /// True when a block of `block_max` fits at `end` without wrapping (after growing the
    /// ring if it is not full yet).
    fn fits(&mut self, block_max: usize) -> bool {
        let need = self.end + block_max + SLACK;
        if need <= self.buf.len() {
            return true;
        }
        if self.buf.len() < self.full {
            let target = need.max((2 * self.buf.len()).min(self.full));
            self.buf.resize(target, 0);
        }
        need <= self.buf.len()
    }

    /// Starts writing at 0 again. Only when everything decoded was handed out.
    fn wrap(&mut self) {
        self.prev_end = self.end;
        self.end = 0;
    }

    fn add_raw(&mut self, data: &[u8]) {
        self.buf[self.end..self.end + data.len()].copy_from_slice(data);
        self.end += data.len();
        self.produced += data.len() as u64;
    }

    fn add_rle(&mut self, b: u8, n: usize) {
        self.buf[self.end..self.end + n].fill(b);
        self.end += n;
        self.produced += n as u64;
    }

    /// Writes a block's output at `end`: each sequence's literals, then its match; then the
    /// literals left. `lits` holds `nlits` literals and [`WILD`] bytes of padding.
    fn execute(
        &mut self,
        lits: &[u8],
        nlits: usize,
        seqs: &[Seq],
        block_max: usize,
    ) -> io::Result<usize> {
        let start = self.end;
        let limit = start + block_max;
        let buf = &mut self.buf[..];
        if buf.len() < limit + SLACK || lits.len() < nlits + WILD {
            return Err(corrupt("internal error: no room for a block"));
        }
        // Offsets may reach this far before the block.
        let history = (self.window as u64).min(self.produced) as usize;
        let mut op = start;
        let mut lp = 0usize;
        for s in seqs {
            let (ll, ml, off) = (s.ll as usize, s.ml as usize, s.off as usize);
            if ll > nlits - lp {
                return Err(corrupt("a sequence uses more literals than there are"));
            }
            if ll + ml > limit - op {
                return Err(corrupt(
                    "a block decodes to more than the maximum block size",
                ));
            }
            // Literals 16 bytes at a time, overshooting into bytes written next (a call to
            // memcpy costs more than the few bytes a sequence has).
            let mut k = 0;
            loop {
                let c: [u8; WILD] = lits[lp + k..lp + k + WILD]
                    .try_into()
                    .expect("literals are padded");
                buf[op + k..op + k + WILD].copy_from_slice(&c);
                k += WILD;
                if k >= ll {
                    break;
                }
            }
            op += ll;
            lp += ll;
            if off == 0 || off > history + (op - start) {
                return Err(corrupt("a match reaches before the start of the window"));
            }
            if off <= op {
                copy_match(buf, op - off, op, ml, off);
            } else {
                // The match starts in the previous segment, whose window tail is intact and
                // at least `block_max + SLACK` bytes after anything this block writes.
                let back = off - op;
                let from = self
                    .prev_end
                    .checked_sub(back)
                    .ok_or_else(|| corrupt("a match reaches before the start of the window"))?;
                let k = back.min(ml);
                copy_match(buf, from, op, k, SLACK);
                if k < ml {
                    // The rest continues from the start of this segment.
                    copy_match(buf, 0, op + k, ml - k, off);
                }
            }
            op += ml;
        }
        let rest = nlits - lp;
        if rest > limit - op {
            return Err(corrupt(
                "a block decodes to more than the maximum block size",
            ));
        }
        buf[op..op + rest].copy_from_slice(&lits[lp..lp + rest]);
        op += rest;
        let n = op - start;
        self.end = op;
        self.produced += n as u64;
        Ok(n)
    }
}

/// Copies `len` bytes from `src` to `dst` in `buf`, where `dist` is how far apart they are
/// in the decoded stream: the copy may read what it just wrote when `dist < len`. Copies in
/// steps of 32 bytes (8 for short distances), writing up to 31 bytes past `dst + len`.
#[inline(always)]
fn copy_match(buf: &mut [u8], src: usize, dst: usize, len: usize, dist: usize) {
    if dist >= 32 {
        let mut k = 0;
        while k < len {
            let c: [u8; 32] = buf[src + k..src + k + 32].try_into().expect("32 bytes");
            buf[dst + k..dst + k + 32].copy_from_slice(&c);
            k += 32;
        }
    } else if dist >= 8 {
        let mut k = 0;
        while k < len {
            let c: [u8; 8] = buf[src + k..src + k + 8].try_into().expect("8 bytes");
            buf[dst + k..dst + k + 8].copy_from_slice(&c);
            k += 8;
        }
    } else {
        for k in 0..len {
            buf[dst + k] = buf[src + k];
        }
    }
}

/// The frame being executed.
#[derive(Debug)]
struct Current {
    frame: Frame,
    hash: Option<Xxh64>,
}

/// Decodes zstd frames from `inner`, handing out the decoded bytes as slices.
pub struct ZstdReader<R> {
    inner: R,
    input: Input,
    /// Items read from the input, not yet executed.
    queue: VecDeque<Item>,
    /// The next compressed block read starts a frame.
    frame_start: bool,
    ring: Ring,
    /// `ring.buf[pos..ring.end]` is decoded and not yet handed out.
    pos: usize,
    current: Option<Current>,
    /// The entropy stage, while it runs on this thread.
    stage: Option<Box<Stage>>,
    worker: Option<Worker>,
    /// A worker may be started.
    threads: bool,
    /// Compressed blocks decoded on this thread so far.
    inline_blocks: u32,
    /// Buffers of blocks done with, for the next ones.
    spare: Vec<Buffers>,
    /// An error met after decoded bytes: reported once those are handed out.
    err: Option<io::Error>,
    failed: bool,
}

impl<R> std::fmt::Debug for ZstdReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ZstdReader")
            .field("input", &self.input)
            .field("queued", &self.queue.len())
            .field("buffered", &(self.ring.end - self.pos))
            .field("threaded", &self.worker.is_some())
            .finish_non_exhaustive()
    }
}

impl<R: BufRead> ZstdReader<R> {
    /// A reader that starts a worker thread once the stream proves long.
    pub fn new(inner: R) -> Self {
        Self::with_threads(inner, true)
    }

    /// A reader that decodes on the calling thread only when `threads` is false.
    pub fn with_threads(inner: R, threads: bool) -> Self {
        ZstdReader {
            inner,
            input: Input::BetweenFrames,
            queue: VecDeque::new(),
            frame_start: false,
            ring: Ring::default(),
            pos: 0,
            current: None,
            stage: Some(Box::new(Stage::new())),
            worker: None,
            threads,
            inline_blocks: 0,
            spare: Vec::new(),
            err: None,
            failed: false,
        }
    }

    // --- reading the input ----------------------------------------------------------------

    fn read_array<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        let mut b = [0u8; N];
        self.inner.read_exact(&mut b).map_err(truncated)?;
        Ok(b)
    }

    fn skip(&mut self, mut n: u64) -> io::Result<()> {
        while n > 0 {
            let avail = self.inner.fill_buf()?;
            if avail.is_empty() {
                return Err(truncated(io::ErrorKind::UnexpectedEof.into()));
            }
            let k = avail.len().min(usize::try_from(n).unwrap_or(usize::MAX));
            self.inner.consume(k);
            n -= k as u64;
        }
        Ok(())
    }

    /// Reads a frame header after its magic number (RFC 8878 §3.1.1.1).
    fn frame_header(&mut self) -> io::Result<Frame> {
        let [fhd] = self.read_array::<1>()?;
        if fhd & 0x08 != 0 {
            return Err(corrupt("reserved bit set in a frame header"));
        }
        let single_segment = fhd & 0x20 != 0;
        let window_desc = if single_segment {
            None
        } else {
            Some(self.read_array::<1>()?[0])
        };
        let dict_len = [0, 1, 2, 4][usize::from(fhd & 3)];
        let mut dict = [0u8; 4];
        self.inner
            .read_exact(&mut dict[..dict_len])
            .map_err(truncated)?;
        if u32::from_le_bytes(dict) != 0 {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "zstd frame needs a dictionary",
            ));
        }
        let fcs_len = match fhd >> 6 {
            0 if single_segment => 1,
            0 => 0,
            1 => 2,
            2 => 4,
            _ => 8,
        };
        let mut fcs = [0u8; 8];
        self.inner
            .read_exact(&mut fcs[..fcs_len])
            .map_err(truncated)?;
        let content_size = match fcs_len {
            0 => None,
            2 => Some(u64::from_le_bytes(fcs) + 256),
            _ => Some(u64::from_le_bytes(fcs)),
        };
        let window = match window_desc {
            Some(w) => {
                let log = 10 + u32::from(w >> 3);
                let base = 1u64 << log;
                base + (base / 8) * u64::from(w & 7)
            }
            None => content_size.unwrap_or(0),
        };
        if window > WINDOW_MAX {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "zstd frame needs a {window}-byte window, more than the {WINDOW_MAX} allowed"
                ),
            ));
        }
        let window = window as usize;
        Ok(Frame {
            window: window.max(WINDOW_MIN),
            block_max: window.min(BLOCK_MAX),
            content_size,
            checksum: fhd & 0x04 != 0,
        })
    }

    fn read_item(&mut self) -> io::Result<Item> {
        loop {
            match self.input {
                Input::Done => return Ok(Item::End),
                Input::BetweenFrames => {
                    if self.inner.fill_buf()?.is_empty() {
                        self.input = Input::Done;
                        return Ok(Item::End);
                    }
                    let magic = u32::from_le_bytes(self.read_array::<4>()?);
                    if magic & SKIPPABLE_MASK == SKIPPABLE {
                        let len = u32::from_le_bytes(self.read_array::<4>()?);
                        self.skip(u64::from(len))?;
                        continue;
                    }
                    if magic != MAGIC {
                        return Err(corrupt("not a zstd frame (bad magic number)"));
                    }
                    let f = self.frame_header()?;
                    self.input = Input::InFrame(f);
                    self.frame_start = true;
                    return Ok(Item::Frame(f));
                }
                Input::AfterLastBlock(f) => {
                    self.input = Input::BetweenFrames;
                    let sum = if f.checksum {
                        Some(u32::from_le_bytes(self.read_array::<4>()?))
                    } else {
                        None
                    };
                    return Ok(Item::FrameEnd(sum));
                }
                Input::InFrame(f) => {
                    let h = self.read_array::<3>()?;
                    let h = u32::from_le_bytes([h[0], h[1], h[2], 0]);
                    if h & 1 != 0 {
                        self.input = Input::AfterLastBlock(f);
                    }
                    let size = (h >> 3) as usize;
                    if size > f.block_max {
                        return Err(corrupt("block larger than the maximum block size"));
                    }
                    return match (h >> 1) & 3 {
                        0 => {
                            let mut data = self.spare_data();
                            data.resize(size, 0);
                            self.inner.read_exact(&mut data).map_err(truncated)?;
                            Ok(Item::Raw(data))
                        }
                        1 => Ok(Item::Rle(self.read_array::<1>()?[0], size)),
                        2 => self.compressed(size, f.block_max),
                        _ => Err(corrupt("reserved block type")),
                    };
                }
            }
        }
    }

    fn spare_data(&mut self) -> Vec<u8> {
        self.spare.pop().map(|b| b.data).unwrap_or_default()
    }

    /// Reads a compressed block and hands it to the worker, if there is one.
    fn compressed(&mut self, size: usize, block_max: usize) -> io::Result<Item> {
        let Buffers {
            mut data,
            seqs,
            lits,
        } = self.spare.pop().unwrap_or_default();
        data.resize(size, 0);
        self.inner.read_exact(&mut data).map_err(truncated)?;
        let job = Job {
            seq_start: Literals::section_len(&data),
            data,
            block_max,
            reset: std::mem::take(&mut self.frame_start),
            seqs,
            lits,
            deferred: None,
            result: Ok(()),
        };
        if self.worker.is_none()
            && self.threads
            && self.inline_blocks >= INLINE_BLOCKS
            && let Some(s) = self.stage.take()
        {
            // The queue holds no compressed block: the state moves with nothing pending.
            match Worker::start(s) {
                Ok(w) => self.worker = Some(w),
                Err(s) => {
                    self.stage = Some(s);
                    self.threads = false;
                }
            }
        }
        match self.worker.as_mut() {
            Some(w) => {
                w.send(job)?;
                Ok(Item::Compressed(None))
            }
            None => {
                self.inline_blocks += 1;
                Ok(Item::Compressed(Some(job)))
            }
        }
    }

    /// Reads items ahead: several compressed blocks when a worker decodes them, one item
    /// otherwise.
    fn read_ahead(&mut self) {
        // Blocks go to the worker in batches, once half of those in flight came back: a
        // thread woken for each block spends more on waking than on some blocks.
        if self
            .worker
            .as_ref()
            .is_some_and(|w| w.in_flight > DEPTH / 2)
        {
            return;
        }
        loop {
            let ahead = match &self.worker {
                Some(w) => w.in_flight < DEPTH && self.queue.len() < 4 * DEPTH,
                None => self.queue.is_empty(),
            };
            if !ahead || matches!(self.queue.back(), Some(Item::End | Item::Fail(_))) {
                return;
            }
            let item = self.read_item().unwrap_or_else(|e| {
                self.input = Input::Done;
                Item::Fail(e)
            });
            self.queue.push_back(item);
        }
    }

    // --- executing ------------------------------------------------------------------------

    /// Executes items until enough bytes are ready to hand out, the ring is full, or the
    /// input ends. Called when everything decoded was handed out.
    fn refill(&mut self) -> io::Result<()> {
        loop {
            if self.ring.end - self.pos >= HANDOUT {
                return Ok(());
            }
            self.read_ahead();
            let Some(item) = self.queue.pop_front() else {
                return Ok(());
            };
            let block_max = self.current.as_ref().map_or(0, |c| c.frame.block_max);
            match item {
                Item::End => {
                    self.queue.push_front(item);
                    return Ok(());
                }
                Item::Frame(f) => {
                    // A frame starts the ring afresh: hand out the last one's bytes first.
                    if self.pos < self.ring.end {
                        self.queue.push_front(item);
                        return Ok(());
                    }
                    self.ring.start_frame(&f);
                    self.pos = 0;
                    self.current = Some(Current {
                        frame: f,
                        hash: f.checksum.then(Xxh64::new),
                    });
                }
                Item::Raw(_) | Item::Rle(..) | Item::Compressed(_) => {
                    if !self.ring.fits(block_max) {
                        if self.pos < self.ring.end {
                            self.queue.push_front(item);
                            return Ok(());
                        }
                        self.ring.wrap();
                        self.pos = 0;
                    }
                    let at = self.ring.end;
                    self.block(item, block_max)?;
                    let Some(cur) = self.current.as_mut() else {
                        return Err(corrupt("internal error: a block outside a frame"));
                    };
                    if let Some(h) = cur.hash.as_mut() {
                        h.update(&self.ring.buf[at..self.ring.end]);
                    }
                    if cur
                        .frame
                        .content_size
                        .is_some_and(|n| self.ring.produced > n)
                    {
                        return Err(corrupt("frame larger than its declared content size"));
                    }
                }
                Item::FrameEnd(sum) => {
                    let cur = self
                        .current
                        .take()
                        .ok_or_else(|| corrupt("internal error: a frame end outside a frame"))?;
                    if cur
                        .frame
                        .content_size
                        .is_some_and(|n| self.ring.produced != n)
                    {
                        return Err(corrupt("frame smaller than its declared content size"));
                    }
                    if let (Some(h), Some(sum)) = (cur.hash, sum)
                        && h.digest() as u32 != sum
                    {
                        return Err(corrupt("content checksum mismatch"));
                    }
                }
                Item::Fail(e) => return Err(e),
            }
        }
    }

    /// Decodes one block at `ring.end` (there is room for it).
    fn block(&mut self, item: Item, block_max: usize) -> io::Result<()> {
        match item {
            Item::Raw(data) => {
                self.ring.add_raw(&data);
                self.spare.push(Buffers {
                    data,
                    ..Buffers::default()
                });
            }
            Item::Rle(b, n) => self.ring.add_rle(b, n),
            Item::Compressed(job) => {
                let mut job = match (job, self.worker.as_mut()) {
                    (Some(mut job), _) => {
                        let s = self
                            .stage
                            .as_mut()
                            .ok_or_else(|| corrupt("internal error: no entropy stage"))?;
                        s.run(&mut job, false);
                        job
                    }
                    (None, Some(w)) => w.receive()?,
                    (None, None) => return Err(worker_failed()),
                };
                std::mem::replace(&mut job.result, Ok(()))?;
                if let Some(d) = job.deferred.take() {
                    d.decode(&job.data, &mut job.lits)?;
                }
                let nlits = job.lits.len().saturating_sub(WILD);
                self.ring.execute(&job.lits, nlits, &job.seqs, block_max)?;
                self.spare.push(Buffers {
                    data: job.data,
                    seqs: job.seqs,
                    lits: job.lits,
                });
            }
            _ => return Err(corrupt("internal error: not a block")),
        }
        Ok(())
    }
}

/// An input that ends inside a frame is a truncated frame.
fn truncated(e: io::Error) -> io::Error {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        io::Error::new(io::ErrorKind::UnexpectedEof, "truncated zstd frame")
    } else {
        e
    }
}

impl<R: BufRead> Read for ZstdReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for ZstdReader<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.ring.end {
            if let Some(e) = self.err.take() {
                self.failed = true;
                return Err(e);
            }
            if self.failed {
                return Err(io::Error::other("zstd stream already failed"));
            }
            if let Err(e) = self.refill() {
                if self.pos < self.ring.end {
                    self.err = Some(e);
                } else {
                    self.failed = true;
                    return Err(e);
                }
            }
        }
        Ok(&self.ring.buf[self.pos..self.ring.end])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.ring.end);
    }
}

#[cfg(test)]
mod tests;
