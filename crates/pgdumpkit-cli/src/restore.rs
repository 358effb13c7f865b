//! `pgdumpkit restore`: a drop-in for `pg_restore`. Without `-d` it writes the SQL script,
//! byte for byte as pg_restore 18 writes it (to `-f FILE`, or to standard output).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::ArgAction;
use pgdumpkit_format::{Archive, Format};
use pgdumpkit_plan::script::{LogLevel, LogMessage};
use pgdumpkit_restore::script::{ScriptEnv, TimeZone, write_script};

use crate::exit::Usage;
use crate::selectors::SelectorArgs;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForcedFormat {
    Custom,
    Directory,
    Tar,
}

fn parse_format(s: &str) -> Result<ForcedFormat, String> {
    // `pg_restore.c`: the first letter decides, case-insensitively.
    match s.to_ascii_lowercase().as_str() {
        "c" | "custom" => Ok(ForcedFormat::Custom),
        "d" | "directory" => Ok(ForcedFormat::Directory),
        "t" | "tar" => Ok(ForcedFormat::Tar),
        "p" | "plain" => Err(format!(
            "archive format \"{s}\" is not supported; please use psql"
        )),
        _ => Err(format!(
            "unrecognized archive format \"{s}\"; please specify \"c\", \"d\", or \"t\""
        )),
    }
}

/// pg_restore 18's options. `-h` is the host, as in pg_restore; help is `--help` or `-?`.
#[derive(Debug, clap::Args)]
#[command(disable_help_flag = true)]
pub struct Args {
    /// Archive file or directory (standard input when absent)
    pub archive: Option<PathBuf>,
    /// Connect to this database (a name, URI or key=value string)
    #[arg(short = 'd', long = "dbname", value_name = "NAME")]
    pub dbname: Option<String>,
    /// Output file name (- for stdout; the default without -d)
    #[arg(short = 'f', long = "file", value_name = "FILENAME")]
    pub file: Option<PathBuf>,
    /// Backup file format (should be automatic)
    #[arg(short = 'F', long = "format", value_name = "c|d|t", value_parser = parse_format)]
    pub format: Option<ForcedFormat>,
    /// Print summarized TOC of the archive
    #[arg(short = 'l', long = "list")]
    pub list: bool,
    #[command(flatten)]
    pub select: SelectorArgs,
    /// Clean (drop) database objects before recreating
    #[arg(short = 'c', long)]
    pub clean: bool,
    /// Exit on error, default is to continue
    #[arg(short = 'e', long = "exit-on-error")]
    pub exit_on_error: bool,
    /// Use this many parallel jobs to restore
    #[arg(
        short = 'j',
        long = "jobs",
        value_name = "NUM",
        allow_negative_numbers = true
    )]
    pub jobs: Option<i64>,
    /// Skip restoration of object ownership
    #[arg(short = 'O', long = "no-owner")]
    pub no_owner: bool,
    /// Superuser user name to use for disabling triggers
    #[arg(short = 'S', long = "superuser", value_name = "NAME")]
    pub superuser: Option<String>,
    /// Restore as a single transaction
    #[arg(short = '1', long = "single-transaction")]
    pub single_transaction: bool,
    /// Disable triggers during data-only restore
    #[arg(long)]
    pub disable_triggers: bool,
    /// Enable row security
    #[arg(long)]
    pub enable_row_security: bool,
    /// Use IF EXISTS when dropping objects
    #[arg(long)]
    pub if_exists: bool,
    /// Do not restore data of tables that could not be created
    #[arg(long)]
    pub no_data_for_failed_tables: bool,
    /// Do not restore table access methods
    #[arg(long)]
    pub no_table_access_method: bool,
    /// Do not restore tablespace assignments
    #[arg(long)]
    pub no_tablespaces: bool,
    /// Use provided string as psql \restrict key
    #[arg(long, value_name = "RESTRICT_KEY")]
    pub restrict_key: Option<String>,
    /// Commit after every N objects
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub transaction_size: Option<i64>,
    /// Use SET SESSION AUTHORIZATION commands instead of ALTER OWNER commands
    #[arg(long)]
    pub use_set_session_authorization: bool,
    /// Accepted and ignored, as by pg_restore
    #[arg(short = 'R', long = "no-reconnect", hide = true)]
    pub no_reconnect: bool,
    /// Database server host or socket directory
    #[arg(short = 'h', long = "host", value_name = "HOSTNAME")]
    pub host: Option<String>,
    /// Database server port number
    #[arg(short = 'p', long = "port", value_name = "PORT")]
    pub port: Option<String>,
    /// Connect as specified database user
    #[arg(short = 'U', long = "username", value_name = "NAME")]
    pub username: Option<String>,
    /// Never prompt for password
    #[arg(short = 'w', long = "no-password")]
    pub no_password: bool,
    /// Force password prompt
    #[arg(short = 'W', long = "password")]
    pub password: bool,
    /// Do SET ROLE before restore
    #[arg(long, value_name = "ROLENAME")]
    pub role: Option<String>,
    /// With -d: progress on stderr (auto: a bar when stderr is a terminal)
    #[arg(
        long,
        value_enum,
        default_value = "auto",
        value_name = "auto|bar|plain|none"
    )]
    pub progress: crate::restore_db::ProgressMode,
    /// With -d: JSON Lines events (plan, entries, progress, log lines, summary) on stdout
    #[arg(long)]
    pub json: bool,
    /// Show this help, then exit
    #[arg(short = '?', long = "help", action = ArgAction::Help)]
    pub help: Option<bool>,
}

fn usage(msg: impl Into<String>) -> anyhow::Error {
    Usage(msg.into()).into()
}

/// pg_restore's checks, in its order and with its messages (`pg_restore.c` main; restore spec
/// §2.2), except that no -d/-f means standard output.
fn check(a: &Args) -> Result<()> {
    if a.dbname.is_some() && a.file.is_some() {
        return Err(usage(
            "options -d/--dbname and -f/--file cannot be used together",
        ));
    }
    if a.dbname.is_some() && a.restrict_key.is_some() {
        return Err(usage(
            "options -d/--dbname and --restrict-key cannot be used together",
        ));
    }
    if let Some(k) = &a.restrict_key {
        if !pgdumpkit_restore::script::valid_restrict_key(k.as_bytes()) {
            bail!("invalid restrict key");
        }
    }
    let s = &a.select;
    if a.clean && s.data_only {
        return Err(usage(
            "options -c/--clean and -a/--data-only cannot be used together",
        ));
    }
    if a.single_transaction && a.transaction_size.is_some() {
        return Err(usage(
            "options -1/--single-transaction and --transaction-size cannot be used together",
        ));
    }
    if s.create && a.single_transaction {
        return Err(usage(
            "options -C/--create and -1/--single-transaction cannot be used together",
        ));
    }
    if a.single_transaction && a.jobs.is_some_and(|j| j > 1) {
        return Err(usage(
            "cannot specify both --single-transaction and multiple jobs",
        ));
    }
    if a.if_exists && !a.clean {
        return Err(usage("option --if-exists requires option -c/--clean"));
    }
    if a.jobs
        .is_some_and(|j| !(1..=i64::from(i32::MAX)).contains(&j))
    {
        return Err(usage("-j/--jobs must be in range 1..2147483647"));
    }
    if a.transaction_size
        .is_some_and(|n| !(1..=i64::from(i32::MAX)).contains(&n))
    {
        return Err(usage("--transaction-size must be in range 1..2147483647"));
    }
    Ok(())
}

pub(crate) fn open(a: &Args) -> Result<Archive> {
    let path = a.archive.as_deref().unwrap_or(Path::new("-"));
    match a.format {
        None => crate::archive_arg::open(path),
        Some(f) => {
            if path.as_os_str() == "-" {
                return crate::archive_arg::open(path);
            }
            let f = match f {
                ForcedFormat::Custom => Format::Custom,
                ForcedFormat::Directory => Format::Directory,
                ForcedFormat::Tar => Format::Tar,
            };
            let a = Archive::open_with_format(path, f)
                .with_context(|| format!("\"{}\"", path.display()))?;
            crate::archive_arg::warn(&a);
            Ok(a)
        }
    }
}

fn print_log(m: &LogMessage, verbose: u8) {
    match m.level {
        LogLevel::Info if verbose > 0 => eprintln!("pgdumpkit: {}", m.text),
        LogLevel::Info => {}
        _ => eprintln!("pgdumpkit: warning: {}", m.text),
    }
}

/// Where the script goes: standard output, a device or FIFO as given, or a regular file
/// written under a temporary name and renamed when complete, so that a failed run never
/// leaves a file that looks whole.
enum Output {
    Stdout,
    Direct(std::fs::File),
    Staged {
        tmp: PathBuf,
        file: std::fs::File,
        dest: PathBuf,
    },
}

impl Output {
    fn open(path: Option<&Path>) -> Result<Self> {
        let Some(p) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output::Stdout);
        };
        let regular_or_absent = std::fs::metadata(p).map_or(true, |m| m.is_file());
        if !regular_or_absent {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(p)
                .with_context(|| format!("could not open output file \"{}\"", p.display()))?;
            return Ok(Output::Direct(f));
        }
        let mut name = p.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".pgdumpkit-partial-{}", std::process::id()));
        let tmp = p.with_file_name(name);
        let file = std::fs::File::create(&tmp)
            .with_context(|| format!("could not open output file \"{}\"", p.display()))?;
        Ok(Output::Staged {
            tmp,
            file,
            dest: p.to_path_buf(),
        })
    }
}

pub fn run(a: Args, verbose: u8) -> Result<i32> {
    check(&a)?;
    let mut opts = a.select.to_options()?;
    opts.verbose = verbose;
    opts.clean = a.clean;
    opts.if_exists = a.if_exists;
    opts.no_owner = a.no_owner;
    opts.superuser = a.superuser.as_ref().map(|s| s.as_bytes().to_vec());
    opts.use_set_session_authorization = a.use_set_session_authorization;
    opts.disable_triggers = a.disable_triggers;
    opts.enable_row_security = a.enable_row_security;
    opts.no_tablespaces = a.no_tablespaces;
    opts.no_table_access_method = a.no_table_access_method;
    opts.role = a.role.as_ref().map(|s| s.as_bytes().to_vec());
    opts.single_transaction = a.single_transaction;
    opts.transaction_size = a
        .transaction_size
        .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX));
    opts.exit_on_error = a.exit_on_error || a.single_transaction || a.transaction_size.is_some();
    opts.no_data_for_failed_tables = a.no_data_for_failed_tables;
    opts.restrict_key = a.restrict_key.as_ref().map(|s| s.as_bytes().to_vec());

    if a.list {
        let archive = open(&a)?;
        return crate::list::print(&archive, &opts, a.file.as_deref(), false);
    }
    if a.dbname.is_some() {
        return crate::restore_db::run(&a, &opts, verbose);
    }
    if a.json {
        return Err(usage("option --json requires option -d/--dbname"));
    }
    let mut archive = open(&a)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    let (abbrev, offset_seconds) = crate::tz::zone_at(now);
    let env = ScriptEnv {
        zone: TimeZone {
            offset_seconds,
            abbrev,
        },
        pg_version: crate::list::PG_RESTORE_COMPAT.to_string(),
        ..ScriptEnv::default()
    };
    let mut log = |m: &LogMessage| print_log(m, verbose);
    match Output::open(a.file.as_deref())? {
        Output::Stdout => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::with_capacity(256 * 1024, stdout.lock());
            write_script(&mut archive, &opts, &mut out, &env, &mut log)?;
            out.flush()?;
        }
        Output::Direct(f) => {
            let mut out = BufWriter::with_capacity(256 * 1024, f);
            write_script(&mut archive, &opts, &mut out, &env, &mut log)?;
            out.flush()?;
        }
        Output::Staged { tmp, file, dest } => {
            let mut out = BufWriter::with_capacity(256 * 1024, file);
            let done = write_script(&mut archive, &opts, &mut out, &env, &mut log)
                .map_err(anyhow::Error::from)
                .and_then(|()| out.flush().map_err(anyhow::Error::from));
            if let Err(e) = done {
                let _ = std::fs::remove_file(&tmp);
                return Err(e.context(format!("no script written to \"{}\"", dest.display())));
            }
            drop(out);
            std::fs::rename(&tmp, &dest)
                .with_context(|| format!("could not rename output to \"{}\"", dest.display()))?;
        }
    }
    Ok(0)
}
