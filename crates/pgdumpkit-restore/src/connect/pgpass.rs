//! The password file, `~/.pgpass` or `PGPASSFILE` / `passfile` (`passwordFromFile` and
//! `pwdfMatchesString` in libpq's `fe-connect.c`).
//!
//! Each line is `hostname:port:database:username:password`; `*` as a whole field matches
//! anything; `\:` and `\\` escape; lines starting with `#` are comments; the first matching line
//! wins. A file that group or others may read is ignored with a warning, as libpq does.

use std::io::Read as _;
use std::path::Path;

/// The host name that stands for a Unix-socket connection in the file: libpq matches
/// `localhost` against an empty host and against its compiled-in socket directory.
const LOCALHOST: &str = "localhost";

/// The socket directories we treat as "the default", so that `localhost` lines match them.
pub(crate) const DEFAULT_SOCKET_DIRS: &[&str] = &["/var/run/postgresql", "/tmp"];

/// The file is read whole; anything larger than this is not a password file.
const MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// Looks up the password for one host. `host` is the host as given (a name, an address, or a
/// socket directory); `port` empty means 5432. Problems with the file that libpq reports as
/// warnings are pushed to `warnings`; a file that cannot be opened is silently ignored.
pub fn password_from_file(
    path: &Path,
    host: &str,
    port: &str,
    dbname: &str,
    user: &str,
    warnings: &mut Vec<String>,
) -> Option<String> {
    if dbname.is_empty() || user.is_empty() {
        return None;
    }
    let host = if host.is_empty() || DEFAULT_SOCKET_DIRS.contains(&host) {
        LOCALHOST
    } else {
        host
    };
    let port = if port.is_empty() { "5432" } else { port };

    let file = std::fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        warnings.push(format!(
            "password file \"{}\" is not a plain file",
            path.display()
        ));
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if meta.permissions().mode() & 0o077 != 0 {
            warnings.push(format!(
                "password file \"{}\" has group or world access; permissions should be u=rw (0600) or less",
                path.display()
            ));
            return None;
        }
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE).read_to_end(&mut bytes).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    lookup(&text, [host, port, dbname, user])
}

/// The password of the first line of `text` whose four fields match `keys`.
pub fn lookup(text: &str, keys: [&str; 4]) -> Option<String> {
    text.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .find_map(|line| {
            let rest = keys
                .iter()
                .try_fold(line, |rest, key| match_field(rest, key))?;
            Some(unescape_password(rest))
        })
}

/// Matches the first field of `line` against `key`; on a match returns what follows its
/// terminating `:`. A field that is exactly `*` matches anything.
fn match_field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    if let Some(rest) = line.strip_prefix("*:") {
        return Some(rest);
    }
    let mut key = key.chars();
    let mut chars = line.char_indices();
    while let Some((i, c)) = chars.next() {
        let (c, escaped) = if c == '\\' {
            match chars.next() {
                Some((_, next)) => (next, true),
                // A trailing backslash: the field never ends.
                None => return None,
            }
        } else {
            (c, false)
        };
        let expected = key.next();
        if c == ':' && !escaped && expected.is_none() {
            // The field ended together with the key. (An unescaped ':' before the key is used
            // up is compared like any other character, as `pwdfMatchesString` does.)
            return Some(&line[i + 1..]);
        }
        if expected != Some(c) {
            return None;
        }
    }
    None
}

/// The password field: backslash escapes removed, ending at the first unescaped `:`.
fn unescape_password(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        match c {
            ':' => break,
            '\\' => match chars.next() {
                Some(next) => out.push(next),
                None => out.push('\\'),
            },
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_fields_wildcards_and_escapes() {
        let file = "\
# comment
db.example:5432:prod:alice:first
*:*:prod:bob:s\\:ec\\\\ret:trailing
h\\:x:5432:*:*:colon-host
localhost:*:*:*:local\r
";
        assert_eq!(
            lookup(file, ["db.example", "5432", "prod", "alice"]).as_deref(),
            Some("first")
        );
        assert_eq!(
            lookup(file, ["anything", "1", "prod", "bob"]).as_deref(),
            Some("s:ec\\ret")
        );
        assert_eq!(
            lookup(file, ["h:x", "5432", "d", "u"]).as_deref(),
            Some("colon-host")
        );
        assert_eq!(
            lookup(file, ["localhost", "5432", "d", "u"]).as_deref(),
            Some("local")
        );
        assert_eq!(lookup(file, ["db.example", "5433", "prod", "alice"]), None);
        // A field is not a prefix match.
        assert_eq!(lookup(file, ["db.exampl", "5432", "prod", "alice"]), None);
        assert_eq!(
            lookup(file, ["db.example.com", "5432", "prod", "alice"]),
            None
        );
    }

    #[test]
    fn star_matches_only_as_a_whole_field() {
        assert_eq!(lookup("a*:1:d:u:p", ["ab", "1", "d", "u"]), None);
        assert_eq!(
            lookup("a*:1:d:u:p", ["a*", "1", "d", "u"]).as_deref(),
            Some("p")
        );
    }

    #[test]
    fn short_and_odd_lines_do_not_match_or_panic() {
        for line in [
            "",
            ":",
            "a:b:c:d",
            "a:b:c:d\\",
            "\\",
            "*:*:*:*",
            "é:é:é:é:é",
        ] {
            let _ = lookup(line, ["a", "b", "c", "d"]);
        }
        assert_eq!(lookup("a:b:c:d", ["a", "b", "c", "d"]), None);
        assert_eq!(
            lookup("a:b:c:d:", ["a", "b", "c", "d"]).as_deref(),
            Some("")
        );
    }

    #[test]
    fn unix_socket_hosts_match_localhost() {
        let dir = tempfile::tempdir().expect("a temporary directory can be created");
        let path = dir.path().join("pgpass");
        std::fs::write(
            &path,
            "localhost:5432:db:u:sock\n/srv/sock:5432:db:u:custom\n",
        )
        .expect("the temporary directory is writable");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
                .expect("we own the file");
        }
        let mut warnings = Vec::new();
        let find = |host: &str, warnings: &mut Vec<String>| {
            password_from_file(&path, host, "", "db", "u", warnings)
        };
        assert_eq!(find("", &mut warnings).as_deref(), Some("sock"));
        assert_eq!(find("/tmp", &mut warnings).as_deref(), Some("sock"));
        assert_eq!(find("/srv/sock", &mut warnings).as_deref(), Some("custom"));
        assert!(warnings.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn group_readable_file_is_ignored_with_a_warning() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("a temporary directory can be created");
        let path = dir.path().join("pgpass");
        std::fs::write(&path, "*:*:*:*:secret\n").expect("the temporary directory is writable");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640))
            .expect("we own the file");
        let mut warnings = Vec::new();
        assert_eq!(
            password_from_file(&path, "h", "1", "d", "u", &mut warnings),
            None
        );
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("has group or world access"));
    }
}
