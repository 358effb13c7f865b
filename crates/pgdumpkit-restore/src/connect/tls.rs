//! TLS with libpq's `sslmode` semantics over rustls (ring provider, no OpenSSL).
//!
//! | sslmode | encrypts | verifies the chain | verifies the host name |
//! |---|---|---|---|
//! | `disable` | never | – | – |
//! | `allow` | if plain text is refused | if a root certificate file exists | no |
//! | `prefer` (default) | if the server agrees | if a root certificate file exists | no |
//! | `require` | always | if a root certificate file exists (then it is `verify-ca`) | no |
//! | `verify-ca` | always | always | no |
//! | `verify-full` | always | always | yes |
//!
//! That table is libpq's `initialize_SSL` (`fe-secure-openssl.c`): when the root certificate
//! file (`sslrootcert`, default `~/.postgresql/root.crt`) exists, OpenSSL is told to verify the
//! peer whatever the mode; the host name is compared only for `verify-full`
//! (`verify_peer_name_matches_certificate`). `sslrootcert=system` uses the operating system's
//! trusted roots and, as in libpq 16+, demands `verify-full`.
//!
//! The client always offers ALPN `postgresql`, as libpq 17+ does (direct TLS requires it), and
//! sends SNI = the host name when it is a DNS name, never for an IP address (rustls omits SNI
//! for IP server names, which is what RFC 6066 asks for).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

use super::ConnError;

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    pub fn parse(value: &str) -> Result<SslMode, ConnError> {
        Ok(match value {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return Err(ConnError::invalid_value("sslmode", value)),
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// `verify-ca` or `verify-full`.
    pub fn verifies(self) -> bool {
        matches!(self, SslMode::VerifyCa | SslMode::VerifyFull)
    }
}

/// libpq's `channel_binding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelBinding {
    Disable,
    Prefer,
    Require,
}

impl ChannelBinding {
    pub fn parse(value: &str) -> Result<ChannelBinding, ConnError> {
        Ok(match value {
            "disable" => ChannelBinding::Disable,
            "prefer" => ChannelBinding::Prefer,
            "require" => ChannelBinding::Require,
            _ => return Err(ConnError::invalid_value("channel_binding", value)),
        })
    }
}

/// libpq's `sslnegotiation` (17+): `postgres` sends SSLRequest first, `direct` starts TLS at
/// once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslNegotiation {
    Postgres,
    Direct,
}

impl SslNegotiation {
    pub fn parse(value: &str) -> Result<SslNegotiation, ConnError> {
        Ok(match value {
            "postgres" => SslNegotiation::Postgres,
            "direct" => SslNegotiation::Direct,
            _ => return Err(ConnError::invalid_value("sslnegotiation", value)),
        })
    }
}

/// Where trusted roots come from (`sslrootcert`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCert {
    /// A PEM file of CA certificates. `explicit` is false for the default
    /// `~/.postgresql/root.crt`.
    File { path: PathBuf, explicit: bool },
    /// `sslrootcert=system`: the operating system's trusted roots.
    System,
    /// No file given and no home directory to find the default in.
    None,
}

/// How the server's certificate is checked, decided once per connection target.
#[derive(Clone)]
pub(crate) enum Verification {
    /// Encrypt, check nothing but the handshake signatures (`require` without a root file).
    Encrypt,
    /// The chain must end at a trusted root; the name is not checked (`verify-ca`).
    Chain(Arc<RootCertStore>),
    /// Chain and host name (`verify-full`).
    Full(Arc<RootCertStore>),
}

impl std::fmt::Debug for Verification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verification::Encrypt => "Encrypt",
            Verification::Chain(_) => "Chain",
            Verification::Full(_) => "Full",
        })
    }
}

/// Decides the verification for `mode` and loads the roots (`initialize_SSL`).
pub(crate) fn verification(mode: SslMode, root: &RootCert) -> Result<Verification, ConnError> {
    let roots = match root {
        RootCert::System => Some(system_roots()?),
        RootCert::File { path, explicit } => {
            if path.exists() {
                Some(load_roots(path)?)
            } else if mode.verifies() {
                return Err(ConnError::RootCertMissing {
                    path: path.clone(),
                    explicit: *explicit,
                });
            } else {
                None
            }
        }
        RootCert::None if mode.verifies() => {
            return Err(ConnError::Config(
                "could not get home directory to locate root certificate file; \
                 set sslrootcert or change sslmode to disable server certificate verification"
                    .into(),
            ));
        }
        RootCert::None => None,
    };
    Ok(match (mode, roots) {
        (SslMode::VerifyFull, Some(roots)) => Verification::Full(Arc::new(roots)),
        (_, Some(roots)) => Verification::Chain(Arc::new(roots)),
        (_, None) => Verification::Encrypt,
    })
}

fn load_roots(path: &Path) -> Result<RootCertStore, ConnError> {
    let unreadable = |reason: String| ConnError::RootCertUnreadable {
        path: path.to_path_buf(),
        reason,
    };
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
        .map_err(|e| unreadable(e.to_string()))?
        .collect::<Result<_, _>>()
        .map_err(|e| unreadable(e.to_string()))?;
    if certs.is_empty() {
        return Err(unreadable("no PEM certificate found".into()));
    }
    let mut store = RootCertStore::empty();
    for cert in certs {
        store.add(cert).map_err(|e| unreadable(e.to_string()))?;
    }
    Ok(store)
}

/// The operating system's roots (`rustls-native-certs`: the same files OpenSSL's default paths
/// name, honouring `SSL_CERT_FILE` / `SSL_CERT_DIR`). A system with no root store at all (a
/// minimal container) falls back to the Mozilla roots of `webpki-roots`, which include the
/// ISRG root that Neon and most public services chain to.
fn system_roots() -> Result<RootCertStore, ConnError> {
    let found = rustls_native_certs::load_native_certs();
    let mut store = RootCertStore::empty();
    let (_added, _ignored) = store.add_parsable_certificates(found.certs);
    if store.is_empty() {
        store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    Ok(store)
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The rustls client configuration for one verification choice.
pub(crate) fn client_config(verification: &Verification) -> Result<ClientConfig, ConnError> {
    let provider = provider();
    let algorithms = provider.signature_verification_algorithms;
    let builder = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ConnError::Config(format!("TLS setup failed: {e}")))?;
    let mut config = match verification {
        Verification::Full(roots) => builder
            .with_root_certificates(Arc::clone(roots))
            .with_no_client_auth(),
        Verification::Chain(roots) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(ChainOnly {
                roots: Arc::clone(roots),
                algorithms,
            }))
            .with_no_client_auth(),
        Verification::Encrypt => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(EncryptOnly { algorithms }))
            .with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"postgresql".to_vec()];
    Ok(config)
}

/// `verify-ca`: the chain must end at a trusted root; the name is not compared.
#[derive(Debug)]
struct ChainOnly {
    roots: Arc<RootCertStore>,
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let cert = rustls::server::ParsedCertificate::try_from(end_entity)?;
        rustls::client::verify_server_cert_signed_by_trust_anchor(
            &cert,
            &self.roots,
            intermediates,
            now,
            self.algorithms.all,
        )?;
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// `require` without a root certificate: encrypt, trust any certificate (libpq with
/// `SSL_VERIFY_NONE`). The handshake signatures are still checked, so the server must hold
/// the key of the certificate it shows; channel binding then ties SCRAM to that certificate.
#[derive(Debug)]
struct EncryptOnly {
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for EncryptOnly {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// Describes a certificate failure as "which check failed", for [`ConnError::Certificate`].
pub(crate) fn describe_certificate_error(error: &CertificateError, host: &str) -> String {
    match error {
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            format!("does not match host name \"{host}\"")
        }
        CertificateError::UnknownIssuer => {
            "is not signed by a trusted root certificate (see sslrootcert)".into()
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => "has expired".into(),
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            "is not valid yet".into()
        }
        CertificateError::Revoked => "has been revoked".into(),
        CertificateError::BadSignature => "has a bad signature".into(),
        CertificateError::BadEncoding => "is not a well-formed X.509 certificate".into(),
        other => format!("was rejected: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verification_follows_libpq() {
        let missing = RootCert::File {
            path: PathBuf::from("/nonexistent/pgdumpkit/root.crt"),
            explicit: false,
        };
        assert!(matches!(
            verification(SslMode::Require, &missing),
            Ok(Verification::Encrypt)
        ));
        assert!(matches!(
            verification(SslMode::Prefer, &RootCert::None),
            Ok(Verification::Encrypt)
        ));
        assert!(matches!(
            verification(SslMode::VerifyCa, &missing),
            Err(ConnError::RootCertMissing { .. })
        ));
        assert!(matches!(
            verification(SslMode::VerifyFull, &RootCert::None),
            Err(ConnError::Config(_))
        ));
        assert!(matches!(
            verification(SslMode::VerifyFull, &RootCert::System),
            Ok(Verification::Full(_))
        ));
    }

    #[test]
    fn unreadable_root_file_is_named() {
        let dir = tempfile::tempdir().expect("a temporary directory can be created");
        let path = dir.path().join("root.crt");
        std::fs::write(&path, "not a certificate\n").expect("the directory is writable");
        let root = RootCert::File {
            path: path.clone(),
            explicit: true,
        };
        let err = verification(SslMode::Require, &root).expect_err("no certificate in it");
        assert!(
            err.to_string().contains(&path.display().to_string()),
            "{err}"
        );
    }

    #[test]
    fn parses_modes() {
        assert_eq!(
            SslMode::parse("verify-full").ok(),
            Some(SslMode::VerifyFull)
        );
        assert!(SslMode::parse("bogus").is_err());
        assert_eq!(
            ChannelBinding::parse("require").ok(),
            Some(ChannelBinding::Require)
        );
        assert!(SslNegotiation::parse("x").is_err());
    }
}
