//! `pgdumpkit info`: what a person wants to know before restoring a dump.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use pgdumpkit_format::inspect;
use pgdumpkit_format::{Archive, DataLocation, Header};
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Archive file or directory (- for standard input)
    pub archive: PathBuf,
    /// Print one JSON document instead of text
    #[arg(long)]
    pub json: bool,
}

/// The JSON document (`--json`); owned here so that it does not move with internals.
#[derive(Debug, Serialize)]
struct Info {
    format: &'static str,
    archive_version: String,
    compression: String,
    database: Option<String>,
    server_version: Option<String>,
    pg_dump_version: Option<String>,
    created: Option<String>,
    encoding: Option<String>,
    entries: usize,
    entries_by_type: BTreeMap<String, usize>,
    data_offsets: &'static str,
    tables: Vec<TableInfo>,
    large_objects: LargeObjects,
    total_raw_bytes: u64,
    total_stored_bytes: Option<u64>,
}

#[derive(Debug, Serialize)]
struct TableInfo {
    dump_id: i32,
    schema: Option<String>,
    table: String,
    rows: Option<u64>,
    raw_bytes: u64,
    stored_bytes: Option<u64>,
    inserts: bool,
}

#[derive(Debug, Serialize, Default)]
struct LargeObjects {
    count: u64,
    bytes: u64,
}

fn text(b: &Option<Vec<u8>>) -> Option<String> {
    b.as_deref()
        .map(|v| String::from_utf8_lossy(v).into_owned())
}

fn created(h: &Header) -> Option<String> {
    h.created.map(|t| t.format_with(' '))
}

fn offsets(a: &Archive) -> &'static str {
    let data: Vec<_> = a.entries().iter().filter(|e| e.had_dumper).collect();
    if data.iter().all(|e| matches!(e.data, DataLocation::File(_))) {
        "files"
    } else if data
        .iter()
        .all(|e| matches!(e.data, DataLocation::Offset(_)))
    {
        "set"
    } else {
        "not set (written to a pipe)"
    }
}

fn human(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

fn gather(a: &mut Archive) -> Result<Info> {
    let h = a.header().clone();
    let mut by_type = BTreeMap::new();
    for e in a.entries() {
        *by_type.entry(e.desc_str().into_owned()).or_insert(0) += 1;
    }
    let jobs: Vec<_> = a
        .entries()
        .iter()
        .filter(|e| e.had_dumper)
        .map(|e| {
            (
                e.dump_id,
                e.is("BLOBS"),
                e.namespace.clone(),
                e.tag.clone(),
                e.copy_stmt.is_none(),
            )
        })
        .collect();
    let mut tables = Vec::new();
    let mut lobs = LargeObjects::default();
    let mut stored_total = Some(0u64);
    for (id, is_blobs, ns, tag, inserts) in jobs {
        let stored = a.stored_size(id);
        stored_total = stored_total.zip(stored).map(|(x, y)| x + y);
        if is_blobs {
            let b = inspect::blob_stats(a, id)?;
            lobs.count += b.count;
            lobs.bytes += b.bytes;
            continue;
        }
        let s = inspect::data_stats(a, id)?;
        tables.push(TableInfo {
            dump_id: id,
            schema: text(&ns),
            table: text(&tag).unwrap_or_default(),
            rows: s.rows,
            raw_bytes: s.raw_bytes,
            stored_bytes: s.stored_bytes,
            inserts,
        });
    }
    tables.sort_by(|x, y| {
        y.raw_bytes
            .cmp(&x.raw_bytes)
            .then(x.dump_id.cmp(&y.dump_id))
    });
    let total_raw = tables.iter().map(|t| t.raw_bytes).sum::<u64>() + lobs.bytes;
    Ok(Info {
        format: a.format().list_name(),
        archive_version: h.version.to_string(),
        compression: h
            .compression
            .algorithm()
            .map_or_else(|| format!("{:?}", h.compression), |c| c.name().to_string()),
        database: text(&h.dbname),
        server_version: text(&h.server_version),
        pg_dump_version: text(&h.pgdump_version),
        created: created(&h),
        encoding: a
            .encoding()
            .map(|e| String::from_utf8_lossy(e).into_owned()),
        entries: a.entries().len(),
        entries_by_type: by_type,
        data_offsets: offsets(a),
        tables,
        large_objects: lobs,
        total_raw_bytes: total_raw,
        total_stored_bytes: stored_total,
    })
}

pub fn run(args: Args) -> Result<i32> {
    let mut a = crate::archive_arg::open(&args.archive)?;
    let info = gather(&mut a)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &info)?;
        writeln!(out)?;
        return Ok(0);
    }
    let na = || "?".to_string();
    writeln!(
        out,
        "Format:          {} (archive version {})",
        info.format, info.archive_version
    )?;
    writeln!(out, "Compression:     {}", info.compression)?;
    writeln!(
        out,
        "Database:        {}",
        info.database.clone().unwrap_or_else(na)
    )?;
    writeln!(
        out,
        "Encoding:        {}",
        info.encoding.clone().unwrap_or_else(na)
    )?;
    writeln!(
        out,
        "Server version:  {}",
        info.server_version.clone().unwrap_or_else(na)
    )?;
    writeln!(
        out,
        "pg_dump version: {}",
        info.pg_dump_version.clone().unwrap_or_else(na)
    )?;
    writeln!(
        out,
        "Created:         {} (local time of the dumping machine)",
        info.created.clone().unwrap_or_else(na)
    )?;
    writeln!(out, "Data offsets:    {}", info.data_offsets)?;
    writeln!(out, "Entries:         {}", info.entries)?;
    let mut types: Vec<_> = info.entries_by_type.iter().collect();
    types.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
    for (t, n) in types {
        writeln!(out, "  {n:>6}  {t}")?;
    }
    writeln!(out)?;
    writeln!(out, "Tables ({}, largest first):", info.tables.len())?;
    writeln!(
        out,
        "  {:>12}  {:>10}  {:>10}  name",
        "rows", "size", "stored"
    )?;
    for t in &info.tables {
        let rows = match (t.rows, t.inserts) {
            (Some(r), _) => r.to_string(),
            (None, true) => "inserts".to_string(),
            (None, false) => "-".to_string(),
        };
        // One line per table even for a name holding a newline (`bad\nname`).
        let name = crate::exit::one_line(&match &t.schema {
            Some(s) => format!("{s}.{}", t.table),
            None => t.table.clone(),
        });
        let stored = t.stored_bytes.map_or_else(|| "-".to_string(), human);
        writeln!(
            out,
            "  {rows:>12}  {:>10}  {stored:>10}  {name}",
            human(t.raw_bytes)
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Large objects:   {} ({})",
        info.large_objects.count,
        human(info.large_objects.bytes)
    )?;
    let stored = info
        .total_stored_bytes
        .map_or_else(|| "unknown".to_string(), human);
    writeln!(
        out,
        "Total data:      {} uncompressed, {} stored",
        human(info.total_raw_bytes),
        stored
    )?;
    Ok(0)
}
