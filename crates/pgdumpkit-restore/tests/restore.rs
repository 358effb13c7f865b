//! Integration tests of pgdumpkit-restore; modules mirror `src/`.

#[path = "restore/connect.rs"]
mod connect;
#[path = "restore/script.rs"]
mod script;
