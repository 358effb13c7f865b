"""Minimal reader/writer for pg_dump custom archives and directory/tar toc.dat files.

Only what the fixture generator needs: read a custom archive of any version (1.0-1.16) into
plain Python objects, and write one back at a chosen version (used by downgrade.py to make
synthetic old-version archives). Field gating follows pg_backup_archiver.c (ReadHead,
ReadToc, ReadInt, ReadStr, ReadOffset) and pg_backup_custom.c (_ReadExtraToc,
_readBlockHeader, _LoadLOs).
"""

import zlib

K_OFFSET_POS_NOT_SET = 1
K_OFFSET_POS_SET = 2
K_OFFSET_NO_DATA = 3

BLK_DATA = 1
BLK_BLOBS = 3

FMT_CUSTOM = 1
FMT_TAR = 3

ALGO_NONE = 0
ALGO_GZIP = 1
ALGO_LZ4 = 2
ALGO_ZSTD = 3


def vnum(major, minor, rev=0):
    return (major << 16) | (minor << 8) | rev


class ArchiveError(Exception):
    pass


class Entry:
    """One TOC entry. Strings are bytes (or None for NULL)."""

    def __init__(self):
        self.dump_id = 0
        self.had_dumper = 0
        self.tableoid = b"0"
        self.oid = b"0"
        self.tag = None
        self.desc = None
        self.section = None  # None when the archive predates 1.11
        self.defn = None
        self.drop_stmt = None
        self.copy_stmt = None
        self.namespace = None
        self.tablespace = None
        self.tableam = None
        self.relkind = 0
        self.owner = None
        self.with_oids = b"false"
        self.deps = []  # list of bytes (decimal ids)
        self.offset_flag = K_OFFSET_NO_DATA  # custom only
        self.offset_pos = 0
        self.filename = None  # directory / tar only

    def text(self, field):
        v = getattr(self, field)
        return None if v is None else v.decode("utf-8", "replace")


class Block:
    """A custom-format data block: chunks (BLK_DATA) or [(oid, chunks)] (BLK_BLOBS)."""

    def __init__(self, btype, dump_id, chunks=None, blobs=None):
        self.btype = btype
        self.dump_id = dump_id
        self.chunks = chunks or []
        self.blobs = blobs or []


class Archive:
    def __init__(self):
        self.version = vnum(1, 16)
        self.int_size = 4
        self.off_size = 8
        self.fmt = FMT_CUSTOM
        self.algorithm = ALGO_NONE
        self.level = 0  # the stored level for archives < 1.15
        self.created = [0, 0, 0, 1, 0, 100, 0]
        self.dbname = None
        self.server_version = None
        self.dump_version = None
        self.entries = []
        self.blocks = []  # custom format only, in file order
        self.trailing = b""

    @property
    def vmaj(self):
        return self.version >> 16

    @property
    def vmin(self):
        return (self.version >> 8) & 0xFF

    @property
    def vrev(self):
        return self.version & 0xFF


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.version = vnum(1, 16)
        self.int_size = 4
        self.off_size = 8

    def byte(self):
        if self.pos >= len(self.data):
            raise ArchiveError("unexpected end of file at %d" % self.pos)
        b = self.data[self.pos]
        self.pos += 1
        return b

    def raw(self, n):
        if n < 0 or self.pos + n > len(self.data):
            raise ArchiveError("unexpected end of file reading %d bytes at %d" % (n, self.pos))
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def int(self):
        # ReadInt: sign byte (not in 1.0), then int_size little-endian magnitude bytes,
        # accumulated into a C int (so it wraps like the C code does).
        sign = 0
        if self.version > vnum(1, 0):
            sign = self.byte()
        res = 0
        for i in range(self.int_size):
            res |= self.byte() << (8 * i)
        res &= 0xFFFFFFFF
        if res >= 0x80000000:
            res -= 0x100000000
        if sign:
            res = -res
        return res

    def str(self):
        n = self.int()
        if n < 0:
            return None
        return self.raw(n)

    def offset(self):
        if self.version < vnum(1, 7):
            i = self.int()
            if i < 0:
                return K_OFFSET_POS_NOT_SET, 0
            if i == 0:
                return K_OFFSET_NO_DATA, 0
            return K_OFFSET_POS_SET, i
        flag = self.byte()
        pos = 0
        for i in range(self.off_size):
            pos |= self.byte() << (8 * i)
        return flag, pos


def read_header(r, a):
    if r.raw(5) != b"PGDMP":
        raise ArchiveError("no PGDMP magic")
    vmaj = r.byte()
    vmin = r.byte()
    vrev = r.byte() if (vmaj > 1 or (vmaj == 1 and vmin > 0)) else 0
    a.version = r.version = vnum(vmaj, vmin, vrev)
    a.int_size = r.int_size = r.byte()
    if a.version >= vnum(1, 7):
        a.off_size = r.off_size = r.byte()
    else:
        a.off_size = r.off_size = a.int_size
    a.fmt = r.byte()
    if a.version >= vnum(1, 15):
        a.algorithm = r.byte()
        a.level = None
    elif a.version >= vnum(1, 2):
        a.level = r.byte() if a.version < vnum(1, 4) else r.int()
        a.algorithm = ALGO_GZIP if a.level != 0 else ALGO_NONE
    else:
        a.level = None
        a.algorithm = ALGO_GZIP
    if a.version >= vnum(1, 4):
        a.created = [r.int() for _ in range(7)]
        a.dbname = r.str()
    if a.version >= vnum(1, 10):
        a.server_version = r.str()
        a.dump_version = r.str()


def read_toc(r, a, custom):
    count = r.int()
    for _ in range(count):
        e = Entry()
        e.dump_id = r.int()
        e.had_dumper = r.int()
        if a.version >= vnum(1, 8):
            e.tableoid = r.str()
        e.oid = r.str()
        e.tag = r.str()
        e.desc = r.str()
        if a.version >= vnum(1, 11):
            e.section = r.int()
        e.defn = r.str()
        e.drop_stmt = r.str()
        if a.version >= vnum(1, 3):
            e.copy_stmt = r.str()
        if a.version >= vnum(1, 6):
            e.namespace = r.str()
        if a.version >= vnum(1, 10):
            e.tablespace = r.str()
        if a.version >= vnum(1, 14):
            e.tableam = r.str()
        if a.version >= vnum(1, 16):
            e.relkind = r.int()
        e.owner = r.str()
        if a.version >= vnum(1, 9):
            e.with_oids = r.str()
        if a.version >= vnum(1, 5):
            while True:
                d = r.str()
                if d is None:
                    break
                e.deps.append(d)
        if custom:
            e.offset_flag, e.offset_pos = r.offset()
            if a.version < vnum(1, 7):
                r.int()  # obsolete data size
        else:
            e.filename = r.str()
        a.entries.append(e)


def read_chunks(r):
    chunks = []
    while True:
        n = r.int()
        if n == 0:
            return chunks
        if n < 0:
            raise ArchiveError("negative chunk length at %d" % r.pos)
        chunks.append(r.raw(n))


def read_blocks(r, a):
    """Read data blocks until EOF; stop (keeping the rest as trailing bytes) at anything that
    is not a block of a data-bearing TOC entry (the pg_dump -Fc > file quirk)."""
    wanted = {e.dump_id for e in a.entries if e.had_dumper}
    seen = set()
    while r.pos < len(r.data):
        start = r.pos
        try:
            btype = BLK_DATA if a.version < vnum(1, 3) else r.byte()
            did = r.int()
            if btype not in (BLK_DATA, BLK_BLOBS) or did not in wanted or did in seen:
                raise ArchiveError("not a block")
            if btype == BLK_DATA:
                a.blocks.append(Block(btype, did, chunks=read_chunks(r)))
            else:
                blobs = []
                while True:
                    oid = r.int() & 0xFFFFFFFF
                    if oid == 0:
                        break
                    blobs.append((oid, read_chunks(r)))
                a.blocks.append(Block(btype, did, blobs=blobs))
            seen.add(did)
        except ArchiveError:
            r.pos = start
            break
        if seen == wanted:
            break
    a.trailing = r.data[r.pos:]


def read_custom(data):
    r = Reader(data)
    a = Archive()
    read_header(r, a)
    if a.fmt != FMT_CUSTOM:
        raise ArchiveError("not a custom archive (format byte %d)" % a.fmt)
    read_toc(r, a, custom=True)
    read_blocks(r, a)
    return a


def read_toc_dat(data):
    """Parse a directory or tar toc.dat (no data blocks)."""
    r = Reader(data)
    a = Archive()
    read_header(r, a)
    read_toc(r, a, custom=False)
    a.trailing = data[r.pos:]
    return a


def decompress(a, chunks):
    raw = b"".join(chunks)
    if a.algorithm == ALGO_NONE:
        return raw
    if a.algorithm == ALGO_GZIP:
        return zlib.decompress(raw)
    raise ArchiveError("compression algorithm %d not supported by this helper" % a.algorithm)


# ---------------------------------------------------------------------------------------------
# Writer


class Writer:
    def __init__(self, version, int_size=4, off_size=8):
        self.version = version
        self.int_size = int_size
        self.off_size = off_size
        self.out = bytearray()

    def byte(self, b):
        self.out.append(b & 0xFF)

    def raw(self, b):
        self.out += b

    def int(self, i):
        # WriteInt: sign byte + magnitude (1.0: no sign byte; the C reader accumulates the
        # bytes into an int, so negatives are written as two's complement there).
        if self.version > vnum(1, 0):
            if i < 0:
                self.byte(1)
                i = -i
            else:
                self.byte(0)
        else:
            i &= 0xFFFFFFFF
        for _ in range(self.int_size):
            self.byte(i & 0xFF)
            i >>= 8

    def str(self, s):
        if s is None:
            self.int(-1)
        else:
            self.int(len(s))
            self.raw(s)

    def offset(self, flag, pos):
        if self.version < vnum(1, 7):
            if flag == K_OFFSET_POS_SET:
                self.int(pos)
            elif flag == K_OFFSET_POS_NOT_SET:
                self.int(-1)
            else:
                self.int(0)
            self.int(0)  # obsolete data size, read and discarded by _ReadExtraToc
            return
        self.byte(flag)
        for _ in range(self.off_size):
            self.byte(pos & 0xFF)
            pos >>= 8


def write_header(w, a):
    v = w.version
    w.raw(b"PGDMP")
    w.byte(v >> 16)
    w.byte((v >> 8) & 0xFF)
    if v > vnum(1, 0):
        w.byte(v & 0xFF)
    w.byte(w.int_size)
    if v >= vnum(1, 7):
        w.byte(w.off_size)
    w.byte(a.fmt)
    if v >= vnum(1, 15):
        w.byte(a.algorithm)
    elif v >= vnum(1, 4):
        w.int(a.level if a.level is not None else (-1 if a.algorithm == ALGO_GZIP else 0))
    elif v >= vnum(1, 2):
        lvl = a.level if a.level is not None else (-1 if a.algorithm == ALGO_GZIP else 0)
        w.byte(lvl)
    if v >= vnum(1, 4):
        for x in a.created:
            w.int(x)
        w.str(a.dbname)
    if v >= vnum(1, 10):
        w.str(a.server_version)
        w.str(a.dump_version)


def write_toc(w, a, custom):
    v = w.version
    w.int(len(a.entries))
    for e in a.entries:
        w.int(e.dump_id)
        w.int(e.had_dumper)
        if v >= vnum(1, 8):
            w.str(e.tableoid)
        w.str(e.oid)
        w.str(e.tag)
        w.str(e.desc)
        if v >= vnum(1, 11):
            w.int(e.section)
        w.str(e.defn)
        w.str(e.drop_stmt)
        if v >= vnum(1, 3):
            w.str(e.copy_stmt)
        if v >= vnum(1, 6):
            w.str(e.namespace)
        if v >= vnum(1, 10):
            w.str(e.tablespace)
        if v >= vnum(1, 14):
            w.str(e.tableam)
        if v >= vnum(1, 16):
            w.int(e.relkind)
        w.str(e.owner)
        if v >= vnum(1, 9):
            w.str(e.with_oids)
        if v >= vnum(1, 5):
            for d in e.deps:
                w.str(d)
            w.str(None)
        if custom:
            w.offset(e.offset_flag, e.offset_pos)
        else:
            w.str(e.filename)


def write_chunks(w, chunks):
    for c in chunks:
        if c:
            w.int(len(c))
            w.raw(c)
    w.int(0)


def write_block(w, b):
    if w.version >= vnum(1, 3):
        w.byte(b.btype)
    w.int(b.dump_id)
    if b.btype == BLK_DATA:
        write_chunks(w, b.chunks)
    else:
        for oid, chunks in b.blobs:
            # OIDs travel through the signed int encoding (OID >= 2^31 becomes negative).
            w.int(oid - 0x100000000 if oid >= 0x80000000 else oid)
            write_chunks(w, chunks)
        w.int(0)


def write_custom(a, version, int_size=4, off_size=8):
    """Serialise `a` as a custom archive of `version`, with every data offset set."""
    # Offsets have a fixed width, so one trial pass gives the TOC length.
    def build():
        w = Writer(version, int_size, off_size)
        write_header(w, a)
        write_toc(w, a, custom=True)
        return w

    by_id = {e.dump_id: e for e in a.entries}
    w = build()
    pos = len(w.out)
    for b in a.blocks:
        e = by_id[b.dump_id]
        e.offset_flag, e.offset_pos = K_OFFSET_POS_SET, pos
        bw = Writer(version, int_size, off_size)
        write_block(bw, b)
        pos += len(bw.out)
    for e in a.entries:
        if e.dump_id not in {b.dump_id for b in a.blocks}:
            e.offset_flag, e.offset_pos = K_OFFSET_NO_DATA, 0
    w = build()
    for b in a.blocks:
        write_block(w, b)
    return bytes(w.out)


def zlib_chunks(data, size=4096):
    """Compress like pg_dump's gzip custom writer: one zlib stream cut into chunks."""
    z = zlib.compress(data)
    return [z[i:i + size] for i in range(0, len(z), size)] or [z]
