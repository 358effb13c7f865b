//! `pgdumpkit filter`: write what pg_restore would restore with the given selectors (or the
//! whole archive) to a new archive, in any format and compression.

use std::path::PathBuf;

use anyhow::{Result, bail};
use pgdumpkit_format::write::{WriteOptions, WriteProgress, write_archive};
use pgdumpkit_format::{Compression, Format};
use pgdumpkit_plan::subset::subset;

use crate::selectors::SelectorArgs;

/// A `-Z` value: an algorithm and maybe a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompressArg {
    pub algorithm: Compression,
    pub level: Option<i32>,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Archive file or directory (- for standard input)
    pub archive: PathBuf,
    #[command(flatten)]
    pub select: SelectorArgs,
    /// Output file (custom, tar) or directory (directory format)
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
    /// Output format: c|custom, d|directory, t|tar [default: the archive's]
    #[arg(short = 'F', long = "format", value_name = "FORMAT", value_parser = parse_format)]
    pub format: Option<Format>,
    /// Data compression: none, gzip, lz4 or zstd, optionally with :LEVEL; or 0-9 as pg_dump
    /// (0 none, 1-9 gzip level) [default: the archive's; none for tar]
    #[arg(short = 'Z', long = "compress", value_name = "METHOD[:LEVEL]", value_parser = parse_compress)]
    pub compress: Option<CompressArg>,
    /// Also keep what the selected entries depend on (schemas, types, functions, tables,
    /// sequences...), so that the subset restores into an empty database
    #[arg(long)]
    pub with_dependencies: bool,
    /// Entries re-encoded at once [default: one per core]
    #[arg(short = 'j', long = "jobs", value_name = "NUM")]
    pub jobs: Option<usize>,
    /// Do not wait for the output to be safely on disk before renaming it into place
    #[arg(long)]
    pub no_sync: bool,
}

/// pg_dump's `-F` names.
fn parse_format(s: &str) -> std::result::Result<Format, String> {
    match s.to_ascii_lowercase().as_str() {
        "c" | "custom" => Ok(Format::Custom),
        "d" | "directory" => Ok(Format::Directory),
        "t" | "tar" => Ok(Format::Tar),
        "p" | "plain" => Err(
            "the plain format is SQL, not an archive: use `pgdumpkit restore -f FILE` for it"
                .into(),
        ),
        _ => Err(format!(
            "invalid output format \"{s}\" specified (use c, d or t)"
        )),
    }
}

/// pg_dump 16's `-Z`: `METHOD[:LEVEL]` (also `METHOD:level=N`), or a bare 0-9 meaning gzip at
/// that level (0: none).
fn parse_compress(s: &str) -> std::result::Result<CompressArg, String> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return match s.parse::<i32>() {
            Ok(0) => Ok(CompressArg {
                algorithm: Compression::None,
                level: None,
            }),
            Ok(l @ 1..=9) => Ok(CompressArg {
                algorithm: Compression::Gzip,
                level: Some(l),
            }),
            _ => Err(format!("compression level {s} is out of range (0-9)")),
        };
    }
    let (method, detail) = match s.split_once(':') {
        Some((m, d)) => (m, Some(d)),
        None => (s, None),
    };
    let algorithm = match method.to_ascii_lowercase().as_str() {
        "none" => Compression::None,
        "gzip" => Compression::Gzip,
        "lz4" => Compression::Lz4,
        "zstd" => Compression::Zstd,
        _ => return Err(format!("unrecognized compression algorithm: \"{method}\"")),
    };
    let level = match detail {
        None => None,
        Some(d) => {
            let v = d.strip_prefix("level=").unwrap_or(d);
            let l: i32 = v
                .parse()
                .map_err(|_| format!("invalid compression level \"{d}\""))?;
            let range = match algorithm {
                Compression::None => {
                    return Err("compression algorithm \"none\" does not accept a level".into());
                }
                Compression::Gzip => 0..=9,
                Compression::Lz4 => 0..=12,
                Compression::Zstd => -7..=22,
            };
            if !range.contains(&l) {
                return Err(format!(
                    "compression level {l} is out of range for {} ({}-{})",
                    algorithm.name(),
                    range.start(),
                    range.end()
                ));
            }
            Some(l)
        }
    };
    // gzip level 0 stores without compressing; pg_dump treats it as no compression.
    if algorithm == Compression::Gzip && level == Some(0) {
        return Ok(CompressArg {
            algorithm: Compression::None,
            level: None,
        });
    }
    Ok(CompressArg { algorithm, level })
}

pub fn run(args: Args) -> Result<i32> {
    if args.output.as_os_str() == "-" {
        bail!(crate::exit::Usage(
            "filter writes a file or directory, not standard output: give a name with -o".into()
        ));
    }
    let mut archive = crate::archive_arg::open(&args.archive)?;
    for w in crate::archive_arg::reader_warnings(&archive) {
        eprintln!("pgdumpkit: warning: {w}");
    }
    let opts = args.select.to_options()?;
    let sub = match subset(
        archive.entries(),
        archive.header(),
        &opts,
        args.with_dependencies,
    ) {
        Ok(s) => s,
        Err(e) => {
            let pgdumpkit_plan::SelectError::ListEntryNotFound { warnings, .. } = &e;
            for w in warnings {
                eprintln!("pgdumpkit: warning: {w}");
            }
            return Err(e.into());
        }
    };
    if let Some(sel) = &sub.selection {
        crate::list::print_warnings(sel);
        if let Some(e) = &sel.strict_names_error {
            bail!("{e}");
        }
    }
    for id in &sub.extra {
        let what = archive
            .entry(*id)
            .map(|e| {
                format!(
                    "{} {}",
                    e.desc_str(),
                    String::from_utf8_lossy(e.tag_bytes())
                )
            })
            .unwrap_or_default();
        eprintln!(
            "pgdumpkit: warning: also keeping entry {id} ({what}): a large-object ACL that is kept needs it; restoring the output restores it too"
        );
    }
    if !sub.dependencies.is_empty() {
        tracing::info!(
            "--with-dependencies added {} entries: {:?}",
            sub.dependencies.len(),
            sub.dependencies
        );
    }
    let source_version = archive.header().version;
    let format = args.format.unwrap_or(archive.format());
    let wopts = WriteOptions {
        format,
        compression: args.compress.map(|c| c.algorithm),
        level: args.compress.and_then(|c| c.level),
        version: None,
        jobs: args.jobs.unwrap_or(0),
        sync: !args.no_sync,
    };
    if format == Format::Tar
        && args
            .compress
            .is_some_and(|c| c.algorithm != Compression::None)
    {
        bail!(crate::exit::Usage(
            "compression is not supported by tar archive format".into()
        ));
    }
    let summary = write_archive(&mut archive, &sub.keep, &wopts, &args.output, &mut |p| {
        if let WriteProgress::Entry {
            dump_id,
            done,
            total,
            ..
        } = p
        {
            tracing::debug!("data of entry {dump_id} written ({done}/{total})");
        }
    })?;
    if summary.version != source_version {
        eprintln!(
            "pgdumpkit: warning: archive version {}.{} cannot describe {} compression: wrote version {}.{}",
            source_version.major,
            source_version.minor,
            summary.compression.name(),
            summary.version.major,
            summary.version.minor
        );
    }
    tracing::info!(
        "wrote {} entries ({} with data, {} large objects) to \"{}\": {} format, {} compression, archive version {}.{}, {} bytes; data streams copied {}, re-framed {}, re-encoded {} ({} jobs)",
        summary.entries,
        summary.data_entries,
        summary.large_objects,
        args.output.display(),
        summary.format.list_name().to_lowercase(),
        summary.compression.name(),
        summary.version.major,
        summary.version.minor,
        summary.bytes_written,
        summary.streams_copied,
        summary.streams_reframed,
        summary.streams_reencoded,
        summary.jobs
    );
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compress_values() {
        let c = |s: &str| parse_compress(s);
        assert_eq!(c("0").unwrap().algorithm, Compression::None);
        assert_eq!(
            c("5").unwrap(),
            CompressArg {
                algorithm: Compression::Gzip,
                level: Some(5)
            }
        );
        assert_eq!(
            c("zstd:19").unwrap(),
            CompressArg {
                algorithm: Compression::Zstd,
                level: Some(19)
            }
        );
        assert_eq!(c("zstd:level=3").unwrap().level, Some(3));
        assert_eq!(c("lz4").unwrap().level, None);
        assert_eq!(c("gzip:0").unwrap().algorithm, Compression::None);
        assert!(c("gzip:10").is_err());
        assert!(c("none:1").is_err());
        assert!(c("brotli").is_err());
        assert!(c("12").is_err());
    }

    #[test]
    fn format_values() {
        assert_eq!(parse_format("d").unwrap(), Format::Directory);
        assert_eq!(parse_format("TAR").unwrap(), Format::Tar);
        assert!(parse_format("p").is_err());
    }
}
