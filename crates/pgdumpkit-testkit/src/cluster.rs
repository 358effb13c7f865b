//! Throwaway PostgreSQL servers: one `initdb` per [`Cluster`], stopped and deleted on drop.
//!
//! Each cluster lives in its own temporary directory (data directory, Unix socket directory and
//! server log), listens on `127.0.0.1` on a free port, trusts every local connection and runs
//! with `fsync` off: it is fast to create and holds nothing worth keeping.
//!
//! PostgreSQL refuses to run as root (`postmaster.c` checks `geteuid()`), so when the tests run as
//! root the server programs are started through `runuser -u postgres --` and the temporary
//! directory is given to that user.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::io::Write as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::error::TestkitError;
use crate::fixtures::{find_on_path, is_executable, missing_toolchain_message, toolchain_dir};

/// The operating-system user that runs the server when the tests run as root; Debian's
/// `postgresql` package creates it.
const SERVER_OS_USER: &str = "postgres";

/// The database superuser created by `initdb -U`: fixed, so connection strings do not depend on
/// who runs the tests.
const SUPERUSER: &str = "postgres";

/// How many ports to try when the chosen one is taken between our probe and the server's bind.
const START_ATTEMPTS: u32 = 5;

/// Settings appended to `postgresql.conf`: safe only because the cluster is thrown away.
const SETTINGS: &str = "\
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 50
max_wal_size = 256MB
log_min_messages = warning
";

/// The hint given whenever the default server cannot be found.
const INSTALL_HINT: &str = "install PostgreSQL (Debian: `apt-get install postgresql`) \
                            or set PGDUMPKIT_PG_BIN to the directory holding initdb and pg_ctl";

/// A running throwaway PostgreSQL server. Dropping it stops the server (`pg_ctl stop -m
/// immediate`) and removes its directory.
///
/// `Cluster` is `Sync`: threads of one test may share it, each with its own database from
/// [`create_database`](Cluster::create_database).
#[derive(Debug)]
pub struct Cluster {
    /// `None` only while dropping.
    dir: Option<tempfile::TempDir>,
    data_dir: PathBuf,
    socket_dir: PathBuf,
    log_file: PathBuf,
    bin_dir: PathBuf,
    psql: PathBuf,
    port: u16,
    version: String,
    major: u32,
    /// `Some(user)` when server programs must run as another OS user (we are root).
    run_as: Option<String>,
    running: bool,
    next_db: AtomicU32,
}

impl Cluster {
    /// Starts a server from the default installation, found in this order:
    /// `$PGDUMPKIT_PG_BIN`, `pg_config --bindir`, the newest `/usr/lib/postgresql/<major>/bin`
    /// (Debian's layout), then the directory of `initdb` on `PATH`.
    pub fn start() -> Result<Cluster, TestkitError> {
        Cluster::start_with_bin_dir(default_bin_dir()?)
    }

    /// Starts a server of one major version from `$PGDUMPKIT_TOOLCHAIN/<major>/bin`.
    pub fn start_version(major: u32) -> Result<Cluster, TestkitError> {
        let Some(toolchain) = toolchain_dir() else {
            return Err(TestkitError::MissingProgram {
                program: format!("PostgreSQL {major} server"),
                searched: "PGDUMPKIT_TOOLCHAIN (unset)".into(),
                hint: missing_toolchain_message(major, "initdb"),
            });
        };
        let bin_dir = toolchain.join(major.to_string()).join("bin");
        for program in ["initdb", "pg_ctl", "postgres"] {
            if !is_executable(&bin_dir.join(program)) {
                return Err(TestkitError::MissingProgram {
                    program: format!("{program} {major}"),
                    searched: bin_dir.display().to_string(),
                    hint: missing_toolchain_message(major, program),
                });
            }
        }
        Cluster::start_with_bin_dir(bin_dir)
    }

    /// Starts a server whose `initdb` and `pg_ctl` are in `bin_dir`.
    pub fn start_with_bin_dir(bin_dir: impl Into<PathBuf>) -> Result<Cluster, TestkitError> {
        let bin_dir = bin_dir.into();
        for program in ["initdb", "pg_ctl"] {
            if !is_executable(&bin_dir.join(program)) {
                return Err(TestkitError::MissingProgram {
                    program: program.into(),
                    searched: bin_dir.display().to_string(),
                    hint: INSTALL_HINT.into(),
                });
            }
        }
        let psql = find_psql(&bin_dir)?;
        let (version, major) = server_version(&bin_dir)?;
        let run_as = if running_as_root() {
            Some(SERVER_OS_USER.to_string())
        } else {
            None
        };

        // The directory must be reachable by the server's user: the system temporary directory
        // is world-traversable, a home directory usually is not.
        let dir = tempfile::Builder::new()
            .prefix("pgdumpkit-cluster-")
            .tempdir_in(std::env::temp_dir())
            .map_err(|e| TestkitError::io("cannot create the cluster's temporary directory", e))?;
        let root = dir.path().to_path_buf();
        let socket_dir = root.join("sock");
        std::fs::create_dir(&socket_dir)
            .map_err(|e| TestkitError::io(format!("cannot create {}", socket_dir.display()), e))?;
        if let Some(user) = &run_as {
            let (uid, gid) = os_user_ids(user)?;
            for path in [&root, &socket_dir] {
                std::os::unix::fs::chown(path, Some(uid), Some(gid)).map_err(|e| {
                    TestkitError::io(format!("cannot give {} to {user}", path.display()), e)
                })?;
            }
        }

        let mut cluster = Cluster {
            data_dir: root.join("data"),
            log_file: root.join("server.log"),
            dir: Some(dir),
            socket_dir,
            bin_dir,
            psql,
            port: 0,
            version,
            major,
            run_as,
            running: false,
            next_db: AtomicU32::new(1),
        };
        cluster.initdb()?;
        cluster.start_server()?;
        Ok(cluster)
    }

    /// `initdb` with settings that make every test cluster alike whatever the machine's locale.
    fn initdb(&self) -> Result<(), TestkitError> {
        let mut cmd = self.server_command("initdb");
        cmd.arg("-D")
            .arg(&self.data_dir)
            .args(["-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--no-locale"])
            // No fsync of the new files: the cluster never outlives a crash anyway.
            .arg("--no-sync");
        run_checked(&mut cmd)?;
        let conf = self.data_dir.join("postgresql.conf");
        let mut settings = String::from(SETTINGS);
        let _ = writeln!(
            settings,
            "unix_socket_directories = '{}'",
            self.socket_dir.display().to_string().replace('\'', "''")
        );
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&conf)
            .map_err(|e| TestkitError::io(format!("cannot open {}", conf.display()), e))?;
        file.write_all(settings.as_bytes())
            .map_err(|e| TestkitError::io(format!("cannot write {}", conf.display()), e))
    }

    /// `pg_ctl start` on a free port, retrying with another port when the one we probed was
    /// taken before the server could bind it.
    fn start_server(&mut self) -> Result<(), TestkitError> {
        let mut last_log = String::new();
        for _ in 0..START_ATTEMPTS {
            let port = free_port()?;
            let log_before = self.log().len();
            let mut cmd = self.server_command("pg_ctl");
            cmd.arg("-D")
                .arg(&self.data_dir)
                .arg("-l")
                .arg(&self.log_file)
                .args(["-w", "-t", "120", "-o"])
                .arg(format!("-p {port}"))
                .arg("start");
            // pg_ctl hands the server's output to the log file, so its own pipes close when it
            // exits even though the server keeps running.
            let output = spawn_output(&mut cmd, None)?;
            if output.status.success() {
                self.port = port;
                self.running = true;
                return Ok(());
            }
            let log = self.log();
            let attempt_log = log.get(log_before..).unwrap_or(&log).to_string();
            // postmaster.c: "could not bind IPv4 address ... Address already in use" then
            // "could not create any TCP/IP sockets".
            let port_clash = attempt_log.contains("Address already in use")
                || attempt_log.contains("could not create any TCP/IP sockets");
            last_log = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stderr),
                tail(&attempt_log, 40)
            );
            if !port_clash {
                // pg_ctl may have given up waiting while the server still starts.
                self.stop();
                return Err(TestkitError::StartFailed {
                    attempts: 1,
                    log: last_log,
                });
            }
        }
        Err(TestkitError::StartFailed {
            attempts: START_ATTEMPTS,
            log: last_log,
        })
    }

    /// A command running a program of `bin_dir` as the server's OS user.
    fn server_command(&self, program: &str) -> Command {
        let path = self.bin_dir.join(program);
        let mut cmd = match &self.run_as {
            Some(user) => {
                let mut cmd = Command::new("runuser");
                cmd.args(["-u", user, "--"]).arg(path);
                cmd
            }
            None => Command::new(path),
        };
        clean_env(&mut cmd);
        // Messages in English, so the log can be searched for known failures.
        cmd.env("LC_ALL", "C");
        if let Some(dir) = &self.dir {
            // The server's user may not be able to enter our working directory.
            cmd.current_dir(dir.path());
        }
        cmd
    }

    /// The TCP port the server listens on (at `127.0.0.1`).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The Unix socket directory: use it as `host` for a socket connection.
    pub fn host(&self) -> &Path {
        &self.socket_dir
    }

    /// The directory of the server programs (`initdb`, `pg_ctl`, `postgres`).
    pub fn bin_dir(&self) -> &Path {
        &self.bin_dir
    }

    /// The `psql` used by [`psql`](Cluster::psql): the server's own, else another found by
    /// the same search as the server (a newer `psql` talks to older servers).
    pub fn psql_path(&self) -> &Path {
        &self.psql
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The server version as `postgres --version` prints it, e.g. `15.14` or `18.4`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The major version, e.g. `15`.
    pub fn major(&self) -> u32 {
        self.major
    }

    /// The database superuser name.
    pub fn superuser(&self) -> &str {
        SUPERUSER
    }

    /// The server log so far (useful in assertion messages).
    pub fn log(&self) -> String {
        std::fs::read(&self.log_file)
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
    }

    /// A libpq-style connection string over the Unix socket.
    pub fn connstring(&self, db: &str) -> String {
        format!(
            "host={} port={} user={} dbname={}",
            conninfo_quote(&self.socket_dir.display().to_string()),
            self.port,
            conninfo_quote(SUPERUSER),
            conninfo_quote(db)
        )
    }

    /// A libpq-style connection string over TCP to `127.0.0.1`.
    pub fn tcp_connstring(&self, db: &str) -> String {
        format!(
            "host=127.0.0.1 port={} user={} dbname={}",
            self.port,
            conninfo_quote(SUPERUSER),
            conninfo_quote(db)
        )
    }

    /// Creates a fresh, empty database (from `template0`) and returns its name: `name` made into
    /// a plain lower-case identifier with a numeric suffix unique within this cluster, so every
    /// call gives a new database and the name never needs quoting.
    pub fn create_database(&self, name: &str) -> Result<String, TestkitError> {
        let mut base: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(40)
            .collect();
        if !base.starts_with(|c: char| c.is_ascii_lowercase() || c == '_') {
            base.insert(0, 'd');
        }
        let n = self.next_db.fetch_add(1, Ordering::Relaxed);
        let db = format!("{base}_{n}");
        // template0 because CREATE DATABASE from template1 fails while another session of a
        // parallel test is connected to template1 (dbcommands.c, "is being accessed by other
        // users"), and because template0 is guaranteed empty.
        self.psql(
            "postgres",
            &format!("CREATE DATABASE {db} TEMPLATE template0 ENCODING 'UTF8'"),
        )?;
        Ok(db)
    }

    /// Runs SQL through `psql -X -q -v ON_ERROR_STOP=1 -At` connected to `db` and returns its
    /// standard output unchanged: one line per row, columns separated by `|`. Any SQL error
    /// makes this an error carrying psql's message.
    pub fn psql(&self, db: &str, sql: &str) -> Result<String, TestkitError> {
        let mut cmd = Command::new(&self.psql);
        clean_env(&mut cmd);
        cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h"])
            .arg(&self.socket_dir)
            .args([
                "-p",
                &self.port.to_string(),
                "-U",
                SUPERUSER,
                "-d",
                db,
                "-f",
                "-",
            ]);
        let output = spawn_output(&mut cmd, Some(sql.as_bytes()))?;
        if !output.status.success() {
            return Err(command_failed(&cmd, &output));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Stops the server if it runs; errors are ignored because this runs in `drop`.
    fn stop(&mut self) {
        let mut cmd = self.server_command("pg_ctl");
        cmd.arg("-D")
            .arg(&self.data_dir)
            .args(["-m", "immediate", "-w", "stop"]);
        let stopped = spawn_output(&mut cmd, None).is_ok_and(|out| out.status.success());
        if !stopped {
            // pg_ctl failed (or is gone): signal the postmaster ourselves, as pg_ctl would
            // (SIGQUIT is the immediate shutdown, see pg_ctl.c).
            if let Some(pid) = self.postmaster_pid() {
                let _ = Command::new("kill")
                    .args(["-QUIT", &pid.to_string()])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status();
            }
        }
        self.running = false;
    }

    /// The first line of `postmaster.pid`.
    fn postmaster_pid(&self) -> Option<u32> {
        let text = std::fs::read_to_string(self.data_dir.join("postmaster.pid")).ok()?;
        text.lines().next()?.trim().parse().ok()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if self.running || self.postmaster_pid().is_some() {
            self.stop();
        }
        if let Some(dir) = self.dir.take() {
            // Removal fails if a process still writes there; the OS cleans temporary files.
            let _ = dir.close();
        }
    }
}

/// The default server `bin` directory, in the order documented on [`Cluster::start`].
pub fn default_bin_dir() -> Result<PathBuf, TestkitError> {
    let has_server =
        |dir: &Path| is_executable(&dir.join("initdb")) && is_executable(&dir.join("pg_ctl"));
    let mut searched = Vec::new();

    if let Some(dir) = std::env::var_os("PGDUMPKIT_PG_BIN").filter(|v| !v.is_empty()) {
        let dir = PathBuf::from(dir);
        if has_server(&dir) {
            return Ok(dir);
        }
        // An explicit setting that does not work is an error, not a reason to look elsewhere.
        return Err(TestkitError::MissingProgram {
            program: "initdb and pg_ctl".into(),
            searched: format!("PGDUMPKIT_PG_BIN={}", dir.display()),
            hint: INSTALL_HINT.into(),
        });
    }
    searched.push("PGDUMPKIT_PG_BIN (unset)".to_string());

    if let Some(dir) = pg_config_bindir() {
        if has_server(&dir) {
            return Ok(dir);
        }
        searched.push(format!("pg_config --bindir ({})", dir.display()));
    } else {
        searched.push("pg_config --bindir (no pg_config)".to_string());
    }

    if let Some(dir) = newest_debian_bin_dir(Path::new("/usr/lib/postgresql"), &has_server) {
        return Ok(dir);
    }
    searched.push("/usr/lib/postgresql/*/bin".to_string());

    if let Some(initdb) = find_on_path("initdb") {
        // Resolve symbolic links so that pg_ctl is looked for beside the real initdb.
        let real = std::fs::canonicalize(&initdb).unwrap_or(initdb.clone());
        for candidate in [real, initdb] {
            if let Some(dir) = candidate.parent().filter(|dir| has_server(dir)) {
                return Ok(dir.to_path_buf());
            }
        }
    }
    searched.push("PATH".to_string());

    Err(TestkitError::MissingProgram {
        program: "initdb and pg_ctl".into(),
        searched: searched.join(", "),
        hint: INSTALL_HINT.into(),
    })
}

fn pg_config_bindir() -> Option<PathBuf> {
    let pg_config = find_on_path("pg_config")?;
    let output = Command::new(pg_config)
        .arg("--bindir")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8(output.stdout).ok()?;
    let dir = text.trim();
    (!dir.is_empty()).then(|| PathBuf::from(dir))
}

/// The `bin` directory of the highest numeric version under `root` (`root/<major>/bin`).
fn newest_debian_bin_dir(root: &Path, has_server: &dyn Fn(&Path) -> bool) -> Option<PathBuf> {
    let entries = std::fs::read_dir(root).ok()?;
    entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = parse_version(entry.file_name().to_str()?)?;
            let bin = entry.path().join("bin");
            has_server(&bin).then_some((version, bin))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, bin)| bin)
}

/// `"15"` → `[15]`, `"9.6"` → `[9, 6]`; anything else → `None`.
fn parse_version(text: &str) -> Option<Vec<u32>> {
    text.split('.').map(|part| part.parse().ok()).collect()
}

/// The psql for a server in `bin_dir`: its own, else the default server's, else the newest
/// of the toolchain, else the one on `PATH`. psql supports servers older than itself.
fn find_psql(bin_dir: &Path) -> Result<PathBuf, TestkitError> {
    let own = bin_dir.join("psql");
    if is_executable(&own) {
        return Ok(own);
    }
    if let Ok(default) = default_bin_dir() {
        let psql = default.join("psql");
        if is_executable(&psql) {
            return Ok(psql);
        }
    }
    if let Some(toolchain) = toolchain_dir() {
        let newest =
            newest_debian_bin_dir(&toolchain, &|dir: &Path| is_executable(&dir.join("psql")));
        if let Some(dir) = newest {
            return Ok(dir.join("psql"));
        }
    }
    find_on_path("psql").ok_or_else(|| TestkitError::MissingProgram {
        program: "psql".into(),
        searched: format!(
            "{}, the default server, PGDUMPKIT_TOOLCHAIN, PATH",
            bin_dir.display()
        ),
        hint: "install the PostgreSQL client (Debian: `apt-get install postgresql-client`)".into(),
    })
}

/// `pg_ctl --version` → (`"15.14"`, 15). pg_ctl rather than postgres because every server
/// installation has it, and its version is the server's.
fn server_version(bin_dir: &Path) -> Result<(String, u32), TestkitError> {
    let mut cmd = Command::new(bin_dir.join("pg_ctl"));
    cmd.arg("--version");
    clean_env(&mut cmd);
    let output = spawn_output(&mut cmd, None)?;
    if !output.status.success() {
        return Err(command_failed(&cmd, &output));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    parse_server_version(&text).ok_or_else(|| TestkitError::CommandFailed {
        command: command_line(&cmd),
        status: "unrecognised version output".into(),
        output: text.into_owned(),
    })
}

/// Parses `pg_ctl (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)` and `... 18beta1`.
pub(crate) fn parse_server_version(text: &str) -> Option<(String, u32)> {
    let rest = text.split("(PostgreSQL)").nth(1)?;
    let version = rest.split_whitespace().next()?;
    let digits: String = version.chars().take_while(|c| c.is_ascii_digit()).collect();
    let major: u32 = digits.parse().ok()?;
    // Before 10 the major version was two numbers (9.6); the toolchain starts at 12.
    Some((version.to_string(), major))
}

/// Whether the effective user is root, read from `/proc/self/status` (no libc in this crate),
/// falling back to `id -u`.
pub(crate) fn running_as_root() -> bool {
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        // "Uid:\treal\teffective\tsaved\tfs"
        if let Some(line) = status.lines().find(|l| l.starts_with("Uid:")) {
            return line.split_whitespace().nth(2) == Some("0");
        }
    }
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// The uid and gid of an OS user, through `id`.
fn os_user_ids(user: &str) -> Result<(u32, u32), TestkitError> {
    let id = |flag: &str| -> Option<u32> {
        let out = Command::new("id").args([flag, user]).output().ok()?;
        if !out.status.success() {
            return None;
        }
        String::from_utf8_lossy(&out.stdout).trim().parse().ok()
    };
    match (id("-u"), id("-g")) {
        (Some(uid), Some(gid)) => Ok((uid, gid)),
        _ => Err(TestkitError::MissingProgram {
            program: format!("OS user `{user}`"),
            searched: "id".into(),
            hint: format!(
                "PostgreSQL refuses to run as root, so tests running as root start it as `{user}`: \
                 install PostgreSQL (Debian: `apt-get install postgresql` creates the user) or \
                 create the user, or run the tests as an ordinary user"
            ),
        }),
    }
}

/// A free TCP port on 127.0.0.1, by binding port 0 and releasing it.
fn free_port() -> Result<u16, TestkitError> {
    let listener = TcpListener::bind(("127.0.0.1", 0))
        .map_err(|e| TestkitError::io("cannot bind a probe socket on 127.0.0.1", e))?;
    let port = listener
        .local_addr()
        .map_err(|e| TestkitError::io("cannot read the probe socket's address", e))?
        .port();
    Ok(port)
}

/// Removes libpq's environment variables (PGHOST, PGDATABASE, PGOPTIONS, PGSSLMODE, ...) so the
/// machine's settings cannot redirect or alter our connections.
fn clean_env(cmd: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if key
            .to_str()
            .is_some_and(|k| k.starts_with("PG") && !k.starts_with("PGDUMPKIT_"))
        {
            cmd.env_remove(key);
        }
    }
}

/// Runs `cmd` with `stdin` as its input (or none) and collects its output. A missing program
/// becomes [`TestkitError::MissingProgram`].
fn spawn_output(cmd: &mut Command, stdin: Option<&[u8]>) -> Result<Output, TestkitError> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| spawn_error(cmd, e))?;
    // Feed stdin from another thread: psql may fill its stdout pipe before reading all input.
    let writer = match (stdin, child.stdin.take()) {
        (Some(input), Some(mut pipe)) => {
            let input = input.to_vec();
            Some(std::thread::spawn(move || {
                // A broken pipe means psql stopped early; its exit status says why.
                let _ = pipe.write_all(&input);
            }))
        }
        _ => None,
    };
    let output = child
        .wait_with_output()
        .map_err(|e| TestkitError::io(format!("cannot wait for `{}`", command_line(cmd)), e))?;
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Ok(output)
}

fn spawn_error(cmd: &Command, e: std::io::Error) -> TestkitError {
    if e.kind() == std::io::ErrorKind::NotFound {
        let program = cmd.get_program().to_string_lossy().into_owned();
        let hint = if program == "runuser" {
            "install util-linux (runuser starts the server as `postgres` when tests run as root)"
        } else {
            INSTALL_HINT
        };
        TestkitError::MissingProgram {
            program,
            searched: "the file system".into(),
            hint: hint.into(),
        }
    } else {
        TestkitError::io(format!("cannot run `{}`", command_line(cmd)), e)
    }
}

fn run_checked(cmd: &mut Command) -> Result<Output, TestkitError> {
    let output = spawn_output(cmd, None)?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(command_failed(cmd, &output))
    }
}

fn command_failed(cmd: &Command, output: &Output) -> TestkitError {
    let mut text = String::from_utf8_lossy(&output.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !stdout.trim().is_empty() {
        text.push_str(&tail(&stdout, 20));
    }
    TestkitError::CommandFailed {
        command: command_line(cmd),
        status: output.status.to_string(),
        output: text,
    }
}

/// The command as a shell-like line, for messages.
fn command_line(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(shell_word)
        .collect::<Vec<_>>()
        .join(" ")
}

fn shell_word(word: &OsStr) -> String {
    let word = word.to_string_lossy();
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@".contains(c))
    {
        word.into_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The last `lines` lines of `text`.
fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    let mut out = all[start..].join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// A conninfo value, quoted when needed (libpq's conninfo_parse: single quotes, backslash
/// escapes).
fn conninfo_quote(value: &str) -> String {
    if !value.is_empty()
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c == '\'' || c == '\\')
    {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\\', r"\\").replace('\'', r"\'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_versions() {
        assert_eq!(
            parse_server_version("pg_ctl (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)\n"),
            Some(("15.14".to_string(), 15))
        );
        assert_eq!(
            parse_server_version("pg_ctl (PostgreSQL) 18beta1\n"),
            Some(("18beta1".to_string(), 18))
        );
        assert_eq!(parse_server_version("nonsense"), None);
    }

    #[test]
    fn quotes_conninfo_values() {
        assert_eq!(conninfo_quote("plain"), "plain");
        assert_eq!(conninfo_quote("a b"), "'a b'");
        assert_eq!(conninfo_quote(r"it's\"), r"'it\'s\\'");
        assert_eq!(conninfo_quote(""), "''");
    }

    #[test]
    fn orders_debian_versions_numerically() {
        let root = tempfile::tempdir().expect("a temporary directory can be created");
        for v in ["9.6", "10", "15", "13"] {
            std::fs::create_dir_all(root.path().join(v).join("bin"))
                .expect("the temporary directory is writable");
        }
        let found = newest_debian_bin_dir(root.path(), &|_: &Path| true);
        assert_eq!(found, Some(root.path().join("15").join("bin")));
    }

    #[test]
    fn quotes_shell_words() {
        assert_eq!(shell_word(OsStr::new("-p 5432")), "'-p 5432'");
        assert_eq!(shell_word(OsStr::new("/a/b")), "/a/b");
    }
}
