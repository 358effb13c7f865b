//! Write the SQL script of a restore (`pg_restore -f`): the pieces of
//! [`pgdumpkit_plan::script::ScriptPlan`] to a writer, with table data and large objects
//! streamed from the archive as they are reached. Memory stays bounded: data goes through a
//! 64 KiB buffer, large objects through pg_restore's 16 KiB one.

use std::fs::File;
use std::io::{self, BufRead, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use pgdumpkit_format::archive::Archive;
use pgdumpkit_format::error::DataError;
use pgdumpkit_format::{DumpId, TocEntry};
use pgdumpkit_plan::RestoreOptions;
use pgdumpkit_plan::script::{
    self as plan_script, LocalTime, LogMessage, Piece, ScriptPlan, timestamp_line,
};
use pgdumpkit_plan::selection::{SelectError, StrictNamesError, select};

/// Why the script could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ScriptError {
    #[error(transparent)]
    Select(#[from] SelectError),
    #[error(transparent)]
    StrictNames(#[from] StrictNamesError),
    #[error(transparent)]
    Render(#[from] plan_script::ScriptError),
    /// `--restrict-key` must be non-empty and alphanumeric (`valid_restrict_key`).
    #[error("invalid restrict key")]
    InvalidRestrictKey,
    #[error("could not generate restrict key")]
    GenerateRestrictKey(#[source] io::Error),
    /// Reading the data of an entry failed.
    #[error(transparent)]
    Data(#[from] DataError),
    /// Writing the script failed (a closed pipe among others).
    #[error("could not write the script")]
    Write(#[source] io::Error),
    /// The interrupt flag was raised.
    #[error("interrupted")]
    Interrupted,
}

/// A fixed time zone for the `-v` timestamp lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone {
    /// Seconds east of UTC.
    pub offset_seconds: i64,
    /// What `%Z` prints.
    pub abbrev: String,
}

impl TimeZone {
    pub fn utc() -> Self {
        Self {
            offset_seconds: 0,
            abbrev: "UTC".into(),
        }
    }
}

/// What the script writer needs from its surroundings besides the archive and options.
#[derive(Debug)]
pub struct ScriptEnv<'a> {
    /// The zone the `-- Started on` / `-- Completed on` lines of `-v` are labelled with.
    pub zone: TimeZone,
    /// The time `-- Completed on` shows, in seconds since the epoch; `None` reads the clock
    /// when the line is reached.
    pub now: Option<i64>,
    /// Checked between pieces and while copying data.
    pub interrupt: Option<&'a AtomicBool>,
    /// The version pg_restore shows as the pg_dump version of archives older than 1.10
    /// (its own `PG_VERSION`).
    pub pg_version: String,
}

impl Default for ScriptEnv<'_> {
    fn default() -> Self {
        Self {
            zone: TimeZone::utc(),
            now: None,
            interrupt: None,
            pg_version: plan_script::DEFAULT_PG_VERSION.to_owned(),
        }
    }
}

/// Letters of restrict keys (`restrict_chars` in `pg_backup_restrict.c`).
const RESTRICT_CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// `generate_restrict_key`: 63 characters, each a strong random byte modulo 62.
pub fn generate_restrict_key() -> io::Result<Vec<u8>> {
    let mut buf = [0u8; 63];
    File::open("/dev/urandom")?.read_exact(&mut buf)?;
    Ok(buf
        .iter()
        .map(|b| RESTRICT_CHARS[usize::from(*b) % RESTRICT_CHARS.len()])
        .collect())
}

/// `valid_restrict_key`.
pub fn valid_restrict_key(key: &[u8]) -> bool {
    !key.is_empty() && key.iter().all(|c| RESTRICT_CHARS.contains(c))
}

/// Write the script pg_restore 18 writes for `archive` with `opts` (`-f`), calling
/// `observer` with each stderr message (`-v` info lines, warnings) as it arises.
///
/// Without `opts.restrict_key` a random key is generated, as pg_restore does. A
/// `--strict-names` failure is reported before anything is written.
pub fn write_script(
    archive: &mut Archive,
    opts: &RestoreOptions,
    out: &mut dyn Write,
    env: &ScriptEnv<'_>,
    observer: &mut dyn FnMut(&LogMessage),
) -> Result<(), ScriptError> {
    let mut opts = opts.clone();
    match &opts.restrict_key {
        Some(k) if !valid_restrict_key(k) => return Err(ScriptError::InvalidRestrictKey),
        Some(_) => {}
        None => {
            opts.restrict_key =
                Some(generate_restrict_key().map_err(ScriptError::GenerateRestrictKey)?)
        }
    }

    let entries: Vec<TocEntry> = archive.entries().to_vec();
    let header = archive.header().clone();
    let format = archive.format();
    let selection = select(&entries, &header, &opts)?;
    for w in &selection.warnings {
        observer(&LogMessage {
            level: plan_script::LogLevel::Warning,
            text: w.clone(),
        });
    }
    if let Some(e) = &selection.strict_names_error {
        return Err(e.clone().into());
    }

    let plan = ScriptPlan::new(&entries, &header, format, &selection, &opts)?
        .with_pg_version(env.pg_version.as_bytes());
    let interrupted = || env.interrupt.is_some_and(|f| f.load(Ordering::Relaxed));
    // Not yet done: pg_restore's `-v` headers show the positions of blocks it skipped while
    // searching an offset-less custom archive; that needs the archive to expose what it
    // learnt, to pass on with `plan.note_data_position` between pieces.
    for piece in plan {
        if interrupted() {
            return Err(ScriptError::Interrupted);
        }
        match piece? {
            Piece::Text(t) => out.write_all(&t).map_err(ScriptError::Write)?,
            Piece::TableData { entry } => {
                copy_data(archive, entries[entry].dump_id, out, &interrupted)?
            }
            Piece::LargeObjects { entry, mut writer } => {
                let mut buf = Vec::with_capacity(64 * 1024);
                let mut write_error = None;
                let mut chunk = vec![0u8; 16 * 1024];
                let res = archive.read_blobs(entries[entry].dump_id, &mut |oid, r| {
                    observer(&LogMessage {
                        level: plan_script::LogLevel::Info,
                        text: format!("restoring large object with OID {oid}"),
                    });
                    writer.start(oid, &mut buf);
                    loop {
                        if interrupted() {
                            return Err(io::Error::new(io::ErrorKind::Interrupted, "interrupted"));
                        }
                        let n = match r.read(&mut chunk) {
                            Ok(0) => break,
                            Ok(n) => n,
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                            Err(e) => return Err(e),
                        };
                        writer.write(&chunk[..n], &mut buf);
                        if buf.len() >= 64 * 1024 {
                            flush(out, &mut buf, &mut write_error)?;
                        }
                    }
                    writer.end(&mut buf);
                    flush(out, &mut buf, &mut write_error)
                });
                if let Some(e) = write_error {
                    return Err(ScriptError::Write(e));
                }
                if interrupted() {
                    return Err(ScriptError::Interrupted);
                }
                res?;
                let n = writer.count();
                observer(&LogMessage {
                    level: plan_script::LogLevel::Info,
                    text: format!("restored {n} large object{}", if n == 1 { "" } else { "s" }),
                });
            }
            Piece::StartedOn => {
                let t = match &header.created {
                    Some(c) => LocalTime::from_create_time(c, &env.zone.abbrev),
                    None => {
                        LocalTime::from_unix(now(env), env.zone.offset_seconds, &env.zone.abbrev)
                    }
                };
                out.write_all(&timestamp_line("Started on", &t))
                    .map_err(ScriptError::Write)?;
            }
            Piece::CompletedOn => {
                let t = LocalTime::from_unix(now(env), env.zone.offset_seconds, &env.zone.abbrev);
                out.write_all(&timestamp_line("Completed on", &t))
                    .map_err(ScriptError::Write)?;
            }
            Piece::Log(m) => observer(&m),
            // A script plan yields none of the database pieces.
            Piece::Sql { .. }
            | Piece::Entry { .. }
            | Piece::Copy { .. }
            | Piece::Reconnect { .. }
            | Piece::Stage(_)
            | Piece::EntryEnd { .. } => {}
        }
    }
    out.flush().map_err(ScriptError::Write)
}

fn now(env: &ScriptEnv<'_>) -> i64 {
    env.now.unwrap_or_else(|| {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
    })
}

/// Write `buf` out, remembering a write failure so it is not mistaken for a read failure.
fn flush(
    out: &mut dyn Write,
    buf: &mut Vec<u8>,
    write_error: &mut Option<io::Error>,
) -> io::Result<()> {
    let res = out.write_all(buf);
    buf.clear();
    res.map_err(|e| {
        let kind = e.kind();
        *write_error = Some(e);
        io::Error::new(kind, "writing the script failed")
    })
}

/// The [`DataError`] a data reader's `io::Error` carries, or one wrapping it.
pub(crate) fn read_error(e: io::Error, dump_id: DumpId) -> DataError {
    let kind = e.kind();
    let what = format!("data of TOC entry {dump_id}");
    match e.into_inner() {
        Some(inner) => match inner.downcast::<DataError>() {
            Ok(d) => *d,
            Err(other) => DataError::Io {
                what,
                source: io::Error::new(kind, other),
            },
        },
        None => DataError::Io {
            what,
            source: io::Error::from(kind),
        },
    }
}

/// The data of one entry, or `None` when the TOC promised data the archive does not have
/// (pg_restore then restores nothing for it, in a script and in a database alike).
pub(crate) fn open_data(
    archive: &mut Archive,
    dump_id: DumpId,
) -> Result<Option<pgdumpkit_format::DataReader<'_>>, DataError> {
    match archive.open_data(dump_id) {
        Ok(r) => Ok(Some(r)),
        Err(DataError::NoData { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Copy the data of one entry verbatim (`_PrintFileData` / `_PrintData` through `ahwrite`).
///
/// Writes the reader's own slices (up to a MiB decoded at a time, see `DataReader`): with the
/// caller's `BufWriter` no larger than that, they go straight to `write(2)`, uncopied.
fn copy_data(
    archive: &mut Archive,
    dump_id: DumpId,
    out: &mut dyn Write,
    interrupted: &dyn Fn() -> bool,
) -> Result<(), ScriptError> {
    let Some(mut reader) = open_data(archive, dump_id)? else {
        return Ok(());
    };
    // Uncompressed custom-format data comes in chunks of one row each: check the flag once
    // per 64 KiB, not per slice (and before the first).
    let mut since_check = usize::MAX;
    loop {
        if since_check >= 64 * 1024 {
            if interrupted() {
                return Err(ScriptError::Interrupted);
            }
            since_check = 0;
        }
        let buf = match reader.fill_buf() {
            Ok([]) => break,
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ScriptError::Data(read_error(e, dump_id))),
        };
        out.write_all(buf).map_err(ScriptError::Write)?;
        let n = buf.len();
        reader.consume(n);
        since_check += n;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_are_valid() {
        let a = generate_restrict_key().expect("the OS has a random source");
        let b = generate_restrict_key().expect("the OS has a random source");
        assert_eq!(a.len(), 63);
        assert!(valid_restrict_key(&a));
        assert_ne!(a, b);
    }

    #[test]
    fn restrict_key_validation() {
        assert!(valid_restrict_key(b"TESTKEY09"));
        assert!(!valid_restrict_key(b""));
        assert!(!valid_restrict_key(b"bad key"));
        assert!(!valid_restrict_key(b"k\n\\! rm"));
    }
}
