#!/usr/bin/env bash
# Rebuild everything under testdata/ (archives/, golden/, VERSIONS.txt) from real PostgreSQL
# programs. Run by hand, not in CI:
#
#   PGDUMPKIT_TOOLCHAIN=<dir> testdata/generate.sh
#
# <dir> holds <major>/bin/{initdb,pg_ctl,postgres,pg_dump,pg_restore,psql} for majors 13, 15,
# 16, 17 and 18. The script starts one throwaway server per major (initdb into a temporary
# directory, Unix socket and lock files in that directory, no TCP), loads the same fixture SQL
# into each, dumps it with the pg_dump of the same major in every format, derives synthetic
# pre-1.14 archives, and records pg_restore 18 output as golden files. When run as root the
# servers run as user `postgres` (PostgreSQL refuses to run as root).
#
# Optional: PGDUMPKIT_GEN_MAJORS="13 18" limits the majors (goldens then cover fewer archives).
# Needs python3 (tools/*.py). Output is staged in a temporary directory and replaces
# testdata/archives, testdata/golden and testdata/VERSIONS.txt only at the end.
set -euo pipefail

tc=${PGDUMPKIT_TOOLCHAIN:?set PGDUMPKIT_TOOLCHAIN to the directory holding <major>/bin/...}
tc=$(cd "$tc" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tools=$here/tools
majors=${PGDUMPKIT_GEN_MAJORS:-13 15 16 17 18}

# Fixed environment: timestamps in UTC, no inherited libpq settings.
export TZ=UTC PGTZ=UTC LC_ALL=C LANG=C PYTHONDONTWRITEBYTECODE=1
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGOPTIONS PGCLIENTENCODING PGSERVICE \
  PGSERVICEFILE PGPASSWORD PGPASSFILE PGSSLMODE PGDATESTYLE PGAPPNAME PG_COLOR || true
export PG_COLOR=never

for m in $majors 18; do
  for p in initdb pg_ctl postgres pg_dump psql; do
    [[ -x $tc/$m/bin/$p ]] || { echo "generate.sh: missing $tc/$m/bin/$p" >&2; exit 1; }
  done
done
[[ -x $tc/18/bin/pg_restore ]] || { echo "generate.sh: missing pg_restore 18" >&2; exit 1; }
command -v python3 >/dev/null || { echo "generate.sh: python3 is required" >&2; exit 1; }

work=$(mktemp -d -t pgdumpkit-gen.XXXXXX)
chmod 755 "$work"
out=$work/testdata
mkdir -p "$out/archives" "$out/golden"

if [[ $(id -u) == 0 ]]; then
  as_server() { runuser -u postgres -- "$@"; }
  server_owner=postgres
else
  as_server() { "$@"; }
  server_owner=$(id -un)
fi

running=()
cleanup() {
  local d
  for d in "${running[@]}"; do
    as_server "$tc/${d%%:*}/bin/pg_ctl" -D "${d#*:}" -m immediate stop >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Per-major connection state, set by start_server.
sock= port=
start_server() { # start_server MAJOR
  local m=$1 base=$work/srv$1
  mkdir -p "$base/ts"
  chown -R "$server_owner" "$base"
  as_server "$tc/$m/bin/initdb" -D "$base/data" -U postgres -A trust -E UTF8 --locale=C \
    --no-sync >"$base/initdb.log" 2>&1 || { cat "$base/initdb.log" >&2; return 1; }
  port=$((55000 + m))
  sock=$base
  as_server "$tc/$m/bin/pg_ctl" -D "$base/data" -l "$base/server.log" -w \
    -o "-p $port -k $sock -c listen_addresses='' -c fsync=off -c full_page_writes=off -c wal_level=logical -c TimeZone=UTC" \
    start >/dev/null || { cat "$base/server.log" >&2; return 1; }
  running+=("$m:$base/data")
}
stop_server() { # stop_server MAJOR
  local m=$1 base=$work/srv$1 keep=() d
  as_server "$tc/$m/bin/pg_ctl" -D "$base/data" -m fast -w stop >/dev/null
  for d in "${running[@]}"; do [[ $d == "$m:$base/data" ]] || keep+=("$d"); done
  running=("${keep[@]}")
}
psql_m() { # psql_m MAJOR DB ARGS...: psql of that major, quiet, stop on error
  local m=$1 db=$2; shift 2
  "$tc/$m/bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d "$db" "$@"
}

load_fixtures() { # load_fixtures MAJOR
  local m=$1 many=12
  ((m >= 17)) && many=1005
  psql_m "$m" postgres -v tsdir="$work/srv$m/ts" -f "$tools/cluster.sql"
  psql_m "$m" postgres -c "CREATE DATABASE fix TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
  psql_m "$m" fix -f "$tools/fixture.sql" >/dev/null
  psql_m "$m" postgres -c "CREATE DATABASE lobs TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
  psql_m "$m" lobs -v many=$many -f "$tools/lobs.sql" >/dev/null
  psql_m "$m" postgres -c "CREATE DATABASE latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'"
  PGCLIENTENCODING=UTF8 psql_m "$m" latin1 -f "$tools/latin1.sql"
}

dump() { # dump MAJOR DB ARGS...
  local m=$1 db=$2; shift 2
  "$tc/$m/bin/pg_dump" -h "$sock" -p "$port" -U postgres -d "$db" "$@"
}

supports() { # supports MAJOR ALGO: does this pg_dump build compress with ALGO?
  local m=$1 algo=$2 probe=$work/probe.$1.$2
  if dump "$m" postgres -Fc -Z "$algo" -f "$probe" >/dev/null 2>&1; then
    rm -f "$probe"
    return 0
  fi
  rm -f "$probe"
  return 1
}

notes=()
make_archives() { # make_archives MAJOR
  local m=$1 d=$out/archives/pg$1 algo
  mkdir -p "$d"
  dump "$m" fix -Fc -f "$d/fix.custom.gzip.dump"
  dump "$m" fix -Fc -Z0 -f "$d/fix.custom.none.dump"
  dump "$m" fix -Fc | cat >"$d/fix.custom.gzip.pipe.dump"
  dump "$m" fix -Fd -f "$d/fix.dir.gzip"
  dump "$m" fix -Fd -Z0 -f "$d/fix.dir.none"
  dump "$m" fix -Ft -f "$d/fix.tar"
  if ((m >= 16)); then
    # stdout redirected to a file: pg_dump 16+ leaves the offsets unset and appends a second
    # TOC after the data (its append-mode stdout defeats the TOC rewrite in _CloseArchive).
    dump "$m" fix -Fc >"$d/fix.custom.gzip.stdout.dump"
  fi
  if ((m >= 16)); then
    for algo in lz4 zstd; do
      if supports "$m" "$algo"; then
        dump "$m" fix -Fc -Z "$algo" -f "$d/fix.custom.$algo.dump"
        dump "$m" fix -Fd -Z "$algo" -f "$d/fix.dir.$algo"
      else
        notes+=("pg_dump $m: this build has no $algo support; no $algo archives")
      fi
    done
  fi
  if ((m == 13 || m == 18)); then
    # INSERT-format data; the 5000-row table's data is left out to keep scripts small.
    dump "$m" fix -Fc --inserts --exclude-table-data=public.big -f "$d/fix.custom.inserts.dump"
  fi
  if ((m == 18)); then
    dump "$m" fix -Fc --rows-per-insert=3 --exclude-table-data=public.big -f "$d/fix.custom.rows3.dump"
    dump "$m" fix -Fc --column-inserts --exclude-table-data=public.big -f "$d/fix.custom.colinserts.dump"
    dump "$m" fix -Fc -Z0 | cat >"$d/fix.custom.none.pipe.dump"
    dump "$m" fix -Fc --statistics -f "$d/fix.custom.stats.dump"
    dump "$m" fix -Fd --statistics -f "$d/fix.dir.stats"
  fi
  if ((m == 13)); then
    # Sources of the synthetic archives (archive version 1.14), not kept: `fix` without the
    # data of the 5000-row table, since the synthetic archives test the format, not volume.
    dump "$m" fix -Fc --exclude-table-data=public.big -f "$work/syn-src.gzip.dump"
    dump "$m" fix -Fc -Z0 --exclude-table-data=public.big -f "$work/syn-src.none.dump"
  fi
  dump "$m" lobs -Fc -f "$d/lobs.custom.dump"
  # 1008 LOs make a directory archive of 2000+ files and a tar of 1 KiB per LO: 18 keeps the
  # directory form, 17 neither, and neither keeps a tar (fix.tar of 17 and 18 already holds
  # several BLOBS groups).
  ((m == 17)) || dump "$m" lobs -Fd -f "$d/lobs.dir"
  ((m >= 17)) || dump "$m" lobs -Ft -f "$d/lobs.tar"
  if ((m == 13 || m == 18)); then
    dump "$m" latin1 -Fc -f "$d/latin1.custom.dump"
  fi
}

versions=$out/VERSIONS.txt
{
  echo "# Programs that made the files under testdata/ (written by generate.sh)."
  echo "# major<TAB>program<TAB>--version output"
} >"$versions"
record_versions() { # record_versions MAJOR
  local m=$1 p
  for p in postgres pg_dump psql; do
    printf '%s\t%s\t%s\n' "$m" "$p" "$("$tc/$m/bin/$p" --version)" >>"$versions"
  done
}

# ---- servers and archives ---------------------------------------------------------------------
have18=0
for m in $majors; do
  [[ $m == 18 ]] && { have18=1; continue; }
  echo "== PostgreSQL $m"
  start_server "$m"
  load_fixtures "$m"
  make_archives "$m"
  record_versions "$m"
  stop_server "$m"
done
# 18 last: its server stays up for the cat goldens (CSV made by the server itself).
echo "== PostgreSQL 18"
start_server 18
if ((have18)); then
  load_fixtures 18
  make_archives 18
else
  load_fixtures 18
fi
record_versions 18
printf '18\tpg_restore\t%s\n' "$("$tc/18/bin/pg_restore" --version)" >>"$versions"
printf -- '-\tpython3\t%s\n' "$(python3 --version 2>&1)" >>"$versions"

# ---- synthetic old-version archives -----------------------------------------------------------
if [[ -f $work/syn-src.gzip.dump ]]; then
  echo "== synthetic archives"
  syn=$out/archives/synthetic
  mkdir -p "$syn"
  # Sources: made by make_archives 13 (see there).
  python3 "$tools/downgrade.py" "$work/syn-src.gzip.dump" "$syn" fix gzip >/dev/null
  # Uncompressed variants only where the layout changes in a way that matters for them.
  python3 "$tools/downgrade.py" "$work/syn-src.none.dump" "$syn" fix none 2 6 10 13 >/dev/null
  for f in "$syn"/*.dump; do
    if ! "$tc/18/bin/pg_restore" -l "$f" >/dev/null 2>&1 ||
      ! "$tc/18/bin/pg_restore" -f - "$f" >/dev/null 2>&1; then
      notes+=("synthetic ${f##*/}: rejected by pg_restore 18, dropped")
      rm -f "$f"
    fi
  done
fi

# ---- golden files -----------------------------------------------------------------------------
echo "== golden files"
(cd "$out" && python3 "$tools/goldens.py" lists-scripts "$tc/18/bin/pg_restore")
(cd "$out" && PGHOST=$sock PGPORT=$port PGUSER=postgres \
  python3 "$tools/goldens.py" cat "$tc/18/bin/pg_restore" "$tc/18/bin/psql")
stop_server 18

for n in "${notes[@]}"; do printf '# note: %s\n' "$n" >>"$versions"; done

# Nothing generated may name a path of this machine.
if grep -rlaF -e "$work" -e "$tc" "$out" >/dev/null 2>&1; then
  echo "generate.sh: generated files mention a local path:" >&2
  grep -rlaF -e "$work" -e "$tc" "$out" >&2
  exit 1
fi

# ---- install ----------------------------------------------------------------------------------
rm -rf "$here/archives" "$here/golden"
cp -a "$out/archives" "$out/golden" "$out/VERSIONS.txt" "$here/"
chmod -R a+rX "$here/archives" "$here/golden" "$here/VERSIONS.txt"
chown -R --reference="$here" "$here/archives" "$here/golden" "$here/VERSIONS.txt" 2>/dev/null || true
du -sh "$here"
for n in "${notes[@]}"; do echo "note: $n"; done
echo "done"
