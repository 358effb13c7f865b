//! Round trips of the writer: arbitrary archives (headers of every version, TOC entries,
//! table data, large objects) are built as plain custom files, then written by
//! `write_archive` in each format and compression, from mapped files and from pipes, whole
//! and as reordered subsets, twice in a row; what the reader gets back must equal the model.

use std::collections::{BTreeSet, HashMap};
use std::io::{Read, Write};
use std::path::Path;

use pgdumpkit_format::grammar::{write_header, write_toc};
use pgdumpkit_format::primitives::{IntFormat, write_int};
use pgdumpkit_format::write::{KeepSet, Kept, WriteError, WriteOptions, write_archive};
use pgdumpkit_format::{
    Archive, ArchiveVersion, CatalogId, Compression, CreateTime, DataLocation, DumpId, Format,
    Header, HeaderCompression, Section, TocEntry,
};
use proptest::prelude::*;

/// An archive as the tests think of it.
#[derive(Debug, Clone)]
struct Model {
    header: Header,
    entries: Vec<TocEntry>,
    /// Data of TABLE DATA entries.
    data: HashMap<DumpId, Vec<u8>>,
    /// Large objects of BLOBS entries, in order.
    blobs: HashMap<DumpId, Vec<(u32, Vec<u8>)>>,
}

const VERSIONS: [(u8, u8); 16] = [
    (1, 0),
    (1, 2),
    (1, 3),
    (1, 4),
    (1, 5),
    (1, 6),
    (1, 7),
    (1, 8),
    (1, 9),
    (1, 10),
    (1, 11),
    (1, 12),
    (1, 13),
    (1, 14),
    (1, 15),
    (1, 16),
];

fn opt_bytes() -> impl Strategy<Value = Option<Vec<u8>>> {
    prop_oneof![
        1 => Just(None),
        4 => proptest::collection::vec(any::<u8>(), 0..24).prop_map(Some),
    ]
}

/// Data with runs, so that compressors have something to do, sometimes large.
fn payload() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => proptest::collection::vec(any::<u8>(), 0..300),
        2 => (any::<u8>(), 0usize..200_000, any::<u8>()).prop_map(|(a, n, b)| {
            (0..n).map(|i| if i % 97 < 60 { a } else { b.wrapping_add(i as u8) }).collect()
        }),
    ]
}

#[derive(Debug, Clone)]
struct EntrySpec {
    desc: &'static str,
    tag: Option<Vec<u8>>,
    defn: Option<Vec<u8>>,
    drop_stmt: Option<Vec<u8>>,
    copy_stmt: Option<Vec<u8>>,
    namespace: Option<Vec<u8>>,
    tablespace: Option<Vec<u8>>,
    tableam: Option<Vec<u8>>,
    owner: Option<Vec<u8>>,
    with_oids: Option<Vec<u8>>,
    relkind: i32,
    section: i32,
    tableoid: u32,
    oid: u32,
    deps: Vec<i32>,
    data: Vec<u8>,
    los: Vec<(u32, Vec<u8>)>,
}

fn entry_spec() -> impl Strategy<Value = EntrySpec> {
    let desc = prop_oneof![
        Just("TABLE"),
        Just("TABLE DATA"),
        Just("TABLE DATA"),
        Just("BLOBS"),
        Just("SCHEMA"),
        Just("COMMENT"),
        Just("ACL"),
        Just("SEQUENCE SET"),
        Just("STATISTICS DATA"),
    ];
    (
        (
            desc,
            opt_bytes(),
            opt_bytes(),
            opt_bytes(),
            opt_bytes(),
            opt_bytes(),
        ),
        (
            opt_bytes(),
            opt_bytes(),
            opt_bytes(),
            opt_bytes(),
            any::<i32>(),
            1..=4i32,
        ),
        (
            any::<u32>(),
            any::<u32>(),
            proptest::collection::vec(1..100_000i32, 0..4),
            payload(),
            proptest::collection::vec((1..u32::MAX, payload()), 1..4),
        ),
    )
        .prop_map(
            |(
                (desc, tag, defn, drop_stmt, copy_stmt, namespace),
                (tablespace, tableam, owner, with_oids, relkind, section),
                (tableoid, oid, deps, data, los),
            )| EntrySpec {
                desc,
                tag,
                defn,
                drop_stmt,
                copy_stmt,
                namespace,
                tablespace,
                tableam,
                owner,
                with_oids,
                relkind,
                section,
                tableoid,
                oid,
                deps,
                data,
                los,
            },
        )
}

fn model() -> impl Strategy<Value = Model> {
    (
        0..VERSIONS.len(),
        any::<[i32; 7]>(),
        opt_bytes(),
        opt_bytes(),
        opt_bytes(),
        proptest::collection::vec(entry_spec(), 0..7),
        proptest::collection::btree_set(1..1_000_000i32, 7),
    )
        .prop_map(|(vi, tm, dbname, server, pgdump, specs, ids)| {
            let (major, minor) = VERSIONS[vi];
            let v = ArchiveVersion::new(major, minor, 0);
            let header = Header {
                version: v,
                int_size: 4,
                off_size: if v >= ArchiveVersion::V1_7 { 8 } else { 4 },
                format_byte: 1,
                compression: if v >= ArchiveVersion::V1_15 {
                    HeaderCompression::Algorithm(0)
                } else if v >= ArchiveVersion::V1_4 {
                    HeaderCompression::Level(0)
                } else if v >= ArchiveVersion::V1_2 {
                    HeaderCompression::LevelByte(0)
                } else {
                    HeaderCompression::Implied
                },
                created: (v >= ArchiveVersion::V1_4).then_some(CreateTime {
                    sec: tm[0],
                    min: tm[1],
                    hour: tm[2],
                    mday: tm[3],
                    mon: tm[4],
                    year: tm[5],
                    isdst: tm[6],
                }),
                dbname: if v >= ArchiveVersion::V1_4 {
                    Some(dbname.unwrap_or_default())
                } else {
                    None
                },
                server_version: if v >= ArchiveVersion::V1_10 {
                    server
                } else {
                    None
                },
                pgdump_version: if v >= ArchiveVersion::V1_10 {
                    pgdump
                } else {
                    None
                },
            };
            let mut entries = Vec::new();
            let mut data = HashMap::new();
            let mut blobs = HashMap::new();
            let mut used_oids = BTreeSet::new();
            let mut nblobs = 0;
            for (spec, id) in specs.into_iter().zip(ids) {
                let mut desc = spec.desc;
                if desc == "BLOBS"
                    && (v < ArchiveVersion::V1_3 || (v < ArchiveVersion::V1_16 && nblobs > 0))
                {
                    desc = "TABLE DATA";
                }
                let had_dumper = matches!(desc, "TABLE DATA" | "BLOBS");
                let mut tag = spec.tag;
                if desc == "BLOBS" {
                    nblobs += 1;
                    let mut los = Vec::new();
                    for (oid, bytes) in spec.los {
                        if used_oids.insert(oid) {
                            los.push((oid, bytes));
                        }
                    }
                    if los.is_empty() {
                        let oid = (1..).find(|o| !used_oids.contains(o)).unwrap_or(1);
                        used_oids.insert(oid);
                        los.push((oid, Vec::new()));
                    }
                    // pg_dump 17+ tags a BLOBS group with its first OID; the tar reader
                    // goes to that member.
                    tag = Some(los[0].0.to_string().into_bytes());
                    blobs.insert(id, los);
                } else if had_dumper {
                    data.insert(id, spec.data);
                }
                let section = if v >= ArchiveVersion::V1_11 {
                    Section::from_code(spec.section).unwrap_or(Section::PreData)
                } else {
                    Section::derive_from_desc(desc.as_bytes())
                };
                let gate =
                    |min: ArchiveVersion, x: Option<Vec<u8>>| if v >= min { x } else { None };
                entries.push(TocEntry {
                    dump_id: id,
                    had_dumper,
                    catalog_id: CatalogId {
                        tableoid: if v >= ArchiveVersion::V1_8 {
                            spec.tableoid
                        } else {
                            0
                        },
                        oid: spec.oid,
                    },
                    tag: Some(tag.unwrap_or_default()),
                    desc: desc.as_bytes().to_vec(),
                    section,
                    defn: spec.defn,
                    drop_stmt: spec.drop_stmt,
                    copy_stmt: gate(ArchiveVersion::V1_3, spec.copy_stmt),
                    namespace: gate(ArchiveVersion::V1_6, spec.namespace),
                    tablespace: gate(ArchiveVersion::V1_10, spec.tablespace),
                    tableam: gate(ArchiveVersion::V1_14, spec.tableam),
                    relkind: if v >= ArchiveVersion::V1_16 {
                        spec.relkind
                    } else {
                        0
                    },
                    owner: spec.owner,
                    with_oids: gate(ArchiveVersion::V1_9, spec.with_oids),
                    dependencies: if v >= ArchiveVersion::V1_5 {
                        spec.deps
                    } else {
                        Vec::new()
                    },
                    data: DataLocation::NoData,
                });
            }
            Model {
                header,
                entries,
                data,
                blobs,
            }
        })
}

/// Writes a chunk stream of `data` cut into pieces of `cut` bytes (compressed with zlib first
/// for 1.0, which implies gzip).
fn chunks(out: &mut Vec<u8>, f: IntFormat, data: &[u8], cut: usize) {
    let bytes = if f.version < ArchiveVersion::V1_2 {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(data).expect("writing to memory");
        z.finish().expect("writing to memory")
    } else {
        data.to_vec()
    };
    for c in bytes.chunks(cut.max(1)) {
        write_int(out, f, c.len() as i32).expect("writing to memory");
        out.extend_from_slice(c);
    }
    write_int(out, f, 0).expect("writing to memory");
}

/// The model as an uncompressed custom file (offsets not set: readers scan).
fn build(m: &Model, cut: usize) -> Vec<u8> {
    let f = IntFormat {
        version: m.header.version,
        int_size: m.header.int_size,
        off_size: m.header.off_size,
    };
    let mut out = Vec::new();
    write_header(&mut out, &m.header).expect("writing to memory");
    let mut entries = m.entries.clone();
    for e in &mut entries {
        e.data = if e.had_dumper {
            DataLocation::NotSet
        } else {
            DataLocation::NoData
        };
    }
    write_toc(&mut out, f, &entries).expect("writing to memory");
    for e in &m.entries {
        if !e.had_dumper {
            continue;
        }
        let blobs = m.blobs.get(&e.dump_id);
        if f.version >= ArchiveVersion::V1_3 {
            out.push(if blobs.is_some() { 3 } else { 1 });
        }
        write_int(&mut out, f, e.dump_id).expect("writing to memory");
        match blobs {
            Some(los) => {
                for (oid, bytes) in los {
                    write_int(&mut out, f, *oid as i32).expect("writing to memory");
                    chunks(&mut out, f, bytes, cut);
                }
                write_int(&mut out, f, 0).expect("writing to memory");
            }
            None => chunks(&mut out, f, &m.data[&e.dump_id], cut),
        }
    }
    out
}

/// What the reader must give back: the entries (data locations aside) and their data.
fn check(a: &mut Archive, m: &Model, keep: &KeepSet, version: ArchiveVersion, what: &str) {
    let h = a.header();
    assert_eq!(h.version, version, "{what}: version");
    if m.header.version >= ArchiveVersion::V1_4 {
        assert_eq!(h.created, m.header.created, "{what}: created");
        assert_eq!(h.dbname, m.header.dbname, "{what}: dbname");
    }
    if m.header.version >= ArchiveVersion::V1_10 {
        assert_eq!(h.server_version, m.header.server_version, "{what}");
        assert_eq!(h.pgdump_version, m.header.pgdump_version, "{what}");
    }
    let got: Vec<TocEntry> = a.entries().to_vec();
    assert_eq!(got.len(), keep.entries.len(), "{what}: entry count");
    for (g, k) in got.iter().zip(&keep.entries) {
        let mut want = m.entries[k.index].clone();
        if let Some(d) = &k.dependencies {
            want.dependencies = d.clone();
        }
        if version >= ArchiveVersion::V1_9 && want.with_oids.is_none() {
            want.with_oids = Some(b"false".to_vec());
        }
        let mut g2 = g.clone();
        g2.data = DataLocation::NoData;
        want.data = DataLocation::NoData;
        assert_eq!(g2, want, "{what}: entry {}", want.dump_id);
    }
    for g in &got {
        let id = g.dump_id;
        if let Some(los) = m.blobs.get(&id) {
            let mut back = Vec::new();
            a.read_blobs(id, &mut |oid, r| {
                let mut b = Vec::new();
                r.read_to_end(&mut b)?;
                back.push((oid, b));
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{what}: LOs of {id}: {e}"));
            assert_eq!(&back, los, "{what}: LOs of {id}");
        } else if let Some(d) = m.data.get(&id) {
            let mut b = Vec::new();
            let mut r = a
                .open_data(id)
                .unwrap_or_else(|e| panic!("{what}: data of {id}: {e}"));
            r.read_to_end(&mut b)
                .unwrap_or_else(|e| panic!("{what}: data of {id}: {e}"));
            assert_eq!(&b, d, "{what}: data of {id}");
        }
    }
}

fn open(p: &Path, pipe: bool) -> Archive {
    if pipe && p.is_file() {
        let f = std::fs::File::open(p).expect("written file opens");
        Archive::from_reader(Box::new(f)).expect("written archive reads from a pipe")
    } else {
        Archive::open(p).expect("written archive opens")
    }
}

fn expected_version(
    m: &Model,
    format: Format,
    alg: Option<Compression>,
) -> Result<ArchiveVersion, ()> {
    let v = m.header.version;
    let alg = match format {
        Format::Tar => Compression::None,
        _ => alg.unwrap_or(if v < ArchiveVersion::V1_2 {
            Compression::Gzip
        } else {
            Compression::None
        }),
    };
    let need = pgdumpkit_format::write::min_version_for(alg);
    if v >= need {
        return Ok(v);
    }
    let crosses = |x: ArchiveVersion| v < x && need >= x;
    if crosses(ArchiveVersion::V1_3)
        || crosses(ArchiveVersion::V1_8)
        || (crosses(ArchiveVersion::V1_12) && !m.blobs.is_empty())
    {
        return Err(());
    }
    Ok(need)
}

const FORMATS: [Format; 3] = [Format::Custom, Format::Directory, Format::Tar];
const ALGS: [Option<Compression>; 5] = [
    None,
    Some(Compression::None),
    Some(Compression::Gzip),
    Some(Compression::Lz4),
    Some(Compression::Zstd),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn written_archives_read_back_equal(
        m in model(),
        cut in 1usize..70_000,
        f1 in 0..3usize, a1 in 0..5usize,
        f2 in 0..3usize, a2 in 0..5usize,
        jobs in 1usize..3,
        pipe in any::<bool>(),
        order in any::<u64>(),
        level in prop_oneof![Just(None), (1..4i32).prop_map(Some)],
    ) {
        let dir = tempfile::tempdir().expect("temporary directory");
        let base = dir.path().join("base.dump");
        std::fs::write(&base, build(&m, cut)).expect("write base");

        // Step 1: everything, in order.
        let (fmt1, alg1) = (FORMATS[f1], if FORMATS[f1] == Format::Tar { None } else { ALGS[a1] });
        let out1 = dir.path().join("one");
        let keep1 = KeepSet::all(m.entries.len());
        let mut src = open(&base, pipe);
        let opts = WriteOptions { compression: alg1, jobs, sync: false, ..WriteOptions::new(fmt1) };
        let r = write_archive(&mut src, &keep1, &opts, &out1, &mut |_| {});
        let v1 = match expected_version(&m, fmt1, alg1) {
            Ok(v) => v,
            Err(()) => {
                prop_assert!(matches!(r, Err(WriteError::Options(_))), "{r:?}");
                prop_assert!(!out1.exists());
                return Ok(());
            }
        };
        let s1 = r.map_err(|e| TestCaseError::fail(format!("{fmt1:?}/{alg1:?}: {e}")))?;
        prop_assert_eq!(s1.version, v1);
        let mut a = open(&out1, false);
        check(&mut a, &m, &keep1, v1, &format!("{fmt1:?}/{alg1:?}"));
        if fmt1 == Format::Custom {
            // Written to a seekable file: every data block has its offset.
            for e in a.entries() {
                prop_assert!(matches!(e.data, DataLocation::Offset(_) | DataLocation::NoData));
            }
        }

        // Step 2: a reordered subset of that, into another format and compression.
        let (fmt2, alg2) = (FORMATS[f2], if FORMATS[f2] == Format::Tar { None } else { ALGS[a2] });
        let mut keep2: Vec<Kept> = (0..m.entries.len())
            .filter(|i| (order >> (i % 64)) & 1 == 0 || order % 3 == 0)
            .map(Kept::whole)
            .collect();
        if order % 2 == 1 {
            keep2.reverse();
        }
        let kept_ids: BTreeSet<DumpId> = keep2.iter().map(|k| m.entries[k.index].dump_id).collect();
        for k in &mut keep2 {
            let deps: Vec<DumpId> = m.entries[k.index].dependencies.iter().copied().filter(|d| kept_ids.contains(d) || *d % 2 == 0).collect();
            k.dependencies = Some(deps);
        }
        let keep2 = KeepSet { entries: keep2 };
        let mut src = open(&out1, pipe);
        let m1 = Model { header: Header { version: v1, ..m.header.clone() }, ..m.clone() };
        let out2 = dir.path().join("two");
        let opts = WriteOptions { compression: alg2, level: level.filter(|_| alg2.is_some()), jobs, sync: false, ..WriteOptions::new(fmt2) };
        let r = write_archive(&mut src, &keep2, &opts, &out2, &mut |_| {});
        let sub = Model {
            blobs: m.blobs.iter().filter(|(id, _)| kept_ids.contains(id)).map(|(k, v)| (*k, v.clone())).collect(),
            ..m1.clone()
        };
        let v2 = match expected_version(&sub, fmt2, alg2.or(if fmt1 == Format::Tar { Some(Compression::None) } else { alg1 })) {
            Ok(v) => v,
            Err(()) => {
                prop_assert!(matches!(r, Err(WriteError::Options(_))), "{r:?}");
                return Ok(());
            }
        };
        let s2 = r.map_err(|e| TestCaseError::fail(format!("{fmt1:?}/{alg1:?} -> {fmt2:?}/{alg2:?}: {e}")))?;
        prop_assert_eq!(s2.version, v2);
        let mut b = open(&out2, false);
        check(&mut b, &m, &keep2, v2, &format!("{fmt1:?}/{alg1:?} -> {fmt2:?}/{alg2:?}"));
    }
}

#[test]
fn an_error_leaves_no_output() {
    // A BLOBS block whose chunk stream is cut short: the write fails, nothing is left.
    let m = Model {
        header: Header {
            version: ArchiveVersion::V1_16,
            int_size: 4,
            off_size: 8,
            format_byte: 1,
            compression: HeaderCompression::Algorithm(0),
            created: Some(CreateTime::default()),
            dbname: Some(b"db".to_vec()),
            server_version: None,
            pgdump_version: None,
        },
        entries: vec![TocEntry {
            dump_id: 7,
            had_dumper: true,
            catalog_id: CatalogId::default(),
            tag: Some(b"t".to_vec()),
            desc: b"TABLE DATA".to_vec(),
            section: Section::Data,
            defn: None,
            drop_stmt: None,
            copy_stmt: None,
            namespace: None,
            tablespace: None,
            tableam: None,
            relkind: 0,
            owner: None,
            with_oids: Some(b"false".to_vec()),
            dependencies: Vec::new(),
            data: DataLocation::NoData,
        }],
        data: HashMap::from([(7, vec![1u8; 10_000])]),
        blobs: HashMap::new(),
    };
    let mut bytes = build(&m, 4096);
    bytes.truncate(bytes.len() - 3000);
    let dir = tempfile::tempdir().expect("temporary directory");
    let base = dir.path().join("base.dump");
    std::fs::write(&base, &bytes).expect("write base");
    for fmt in FORMATS {
        let out = dir.path().join(format!("out-{fmt:?}"));
        let mut src = Archive::open(&base).expect("base opens");
        let opts = WriteOptions {
            compression: if fmt == Format::Tar {
                None
            } else {
                Some(Compression::Zstd)
            },
            sync: false,
            ..WriteOptions::new(fmt)
        };
        let r = write_archive(&mut src, &KeepSet::all(1), &opts, &out, &mut |_| {});
        assert!(r.is_err(), "{fmt:?}");
        assert!(!out.exists(), "{fmt:?}: output left behind");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .filter(|n| n != "base.dump")
            .collect();
        assert!(left.is_empty(), "{fmt:?}: temporary files left: {left:?}");
    }
}

#[test]
fn directory_output_refuses_a_non_empty_directory() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let base = dir.path().join("base.dump");
    let m = Model {
        header: Header {
            version: ArchiveVersion::V1_16,
            int_size: 4,
            off_size: 8,
            format_byte: 1,
            compression: HeaderCompression::Algorithm(0),
            created: Some(CreateTime::default()),
            dbname: Some(Vec::new()),
            server_version: None,
            pgdump_version: None,
        },
        entries: Vec::new(),
        data: HashMap::new(),
        blobs: HashMap::new(),
    };
    std::fs::write(&base, build(&m, 10)).expect("write base");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let mut src = Archive::open(&base).expect("base opens");
    let opts = WriteOptions {
        sync: false,
        ..WriteOptions::new(Format::Directory)
    };
    // An empty directory is taken, as pg_dump takes it.
    write_archive(&mut src, &KeepSet::all(0), &opts, &out, &mut |_| {}).expect("empty dir is fine");
    assert!(out.join("toc.dat").is_file());
    let r = write_archive(&mut src, &KeepSet::all(0), &opts, &out, &mut |_| {});
    assert!(matches!(r, Err(WriteError::OutputExists(_))), "{r:?}");
}
