#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pgdumpkit_fuzz::format_harness::tar(data);
});
