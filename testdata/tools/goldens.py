#!/usr/bin/env python3
"""Record pg_restore 18 output as golden files. Run by generate.sh with the staging testdata
directory as the working directory, so that every path passed to pg_restore (and therefore
every path that can appear in its messages) is relative to testdata/.

    goldens.py lists-scripts PG_RESTORE
    goldens.py cat PG_RESTORE PSQL      (PGHOST/PGPORT/PGUSER point at the 18 server)

Layout written (all under golden/):
  list/<key>.<case>.txt|.rc|.err     pg_restore -l output, exit code, stderr (when non-empty)
  list/cases.tsv
  script/<key>.<case>.sql|.rc|.err   pg_restore -f - --restrict-key TESTKEY output; a result
                                     identical (stdout, rc and stderr) to one already written
                                     is not written again: cases.tsv points at the first file
  script/cases.tsv
  lists/<key>.list, lists/filter.txt input files for -L and --filter cases
  cat/<key>.<schema>.<table>.copy|.csv|.header.csv, cat/cases.tsv
<key> is the archive path below archives/ with '/' replaced by '__'.

TSV files (ASCII): first line is a '#' header; fields are separated by TAB; inside a field
the bytes backslash, TAB, newline and carriage return are written as \\\\, \\t, \\n, \\r and
any other byte below 0x20 or above 0x7E as \\xHH (two upper-case hex digits). Names are the
archive's raw bytes (LATIN1 for the latin1 archive, UTF-8 otherwise).
"""

import hashlib
import os
import subprocess
import sys

import pgarchive as pa

RESTRICT_KEY = "TESTKEY"

# Archives that get the selector cases for -l (besides the "default" case every archive gets).
LIST_SELECTOR_ARCHIVES = [
    "archives/pg18/fix.custom.gzip.dump",
    "archives/pg13/fix.custom.gzip.dump",
    "archives/pg16/fix.tar",
    "archives/synthetic/fix.v1_10.gzip.dump",
]
STATS_ARCHIVES = [
    "archives/pg18/fix.custom.stats.dump",
    "archives/pg18/fix.dir.stats",
]
# Archive whose scripts get the full case matrix.
SCRIPT_FULL_ARCHIVE = "archives/pg18/fix.custom.gzip.dump"
# The large-object archive with the (trimmed) matrix: see LOBS_CASES.
SCRIPT_LOBS_ARCHIVE = "archives/pg18/lobs.custom.dump"
# Synthetic archive with the basic script cases (other synthetic archives get "default").
SCRIPT_SYNTHETIC_BASIC = "archives/synthetic/fix.v1_10.gzip.dump"
CAT_ARCHIVES = [
    # (archive, database on the 18 server, client encoding of that archive)
    ("archives/pg18/fix.custom.gzip.dump", "fix", "UTF8"),
    ("archives/pg18/latin1.custom.dump", "latin1", "LATIN1"),
]

FILTER_FILE = "golden/lists/filter.txt"
FILTER_TEXT = """\
# pgdumpkit fixture filter file (pg_restore --filter)
include table orders
include table customers   # a trailing comment
INCLUDE index orders_status_idx
include trigger orders   orders_trg
include function add(integer,integer)

exclude schema public
"""

LIST_SELECTOR_CASES = [
    ("verbose", ["-v"]),
    ("schema-public", ["-n", "public"]),
    ("exclude-schema-public", ["-N", "public"]),
    ("schema-mixed-case", ["-n", "Mixed Case"]),
    ("table", ["-t", "orders"]),
    ("table-view", ["-t", "v_orders"]),
    ("index", ["-I", "orders_status_idx"]),
    ("function", ["-P", "add(integer, integer)"]),
    ("trigger", ["-T", "orders orders_trg"]),
    ("schema-only", ["-s"]),
    ("data-only", ["-a"]),
    ("section-pre-data", ["--section=pre-data"]),
    ("section-data", ["--section=data"]),
    ("section-post-data", ["--section=post-data"]),
    ("no-acl", ["-x"]),
    ("no-comments", ["--no-comments"]),
    ("create", ["-C"]),
    ("use-list", ["-L", "@LIST"]),
    ("filter", ["--filter", FILTER_FILE]),
    ("strict-names-missing", ["--strict-names", "-t", "nosuchtable"]),
    ("no-pub-sub-pol-seclabel",
     ["--no-publications", "--no-subscriptions", "--no-policies", "--no-security-labels"]),
]
STATS_CASES = [
    ("statistics-only", ["--statistics-only"]),
    ("no-statistics", ["--no-statistics"]),
]

SCRIPT_BASIC_CASES = [
    ("default", []),
    ("schema-only", ["-s"]),
    ("data-only", ["-a"]),
    ("clean-if-exists", ["--clean", "--if-exists"]),
    ("create", ["--create"]),
]
SCRIPT_FULL_CASES = SCRIPT_BASIC_CASES + [
    ("no-owner-no-acl", ["--no-owner", "--no-acl"]),
    ("clean", ["--clean"]),
    ("create-clean", ["--create", "--clean"]),
    ("section-pre-data", ["--section=pre-data"]),
    ("section-data", ["--section=data"]),
    ("section-post-data", ["--section=post-data"]),
    ("single-transaction", ["-1"]),
    ("schema-public", ["-n", "public"]),
    ("table", ["-t", "orders"]),
    ("exclude-schema-public", ["-N", "public"]),
    ("index", ["-I", "orders_status_idx"]),
    ("function", ["-P", "add(integer, integer)"]),
    ("trigger", ["-T", "orders orders_trg"]),
    ("use-list", ["-L", "@LIST"]),
    ("filter", ["--filter", FILTER_FILE]),
    ("disable-triggers", ["--disable-triggers", "-a"]),
    ("disable-triggers-superuser", ["--disable-triggers", "-a", "-S", "alice"]),
    ("set-session-authorization", ["--use-set-session-authorization"]),
    ("transaction-size", ["--transaction-size=10"]),
    ("verbose", ["-v"]),
    ("no-tablespaces-no-tableam", ["--no-tablespaces", "--no-table-access-method"]),
    ("row-security-role", ["--enable-row-security", "--role=alice"]),
    ("no-acl-no-comments", ["-x", "--no-comments"]),
]



# The pg18 lobs archive holds 1008 LOs, so every case that emits them costs ~200 KB of script.
# Large-object semantics (owners, ACL groups, comments, -a, -c, -C, -O, --use-set-session-
# authorization, ...) are covered by the LOs of the `fix` archive; this archive keeps only the
# cases where volume and grouping matter, plus the cheap selector cases.
LOBS_CASES = [c for c in SCRIPT_FULL_CASES if c[0] in {
    "default", "schema-only", "transaction-size", "section-pre-data",
    "section-post-data", "schema-public", "table", "index", "function", "trigger", "use-list",
    "filter"}]


def script_cases(archive):
    """Which script cases an archive gets (trimmed to keep testdata small; see README)."""
    name = os.path.basename(archive)
    if archive == SCRIPT_FULL_ARCHIVE:
        return SCRIPT_FULL_CASES
    if archive == SCRIPT_LOBS_ARCHIVE:
        return LOBS_CASES
    if archive in LIST_SELECTOR_ARCHIVES:
        # -L reorders: fine for a seekable custom file, an error for tar (out-of-order data).
        extra = [c for c in SCRIPT_FULL_CASES if c[0] == "use-list"]
        if "/synthetic/" in archive:
            return SCRIPT_BASIC_CASES + extra
        if "/pg15/" in archive or "/pg16/" in archive or "/pg17/" in archive:
            return SCRIPT_BASIC_CASES[:2] + extra
        return SCRIPT_BASIC_CASES + extra
    if "/synthetic/" in archive:
        return SCRIPT_BASIC_CASES if archive == SCRIPT_SYNTHETIC_BASIC else SCRIPT_BASIC_CASES[:1]
    if ".stats" in name:
        return SCRIPT_BASIC_CASES[:1] + [("statistics-only", ["--statistics-only"])]
    if ".inserts" in name or ".rows3" in name or ".colinserts" in name:
        return SCRIPT_BASIC_CASES[:1]
    if name.startswith("lobs.") and ("/pg17/" in archive or "/pg18/" in archive):
        return []  # 1008 LOs: covered by SCRIPT_LOBS_ARCHIVE
    if "/pg15/" in archive or "/pg16/" in archive or "/pg17/" in archive:
        return SCRIPT_BASIC_CASES[:2]  # default and -s; the others on 13 and 18 only
    return SCRIPT_BASIC_CASES


def archive_order(archive):
    """Archives whose names should carry deduplicated script goldens come first."""
    first = [SCRIPT_FULL_ARCHIVE, SCRIPT_LOBS_ARCHIVE] + LIST_SELECTOR_ARCHIVES
    if archive in first:
        return (0, first.index(archive), archive)
    name = os.path.basename(archive)
    return (1, 0 if ".custom.gzip.dump" in name or name.endswith("custom.dump") else 1, archive)


def esc(field):
    """TSV field escaping: the result is pure ASCII (see the module docstring)."""
    raw = field if isinstance(field, bytes) else field.encode("utf-8")
    named = {0x5C: "\\\\", 0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
    out = []
    for c in raw:
        if c in named:
            out.append(named[c])
        elif c < 0x20 or c >= 0x7F:
            out.append("\\x%02X" % c)
        else:
            out.append(chr(c))
    return "".join(out)


def write_tsv(path, header, rows):
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("# " + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(esc(x) for x in r) + "\n")


def find_archives():
    found = []
    for root, dirs, files in os.walk("archives"):
        dirs.sort()
        if "toc.dat" in files:
            found.append(root)
            dirs[:] = []
            continue
        for f in sorted(files):
            if f.endswith(".dump") or f.endswith(".tar"):
                found.append(os.path.join(root, f))
    return sorted(found)


def key_of(archive):
    rel = os.path.relpath(archive, "archives")
    return rel.replace("/", "__")


def run(cmd, env=None):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return p.stdout, p.returncode, p.stderr


def list_entries(pg_restore, archive):
    out, rc, _ = run([pg_restore, "-l", archive])
    if rc != 0:
        return []
    return [ln for ln in out.decode("latin-1").split("\n") if ln and not ln.startswith(";")]


def make_list_file(pg_restore, archive):
    """A reordered -l list for `archive`: a few related entries in reverse dependency order,
    plus a comment, a line pg_restore ignores with a warning, and a repeated id."""
    lines = list_entries(pg_restore, archive)

    def pick(desc, tag, ns=None):
        # "<id>; <tableoid> <oid> <desc> <namespace> <tag> <owner>"
        want = "%s %s %s " % (desc, ns or "-", tag)
        for ln in lines:
            head, _, rest = ln.partition("; ")
            fields = rest.split(" ", 2)
            if len(fields) == 3 and fields[2].startswith(want):
                return ln
        return None

    wanted = [
        pick("FK CONSTRAINT", "orders orders_customer_id_fkey", "app"),
        pick("CONSTRAINT", "orders orders_pkey", "app"),
        pick("TABLE DATA", "orders", "app"),
        pick("TABLE", "orders", "app"),
        pick("TABLE DATA", "customers", "app"),
        pick("TABLE", "customers", "app"),
        pick("SCHEMA", "app"),
        pick("COMMENT", "TABLE orders", "app"),
    ]
    # For the lobs archive: the small LOs (30001..30003 group, 4000000000), data before
    # metadata, and the ACL of the group.
    small = [ln for ln in lines if (" 3000" in ln or " 4000000000" in ln) and "BLOB" in ln]
    small += [ln for ln in lines if " ACL - LARGE OBJECT" in ln and " 3000" in ln]
    chosen = [w for w in wanted if w]
    if not chosen:
        chosen = list(reversed(small)) or list(reversed(lines[-6:]))
    text = "; reordered list for %s (made by goldens.py)\n" % archive
    text += "\n".join(chosen[: len(chosen) // 2]) + "\n"
    text += "not a dump id\n"
    text += "\n".join(chosen[len(chosen) // 2:]) + "\n"
    text += chosen[0].split(";")[0] + "; repeated id: ignored with a warning\n"
    path = "golden/lists/%s.list" % key_of(archive)
    with open(path, "w", encoding="latin-1", newline="\n") as f:
        f.write(text)
    return path


class Recorder:
    def __init__(self, pg_restore, subdir, ext, dedup):
        self.pg_restore = pg_restore
        self.subdir = subdir
        self.ext = ext
        self.dedup = dedup
        self.seen = {}
        self.rows = []
        self.lists = {}

    def list_file(self, archive):
        if archive not in self.lists:
            self.lists[archive] = make_list_file(self.pg_restore, archive)
        return self.lists[archive]

    def record(self, archive, case, args):
        args = [self.list_file(archive) if a == "@LIST" else a for a in args]
        out, rc, err = run([self.pg_restore] + args + [archive])
        base = "golden/%s/%s.%s" % (self.subdir, key_of(archive), case)
        digest = hashlib.sha256(out + b"\0" + str(rc).encode() + b"\0" + err).hexdigest()
        if self.dedup and digest in self.seen:
            base = self.seen[digest]
        else:
            self.seen[digest] = base
            with open(base + self.ext, "wb") as f:
                f.write(out)
            with open(base + ".rc", "w") as f:
                f.write("%d\n" % rc)
            if err:
                with open(base + ".err", "wb") as f:
                    f.write(err)
        self.rows.append([archive, case, base + self.ext, base + ".rc",
                          base + ".err" if err else "-"] + args)


def lists_scripts(pg_restore):
    for d in ("golden/list", "golden/script", "golden/lists"):
        os.makedirs(d, exist_ok=True)
    with open(FILTER_FILE, "w", newline="\n") as f:
        f.write(FILTER_TEXT)
    archives = find_archives()

    lst = Recorder(pg_restore, "list", ".txt", dedup=False)
    for a in sorted(archives, key=archive_order):
        lst.record(a, "default", ["-l"])
        if a in LIST_SELECTOR_ARCHIVES:
            for case, args in LIST_SELECTOR_CASES:
                lst.record(a, case, ["-l"] + args)
        if a in STATS_ARCHIVES:
            for case, args in STATS_CASES:
                lst.record(a, case, ["-l"] + args)
    header = ["archive", "case", "stdout", "rc", "stderr", "args..."]
    write_tsv("golden/list/cases.tsv", header, lst.rows)

    scr = Recorder(pg_restore, "script", ".sql", dedup=True)
    scr.lists = lst.lists
    prefix = ["-f", "-", "--restrict-key", RESTRICT_KEY]
    for a in sorted(archives, key=archive_order):
        for case, args in script_cases(a):
            scr.record(a, case, prefix + args)
    write_tsv("golden/script/cases.tsv", header, scr.rows)
    print("list goldens: %d cases; script goldens: %d cases, %d distinct files"
          % (len(lst.rows), len(scr.rows), len(scr.seen)))


def name_part(b):
    """File-name-safe form of an identifier: bytes outside [A-Za-z0-9_-] as %XX."""
    ok = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(chr(c) if c in ok else "%%%02X" % c for c in b)


def copy_rows(script, copy_stmt):
    """The bytes between the COPY statement and its terminating \\. line."""
    i = script.find(copy_stmt)
    if i < 0:
        raise RuntimeError("COPY statement not found in script: %r" % copy_stmt)
    start = pos = i + len(copy_stmt)
    while True:
        nl = script.find(b"\n", pos)
        if nl < 0:
            raise RuntimeError("unterminated COPY data for %r" % copy_stmt)
        if script[pos:nl] == b"\\.":
            return script[start:pos]
        pos = nl + 1


def cat(pg_restore, psql):
    os.makedirs("golden/cat", exist_ok=True)
    rows = []
    for archive, db, encoding in CAT_ARCHIVES:
        if not os.path.exists(archive):
            continue
        with open(archive, "rb") as f:
            arch = pa.read_custom(f.read())
        env = dict(os.environ)
        env["PGCLIENTENCODING"] = encoding
        # The session settings pg_dump uses (setup_connection in pg_dump.c), so that the
        # server renders values exactly as they are in the archive.
        env["PGOPTIONS"] = "-c DateStyle=ISO -c IntervalStyle=postgres -c extra_float_digits=3"
        for e in arch.entries:
            if e.desc != b"TABLE DATA" or not e.copy_stmt:
                continue
            key = "golden/cat/%s.%s.%s" % (key_of(archive), name_part(e.namespace),
                                           name_part(e.tag))
            script, rc, err = run([pg_restore, "-a", "-n", e.namespace, "-t", e.tag, "-f", "-",
                                   "--restrict-key", RESTRICT_KEY, archive])
            if rc != 0:
                raise RuntimeError("pg_restore failed for %r: %r" % (e.tag, err))
            data = copy_rows(script, e.copy_stmt)
            target = e.copy_stmt[len(b"COPY "):-len(b" FROM stdin;\n")]
            base = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db]
            text, rc1, err1 = run(base + ["-c", b"COPY " + target + b" TO STDOUT"], env)
            if rc1 != 0 or text != data:
                raise RuntimeError("server COPY text differs from archive for %r: %r" % (e.tag, err1))
            csv, rc2, err2 = run(base + ["-c", b"COPY " + target + b" TO STDOUT WITH (FORMAT csv)"], env)
            hcsv, rc3, err3 = run(
                base + ["-c", b"COPY " + target + b" TO STDOUT WITH (FORMAT csv, HEADER)"], env)
            if rc2 or rc3:
                raise RuntimeError("COPY csv failed for %r: %r %r" % (e.tag, err2, err3))
            for fmt, ext, content in (("copy", ".copy", data), ("csv", ".csv", csv),
                                      ("csv-header", ".header.csv", hcsv)):
                with open(key + ext, "wb") as f:
                    f.write(content)
                rows.append([archive, e.namespace, e.tag, fmt, key + ext])
    write_tsv("golden/cat/cases.tsv", ["archive", "schema", "table", "format", "file"], rows)
    print("cat goldens: %d files" % len(rows))


def main(argv):
    if len(argv) >= 3 and argv[1] == "lists-scripts":
        lists_scripts(argv[2])
        return 0
    if len(argv) >= 4 and argv[1] == "cat":
        cat(argv[2], argv[3])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
