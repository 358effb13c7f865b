//! Connections as pg_restore makes them, without libpq: conninfo strings and URIs, `-h -p -U`,
//! the `PG*` environment, `~/.pgpass`, TLS with libpq's `sslmode` rules, SCRAM with channel
//! binding.
//!
//! [`resolve`] turns what the user gave into [`ConnParams`] the way `PQconnectdbParams` with
//! `expand_dbname` does for pg_restore's `ConnectDatabase` (`pg_backup_db.c`, `connectdb.c`):
//! settings inside a `-d` connection string win over `-h`/`-p`/`-U`, which win over the
//! environment, which wins over the defaults (user = OS user, dbname = user, host = the Unix
//! socket directory, port 5432). [`connect_blocking`] opens one [`Session`] with its own
//! current-thread runtime, so each restore worker thread can own one.
//!
//! ```no_run
//! use pgdumpkit_restore::connect::{self, PasswordPrompt};
//!
//! let env = |name: &str| std::env::var(name).ok();
//! let mut params = connect::resolve(Some("postgresql://app@db.example/shop"), None, None, None, &env)?;
//! let session = connect::connect_prompting(&mut params, PasswordPrompt::IfNeeded, &mut |_| None)?;
//! println!("server {}", session.server_version());
//! # Ok::<(), connect::ConnError>(())
//! ```
//!
//! # Limits
//! No service files (`service=`), no client certificates (`sslcert`/`sslkey`), no GSSAPI, no
//! `require_auth`; these are refused rather than ignored. Settings that only tune libpq
//! (keepalives, CRLs, protocol versions, ...) are accepted and reported in
//! [`ConnParams::warnings`].

mod conninfo;
mod error;
mod pgpass;
mod session;
mod tls;

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

pub use conninfo::{is_connection_string, parse as parse_conninfo};
pub use error::{ConnError, ServerMessage};
pub use pgpass::{lookup as pgpass_lookup, password_from_file};
pub use session::{
    Canceller, PasswordPrompt, Session, connect, connect_blocking, connect_prompting,
};
pub use tls::{ChannelBinding, RootCert, SslMode, SslNegotiation};

/// The application name sent when neither `application_name` nor `PGAPPNAME` is set (libpq's
/// `fallback_application_name`; pg_restore sends its program name).
pub const FALLBACK_APPLICATION_NAME: &str = "pgdumpkit";

/// Where one server is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// A host name or an IP address literal.
    Tcp(String),
    /// A Unix socket directory; the socket is `<dir>/.s.PGSQL.<port>`.
    Unix(PathBuf),
}

/// One entry of the host list, with what libpq keeps per host.
#[derive(Clone)]
pub struct HostSpec {
    pub host: Host,
    /// `hostaddr`: connect to this address, keep `host` for TLS and SNI.
    pub hostaddr: Option<IpAddr>,
    pub port: u16,
    /// The password found for this host in the password file.
    pub pgpass_password: Option<String>,
}

impl fmt::Debug for HostSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostSpec")
            .field("host", &self.host)
            .field("hostaddr", &self.hostaddr)
            .field("port", &self.port)
            .field(
                "pgpass_password",
                &self.pgpass_password.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// Fully resolved connection parameters: every default applied, every value validated.
#[derive(Clone)]
pub struct ConnParams {
    /// Tried in order until one accepts (libpq's multi-host behaviour).
    pub hosts: Vec<HostSpec>,
    pub user: String,
    pub dbname: String,
    /// Given in the connection string, `PGPASSWORD`, or by a prompt. Takes precedence over the
    /// password file.
    pub password: Option<String>,
    /// The password file consulted (for the "password retrieved from file" note).
    pub passfile: Option<PathBuf>,
    pub sslmode: SslMode,
    pub sslrootcert: RootCert,
    pub sslnegotiation: SslNegotiation,
    pub channel_binding: ChannelBinding,
    /// `application_name`, else `fallback_application_name`.
    pub application_name: String,
    /// `options` / `PGOPTIONS`, sent in the startup packet (`-c name=value ...`).
    pub options: Option<String>,
    /// Per host attempt, covering TCP, TLS and authentication (libpq: at least 2 s).
    pub connect_timeout: Option<Duration>,
    /// Settings accepted but not acted on, and password-file problems, for the caller to show.
    pub warnings: Vec<String>,
}

impl fmt::Debug for ConnParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnParams")
            .field("hosts", &self.hosts)
            .field("user", &self.user)
            .field("dbname", &self.dbname)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("passfile", &self.passfile)
            .field("sslmode", &self.sslmode)
            .field("sslrootcert", &self.sslrootcert)
            .field("sslnegotiation", &self.sslnegotiation)
            .field("channel_binding", &self.channel_binding)
            .field("application_name", &self.application_name)
            .field("options", &self.options)
            .field("connect_timeout", &self.connect_timeout)
            .field("warnings", &self.warnings)
            .finish()
    }
}

impl ConnParams {
    /// Sets the password (from a prompt): it then wins over the password file, for this and
    /// every later connection (pg_restore's `savedPassword`).
    pub fn set_password(&mut self, password: impl Into<String>) {
        self.password = Some(password.into());
    }
}

/// Settings we parse but do not act on: accepted with a warning.
const IGNORED: &[&str] = &[
    "client_encoding",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "sslcompression",
    "sslcertmode",
    "sslpassword",
    "sslcrl",
    "sslcrldir",
    "sslsni",
    "requirepeer",
    "min_protocol_version",
    "max_protocol_version",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "krbsrvname",
    "gsslib",
    "gssdelegation",
    "load_balance_hosts",
    "target_session_attrs",
    "replication",
    "scram_client_key",
    "scram_server_key",
    "oauth_issuer",
    "oauth_client_id",
    "oauth_client_secret",
    "oauth_scope",
];

/// Settings whose meaning we cannot honour: refused.
const UNSUPPORTED: &[(&str, &str)] = &[
    ("service", "connection service files"),
    ("sslcert", "client certificates"),
    ("sslkey", "client certificates"),
    ("require_auth", "require_auth"),
];

/// Resolves `-d` (a database name or a connection string), `-h`, `-p`, `-U` and the
/// environment into connection parameters, as libpq's `conninfo_array_parse` (with
/// `expand_dbname`), `conninfo_add_defaults` and `connectOptions2` do. `env` reads an
/// environment variable; tests pass their own. Reads the password file and the default root
/// certificate location from the file system.
pub fn resolve(
    dbname_arg: Option<&str>,
    host: Option<&str>,
    port: Option<&str>,
    user: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<ConnParams, ConnError> {
    let mut opts: BTreeMap<String, String> = BTreeMap::new();
    // ConnectDatabase passes host, port, user, then dbname; empty values are skipped.
    for (keyword, value) in [("host", host), ("port", port), ("user", user)] {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            opts.insert(keyword.into(), value.into());
        }
    }
    if let Some(dbname) = dbname_arg.filter(|d| !d.is_empty()) {
        if is_connection_string(dbname) {
            // Everything the string sets overrides the options given before it.
            for (keyword, value) in parse_conninfo(dbname)? {
                opts.insert(keyword, value);
            }
        } else {
            opts.insert("dbname".into(), dbname.into());
        }
    }

    // conninfo_add_defaults: the environment fills what is still unset.
    let mut sslmode_defaulted = false;
    for (keyword, var) in conninfo::KEYWORDS {
        if opts.contains_key(*keyword) {
            continue;
        }
        if let Some(value) = var.and_then(env) {
            opts.insert((*keyword).into(), value);
            continue;
        }
        if *keyword == "sslmode" {
            if env("PGREQUIRESSL").is_some_and(|v| v.starts_with('1')) {
                opts.insert("sslmode".into(), "require".into());
            } else {
                sslmode_defaulted = true;
            }
        }
    }
    let get = |keyword: &str| {
        opts.get(keyword)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    };

    let mut warnings = Vec::new();
    for (keyword, what) in UNSUPPORTED {
        if let Some(value) = get(keyword) {
            return Err(ConnError::Config(format!(
                "{what} are not supported ({keyword}={value})"
            )));
        }
    }
    if get("gssencmode") == Some("require") {
        return Err(ConnError::Config(
            "GSSAPI encryption is not supported (gssencmode=require)".into(),
        ));
    }
    for keyword in IGNORED {
        if let Some(value) = get(keyword) {
            // target_session_attrs=any and sslsni=1 are the defaults: nothing to say.
            if (*keyword == "target_session_attrs" && value == "any")
                || (*keyword == "sslsni" && value == "1")
            {
                continue;
            }
            warnings.push(format!("connection option {keyword}={value} is ignored"));
        }
    }

    let home = env("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .or_else(|| os_account().map(|a| a.home));
    let user = match get("user") {
        Some(user) => user.to_string(),
        None => env_os_user(env).ok_or_else(|| {
            ConnError::Config("could not look up local user name; give one with -U".into())
        })?,
    };
    let dbname = get("dbname").unwrap_or(&user).to_string();

    // TLS settings (connectOptions2).
    let sslrootcert = match get("sslrootcert") {
        Some("system") => RootCert::System,
        Some(path) => RootCert::File {
            path: PathBuf::from(path),
            explicit: true,
        },
        None => match &home {
            Some(home) => RootCert::File {
                path: home.join(".postgresql").join("root.crt"),
                explicit: false,
            },
            None => RootCert::None,
        },
    };
    let sslmode = match get("sslmode") {
        Some(mode) => SslMode::parse(mode)?,
        // libpq 16+: sslrootcert=system strengthens the default to verify-full.
        None if sslmode_defaulted && sslrootcert == RootCert::System => SslMode::VerifyFull,
        None => SslMode::Prefer,
    };
    if sslrootcert == RootCert::System && sslmode != SslMode::VerifyFull {
        return Err(ConnError::Config(format!(
            "weak sslmode \"{}\" may not be used with sslrootcert=system (use \"verify-full\")",
            sslmode.as_str()
        )));
    }
    let sslnegotiation = match get("sslnegotiation") {
        Some(value) => SslNegotiation::parse(value)?,
        None => SslNegotiation::Postgres,
    };
    if sslnegotiation == SslNegotiation::Direct
        && !matches!(
            sslmode,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull
        )
    {
        return Err(ConnError::Config(format!(
            "weak sslmode \"{}\" may not be used with sslnegotiation=direct \
             (use \"require\", \"verify-ca\", or \"verify-full\")",
            sslmode.as_str()
        )));
    }
    let channel_binding = match get("channel_binding") {
        Some(value) => ChannelBinding::parse(value)?,
        None => ChannelBinding::Prefer,
    };
    let connect_timeout = match get("connect_timeout") {
        Some(value) => {
            let seconds: i64 = value.trim().parse().map_err(|_| {
                ConnError::Config(format!(
                    "invalid integer value \"{value}\" for connection option \"connect_timeout\""
                ))
            })?;
            // fe-connect.c: values of 1 are raised to 2 s, 0 and below mean no limit.
            (seconds > 0).then(|| Duration::from_secs(seconds.max(2).unsigned_abs()))
        }
        None => None,
    };

    let mut hosts = host_list(get("host"), get("hostaddr"), get("port"))?;

    // The password file, per host (connectOptions2).
    let password = get("password").map(str::to_string);
    let passfile = get("passfile")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".pgpass")));
    if password.is_none()
        && let Some(file) = &passfile
    {
        for spec in &mut hosts {
            let host_key = match (&spec.host, spec.hostaddr) {
                (Host::Tcp(name), _) if !name.is_empty() => name.clone(),
                (Host::Unix(dir), _) => dir.display().to_string(),
                (_, Some(addr)) => addr.to_string(),
                (Host::Tcp(name), None) => name.clone(),
            };
            spec.pgpass_password = password_from_file(
                file,
                &host_key,
                &spec.port.to_string(),
                &dbname,
                &user,
                &mut warnings,
            );
        }
    }

    let application_name = get("application_name")
        .or_else(|| get("fallback_application_name"))
        .unwrap_or(FALLBACK_APPLICATION_NAME)
        .to_string();

    Ok(ConnParams {
        hosts,
        user,
        dbname,
        password,
        passfile,
        sslmode,
        sslrootcert,
        sslnegotiation,
        channel_binding,
        application_name,
        options: get("options").map(str::to_string),
        connect_timeout,
        warnings,
    })
}

/// Splits `host`, `hostaddr` and `port` into one [`HostSpec`] per host (`connectOptions2`):
/// one port applies to every host, otherwise there must be one per host; an empty host means
/// the default socket directory.
fn host_list(
    host: Option<&str>,
    hostaddr: Option<&str>,
    port: Option<&str>,
) -> Result<Vec<HostSpec>, ConnError> {
    let names: Vec<&str> = host.map_or_else(Vec::new, |h| h.split(',').collect());
    let addrs: Vec<&str> = hostaddr.map_or_else(Vec::new, |h| h.split(',').collect());
    if !names.is_empty() && !addrs.is_empty() && names.len() != addrs.len() {
        return Err(ConnError::Config(format!(
            "could not match {} host names to {} hostaddr values",
            names.len(),
            addrs.len()
        )));
    }
    let count = names.len().max(addrs.len()).max(1);
    let ports: Vec<&str> = port.map_or_else(|| vec![""], |p| p.split(',').collect());
    if ports.len() != 1 && ports.len() != count {
        return Err(ConnError::Config(format!(
            "could not match {} port numbers to {} hosts",
            ports.len(),
            count
        )));
    }

    let mut specs = Vec::with_capacity(count);
    for i in 0..count {
        let port_text = ports.get(i).or(ports.first()).copied().unwrap_or("").trim();
        let port = if port_text.is_empty() {
            5432
        } else {
            port_text
                .parse::<u16>()
                .ok()
                .filter(|p| *p != 0)
                .ok_or_else(|| ConnError::Config(format!("invalid port number: \"{port_text}\"")))?
        };
        let hostaddr = match addrs.get(i).copied().filter(|a| !a.is_empty()) {
            Some(addr) => Some(addr.parse::<IpAddr>().map_err(|_| {
                ConnError::Config(format!("could not parse network address \"{addr}\""))
            })?),
            None => None,
        };
        let name = names.get(i).copied().unwrap_or("");
        let host = if name.starts_with('/') {
            Host::Unix(PathBuf::from(name))
        } else if name.starts_with('@') {
            return Err(ConnError::Config(format!(
                "abstract Unix sockets are not supported (host={name})"
            )));
        } else if !name.is_empty() {
            refuse_pooler(name)?;
            Host::Tcp(name.to_string())
        } else if let Some(addr) = hostaddr {
            Host::Tcp(addr.to_string())
        } else {
            Host::Unix(default_socket_dir(port))
        };
        specs.push(HostSpec {
            host,
            hostaddr,
            port,
            pgpass_password: None,
        });
    }
    Ok(specs)
}

/// The first default socket directory that holds this port's socket, else the first one (so
/// the error names where we looked). Debian's libpq uses `/var/run/postgresql`, upstream's
/// `/tmp`.
fn default_socket_dir(port: u16) -> PathBuf {
    pgpass::DEFAULT_SOCKET_DIRS
        .iter()
        .map(PathBuf::from)
        .find(|dir| dir.join(format!(".s.PGSQL.{port}")).exists())
        .unwrap_or_else(|| PathBuf::from(pgpass::DEFAULT_SOCKET_DIRS[0]))
}

/// A restore needs session state (SET, temporary objects, one transaction per entry), which a
/// transaction-pooling PgBouncer does not keep. Neon names its pooled endpoints by adding
/// `-pooler` to the first label of the host name (neon.md §1.2, connection-pooling.md).
fn refuse_pooler(host: &str) -> Result<(), ConnError> {
    if host.parse::<IpAddr>().is_ok() {
        return Ok(());
    }
    let (first, rest) = host.split_once('.').unwrap_or((host, ""));
    if let Some(direct_label) = first.strip_suffix("-pooler")
        && !direct_label.is_empty()
    {
        let direct = if rest.is_empty() {
            direct_label.to_string()
        } else {
            format!("{direct_label}.{rest}")
        };
        return Err(ConnError::PooledHost {
            host: host.to_string(),
            direct,
        });
    }
    Ok(())
}

/// The local account, read from `/etc/passwd` for the uid owning this process (what libpq's
/// `pg_fe_getauthname` gets from `getpwuid(geteuid())`, without libc).
struct OsAccount {
    name: String,
    home: PathBuf,
}

fn os_account() -> Option<OsAccount> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
        let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
        passwd.lines().find_map(|line| {
            let fields: Vec<&str> = line.split(':').collect();
            (fields.len() >= 6 && fields[2] == uid).then(|| OsAccount {
                name: fields[0].to_string(),
                home: PathBuf::from(fields[5]),
            })
        })
    }
    #[cfg(not(unix))]
    {
        None
    }
}

fn env_os_user(env: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    os_account()
        .map(|a| a.name)
        .or_else(|| env("USER"))
        .or_else(|| env("LOGNAME"))
        .filter(|u| !u.is_empty())
}

/// The password to send to `spec`: an explicit one, else the password file's.
pub(crate) fn password_for<'a>(params: &'a ConnParams, spec: &'a HostSpec) -> Option<&'a str> {
    params
        .password
        .as_deref()
        .filter(|p| !p.is_empty())
        .or(spec.pgpass_password.as_deref())
}

/// Whether `path` is one of the directories we treat as the default socket directory.
#[cfg(test)]
fn is_default_socket_dir(path: &std::path::Path) -> bool {
    pgpass::DEFAULT_SOCKET_DIRS
        .iter()
        .any(|dir| std::path::Path::new(dir) == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name: &str| map.get(name).cloned()
    }

    #[test]
    fn conninfo_beats_options_beats_environment() {
        let env = env_of(&[
            ("PGHOST", "envhost"),
            ("PGPORT", "1111"),
            ("PGUSER", "envuser"),
            ("PGDATABASE", "envdb"),
            ("PGSSLMODE", "require"),
            ("HOME", "/nonexistent"),
        ]);
        let p = resolve(
            Some("host=connhost dbname=conndb"),
            Some("opthost"),
            Some("2222"),
            Some("optuser"),
            &env,
        )
        .expect("valid");
        assert_eq!(p.hosts[0].host, Host::Tcp("connhost".into()));
        assert_eq!(p.hosts[0].port, 2222);
        assert_eq!(p.user, "optuser");
        assert_eq!(p.dbname, "conndb");
        assert_eq!(p.sslmode, SslMode::Require);

        let p = resolve(Some("plaindb"), None, None, None, &env).expect("valid");
        assert_eq!(p.hosts[0].host, Host::Tcp("envhost".into()));
        assert_eq!(p.hosts[0].port, 1111);
        assert_eq!(p.user, "envuser");
        assert_eq!(p.dbname, "plaindb");
    }

    #[test]
    fn defaults_follow_libpq() {
        let env = env_of(&[("PGUSER", "alice"), ("HOME", "/nonexistent")]);
        let p = resolve(None, None, None, None, &env).expect("valid");
        assert_eq!(p.dbname, "alice");
        assert_eq!(p.hosts.len(), 1);
        assert!(matches!(&p.hosts[0].host, Host::Unix(dir) if is_default_socket_dir(dir)));
        assert_eq!(p.hosts[0].port, 5432);
        assert_eq!(p.sslmode, SslMode::Prefer);
        assert_eq!(p.channel_binding, ChannelBinding::Prefer);
        assert_eq!(p.application_name, FALLBACK_APPLICATION_NAME);
        assert_eq!(
            p.sslrootcert,
            RootCert::File {
                path: PathBuf::from("/nonexistent/.postgresql/root.crt"),
                explicit: false
            }
        );
        let p = resolve(Some("sslrootcert=system"), None, None, None, &env).expect("valid");
        assert_eq!(p.sslmode, SslMode::VerifyFull);
        let e = resolve(
            Some("sslrootcert=system sslmode=require"),
            None,
            None,
            None,
            &env,
        )
        .expect_err("weak");
        assert!(e.to_string().contains("weak sslmode \"require\""), "{e}");
        let p = resolve(
            None,
            None,
            None,
            None,
            &env_of(&[("PGUSER", "a"), ("PGREQUIRESSL", "1")]),
        )
        .expect("valid");
        assert_eq!(p.sslmode, SslMode::Require);
    }

    #[test]
    fn neon_uri_resolves() {
        let env = env_of(&[("HOME", "/nonexistent")]);
        let p = resolve(
            Some(
                "postgresql://neondb_owner:pw@ep-cool-darkness-123456.c-2.us-east-2.aws.neon.tech/neondb\
                 ?sslmode=require&channel_binding=require&connect_timeout=1&options=-c%20search_path%3Dx",
            ),
            None,
            None,
            None,
            &env,
        )
        .expect("valid");
        assert_eq!(
            p.hosts[0].host,
            Host::Tcp("ep-cool-darkness-123456.c-2.us-east-2.aws.neon.tech".into())
        );
        assert_eq!(p.user, "neondb_owner");
        assert_eq!(p.password.as_deref(), Some("pw"));
        assert_eq!(p.channel_binding, ChannelBinding::Require);
        assert_eq!(p.connect_timeout, Some(Duration::from_secs(2)));
        assert_eq!(p.options.as_deref(), Some("-c search_path=x"));
        // The password never shows in debug output.
        assert!(!format!("{p:?}").contains("pw\""));
    }

    #[test]
    fn pooler_host_is_refused_with_the_direct_host() {
        let env = env_of(&[("PGUSER", "u"), ("HOME", "/nonexistent")]);
        let e = resolve(
            Some("postgresql://ep-cool-darkness-123456-pooler.c-2.us-east-2.aws.neon.tech/neondb"),
            None,
            None,
            None,
            &env,
        )
        .expect_err("pooled");
        assert!(matches!(
            &e,
            ConnError::PooledHost { direct, .. }
                if direct == "ep-cool-darkness-123456.c-2.us-east-2.aws.neon.tech"
        ));
        assert!(resolve(None, Some("pooler.example.com"), None, None, &env).is_ok());
    }

    #[test]
    fn host_lists_and_ports() {
        let env = env_of(&[("PGUSER", "u"), ("HOME", "/nonexistent")]);
        let p = resolve(
            Some("postgresql://a:1,[::1]:2,/sock/db"),
            None,
            None,
            None,
            &env,
        );
        // "/sock/db" is not a host here: the URI's host part ends at '/'.
        let p = p.expect("valid");
        assert_eq!(p.hosts.len(), 3);
        assert_eq!(p.hosts[1].host, Host::Tcp("::1".into()));
        assert_eq!(p.hosts[1].port, 2);
        assert_eq!(p.hosts[2].port, 5432);
        assert!(resolve(Some("host=a,b port=1,2,3"), None, None, None, &env).is_err());
        assert!(resolve(Some("port=70000"), None, None, None, &env).is_err());
        let p = resolve(Some("host=db hostaddr=127.0.0.1"), None, None, None, &env).expect("valid");
        assert_eq!(p.hosts[0].hostaddr, Some(IpAddr::from([127, 0, 0, 1])));
    }

    #[test]
    fn unsupported_settings_are_refused_or_reported() {
        let env = env_of(&[("PGUSER", "u"), ("HOME", "/nonexistent")]);
        assert!(resolve(Some("service=x"), None, None, None, &env).is_err());
        assert!(resolve(Some("sslcert=/c"), None, None, None, &env).is_err());
        let p = resolve(Some("keepalives=0"), None, None, None, &env).expect("valid");
        assert_eq!(p.warnings.len(), 1);
        assert!(resolve(Some("sslmode=bogus"), None, None, None, &env).is_err());
        assert!(resolve(Some("sslnegotiation=direct"), None, None, None, &env).is_err());
        assert!(
            resolve(
                Some("sslnegotiation=direct sslmode=require"),
                None,
                None,
                None,
                &env
            )
            .is_ok()
        );
    }
}
