#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pgdumpkit_fuzz::listing_harness::listing(data);
});
