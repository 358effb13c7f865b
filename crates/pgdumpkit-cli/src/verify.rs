//! `pgdumpkit verify`: read all data; exit 0, or 1 with every problem found.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use pgdumpkit_format::verify;

use crate::exit::one_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Archive file or directory (- for standard input)
    pub archive: PathBuf,
}

/// The report goes to stdout (one line per problem, then a summary); a failed check also ends
/// with one error line on stderr, like every other failure.
pub fn run(args: Args) -> Result<i32> {
    let mut a = crate::archive_arg::open(&args.archive)?;
    let report = verify::verify(&mut a, &mut |_, _| {});
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for p in &report.problems {
        writeln!(
            out,
            "entry {} ({}): {}",
            p.dump_id,
            one_line(&p.entry),
            one_line(&p.message)
        )?;
    }
    let n = report.problems.len();
    let s = if n == 1 { "" } else { "s" };
    writeln!(
        out,
        "{}: {} data entries, {} rows, {} large objects, {} bytes read; {n} problem{s}",
        if n == 0 { "ok" } else { "FAILED" },
        report.entries_checked,
        report.rows,
        report.large_objects,
        report.raw_bytes,
    )?;
    out.flush()?;
    if let Some(first) = report.problems.first() {
        bail!(
            "verification failed: {n} problem{s}; first in entry {} ({}): {}",
            first.dump_id,
            first.entry,
            first.message
        );
    }
    Ok(0)
}
