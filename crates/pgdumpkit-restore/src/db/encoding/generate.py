#!/usr/bin/env python3
"""Write tables/<ENCODING>.bin: the server's own conversion of each encoding to UTF-8, as
PostgreSQL's convert_from() does it (utf8_and_*.c). Run by hand, not in CI:

    crates/pgdumpkit-restore/src/db/encoding/generate.py [PG_BIN_DIR]

PG_BIN_DIR (default: `pg_config --bindir`) holds initdb, pg_ctl, postgres and psql. A throwaway
server is started in a temporary directory (Unix socket only; as user `postgres` when run as
root) and stopped at the end.

A table is little-endian u16 values: first 128 for the bytes 0x80-0xFF, then, for a multibyte
encoding, one plane of 128 x 128 values for the two-byte sequences 0x80-0xFF 0x80-0xFF, and for
EUC_JP a second plane for the three-byte sequences 0x8F 0x80-0xFF 0x80-0xFF. A value is the
code point (all of them are in the BMP), or 0: invalid byte sequence (SQLSTATE 22021), 1: no
equivalent in UTF-8 (22P05), 2: the first byte of a longer sequence (single bytes only).
"""

import os
import shutil
import struct
import subprocess
import sys
import tempfile

SINGLE = [
    "LATIN1", "LATIN2", "LATIN3", "LATIN4", "LATIN5", "LATIN6", "LATIN7", "LATIN8", "LATIN9",
    "LATIN10", "ISO_8859_5", "ISO_8859_6", "ISO_8859_7", "ISO_8859_8", "WIN1250", "WIN1251",
    "WIN1252", "WIN1253", "WIN1254", "WIN1255", "WIN1256", "WIN1257", "WIN1258", "WIN866",
    "WIN874", "KOI8R", "KOI8U",
]
# name -> number of planes (two-byte, then EUC_JP's three-byte SS3 plane)
MULTI = {"EUC_JP": 2, "EUC_KR": 1, "EUC_CN": 1}
INVALID, UNTRANSLATABLE, LEAD = 0, 1, 2

FUNCTION = """
CREATE FUNCTION try_conv(b bytea, enc name) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN encode(convert_to(convert_from(b, enc), 'UTF8'), 'hex');
EXCEPTION
  WHEN character_not_in_repertoire THEN RETURN 'INV';
  WHEN untranslatable_character THEN RETURN 'UNT';
END $$;
"""


def main():
    bindir = sys.argv[1] if len(sys.argv) > 1 else subprocess.check_output(
        ["pg_config", "--bindir"], text=True).strip()
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = os.path.join(here, "tables")
    work = tempfile.mkdtemp(prefix="pgdumpkit-enc.")
    os.chmod(work, 0o755)
    as_server = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    if as_server:
        shutil.chown(work, "postgres")
    data = os.path.join(work, "data")
    port = "55123"
    started = False
    try:
        subprocess.run(as_server + [f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A",
                                    "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(as_server + [f"{bindir}/pg_ctl", "-D", data, "-w", "-l",
                                    os.path.join(work, "log"), "-o",
                                    f"-p {port} -k {work} -c listen_addresses=''", "start"],
                       check=True, stdout=subprocess.DEVNULL)
        started = True

        def psql(sql):
            return subprocess.run(
                [f"{bindir}/psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", work,
                 "-p", port, "-U", "postgres", "-d", "postgres", "-f", "-"],
                input=sql, text=True, check=True, capture_output=True).stdout

        psql(FUNCTION)

        def convert(name, seqs):
            values = ",".join(f"('{s.hex()}')" for s in seqs)
            rows = psql(f"SELECT try_conv(decode(h, 'hex'), '{name}') "
                        f"FROM (VALUES {values}) v(h);").splitlines()
            assert len(rows) == len(seqs), name
            result = []
            for seq, r in zip(seqs, rows):
                if r == "INV":
                    result.append(INVALID)
                elif r == "UNT":
                    result.append(UNTRANSLATABLE)
                else:
                    text = bytes.fromhex(r).decode("utf-8")
                    if len(text) != 1 or ord(text) > 0xFFFF or ord(text) < 0x80:
                        sys.exit(f"{name} {seq.hex()}: {text!r} is not one BMP character")
                    result.append(ord(text))
            return result

        os.makedirs(out_dir, exist_ok=True)
        highs = [bytes([b]) for b in range(0x80, 0x100)]
        for name in SINGLE:
            write(out_dir, name, convert(name, highs))
        for name, planes in MULTI.items():
            pairs = [bytes([l, t]) for l in range(0x80, 0x100) for t in range(0x80, 0x100)]
            values = [LEAD] * 128
            values += convert(name, pairs)
            if planes > 1:
                values += convert(name, [b"\x8f" + p for p in pairs])
            write(out_dir, name, values)
    finally:
        if started:
            subprocess.run(as_server + [f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "-w",
                                        "stop"], stdout=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


def write(out_dir, name, values):
    with open(os.path.join(out_dir, f"{name}.bin"), "wb") as f:
        f.write(struct.pack(f"<{len(values)}H", *values))
    print(f"{name}: {len(values)} values")


if __name__ == "__main__":
    main()
