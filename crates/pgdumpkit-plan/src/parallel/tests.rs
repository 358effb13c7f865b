use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};

use pgdumpkit_format::{Archive, CatalogId, DataLocation};
use proptest::prelude::*;

use super::*;
use crate::options::RestoreOptions;
use crate::select;

const V: ArchiveVersion = ArchiveVersion::V1_16;

/// A TOC entry with what the scheduler looks at.
fn te(dump_id: DumpId, desc: &str, section: Section, deps: &[DumpId]) -> TocEntry {
    TocEntry {
        dump_id,
        had_dumper: desc == "TABLE DATA",
        catalog_id: CatalogId::default(),
        tag: Some(format!("t{dump_id}").into_bytes()),
        desc: desc.as_bytes().to_vec(),
        section,
        defn: Some(b"-- x".to_vec()),
        drop_stmt: None,
        copy_stmt: None,
        namespace: None,
        tablespace: None,
        tableam: None,
        relkind: 0,
        owner: None,
        with_oids: None,
        dependencies: deps.to_vec(),
        data: DataLocation::NoData,
    }
}

use Section::{Data, None as NoSection, PostData, PreData};

/// Every entry wanted, in TOC order.
fn sel(n: usize) -> Selection {
    Selection {
        order: (0..n).collect(),
        reqs: vec![Req::SCHEMA | Req::DATA; n],
        implied_no_schema: false,
        strict_names_error: None,
        warnings: Vec::new(),
    }
}

fn plan(entries: &[TocEntry], lengths: &[u64]) -> ParallelPlan {
    ParallelPlan::new(entries, V, &sel(entries.len()), lengths)
}

/// Run everything with unlimited workers, finishing nothing: the start order of what is
/// ready at once.
fn launch_all(p: &mut ParallelPlan) -> Vec<usize> {
    let mut out = Vec::new();
    while let Step::Run(i) = p.next() {
        out.push(i);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Phase 1

#[test]
fn prefork_takes_pre_data_and_section_none_until_first_deferred() {
    let e = [
        te(1, "SCHEMA", PreData, &[]),
        te(2, "COMMENT", NoSection, &[1]),
        te(3, "TABLE", PreData, &[1]),
        te(4, "TABLE DATA", Data, &[3]),
        te(5, "COMMENT", NoSection, &[3]),
        te(6, "SEQUENCE", PreData, &[1]),
        te(7, "INDEX", PostData, &[3]),
    ];
    let p = plan(&e, &[]);
    // The comment after the deferred TABLE DATA waits (it could depend on data); the
    // pre-data SEQUENCE after it is still done by the leader.
    assert_eq!(p.prefork(), &[0, 1, 2, 5]);
}

#[test]
fn prefork_defers_later_passes_without_closing_the_section_none_window() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "ACL", NoSection, &[1]),
        te(3, "DEFAULT ACL", PreData, &[]),
        te(4, "COMMENT", NoSection, &[1]),
        te(5, "EVENT TRIGGER", PostData, &[]),
        te(6, "COMMENT", NoSection, &[1]),
    ];
    let p = plan(&e, &[]);
    // ACLs and DEFAULT ACL go to the ACL pass without setting `skipped_some`; the post-data
    // EVENT TRIGGER does set it.
    assert_eq!(p.prefork(), &[0, 3]);
}

#[test]
fn prefork_lists_unwanted_entries_and_releases_their_dependents() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TABLE DATA", Data, &[1]),
    ];
    let mut s = sel(2);
    s.reqs[0] = Req::NONE;
    let mut p = ParallelPlan::new(&e, V, &s, &[]);
    assert_eq!(p.prefork(), &[0]);
    assert!(!p.req(0).is_wanted());
    assert_eq!(p.next(), Step::Run(1));
}

#[test]
fn prefork_walks_the_selection_order() {
    // A `-L` order puts the post-data entry first: it closes the SECTION_NONE window.
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "COMMENT", NoSection, &[1]),
        te(3, "INDEX", PostData, &[1]),
    ];
    let mut s = sel(3);
    s.order = vec![2, 0, 1];
    let p = ParallelPlan::new(&e, V, &s, &[]);
    assert_eq!(p.prefork(), &[0]);
    let mut p = p;
    // Both pending; in the heap the index (dump id 3) and the comment (2) have length 0.
    assert_eq!(launch_all(&mut p), vec![1, 2]);
}

#[test]
fn entries_missing_from_the_order_are_unwanted_and_come_first() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TABLE DATA", Data, &[1]),
        te(3, "INDEX", PostData, &[1]),
    ];
    let mut s = sel(3);
    s.order = vec![2, 1, 7, 2];
    let mut p = ParallelPlan::new(&e, V, &s, &[]);
    // Entry 0 was left out: unwanted, yet processed first, so the TABLE DATA is released.
    assert_eq!(p.prefork(), &[0]);
    assert_eq!(p.req(0), Req::NONE);
    assert_eq!(p.next(), Step::Run(1));
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(1));
    assert_eq!(p.next(), Step::Run(2));
    assert!(p.finished(2));
    assert_eq!(p.next(), Step::Done);
    assert!(p.missed().is_empty());
}

// ---------------------------------------------------------------------------------------
// fix_dependencies

#[test]
fn post_data_dependencies_on_tables_move_to_their_data() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TABLE", PreData, &[]),
        te(3, "TABLE DATA", Data, &[1]),
        te(4, "INDEX", PostData, &[1]),
        te(5, "FK CONSTRAINT", PostData, &[1, 2]),
        te(6, "COMMENT", NoSection, &[1]),
        te(7, "CONSTRAINT", PostData, &[2]),
    ];
    let p = plan(&e, &[0, 0, 500, 7, 900, 0, 0]);
    assert_eq!(p.nodes[3].deps, vec![3]);
    assert_eq!(p.nodes[4].deps, vec![3, 2]);
    // Only post-data entries are repointed.
    assert_eq!(p.nodes[5].deps, vec![1]);
    // Sizes inherited from the data, never lowered.
    assert_eq!(p.nodes[3].data_length, 500);
    assert_eq!(p.nodes[4].data_length, 900);
    assert_eq!(p.nodes[6].data_length, 0);
    // Table 2 has no data: the dependency stays, and is still a lock.
    assert_eq!(p.nodes[4].lock_deps, vec![3, 2]);
    assert_eq!(p.nodes[6].lock_deps, vec![2]);
    assert!(
        p.nodes[3].lock_deps.is_empty(),
        "CREATE INDEX takes no exclusive lock"
    );
    assert_eq!(p.table_data_of(0), Some(2));
    assert_eq!(p.table_data_of(1), None);
    assert_eq!(p.table_data_of(99), None);
}

#[test]
fn the_table_of_a_table_data_is_its_first_dependency() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TYPE", PreData, &[]),
        te(3, "TABLE DATA", Data, &[2, 1]),
        te(4, "INDEX", PostData, &[1, 2]),
    ];
    let p = plan(&e, &[]);
    // Whatever the first dependency is, it is the one repointed (`buildTocEntryArrays`).
    assert_eq!(p.nodes[3].deps, vec![1, 3]);
    assert_eq!(p.table_data_of(1), Some(2));
    assert_eq!(p.table_data_of(0), None);
}

#[test]
fn old_blob_comments_wait_for_blobs() {
    let e = [te(1, "BLOB COMMENTS", Data, &[]), te(2, "BLOBS", Data, &[])];
    for (version, expected) in [
        (ArchiveVersion::V1_10, vec![2]),
        (ArchiveVersion::V1_11, vec![]),
    ] {
        let mut p = ParallelPlan::new(&e, version, &sel(2), &[]);
        assert_eq!(p.nodes[0].deps, expected, "{version}");
        if version == ArchiveVersion::V1_10 {
            assert_eq!(launch_all(&mut p), vec![1]);
            assert!(p.finished(1));
            assert_eq!(p.next(), Step::Run(0));
        } else {
            assert_eq!(launch_all(&mut p), vec![0, 1]);
        }
    }
}

#[test]
fn old_blob_comments_with_a_dependency_are_left_alone() {
    let e = [
        te(1, "SCHEMA", PreData, &[]),
        te(2, "BLOB COMMENTS", Data, &[1]),
        te(3, "BLOB COMMENTS", Data, &[]),
        te(4, "BLOBS", Data, &[]),
    ];
    let p = ParallelPlan::new(&e, ArchiveVersion::V1_8, &sel(4), &[]);
    assert_eq!(p.nodes[1].deps, vec![1]);
    assert_eq!(p.nodes[2].deps, vec![4]);
}

#[test]
fn dependencies_on_ids_not_in_the_archive_are_ignored() {
    let e = [
        te(5, "TABLE DATA", Data, &[1, 0, -3, 99]),
        te(6, "FK CONSTRAINT", PostData, &[42]),
    ];
    let mut p = plan(&e, &[]);
    assert_eq!(p.nodes[0].dep_count, 0);
    // A dangling TABLE DATA table id still maps: pg_restore only checks the range.
    assert_eq!(launch_all(&mut p), vec![0, 1]);
}

// ---------------------------------------------------------------------------------------
// Ready order and locks

#[test]
fn ready_items_go_largest_first_then_by_dump_id() {
    let e = [
        te(10, "TABLE DATA", Data, &[]),
        te(4, "TABLE DATA", Data, &[]),
        te(7, "TABLE DATA", Data, &[]),
        te(3, "TABLE DATA", Data, &[]),
        te(9, "TABLE DATA", Data, &[]),
    ];
    let mut p = plan(&e, &[5, 5, 100, 0, 5]);
    let ids: Vec<DumpId> = launch_all(&mut p).iter().map(|&i| e[i].dump_id).collect();
    assert_eq!(ids, vec![7, 4, 9, 10, 3]);
}

#[test]
fn conflicting_top_falls_back_to_heap_storage_order() {
    // R and A alter table T1; B and C are indexes on T2; X is an index on T3 that A, B and C
    // also wait for. With R running, X finishing adds A, B, C to the heap in that order: its
    // storage is [A, B, C] (A largest; B and C children of A). A conflicts with R, and the
    // scan takes B, the smaller, before C: pg_restore 17+ behaviour.
    let e = [
        te(1, "TABLE", PreData, &[]),                // 0 T1
        te(2, "TABLE", PreData, &[]),                // 1 T2
        te(3, "TABLE", PreData, &[]),                // 2 T3
        te(10, "FK CONSTRAINT", PostData, &[1]),     // 3 R
        te(11, "INDEX", PostData, &[3]),             // 4 X
        te(12, "FK CONSTRAINT", PostData, &[1, 11]), // 5 A
        te(13, "INDEX", PostData, &[2, 11]),         // 6 B
        te(14, "INDEX", PostData, &[2, 11]),         // 7 C
    ];
    let mut p = plan(&e, &[0, 0, 0, 200, 300, 100, 10, 50]);
    assert_eq!(p.next(), Step::Run(4));
    assert_eq!(p.next(), Step::Run(3));
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(4));
    assert_eq!(p.ready, vec![5, 6, 7]);
    assert_eq!(p.next(), Step::Run(6), "B, not the larger C");
    assert_eq!(p.next(), Step::Run(7));
    assert_eq!(p.next(), Step::Wait, "A still conflicts with R");
    assert!(p.finished(3));
    assert_eq!(p.next(), Step::Run(5));
}

#[test]
fn lock_conflicts_keep_alter_tables_on_one_table_apart() {
    let e = [
        te(1, "TABLE", PreData, &[]),           // 0
        te(2, "TABLE DATA", Data, &[1]),        // 1
        te(3, "INDEX", PostData, &[1]),         // 2
        te(4, "INDEX", PostData, &[1]),         // 3
        te(5, "CONSTRAINT", PostData, &[1]),    // 4
        te(6, "FK CONSTRAINT", PostData, &[1]), // 5
        te(7, "TABLE", PreData, &[]),           // 6
        te(8, "TRIGGER", PostData, &[7]),       // 7
    ];
    let mut p = plan(&e, &[0, 0, 40, 30, 20, 10, 0, 0]);
    assert_eq!(p.next(), Step::Run(1));
    // The trigger's table has no data and is free; it starts now.
    assert_eq!(p.next(), Step::Run(7));
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(1));
    // Two indexes on one table run together (no lock deps)...
    assert_eq!(p.next(), Step::Run(2));
    assert_eq!(p.next(), Step::Run(3));
    // ...but a constraint needs an exclusive lock on data the indexes depend on.
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(2));
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(3));
    assert_eq!(p.next(), Step::Run(4));
    // Two ALTER TABLEs on one table never run together.
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(4));
    assert_eq!(p.next(), Step::Run(5));
    assert_eq!(p.running(), 2);
}

// ---------------------------------------------------------------------------------------
// Passes, skipping, inhibiting, missed

#[test]
fn passes_advance_only_when_nothing_is_ready_or_running() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TABLE DATA", Data, &[1]),
        te(3, "ACL", NoSection, &[1]),
        te(4, "MATERIALIZED VIEW DATA", Data, &[]),
        te(5, "COMMENT", NoSection, &[]),
        te(6, "INDEX", PostData, &[1]),
    ];
    let mut p = plan(&e, &[]);
    assert_eq!(p.prefork(), &[0]);
    assert_eq!(p.next(), Step::Run(1));
    assert_eq!(p.next(), Step::Run(4));
    assert_eq!(p.next(), Step::Wait, "the ACL waits for the main pass");
    assert_eq!(p.pass(), RestorePass::Main);
    assert!(p.finished(1));
    assert_eq!(p.next(), Step::Run(5));
    assert!(p.finished(4));
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(5));
    assert_eq!(p.next(), Step::Run(2));
    assert_eq!(p.pass(), RestorePass::Acl);
    assert_eq!(p.next(), Step::Wait, "the refresh waits for the ACLs");
    assert!(p.finished(2));
    assert_eq!(p.next(), Step::Run(3));
    assert_eq!(p.pass(), RestorePass::PostAcl);
    assert!(p.finished(3));
    assert_eq!(p.next(), Step::Done);
    assert_eq!(p.next(), Step::Done);
    assert!(p.missed().is_empty());
}

#[test]
fn unwanted_items_are_skipped_and_release_their_dependents() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TABLE DATA", Data, &[1]),
        te(3, "INDEX", PostData, &[1]),
    ];
    let mut s = sel(3);
    s.reqs[1] = Req::NONE;
    let mut p = ParallelPlan::new(&e, V, &s, &[]);
    assert_eq!(p.next(), Step::Skip(1));
    assert_eq!(p.next(), Step::Run(2));
    assert!(!p.finished(1), "a skipped entry is not running");
    assert!(p.finished(2));
    assert!(!p.finished(2));
    assert_eq!(p.next(), Step::Done);
}

#[test]
fn inhibited_table_data_is_skipped() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TABLE DATA", Data, &[1]),
    ];
    let mut p = plan(&e, &[]);
    // The leader's CREATE TABLE failed with --no-data-for-failed-tables.
    let data = p.table_data_of(0).expect("the table has data");
    p.inhibit_data(data);
    p.inhibit_data(1000);
    assert_eq!(p.req(data), Req::NONE);
    assert_eq!(p.next(), Step::Skip(1));
    assert_eq!(p.next(), Step::Done);
}

#[test]
fn cycles_and_self_dependencies_end_in_missed() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "CONSTRAINT", PostData, &[3]),
        te(3, "CONSTRAINT", PostData, &[2]),
        te(4, "TRIGGER", PostData, &[4]),
        te(5, "INDEX", PostData, &[1]),
        te(6, "INDEX", PostData, &[2]),
    ];
    let mut p = plan(&e, &[]);
    assert_eq!(p.next(), Step::Run(4));
    assert_eq!(p.next(), Step::Wait);
    assert!(p.finished(4));
    assert_eq!(p.next(), Step::Done);
    assert_eq!(p.missed(), vec![1, 2, 3, 5]);
}

#[test]
fn a_main_pass_entry_depending_on_an_acl_is_missed() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "ACL", NoSection, &[1]),
        te(3, "INDEX", PostData, &[2]),
    ];
    let mut p = plan(&e, &[]);
    assert_eq!(p.next(), Step::Run(1));
    assert!(p.finished(1));
    // The index reached zero during the ACL pass: it is not of that pass, so it stays pending.
    assert_eq!(p.next(), Step::Done);
    assert_eq!(p.missed(), vec![2]);
}

#[test]
fn duplicate_and_bad_dump_ids_do_not_panic() {
    let e = [
        te(1, "TABLE", PreData, &[]),
        te(2, "TABLE DATA", Data, &[1]),
        te(2, "TABLE DATA", Data, &[1]),
        te(0, "INDEX", PostData, &[1]),
        te(-5, "CONSTRAINT", PostData, &[2, -5]),
        te(7, "TABLE DATA", Data, &[-1]),
        te(8, "TABLE DATA", Data, &[]),
        te(9, "INDEX", PostData, &[2]),
    ];
    let out = simulate(&e, V, &sel(e.len()), &[], 2, Finish::Fifo, false);
    out.assert_exactly_once(e.len());
    // Lookups by id find the last entry with that id: the table's release decrements the
    // second copy twice (to -1) and the first never, so neither runs, nor what needs id 2.
    assert!(
        out.missed.contains(&1) && out.missed.contains(&2),
        "{out:?}"
    );
}

// ---------------------------------------------------------------------------------------
// A simple executor

#[derive(Debug, Clone, Copy)]
enum Finish {
    /// The oldest running entry finishes first.
    Fifo,
    /// The newest running entry finishes first.
    Lifo,
    /// Chosen by the given numbers, in turn.
    Chosen,
}

#[derive(Debug, Default)]
struct Outcome {
    prefork: Vec<usize>,
    runs: Vec<usize>,
    skips: Vec<usize>,
    missed: Vec<usize>,
}

impl Outcome {
    fn assert_exactly_once(&self, n: usize) {
        let mut all: Vec<usize> = self
            .prefork
            .iter()
            .chain(&self.runs)
            .chain(&self.skips)
            .chain(&self.missed)
            .copied()
            .collect();
        all.sort_unstable();
        assert_eq!(all, (0..n).collect::<Vec<_>>(), "{self:?}");
    }
}

/// Drive a plan with `workers` workers, checking at every launch that the entry does not
/// conflict with a running one and (with `check_deps`) that all its dependencies in the
/// archive were processed.
fn simulate(
    entries: &[TocEntry],
    version: ArchiveVersion,
    selection: &Selection,
    lengths: &[u64],
    workers: usize,
    finish: Finish,
    check_deps: bool,
) -> Outcome {
    simulate_with(
        entries,
        version,
        selection,
        lengths,
        workers,
        finish,
        &[],
        check_deps,
    )
}

#[allow(clippy::too_many_arguments)]
fn simulate_with(
    entries: &[TocEntry],
    version: ArchiveVersion,
    selection: &Selection,
    lengths: &[u64],
    workers: usize,
    finish: Finish,
    choices: &[usize],
    check_deps: bool,
) -> Outcome {
    let mut p = ParallelPlan::new(entries, version, selection, lengths);
    let mut out = Outcome {
        prefork: p.prefork().to_vec(),
        ..Outcome::default()
    };
    let mut processed: HashSet<usize> = out.prefork.iter().copied().collect();
    let mut running: VecDeque<usize> = VecDeque::new();
    let mut choice = choices.iter().cycle();
    // Every step either hands out, skips or finishes an entry, or ends a pass.
    let mut budget = 4 * entries.len() + 10;
    loop {
        budget = budget
            .checked_sub(1)
            .expect("the scheduler does not terminate");
        if running.len() < workers {
            match p.next() {
                Step::Run(i) => {
                    assert!(p.req(i).is_wanted(), "ran unwanted entry {i}");
                    for &r in &running {
                        assert!(
                            !p.has_lock_conflicts(i, r) && !p.has_lock_conflicts(r, i),
                            "{} runs with conflicting {}",
                            entries[i].dump_id,
                            entries[r].dump_id
                        );
                    }
                    if check_deps {
                        assert_deps_processed(&p, entries, &processed, i);
                    }
                    assert_eq!(p.running(), running.len() + 1);
                    running.push_back(i);
                    out.runs.push(i);
                    continue;
                }
                Step::Skip(i) => {
                    assert!(!p.req(i).is_wanted(), "skipped wanted entry {i}");
                    if check_deps {
                        assert_deps_processed(&p, entries, &processed, i);
                    }
                    processed.insert(i);
                    out.skips.push(i);
                    continue;
                }
                Step::Wait => assert!(!running.is_empty(), "Wait with nothing running"),
                Step::Done => {
                    assert!(running.is_empty(), "Done with entries running");
                    break;
                }
            }
        }
        let slot = match finish {
            Finish::Fifo => 0,
            Finish::Lifo => running.len() - 1,
            Finish::Chosen => choice.next().copied().unwrap_or(0) % running.len(),
        };
        let Some(i) = running.remove(slot) else {
            unreachable!("something is running")
        };
        assert!(p.finished(i));
        processed.insert(i);
    }
    assert_eq!(p.next(), Step::Done);
    out.missed = p.missed();
    out
}

/// Every dependency of `i` present in the archive was restored, finished or skipped.
fn assert_deps_processed(
    p: &ParallelPlan,
    entries: &[TocEntry],
    processed: &HashSet<usize>,
    i: usize,
) {
    for d in &p.nodes[i].deps {
        if let Some(&t) = p.by_id.get(d) {
            assert!(
                processed.contains(&t),
                "{} released before its dependency {d}",
                entries[i].dump_id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Real archives

fn archives() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/archives");
    let mut out = Vec::new();
    let groups =
        std::fs::read_dir(&root).unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()));
    for group in groups {
        let group = group.expect("a readable directory entry").path();
        if !group.is_dir() {
            continue;
        }
        for item in std::fs::read_dir(&group).expect("a readable directory") {
            out.push(item.expect("a readable directory entry").path());
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no archives under {}", root.display());
    out
}

/// `_PrepParallelRestore`: custom archives measure each data block up to the next one (in
/// processing order) and the last to the end of the file; directory archives use the data
/// file's size, ×1024 for the `blobs_N.toc` of BLOBS; wanted data only.
fn data_lengths(path: &Path, archive: &Archive, s: &Selection) -> Vec<u64> {
    let entries = archive.entries();
    let mut lengths = vec![0u64; entries.len()];
    if path.is_dir() {
        for &i in &s.order {
            let e = &entries[i];
            let DataLocation::File(name) = &e.data else {
                continue;
            };
            if name.is_empty() || !s.req(i).contains(Req::DATA) {
                continue;
            }
            let name = String::from_utf8_lossy(name).into_owned();
            let size = ["", ".gz", ".lz4", ".zst"]
                .iter()
                .find_map(|suffix| std::fs::metadata(path.join(format!("{name}{suffix}"))).ok())
                .map_or(0, |m| m.len());
            lengths[i] = if e.is("BLOBS") { size * 1024 } else { size };
        }
    } else {
        let mut prev: Option<(usize, u64)> = None;
        for &i in &s.order {
            let DataLocation::Offset(pos) = entries[i].data else {
                continue;
            };
            if let Some((p, ppos)) = prev
                && pos > ppos
            {
                lengths[p] = pos - ppos;
            }
            prev = Some((i, pos));
        }
        let end = std::fs::metadata(path).map_or(0, |m| m.len());
        if let Some((p, ppos)) = prev
            && end > ppos
        {
            lengths[p] = end - ppos;
        }
    }
    lengths
}

#[test]
fn every_fixture_archive_schedules_each_entry_once_respecting_deps_and_locks() {
    let selective = RestoreOptions {
        tables: vec![b"orders".to_vec(), b"customers".to_vec()],
        indexes: vec![b"orders_status_idx".to_vec()],
        ..RestoreOptions::default()
    };
    let mut checked = 0;
    for path in archives() {
        let archive = Archive::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let entries = archive.entries();
        let ids: HashSet<DumpId> = entries.iter().map(|e| e.dump_id).collect();
        assert_eq!(
            ids.len(),
            entries.len(),
            "{}: duplicate ids",
            path.display()
        );
        for opts in [&RestoreOptions::default(), &selective] {
            let s = select(entries, archive.header(), opts)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let lengths = data_lengths(&path, &archive, &s);
            for workers in 1..=4 {
                for finish in [Finish::Fifo, Finish::Lifo] {
                    let out = simulate(
                        entries,
                        archive.header().version,
                        &s,
                        &lengths,
                        workers,
                        finish,
                        true,
                    );
                    out.assert_exactly_once(entries.len());
                    // pg_dump's archives have no cycles: nothing is left for the mop-up phase.
                    assert!(
                        out.missed.is_empty(),
                        "{} -j{workers}: missed {:?}",
                        path.display(),
                        out.missed
                    );
                }
            }
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} archives");
}

// ---------------------------------------------------------------------------------------
// Replays of real pg_restore -j runs

/// Replay a `pg_restore -j N -v` run: its `processing item` lines must be our prefork, and
/// fed the same completions in the same order, we must launch and skip what it launched and
/// skipped, in the same order. The trace holds `P` (prefork), `L` (launching), `S`
/// (skipping), `F` (finished) and `M` (processing missed item) followed by a dump id.
fn replay(archive: &str, opts: &RestoreOptions, trace: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/archives")
        .join(archive);
    let a = Archive::open(&path).unwrap_or_else(|e| panic!("{archive}: {e}"));
    let entries = a.entries();
    let s = select(entries, a.header(), opts).unwrap_or_else(|e| panic!("{archive}: {e}"));
    let lengths = data_lengths(&path, &a, &s);
    let mut p = ParallelPlan::new(entries, a.header().version, &s, &lengths);
    let index = |id: DumpId| {
        entries
            .iter()
            .position(|e| e.dump_id == id)
            .unwrap_or_else(|| panic!("{archive}: no entry {id}"))
    };
    let id_of = |step: Step| match step {
        Step::Run(i) => format!("L{}", entries[i].dump_id),
        Step::Skip(i) => format!("S{}", entries[i].dump_id),
        other => format!("{other:?}"),
    };

    let mut prefork = Vec::new();
    let mut missed = Vec::new();
    for (n, token) in trace.split_whitespace().enumerate() {
        let (kind, id) = token.split_at(1);
        let id: DumpId = id.parse().unwrap_or_else(|_| panic!("bad token {token}"));
        match kind {
            "P" => prefork.push(index(id)),
            "L" | "S" => {
                if n > 0 && prefork.len() == n {
                    assert_eq!(p.prefork(), prefork.as_slice(), "{archive}: prefork");
                }
                let got = p.next();
                assert_eq!(id_of(got), token, "{archive}: step {n}");
            }
            "F" => assert!(p.finished(index(id)), "{archive}: {token} was not running"),
            "M" => missed.push(index(id)),
            _ => panic!("bad token {token}"),
        }
    }
    assert_eq!(p.prefork(), prefork.as_slice(), "{archive}: prefork");
    assert_eq!(p.next(), Step::Done, "{archive}: more to do");
    assert_eq!(p.missed(), missed, "{archive}: missed");
}

// The traces below were recorded with pg_restore 18.6 (`-j N -v -v` into an empty database
// of a PostgreSQL 18 server, roles and tablespaces of the fixtures missing, which changes no
// scheduling), keeping the `processing item`, `launching item`, `skipping item`,
// `finished item` and `processing missed item` lines. Regenerating the fixtures means
// recording them again.

#[test]
fn replays_pg_restore_18_custom_j2() {
    replay(
        "pg18/fix.custom.none.dump",
        &RestoreOptions::default(),
        TRACE_18_CUSTOM_J2,
    );
}

#[test]
fn replays_pg_restore_18_custom_j4() {
    replay(
        "pg18/fix.custom.none.dump",
        &RestoreOptions::default(),
        TRACE_18_CUSTOM_J4,
    );
}

#[test]
fn replays_pg_restore_18_directory_j3() {
    replay(
        "pg18/fix.dir.gzip",
        &RestoreOptions::default(),
        TRACE_18_DIR_J3,
    );
}

#[test]
fn replays_pg_restore_18_on_pg13_archive_j2() {
    replay(
        "pg13/fix.custom.none.dump",
        &RestoreOptions::default(),
        TRACE_13_CUSTOM_J2,
    );
}

#[test]
fn replays_pg_restore_18_on_pg16_archive_j3() {
    replay(
        "pg16/fix.custom.gzip.dump",
        &RestoreOptions::default(),
        TRACE_16_CUSTOM_J3,
    );
}

#[test]
fn replays_pg_restore_18_large_objects_j2() {
    replay(
        "pg18/lobs.custom.dump",
        &RestoreOptions::default(),
        TRACE_18_LOBS_J2,
    );
}

#[test]
fn replays_pg_restore_18_selective_j2() {
    // -t orders -t customers -I orders_status_idx: most entries are skipped.
    let opts = RestoreOptions {
        tables: vec![b"orders".to_vec(), b"customers".to_vec()],
        indexes: vec![b"orders_status_idx".to_vec()],
        ..RestoreOptions::default()
    };
    replay("pg18/fix.custom.none.dump", &opts, TRACE_18_SELECTIVE_J2);
}

#[test]
fn replays_pg_restore_18_list_file_j2() {
    // -L with indexes first, table data reversed and comments left out.
    let list: String = LIST_18_REORDERED
        .split_whitespace()
        .map(|id| format!("{id}; x\n"))
        .collect();
    let opts = RestoreOptions {
        list_file_text: Some(list.into_bytes()),
        ..RestoreOptions::default()
    };
    replay("pg18/fix.custom.none.dump", &opts, TRACE_18_LIST_J2);
}

// ---------------------------------------------------------------------------------------
// Random graphs

const DESCS: &[(&str, Section)] = &[
    ("TABLE", PreData),
    ("TABLE DATA", Data),
    ("INDEX", PostData),
    ("CONSTRAINT", PostData),
    ("FK CONSTRAINT", PostData),
    ("TRIGGER", PostData),
    ("COMMENT", NoSection),
    ("ACL", NoSection),
    ("MATERIALIZED VIEW DATA", Data),
    ("EVENT TRIGGER", PostData),
    ("BLOBS", Data),
    ("BLOB COMMENTS", Data),
    ("SEQUENCE SET", PreData),
];

#[derive(Debug, Clone)]
struct Case {
    entries: Vec<TocEntry>,
    selection: Selection,
    lengths: Vec<u64>,
    version: ArchiveVersion,
    workers: usize,
    choices: Vec<usize>,
    unique_ids: bool,
}

fn case(unique_ids: bool) -> impl Strategy<Value = Case> {
    (0usize..24).prop_flat_map(move |n| {
        let id_range = if unique_ids { 1..2 } else { -2..(n as i32 + 3) };
        let entry = (
            0..DESCS.len(),
            id_range,
            proptest::collection::vec(-2..(n as i32 + 4), 0..4),
            proptest::option::weighted(0.2, 0..4usize),
        );
        (
            proptest::collection::vec(entry, n),
            Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
            proptest::collection::vec(0u8..8, n),
            proptest::collection::vec(0u64..4, n),
            (any::<u8>(), 0..n + 1),
            any::<bool>(),
            1usize..5,
            proptest::collection::vec(any::<usize>(), 1..16),
        )
            .prop_map(
                move |(raw, order, reqs, lengths, keep, old, workers, choices)| {
                    let entries = raw
                        .iter()
                        .enumerate()
                        .map(|(i, (d, id, deps, section))| {
                            let (desc, default_section) = DESCS[*d];
                            let section = match section {
                                Some(s) => Section::from_code(*s as i32 + 1)
                                    .expect("codes 1 to 4 are sections"),
                                None => default_section,
                            };
                            let id = if unique_ids { i as i32 + 1 } else { *id };
                            te(id, desc, section, deps)
                        })
                        .collect();
                    // A few cases leave entries out of the order (only a hand-made selection
                    // can).
                    let order = match keep {
                        (b, k) if b % 4 == 0 => order[..k].to_vec(),
                        _ => order,
                    };
                    Case {
                        entries,
                        selection: Selection {
                            order,
                            reqs: reqs.iter().map(|&b| Req::from_bits_truncate(b)).collect(),
                            implied_no_schema: false,
                            strict_names_error: None,
                            warnings: Vec::new(),
                        },
                        lengths,
                        version: if old {
                            ArchiveVersion::V1_10
                        } else {
                            ArchiveVersion::V1_16
                        },
                        workers,
                        choices,
                        unique_ids,
                    }
                },
            )
    })
}

fn run_case(c: &Case) {
    let out = simulate_with(
        &c.entries,
        c.version,
        &c.selection,
        &c.lengths,
        c.workers,
        Finish::Chosen,
        &c.choices,
        c.unique_ids,
    );
    out.assert_exactly_once(c.entries.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_graphs_terminate_and_schedule_each_entry_once(c in case(true)) {
        run_case(&c);
    }

    #[test]
    fn hostile_ids_terminate_and_schedule_each_entry_once(c in case(false)) {
        run_case(&c);
    }
}

// ---------------------------------------------------------------------------------------
// Recorded traces (see above)

const TRACE_18_CUSTOM_J2: &str = "
    P3601 P3602 P3603 P3604 P3605 P3607 P8 P3608 P9 P3609 P2331 P3 P3611 P2 P3612 P969 P959 P966
    P3613 P970 P309 P287 P3614 P325 P312 P286 P255 P1041 P1869 P1861 P2237 P2268 P2270 P3616
    P233 P3617 P3618 P234 P229 P228 P225 P3619 P3620 P243 P244 P245 P246 P227 P3621 P3622 P248
    P226 P3626 P249 P3628 P247 P3629 P3630 P232 P3632 P3633 P238 P235 P3634 P240 P241 P242 P236
    P231 P230 P239 P224 P3635 P237 P3366 P3367 P3368 P3369 L3584 L3572 F3572 L3380 F3380 L3382
    F3382 L3383 F3584 L3570 F3383 L3405 F3570 L3574 F3574 L3577 F3405 L3407 F3407 L3408 F3408
    L3560 F3560 L3561 F3561 L3562 F3562 L3377 F3377 L3379 F3379 L3406 F3406 L3385 F3385 L3387
    F3387 L3588 F3577 L3389 F3588 L3587 F3389 L3578 F3587 L3576 F3578 L3391 F3391 L3582 F3576
    L3589 F3589 L3583 F3583 L3394 F3394 L3579 F3579 L3586 F3582 L3581 F3581 L3393 F3393 L3585
    F3586 L3580 F3580 L3397 F3585 L3396 F3396 L3557 F3397 L3399 F3557 L3398 F3399 L3403 F3398
    L3400 F3403 L3402 F3402 L3401 F3400 L3404 F3404 L3563 F3401 L3564 F3564 L3567 F3563 L3565
    F3567 L3566 F3565 L3568 F3566 L3591 F3568 L3593 F3591 L3592 F3593 L3594 F3592 L3595 F3594
    L3597 F3595 L3596 F3596 L3637 F3597 L3598 F3637 L3638 F3638 L3639 F3598 L3640 F3639 L3641
    F3640 L3643 F3641 L3645 F3643 L3646 F3646 L3647 F3645 L3648 F3648 L3649 F3647 L3650 F3649
    F3650 L2271 L2272 F2272 S3606 L3610 F3610 L3615 F3615 L3623 F3623 L3624 F3624 L3625 F3625
    L3627 F3627 L3631 F3631 L3636 F3636 L3642 F3642 L3644 F3644 F2271 L3365 L3590 F3590 F3365
    L3651 F3651
";

const TRACE_18_CUSTOM_J4: &str = "
    P3601 P3602 P3603 P3604 P3605 P3607 P8 P3608 P9 P3609 P2331 P3 P3611 P2 P3612 P969 P959 P966
    P3613 P970 P309 P287 P3614 P325 P312 P286 P255 P1041 P1869 P1861 P2237 P2268 P2270 P3616
    P233 P3617 P3618 P234 P229 P228 P225 P3619 P3620 P243 P244 P245 P246 P227 P3621 P3622 P248
    P226 P3626 P249 P3628 P247 P3629 P3630 P232 P3632 P3633 P238 P235 P3634 P240 P241 P242 P236
    P231 P230 P239 P224 P3635 P237 P3366 P3367 P3368 P3369 L3584 L3572 L3570 L3577 F3572 L3380
    F3380 L3382 F3570 L3587 F3382 L3383 F3584 L3379 F3577 L3579 F3587 L3578 F3379 L3581 F3383
    L3405 F3579 L3389 F3578 L3585 F3405 L3406 F3389 L3391 F3406 L3407 F3581 L3377 F3391 L3574
    F3377 L3588 F3407 L3408 F3588 L3576 F3585 L3589 F3408 L3560 F3574 L3385 F3576 L3582 F3560
    L3561 F3589 L3396 F3561 L3562 F3562 L3401 F3396 L3563 F3401 L3564 F3385 L3387 F3563 L3565
    F3582 L3566 F3564 L3583 F3387 L3586 F3565 L3393 F3583 L3394 F3566 L3557 F3393 L3580 F3586
    L3397 F3557 L3567 F3397 L3399 F3394 L3398 F3567 L3400 F3398 L3402 F3580 L3568 F3399 L3593
    F3400 L3595 F3402 L3403 F3568 L3597 F3593 L3637 F3403 L3404 F3637 L3594 F3595 L3596 F3404
    L3591 F3596 L3638 F3597 L3598 F3594 L3639 F3638 L3640 F3598 L3641 F3640 L3645 F3591 L3592
    F3641 L3643 F3645 L3646 F3643 L3647 F3647 L3648 F3648 L3649 F3646 L3650 F3639 F3650 F3649
    F3592 L2271 L2272 S3606 L3610 L3615 F3615 L3623 F3623 L3624 F3624 L3625 F3625 L3627 F3627
    L3631 F3631 L3636 F3636 L3642 F3642 L3644 F3644 F2271 F3610 F2272 L3365 L3590 F3365 L3651
    F3651 F3590
";

const TRACE_18_DIR_J3: &str = "
    P3601 P3602 P3603 P3604 P3605 P3607 P8 P3608 P9 P3609 P2331 P3 P3611 P2 P3612 P969 P959 P966
    P3613 P970 P309 P287 P3614 P325 P312 P286 P255 P1041 P1869 P1861 P2237 P2268 P2270 P3616
    P233 P3617 P3618 P234 P229 P228 P225 P3619 P3620 P243 P244 P245 P246 P227 P3621 P3622 P248
    P226 P3626 P249 P3628 P247 P3629 P3630 P232 P3632 P3633 P238 P235 P3634 P240 P241 P242 P236
    P231 P230 P239 P224 P3635 P237 P3366 P3367 P3368 P3369 L3584 L3572 L3577 F3584 L3570 F3570
    L3377 F3377 L3379 F3379 L3588 F3572 L3380 F3588 L3383 F3383 L3579 F3380 L3382 F3579 L3401
    F3382 L3405 F3401 L3585 F3577 L3397 F3405 L3406 F3397 L3581 F3406 L3407 F3585 L3389 F3581
    L3399 F3407 L3408 F3389 L3574 F3399 L3403 F3403 L3576 F3408 L3560 F3574 L3385 F3576 L3578
    F3560 L3561 F3561 L3562 F3562 L3587 F3385 L3387 F3587 L3398 F3578 L3391 F3387 L3582 F3398
    L3402 F3391 L3589 F3582 L3583 F3402 L3586 F3589 L3400 F3583 L3394 F3400 L3404 F3586 L3393
    F3394 L3396 F3393 L3563 F3404 L3564 F3396 L3557 F3564 L3580 F3563 L3565 F3557 L3566 F3580
    L3567 F3567 L3568 F3565 L3591 F3566 L3593 F3591 L3592 F3568 L3595 F3593 L3594 F3592 L3597
    F3594 L3637 F3595 L3596 F3637 L3638 F3638 L3639 F3597 L3598 F3639 L3640 F3640 L3641 F3598
    L3643 F3596 L3645 F3641 L3646 F3645 L3647 F3643 L3648 F3648 L3649 F3646 L3650 F3649 F3647
    F3650 L2271 L2272 S3606 L3610 F2271 L3615 F2272 L3623 F3610 L3627 F3623 L3624 F3627 L3625
    F3624 L3631 F3625 L3636 F3615 L3642 F3636 L3644 F3631 F3642 F3644 L3365 L3590 F3365 L3651
    F3651 F3590
";

const TRACE_13_CUSTOM_J2: &str = "
    P3244 P3245 P3246 P3247 P3248 P3250 P8 P3251 P6 P3252 P2677 P3 P3254 P2 P3255 P733 P726 P730
    P3256 P736 P308 P304 P3257 P306 P303 P305 P307 P828 P1635 P1643 P1920 P1944 P1946 P3259 P214
    P3260 P3261 P215 P210 P209 P206 P3262 P3263 P224 P225 P226 P227 P208 P3264 P3265 P229 P207
    P3269 P230 P3271 P228 P3272 P3273 P213 P3275 P3276 P219 P216 P3277 P221 P222 P223 P217 P212
    P211 P220 P205 P3278 P218 P3035 P3238 P3280 P3237 P3240 P3239 P3282 L3230 L3218 F3230 L3216
    F3218 L3045 F3216 L3048 F3048 L3042 F3042 L3044 F3045 L3047 F3047 L3070 F3044 L3234 F3234
    L3228 F3070 L3071 F3071 L3072 F3072 L3073 F3073 L3208 F3208 L3209 F3209 L3210 F3228 L3223
    F3210 L3220 F3220 L3050 F3050 L3052 F3052 L3233 F3233 L3241 F3223 L3054 F3054 L3224 F3224
    L3056 F3056 L3222 F3241 L3235 F3222 L3229 F3235 L3225 F3229 L3059 F3059 L3232 F3232 L3227
    F3225 L3231 F3231 L3061 F3227 L3058 F3061 L3205 F3058 L3226 F3205 L3062 F3062 L3064 F3064
    L3068 F3226 L3063 F3068 L3065 F3063 L3067 F3065 L3214 F3067 L3069 F3214 L3066 F3069 L3211
    F3066 L3284 F3211 L3212 F3284 L3213 F3212 L3285 F3213 L3286 F3286 L3287 F3285 L3288 F3288
    L3289 F3287 L3290 F3290 L3291 F3289 L3292 F3291 L3293 F3292 F3293 L1947 L1948 F1947 S3249
    L3253 F3253 L3258 F3258 L3266 F3266 L3267 F3267 L3268 F3268 L3270 F3270 L3274 F3274 L3279
    F3279 L3281 F3281 L3283 F3283 F1948 L3033 L3236 F3033 L3294 F3294 F3236
";

const TRACE_16_CUSTOM_J3: &str = "
    P3574 P3575 P3576 P3577 P3578 P3580 P8 P3581 P9 P3582 P2319 P3 P3584 P2 P3585 P957 P947 P954
    P3586 P960 P246 P269 P3587 P279 P321 P313 P305 P1031 P1859 P1851 P2226 P2256 P2258 P3589
    P229 P3590 P3591 P230 P225 P224 P221 P3592 P3593 P239 P240 P241 P242 P223 P3594 P3595 P244
    P222 P3599 P245 P3601 P243 P3602 P3603 P228 P3605 P3606 P234 P231 P3607 P236 P237 P238 P232
    P227 P226 P235 P220 P3608 P233 P3346 P3347 P3348 P3349 P3568 P3610 P3567 P3570 P3569 P3612
    L3560 L3548 L3553 F3560 L3546 F3546 L3357 F3357 L3359 F3359 L3564 F3564 L3571 F3548 L3360
    F3553 L3363 F3571 L3554 F3554 L3558 F3363 L3371 F3371 L3557 F3557 L3559 F3559 L3373 F3373
    L3374 F3374 L3561 F3561 L3369 F3558 L3533 F3369 L3550 F3550 L3563 F3533 L3376 F3360 L3362
    F3376 L3539 F3563 L3565 F3362 L3385 F3539 L3562 F3565 L3542 F3542 L3552 F3385 L3386 F3552
    L3540 F3562 L3544 F3540 L3614 F3544 L3543 F3386 L3387 F3614 L3615 F3543 L3616 F3387 L3388
    F3615 L3617 F3616 L3618 F3388 L3536 F3617 L3619 F3618 L3620 F3536 L3537 F3537 L3538 F3538
    L3541 F3619 L3365 F3365 L3367 F3367 L3555 F3620 L3556 F3541 L3377 F3555 L3381 F3377 L3379
    F3381 L3378 F3379 L3383 F3556 L3380 F3378 L3621 F3383 L3382 F3621 L3622 F3382 L3623 F3380
    L3384 F3622 F3623 F3384 L2259 L2260 S3579 L3583 F2260 L3588 F3583 L3596 F3596 L3597 F3597
    L3598 F3588 L3600 F3598 L3604 F3600 L3609 F3604 L3611 F3609 L3613 F3613 F3611 F2259 L3345
    L3566 F3345 L3624 F3624 F3566
";

const TRACE_18_LOBS_J2: &str = "
    P3292 P3293 P3294 P3295 L3282 L3284 F3282 L3283 F3283 L3286 F3284 L3285 F3285 L3288 F3288
    L3289 F3289 F3286 L3287 L3296 F3296 F3287 L3297 F3297
";

const TRACE_18_SELECTIVE_J2: &str = "
    P3601 P3602 P3603 P3604 P3605 P3607 P8 P3608 P9 P3609 P2331 P3 P3611 P2 P3612 P969 P959 P966
    P3613 P970 P309 P287 P3614 P325 P312 P286 P255 P1041 P1869 P1861 P2237 P2268 P2270 P3616
    P233 P3617 P3618 P234 P229 P228 P225 P3619 P3620 P243 P244 P245 P246 P227 P3621 P3622 P248
    P226 P3626 P249 P3628 P247 P3629 P3630 P232 P3632 P3633 P238 P235 P3634 P240 P241 P242 P236
    P231 P230 P239 P224 P3635 P237 P3366 P3367 P3368 P3369 S3584 L3572 L3570 F3570 S3377 S3379
    S3577 S3389 S3574 S3385 S3387 S3588 S3587 S3578 S3391 S3576 S3582 S3589 S3583 S3394 S3579
    S3586 S3581 S3393 S3585 S3396 S3557 S3580 S3397 S3399 S3403 S3398 S3402 S3400 S3404 S3401
    S3563 S3566 S3564 S3567 S3568 S3591 S3592 S3593 S3594 S3595 S3596 S3597 S3598 S3637 S3638
    S3639 S3640 S3641 S3643 S3646 S3649 S3650 F3572 S3380 S3382 L3383 F3383 S3405 S3406 S3407
    S3408 S3560 S3561 S3562 S3565 L3645 F3645 S3647 S3648 S2271 S2272 S3606 S3610 S3615 L3623
    F3623 L3624 L3625 F3624 S3627 S3631 S3636 S3642 S3644 F3625 S3365 S3590 S3651
";

const TRACE_18_LIST_J2: &str = "
    P3601 P3602 P3603 P3604 P3605 P3607 P3608 P3609 P3611 P3612 P3613 P3614 P3617 P3618 P3619
    P3620 P3621 P3622 P3628 P3629 P3630 P3632 P3633 P3634 P3635 P3641 P3643 P3646 P3647 P3648
    P3649 P3650 P8 P9 P2331 P3 P2 P969 P959 P966 P970 P309 P287 P325 P312 P286 P255 P1041 P1869
    P1861 P2237 P2268 P2270 P3616 P233 P234 P229 P228 P225 P243 P244 P245 P246 P227 P248 P226
    P3626 P249 P247 P232 P238 P235 P240 P241 P242 P236 P231 P230 P239 P224 P237 P3366 P3367
    P3368 P3369 L3578 L3397 F3397 L3401 F3578 L3391 F3401 L3563 F3563 L3564 F3564 L3567 F3391
    L3568 F3567 L3570 F3568 L3572 F3570 L3377 F3572 L3561 F3561 L3562 F3377 L3379 F3562 L3380
    F3379 L3383 F3380 L3574 F3383 L3382 F3574 L3385 F3382 L3565 F3385 L3387 F3565 L3405 F3387
    L3580 F3405 L3406 F3580 L3584 F3406 L3407 F3407 L3408 F3408 L3560 F3560 L3566 F3566 L3576
    F3576 L3577 F3584 L3579 F3579 L3581 F3577 L3389 F3389 L3582 F3581 L3393 F3393 L3583 F3582
    L3585 F3583 L3394 F3394 L3586 F3585 L3396 F3396 L3557 F3557 L3587 F3586 L3588 F3587 L3398
    F3588 L3399 F3398 L3402 F3399 L3589 F3402 L3403 F3589 L3400 F3403 L3591 F3400 L3404 F3591
    L3592 F3404 L3593 F3593 L3594 F3592 L3595 F3594 L3597 F3595 L3596 F3597 L3598 F3596 L3637
    F3598 L3638 F3637 L3639 F3638 L3640 F3639 L3645 F3640 F3645 L2271 L2272 F2271 S3606 L3610
    F3610 L3615 F2272 L3623 F3615 L3627 F3623 L3624 F3627 L3625 F3624 L3631 F3625 L3636 F3631
    L3642 F3636 L3644 F3642 F3644 L3365 L3590 F3365 S3651 F3590
";

const LIST_18_REORDERED: &str = "
    3397 3398 3399 3400 3401 3380 3383 3645 3394 8 9 3610 2331 3 2 969 959 966 970 309 287 3615
    325 312 286 255 1041 1869 1861 2237 2268 2270 3616 233 234 229 228 225 243 244 245 246 227
    3623 3624 3625 248 226 3626 3581 3585 3583 3576 3580 3586 3584 3579 3582 3577 3572 3589 3588
    3587 3570 3574 3578 3627 249 247 3631 232 238 235 240 241 242 236 231 230 239 224 3636 237
    3366 3367 3368 3369 3637 3638 3639 3640 3597 3593 3595 3642 3591 3644 3598 3594 3596 3592
    3391 3385 3387 3377 3379 3382 3389 3396 3393 3402 3403 3404 3405 3557 3407 3408 3406 3560
    3561 3562 3563 3564 3566 3565 3567 3568 2271 2272 3365 3590
";
