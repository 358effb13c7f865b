//! Opening connections: host by host, address by address, as libpq's `PQconnectPoll` walks
//! its host list, with libpq's `sslmode` fallbacks and readable errors.

use std::error::Error as _;
use std::fmt;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::mpsc;

use tokio_postgres::AsyncMessage;
use tokio_postgres::config::{
    ChannelBinding as PgChannelBinding, SslMode as PgSslMode, SslNegotiation as PgSslNegotiation,
};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::error::{ConnError, ServerMessage};
use super::tls::{self, Verification};
use super::{ChannelBinding, ConnParams, Host, HostSpec, SslMode, SslNegotiation, password_for};

/// The background task that drives one connection's socket; it ends when the connection
/// closes. Spawn it on the runtime that runs the queries.
pub type ConnectionDriver = Pin<Box<dyn Future<Output = Result<(), ConnError>> + Send>>;

/// A connection made by [`connect`].
pub struct Connected {
    pub client: tokio_postgres::Client,
    /// Must be polled (spawned) for the client to make progress.
    pub driver: ConnectionDriver,
    /// NOTICE and WARNING messages the server sends, in order.
    pub notices: mpsc::Receiver<ServerMessage>,
    /// `server_version` as the server reported it at startup, e.g. `18.4 (Debian 18.4-1)`.
    pub server_version: String,
    /// Which server answered, as in error messages.
    pub target: String,
    /// Cancels the statement the connection is running.
    pub canceller: Canceller,
}

/// Sends a cancel request for one connection's running statement (`PQcancel`), over the
/// same kind of channel (TLS settings included) as the connection itself.
#[derive(Clone)]
pub struct Canceller {
    token: tokio_postgres::CancelToken,
    tls: MakeRustlsConnect,
}

impl fmt::Debug for Canceller {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Canceller").finish_non_exhaustive()
    }
}

impl Canceller {
    /// Ask the server to cancel whatever the connection runs now; blocks until the request is
    /// sent. Best effort: a failure to deliver it is returned for the caller to mention.
    pub fn cancel(&self) -> Result<(), String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(|e| e.to_string())?;
        runtime
            .block_on(self.token.cancel_query(self.tls.clone()))
            .map_err(|e| e.to_string())
    }
}

impl fmt::Debug for Connected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connected")
            .field("server_version", &self.server_version)
            .field("target", &self.target)
            .finish_non_exhaustive()
    }
}

/// Connects to the first host of `params` that accepts, trying every address of each host
/// name. The error is the last host's, as the last one is what a single-host user sees.
pub async fn connect(params: &ConnParams) -> Result<Connected, ConnError> {
    let mut last = None;
    for spec in &params.hosts {
        match connect_host(params, spec).await {
            Ok(connected) => return Ok(connected),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| ConnError::Config("no host to connect to".into())))
}

async fn connect_host(params: &ConnParams, spec: &HostSpec) -> Result<Connected, ConnError> {
    let addrs: Vec<Option<IpAddr>> = match (&spec.host, spec.hostaddr) {
        (Host::Unix(_), _) => vec![None],
        (Host::Tcp(_), Some(addr)) => vec![Some(addr)],
        (Host::Tcp(name), None) => match name.parse::<IpAddr>() {
            Ok(addr) => vec![Some(addr)],
            Err(_) => resolve_name(name, spec.port).await?,
        },
    };
    let mut last = None;
    for addr in addrs {
        match connect_addr(params, spec, addr).await {
            Ok(connected) => return Ok(connected),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| ConnError::Resolve {
        host: host_display(&spec.host),
        reason: "no addresses".into(),
    }))
}

async fn resolve_name(name: &str, port: u16) -> Result<Vec<Option<IpAddr>>, ConnError> {
    let found = tokio::net::lookup_host((name, port))
        .await
        .map_err(|e| ConnError::Resolve {
            host: name.to_string(),
            reason: e.to_string(),
        })?;
    let mut addrs: Vec<Option<IpAddr>> = Vec::new();
    for addr in found {
        if !addrs.contains(&Some(addr.ip())) {
            addrs.push(Some(addr.ip()));
        }
    }
    Ok(addrs)
}

/// One server address, with the `sslmode` fallbacks of `PQconnectPoll`: `allow` tries plain
/// text first and TLS after a refusal; `prefer` is left to the protocol layer (TLS if the
/// server agrees).
async fn connect_addr(
    params: &ConnParams,
    spec: &HostSpec,
    addr: Option<IpAddr>,
) -> Result<Connected, ConnError> {
    let target = target_display(spec, addr);
    let unix = matches!(spec.host, Host::Unix(_));
    // Servers never accept TLS on a Unix socket and libpq does not ask for it there.
    let first = if unix {
        PgSslMode::Disable
    } else {
        match params.sslmode {
            SslMode::Disable | SslMode::Allow => PgSslMode::Disable,
            SslMode::Prefer => PgSslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => PgSslMode::Require,
        }
    };
    let verification = if first == PgSslMode::Disable && params.sslmode != SslMode::Allow {
        Verification::Encrypt
    } else {
        tls::verification(params.sslmode, &params.sslrootcert)?
    };
    let attempt = Attempt {
        params,
        spec,
        addr,
        target: &target,
        unix,
        verification: &verification,
    };
    match attempt.run(first).await {
        Err(ConnError::Server { .. }) if params.sslmode == SslMode::Allow && !unix => {
            attempt.run(PgSslMode::Require).await
        }
        result => result,
    }
}

struct Attempt<'a> {
    params: &'a ConnParams,
    spec: &'a HostSpec,
    addr: Option<IpAddr>,
    target: &'a str,
    unix: bool,
    verification: &'a Verification,
}

impl Attempt<'_> {
    async fn run(&self, mode: PgSslMode) -> Result<Connected, ConnError> {
        let fut = self.run_untimed(mode);
        match self.params.connect_timeout {
            Some(limit) => tokio::time::timeout(limit, fut).await.unwrap_or_else(|_| {
                Err(ConnError::Timeout {
                    target: self.target.to_string(),
                    seconds: limit.as_secs(),
                })
            }),
            None => fut.await,
        }
    }

    async fn run_untimed(&self, mode: PgSslMode) -> Result<Connected, ConnError> {
        let params = self.params;
        let mut config = tokio_postgres::Config::new();
        config
            .user(&params.user)
            .dbname(&params.dbname)
            .application_name(&params.application_name)
            .port(self.spec.port)
            .ssl_mode(mode)
            .ssl_negotiation(match params.sslnegotiation {
                SslNegotiation::Postgres => PgSslNegotiation::Postgres,
                SslNegotiation::Direct => PgSslNegotiation::Direct,
            })
            .channel_binding(match params.channel_binding {
                ChannelBinding::Disable => PgChannelBinding::Disable,
                ChannelBinding::Prefer => PgChannelBinding::Prefer,
                ChannelBinding::Require => PgChannelBinding::Require,
            });
        if let Some(options) = &params.options {
            config.options(options);
        }
        if let Some(password) = password_for(params, self.spec) {
            config.password(password);
        }
        match &self.spec.host {
            Host::Unix(dir) => {
                config.host_path(dir);
            }
            // The name goes to TLS (SNI, certificate check); the address is what we dial.
            Host::Tcp(name) => {
                config.host(name);
                if let Some(addr) = self.addr {
                    config.hostaddr(addr);
                }
            }
        }
        if let Some(limit) = params.connect_timeout {
            config.connect_timeout(limit);
        }
        let tls = MakeRustlsConnect::new(tls::client_config(self.verification)?);
        let (client, mut connection) = config
            .connect(tls.clone())
            .await
            .map_err(|e| self.map_error(&e, mode))?;
        let server_version = connection
            .parameter("server_version")
            .unwrap_or_default()
            .to_string();
        let (sender, notices) = mpsc::channel();
        let target = self.target.to_string();
        let driver: ConnectionDriver = Box::pin(async move {
            loop {
                match std::future::poll_fn(|cx| connection.poll_message(cx)).await {
                    Some(Ok(AsyncMessage::Notice(notice))) => {
                        // The receiver may be gone; the notice is then of no interest.
                        let _ = sender.send(ServerMessage::from_notice(&notice));
                    }
                    Some(Ok(_)) => {}
                    Some(Err(e)) => {
                        return Err(ConnError::Protocol {
                            target,
                            reason: e.to_string(),
                        });
                    }
                    None => return Ok(()),
                }
            }
        });
        let canceller = Canceller {
            token: client.cancel_token(),
            tls,
        };
        Ok(Connected {
            client,
            driver,
            notices,
            server_version,
            target: self.target.to_string(),
            canceller,
        })
    }

    /// Turns a tokio-postgres error into one clear line. tokio-postgres keeps its error kinds
    /// private, so beyond the server's message and the source chain this matches the fixed
    /// texts of `connect_raw.rs` / `connect_tls.rs`.
    fn map_error(&self, error: &tokio_postgres::Error, mode: PgSslMode) -> ConnError {
        let target = self.target.to_string();
        if let Some(db) = error.as_db_error() {
            let message = ServerMessage::from_db(db);
            // libpq's pgpassfileWarning: name the file a wrong password came from.
            let pgpass = (message.code == "28P01"
                && self.params.password.is_none()
                && self.spec.pgpass_password.is_some())
            .then(|| self.params.passfile.clone())
            .flatten();
            return ConnError::Server {
                target,
                error: Box::new(message),
                pgpass,
            };
        }
        // tokio-postgres's Display names only the kind; the detail is in the source chain.
        let mut text = error.to_string();
        let mut source = error.source();
        while let Some(err) = source {
            text.push_str(": ");
            text.push_str(&err.to_string());
            source = err.source();
        }
        if text.contains("server did not use channel binding") {
            let reason = if self.unix {
                "TLS is never used over a Unix socket".to_string()
            } else if mode == PgSslMode::Disable {
                format!(
                    "TLS is not in use (sslmode={})",
                    self.params.sslmode.as_str()
                )
            } else {
                "the server did not use SCRAM-SHA-256-PLUS authentication over TLS".to_string()
            };
            return ConnError::ChannelBinding { target, reason };
        }
        if text.contains("password missing") {
            return ConnError::PasswordRequired {
                target,
                user: self.params.user.clone(),
            };
        }
        if text.contains("server does not support TLS") {
            return ConnError::TlsRefused {
                target,
                sslmode: self.params.sslmode.as_str().to_string(),
            };
        }
        // Walk the source chain for the I/O or TLS error underneath.
        let mut source = error.source();
        while let Some(err) = source {
            if let Some(io) = err.downcast_ref::<std::io::Error>() {
                if let Some(tls_error) =
                    io.get_ref().and_then(|e| e.downcast_ref::<rustls::Error>())
                {
                    return self.tls_error(tls_error);
                }
                if io.kind() == std::io::ErrorKind::TimedOut {
                    return ConnError::Timeout {
                        target,
                        seconds: self.params.connect_timeout.map_or(0, |d| d.as_secs()),
                    };
                }
                return ConnError::Unreachable {
                    target,
                    reason: io_reason(io),
                };
            }
            if let Some(tls_error) = err.downcast_ref::<rustls::Error>() {
                return self.tls_error(tls_error);
            }
            source = err.source();
        }
        ConnError::Protocol {
            target,
            reason: text,
        }
    }

    fn tls_error(&self, error: &rustls::Error) -> ConnError {
        let host = match &self.spec.host {
            Host::Tcp(name) => name.clone(),
            Host::Unix(dir) => dir.display().to_string(),
        };
        match error {
            rustls::Error::InvalidCertificate(cert_error) => ConnError::Certificate {
                target: self.target.to_string(),
                problem: tls::describe_certificate_error(cert_error, &host),
                host,
            },
            other => ConnError::Tls {
                target: self.target.to_string(),
                reason: other.to_string(),
            },
        }
    }
}

/// The reason of an I/O error without Rust's " (os error N)" suffix, like libpq's strerror.
fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn host_display(host: &Host) -> String {
    match host {
        Host::Tcp(name) => name.clone(),
        Host::Unix(dir) => dir.display().to_string(),
    }
}

/// libpq's wording: `connection to server on socket "/dir/.s.PGSQL.5432"`, `connection to
/// server at "name" (address), port N`.
fn target_display(spec: &HostSpec, addr: Option<IpAddr>) -> String {
    match &spec.host {
        Host::Unix(dir) => format!(
            "connection to server on socket \"{}\"",
            dir.join(format!(".s.PGSQL.{}", spec.port)).display()
        ),
        Host::Tcp(name) => match addr {
            Some(addr) if addr.to_string() != *name => format!(
                "connection to server at \"{name}\" ({addr}), port {}",
                spec.port
            ),
            _ => format!("connection to server at \"{name}\", port {}", spec.port),
        },
    }
}

/// When to ask the user for a password (pg_restore's `-w` / `-W`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordPrompt {
    /// `-w`: never; a server that wants a password is an error.
    Never,
    /// The default: ask once if the server wants a password and none was given.
    IfNeeded,
    /// `-W`: ask before connecting.
    Always,
}

/// One connection with its own current-thread runtime: what a restore worker thread owns.
pub struct Session {
    runtime: tokio::runtime::Runtime,
    client: tokio_postgres::Client,
    driver: tokio::task::JoinHandle<Result<(), ConnError>>,
    notices: mpsc::Receiver<ServerMessage>,
    server_version: String,
    target: String,
    canceller: Canceller,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("server_version", &self.server_version)
            .field("target", &self.target)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// The client; run its futures with [`block_on`](Session::block_on).
    pub fn client(&self) -> &tokio_postgres::Client {
        &self.client
    }

    /// Runs a future on this session's runtime (which also drives the connection).
    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// Runs SQL text through the simple query protocol (`PQexec`).
    pub fn batch_execute(&self, sql: &str) -> Result<(), tokio_postgres::Error> {
        self.runtime.block_on(self.client.batch_execute(sql))
    }

    /// `server_version` as reported at startup.
    pub fn server_version(&self) -> &str {
        &self.server_version
    }

    /// The server version as a number like `PQserverVersion`: 180004 for 18.4, 90624 for 9.6.24.
    pub fn server_version_num(&self) -> Option<u32> {
        parse_server_version(&self.server_version)
    }

    /// Which server this is, as error messages name it.
    pub fn target(&self) -> &str {
        &self.target
    }

    /// The notices and warnings received so far.
    pub fn take_notices(&self) -> Vec<ServerMessage> {
        self.notices.try_iter().collect()
    }

    /// A handle that cancels this session's running statement from another thread.
    pub fn canceller(&self) -> Canceller {
        self.canceller.clone()
    }

    /// Whether the connection has ended (server gone, or an error on the socket).
    pub fn is_closed(&self) -> bool {
        self.client.is_closed() || self.driver.is_finished()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.driver.abort();
    }
}

/// `PQserverVersion`'s rule: `major.minor` for 10+, `major.major2.minor` before.
fn parse_server_version(text: &str) -> Option<u32> {
    let version = text.split_whitespace().next()?;
    let mut parts = version.split('.').map(|p| {
        let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u32>().ok()
    });
    let major = parts.next()??;
    let second = parts.next().flatten().unwrap_or(0);
    if major >= 10 {
        major.checked_mul(10000)?.checked_add(second)
    } else {
        let third = parts.next().flatten().unwrap_or(0);
        major
            .checked_mul(10000)?
            .checked_add(second.checked_mul(100)?)?
            .checked_add(third)
    }
}

/// Connects with a runtime of its own (current-thread, I/O and timers enabled).
pub fn connect_blocking(params: &ConnParams) -> Result<Session, ConnError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| ConnError::Config(format!("cannot start the I/O runtime: {e}")))?;
    let connected = runtime.block_on(connect(params))?;
    let driver = runtime.spawn(connected.driver);
    Ok(Session {
        runtime,
        client: connected.client,
        driver,
        notices: connected.notices,
        server_version: connected.server_version,
        target: connected.target,
        canceller: connected.canceller,
    })
}

/// pg_restore's `ConnectDatabase` loop: with [`PasswordPrompt::Always`] ask first; with
/// [`PasswordPrompt::IfNeeded`] ask once when the server wants a password that was not given,
/// then retry. `ask` gets the user name and returns the password, or `None` to give up. A
/// password obtained is stored in `params`, so later connections (workers, reconnects) reuse
/// it without asking.
pub fn connect_prompting(
    params: &mut ConnParams,
    prompt: PasswordPrompt,
    ask: &mut dyn FnMut(&str) -> Option<String>,
) -> Result<Session, ConnError> {
    if prompt == PasswordPrompt::Always
        && params.password.is_none()
        && let Some(password) = ask(&params.user)
    {
        params.set_password(password);
    }
    match connect_blocking(params) {
        Err(e)
            if e.needs_password()
                && prompt != PasswordPrompt::Never
                && params.password.is_none() =>
        {
            match ask(&params.user) {
                Some(password) => {
                    params.set_password(password);
                    connect_blocking(params)
                }
                None => Err(e),
            }
        }
        result => result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_versions_parse_like_libpq() {
        assert_eq!(parse_server_version("18.4 (Debian 18.4-1)"), Some(180004));
        assert_eq!(parse_server_version("9.6.24"), Some(90624));
        assert_eq!(parse_server_version("17beta1"), Some(170000));
        assert_eq!(parse_server_version(""), None);
    }

    #[test]
    fn targets_read_like_libpq() {
        let spec = HostSpec {
            host: Host::Tcp("localhost".into()),
            hostaddr: None,
            port: 5432,
            pgpass_password: None,
        };
        assert_eq!(
            target_display(&spec, Some(IpAddr::from([127, 0, 0, 1]))),
            "connection to server at \"localhost\" (127.0.0.1), port 5432"
        );
        let spec = HostSpec {
            host: Host::Unix("/tmp".into()),
            ..spec
        };
        assert_eq!(
            target_display(&spec, None),
            "connection to server on socket \"/tmp/.s.PGSQL.5432\""
        );
    }

    #[test]
    fn io_reasons_drop_the_os_error_number() {
        let e = std::io::Error::from_raw_os_error(111);
        assert!(!io_reason(&e).contains("os error"));
    }

    fn assert_send<T: Send>() {}

    #[test]
    fn sessions_can_move_to_worker_threads() {
        assert_send::<Connected>();
        assert_send::<Session>();
    }
}
