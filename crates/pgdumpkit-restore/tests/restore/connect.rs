//! `connect` against real servers: Unix socket and TCP, SCRAM passwords, the password file,
//! TLS in every sslmode that verifies something, channel binding, and the SNI we send.
//!
//! Every test runs its own throwaway cluster and points `HOME` at an empty temporary
//! directory, so the machine's `~/.pgpass` and `~/.postgresql/root.crt` never take part.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pgdumpkit_restore::connect::{
    self, ConnError, ConnParams, PasswordPrompt, Session, connect_blocking, connect_prompting,
};
use pgdumpkit_testkit::Cluster;

/// The role of the password tests and the password `scram-sha-256` stores for it.
const ROLE: &str = "scram_user";
const PASSWORD: &str = "c0rrect horse:battery\\staple";

fn start_cluster() -> Cluster {
    Cluster::start().unwrap_or_else(|e| panic!("a PostgreSQL server is needed: {e}"))
}

/// An environment with only `HOME` (an empty directory of the test) and `extra`.
fn env_of(home: &Path, extra: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
    let mut map: BTreeMap<String, String> = extra
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    map.insert("HOME".into(), home.display().to_string());
    move |name: &str| map.get(name).cloned()
}

fn resolve(conninfo: &str, env: &dyn Fn(&str) -> Option<String>) -> ConnParams {
    connect::resolve(Some(conninfo), None, None, None, env)
        .unwrap_or_else(|e| panic!("{conninfo} should resolve: {e}"))
}

fn try_connect(conninfo: &str, home: &Path) -> Result<Session, ConnError> {
    connect_blocking(&resolve(conninfo, &env_of(home, &[])))
}

fn query_one(session: &Session, sql: &str) -> String {
    let messages = session
        .block_on(session.client().simple_query(sql))
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    messages
        .iter()
        .find_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(row) => row.get(0).map(str::to_string),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{sql} returned no row"))
}

fn uses_tls(session: &Session) -> bool {
    query_one(
        session,
        "SELECT ssl::text FROM pg_catalog.pg_stat_ssl WHERE pid = pg_catalog.pg_backend_pid()",
    ) == "true"
}

fn home_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory can be created")
}

/// Rewrites `pg_hba.conf` and applies settings with `ALTER SYSTEM`, then waits until new
/// connections see the reload (a marker setting changes with it).
fn reconfigure(cluster: &Cluster, hba: &str, settings: &[(&str, &str)]) {
    let path = cluster.data_dir().join("pg_hba.conf");
    std::fs::write(&path, hba).expect("the test owns the cluster's files");
    let marker = format!("{}kB", 4096 + (std::process::id() % 1000));
    let mut sql = String::new();
    for (name, value) in settings.iter().chain([&("work_mem", marker.as_str())]) {
        sql.push_str(&format!("ALTER SYSTEM SET {name} = '{value}';\n"));
    }
    sql.push_str("SELECT pg_catalog.pg_reload_conf();\n");
    cluster.psql("postgres", &sql).expect("the reload runs");
    let deadline = Instant::now() + Duration::from_secs(20);
    while cluster
        .psql("postgres", "SHOW work_mem")
        .map(|out| out.trim() != marker)
        .unwrap_or(true)
    {
        assert!(
            Instant::now() < deadline,
            "the server did not reload: {}",
            cluster.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn create_scram_role(cluster: &Cluster) {
    cluster
        .psql(
            "postgres",
            &format!(
                "SET password_encryption = 'scram-sha-256';\n\
                 CREATE ROLE {ROLE} LOGIN PASSWORD '{}';",
                PASSWORD.replace('\'', "''")
            ),
        )
        .expect("CREATE ROLE works");
}

/// Writes a file the server's OS user owns with mode 0600 (PostgreSQL refuses a key file others
/// can read).
fn write_server_file(cluster: &Cluster, name: &str, contents: &str) {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let path = cluster.data_dir().join(name);
    std::fs::write(&path, contents).expect("the test can write into the data directory");
    let meta = std::fs::metadata(cluster.data_dir()).expect("the data directory exists");
    std::os::unix::fs::chown(&path, Some(meta.uid()), Some(meta.gid()))
        .expect("the test runs as the data directory's owner or as root");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
        .expect("the file was just created");
}

/// A CA and a server certificate for `localhost` (SAN `DNS:localhost` only) signed by it.
struct TestPki {
    ca_pem: String,
    server_cert_pem: String,
    server_key_pem: String,
}

fn make_pki(ca_name: &str) -> TestPki {
    let ca_key = rcgen::KeyPair::generate().expect("key generation works");
    let mut ca_params =
        rcgen::CertificateParams::new(Vec::<String>::new()).expect("empty SAN list is valid");
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, ca_name);
    let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).expect("CA signs itself");
    let server_key = rcgen::KeyPair::generate().expect("key generation works");
    let mut server_params =
        rcgen::CertificateParams::new(vec!["localhost".to_string()]).expect("valid SAN");
    server_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "localhost");
    let server_cert = server_params
        .signed_by(&server_key, &ca)
        .expect("the CA signs the server certificate");
    TestPki {
        ca_pem: ca.pem(),
        server_cert_pem: server_cert.pem(),
        server_key_pem: server_key.serialize_pem(),
    }
}

fn write_pem(dir: &Path, name: &str, pem: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, pem).expect("the temporary directory is writable");
    path.display().to_string()
}

#[test]
fn connects_over_unix_socket_and_tcp() {
    let cluster = start_cluster();
    let db = cluster
        .create_database("connect_basic")
        .expect("CREATE DATABASE works");
    let home = home_dir();

    let session = try_connect(&cluster.connstring(&db), home.path()).expect("socket connect");
    assert_eq!(query_one(&session, "SELECT current_database()"), db);
    assert!(
        session
            .server_version()
            .starts_with(cluster.version().trim_end_matches(char::is_alphabetic)),
        "{} vs {}",
        session.server_version(),
        cluster.version()
    );
    assert_eq!(
        session.server_version_num().map(|v| v / 10000),
        Some(cluster.major())
    );
    assert!(session.target().contains(".s.PGSQL."));
    assert!(!session.is_closed());

    // -h/-p/-U fill what a plain database name lacks; the environment fills the rest.
    let env = env_of(home.path(), &[("PGAPPNAME", "connect-test")]);
    let params = connect::resolve(
        Some(&db),
        Some("127.0.0.1"),
        Some(&cluster.port().to_string()),
        Some(cluster.superuser()),
        &env,
    )
    .expect("resolves");
    let session = connect_blocking(&params).expect("TCP connect");
    assert_eq!(query_one(&session, "SELECT current_database()"), db);
    assert_eq!(query_one(&session, "SHOW application_name"), "connect-test");
    assert!(!uses_tls(&session), "the test server has no TLS");

    // Notices reach the session.
    session
        .batch_execute("DO $$BEGIN RAISE WARNING 'hello from the server'; END$$")
        .expect("DO runs");
    let notices = session.take_notices();
    assert!(
        notices
            .iter()
            .any(|n| n.severity == "WARNING" && n.message == "hello from the server"),
        "{notices:?}"
    );

    // sslmode=require against a server without TLS.
    let err = try_connect(
        &format!("{} sslmode=require", cluster.tcp_connstring(&db)),
        home.path(),
    )
    .expect_err("no TLS on this server");
    assert!(matches!(err, ConnError::TlsRefused { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "connection to server at \"127.0.0.1\", port {} failed: server does not support TLS, \
             but sslmode=require requires it",
            cluster.port()
        )
    );

    // A missing database is the server's error, with severity and SQLSTATE.
    let err = try_connect(&cluster.tcp_connstring("no_such_db"), home.path())
        .expect_err("no such database");
    let message = err.server_message().expect("the server refused");
    assert_eq!(
        (message.severity.as_str(), message.code.as_str()),
        ("FATAL", "3D000")
    );
    assert!(
        err.to_string()
            .ends_with("FATAL 3D000: database \"no_such_db\" does not exist"),
        "{err}"
    );
}

#[test]
fn unreachable_port_is_named() {
    let port = {
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("a free port");
        listener.local_addr().expect("bound").port()
    };
    let home = home_dir();
    let err = try_connect(
        &format!("host=127.0.0.1 port={port} user=u dbname=d"),
        home.path(),
    )
    .expect_err("nobody listens");
    assert!(matches!(err, ConnError::Unreachable { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!("connection to server at \"127.0.0.1\", port {port} failed: Connection refused")
    );
    let err = try_connect(
        "host=no-such-host.invalid port=5432 user=u dbname=d",
        home.path(),
    )
    .expect_err("no such host");
    assert!(matches!(err, ConnError::Resolve { .. }), "{err:?}");
    assert!(
        err.to_string().contains("\"no-such-host.invalid\""),
        "{err}"
    );
}

#[test]
fn scram_passwords_and_the_password_file() {
    let cluster = start_cluster();
    create_scram_role(&cluster);
    reconfigure(
        &cluster,
        "local all all trust\n\
         host all all 127.0.0.1/32 scram-sha-256\n",
        &[("password_encryption", "scram-sha-256")],
    );
    let home = home_dir();
    let port = cluster.port();
    let base = format!("host=127.0.0.1 port={port} user={ROLE} dbname=postgres");
    let quoted = PASSWORD.replace('\\', "\\\\").replace('\'', "\\'");

    let session = try_connect(&format!("{base} password='{quoted}'"), home.path())
        .expect("the right password works");
    assert_eq!(query_one(&session, "SELECT current_user"), ROLE);

    // The same through a URI with percent-encoding.
    let uri =
        format!("postgresql://{ROLE}:c0rrect%20horse%3Abattery%5Cstaple@127.0.0.1:{port}/postgres");
    try_connect(&uri, home.path()).expect("the URI's password works");

    let err =
        try_connect(&format!("{base} password=wrong"), home.path()).expect_err("wrong password");
    assert_eq!(
        err.to_string(),
        format!(
            "connection to server at \"127.0.0.1\", port {port} failed: FATAL 28P01: \
             password authentication failed for user \"{ROLE}\""
        )
    );

    // No password at all: -w gives a clear error, the default asks once.
    let mut params = resolve(&base, &env_of(home.path(), &[]));
    let err = connect_prompting(&mut params, PasswordPrompt::Never, &mut |_| {
        panic!("-w never asks")
    })
    .expect_err("no password");
    assert!(err.needs_password());
    assert_eq!(
        err.to_string(),
        format!(
            "connection to server at \"127.0.0.1\", port {port} failed: \
             no password supplied for user \"{ROLE}\""
        )
    );
    let mut asked = Vec::new();
    let session = connect_prompting(&mut params, PasswordPrompt::IfNeeded, &mut |user| {
        asked.push(user.to_string());
        Some(PASSWORD.to_string())
    })
    .expect("the prompted password works");
    assert_eq!(asked, [ROLE]);
    drop(session);
    // The password is kept for the next connection (workers, reconnects).
    connect_prompting(&mut params, PasswordPrompt::Never, &mut |_| None)
        .expect("the saved password is reused");

    // PGPASSWORD.
    let env = env_of(home.path(), &[("PGPASSWORD", PASSWORD)]);
    connect_blocking(&resolve(&base, &env)).expect("PGPASSWORD works");

    // ~/.pgpass, with escapes; ignored while group-readable.
    let pgpass = home.path().join(".pgpass");
    let escaped = PASSWORD.replace('\\', "\\\\").replace(':', "\\:");
    let mut file = std::fs::File::create(&pgpass).expect("the home directory is writable");
    writeln!(
        file,
        "# comment\nother:*:*:*:nope\n127.0.0.1:{port}:*:{ROLE}:{escaped}"
    )
    .expect("the file is writable");
    drop(file);
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644))
        .expect("we own the file");
    let params = resolve(&base, &env_of(home.path(), &[]));
    assert!(
        params
            .warnings
            .iter()
            .any(|w| w.contains("group or world access")),
        "{:?}",
        params.warnings
    );
    assert!(connect_blocking(&params).is_err_and(|e| e.needs_password()));
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600))
        .expect("we own the file");
    let params = resolve(&base, &env_of(home.path(), &[]));
    assert!(params.warnings.is_empty(), "{:?}", params.warnings);
    let session = connect_blocking(&params).expect("the password file works");
    assert_eq!(query_one(&session, "SELECT current_user"), ROLE);

    // A wrong password from the file names the file (libpq's pgpassfileWarning).
    std::fs::write(&pgpass, format!("*:*:*:{ROLE}:wrong\n")).expect("writable");
    let err = connect_blocking(&resolve(&base, &env_of(home.path(), &[])))
        .expect_err("wrong password in the file");
    assert!(
        err.to_string().ends_with(&format!(
            "(password retrieved from file \"{}\")",
            pgpass.display()
        )),
        "{err}"
    );
}

#[test]
fn tls_modes_and_channel_binding() {
    let cluster = start_cluster();
    create_scram_role(&cluster);
    let pki = make_pki("pgdumpkit test CA");
    write_server_file(&cluster, "server.crt", &pki.server_cert_pem);
    write_server_file(&cluster, "server.key", &pki.server_key_pem);
    reconfigure(
        &cluster,
        &format!(
            "local all {ROLE} scram-sha-256\n\
             local all all trust\n\
             host all all 127.0.0.1/32 scram-sha-256\n"
        ),
        &[
            ("ssl", "on"),
            ("ssl_cert_file", "server.crt"),
            ("ssl_key_file", "server.key"),
            ("password_encryption", "scram-sha-256"),
        ],
    );
    let home = home_dir();
    let port = cluster.port();
    let certs = home_dir();
    let ca = write_pem(certs.path(), "ca.crt", &pki.ca_pem);
    let other_ca = write_pem(
        certs.path(),
        "other-ca.crt",
        &make_pki("another test CA").ca_pem,
    );
    let quoted = PASSWORD.replace('\\', "\\\\").replace('\'', "\\'");
    let with = |host: &str, extra: &str| {
        format!("host={host} port={port} user={ROLE} dbname=postgres password='{quoted}' {extra}")
    };

    // verify-full: the CA signed it and the name matches.
    let session = try_connect(
        &with(
            "localhost",
            &format!("sslmode=verify-full sslrootcert={ca}"),
        ),
        home.path(),
    )
    .expect("verify-full with the right CA and name");
    assert!(uses_tls(&session));

    // verify-full, but we reach the server by its address: the name check fails.
    let err = try_connect(
        &with(
            "127.0.0.1",
            &format!("sslmode=verify-full sslrootcert={ca}"),
        ),
        home.path(),
    )
    .expect_err("the certificate names localhost only");
    assert!(matches!(err, ConnError::Certificate { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "connection to server at \"127.0.0.1\", port {port} failed: server certificate for \
             \"127.0.0.1\" does not match host name \"127.0.0.1\""
        )
    );

    // The same with hostaddr: the name stays "localhost", so verify-full passes.
    let session = try_connect(
        &with(
            "localhost",
            &format!("hostaddr=127.0.0.1 sslmode=verify-full sslrootcert={ca}"),
        ),
        home.path(),
    )
    .expect("hostaddr keeps the host name for verification");
    assert!(uses_tls(&session));

    // verify-ca does not look at the name.
    let session = try_connect(
        &with("127.0.0.1", &format!("sslmode=verify-ca sslrootcert={ca}")),
        home.path(),
    )
    .expect("verify-ca ignores the name");
    assert!(uses_tls(&session));

    // Another CA: the chain check fails, in verify-full, verify-ca, and in require when a root
    // file is given (libpq verifies the chain whenever it has roots).
    for mode in ["verify-full", "verify-ca", "require"] {
        let err = try_connect(
            &with(
                "localhost",
                &format!("sslmode={mode} sslrootcert={other_ca}"),
            ),
            home.path(),
        )
        .expect_err("signed by another CA");
        assert!(
            err.to_string()
                .ends_with("is not signed by a trusted root certificate (see sslrootcert)"),
            "{mode}: {err}"
        );
    }

    // verify-ca without any root file.
    let err = try_connect(&with("localhost", "sslmode=verify-ca"), home.path())
        .expect_err("no root certificate");
    assert!(
        matches!(
            err,
            ConnError::RootCertMissing {
                explicit: false,
                ..
            }
        ),
        "{err:?}"
    );

    // require with no root file encrypts without verifying.
    let session = try_connect(&with("127.0.0.1", "sslmode=require"), home.path())
        .expect("require without roots");
    assert!(uses_tls(&session));
    // ... and the default root file, when present, turns it into verify-ca (libpq).
    std::fs::create_dir(home.path().join(".postgresql")).expect("writable");
    std::fs::write(
        home.path().join(".postgresql/root.crt"),
        make_pki("another test CA").ca_pem,
    )
    .expect("writable");
    let err = try_connect(&with("127.0.0.1", "sslmode=require"), home.path())
        .expect_err("the default root file does not hold our CA");
    assert!(matches!(err, ConnError::Certificate { .. }), "{err:?}");
    std::fs::remove_dir_all(home.path().join(".postgresql")).expect("we made it");

    // Direct TLS (no SSLRequest, ALPN "postgresql") exists from server 17 on; older servers
    // are covered by the SSLRequest cases above.
    if cluster.major() >= 17 {
        let session = try_connect(
            &with(
                "localhost",
                &format!("sslmode=verify-full sslrootcert={ca} sslnegotiation=direct"),
            ),
            home.path(),
        )
        .expect("direct TLS");
        assert!(uses_tls(&session));
    }

    // prefer (the default) uses TLS when offered.
    let session = try_connect(&with("127.0.0.1", ""), home.path()).expect("prefer");
    assert!(uses_tls(&session));

    // channel_binding=require over TLS: SCRAM-SHA-256-PLUS is used.
    let session = try_connect(
        &with("127.0.0.1", "sslmode=require channel_binding=require"),
        home.path(),
    )
    .expect("channel binding over TLS");
    assert!(uses_tls(&session));

    // channel_binding=require without TLS fails, over TCP and over the Unix socket.
    let err = try_connect(
        &with("127.0.0.1", "sslmode=disable channel_binding=require"),
        home.path(),
    )
    .expect_err("no TLS, no channel binding");
    assert_eq!(
        err.to_string(),
        format!(
            "connection to server at \"127.0.0.1\", port {port} failed: channel binding \
             required, but TLS is not in use (sslmode=disable)"
        )
    );
    let socket = cluster.host().display().to_string();
    let err = try_connect(&with(&socket, "channel_binding=require"), home.path())
        .expect_err("no TLS on a socket");
    assert!(matches!(err, ConnError::ChannelBinding { .. }), "{err:?}");
    assert!(err.to_string().contains("Unix socket"), "{err}");
    // ... and the socket works without the requirement (SCRAM without channel binding).
    try_connect(&with(&socket, ""), home.path()).expect("SCRAM over the socket");
}

/// What the SNI proxy saw: the server name of each ClientHello (None when none was sent).
type SeenNames = Arc<Mutex<Vec<Option<String>>>>;

/// A TLS-terminating proxy on 127.0.0.1: answers the SSLRequest with 'S', records the
/// ClientHello's server name, then relays the decrypted stream to `upstream_port` in plain
/// text. It lives as long as the test process.
fn start_sni_proxy(upstream_port: u16, pki: &TestPki) -> (u16, SeenNames) {
    use rustls::pki_types::pem::PemObject as _;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};

    let cert = CertificateDer::from_pem_slice(pki.server_cert_pem.as_bytes()).expect("PEM");
    let key = PrivateKeyDer::from_pem_slice(pki.server_key_pem.as_bytes()).expect("PEM");
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("ring supports the default versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .expect("the key matches the certificate"),
    );
    let listener = TcpListener::bind(("127.0.0.1", 0)).expect("a free port");
    let port = listener.local_addr().expect("bound").port();
    listener.set_nonblocking(true).expect("non-blocking works");
    let seen: SeenNames = Arc::default();
    let seen_by_proxy = Arc::clone(&seen);
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .expect("a runtime starts");
        runtime.block_on(async move {
            use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            while let Ok((mut client, _)) = listener.accept().await {
                let config = Arc::clone(&config);
                let seen = Arc::clone(&seen_by_proxy);
                tokio::spawn(async move {
                    let mut request = [0u8; 8];
                    client.read_exact(&mut request).await.ok()?;
                    // SSLRequest: length 8, code 80877103.
                    if request != [0, 0, 0, 8, 4, 210, 22, 47] {
                        return None;
                    }
                    client.write_all(b"S").await.ok()?;
                    let start = tokio_rustls::LazyConfigAcceptor::new(
                        rustls::server::Acceptor::default(),
                        client,
                    )
                    .await
                    .ok()?;
                    let name = start.client_hello().server_name().map(str::to_string);
                    seen.lock().ok()?.push(name);
                    let mut tls = start.into_stream(config).await.ok()?;
                    let mut upstream = tokio::net::TcpStream::connect(("127.0.0.1", upstream_port))
                        .await
                        .ok()?;
                    tokio::io::copy_bidirectional(&mut tls, &mut upstream)
                        .await
                        .ok()?;
                    Some(())
                });
            }
        });
    });
    (port, seen)
}

#[test]
fn sends_sni_for_host_names_only() {
    let cluster = start_cluster();
    let pki = make_pki("pgdumpkit test CA");
    let (proxy_port, seen) = start_sni_proxy(cluster.port(), &pki);
    let home = home_dir();
    let user = cluster.superuser();

    let session = try_connect(
        &format!("host=localhost hostaddr=127.0.0.1 port={proxy_port} user={user} dbname=postgres sslmode=require"),
        home.path(),
    )
    .expect("through the proxy");
    assert_eq!(query_one(&session, "SELECT 1"), "1");
    let session = try_connect(
        &format!("host=127.0.0.1 port={proxy_port} user={user} dbname=postgres sslmode=require"),
        home.path(),
    )
    .expect("through the proxy by address");
    assert_eq!(query_one(&session, "SELECT 2"), "2");
    let names = seen
        .lock()
        .expect("the proxy thread does not panic")
        .clone();
    assert_eq!(names, [Some("localhost".to_string()), None]);
}
