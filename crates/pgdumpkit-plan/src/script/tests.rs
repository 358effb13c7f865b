//! One test per rendering rule of restore-spec §5, on hand-built entries.

use pgdumpkit_format::{
    ArchiveVersion, CatalogId, CreateTime, DataLocation, Format, Header, HeaderCompression,
    Section, TocEntry,
};

use super::drop::add_if_exists;
use super::*;
use crate::options::RestoreOptions;
use crate::selection::select;

const PREAMBLE_18: &str = "SET statement_timeout = 0;\nSET lock_timeout = 0;\n\
SET idle_in_transaction_session_timeout = 0;\nSET transaction_timeout = 0;\n\
SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\
SELECT pg_catalog.set_config('search_path', '', false);\n\
SET check_function_bodies = false;\nSET xmloption = content;\n\
SET client_min_messages = warning;\nSET row_security = off;\n\n";

fn header(version: ArchiveVersion) -> Header {
    Header {
        version,
        int_size: 4,
        off_size: 8,
        format_byte: 1,
        compression: HeaderCompression::Algorithm(0),
        created: Some(CreateTime {
            sec: 1,
            min: 2,
            hour: 3,
            mday: 4,
            mon: 0,
            year: 125,
            isdst: 0,
        }),
        dbname: Some(b"rich".to_vec()),
        server_version: Some(b"18.4".to_vec()),
        pgdump_version: Some(b"18.6".to_vec()),
    }
}

fn b(s: &str) -> Option<Vec<u8>> {
    Some(s.as_bytes().to_vec())
}

/// An entry with everything NULL but what pg_dump always sets.
fn te(id: i32, desc: &str, tag: &str) -> TocEntry {
    let section = Section::derive_from_desc(desc.as_bytes());
    TocEntry {
        dump_id: id,
        had_dumper: false,
        catalog_id: CatalogId {
            tableoid: 1259,
            oid: 16000 + id as u32,
        },
        tag: b(tag),
        desc: desc.as_bytes().to_vec(),
        section,
        defn: b(""),
        drop_stmt: b(""),
        copy_stmt: b(""),
        namespace: None,
        tablespace: None,
        tableam: None,
        relkind: 0,
        owner: b(""),
        with_oids: b("false"),
        dependencies: Vec::new(),
        data: DataLocation::NoData,
    }
}

/// The three special entries of a modern archive.
fn specials() -> Vec<TocEntry> {
    let mut e = te(1, "ENCODING", "ENCODING");
    e.defn = b("SET client_encoding = 'UTF8';\n");
    let mut s = te(2, "STDSTRINGS", "STDSTRINGS");
    s.defn = b("SET standard_conforming_strings = 'on';\n");
    let mut p = te(3, "SEARCHPATH", "SEARCHPATH");
    p.defn = b("SELECT pg_catalog.set_config('search_path', '', false);\n");
    vec![e, s, p]
}

fn schema_entry(id: i32, name: &str, owner: &str) -> TocEntry {
    let mut e = te(id, "SCHEMA", name);
    e.section = Section::PreData;
    e.defn = b(&format!("CREATE SCHEMA {name};\n"));
    e.drop_stmt = b(&format!("DROP SCHEMA {name};\n"));
    e.owner = b(owner);
    e
}

fn table(id: i32, ns: &str, name: &str, owner: &str) -> TocEntry {
    let mut e = te(id, "TABLE", name);
    e.section = Section::PreData;
    e.namespace = b(ns);
    e.defn = b(&format!("CREATE TABLE {ns}.{name} (\n    id integer\n);\n"));
    e.drop_stmt = b(&format!("DROP TABLE {ns}.{name};\n"));
    e.owner = b(owner);
    e.tablespace = b("");
    e.tableam = b("heap");
    e.relkind = b'r' as i32;
    e
}

fn table_data(id: i32, table_id: i32, ns: &str, name: &str) -> TocEntry {
    let mut e = te(id, "TABLE DATA", name);
    e.section = Section::Data;
    e.had_dumper = true;
    e.namespace = b(ns);
    e.owner = b("alice");
    e.copy_stmt = b(&format!("COPY {ns}.{name} (id) FROM stdin;\n"));
    e.dependencies = vec![table_id];
    e.data = DataLocation::Offset(1234);
    e
}

struct Rendered {
    text: String,
    logs: Vec<LogMessage>,
}

fn render_with(
    entries: &[TocEntry],
    h: &Header,
    format: Format,
    opts: &RestoreOptions,
) -> Result<Rendered, ScriptError> {
    let sel = select(entries, h, opts).expect("test selections are valid");
    let mut text = Vec::new();
    let mut logs = Vec::new();
    for piece in ScriptPlan::new(entries, h, format, &sel, opts)? {
        match piece? {
            Piece::Text(t) => text.extend_from_slice(&t),
            Piece::TableData { entry } => {
                text.extend_from_slice(format!("<DATA {}>\n", entries[entry].dump_id).as_bytes())
            }
            Piece::LargeObjects { entry, mut writer } => {
                text.extend_from_slice(format!("<LO {}>\n", entries[entry].dump_id).as_bytes());
                writer.start(7, &mut text);
                writer.write(b"hi", &mut text);
                writer.end(&mut text);
            }
            Piece::StartedOn => text.extend_from_slice(b"<STARTED>\n"),
            Piece::CompletedOn => text.extend_from_slice(b"<COMPLETED>\n"),
            Piece::Log(m) => logs.push(m),
            other => panic!("a script plan yields no database pieces: {other:?}"),
        }
    }
    Ok(Rendered {
        text: String::from_utf8_lossy(&text).into_owned(),
        logs,
    })
}

fn render(entries: &[TocEntry], opts: &RestoreOptions) -> String {
    render_with(
        entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        opts,
    )
    .expect("renders")
    .text
}

fn opts() -> RestoreOptions {
    RestoreOptions {
        restrict_key: Some(b"KEY".to_vec()),
        ..Default::default()
    }
}

/// The text between the preamble and the trailer.
fn body(script: &str) -> &str {
    let start = script
        .find("SET row_security = off;\n\n")
        .map_or(0, |i| i + "SET row_security = off;\n\n".len());
    let end = script
        .find("--\n-- PostgreSQL database dump complete")
        .unwrap_or(script.len());
    &script[start..end]
}

#[test]
fn skeleton_of_an_empty_archive() {
    let s = render(&specials(), &opts());
    let want = format!(
        "--\n-- PostgreSQL database dump\n--\n\n\\restrict KEY\n\n-- Dumped from database version 18.4\n\
         -- Dumped by pg_dump version 18.6\n\n{PREAMBLE_18}--\n-- PostgreSQL database dump complete\n--\n\n\
         \\unrestrict KEY\n\n"
    );
    assert_eq!(s, want);
}

#[test]
fn version_lines_only_when_the_archive_has_them() {
    let mut h = header(ArchiveVersion::V1_16);
    h.server_version = None;
    h.pgdump_version = None;
    let s = render_with(&specials(), &h, Format::Custom, &opts())
        .expect("renders")
        .text;
    assert!(s.starts_with(
        "--\n-- PostgreSQL database dump\n--\n\n\\restrict KEY\n\n\nSET statement_timeout"
    ));
}

#[test]
fn preamble_options() {
    let mut entries = specials();
    entries[0].defn = b("SET client_encoding = 'latin-1';\n");
    entries[1].defn = b("SET standard_conforming_strings = 'off';\n");
    let o = RestoreOptions {
        role: Some(b"Admin".to_vec()),
        enable_row_security: true,
        ..opts()
    };
    let s = render(&entries, &o);
    assert!(s.contains(
        "SET client_encoding = 'LATIN1';\nSET standard_conforming_strings = off;\nSET ROLE \"Admin\";\n\
         SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n\
         SET xmloption = content;\nSET client_min_messages = warning;\nSET escape_string_warning = off;\n\
         SET row_security = on;\n\n"
    ));
}

#[test]
fn archive_without_special_entries_defaults_to_sql_ascii() {
    let s = render(&[], &opts());
    assert!(
        s.contains("SET client_encoding = 'SQL_ASCII';\nSET standard_conforming_strings = off;\n")
    );
    assert!(s.contains("SET escape_string_warning = off;\n"));
}

#[test]
fn bad_special_entries_are_errors() {
    let mut entries = specials();
    entries[0].defn = b("SET client_encoding = 'klingon';\n");
    let err = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &opts(),
    )
    .err();
    assert_eq!(
        err,
        Some(ScriptError::UnrecognizedEncoding(b"klingon".to_vec()))
    );
    let mut entries = specials();
    entries[1].defn = b("SET standard_conforming_strings = maybe;\n");
    let err = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &opts(),
    )
    .err();
    assert!(matches!(err, Some(ScriptError::InvalidStdStringsItem(_))));
}

#[test]
fn entry_header_body_and_owner() {
    let mut entries = specials();
    entries.push(table(10, "app", "customers", "alice"));
    let s = render(&entries, &opts());
    assert_eq!(
        body(&s),
        "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n\
         --\n-- Name: customers; Type: TABLE; Schema: app; Owner: alice\n--\n\n\
         CREATE TABLE app.customers (\n    id integer\n);\n\n\n\
         ALTER TABLE app.customers OWNER TO alice;\n\n"
    );
}

#[test]
fn header_sanitises_and_marks_nulls() {
    let mut entries = specials();
    let mut e = te(10, "COMMENT", "EXTENSION hstore");
    e.defn = b("COMMENT ON EXTENSION hstore IS 'kv';\n");
    entries.push(e);
    let mut e = te(11, "EXTENSION", "hstore");
    e.defn = b("CREATE EXTENSION hstore;\n");
    e.owner = None;
    entries.push(e);
    let mut t = table(12, "app", "bad\nname", "alice");
    t.tablespace = b("tsp");
    entries.push(t);
    let s = render(&entries, &opts());
    assert!(s.contains("-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: \n"));
    assert!(s.contains("-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -\n"));
    assert!(s.contains("SET default_tablespace = tsp;\n\n"));
    assert!(
        s.contains("-- Name: bad name; Type: TABLE; Schema: app; Owner: alice; Tablespace: tsp\n")
    );
    let s = render(
        &entries,
        &RestoreOptions {
            no_tablespaces: true,
            ..opts()
        },
    );
    assert!(!s.contains("Tablespace"));
    assert!(!s.contains("default_tablespace"));
}

#[test]
fn session_settings_are_only_repeated_on_change() {
    let mut entries = specials();
    entries.push(table(10, "app", "a", "alice"));
    entries.push(table(11, "app", "b", "alice"));
    let mut c = table(12, "app", "c", "alice");
    c.tableam = b("Columnar");
    c.tablespace = b("tsp");
    entries.push(c);
    let s = render(&entries, &opts());
    assert_eq!(s.matches("SET default_tablespace = '';").count(), 1);
    assert_eq!(
        s.matches("SET default_table_access_method = heap;").count(),
        1
    );
    assert!(s.contains("SET default_tablespace = tsp;\n\nSET default_table_access_method = \"Columnar\";\n\n--\n-- Name: c;"));
    let s = render(
        &entries,
        &RestoreOptions {
            no_table_access_method: true,
            ..opts()
        },
    );
    assert!(!s.contains("access_method"));
}

#[test]
fn partitioned_table_access_method() {
    let mut entries = specials();
    let mut p = table(10, "app", "measure", "alice");
    p.relkind = b'p' as i32;
    entries.push(p);
    let s = render(&entries, &opts());
    assert!(!s.contains("default_table_access_method"));
    assert!(s.contains(
        "ALTER TABLE app.measure OWNER TO alice;\n\nALTER TABLE app.measure SET ACCESS METHOD heap;\n\n"
    ));
    let s = render(
        &entries,
        &RestoreOptions {
            no_table_access_method: true,
            ..opts()
        },
    );
    assert!(!s.contains("SET ACCESS METHOD"));
}

#[test]
fn verbose_lines_per_format() {
    let mut entries = specials();
    let mut t = table(10, "app", "t", "alice");
    t.dependencies = vec![7, 9];
    entries.push(t);
    entries.push(table_data(11, 10, "app", "t"));
    let o = RestoreOptions {
        verbose: 1,
        ..opts()
    };
    let s = render(&entries, &o);
    assert!(s.contains("Dumped by pg_dump version 18.6\n\n<STARTED>\n"));
    assert!(s.contains(
        "--\n-- TOC entry 10 (class 1259 OID 16010)\n-- Dependencies: 7 9\n\
         -- Name: t; Type: TABLE; Schema: app; Owner: alice\n-- Data Pos: 0\n--\n\n"
    ));
    assert!(s.contains("-- Dependencies: 10\n-- Data for Name: t; Type: TABLE DATA; Schema: app; Owner: alice\n-- Data Pos: 1234\n"));
    assert!(s.contains("<COMPLETED>\n--\n-- PostgreSQL database dump complete"));
    entries[4].data = DataLocation::File(b"11.dat".to_vec());
    entries[3].data = DataLocation::File(Vec::new());
    let s = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Directory,
        &o,
    )
    .expect("renders")
    .text;
    assert!(s.contains("Owner: alice\n--\n\nCREATE TABLE"));
    assert!(s.contains("Owner: alice\n-- File: 11.dat\n--\n\n"));
}

#[test]
fn no_owner_mode() {
    let mut entries = specials();
    let mut sch = schema_entry(10, "app", "alice");
    sch.defn = b("CREATE SCHEMA app AUTHORIZATION alice;\n");
    entries.push(sch);
    let mut public = schema_entry(11, "public", "pg_database_owner");
    public.defn = b("-- *not* creating schema, since initdb creates it\n");
    public.drop_stmt = b("-- *not* dropping schema, since initdb creates it\n");
    entries.push(public);
    entries.push(table(12, "app", "t", "alice"));
    let s = render(
        &entries,
        &RestoreOptions {
            no_owner: true,
            ..opts()
        },
    );
    assert!(s.contains(
        "-- Name: app; Type: SCHEMA; Schema: -; Owner: -\n--\n\nCREATE SCHEMA app;\n\n\n--"
    ));
    assert!(
        s.contains("-- *not* creating schema, since initdb creates it\n\n\nSET default_tablespace")
    );
    assert!(!s.contains("OWNER TO"));
}

#[test]
fn set_session_authorization_mode() {
    let mut entries = specials();
    let mut public = schema_entry(10, "public", "pg_database_owner");
    public.defn = b("-- *not* creating schema, since initdb creates it\n");
    public.drop_stmt = b("-- *not* dropping schema, since initdb creates it\n");
    entries.push(public);
    entries.push(table(11, "app", "t", "O'Brien"));
    entries.push(table(12, "app", "u", "O'Brien"));
    let mut acl = te(13, "ACL", "TABLE t");
    acl.defn = b("GRANT SELECT ON TABLE app.t TO bob;\n");
    acl.owner = b("O'Brien");
    acl.dependencies = vec![11];
    entries.push(acl);
    let mut ext = te(14, "EXTENSION", "x");
    ext.defn = b("CREATE EXTENSION x;\n");
    entries.push(ext);
    let s = render(
        &entries,
        &RestoreOptions {
            use_set_session_authorization: true,
            ..opts()
        },
    );
    assert!(s.contains(
        "SET SESSION AUTHORIZATION 'pg_database_owner';\n\n--\n-- Name: public; Type: SCHEMA;"
    ));
    assert!(s.contains("ALTER SCHEMA public OWNER TO pg_database_owner;\n\n"));
    assert_eq!(
        s.matches("SET SESSION AUTHORIZATION 'O''Brien';").count(),
        2,
        "{s}"
    );
    assert!(!s.contains("ALTER TABLE"));
    assert!(s.contains("SET SESSION AUTHORIZATION DEFAULT;\n\n--\n-- Name: x; Type: EXTENSION"));
}

#[test]
fn old_archives_set_search_path() {
    // No SEARCHPATH entry: pg_dump before 2018.
    let mut entries = specials();
    entries.truncate(2);
    entries.push(table(10, "app", "a", "alice"));
    entries.push(table(11, "app", "b", "alice"));
    let mut f = te(12, "FUNCTION", "f()");
    f.namespace = b("Mixed Case");
    f.defn = b("CREATE FUNCTION f() ...;\n");
    entries.push(f);
    let s = render_with(
        &entries,
        &header(ArchiveVersion::V1_12),
        Format::Custom,
        &opts(),
    )
    .expect("renders")
    .text;
    assert!(!s.contains("set_config"));
    assert_eq!(
        s.matches("SET search_path = app, pg_catalog;\n\n").count(),
        1
    );
    assert!(s.contains("SET search_path = \"Mixed Case\", pg_catalog;\n\n--\n-- Name: f()"));
}

#[test]
fn owner_commands_by_type() {
    let mut entries = specials();
    let mut f = te(10, "FUNCTION", "add(integer, integer)");
    f.namespace = b("app");
    f.defn = b("CREATE FUNCTION app.add(a integer, b integer) ...;\n");
    f.drop_stmt = b("DROP FUNCTION app.add(a integer, b integer);\n");
    f.owner = b("alice");
    entries.push(f);
    let mut i = te(11, "INDEX", "idx");
    i.namespace = b("app");
    i.defn = b("CREATE INDEX idx ON app.t (a);\n");
    i.drop_stmt = b("DROP INDEX app.idx;\n");
    i.owner = b("alice");
    i.section = Section::PostData;
    entries.push(i);
    let mut s = te(12, "SEQUENCE", "user");
    s.namespace = b("app");
    s.defn = b("CREATE SEQUENCE app.\"user\";\n");
    s.drop_stmt = b("DROP SEQUENCE app.\"user\";\n");
    s.owner = b("Weird Role");
    entries.push(s);
    let out = render(&entries, &opts());
    assert!(out.contains("ALTER FUNCTION app.add(a integer, b integer) OWNER TO alice;\n\n"));
    assert!(out.contains("ALTER SEQUENCE app.\"user\" OWNER TO \"Weird Role\";\n\n"));
    assert!(!out.contains("ALTER INDEX"));

    let mut bad = specials();
    let mut x = te(20, "MYSTERY", "m");
    x.defn = b("SELECT 1;\n");
    x.drop_stmt = b("SELECT 2;\n");
    x.owner = b("alice");
    bad.push(x);
    let err = render_with(
        &bad,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &opts(),
    )
    .err();
    assert_eq!(
        err,
        Some(ScriptError::UnknownOwnerType {
            dump_id: 20,
            desc: b"MYSTERY".to_vec()
        })
    );
}

fn blob_metadata(id: i32, oids: &[u32], owner: &str) -> TocEntry {
    let tag = if oids.len() == 1 {
        oids[0].to_string()
    } else {
        format!("{}..{}", oids[0], oids[oids.len() - 1])
    };
    let mut e = te(id, "BLOB METADATA", &tag);
    e.section = Section::PreData;
    e.defn = b(&oids.iter().map(|o| format!("{o}\n")).collect::<String>());
    e.drop_stmt = b("-\n");
    e.owner = b(owner);
    e
}

#[test]
fn blob_metadata_expands_per_object() {
    let mut entries = specials();
    entries.push(blob_metadata(10, &[1, 2], "alice"));
    let s = render(&entries, &opts());
    assert_eq!(
        body(&s),
        "--\n-- Name: 1..2; Type: BLOB METADATA; Schema: -; Owner: alice\n--\n\n\
         SELECT pg_catalog.lo_create('1');\nSELECT pg_catalog.lo_create('2');\n\n\
         ALTER LARGE OBJECT 1 OWNER TO alice;\nALTER LARGE OBJECT 2 OWNER TO alice;\n\n"
    );
    // Data-only restores keep the metadata (it is a data entry).
    let s = render(
        &entries,
        &RestoreOptions {
            data_only: true,
            ..opts()
        },
    );
    assert!(s.contains("lo_create('2')"));
}

#[test]
fn large_objects_acl_is_replayed_per_object() {
    let mut entries = specials();
    entries.push(blob_metadata(10, &[5, 6, 7], "alice"));
    let mut acl = te(11, "ACL", "LARGE OBJECTS 5..7");
    acl.defn = b(
        "REVOKE ALL ON LARGE OBJECT 5 FROM \"LARGE OBJECT 9\";\nGRANT SELECT ON LARGE OBJECT 5 TO bob;\n",
    );
    acl.owner = b("alice");
    acl.dependencies = vec![10];
    entries.push(acl);
    let s = render(&entries, &opts());
    assert!(s.contains(
        "-- Name: LARGE OBJECTS 5..7; Type: ACL; Schema: -; Owner: alice\n--\n\n\
         REVOKE ALL ON LARGE OBJECT 5 FROM \"LARGE OBJECT 9\";\n\
         REVOKE ALL ON LARGE OBJECT 6 FROM \"LARGE OBJECT 9\";\n\
         REVOKE ALL ON LARGE OBJECT 7 FROM \"LARGE OBJECT 9\";\n\n\
         GRANT SELECT ON LARGE OBJECT 5 TO bob;\nGRANT SELECT ON LARGE OBJECT 6 TO bob;\n\
         GRANT SELECT ON LARGE OBJECT 7 TO bob;\n\n--\n-- PostgreSQL database dump complete"
    ));
    // The group it depends on must exist.
    entries[4].dependencies = vec![99];
    let err = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &opts(),
    )
    .err();
    assert_eq!(err, Some(ScriptError::EntryNotFound(99)));
}

#[test]
fn table_data_and_disable_triggers() {
    let mut entries = specials();
    entries.push(table(10, "app", "t", "alice"));
    entries.push(table_data(11, 10, "app", "t"));
    let mut empty = table_data(12, 10, "app", "gone");
    empty.data = DataLocation::NoData;
    entries.push(empty);
    let s = render(&entries, &opts());
    assert!(s.contains(
        "--\n-- Data for Name: t; Type: TABLE DATA; Schema: app; Owner: alice\n--\n\n\
         COPY app.t (id) FROM stdin;\n<DATA 11>\n--\n-- Data for Name: gone; Type: TABLE DATA; Schema: app; Owner: alice\n\
         --\n\nCOPY app.gone (id) FROM stdin;\n--\n"
    ));
    let o = RestoreOptions {
        data_only: true,
        disable_triggers: true,
        superuser: Some(b"su".to_vec()),
        ..opts()
    };
    let s = render(&entries, &o);
    assert!(s.contains(
        "--\n\nSET SESSION AUTHORIZATION 'su';\n\nALTER TABLE app.t DISABLE TRIGGER ALL;\n\n\
         COPY app.t (id) FROM stdin;\n<DATA 11>\nALTER TABLE app.t ENABLE TRIGGER ALL;\n\n"
    ));
    // Without -S the initial user is assumed to be a superuser; -O does not matter.
    let o = RestoreOptions {
        data_only: true,
        disable_triggers: true,
        no_owner: true,
        ..opts()
    };
    let s = render(&entries, &o);
    assert_eq!(
        s.matches("SET SESSION AUTHORIZATION DEFAULT;\n\n").count(),
        1
    );
    // With schema, --disable-triggers does nothing.
    let s = render(
        &entries,
        &RestoreOptions {
            disable_triggers: true,
            ..opts()
        },
    );
    assert!(!s.contains("DISABLE TRIGGER"));
}

#[test]
fn load_via_partition_root_prints_its_comment() {
    let mut entries = specials();
    let mut d = table_data(11, 10, "app", "measure_2024");
    d.defn = b("-- load via partition root app.measure");
    d.copy_stmt = b("COPY app.measure (id) FROM stdin;\n");
    entries.push(d);
    let s = render(&entries, &opts());
    assert!(s.contains("--\n\n-- load via partition root app.measure\n\nCOPY app.measure (id) FROM stdin;\n<DATA 11>\n"));
}

fn blobs_entry(id: i32, tag: &str) -> TocEntry {
    let mut e = te(id, "BLOBS", tag);
    e.section = Section::Data;
    e.had_dumper = true;
    e.owner = b("alice");
    e.data = DataLocation::Offset(99);
    e
}

#[test]
fn blobs_are_one_transaction_each() {
    let mut entries = specials();
    entries.push(blobs_entry(10, "1..2"));
    let s = render(&entries, &opts());
    assert_eq!(
        body(&s),
        "--\n-- Data for Name: 1..2; Type: BLOBS; Schema: -; Owner: alice\n--\n\nBEGIN;\n\n<LO 10>\n\
         SELECT pg_catalog.lo_open('7', 131072);\nSELECT pg_catalog.lowrite(0, '\\x6869');\n\
         SELECT pg_catalog.lo_close(0);\n\nCOMMIT;\n\n"
    );
    let s = render(
        &entries,
        &RestoreOptions {
            single_transaction: true,
            ..opts()
        },
    );
    assert!(s.contains("--\n\n<LO 10>\n"));
    assert!(s.contains("Dumped by pg_dump version 18.6\n\nBEGIN;\n\nSET statement_timeout"));
    assert!(s.ends_with("lo_close(0);\n\nCOMMIT;\n\n--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict KEY\n\n"));
}

#[test]
fn old_archives_create_objects_while_loading() {
    let mut entries = specials();
    entries.truncate(2);
    entries.push(blobs_entry(10, "BLOBS"));
    let h = header(ArchiveVersion::V1_10);
    let s = render_with(
        &entries,
        &h,
        Format::Custom,
        &RestoreOptions {
            clean: true,
            ..opts()
        },
    )
    .expect("renders")
    .text;
    assert!(s.contains(
        "SET search_path = pg_catalog;\n\nBEGIN;\n\n<LO 10>\n\
         SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '7';\n\
         SELECT pg_catalog.lo_open(pg_catalog.lo_create('7'), 131072);\n"
    ));
}

#[test]
fn lo_writer_splits_at_16k() {
    let mut w = LoWriter::new(false, false, false);
    let mut out = Vec::new();
    w.start(1, &mut out);
    w.write(&[0xab; 10_000], &mut out);
    w.write(&[0xab; 6_384], &mut out);
    // Exactly one full buffer: nothing written until the object ends.
    assert_eq!(out.iter().filter(|&&c| c == b'\n').count(), 1);
    w.write(&[0xcd; 1], &mut out);
    w.end(&mut out);
    let text = String::from_utf8_lossy(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[1].starts_with("SELECT pg_catalog.lowrite(0, '\\\\xabab"));
    assert_eq!(
        lines[1].len(),
        "SELECT pg_catalog.lowrite(0, '\\\\x');".len() + 2 * 16384
    );
    assert_eq!(lines[2], "SELECT pg_catalog.lowrite(0, '\\\\xcd');");
    assert_eq!(lines[3], "SELECT pg_catalog.lo_close(0);");
    assert_eq!(w.count(), 1);
}

#[test]
fn three_passes() {
    let mut entries = specials();
    entries.push(table(10, "app", "t", "alice"));
    let mut acl = te(11, "ACL", "TABLE t");
    acl.defn = b("GRANT SELECT ON TABLE app.t TO bob;\n");
    acl.dependencies = vec![10];
    entries.push(acl);
    let mut mvd = te(12, "MATERIALIZED VIEW DATA", "mv");
    mvd.namespace = b("app");
    mvd.section = Section::PostData;
    mvd.defn = b("REFRESH MATERIALIZED VIEW app.mv;\n");
    entries.push(mvd);
    let mut et = te(13, "EVENT TRIGGER", "et");
    et.section = Section::PostData;
    et.defn = b("CREATE EVENT TRIGGER et ...;\n");
    entries.push(et);
    let mut etc = te(14, "COMMENT", "EVENT TRIGGER et");
    etc.defn = b("COMMENT ON EVENT TRIGGER et IS 'c';\n");
    entries.push(etc);
    let mut st = te(15, "STATISTICS DATA", "mv_idx");
    st.section = Section::PostData;
    st.namespace = b("app");
    st.defn = b("SELECT * FROM pg_catalog.pg_restore_relation_stats();\n");
    entries.push(st);
    let mut idx = te(16, "INDEX", "i");
    idx.section = Section::PostData;
    idx.defn = b("CREATE INDEX i ON app.t (id);\n");
    entries.push(idx);
    let s = render(&entries, &opts());
    let pos = |needle: &str| {
        s.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing in {s}"))
    };
    assert!(pos("CREATE TABLE") < pos("CREATE INDEX i"));
    assert!(pos("CREATE INDEX i") < pos("GRANT SELECT"));
    assert!(pos("GRANT SELECT") < pos("REFRESH MATERIALIZED"));
    assert!(pos("REFRESH MATERIALIZED") < pos("CREATE EVENT TRIGGER"));
    assert!(pos("CREATE EVENT TRIGGER") < pos("COMMENT ON EVENT TRIGGER"));
    assert!(pos("COMMENT ON EVENT TRIGGER") < pos("pg_restore_relation_stats"));
    assert!(
        s.contains("-- Statistics for Name: mv_idx; Type: STATISTICS DATA; Schema: app; Owner: \n")
    );
}

#[test]
fn clean_drops_in_reverse_with_if_exists() {
    let mut entries = specials();
    let mut public = schema_entry(9, "public", "pg_database_owner");
    public.defn = b("-- *not* creating schema, since initdb creates it\n");
    public.drop_stmt = b("-- *not* dropping schema, since initdb creates it\n");
    entries.push(public);
    entries.push(schema_entry(10, "app", "alice"));
    entries.push(table(11, "app", "t", "alice"));
    let mut def = te(12, "DEFAULT", "t id");
    def.namespace = b("app");
    def.defn = b("ALTER TABLE ONLY app.t ALTER COLUMN id SET DEFAULT 1;\n");
    def.drop_stmt = b("ALTER TABLE app.t ALTER COLUMN id DROP DEFAULT;\n");
    entries.push(def);
    let mut pk = te(13, "CONSTRAINT", "t t_pkey");
    pk.section = Section::PostData;
    pk.namespace = b("app");
    pk.defn = b("ALTER TABLE ONLY app.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n");
    pk.drop_stmt = b("ALTER TABLE ONLY app.t DROP CONSTRAINT t_pkey;\n");
    entries.push(pk);
    let mut um = te(14, "USER MAPPING", "USER MAPPING bob SERVER s");
    um.defn = b("CREATE USER MAPPING FOR bob SERVER s;\n");
    um.drop_stmt = b("DROP USER MAPPING FOR bob SERVER s;\n");
    entries.push(um);
    entries.push(blob_metadata(15, &[3], "alice"));
    let mut odd = te(16, "EXTENSION", "x");
    odd.defn = b("CREATE EXTENSION x;\n");
    odd.drop_stmt = b("SELECT 'nothing to see';\n");
    entries.push(odd);

    let s = render(
        &entries,
        &RestoreOptions {
            clean: true,
            ..opts()
        },
    );
    assert!(
        body(&s).starts_with(
            "DROP EXTENSION x;\n"
                .replace("DROP EXTENSION x;\n", "SELECT 'nothing to see';\n")
                .as_str()
        )
    );
    assert!(s.contains(
        "SELECT 'nothing to see';\nSELECT pg_catalog.lo_unlink('3');\n\nDROP USER MAPPING FOR bob SERVER s;\n\
         ALTER TABLE ONLY app.t DROP CONSTRAINT t_pkey;\nALTER TABLE app.t ALTER COLUMN id DROP DEFAULT;\n\
         DROP TABLE app.t;\nDROP SCHEMA app;\n-- *not* dropping schema, since initdb creates it\n--\n-- Name: public;"
    ));

    let r = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &RestoreOptions {
            clean: true,
            if_exists: true,
            ..opts()
        },
    )
    .expect("renders");
    assert!(r.text.contains(
        "SELECT 'nothing to see';\n\
         SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '3';\n\n\
         DROP USER MAPPING IF EXISTS FOR bob SERVER s;\n\
         ALTER TABLE IF EXISTS ONLY app.t DROP CONSTRAINT IF EXISTS t_pkey;\n\
         ALTER TABLE IF EXISTS app.t ALTER COLUMN id DROP DEFAULT;\n\
         DROP TABLE IF EXISTS app.t;\nDROP SCHEMA IF EXISTS app;\n\
         -- *not* dropping schema, since initdb creates it\n"
    ));
    assert_eq!(
        r.logs
            .iter()
            .filter(|l| l.level == LogLevel::Warning)
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>(),
        ["could not find where to insert IF EXISTS in statement \"SELECT 'nothing to see';\n\""]
    );
}

#[test]
fn clean_with_create_drops_only_the_database() {
    let mut entries = specials();
    let mut db = te(5, "DATABASE", "rich");
    db.defn = b("CREATE DATABASE rich WITH TEMPLATE = template0;\n");
    db.drop_stmt = b("DROP DATABASE rich;\n");
    db.owner = b("alice");
    entries.push(db);
    entries.push(table(10, "app", "t", "alice"));
    let s = render(
        &entries,
        &RestoreOptions {
            clean: true,
            create: true,
            ..opts()
        },
    );
    assert!(body(&s).starts_with("DROP DATABASE rich;\n--\n-- Name: rich; Type: DATABASE"));
    assert!(!s.contains("DROP TABLE"));
}

#[test]
fn create_reconnects() {
    let mut entries = specials();
    let mut db = te(5, "DATABASE", "we ird");
    db.defn = b("CREATE DATABASE \"we ird\";\n");
    db.drop_stmt = b("DROP DATABASE \"we ird\";\n");
    db.owner = b("alice");
    entries.push(db);
    let mut props = te(6, "DATABASE PROPERTIES", "we ird");
    props.defn = b("ALTER DATABASE \"we ird\" SET work_mem TO '8MB';\n");
    props.drop_stmt = b("\n");
    props.owner = b("alice");
    entries.push(props);
    entries.push(table(10, "app", "t", "alice"));
    let s = render(
        &entries,
        &RestoreOptions {
            create: true,
            ..opts()
        },
    );
    let reconnect = format!(
        "\\unrestrict KEY\n\\encoding SQL_ASCII\n\\connect -reuse-previous=on \"dbname='we ird'\"\n\\restrict KEY\n\n{PREAMBLE_18}"
    );
    assert!(s.contains(&format!(
        "CREATE DATABASE \"we ird\";\n\n\nALTER DATABASE \"we ird\" OWNER TO alice;\n\n{reconnect}--\n-- Name: we ird; Type: DATABASE PROPERTIES"
    )));
    assert!(s.contains(&format!(
        "SET work_mem TO '8MB';\n\n\n{reconnect}SET default_tablespace = '';"
    )));
    // The session state is forgotten at each reconnect.
    let mut entries2 = entries.clone();
    entries2[4].tablespace = b("");
    let s = render(
        &entries2,
        &RestoreOptions {
            create: true,
            ..opts()
        },
    );
    assert_eq!(s.matches("SET default_tablespace = '';").count(), 2);
    // A name with a newline cannot be connected to.
    entries[3].tag = b("a\nb");
    let err = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &RestoreOptions {
            create: true,
            ..opts()
        },
    )
    .err();
    assert_eq!(
        err,
        Some(ScriptError::DatabaseNameNewline(b"a\nb".to_vec()))
    );
}

#[test]
fn transaction_size_batches() {
    let mut entries = specials();
    entries.push(table(10, "app", "a", "alice"));
    let mut multi = te(11, "TEXT SEARCH CONFIGURATION", "tsc");
    multi.namespace = b("app");
    multi.defn = b("CREATE TEXT SEARCH CONFIGURATION app.tsc (x);\nALTER a;\nALTER b;\n");
    entries.push(multi);
    entries.push(table(12, "app", "b", "alice"));
    let o = RestoreOptions {
        transaction_size: 3,
        ..opts()
    };
    let s = render(&entries, &o);
    assert!(s.contains("SET row_security = off;\n\nBEGIN;\n\n"));
    // table a counts 1; the config counts 3 (3 semicolons) + 1 = commit after it.
    assert!(s.contains("ALTER b;\n\n\nCOMMIT;\nBEGIN;\n\n"));
    assert!(s.ends_with("ALTER TABLE app.b OWNER TO alice;\n\nCOMMIT;\n\n--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict KEY\n\n"));
}

#[test]
fn transaction_size_counts_each_large_object_command() {
    let mut entries = specials();
    entries.push(blob_metadata(10, &[1, 2, 3], "alice"));
    let s = render(
        &entries,
        &RestoreOptions {
            transaction_size: 2,
            ..opts()
        },
    );
    assert!(s.contains(
        "SELECT pg_catalog.lo_create('1');\nSELECT pg_catalog.lo_create('2');\nCOMMIT;\nBEGIN;\n\n\
         SELECT pg_catalog.lo_create('3');\n\nALTER LARGE OBJECT 1 OWNER TO alice;\nCOMMIT;\nBEGIN;\n\n"
    ));
}

#[test]
fn transaction_size_in_the_drop_phase() {
    let mut entries = specials();
    let mut db = te(5, "DATABASE", "rich");
    db.defn = b("CREATE DATABASE rich;\n");
    db.drop_stmt = b("DROP DATABASE rich;\n");
    db.owner = b("alice");
    entries.push(db);
    let o = RestoreOptions {
        transaction_size: 10,
        clean: true,
        create: true,
        ..opts()
    };
    let s = render(&entries, &o);
    assert!(s.contains("SET row_security = off;\n\nBEGIN;\n\nCOMMIT;\nDROP DATABASE rich;\nBEGIN;\nCOMMIT;\n\n--\n-- Name: rich; Type: DATABASE"));
    assert!(s.contains("\\restrict KEY\n\nSET statement_timeout"));
}

#[test]
fn schema_only_and_data_only_parts() {
    let mut entries = specials();
    entries.push(table(10, "app", "t", "alice"));
    entries.push(table_data(11, 10, "app", "t"));
    let mut seq = te(12, "SEQUENCE SET", "s");
    seq.section = Section::Data;
    seq.namespace = b("app");
    seq.defn = b("SELECT pg_catalog.setval('app.s', 6, true);\n");
    entries.push(seq);
    let s = render(
        &entries,
        &RestoreOptions {
            schema_only: true,
            ..opts()
        },
    );
    assert!(!s.contains("COPY") && !s.contains("setval"));
    let r = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &RestoreOptions {
            data_only: true,
            verbose: 1,
            ..opts()
        },
    )
    .expect("renders");
    assert!(!r.text.contains("CREATE TABLE"));
    assert!(
        r.text
            .contains("-- Name: s; Type: SEQUENCE SET; Schema: app; Owner: \n")
    );
    let infos: Vec<&str> = r.logs.iter().map(|l| l.text.as_str()).collect();
    assert!(
        infos.contains(&"processing data for table \"app.t\""),
        "{infos:?}"
    );
    assert!(infos.contains(&"executing SEQUENCE SET s"), "{infos:?}");
}

#[test]
fn restore_pass_of_entries() {
    let mut st = te(1, "STATISTICS DATA", "t");
    st.section = Section::Data;
    assert_eq!(restore_pass(&st), RestorePass::Main);
    st.section = Section::PostData;
    assert_eq!(restore_pass(&st), RestorePass::PostAcl);
    assert_eq!(restore_pass(&te(2, "DEFAULT ACL", "x")), RestorePass::Acl);
    assert_eq!(
        restore_pass(&te(3, "SECURITY LABEL", "EVENT TRIGGER e")),
        RestorePass::PostAcl
    );
}

#[test]
fn if_exists_rewriting_rules() {
    let (s, w) = add_if_exists(b"VIEW", b"CREATE OR REPLACE VIEW v AS SELECT 1;\n");
    assert_eq!(
        (s.as_slice(), w),
        (&b"CREATE OR REPLACE VIEW v AS SELECT 1;\n"[..], false)
    );
    let (s, _) = add_if_exists(
        b"FK CONSTRAINT",
        b"ALTER TABLE ONLY a.b DROP CONSTRAINT c;\n",
    );
    assert_eq!(
        s,
        b"ALTER TABLE IF EXISTS ONLY a.b DROP CONSTRAINT IF EXISTS c;\n"
    );
    let (s, _) = add_if_exists(b"MATERIALIZED VIEW", b"DROP MATERIALIZED VIEW a.mv;\n");
    assert_eq!(s, b"DROP MATERIALIZED VIEW IF EXISTS a.mv;\n");
}

#[test]
fn warnings_from_the_original_dump() {
    let mut entries = specials();
    let mut w = te(10, "WARNING", "WARNING");
    w.defn = b("something odd");
    entries.push(w);
    let r = render_with(
        &entries,
        &header(ArchiveVersion::V1_16),
        Format::Custom,
        &opts(),
    )
    .expect("renders");
    assert!(r.logs.contains(&LogMessage {
        level: LogLevel::Warning,
        text: "warning from original dump file: something odd".into()
    }));
}

#[test]
fn learned_positions_show_in_later_headers() {
    let mut entries = specials();
    let mut a = table_data(10, 1, "app", "a");
    a.data = DataLocation::NotSet;
    let mut b2 = table_data(11, 1, "app", "b");
    b2.data = DataLocation::NotSet;
    entries.push(a);
    entries.push(b2);
    let o = RestoreOptions {
        verbose: 1,
        ..opts()
    };
    let h = header(ArchiveVersion::V1_16);
    let sel = select(&entries, &h, &o).expect("valid");
    let mut plan = ScriptPlan::new(&entries, &h, Format::Custom, &sel, &o).expect("plan");
    let mut text = Vec::new();
    while let Some(piece) = plan.next() {
        match piece.expect("renders") {
            Piece::Text(t) => text.extend_from_slice(&t),
            // Reading the first entry's block skipped past nothing, but say the reader learnt
            // where the second one is.
            Piece::TableData { entry } if entries[entry].dump_id == 10 => {
                plan.note_data_position(11, 777)
            }
            _ => {}
        }
    }
    let text = String::from_utf8_lossy(&text);
    assert!(
        text.contains("Name: a; Type: TABLE DATA; Schema: app; Owner: alice\n-- Data Pos: 0\n")
    );
    assert!(
        text.contains("Name: b; Type: TABLE DATA; Schema: app; Owner: alice\n-- Data Pos: 777\n")
    );
}
