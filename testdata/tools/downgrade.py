#!/usr/bin/env python3
"""Rewrite a pg_dump-made custom archive of version 1.14 into older archive versions.

    downgrade.py INPUT.dump OUTDIR NAME SUFFIX [MINOR...]

writes OUTDIR/NAME.v1_<minor>.SUFFIX.dump for each requested minor version (default: 0 and
2..13). The machine has no pg_dump older than 13, so these synthetic archives stand in for
archives made by PostgreSQL 7.1-11. What each version lacks (from ReadHead/ReadToc/ReadInt
in pg_backup_archiver.c and _ReadExtraToc/_readBlockHeader in pg_backup_custom.c):

  < 1.14  no tableam field
  < 1.13  no SEARCHPATH entry (pg_restore then emits SET search_path per schema)
  < 1.12  no per-object BLOB entries: large objects travel only in the BLOBS data entry
          (pg_restore creates them while loading), LO ownership and ACLs did not exist,
          LO comments travel as SQL in a data-bearing BLOB COMMENTS entry
  < 1.11  no section field (pg_restore derives it from the desc)
  < 1.10  no tablespace field; no server / pg_dump version strings in the header
  < 1.9   no withOids field
  < 1.8   no tableoid field (dependencies were OIDs; we keep the dump ids as they are)
  < 1.7   no offSize header byte; offsets are plain ints followed by an obsolete size int
  < 1.6   no namespace field
  < 1.5   no dependency list
  < 1.4   no creation date / database name; compression is a byte, not an int
  < 1.3   no copyStmt (the COPY command is part of the data), no block-type byte, no
          large objects at all
  < 1.2   no compression field (zlib is assumed), so only a gzip source can be downgraded
  = 1.0   no revision byte in the header, no sign byte in integers

The caller (generate.sh) keeps only the versions pg_restore 18 accepts.
"""

import copy
import sys

import pgarchive as pa


def lo_comment_sql(entry):
    # The tag of a LO comment is "LARGE OBJECT <oid>"; its defn is the COMMENT command.
    return entry.defn or b""


def downgrade(src, minor):
    version = pa.vnum(1, minor)
    a = copy.deepcopy(src)
    if src.version != pa.vnum(1, 14):
        raise pa.ArchiveError("input must be a 1.14 archive (pg_dump 12-15)")
    if minor < 2 and a.algorithm != pa.ALGO_GZIP:
        return None  # 1.0 cannot say "uncompressed"
    a.version = version
    blocks = {b.dump_id: b for b in a.blocks}

    def is_lo_dependent(e):
        return e.desc in (b"COMMENT", b"ACL", b"SECURITY LABEL") and (e.tag or b"").startswith(
            b"LARGE OBJECT "
        )

    if minor < 12:
        lo_comments = [e for e in a.entries if e.desc == b"COMMENT" and is_lo_dependent(e)]
        keep = []
        for e in a.entries:
            if e.desc == b"BLOB" or is_lo_dependent(e):
                continue
            if e.desc == b"BLOBS" and minor < 3:
                del blocks[e.dump_id]
                continue
            keep.append(e)
            if e.desc == b"BLOBS" and lo_comments:
                # pg_dump 8.x wrote LO comments as SQL in a separate data entry.
                c = pa.Entry()
                c.dump_id = max(x.dump_id for x in src.entries) + 1
                c.had_dumper = 1
                c.tag = b"BLOB COMMENTS"
                c.desc = b"BLOB COMMENTS"
                c.section = 3
                c.defn = b""
                c.drop_stmt = b""
                c.copy_stmt = b""
                c.owner = b""
                c.deps = [str(e.dump_id).encode()]
                keep.append(c)
                sql = b"".join(lo_comment_sql(x) for x in lo_comments) + b"\n"
                chunks = [sql] if a.algorithm == pa.ALGO_NONE else pa.zlib_chunks(sql)
                blocks[c.dump_id] = pa.Block(pa.BLK_DATA, c.dump_id, chunks=chunks)
            if e.desc == b"BLOBS":
                e.owner = b""  # LOs had no owners before 9.0
        a.entries = keep
    if minor < 13:
        a.entries = [e for e in a.entries if e.desc != b"SEARCHPATH"]
    if minor < 3:
        # Before copyStmt existed, the COPY command was written into the data stream.
        for e in a.entries:
            if e.copy_stmt and e.dump_id in blocks:
                b = blocks[e.dump_id]
                data = e.copy_stmt + pa.decompress(a, b.chunks)
                if a.algorithm == pa.ALGO_NONE:
                    b.chunks = [e.copy_stmt] + b.chunks
                else:
                    b.chunks = pa.zlib_chunks(data)
            e.copy_stmt = None
    # Keep data blocks in TOC order (custom format writes them that way).
    a.blocks = [blocks[e.dump_id] for e in a.entries if e.dump_id in blocks]
    return pa.write_custom(a, version)


def main(argv):
    if len(argv) < 5:
        sys.stderr.write(__doc__)
        return 2
    src_path, outdir, name, suffix = argv[1:5]
    minors = [int(x) for x in argv[5:]] or [0] + list(range(2, 14))
    with open(src_path, "rb") as f:
        src = pa.read_custom(f.read())
    for m in minors:
        data = downgrade(src, m)
        if data is None:
            print("skip 1.%d (%s): not representable" % (m, suffix))
            continue
        path = "%s/%s.v1_%d.%s.dump" % (outdir, name, m, suffix)
        with open(path, "wb") as f:
            f.write(data)
        print("wrote %s" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
