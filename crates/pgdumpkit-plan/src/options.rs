//! The options that decide what is restored and how it is rendered: pg_restore's
//! `RestoreOptions` (`pg_backup.h`) without the connection settings.

use pgdumpkit_format::DumpId;

/// Which sections `--section` enabled (all when the option is not given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sections {
    pub pre_data: bool,
    pub data: bool,
    pub post_data: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Self {
            pre_data: true,
            data: true,
            post_data: true,
        }
    }
}

/// A parsed `-L` list file: the dump ids in file order (`SortTocFromFile`); see
/// [`ListFile::parse`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFile {
    pub ids: Vec<DumpId>,
    /// Lines pg_restore ignores with a `line ignored` warning, in file order.
    pub ignored: Vec<crate::listfile::IgnoredLine>,
}

/// Everything pg_restore's command line says about selection and rendering.
///
/// Field names follow pg_restore's long options. Name lists hold bytes compared exactly
/// against tags and namespaces (pg_restore does no quoting and no pattern matching).
#[derive(Debug, Clone, Default)]
pub struct RestoreOptions {
    // Selection.
    /// `-a`
    pub data_only: bool,
    /// `-s`
    pub schema_only: bool,
    /// `--statistics-only`
    pub statistics_only: bool,
    /// `--statistics`
    pub statistics: bool,
    /// `--no-data`
    pub no_data: bool,
    /// `--no-schema`
    pub no_schema: bool,
    /// `--no-statistics`
    pub no_statistics: bool,
    /// `-n`, and `include schema` of `--filter`
    pub schemas: Vec<Vec<u8>>,
    /// `-N`, and `exclude schema` of `--filter`
    pub exclude_schemas: Vec<Vec<u8>>,
    /// `-t`, and `include table`
    pub tables: Vec<Vec<u8>>,
    /// `-I`, and `include index`
    pub indexes: Vec<Vec<u8>>,
    /// `-P`, and `include function`
    pub functions: Vec<Vec<u8>>,
    /// `-T`, and `include trigger`
    pub triggers: Vec<Vec<u8>>,
    /// `--section` (`None`: not given, every section).
    pub sections: Sections,
    /// `-L`, already parsed (see [`ListFile::parse`]). Takes precedence over `list_file_text`.
    pub list_file: Option<ListFile>,
    /// `-L`, the file's raw bytes: parsed by [`select`](crate::selection::select) against
    /// the archive's highest dump id, as `SortTocFromFile` does.
    pub list_file_text: Option<Vec<u8>>,
    /// `--strict-names`
    pub strict_names: bool,
    /// `-x`
    pub no_privileges: bool,
    /// `--no-comments`
    pub no_comments: bool,
    /// `--no-policies`
    pub no_policies: bool,
    /// `--no-publications`
    pub no_publications: bool,
    /// `--no-subscriptions`
    pub no_subscriptions: bool,
    /// `--no-security-labels`
    pub no_security_labels: bool,
    /// `-C`
    pub create: bool,

    // Rendering.
    /// `-c`
    pub clean: bool,
    /// `--if-exists`
    pub if_exists: bool,
    /// `-O`
    pub no_owner: bool,
    /// `-S`
    pub superuser: Option<Vec<u8>>,
    /// `--use-set-session-authorization`
    pub use_set_session_authorization: bool,
    /// `--disable-triggers`
    pub disable_triggers: bool,
    /// `--enable-row-security`
    pub enable_row_security: bool,
    /// `--no-tablespaces`
    pub no_tablespaces: bool,
    /// `--no-table-access-method`
    pub no_table_access_method: bool,
    /// `--role`
    pub role: Option<Vec<u8>>,
    /// `-1`
    pub single_transaction: bool,
    /// `--transaction-size` (0: not given)
    pub transaction_size: u32,
    /// `-e` (also implied by `-1` and `--transaction-size`)
    pub exit_on_error: bool,
    /// `--no-data-for-failed-tables`
    pub no_data_for_failed_tables: bool,
    /// `-v` count
    pub verbose: u8,
    /// `\restrict` key for script output (`--restrict-key`, or generated).
    pub restrict_key: Option<Vec<u8>>,
}

impl RestoreOptions {
    /// pg_restore 18's `dumpData` (`pg_restore.c`, after option parsing).
    pub fn dump_data(&self) -> bool {
        ((!self.schema_only && !self.statistics_only) || self.data_only) && !self.no_data
    }

    /// pg_restore 18's `dumpSchema`.
    pub fn dump_schema(&self) -> bool {
        ((!self.data_only && !self.statistics_only) || self.schema_only) && !self.no_schema
    }

    /// pg_restore 18's `dumpStatistics`.
    pub fn dump_statistics(&self) -> bool {
        ((!self.schema_only && !self.data_only) || self.statistics_only || self.statistics)
            && !self.no_statistics
    }

    /// Whether any of `-t -I -P -T` is given (pg_restore's `selTypes`).
    pub fn selects_types(&self) -> bool {
        !self.tables.is_empty()
            || !self.indexes.is_empty()
            || !self.functions.is_empty()
            || !self.triggers.is_empty()
    }
}
