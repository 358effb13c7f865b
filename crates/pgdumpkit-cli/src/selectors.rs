//! The pg_restore selectors shared by `list`, `info`, `cat`, `restore` and `filter`, and their
//! conversion into library options (the one place where arguments become options).

use std::ffi::OsString;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;
use pgdumpkit_plan::{RestoreOptions, Sections};

/// Selection options, with pg_restore's names and meanings.
#[derive(Debug, Args, Default, Clone)]
pub struct SelectorArgs {
    /// Restore only the data, no schema
    #[arg(short = 'a', long = "data-only")]
    pub data_only: bool,
    /// Restore only the schema, no data
    #[arg(short = 's', long = "schema-only")]
    pub schema_only: bool,
    /// Include the DATABASE entries (create the target database)
    #[arg(short = 'C', long)]
    pub create: bool,
    /// Objects in this schema only (exact name; repeatable)
    #[arg(short = 'n', long = "schema", value_name = "NAME")]
    pub schema: Vec<OsString>,
    /// Skip objects in this schema (repeatable)
    #[arg(short = 'N', long = "exclude-schema", value_name = "NAME")]
    pub exclude_schema: Vec<OsString>,
    /// Named relation (table, view, sequence, ...; repeatable)
    #[arg(short = 't', long = "table", value_name = "NAME")]
    pub table: Vec<OsString>,
    /// Named index (repeatable)
    #[arg(short = 'I', long = "index", value_name = "NAME")]
    pub index: Vec<OsString>,
    /// Named function, as NAME(args) (repeatable)
    #[arg(short = 'P', long = "function", value_name = "NAME(args)")]
    pub function: Vec<OsString>,
    /// Named trigger, as "TABLE TRIGGER" (repeatable)
    #[arg(short = 'T', long = "trigger", value_name = "NAME")]
    pub trigger: Vec<OsString>,
    /// Use the table of contents from this file (pg_restore -l output) to select and order
    #[arg(short = 'L', long = "use-list", value_name = "FILENAME")]
    pub use_list: Option<PathBuf>,
    /// Include/exclude objects by the rules in this file (- for standard input)
    #[arg(long, value_name = "FILENAME")]
    pub filter: Vec<PathBuf>,
    /// Restore named section (pre-data, data, or post-data; repeatable)
    #[arg(long, value_name = "SECTION")]
    pub section: Vec<String>,
    /// Each -n/-t/-I/-P/-T name must match something
    #[arg(long)]
    pub strict_names: bool,
    /// Skip access privileges (grant/revoke)
    #[arg(short = 'x', long = "no-privileges", visible_alias = "no-acl")]
    pub no_privileges: bool,
    /// Skip comments
    #[arg(long)]
    pub no_comments: bool,
    /// Skip row security policies
    #[arg(long)]
    pub no_policies: bool,
    /// Skip publications
    #[arg(long)]
    pub no_publications: bool,
    /// Skip subscriptions
    #[arg(long)]
    pub no_subscriptions: bool,
    /// Skip security labels
    #[arg(long)]
    pub no_security_labels: bool,
    /// Do not restore data
    #[arg(long)]
    pub no_data: bool,
    /// Do not restore schema
    #[arg(long)]
    pub no_schema: bool,
    /// Do not restore statistics
    #[arg(long)]
    pub no_statistics: bool,
    /// Restore the statistics (the default)
    #[arg(long, alias = "with-statistics")]
    pub statistics: bool,
    /// Restore only the statistics
    #[arg(long)]
    pub statistics_only: bool,
}

/// Names are bytes, as pg_restore takes them: a LATIN1 table name is not UTF-8.
fn bytes(v: &[OsString]) -> Vec<Vec<u8>> {
    v.iter().map(|s| s.as_encoded_bytes().to_vec()).collect()
}

impl SelectorArgs {
    /// Checks the conflicts pg_restore checks (`pg_restore.c`, same messages) and builds the
    /// selection part of the options. `-L` and `--filter` files are read here.
    pub fn to_options(&self) -> Result<RestoreOptions> {
        let pairs = [
            (
                self.schema_only,
                "-s/--schema-only",
                self.data_only,
                "-a/--data-only",
            ),
            (
                self.schema_only,
                "-s/--schema-only",
                self.statistics_only,
                "--statistics-only",
            ),
            (
                self.data_only,
                "-a/--data-only",
                self.statistics_only,
                "--statistics-only",
            ),
            (self.data_only, "-a/--data-only", self.no_data, "--no-data"),
            (
                self.schema_only,
                "-s/--schema-only",
                self.no_schema,
                "--no-schema",
            ),
            (
                self.statistics_only,
                "--statistics-only",
                self.no_statistics,
                "--no-statistics",
            ),
            (
                self.statistics,
                "--statistics",
                self.no_statistics,
                "--no-statistics",
            ),
            (
                self.data_only,
                "-a/--data-only",
                self.statistics,
                "--statistics",
            ),
            (
                self.schema_only,
                "-s/--schema-only",
                self.statistics,
                "--statistics",
            ),
        ];
        for (a, an, b, bn) in pairs {
            if a && b {
                bail!(crate::exit::Usage(format!(
                    "options {an} and {bn} cannot be used together"
                )));
            }
        }
        let mut o = RestoreOptions {
            data_only: self.data_only,
            schema_only: self.schema_only,
            statistics_only: self.statistics_only,
            statistics: self.statistics,
            no_data: self.no_data,
            no_schema: self.no_schema,
            no_statistics: self.no_statistics,
            schemas: bytes(&self.schema),
            exclude_schemas: bytes(&self.exclude_schema),
            tables: bytes(&self.table),
            indexes: bytes(&self.index),
            functions: bytes(&self.function),
            triggers: bytes(&self.trigger),
            strict_names: self.strict_names,
            no_privileges: self.no_privileges,
            no_comments: self.no_comments,
            no_policies: self.no_policies,
            no_publications: self.no_publications,
            no_subscriptions: self.no_subscriptions,
            no_security_labels: self.no_security_labels,
            create: self.create,
            ..RestoreOptions::default()
        };
        if !self.section.is_empty() {
            let mut s = Sections {
                pre_data: false,
                data: false,
                post_data: false,
            };
            for name in &self.section {
                match name.as_str() {
                    "pre-data" => s.pre_data = true,
                    "data" => s.data = true,
                    "post-data" => s.post_data = true,
                    other => bail!(crate::exit::Usage(format!(
                        "unrecognized section name: \"{other}\""
                    ))),
                }
            }
            o.sections = s;
        }
        for f in &self.filter {
            let (text, name) = if f.as_os_str() == "-" {
                let mut buf = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
                    .context("could not read filter from standard input")?;
                (buf, None)
            } else {
                let buf = std::fs::read(f)
                    .with_context(|| format!("could not open filter file \"{}\"", f.display()))?;
                (buf, Some(f.display().to_string()))
            };
            pgdumpkit_plan::filter::apply_filter(&text, name.as_deref(), &mut o)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        if let Some(l) = &self.use_list {
            let text = std::fs::read(l)
                .with_context(|| format!("could not open TOC file \"{}\"", l.display()))?;
            o.list_file_text = Some(text);
        }
        Ok(o)
    }
}
