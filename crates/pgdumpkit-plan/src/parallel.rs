//! pg_restore 18's parallel restore scheduler (`pg_restore -j N`) as a pure state machine: it
//! decides what runs when, and never touches an archive or a database.
//!
//! A parallel restore has three phases (`RestoreArchive` in `pg_backup_archiver.c`):
//!
//! 1. **Prefork** (`restore_toc_entries_prefork`): the leader walks the TOC in processing order
//!    and restores, on its one connection, every pre-data entry of the main pass, and the
//!    section-less entries (comments...) met before the first data or post-data entry.
//!    [`ParallelPlan::prefork`] lists them.
//! 2. **Parallel** (`restore_toc_entries_parallel`): workers take ready entries, largest first;
//!    the executor asks [`ParallelPlan::next`] whenever a worker is idle and reports each
//!    completion with [`ParallelPlan::finished`].
//! 3. **Postfork** (`restore_toc_entries_postfork`): whatever could never become ready
//!    (circular or missing dependencies, a main-pass entry depending on an ACL...) is restored
//!    serially by the leader: [`ParallelPlan::missed`].
//!
//! Every entry, wanted or not, comes out exactly once: in `prefork()`, as [`Step::Run`] or
//! [`Step::Skip`], or in `missed()`. pg_restore processes unwanted entries too (it logs
//! `processing item` for them and releases their dependents); the executor does nothing for
//! an entry whose [`ParallelPlan::req`] is not wanted.
//!
//! ```
//! use pgdumpkit_format::Archive;
//! use pgdumpkit_plan::parallel::{ParallelPlan, Step};
//! use pgdumpkit_plan::selection::Selection;
//!
//! /// Restore with one worker, in the order pg_restore -j would use.
//! fn restore(archive: &Archive, sel: &Selection, lengths: &[u64], run: impl Fn(usize)) {
//!     let mut plan = ParallelPlan::new(archive.entries(), archive.header().version, sel, lengths);
//!     for &i in plan.prefork() {
//!         if plan.req(i).is_wanted() {
//!             run(i);
//!         }
//!     }
//!     loop {
//!         match plan.next() {
//!             Step::Run(i) => {
//!                 run(i);
//!                 plan.finished(i);
//!             }
//!             Step::Skip(_) => {}
//!             Step::Wait => unreachable!("one worker: nothing else is running"),
//!             Step::Done => break,
//!         }
//!     }
//!     for i in plan.missed() {
//!         if plan.req(i).is_wanted() {
//!             run(i);
//!         }
//!     }
//! }
//! ```
//!
//! # Rules reproduced
//!
//! * Dependencies (`fix_dependencies`): post-data entries depending on a table are repointed to
//!   its `TABLE DATA` and inherit the largest data length among them
//!   (`repoint_table_dependencies`); a pre-1.11 `BLOB COMMENTS` without dependencies gets one
//!   on `BLOBS`; dependencies on ids not in the archive are ignored.
//! * Locks (`identify_locking_dependencies`, `has_lock_conflicts`): a post-data entry other
//!   than `INDEX` needs an exclusive lock on each `TABLE` or `TABLE DATA` it depends on; two
//!   entries conflict when one's locks meet the other's dependencies.
//! * Ready order: a binary max-heap on (data length descending, dump id ascending), as
//!   pg_restore 17+ keeps it. When the top conflicts with a running entry, the heap is scanned
//!   in storage order, so the fallback is not always the next largest (`pop_next_work_item`).
//! * Passes (`_tocEntryRestorePass`): ACL entries wait until no main-pass entry is ready or
//!   running, and the post-ACL pass (matview refreshes, event triggers) until the ACLs are done.
//!
//! # Hostile input
//!
//! Cycles, self-dependencies, dangling or non-positive ids and duplicate dump ids never panic
//! or loop: what cannot run ends in `missed()`. Where pg_restore would stop with a fatal error
//! (`bad dumpId`, `bad table dumpId for TABLE DATA item`) the offending entry is simply not
//! indexed. Duplicate dump ids behave as in pg_restore: lookups by id find the last entry of
//! the TOC carrying it, so its duplicates may never be released.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use pgdumpkit_format::{ArchiveVersion, DumpId, Section, TocEntry};

use crate::script::{RestorePass, restore_pass};
use crate::selection::{Req, Selection, cstr};

/// What the executor should do next ([`ParallelPlan::next`]). Values are entry indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Restore this entry on an idle worker (`launching item %d %s %s`), then report it with
    /// [`ParallelPlan::finished`].
    Run(usize),
    /// This entry is not wanted: nothing to restore, its dependents are already released
    /// (`skipping item %d %s %s`). Ask again.
    Skip(usize),
    /// Nothing can start until a running entry finishes: wait for one.
    Wait,
    /// Nothing is running and nothing more can be made ready: the parallel phase is over
    /// (`finished main parallel loop`); restore [`ParallelPlan::missed`] serially.
    Done,
}

/// Where an entry is in the three phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Restored by the leader in phase 1.
    Prefork,
    /// On the pending list, waiting for dependencies or for its pass.
    Pending,
    /// In the ready heap.
    Ready,
    Running,
    Finished,
    Skipped,
}

/// The scheduling state of one TOC entry (the parallel fields of pg_restore's `TocEntry`).
#[derive(Debug, Clone)]
struct Node {
    dump_id: DumpId,
    /// `dependencies`, after repointing (and the old `BLOB COMMENTS` fix).
    deps: Vec<DumpId>,
    /// `lockDeps`: ids this entry needs an exclusive lock on.
    lock_deps: Vec<DumpId>,
    /// `revDeps`: dump ids of the entries depending on this one, in processing order.
    rev_deps: Vec<DumpId>,
    /// `depCount`: dependencies not yet processed. Signed: with duplicate dump ids a count can
    /// be decremented more often than it was incremented, as in pg_restore.
    dep_count: i64,
    /// `dataLength`, after inheritance from the `TABLE DATA` it was repointed to.
    data_length: u64,
    pass: RestorePass,
    req: Req,
    state: State,
    /// Position in the processing walk, which is also the pending list's order.
    pos: usize,
}

/// The parallel restore schedule of one archive. See the [module documentation](self).
#[derive(Debug, Clone)]
pub struct ParallelPlan {
    nodes: Vec<Node>,
    /// `tocsByDumpId`: dump id → entry index; the last entry of the TOC wins.
    by_id: HashMap<DumpId, usize>,
    /// `tableDataId`: table dump id → dump id of its `TABLE DATA`.
    table_data: HashMap<DumpId, DumpId>,
    /// Entry indexes in processing order (the TOC list pg_restore walks).
    walk: Vec<usize>,
    prefork: Vec<usize>,
    /// The pending list, as positions in `walk`.
    pending: BTreeSet<usize>,
    /// The ready heap's storage array (entry indexes), a max-heap by [`Self::priority`].
    ready: Vec<usize>,
    /// Entries handed out with [`Step::Run`] and not yet finished.
    running: Vec<usize>,
    pass: RestorePass,
    done: bool,
}

impl ParallelPlan {
    /// Prepare the schedule: `fix_dependencies`, then phase 1 (`restore_toc_entries_prefork`),
    /// then the initial ready heap of phase 2.
    ///
    /// `version` is the archive's (the `BLOB COMMENTS` fix applies before 1.11).
    /// `selection.order` is the processing order; an entry missing from it (only possible with
    /// a hand-made [`Selection`], since `select` lists every entry) is treated as pg_restore
    /// treats entries a `-L` list leaves out: not wanted, and placed before the listed ones,
    /// where it still takes part in dependency counting. Indexes out of range and repeated
    /// ones in `order` are ignored. `data_lengths` is pg_restore's `dataLength` estimate per
    /// entry index (spec §7.2), 0 when unknown or missing.
    pub fn new(
        entries: &[TocEntry],
        version: ArchiveVersion,
        selection: &Selection,
        data_lengths: &[u64],
    ) -> ParallelPlan {
        let n = entries.len();

        let mut listed = vec![false; n];
        let mut listed_order = Vec::with_capacity(n);
        for &i in &selection.order {
            if i < n && !listed[i] {
                listed[i] = true;
                listed_order.push(i);
            }
        }
        // `SortTocFromFile` leaves unlisted entries at the front of the TOC list.
        let mut walk: Vec<usize> = (0..n).filter(|&i| !listed[i]).collect();
        walk.extend(listed_order);

        // `buildTocEntryArrays`, in the archive's own TOC order (it runs before any `-L`
        // reordering), so the last of several entries with one id wins.
        let max_dump_id = entries.iter().map(|e| e.dump_id).max().unwrap_or(0);
        let mut by_id = HashMap::with_capacity(n);
        let mut table_data = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if e.dump_id <= 0 {
                continue; // pg_restore: fatal "bad dumpId"
            }
            by_id.insert(e.dump_id, i);
            // The table of a TABLE DATA is its first dependency.
            if cstr(&e.desc) == b"TABLE DATA"
                && let Some(&table) = e.dependencies.first()
                && table > 0
                && table <= max_dump_id
            {
                table_data.insert(table, e.dump_id);
            }
        }

        let mut nodes: Vec<Node> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| Node {
                dump_id: e.dump_id,
                deps: e.dependencies.clone(),
                lock_deps: Vec::new(),
                rev_deps: Vec::new(),
                dep_count: 0,
                data_length: data_lengths.get(i).copied().unwrap_or(0),
                pass: restore_pass(e),
                req: if listed[i] {
                    selection.req(i)
                } else {
                    Req::NONE
                },
                state: State::Pending,
                pos: 0,
            })
            .collect();
        for (pos, &i) in walk.iter().enumerate() {
            nodes[i].pos = pos;
        }

        // `repoint_table_dependencies`: post-data entries wait for the table's data, not just
        // its creation, and take its size so that index builds on big tables start early.
        for &i in &walk {
            if entries[i].section != Section::PostData {
                continue;
            }
            for k in 0..nodes[i].deps.len() {
                let old = nodes[i].deps[k];
                let Some(&data_id) = table_data.get(&old) else {
                    continue;
                };
                nodes[i].deps[k] = data_id;
                if let Some(&d) = by_id.get(&data_id) {
                    nodes[i].data_length = nodes[i].data_length.max(nodes[d].data_length);
                }
            }
        }

        // Pre-8.4 pg_dump gave BLOB COMMENTS no dependency on BLOBS (`fix_dependencies`):
        // the first BLOB COMMENTS without dependencies gets one on the first BLOBS.
        if version < ArchiveVersion::V1_11
            && let Some(&comments) = walk
                .iter()
                .find(|&&i| cstr(&entries[i].desc) == b"BLOB COMMENTS" && nodes[i].deps.is_empty())
            && let Some(&blobs) = walk.iter().find(|&&i| cstr(&entries[i].desc) == b"BLOBS")
        {
            let id = nodes[blobs].dump_id;
            nodes[comments].deps.push(id);
        }

        // depCount and revDeps; dependencies on ids not in the archive are not counted.
        for &i in &walk {
            let dependent = nodes[i].dump_id;
            for k in 0..nodes[i].deps.len() {
                if let Some(&target) = by_id.get(&nodes[i].deps[k]) {
                    nodes[target].rev_deps.push(dependent);
                    nodes[i].dep_count += 1;
                }
            }
        }

        // `identify_locking_dependencies`: post-data entries other than CREATE INDEX (which
        // takes a SHARE lock) alter their tables.
        for &i in &walk {
            let e = &entries[i];
            if e.section != Section::PostData || cstr(&e.desc) == b"INDEX" {
                continue;
            }
            let lock_deps: Vec<DumpId> = nodes[i]
                .deps
                .iter()
                .copied()
                .filter(|d| {
                    by_id.get(d).is_some_and(|&t| {
                        matches!(cstr(&entries[t].desc), b"TABLE DATA" | b"TABLE")
                    })
                })
                .collect();
            nodes[i].lock_deps = lock_deps;
        }

        let mut plan = ParallelPlan {
            nodes,
            by_id,
            table_data,
            walk,
            prefork: Vec::new(),
            pending: BTreeSet::new(),
            ready: Vec::new(),
            running: Vec::new(),
            pass: RestorePass::Main,
            done: false,
        };
        plan.run_prefork(entries);
        plan.move_to_ready();
        plan
    }

    /// Phase 1: the entries the leader restores serially, in this order, before any worker
    /// starts. Unwanted entries are included (pg_restore logs `processing item` for them too);
    /// restore only those whose [`req`](Self::req) is wanted.
    pub fn prefork(&self) -> &[usize] {
        &self.prefork
    }

    /// Phase 2: what to do now. Call it whenever a worker is idle; [`Step::Run`] marks the
    /// entry running. After [`Step::Done`] every call returns `Done`.
    ///
    /// pg_restore calls its equivalent only while at least one worker is idle, and after
    /// launching an entry it folds in at most one completion already reported before asking
    /// again (`WaitForWorkers` with `WFW_ONE_IDLE`); an executor wanting the same order does
    /// the same.
    // Not an `Iterator`: `Wait` is no end, and completions must be folded in between calls.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Step {
        if self.done {
            return Step::Done;
        }
        loop {
            if let Some(i) = self.pop_next_work_item() {
                if !self.nodes[i].req.is_wanted() {
                    // Not worth a worker: release its dependents as if it had run.
                    self.nodes[i].state = State::Skipped;
                    self.reduce_dependencies(i, true);
                    return Step::Skip(i);
                }
                self.nodes[i].state = State::Running;
                self.running.push(i);
                return Step::Run(i);
            }
            if !self.running.is_empty() {
                return Step::Wait;
            }
            // Nothing ready, nothing running: the current pass is over.
            self.pass = match self.pass {
                RestorePass::Main => RestorePass::Acl,
                RestorePass::Acl => RestorePass::PostAcl,
                RestorePass::PostAcl => {
                    self.done = true;
                    return Step::Done;
                }
            };
            self.move_to_ready();
        }
    }

    /// A [`Step::Run`] entry completed, whatever its outcome (`mark_restore_job_done`):
    /// release its dependents. Returns false, changing nothing, when `idx` was not running.
    ///
    /// For a `TABLE` reported "created" or "failed", first look up its data with
    /// [`table_data_of`](Self::table_data_of) (and, when it failed with
    /// `--no-data-for-failed-tables`, call [`inhibit_data`](Self::inhibit_data)).
    pub fn finished(&mut self, idx: usize) -> bool {
        let Some(slot) = self.running.iter().position(|&r| r == idx) else {
            return false;
        };
        self.running.swap_remove(slot);
        self.nodes[idx].state = State::Finished;
        self.reduce_dependencies(idx, true);
        true
    }

    /// The table could not be created: do not restore this `TABLE DATA` entry
    /// (`inhibit_data_for_failed_table`, which sets its `reqs` to 0). If it is still to be
    /// scheduled, it will come out as [`Step::Skip`] (or in `missed()` as unwanted).
    pub fn inhibit_data(&mut self, table_data_idx: usize) {
        if let Some(node) = self.nodes.get_mut(table_data_idx) {
            node.req = Req::NONE;
        }
    }

    /// The `TABLE DATA` entry of a `TABLE` entry, if the archive has one (`tableDataId`):
    /// the entry whose first dependency is the table's dump id.
    pub fn table_data_of(&self, table_idx: usize) -> Option<usize> {
        let table = self.nodes.get(table_idx)?.dump_id;
        let data_id = self.table_data.get(&table)?;
        self.by_id.get(data_id).copied()
    }

    /// Phase 3: the entries never handed out (pending because of circular or missing
    /// dependencies, or of a dependency on a later pass), in processing order, for the leader
    /// to restore serially, regardless of pass (`processing missed item %d %s %s`). Unwanted
    /// entries are included, as in `prefork()`. Complete once [`next`](Self::next) returned
    /// [`Step::Done`].
    pub fn missed(&self) -> Vec<usize> {
        self.pending.iter().map(|&pos| self.walk[pos]).collect()
    }

    /// How many entries are running (handed out with [`Step::Run`] and not finished).
    pub fn running(&self) -> usize {
        self.running.len()
    }

    /// What is wanted of the entry now: its selection, or nothing after
    /// [`inhibit_data`](Self::inhibit_data) or when it was missing from `selection.order`.
    pub fn req(&self, idx: usize) -> Req {
        self.nodes.get(idx).map_or(Req::NONE, |n| n.req)
    }

    /// The restore pass phase 2 is in.
    pub fn pass(&self) -> RestorePass {
        self.pass
    }

    /// `restore_toc_entries_prefork`: pick what the leader restores alone and put the rest on
    /// the pending list, in processing order.
    fn run_prefork(&mut self, entries: &[TocEntry]) {
        let mut skipped_some = false;
        for pos in 0..self.walk.len() {
            let i = self.walk[pos];
            let mut do_now = match entries[i].section {
                Section::PreData => true,
                Section::Data | Section::PostData => {
                    skipped_some = true;
                    false
                }
                // Comments and the like are safe only while no data or post-data entry (which
                // they could depend on) has been put off.
                Section::None => !skipped_some,
            };
            // Later passes are put off without setting `skipped_some`: no main-pass entry is
            // supposed to depend on them.
            if self.nodes[i].pass != RestorePass::Main {
                do_now = false;
            }
            if do_now {
                self.nodes[i].state = State::Prefork;
                self.prefork.push(i);
                self.reduce_dependencies(i, false);
            } else {
                self.nodes[i].state = State::Pending;
                self.pending.insert(pos);
            }
        }
    }

    /// `reduce_dependencies`: one fewer unprocessed dependency for each dependent; with
    /// `to_ready`, a pending dependent of the current pass left with none becomes ready.
    fn reduce_dependencies(&mut self, idx: usize, to_ready: bool) {
        for k in 0..self.nodes[idx].rev_deps.len() {
            let id = self.nodes[idx].rev_deps[k];
            let Some(&other) = self.by_id.get(&id) else {
                continue;
            };
            let node = &mut self.nodes[other];
            node.dep_count -= 1;
            // Only from the pending list: a `-L` order can make an entry reach zero after it
            // was already handed out.
            if to_ready
                && node.dep_count == 0
                && node.pass == self.pass
                && node.state == State::Pending
            {
                let pos = node.pos;
                self.pending.remove(&pos);
                self.heap_add(other);
            }
        }
    }

    /// `move_to_ready_heap`: every pending entry of the current pass with no dependency left,
    /// in pending-list order.
    fn move_to_ready(&mut self) {
        let pass = self.pass;
        let movable: Vec<usize> = self
            .pending
            .iter()
            .filter(|&&pos| {
                let node = &self.nodes[self.walk[pos]];
                node.dep_count == 0 && node.pass == pass
            })
            .copied()
            .collect();
        for pos in movable {
            self.pending.remove(&pos);
            self.heap_add(self.walk[pos]);
        }
    }

    /// `pop_next_work_item`: the first entry, in heap storage order, whose locks do not
    /// conflict with a running entry.
    fn pop_next_work_item(&mut self) -> Option<usize> {
        let slot = self.ready.iter().position(|&te| {
            !self
                .running
                .iter()
                .any(|&r| self.has_lock_conflicts(te, r) || self.has_lock_conflicts(r, te))
        })?;
        let te = self.ready[slot];
        self.heap_remove_node(slot);
        Some(te)
    }

    /// `has_lock_conflicts`: `a` needs an exclusive lock on something `b` depends on.
    fn has_lock_conflicts(&self, a: usize, b: usize) -> bool {
        let b_deps = &self.nodes[b].deps;
        self.nodes[a].lock_deps.iter().any(|l| b_deps.contains(l))
    }

    /// `TocEntrySizeCompareBinaryheap`: `Greater` when `a` goes first (larger data length,
    /// then smaller dump id).
    fn priority(&self, a: usize, b: usize) -> Ordering {
        let (x, y) = (&self.nodes[a], &self.nodes[b]);
        x.data_length
            .cmp(&y.data_length)
            .then(y.dump_id.cmp(&x.dump_id))
    }

    /// `binaryheap_add`.
    fn heap_add(&mut self, idx: usize) {
        self.nodes[idx].state = State::Ready;
        self.ready.push(idx);
        self.sift_up(self.ready.len() - 1);
    }

    /// `binaryheap_remove_node`: the last node fills the hole and is sifted whichever way the
    /// heap property needs.
    fn heap_remove_node(&mut self, n: usize) {
        let Some(last) = self.ready.pop() else {
            return;
        };
        if n >= self.ready.len() {
            return; // the removed node was the last one
        }
        let cmp = self.priority(last, self.ready[n]);
        self.ready[n] = last;
        match cmp {
            Ordering::Greater => self.sift_up(n),
            Ordering::Less => self.sift_down(n),
            Ordering::Equal => {}
        }
    }

    /// `sift_up` of `src/common/binaryheap.c`.
    fn sift_up(&mut self, mut off: usize) {
        let val = self.ready[off];
        while off != 0 {
            let parent = (off - 1) / 2;
            if self.priority(val, self.ready[parent]) != Ordering::Greater {
                break;
            }
            self.ready[off] = self.ready[parent];
            off = parent;
        }
        self.ready[off] = val;
    }

    /// `sift_down` of `src/common/binaryheap.c`.
    fn sift_down(&mut self, mut off: usize) {
        let val = self.ready[off];
        let len = self.ready.len();
        loop {
            let left = 2 * off + 1;
            let right = left + 1;
            if left >= len {
                break;
            }
            let mut swap = left;
            if right < len && self.priority(self.ready[left], self.ready[right]) == Ordering::Less {
                swap = right;
            }
            if self.priority(val, self.ready[swap]) != Ordering::Less {
                break;
            }
            self.ready[off] = self.ready[swap];
            off = swap;
        }
        self.ready[off] = val;
    }
}

#[cfg(test)]
mod tests;
