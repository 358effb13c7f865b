//! `--filter` files, with the file the fixture generator records goldens for.

use pgdumpkit_plan::RestoreOptions;
use pgdumpkit_plan::filter::apply_filter;

#[test]
fn golden_filter_file() {
    let path = pgdumpkit_testkit::testdata_dir().join("golden/lists/filter.txt");
    let bytes =
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut o = RestoreOptions::default();
    apply_filter(&bytes, Some("golden/lists/filter.txt"), &mut o)
        .expect("the fixture filter is valid");
    assert_eq!(o.tables, vec![b"orders".to_vec(), b"customers".to_vec()]);
    assert_eq!(o.indexes, vec![b"orders_status_idx".to_vec()]);
    assert_eq!(o.triggers, vec![b"orders orders_trg".to_vec()]);
    assert_eq!(o.functions, vec![b"add(integer, integer)".to_vec()]);
    assert_eq!(o.exclude_schemas, vec![b"public".to_vec()]);
}

#[test]
fn hostile_input_never_panics() {
    let mut bytes = Vec::new();
    for b in 0..=255u8 {
        bytes.extend_from_slice(b"include table \"a");
        bytes.extend_from_slice(&[b, b'\\', b, b'"', b'"', b'\n']);
    }
    let mut o = RestoreOptions::default();
    let _ = apply_filter(&bytes, None, &mut o);
    let _ = apply_filter(b"include table \"\\", None, &mut o);
    let _ = apply_filter(b"include table \"\n\n\n", None, &mut o);
    let _ = apply_filter(b"\0include\0", None, &mut o);
}
