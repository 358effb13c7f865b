//! libpq connection strings: `key=value` lists and `postgresql://` URIs.
//!
//! Mirrors `conninfo_parse`, `conninfo_uri_parse_options`, `conninfo_uri_parse_params` and
//! `conninfo_uri_decode` in libpq's `fe-connect.c`: same quoting, same percent-decoding, same
//! error wording, and the same set of keywords (an unknown keyword is an error in a `key=value`
//! string and silently ignored in a URI query, as libpq does).

use super::ConnError;

/// Every keyword libpq 18 knows, with the environment variable that supplies its default
/// (`PQconninfoOptions` in `fe-connect.c`). Keywords we parse but do not act on are accepted so
/// that a connection string written for psql works here; [`super::resolve`] warns about those.
pub(crate) const KEYWORDS: &[(&str, Option<&str>)] = &[
    ("service", Some("PGSERVICE")),
    ("user", Some("PGUSER")),
    ("password", Some("PGPASSWORD")),
    ("passfile", Some("PGPASSFILE")),
    ("channel_binding", Some("PGCHANNELBINDING")),
    ("connect_timeout", Some("PGCONNECT_TIMEOUT")),
    ("dbname", Some("PGDATABASE")),
    ("host", Some("PGHOST")),
    ("hostaddr", Some("PGHOSTADDR")),
    ("port", Some("PGPORT")),
    ("client_encoding", Some("PGCLIENTENCODING")),
    ("options", Some("PGOPTIONS")),
    ("application_name", Some("PGAPPNAME")),
    ("fallback_application_name", None),
    ("keepalives", None),
    ("keepalives_idle", None),
    ("keepalives_interval", None),
    ("keepalives_count", None),
    ("tcp_user_timeout", None),
    ("sslmode", Some("PGSSLMODE")),
    ("sslnegotiation", Some("PGSSLNEGOTIATION")),
    ("sslcompression", Some("PGSSLCOMPRESSION")),
    ("sslcert", Some("PGSSLCERT")),
    ("sslkey", Some("PGSSLKEY")),
    ("sslcertmode", Some("PGSSLCERTMODE")),
    ("sslpassword", None),
    ("sslrootcert", Some("PGSSLROOTCERT")),
    ("sslcrl", Some("PGSSLCRL")),
    ("sslcrldir", Some("PGSSLCRLDIR")),
    ("sslsni", Some("PGSSLSNI")),
    ("requirepeer", Some("PGREQUIREPEER")),
    ("require_auth", Some("PGREQUIREAUTH")),
    ("min_protocol_version", Some("PGMINPROTOCOLVERSION")),
    ("max_protocol_version", Some("PGMAXPROTOCOLVERSION")),
    ("ssl_min_protocol_version", Some("PGSSLMINPROTOCOLVERSION")),
    ("ssl_max_protocol_version", Some("PGSSLMAXPROTOCOLVERSION")),
    ("gssencmode", Some("PGGSSENCMODE")),
    ("krbsrvname", Some("PGKRBSRVNAME")),
    ("gsslib", Some("PGGSSLIB")),
    ("gssdelegation", Some("PGGSSDELEGATION")),
    ("replication", None),
    ("target_session_attrs", Some("PGTARGETSESSIONATTRS")),
    ("load_balance_hosts", Some("PGLOADBALANCEHOSTS")),
    ("scram_client_key", None),
    ("scram_server_key", None),
    ("oauth_issuer", None),
    ("oauth_client_id", None),
    ("oauth_client_secret", None),
    ("oauth_scope", None),
];

/// One `keyword = value` setting from a connection string, in the order written. A later
/// setting of the same keyword overrides an earlier one.
pub type Setting = (String, String);

/// Whether `text` is a connection string rather than a plain database name: it starts with a
/// URI prefix or contains `=` (`recognized_connection_string` in `fe-connect.c`).
pub fn is_connection_string(text: &str) -> bool {
    uri_prefix_len(text) > 0 || text.contains('=')
}

/// Parses a connection string, URI or `key=value` list, into its settings.
pub fn parse(text: &str) -> Result<Vec<Setting>, ConnError> {
    if uri_prefix_len(text) > 0 {
        parse_uri(text)
    } else {
        parse_key_values(text)
    }
}

fn uri_prefix_len(text: &str) -> usize {
    ["postgresql://", "postgres://"]
        .iter()
        .find(|prefix| text.starts_with(*prefix))
        .map_or(0, |prefix| prefix.len())
}

fn known_keyword(keyword: &str) -> bool {
    KEYWORDS.iter().any(|(k, _)| *k == keyword)
}

/// Stores one setting as `conninfo_storeval` does: `requiressl` becomes `sslmode`, unknown
/// keywords are an error unless `ignore_unknown`.
fn store(
    settings: &mut Vec<Setting>,
    keyword: &str,
    value: &str,
    ignore_unknown: bool,
) -> Result<(), ConnError> {
    let (keyword, value) = if keyword == "requiressl" {
        let mode = if value.starts_with('1') {
            "require"
        } else {
            "prefer"
        };
        ("sslmode", mode)
    } else {
        (keyword, value)
    };
    if !known_keyword(keyword) {
        if ignore_unknown {
            return Ok(());
        }
        return Err(ConnError::Conninfo(format!(
            "invalid connection option \"{keyword}\""
        )));
    }
    settings.push((keyword.to_string(), value.to_string()));
    Ok(())
}

/// `key=value` pairs separated by white space; values may be single-quoted; a backslash
/// escapes the next character, inside quotes or not (`conninfo_parse`).
fn parse_key_values(text: &str) -> Result<Vec<Setting>, ConnError> {
    let mut settings = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_ascii_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Ok(settings);
        }
        let mut keyword = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_ascii_whitespace()) {
            keyword.push(c);
        }
        while chars.next_if(|c| c.is_ascii_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            return Err(ConnError::Conninfo(format!(
                "missing \"=\" after \"{keyword}\" in connection info string"
            )));
        }
        while chars.next_if(|c| c.is_ascii_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    None => {
                        return Err(ConnError::Conninfo(
                            "unterminated quoted string in connection info string".into(),
                        ));
                    }
                    Some('\\') => {
                        if let Some(c) = chars.next() {
                            value.push(c);
                        }
                    }
                    Some('\'') => break,
                    Some(c) => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_ascii_whitespace()) {
                if c == '\\' {
                    if let Some(escaped) = chars.next() {
                        value.push(escaped);
                    }
                } else {
                    value.push(c);
                }
            }
        }
        store(&mut settings, &keyword, &value, false)?;
    }
}

/// `postgresql://[user[:password]@][host][:port][,...][/dbname][?key=value&...]`
/// (`conninfo_uri_parse_options`). Every part is percent-decoded; `[...]` holds an IPv6 address.
fn parse_uri(uri: &str) -> Result<Vec<Setting>, ConnError> {
    let mut settings = Vec::new();
    let rest = &uri[uri_prefix_len(uri)..];

    // Credentials: everything before an '@' that comes before the first '/'.
    let creds_end = rest.find(['@', '/']);
    let rest = match creds_end {
        Some(at) if rest.as_bytes()[at] == b'@' => {
            let creds = &rest[..at];
            let (user, password) = match creds.split_once(':') {
                Some((user, password)) => (user, Some(password)),
                None => (creds, None),
            };
            if !user.is_empty() {
                store(&mut settings, "user", &decode(user)?, false)?;
            }
            if let Some(password) = password.filter(|p| !p.is_empty()) {
                store(&mut settings, "password", &decode(password)?, false)?;
            }
            &rest[at + 1..]
        }
        _ => rest,
    };

    // Host list: host[:port] pairs separated by commas, ending at '/', '?' or the end.
    let mut hosts = Vec::new();
    let mut ports = Vec::new();
    let mut pos = 0;
    let bytes = rest.as_bytes();
    let terminator = loop {
        let host;
        if bytes.get(pos) == Some(&b'[') {
            let start = pos + 1;
            let Some(len) = rest[start..].find(']') else {
                return Err(ConnError::Conninfo(format!(
                    "end of string reached when looking for matching \"]\" in IPv6 host address in URI: \"{uri}\""
                )));
            };
            if len == 0 {
                return Err(ConnError::Conninfo(format!(
                    "IPv6 host address may not be empty in URI: \"{uri}\""
                )));
            }
            host = &rest[start..start + len];
            pos = start + len + 1;
            if let Some(&c) = bytes.get(pos)
                && !matches!(c, b':' | b'/' | b'?' | b',')
            {
                return Err(ConnError::Conninfo(format!(
                    "unexpected character \"{}\" at position {} in URI (expected \":\" or \"/\"): \"{uri}\"",
                    char::from(c),
                    uri.len() - rest.len() + pos + 1
                )));
            }
        } else {
            let start = pos;
            while pos < bytes.len() && !matches!(bytes[pos], b':' | b'/' | b'?' | b',') {
                pos += 1;
            }
            host = &rest[start..pos];
        }
        hosts.push(host);
        let mut term = bytes.get(pos).copied();
        if term == Some(b':') {
            pos += 1;
            let start = pos;
            while pos < bytes.len() && !matches!(bytes[pos], b'/' | b'?' | b',') {
                pos += 1;
            }
            ports.push(&rest[start..pos]);
            term = bytes.get(pos).copied();
        } else {
            ports.push("");
        }
        if term == Some(b',') {
            pos += 1;
            continue;
        }
        break term;
    };
    let host_list = hosts.join(",");
    if !host_list.is_empty() {
        store(&mut settings, "host", &decode(&host_list)?, false)?;
    }
    let port_list = if ports.iter().all(|p| p.is_empty()) {
        String::new()
    } else {
        ports.join(",")
    };
    if !port_list.is_empty() {
        store(&mut settings, "port", &decode(&port_list)?, false)?;
    }

    let mut rest = &rest[pos..];
    if terminator == Some(b'/') {
        rest = &rest[1..];
        let end = rest.find('?').unwrap_or(rest.len());
        let dbname = &rest[..end];
        // An empty dbname is left unset so that PGDATABASE still applies (as libpq does).
        if !dbname.is_empty() {
            store(&mut settings, "dbname", &decode(dbname)?, false)?;
        }
        rest = &rest[end..];
    }
    if let Some(query) = rest.strip_prefix('?') {
        parse_uri_params(query, &mut settings)?;
    }
    Ok(settings)
}

/// `key=value&key=value` of a URI (`conninfo_uri_parse_params`): both sides percent-decoded,
/// `ssl=true` means `sslmode=require` (JDBC compatibility), unknown keys ignored.
fn parse_uri_params(query: &str, settings: &mut Vec<Setting>) -> Result<(), ConnError> {
    if query.is_empty() {
        return Ok(());
    }
    for param in query.split('&') {
        let Some((keyword, value)) = param.split_once('=') else {
            return Err(ConnError::Conninfo(format!(
                "missing key/value separator \"=\" in URI query parameter: \"{param}\""
            )));
        };
        if value.contains('=') {
            return Err(ConnError::Conninfo(format!(
                "extra key/value separator \"=\" in URI query parameter: \"{keyword}\""
            )));
        }
        let keyword = decode(keyword)?;
        let value = decode(value)?;
        if keyword == "ssl" && value == "true" {
            store(settings, "sslmode", "require", true)?;
        } else {
            store(settings, &keyword, &value, true)?;
        }
    }
    Ok(())
}

/// Percent-decoding as `conninfo_uri_decode`: leading and trailing spaces are dropped, a space
/// inside is an error, `%00` is forbidden. The bytes decoded must form UTF-8.
pub(crate) fn decode(text: &str) -> Result<String, ConnError> {
    let trimmed = text.trim_matches(' ');
    if trimmed.contains(' ') {
        return Err(ConnError::Conninfo(format!(
            "unexpected spaces found in \"{text}\", use percent-encoded spaces (%20) instead"
        )));
    }
    let bytes = trimmed.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = |j: usize| bytes.get(j).and_then(|b| char::from(*b).to_digit(16));
            let (Some(hi), Some(lo)) = (hex(i + 1), hex(i + 2)) else {
                return Err(ConnError::Conninfo(format!(
                    "invalid percent-encoded token: \"{text}\""
                )));
            };
            let byte = u8::try_from(hi * 16 + lo).unwrap_or(0);
            if byte == 0 {
                return Err(ConnError::Conninfo(format!(
                    "forbidden value %00 in percent-encoded value: \"{text}\""
                )));
            }
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| {
        ConnError::Conninfo(format!(
            "percent-encoded value is not valid UTF-8: \"{text}\""
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(settings: &'a [Setting], key: &str) -> Option<&'a str> {
        settings
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn recognises_connection_strings() {
        assert!(is_connection_string("postgresql://x"));
        assert!(is_connection_string("postgres://"));
        assert!(is_connection_string("dbname=x"));
        assert!(!is_connection_string("mydb"));
    }

    #[test]
    fn parses_key_values_with_quotes_and_escapes() {
        let s = parse(r"host=/tmp  port = 5433 dbname='my db' user=a\ b password='it\'s\\'")
            .expect("valid");
        assert_eq!(get(&s, "host"), Some("/tmp"));
        assert_eq!(get(&s, "port"), Some("5433"));
        assert_eq!(get(&s, "dbname"), Some("my db"));
        assert_eq!(get(&s, "user"), Some("a b"));
        assert_eq!(get(&s, "password"), Some(r"it's\"));
        let s = parse("dbname= sslmode=''").expect("valid");
        // "dbname= sslmode=''": the blank after '=' is skipped, so dbname takes "sslmode=''".
        assert_eq!(get(&s, "dbname"), Some("sslmode=''"));
        let s = parse("requiressl=1").expect("valid");
        assert_eq!(get(&s, "sslmode"), Some("require"));
    }

    #[test]
    fn key_value_errors_use_libpq_wording() {
        let e = parse("host").expect_err("no =");
        assert_eq!(
            e.to_string(),
            "invalid connection string: missing \"=\" after \"host\" in connection info string"
        );
        let e = parse("host='x").expect_err("unterminated");
        assert!(e.to_string().contains("unterminated quoted string"));
        let e = parse("bogus=1").expect_err("unknown");
        assert!(
            e.to_string()
                .contains("invalid connection option \"bogus\"")
        );
    }

    #[test]
    fn parses_full_uri() {
        let s = parse(
            "postgresql://us%40er:p%3Ass@ep-cool-123.us-east-2.aws.neon.tech:6543/neon%20db\
             ?sslmode=require&channel_binding=require&options=endpoint%3Dep-cool-123&bogus=1",
        )
        .expect("valid");
        assert_eq!(get(&s, "user"), Some("us@er"));
        assert_eq!(get(&s, "password"), Some("p:ss"));
        assert_eq!(get(&s, "host"), Some("ep-cool-123.us-east-2.aws.neon.tech"));
        assert_eq!(get(&s, "port"), Some("6543"));
        assert_eq!(get(&s, "dbname"), Some("neon db"));
        assert_eq!(get(&s, "sslmode"), Some("require"));
        assert_eq!(get(&s, "channel_binding"), Some("require"));
        assert_eq!(get(&s, "options"), Some("endpoint=ep-cool-123"));
        assert_eq!(get(&s, "bogus"), None);
    }

    #[test]
    fn parses_uri_hosts() {
        let s = parse("postgres://[::1]:5433,host2,[fe80::1]/db").expect("valid");
        assert_eq!(get(&s, "host"), Some("::1,host2,fe80::1"));
        assert_eq!(get(&s, "port"), Some("5433,,"));
        let s = parse("postgresql:///db?host=%2Fvar%2Frun%2Fpostgresql&port=5432").expect("valid");
        assert_eq!(get(&s, "host"), Some("/var/run/postgresql"));
        assert_eq!(get(&s, "dbname"), Some("db"));
        let s = parse("postgresql://").expect("valid");
        assert!(s.is_empty());
        let s = parse("postgresql://localhost?ssl=true").expect("valid");
        assert_eq!(get(&s, "sslmode"), Some("require"));
        let s = parse("postgresql://user@/").expect("valid");
        assert_eq!(get(&s, "user"), Some("user"));
        assert_eq!(get(&s, "host"), None);
    }

    #[test]
    fn uri_errors() {
        for bad in [
            "postgresql://[::1",
            "postgresql://[]/db",
            "postgresql://[::1]x/db",
            "postgresql://h/db?sslmode",
            "postgresql://h/db?a=b=c",
            "postgresql://h/%zz",
            "postgresql://h/a%00b",
            "postgresql://h/a b",
            "postgresql://h/%ff",
        ] {
            assert!(parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for odd in [
            "postgresql://@",
            "postgresql://:@:",
            "postgresql://,,,",
            "postgresql://[",
            "postgresql://a:b:c@d:e:f/g?",
            "postgresql://h?&",
            "=",
            "'",
            "a='\\",
            "\u{e9}=1",
        ] {
            let _ = parse(odd);
        }
    }
}
