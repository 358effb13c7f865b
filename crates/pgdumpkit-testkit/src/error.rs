//! The one error type of the testkit.

use std::fmt;
use std::io;

/// Why a testkit operation failed. Every message says what to do about it, because the reader
/// is someone looking at a failed test.
#[derive(Debug)]
pub enum TestkitError {
    /// A program the test needs is not installed (or not where the environment says).
    MissingProgram {
        /// The program, e.g. `initdb`.
        program: String,
        /// Where we looked.
        searched: String,
        /// What to install or set.
        hint: String,
    },
    /// A file-system or process-spawning operation failed.
    Io {
        /// What we were doing.
        context: String,
        /// The underlying error.
        source: io::Error,
    },
    /// A program ran and exited unsuccessfully.
    CommandFailed {
        /// The command line, for copying into a shell.
        command: String,
        /// How it exited.
        status: String,
        /// Its standard error (and standard output when that helps).
        output: String,
    },
    /// The server did not start; `log` is the tail of its log file.
    StartFailed {
        /// How many ports were tried.
        attempts: u32,
        /// The server log (last lines).
        log: String,
    },
}

impl TestkitError {
    pub(crate) fn io(context: impl Into<String>, source: io::Error) -> Self {
        TestkitError::Io {
            context: context.into(),
            source,
        }
    }
}

impl fmt::Display for TestkitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TestkitError::MissingProgram {
                program,
                searched,
                hint,
            } => write!(f, "{program} not found (searched {searched}); {hint}"),
            // The source is reachable through `source()`; naming it here too would print it
            // twice in chains (rust-postgres issue 976).
            TestkitError::Io { context, .. } => write!(f, "{context}"),
            TestkitError::CommandFailed {
                command,
                status,
                output,
            } => {
                write!(f, "`{command}` failed ({status})")?;
                if !output.trim().is_empty() {
                    write!(f, ":\n{}", output.trim_end())?;
                }
                Ok(())
            }
            TestkitError::StartFailed { attempts, log } => write!(
                f,
                "the PostgreSQL server did not start ({attempts} attempt(s)); server log:\n{}",
                log.trim_end()
            ),
        }
    }
}

impl std::error::Error for TestkitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TestkitError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
