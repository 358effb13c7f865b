//! `pgdumpkit list`: the table of contents, byte for byte as `pg_restore -l` (18) prints it,
//! or one JSON document.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use pgdumpkit_format::{Archive, CreateTime, DataLocation, Section, TocEntry};
use pgdumpkit_plan::listing::{ListingEnv, write_listing};
use pgdumpkit_plan::{Req, RestoreOptions, Selection, select};
use serde::Serialize;

use crate::selectors::SelectorArgs;

/// The pg_restore release whose output `list` reproduces; printed where pg_restore prints its
/// own version (archives older than 1.10 store no pg_dump version).
pub const PG_RESTORE_COMPAT: &str = "18.6";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Archive file or directory (- for standard input)
    pub archive: PathBuf,
    #[command(flatten)]
    pub select: SelectorArgs,
    /// Print one JSON document instead of pg_restore's listing
    #[arg(long)]
    pub json: bool,
}

/// Seconds since the epoch of a stored creation time read as UTC (for picking a zone name).
pub fn approx_unix_time(t: &CreateTime) -> i64 {
    // Days from civil (proleptic Gregorian), Howard Hinnant's algorithm.
    let y = i64::from(t.year) + 1900 - i64::from(t.mon <= 1);
    let m = i64::from(t.mon) + 1;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(t.mday) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400 + i64::from(t.hour) * 3600 + i64::from(t.min) * 60 + i64::from(t.sec)
}

/// Prints selection warnings as pg_restore does.
pub fn print_warnings(sel: &Selection) {
    for w in &sel.warnings {
        eprintln!("pgdumpkit: warning: {w}");
    }
}

pub fn run(args: Args, verbose: u8) -> Result<i32> {
    let archive = crate::archive_arg::open(&args.archive)?;
    let mut opts = args.select.to_options()?;
    opts.verbose = verbose;
    print(&archive, &opts, None, args.json)
}

/// Prints the listing (or the JSON document) of `archive` under `opts` to `file` (standard
/// output when `None` or `-`); shared by `list` and `restore -l`.
pub fn print(
    archive: &Archive,
    opts: &RestoreOptions,
    file: Option<&Path>,
    json: bool,
) -> Result<i32> {
    let sel = match select(archive.entries(), archive.header(), opts) {
        Ok(s) => s,
        Err(e) => {
            let pgdumpkit_plan::SelectError::ListEntryNotFound { warnings, .. } = &e;
            for w in warnings {
                eprintln!("pgdumpkit: warning: {w}");
            }
            return Err(e.into());
        }
    };
    print_warnings(&sel);
    let sink: Box<dyn Write> = match file.filter(|f| f.as_os_str() != "-") {
        Some(f) => Box::new(
            std::fs::File::create(f)
                .with_context(|| format!("could not open output file \"{}\"", f.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    if json {
        serde_json::to_writer_pretty(&mut out, &document(archive, &sel, opts.verbose > 0))?;
        writeln!(out)?;
    } else {
        let zone = archive.header().created.map_or_else(
            || "UTC".to_string(),
            |t| crate::tz::zone_abbreviation(approx_unix_time(&t)),
        );
        let env = ListingEnv::new(&zone, PG_RESTORE_COMPAT.as_bytes());
        write_listing(
            &mut out,
            archive.header(),
            archive.format(),
            archive.entries(),
            &sel,
            opts,
            &env,
        )?;
    }
    out.flush()?;
    if let Some(e) = &sel.strict_names_error {
        // pg_restore prints the listing first, then fails (`StrictNamesCheck`).
        anyhow::bail!("{e}");
    }
    Ok(0)
}

#[derive(Debug, Serialize)]
struct Document {
    header: HeaderDoc,
    entries: Vec<EntryDoc>,
}

#[derive(Debug, Serialize)]
struct HeaderDoc {
    format: &'static str,
    archive_version: String,
    int_size: u8,
    offset_size: u8,
    compression: Option<&'static str>,
    database: Option<String>,
    server_version: Option<String>,
    pg_dump_version: Option<String>,
    created: Option<String>,
    encoding: Option<String>,
    toc_entries: usize,
}

#[derive(Debug, Serialize)]
struct EntryDoc {
    dump_id: i32,
    catalog_oid: u32,
    object_oid: u32,
    section: &'static str,
    #[serde(rename = "type")]
    desc: String,
    namespace: Option<String>,
    tag: Option<String>,
    owner: Option<String>,
    dependencies: Vec<i32>,
    /// `none`, `offset`, `offset-not-set` (pipe dump), `file`
    data: &'static str,
    data_offset: Option<u64>,
    data_file: Option<String>,
    stored_size: Option<u64>,
    /// Which parts the selection restores: schema, data, statistics.
    parts: Vec<&'static str>,
}

fn lossy(b: &Option<Vec<u8>>) -> Option<String> {
    b.as_deref()
        .map(|v| String::from_utf8_lossy(v).into_owned())
}

fn entry_doc(a: &Archive, e: &TocEntry, req: Req) -> EntryDoc {
    let (data, data_offset, data_file) = match &e.data {
        DataLocation::NoData => ("none", None, None),
        DataLocation::NotSet => ("offset-not-set", None, None),
        DataLocation::Offset(o) => ("offset", Some(*o), None),
        DataLocation::File(f) if f.is_empty() => ("none", None, None),
        DataLocation::File(f) => ("file", None, Some(String::from_utf8_lossy(f).into_owned())),
    };
    let mut parts = Vec::new();
    if req.contains(Req::SCHEMA) {
        parts.push("schema");
    }
    if req.contains(Req::DATA) {
        parts.push("data");
    }
    if req.contains(Req::STATS) {
        parts.push("statistics");
    }
    EntryDoc {
        dump_id: e.dump_id,
        catalog_oid: e.catalog_id.tableoid,
        object_oid: e.catalog_id.oid,
        section: match e.section {
            Section::None => "none",
            Section::PreData => "pre-data",
            Section::Data => "data",
            Section::PostData => "post-data",
        },
        desc: e.desc_str().into_owned(),
        namespace: lossy(&e.namespace),
        tag: lossy(&e.tag),
        owner: lossy(&e.owner),
        dependencies: e.dependencies.clone(),
        data,
        data_offset,
        data_file,
        stored_size: if e.had_dumper {
            a.stored_size(e.dump_id)
        } else {
            None
        },
        parts,
    }
}

/// The entries the text listing prints: the selected ones, or all of them with `-v`.
fn document(a: &Archive, sel: &Selection, verbose: bool) -> Document {
    let h = a.header();
    let entries = sel
        .order
        .iter()
        .filter(|&&i| verbose || sel.req(i).is_wanted())
        .filter_map(|&i| a.entries().get(i).map(|e| entry_doc(a, e, sel.req(i))))
        .collect();
    Document {
        header: HeaderDoc {
            format: a.format().list_name(),
            archive_version: h.version.to_string(),
            int_size: h.int_size,
            offset_size: h.off_size,
            compression: h.compression.algorithm().map(|c| c.name()),
            database: lossy(&h.dbname),
            server_version: lossy(&h.server_version),
            pg_dump_version: lossy(&h.pgdump_version),
            created: h.created.map(|t| t.format_with('T')),
            encoding: a
                .encoding()
                .map(|e| String::from_utf8_lossy(e).into_owned()),
            toc_entries: a.entries().len(),
        },
        entries,
    }
}
