//! Opening the ARCHIVE argument: a file, a directory, or `-` for standard input.

use std::path::Path;

use anyhow::{Context, Result};
use pgdumpkit_format::Archive;

/// Opens `path` (`-` reads standard input strictly in order).
pub fn open(path: &Path) -> Result<Archive> {
    if path.as_os_str() == "-" {
        let stdin = Box::new(std::io::stdin());
        let a = Archive::from_reader(stdin).context("standard input")?;
        warn(&a);
        return Ok(a);
    }
    let a = Archive::open(path).map_err(|e| {
        // Name the file unless the message already does ("could not open input file ...").
        let shown = path.display().to_string();
        if e.to_string().contains(&shown) {
            anyhow::Error::new(e)
        } else {
            anyhow::Error::new(e).context(format!("\"{shown}\""))
        }
    })?;
    warn(&a);
    Ok(a)
}

/// The warnings pg_restore prints while reading the TOC, as it prints them.
pub fn warn(a: &Archive) {
    for w in a.read_warnings() {
        eprintln!("pgdumpkit: warning: {w}");
    }
}

/// The warnings pg_restore prints while reading the TOC ([`Archive::read_warnings`]).
pub fn reader_warnings(a: &Archive) -> impl Iterator<Item = String> {
    a.read_warnings().into_iter()
}
