//! Inputs the fuzz targets of `fuzz/` found crashing, hanging or allocating without bound,
//! replayed through the very harness the target runs (the file is shared with `fuzz/`).
//!
//! Each input is `fuzz_regressions/<target>-<short-name>.bin`, `<target>` being one of
//! `header_toc`, `data` or `tar`. Every file is replayed by [`every_committed_input`]; each
//! bug also has a test named after what broke.

#[allow(dead_code)]
#[path = "../../../fuzz/src/format_harness.rs"]
mod format_harness;

use std::fs;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions")
}

/// The harness of a target, by the name its inputs start with.
fn harness(target: &str) -> Option<fn(&[u8])> {
    Some(match target {
        "header_toc" => format_harness::header_toc,
        "data" => format_harness::data,
        "tar" => format_harness::tar,
        _ => return None,
    })
}

/// Replays one committed input (by file name) through its target's harness.
fn replay(name: &str) {
    let path = dir().join(name);
    let data = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let target = name
        .strip_suffix(".bin")
        .and_then(|n| n.split_once('-'))
        .map(|(t, _)| t)
        .unwrap_or_else(|| panic!("{name}: not named <target>-<short-name>.bin"));
    let run = harness(target).unwrap_or_else(|| panic!("{name}: unknown fuzz target {target}"));
    run(&data);
}

#[test]
fn every_committed_input() {
    // The directory exists once the fuzzers have found something.
    let Ok(listing) = fs::read_dir(dir()) else {
        return;
    };
    let mut names: Vec<String> = listing
        .map(|e| e.expect("directory entry").file_name())
        .filter_map(|n| n.into_string().ok())
        .filter(|n| n.ends_with(".bin"))
        .collect();
    names.sort();
    for name in &names {
        replay(name);
    }
}

/// The harnesses themselves run clean on real archives (so a fuzz run that finds nothing is
/// not a harness that rejects everything).
#[test]
fn harnesses_accept_the_fixtures() {
    let archives = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/archives");
    let read = |rel: &str| {
        let p = archives.join(rel);
        fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    for custom in [
        "pg13/lobs.custom.dump",
        "pg18/latin1.custom.dump",
        "synthetic/fix.v1_2.none.dump",
    ] {
        let data = read(custom);
        format_harness::header_toc(&data);
        format_harness::data(&data);
    }
    format_harness::header_toc(&read("pg18/lobs.dir/toc.dat"));
    format_harness::tar(&read("pg13/lobs.tar"));
}
