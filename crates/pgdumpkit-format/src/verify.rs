//! Reading every byte of an archive's data and collecting every problem found.

use crate::archive::Archive;
use crate::inspect::{self, InspectError};
use crate::toc::{DumpId, TocEntry};

/// One problem found by [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub dump_id: DumpId,
    /// `TABLE DATA public t` style description of the entry.
    pub entry: String,
    pub message: String,
}

/// What [`verify`] checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub entries_checked: u64,
    pub raw_bytes: u64,
    pub rows: u64,
    pub large_objects: u64,
    pub problems: Vec<Problem>,
}

fn describe(e: &TocEntry) -> String {
    let ns = e.namespace.as_deref().map(String::from_utf8_lossy);
    match ns {
        Some(ns) => format!(
            "{} {}.{}",
            e.desc_str(),
            ns,
            String::from_utf8_lossy(e.tag_bytes())
        ),
        None => format!(
            "{} {}",
            e.desc_str(),
            String::from_utf8_lossy(e.tag_bytes())
        ),
    }
}

/// Reads all data of every entry that has some: every block decompresses, every COPY stream
/// ends with its `\.` terminator, blocks belong to the entry that points at them, files and
/// members exist. `progress` is called before each entry with (done, total).
pub fn verify(archive: &mut Archive, progress: &mut dyn FnMut(usize, usize)) -> Report {
    let targets: Vec<(DumpId, String, bool)> = archive
        .entries()
        .iter()
        .filter(|e| e.had_dumper)
        .map(|e| (e.dump_id, describe(e), e.is("BLOBS")))
        .collect();
    let mut report = Report::default();
    let total = targets.len();
    for (n, (id, entry, is_blobs)) in targets.into_iter().enumerate() {
        progress(n, total);
        report.entries_checked += 1;
        let result = if is_blobs {
            inspect::blob_stats(archive, id).map(|b| {
                report.large_objects += b.count;
                report.raw_bytes += b.bytes;
            })
        } else {
            inspect::data_stats(archive, id).map(|s| {
                report.raw_bytes += s.raw_bytes;
                report.rows += s.rows.unwrap_or(0);
            })
        };
        if let Err(e) = result {
            let message = match e {
                InspectError::Data(d) => d.to_string(),
                InspectError::Copy { source, .. } => source.to_string(),
                InspectError::Io { source, .. } => source.to_string(),
            };
            report.problems.push(Problem {
                dump_id: id,
                entry,
                message,
            });
        }
    }
    progress(total, total);
    report
}
