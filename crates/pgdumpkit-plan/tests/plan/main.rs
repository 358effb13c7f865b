//! Integration tests of `pgdumpkit-plan`, one module per source module. The listing tests
//! compare our `-l` output with pg_restore 18's, recorded under `testdata/golden/list/`.

mod filter;
mod listfile;
mod listing;
mod selection;
