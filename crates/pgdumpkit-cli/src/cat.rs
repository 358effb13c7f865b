//! `pgdumpkit cat`: one table's rows, streamed, as COPY text or CSV.

use std::ffi::OsString;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Result, bail};
use pgdumpkit_format::ArchiveVersion;
use pgdumpkit_format::copy_text::{self, DataHead, RowReader};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    /// COPY text exactly as stored, without the COPY statement and the \. terminator
    Copy,
    /// RFC 4180 CSV, as COPY ... (FORMAT csv) writes it
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Archive file or directory (- for standard input)
    pub archive: PathBuf,
    /// Table name (exact, as pg_restore -t; bytes in the archive's encoding)
    pub table: OsString,
    /// Schema of the table, when the name exists in several
    #[arg(short = 'n', long = "schema", value_name = "SCHEMA")]
    pub schema: Option<OsString>,
    /// Output format
    #[arg(long, value_enum, default_value_t = OutFormat::Copy)]
    pub format: OutFormat,
    /// With --format csv: a first line with the column names
    #[arg(long)]
    pub header: bool,
}

pub fn run(args: Args) -> Result<i32> {
    if args.header && args.format != OutFormat::Csv {
        bail!(crate::exit::Usage("--header requires --format csv".into()));
    }
    let mut archive = crate::archive_arg::open(&args.archive)?;
    // Names are bytes (a LATIN1 archive's names are not UTF-8), compared as pg_restore -t does.
    let table = args.table.as_encoded_bytes();
    let schema = args.schema.as_deref().map(|s| s.as_encoded_bytes());
    let shown = String::from_utf8_lossy(table);
    let matches: Vec<_> = archive
        .entries()
        .iter()
        .filter(|e| e.is("TABLE DATA") && e.tag_bytes() == table)
        .filter(|e| schema.is_none_or(|s| e.namespace.as_deref() == Some(s)))
        .collect();
    let entry = match matches.as_slice() {
        [] => {
            let what = match schema {
                Some(s) => format!("{}.{shown}", String::from_utf8_lossy(s)),
                None => shown.into_owned(),
            };
            bail!("archive has no data for table \"{what}\"")
        }
        [one] => (*one).clone(),
        many => {
            let schemas: Vec<String> = many
                .iter()
                .map(|e| {
                    String::from_utf8_lossy(e.namespace.as_deref().unwrap_or(b"-")).into_owned()
                })
                .collect();
            bail!(
                "table \"{}\" exists in several schemas ({}): choose one with -n",
                shown,
                schemas.join(", ")
            )
        }
    };
    let inserts = || {
        anyhow::anyhow!(
            "table \"{shown}\" was dumped with --inserts: its data is INSERT statements, not rows; \
             use `pgdumpkit restore -a -t {shown}` to see them"
        )
    };
    let stored_stmt = entry.copy_stmt.clone().filter(|s| !s.is_empty());
    // Archives before 1.3 have no copyStmt field: the statement heads the data.
    let inline = stored_stmt.is_none() && !archive.header().version.at_least(ArchiveVersion::V1_3);
    if stored_stmt.is_none() && !inline {
        return Err(inserts());
    }
    // The reader hands out large slices itself: no buffer of our own in between.
    let mut data = archive.open_data(entry.dump_id)?;
    let copy_stmt = match stored_stmt {
        Some(s) => s,
        None => match copy_text::read_data_head(&mut data)? {
            DataHead::Copy(s) => s,
            DataHead::Sql(_) => return Err(inserts()),
        },
    };
    let stdout = std::io::stdout();
    // Smaller than the reader's slices (see `codec::FILL_SIZE`), so that a run of whole rows
    // from one slice goes straight to `write(2)`; short pieces are gathered here.
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    match args.format {
        OutFormat::Copy => {
            // The rows as stored, copied through in large slices up to the terminator.
            copy_text::copy_rows(&mut data, &mut out)?;
        }
        OutFormat::Csv => {
            let mut rows = RowReader::new(data);
            let mut line = Vec::with_capacity(4096);
            if args.header {
                let cols = copy_text::copy_columns(&copy_stmt).unwrap_or_default();
                let fields: Vec<_> = cols.into_iter().map(Some).collect();
                copy_text::write_csv_row(&mut out, &fields)?;
            }
            let mut fields = Vec::new();
            while rows.next_row(&mut line)? {
                copy_text::decode_row(&line, &mut fields);
                copy_text::write_csv_row(&mut out, &fields)?;
            }
        }
    }
    out.flush()?;
    Ok(0)
}
