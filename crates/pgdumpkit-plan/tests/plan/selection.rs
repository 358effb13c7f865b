//! Selection through the public API, with options built the way the CLI builds them.

use pgdumpkit_format::{
    ArchiveVersion, CatalogId, DataLocation, Header, HeaderCompression, Section, TocEntry,
};
use pgdumpkit_plan::filter::apply_filter;
use pgdumpkit_plan::{Req, RestoreOptions, SelectError, select};

fn header() -> Header {
    Header {
        version: ArchiveVersion::V1_16,
        int_size: 4,
        off_size: 8,
        format_byte: 1,
        compression: HeaderCompression::Algorithm(0),
        created: None,
        dbname: None,
        server_version: None,
        pgdump_version: None,
    }
}

fn entry(
    id: i32,
    desc: &str,
    section: Section,
    ns: Option<&str>,
    tag: &str,
    deps: &[i32],
) -> TocEntry {
    TocEntry {
        dump_id: id,
        had_dumper: desc == "TABLE DATA",
        catalog_id: CatalogId::default(),
        tag: Some(tag.as_bytes().to_vec()),
        desc: desc.as_bytes().to_vec(),
        section,
        defn: Some(if desc == "TABLE DATA" {
            Vec::new()
        } else {
            b"CREATE ...;\n".to_vec()
        }),
        drop_stmt: None,
        copy_stmt: None,
        namespace: ns.map(|s| s.as_bytes().to_vec()),
        tablespace: None,
        tableam: None,
        relkind: 0,
        owner: None,
        with_oids: None,
        dependencies: deps.to_vec(),
        data: DataLocation::NoData,
    }
}

fn archive() -> Vec<TocEntry> {
    vec![
        entry(1, "SCHEMA", Section::PreData, None, "app", &[]),
        entry(2, "TABLE", Section::PreData, Some("app"), "orders", &[1]),
        entry(
            3,
            "COMMENT",
            Section::None,
            Some("app"),
            "TABLE orders",
            &[2],
        ),
        entry(
            4,
            "TABLE",
            Section::PreData,
            Some("public"),
            "customers",
            &[],
        ),
        entry(5, "TABLE DATA", Section::Data, Some("app"), "orders", &[2]),
        entry(
            6,
            "TABLE DATA",
            Section::Data,
            Some("public"),
            "customers",
            &[4],
        ),
        entry(
            7,
            "INDEX",
            Section::PostData,
            Some("app"),
            "orders_idx",
            &[2],
        ),
    ]
}

fn wanted_ids(entries: &[TocEntry], opts: &RestoreOptions) -> Vec<i32> {
    let sel = select(entries, &header(), opts).expect("selection succeeds");
    sel.wanted().map(|i| entries[i].dump_id).collect()
}

#[test]
fn filter_file_feeds_the_selectors() {
    let mut opts = RestoreOptions::default();
    apply_filter(
        b"include table orders\nexclude schema public\n",
        Some("f"),
        &mut opts,
    )
    .expect("valid filter");
    assert_eq!(wanted_ids(&archive(), &opts), vec![2, 3, 5]);
}

#[test]
fn list_file_text_is_parsed_against_the_archive() {
    let opts = RestoreOptions {
        list_file_text: Some(b"; header\n7\n5\n2\n8\nx\n".to_vec()),
        ..Default::default()
    };
    let sel = select(&archive(), &header(), &opts).expect("selection succeeds");
    assert_eq!(sel.warnings, vec!["line ignored: 8", "line ignored: x"]);
    let e = archive();
    assert_eq!(
        sel.wanted().map(|i| e[i].dump_id).collect::<Vec<_>>(),
        vec![7, 5, 2]
    );
    // The order holds every entry: unlisted first.
    assert_eq!(sel.order.len(), e.len());
    assert!(!sel.implied_no_schema);
}

#[test]
fn list_file_naming_a_missing_entry_fails() {
    let mut e = archive();
    e.retain(|t| t.dump_id != 4);
    let opts = RestoreOptions {
        list_file_text: Some(b"4\n".to_vec()),
        ..Default::default()
    };
    assert!(matches!(
        select(&e, &header(), &opts),
        Err(SelectError::ListEntryNotFound { id: 4, .. })
    ));
}

#[test]
fn reqs_are_indexed_like_the_entries() {
    let e = archive();
    let sel = select(
        &e,
        &header(),
        &RestoreOptions {
            data_only: true,
            ..Default::default()
        },
    )
    .expect("selection");
    assert_eq!(sel.reqs.len(), e.len());
    assert_eq!(sel.req(4), Req::DATA);
    assert_eq!(sel.req(1), Req::NONE);
    assert_eq!(sel.req(99), Req::NONE);
}
