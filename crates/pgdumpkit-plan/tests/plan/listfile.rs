//! `-L` list files: what `pg_restore -l` prints must read back as the same selection.

use pgdumpkit_plan::ListFile;

#[test]
fn a_listing_reads_back_as_its_ids() {
    let listing = b";\n; Archive created at 2026-01-01 00:00:00 UTC\n;     dbname: db\n;\n; Selected TOC Entries:\n;\n\
                    8; 2615 16526 SCHEMA - app alice\n3; 3079 16389 EXTENSION - hstore \n;\tdepends on: 8\n\
                    12; 0 0 COMMENT app TABLE x; y alice\n";
    let list = ListFile::parse(listing, 20);
    assert_eq!(list.ids, vec![8, 3, 12]);
    assert!(list.warnings().is_empty());
}

#[test]
fn hostile_input_never_panics() {
    let mut bytes = Vec::new();
    for b in 0..=255u8 {
        bytes.extend_from_slice(&[b, b'9', b';', b'\n', b'-', b, b'\r']);
    }
    let list = ListFile::parse(&bytes, i32::MAX);
    assert!(list.ids.len() + list.ignored.len() > 0);
    let _ = ListFile::parse(&bytes, 0);
    let _ = ListFile::parse(b"99999999999999999999999999999999999999", i32::MAX);
}
