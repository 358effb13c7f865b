//! Exit codes (as pg_restore: 0 success, 1 failure; 2 for usage errors) and error printing.

use std::fmt;

/// A usage error: printed like any error, but the process exits with 2.
#[derive(Debug)]
pub struct Usage(pub String);

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// A message already in pg_restore's words, possibly of several lines (a server error with
/// the statement that caused it): printed as it is, exit 1.
#[derive(Debug)]
pub struct Reported(pub String);

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Reported {}

/// Whether an error chain ends in a closed output pipe (`pgdumpkit list x | head`), which is
/// not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            // serde_json keeps the io::Error inside and does not expose it as a source.
            || c.downcast_ref::<serde_json::Error>().is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
    })
}

/// The message on one line: names from the archive may hold newlines or other control
/// characters, which are shown escaped (`\n`) so that each error stays one line of stderr.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// Prints `pgdumpkit: error: ...` (the whole chain on one line) and returns the exit code.
pub fn report(e: &anyhow::Error) -> i32 {
    if is_broken_pipe(e) {
        return 0;
    }
    if let Some(Reported(m)) = e.downcast_ref::<Reported>() {
        eprintln!("pgdumpkit: error: {m}");
        return 1;
    }
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    eprintln!("pgdumpkit: error: {}", one_line(&msg));
    if e.downcast_ref::<Usage>().is_some() {
        eprintln!("pgdumpkit: hint: Try \"pgdumpkit --help\" for more information.");
        2
    } else {
        1
    }
}
