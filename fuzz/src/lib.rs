//! The code the fuzz targets run. Each harness file is also included by the regression test
//! of the crate it exercises, so a committed crash replays through the same code path.

pub mod format_harness;
pub mod listing_harness;
