//! What the `listing` fuzz target runs, shared with the plan crate's regression test
//! (`crates/pgdumpkit-plan/tests/fuzz_regressions.rs` includes this file when it exists).
//!
//! Only `std`, `tempfile`, `pgdumpkit_format` and `pgdumpkit_plan` may be used here.
//!
//! An archive that opens is planned as `pgdumpkit list` and `pgdumpkit restore -f` plan it:
//! selection, the `-l` listing, and every piece of the script. None of that may panic,
//! whatever the TOC holds.

use std::cell::RefCell;
use std::fs;

use pgdumpkit_format::{Archive, CreateTime, Format, Header, TocEntry};
use pgdumpkit_plan::listing::{ListingEnv, write_listing};
use pgdumpkit_plan::script::{Piece, ScriptPlan};
use pgdumpkit_plan::{RestoreOptions, select};

/// Opens the input as `pgdumpkit list FILE` does (mapped, format detected) and plans it with
/// default options, then with a busy set of options and the listing fed back as `-L`.
pub fn listing(data: &[u8]) {
    thread_local! {
        static SCRATCH: RefCell<Option<tempfile::TempDir>> = const { RefCell::new(None) };
    }
    let archive = SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            let dir = tempfile::Builder::new()
                .prefix("pgdumpkit-fuzz")
                .tempdir()
                .expect("the fuzz harness needs a writable temporary directory");
            *s = Some(dir);
        }
        let path = s.as_ref().expect("set just above").path().join("archive");
        fs::write(&path, data).expect("the fuzz harness needs a writable temporary directory");
        Archive::open(&path)
    });
    let Ok(archive) = archive else { return };
    plan(archive.header(), archive.format(), archive.entries());
}

/// Selection, listing and script of one TOC.
pub fn plan(header: &Header, format: Format, entries: &[TocEntry]) {
    let defaults = RestoreOptions {
        restrict_key: Some(b"KEY".to_vec()),
        ..Default::default()
    };
    let Some(list) = plan_with(header, format, entries, &defaults) else {
        return;
    };
    let busy = RestoreOptions {
        restrict_key: Some(b"KEY".to_vec()),
        list_file_text: Some(list),
        clean: true,
        if_exists: true,
        create: true,
        verbose: 1,
        transaction_size: 2,
        disable_triggers: true,
        ..Default::default()
    };
    plan_with(header, format, entries, &busy);
}

/// Returns the listing written, or `None` when selection refused the options.
fn plan_with(
    header: &Header,
    format: Format,
    entries: &[TocEntry],
    opts: &RestoreOptions,
) -> Option<Vec<u8>> {
    let sel = match select(entries, header, opts) {
        Ok(sel) => sel,
        Err(e) => {
            let _ = e.to_string();
            return None;
        }
    };
    for i in sel.wanted() {
        assert!(
            i < entries.len(),
            "selection names an entry that does not exist"
        );
    }
    let env = ListingEnv {
        now: Some(CreateTime {
            sec: 1,
            min: 2,
            hour: 3,
            mday: 4,
            mon: 5,
            year: 126,
            isdst: 0,
        }),
        ..ListingEnv::new("UTC", b"18.6")
    };
    let mut list = Vec::new();
    write_listing(&mut list, header, format, entries, &sel, opts, &env)
        .expect("writing to a Vec never fails");

    let plan = match ScriptPlan::new(entries, header, format, &sel, opts) {
        Ok(p) => p,
        Err(e) => {
            let _ = e.to_string();
            return Some(list);
        }
    };
    let _ = (plan.encoding(), plan.std_strings());
    let mut script = Vec::new();
    for piece in plan {
        match piece {
            Ok(Piece::Text(t)) => script.extend_from_slice(&t),
            Ok(Piece::TableData { entry }) => {
                assert!(entry < entries.len(), "TableData names a missing entry");
            }
            Ok(Piece::LargeObjects { entry, mut writer }) => {
                assert!(entry < entries.len(), "LargeObjects names a missing entry");
                writer.start(1234, &mut script);
                writer.write(b"\x00\\'large\n", &mut script);
                writer.end(&mut script);
            }
            Ok(_) => {}
            Err(e) => {
                let _ = e.to_string();
                break;
            }
        }
    }
    Some(list)
}
