//! Connection errors: one line each, naming the server and the check that failed.
//!
//! The text of a lower-level error (an `io::Error`, a rustls error, the server's message) is
//! copied into the variant as a string rather than kept as a `source`, so that a report that
//! prints the whole chain never says the same thing twice.

use std::fmt;
use std::path::PathBuf;

/// A message sent by the server: an error that ended the connection attempt, or a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerMessage {
    /// `FATAL`, `ERROR`, `WARNING`, `NOTICE`, ... (the non-localised severity when the server
    /// sends it, 9.6+).
    pub severity: String,
    /// The SQLSTATE, e.g. `28P01`.
    pub code: String,
    pub message: String,
    pub detail: Option<String>,
    pub hint: Option<String>,
}

impl ServerMessage {
    pub(crate) fn from_db(db: &tokio_postgres::error::DbError) -> ServerMessage {
        ServerMessage {
            severity: db
                .parsed_severity()
                .map_or_else(|| db.severity().to_string(), |s| s.to_string()),
            code: db.code().code().to_string(),
            message: db.message().to_string(),
            detail: db.detail().map(str::to_string),
            hint: db.hint().map(str::to_string),
        }
    }

    pub(crate) fn from_notice(db: &tokio_postgres::error::DbError) -> ServerMessage {
        ServerMessage::from_db(db)
    }
}

/// `FATAL 28P01: password authentication failed for user "x"; detail: ...; hint: ...`
impl fmt::Display for ServerMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.severity, self.code, self.message)?;
        if let Some(detail) = &self.detail {
            write!(f, "; detail: {detail}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "; hint: {hint}")?;
        }
        Ok(())
    }
}

/// Why a connection could not be set up. `target` fields read like libpq's
/// `connection to server at "host" (address), port N`.
#[derive(Debug, thiserror::Error)]
pub enum ConnError {
    /// The connection string could not be parsed (libpq's wording).
    #[error("invalid connection string: {0}")]
    Conninfo(String),
    /// A setting has a value outside its set.
    #[error("invalid {keyword} value: \"{value}\"")]
    InvalidValue { keyword: String, value: String },
    /// A combination of settings that cannot work, or one we do not support.
    #[error("{0}")]
    Config(String),
    /// A PgBouncer (transaction-pooling) endpoint: a restore needs one session per worker.
    #[error(
        "\"{host}\" is a pooled endpoint (PgBouncer); a restore needs a direct session: \
         use the host \"{direct}\" instead"
    )]
    PooledHost { host: String, direct: String },
    #[error("could not translate host name \"{host}\" to address: {reason}")]
    Resolve { host: String, reason: String },
    /// TCP or socket connection failed (refused, unreachable, no such socket).
    #[error("{target} failed: {reason}")]
    Unreachable { target: String, reason: String },
    #[error("{target} failed: timeout expired after {seconds} s (connect_timeout)")]
    Timeout { target: String, seconds: u64 },
    /// The server answered the SSLRequest with 'N' while the sslmode requires TLS.
    #[error("{target} failed: server does not support TLS, but sslmode={sslmode} requires it")]
    TlsRefused { target: String, sslmode: String },
    /// The server's certificate failed a check.
    #[error("{target} failed: server certificate for \"{host}\" {problem}")]
    Certificate {
        target: String,
        host: String,
        problem: String,
    },
    /// Any other TLS handshake failure.
    #[error("{target} failed: TLS handshake: {reason}")]
    Tls { target: String, reason: String },
    #[error(
        "root certificate file \"{}\" does not exist; {}",
        path.display(),
        if *explicit { "check sslrootcert" } else {
            "either provide the file, use the system's trusted roots with sslrootcert=system, \
             or change sslmode to disable server certificate verification"
        }
    )]
    RootCertMissing { path: PathBuf, explicit: bool },
    #[error("could not read root certificate file \"{}\": {reason}", path.display())]
    RootCertUnreadable { path: PathBuf, reason: String },
    /// `channel_binding=require` and the server did not use SCRAM-SHA-256-PLUS.
    #[error("{target} failed: channel binding required, but {reason}")]
    ChannelBinding { target: String, reason: String },
    /// The server asks for a password and none was given (and prompting is not allowed).
    #[error("{target} failed: no password supplied for user \"{user}\"")]
    PasswordRequired { target: String, user: String },
    /// The server refused the connection (wrong password, no such database, pg_hba.conf, ...).
    #[error("{target} failed: {error}{}", pgpass_note(.pgpass))]
    Server {
        target: String,
        /// Boxed: it is large and errors travel by value.
        error: Box<ServerMessage>,
        /// The password file the password came from, named when the password was wrong
        /// (libpq's `pgpassfileWarning`).
        pgpass: Option<PathBuf>,
    },
    /// Anything else the protocol layer reports.
    #[error("{target} failed: {reason}")]
    Protocol { target: String, reason: String },
}

fn pgpass_note(pgpass: &Option<PathBuf>) -> String {
    match pgpass {
        Some(path) => format!(" (password retrieved from file \"{}\")", path.display()),
        None => String::new(),
    }
}

impl ConnError {
    pub(crate) fn invalid_value(keyword: &str, value: &str) -> ConnError {
        ConnError::InvalidValue {
            keyword: keyword.into(),
            value: value.into(),
        }
    }

    /// The server's message, when the server refused the connection.
    pub fn server_message(&self) -> Option<&ServerMessage> {
        match self {
            ConnError::Server { error, .. } => Some(error),
            _ => None,
        }
    }

    /// Whether asking the user for a password and retrying could help
    /// (`PQconnectionNeedsPassword`).
    pub fn needs_password(&self) -> bool {
        matches!(self, ConnError::PasswordRequired { .. })
    }
}
