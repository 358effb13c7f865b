//! `pgdumpkit`: look inside, verify, extract from and restore PostgreSQL pg_dump archives.
//!
//! Each subcommand is a small module turning its arguments into library options and calling
//! one library function; errors become exit codes here.

mod archive_arg;
mod cat;
mod exit;
mod filter;
mod info;
mod list;
mod restore;
mod restore_db;
mod selectors;
mod tz;
mod verify;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "pgdumpkit",
    version,
    about = "Inspect, verify, extract and restore pg_dump archives"
)]
struct Cli {
    /// More messages on standard error (repeat for more)
    #[arg(short = 'v', long = "verbose", action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the table of contents, byte for byte as `pg_restore -l`
    List(list::Args),
    /// Summarise an archive: header, entry counts, table sizes and row counts
    Info(info::Args),
    /// Read all data and report every problem found
    Verify(verify::Args),
    /// Print one table's rows as COPY text or CSV
    Cat(cat::Args),
    /// pg_restore, as a drop-in: without -d, write the SQL script exactly as pg_restore 18 does
    Restore(Box<restore::Args>),
    /// Write a new archive: a selection of entries, another format or compression
    Filter(filter::Args),
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            // Printing help to a closed pipe is not worth a panic.
            let _ = e.print();
            std::process::exit(code);
        }
    };
    init_tracing(cli.verbose);
    let result = match cli.command {
        Command::List(a) => list::run(a, cli.verbose),
        Command::Info(a) => info::run(a),
        Command::Verify(a) => verify::run(a),
        Command::Cat(a) => cat::run(a),
        Command::Restore(a) => restore::run(*a, cli.verbose),
        Command::Filter(a) => filter::run(a),
    };
    let code = match result {
        Ok(code) => code,
        Err(e) => exit::report(&e),
    };
    std::process::exit(code);
}

fn init_tracing(verbose: u8) {
    let level = match verbose {
        0 => tracing::Level::WARN,
        1 => tracing::Level::INFO,
        _ => tracing::Level::DEBUG,
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(level)
        .with_target(false)
        .without_time()
        .init();
}
