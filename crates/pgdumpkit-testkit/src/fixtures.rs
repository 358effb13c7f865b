//! Where test inputs live: the workspace, its `testdata/`, the external corpus of real archives
//! and the side-by-side PostgreSQL toolchain.
//!
//! External inputs are found only through environment variables, never through paths baked into
//! the code:
//!
//! | variable | meaning |
//! |---|---|
//! | `PGDUMPKIT_CORPUS` | a directory of real-world archives (with `MANIFEST.tsv`) |
//! | `PGDUMPKIT_TOOLCHAIN` | a directory holding `<major>/bin/{pg_dump,pg_restore,psql,initdb,pg_ctl,postgres}` |
//! | `PGDUMPKIT_PG_BIN` | the `bin` directory of the PostgreSQL server used by [`Cluster::start`](crate::Cluster::start) |

use std::env;
use std::path::{Path, PathBuf};

/// The message printed by [`require_corpus`] when the corpus is not configured.
pub const CORPUS_SKIP_MESSAGE: &str =
    "skipped: PGDUMPKIT_CORPUS is not set (point it at a directory of real archives)";

/// The root of the Cargo workspace (the directory holding the virtual `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    // This crate lives at `<root>/crates/pgdumpkit-testkit`; the path is fixed at compile time,
    // which is right for a dev-dependency that is never published.
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .ancestors()
        .find(|dir| is_workspace_root(dir))
        .unwrap_or(manifest_dir)
        .to_path_buf()
}

fn is_workspace_root(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join("Cargo.toml"))
        .map(|text| text.lines().any(|line| line.trim() == "[workspace]"))
        .unwrap_or(false)
}

/// `<workspace>/testdata`: small fixtures committed with the code, and the golden files.
pub fn testdata_dir() -> PathBuf {
    workspace_root().join("testdata")
}

/// The value of a path-valued environment variable, ignoring it when empty.
fn env_path(name: &str) -> Option<PathBuf> {
    env::var_os(name)
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
}

/// True when running under CI (`CI=true` or `CI=1`), where optional inputs become mandatory.
pub fn in_ci() -> bool {
    matches!(
        env::var("CI")
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Ok("true" | "1" | "yes")
    )
}

/// The corpus of real archives named by `PGDUMPKIT_CORPUS`, if set.
pub fn corpus_dir() -> Option<PathBuf> {
    env_path("PGDUMPKIT_CORPUS")
}

/// The corpus directory, or `None` after printing [`CORPUS_SKIP_MESSAGE`] so that the skip
/// shows in `cargo test -- --nocapture` output and in the captured output of failures.
///
/// Use as `let Some(corpus) = require_corpus() else { return };`.
///
/// # Panics
/// When `PGDUMPKIT_CORPUS` names something that is not a directory (a misconfiguration must not
/// look like a skip), and under CI when it is unset: `.ci/run` always sets it, so a skip there
/// would hide tests that are meant to run.
pub fn require_corpus() -> Option<PathBuf> {
    match corpus_dir() {
        Some(dir) if dir.is_dir() => Some(dir),
        Some(dir) => panic!(
            "PGDUMPKIT_CORPUS={} is not a directory (point it at a directory of real archives)",
            dir.display()
        ),
        None if in_ci() => panic!(
            "PGDUMPKIT_CORPUS is not set but CI is: the corpus tests must run in CI \
             (point PGDUMPKIT_CORPUS at a directory of real archives)"
        ),
        None => {
            eprintln!("{CORPUS_SKIP_MESSAGE}");
            None
        }
    }
}

/// The multi-version toolchain named by `PGDUMPKIT_TOOLCHAIN`, if set.
pub fn toolchain_dir() -> Option<PathBuf> {
    env_path("PGDUMPKIT_TOOLCHAIN")
}

/// `$PGDUMPKIT_TOOLCHAIN/<major>/bin/<program>` when it exists and is executable.
pub fn toolchain_program(major: u32, program: &str) -> Option<PathBuf> {
    let path = toolchain_dir()?
        .join(major.to_string())
        .join("bin")
        .join(program);
    is_executable(&path).then_some(path)
}

/// Like [`toolchain_program`], for tests that cannot do without the program.
///
/// # Panics
/// When the program is missing, with a message saying what to set or install.
#[track_caller]
pub fn require_toolchain_program(major: u32, program: &str) -> PathBuf {
    match toolchain_program(major, program) {
        Some(path) => path,
        None => panic!("{}", missing_toolchain_message(major, program)),
    }
}

/// The message for a program missing from the toolchain (shared with the cluster code).
pub(crate) fn missing_toolchain_message(major: u32, program: &str) -> String {
    match toolchain_dir() {
        None => format!(
            "{program} {major} is needed: set PGDUMPKIT_TOOLCHAIN to a directory holding \
             <major>/bin/{program} (the pg-toolchain script of the steering repository builds one)"
        ),
        Some(dir) => format!(
            "{program} {major} is needed but {} is not an executable file: install PostgreSQL \
             {major} in PGDUMPKIT_TOOLCHAIN (rerun the pg-toolchain script on that directory)",
            dir.join(major.to_string())
                .join("bin")
                .join(program)
                .display()
        ),
    }
}

/// The reference `pg_restore` of a major version (`$PGDUMPKIT_TOOLCHAIN/<major>/bin/pg_restore`).
pub fn pg_restore_oracle(major: u32) -> Option<PathBuf> {
    toolchain_program(major, "pg_restore")
}

/// The reference `pg_restore`, failing the test when it is missing.
///
/// # Panics
/// When the oracle is not installed, with a message saying what to set.
#[track_caller]
pub fn require_pg_restore_oracle(major: u32) -> PathBuf {
    require_toolchain_program(major, "pg_restore")
}

/// A regular file with an execute bit.
pub(crate) fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// The first directory of `PATH` holding an executable `program`.
pub(crate) fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}
