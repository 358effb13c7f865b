//! Integration tests of pgdumpkit-restore; modules mirror `src/`.

#[path = "restore/script.rs"]
mod script;
