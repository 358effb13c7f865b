//! File names of the directory format (`_ArchiveEntry`, `_StartLOs`, `_StartLO` in
//! `pg_backup_directory.c`), as pg_dump of each archive version names them. The tar format
//! uses the same names for its members.

use crate::header::Compression;
use crate::toc::DumpId;
use crate::version::ArchiveVersion;

/// The suffix a compressed file gets (`compress_io.c`); the TOC stores names without it.
pub(crate) fn suffix(alg: Compression) -> &'static str {
    match alg {
        Compression::None => "",
        Compression::Gzip => ".gz",
        Compression::Lz4 => ".lz4",
        Compression::Zstd => ".zst",
    }
}

/// `<dumpId>.dat`: the data file of a TABLE DATA entry (and the tar member of any entry with
/// data, BLOBS included).
pub(crate) fn data_file(id: DumpId) -> String {
    format!("{id}.dat")
}

/// The large-object list of a BLOBS entry as a file: `blobs_<dumpId>.toc` from 1.16 (one per
/// BLOBS entry), `blobs.toc` before (pg_restore reads that name whatever the TOC says).
pub(crate) fn blobs_list(version: ArchiveVersion, id: DumpId) -> String {
    if version >= ArchiveVersion::V1_16 {
        format!("blobs_{id}.toc")
    } else {
        "blobs.toc".to_string()
    }
}

/// The name a directory TOC stores for a BLOBS entry: the list file from 1.14 (pg_dump 12 and
/// later), `<dumpId>.dat` before, as pg_dump 9.1 to 11 wrote it (it names no file; readers
/// go to `blobs.toc`).
pub(crate) fn blobs_toc_name(version: ArchiveVersion, id: DumpId) -> String {
    if version >= ArchiveVersion::V1_14 {
        blobs_list(version, id)
    } else {
        data_file(id)
    }
}

/// `blob_<oid>.dat`: one large object (the list names it without the compression suffix).
pub(crate) fn blob_file(oid: u32) -> String {
    format!("blob_{oid}.dat")
}

/// One line of a large-object list (`_StartLO`): `<oid> blob_<oid>.dat\n`, OID unsigned.
pub(crate) fn lo_line(oid: u32) -> String {
    format!("{oid} {}\n", blob_file(oid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_version() {
        assert_eq!(blobs_list(ArchiveVersion::V1_16, 7), "blobs_7.toc");
        assert_eq!(blobs_list(ArchiveVersion::V1_15, 7), "blobs.toc");
        assert_eq!(blobs_toc_name(ArchiveVersion::V1_14, 7), "blobs.toc");
        assert_eq!(blobs_toc_name(ArchiveVersion::V1_13, 7), "7.dat");
        assert_eq!(lo_line(3_000_000_000), "3000000000 blob_3000000000.dat\n");
        let line = lo_line(42);
        let (oid, name) =
            crate::directory::parse_lo_line(line.trim_end().as_bytes()).expect("our lines parse");
        assert_eq!((oid, name), (42, &b"blob_42.dat"[..]));
    }
}
