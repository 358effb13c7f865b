#!/usr/bin/env bash
# Benchmarks pgdumpkit against pg_restore 18 on the same machine in the same run, and reports
# ratios (the absolute numbers of a shared, noisy machine mean little on their own).
# See benches/README.md for what is measured and how; `benches/run.sh --help` for usage.
set -euo pipefail
# One brace group, closed by `exit` at the end of the file: bash parses all of it before running,
# so editing this file while a long benchmark runs cannot change what that run executes.
# (shellcheck 0.9 then wrongly calls every function body unreachable: SC2317.)
# shellcheck disable=SC2317
{
# Decimal points, sort order and number formats must not depend on the caller's locale.
export LC_ALL=C

# Bump when gen.sql or the list of dumps changes: cached data sets of another version are ignored.
readonly GEN_VERSION=1
readonly ALL_CASES=(cat verify script filter restore)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

usage() {
    cat <<'EOF'
usage: benches/run.sh [gen|cat|verify|script|filter|restore]...

Compares pgdumpkit with pg_restore 18, each measurement a back-to-back pair repeated with
alternating order; prints a Markdown report and writes it to target/bench-results.md.
With no argument every case runs; `gen` only makes sure the data set exists.

environment:
  PGDUMPKIT_TOOLCHAIN     directory holding <major>/bin/{initdb,pg_ctl,postgres,psql,pg_dump,pg_restore}
                          (required; major 18 is used)
  PGDUMPKIT_BENCH_SCALE   rows of the big table `events` (default 4500000, about 1.1 GB;
                          use e.g. 200000 for a quick smoke run)
  PGDUMPKIT_BENCH_REPS    repetitions per tool and case (default 3)
  PGDUMPKIT_BENCH_DIR     where data sets are cached (default target/bench-data in the repo)
  PGDUMPKIT_BIN           pgdumpkit binary (default $CARGO_TARGET_DIR or target, /release/pgdumpkit;
                          built with `cargo build --release -p pgdumpkit-cli` when missing)
EOF
}

cases=()
for arg in "$@"; do
    case $arg in
        gen | cat | verify | script | filter | restore) cases+=("$arg") ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            echo "run.sh: unknown case '$arg'" >&2
            usage >&2
            exit 2
            ;;
    esac
done
[[ ${#cases[@]} -gt 0 ]] || cases=("${ALL_CASES[@]}")
want() {
    local c
    for c in "${cases[@]}"; do [[ $c == "$1" ]] && return 0; done
    return 1
}

die() {
    echo "run.sh: $*" >&2
    exit 1
}
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

scale=${PGDUMPKIT_BENCH_SCALE:-4500000}
reps=${PGDUMPKIT_BENCH_REPS:-3}
bench_dir=${PGDUMPKIT_BENCH_DIR:-$repo/target/bench-data}
[[ $scale =~ ^[1-9][0-9]*$ ]] || die "PGDUMPKIT_BENCH_SCALE must be a positive integer, got '$scale'"
[[ $reps =~ ^[1-9][0-9]*$ ]] || die "PGDUMPKIT_BENCH_REPS must be a positive integer, got '$reps'"
[[ -n ${PGDUMPKIT_TOOLCHAIN-} ]] ||
    die "set PGDUMPKIT_TOOLCHAIN to the directory holding 18/bin/{initdb,pg_ctl,postgres,psql,pg_dump,pg_restore}"
pgbin=$PGDUMPKIT_TOOLCHAIN/18/bin
for p in initdb pg_ctl postgres psql pg_dump pg_restore; do
    [[ -x $pgbin/$p ]] || die "missing $pgbin/$p (PostgreSQL 18 programs are required)"
done
# GNU time reports peak RSS (%M); bash's `time` keyword cannot.
[[ -x /usr/bin/time ]] || die "GNU time is required for peak memory: apt-get install time"
command -v flock >/dev/null || die "flock (util-linux) is required"

mkdir -p "$bench_dir"
bench_dir=$(cd "$bench_dir" && pwd)
dataset=$bench_dir/events-$scale-v$GEN_VERSION
results=$repo/target/bench-results.md

# Paths shown in the report: relative to the repository when inside it, so that the report can
# be pasted into documentation without naming this machine's directories.
show_path() {
    local p=$1
    [[ $p == "$repo/"* ]] && p=${p#"$repo/"}
    printf '%s' "$p"
}

# PostgreSQL refuses to run as root: servers run as `postgres` then; clients run as we are.
if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' user to run the server"
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

# ---------------------------------------------------------------------------------------------
# Throwaway server: a fresh cluster under $bench_dir, Unix socket only in a private directory.

server_dir=""
sock_dir=""
work=""
staging=""

start_server() {
    server_dir=$(mktemp -d "$bench_dir/cluster.XXXXXX")
    sock_dir=$(mktemp -d)
    local port=$((50000 + $$ % 10000))
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$server_dir" "$sock_dir"
        as_pg test -w "$server_dir" ||
            die "user postgres cannot write $server_dir (parent directories must be searchable)"
    fi
    as_pg "$pgbin/initdb" -D "$server_dir/data" -U postgres --auth=trust -E UTF8 --locale=C \
        --no-sync >"$server_dir/initdb.log" 2>&1 || {
        cat "$server_dir/initdb.log" >&2
        die "initdb failed"
    }
    # Durability is irrelevant for a throwaway cluster; turning it off removes disk-flush noise
    # that would hit both tools alike. wal_level=minimal lets a table created and loaded in one
    # transaction skip WAL (gen.sql, and pg_restore's TRUNCATE-before-COPY in parallel mode).
    cat >>"$server_dir/data/postgresql.conf" <<EOF
listen_addresses = ''
port = $port
unix_socket_directories = '$sock_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 8GB
checkpoint_timeout = 30min
shared_buffers = 512MB
maintenance_work_mem = 512MB
autovacuum = off
EOF
    as_pg "$pgbin/pg_ctl" -D "$server_dir/data" -l "$server_dir/server.log" -w -t 120 start \
        >/dev/null || {
        cat "$server_dir/server.log" >&2
        die "the server did not start"
    }
    export PGHOST=$sock_dir PGPORT=$port PGUSER=postgres
    unset PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD
}

stop_server() {
    if [[ -n $server_dir ]]; then
        as_pg "$pgbin/pg_ctl" -D "$server_dir/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$server_dir"
        server_dir=""
    fi
    if [[ -n $sock_dir ]]; then
        rm -rf "$sock_dir"
        sock_dir=""
    fi
}

cleanup() {
    stop_server
    [[ -z $staging ]] || rm -rf "$staging"
    [[ -z $work ]] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_q() { "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
now() { printf '%s' "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------------------------------------
# Data set: generated once per scale, cached, complete only when meta.env exists.

# name|pg_dump arguments (the pipe dump is special-cased: pg_dump sees a pipe, writes no offsets)
readonly DUMPS=(
    "custom-gzip.dump|-Fc"
    "custom-lz4.dump|-Fc -Z lz4"
    "custom-zstd.dump|-Fc -Z zstd"
    "custom-none.dump|-Fc -Z 0"
    "dir-gzip|-Fd"
    "custom-gzip-pipe.dump|-Fc (to a pipe)"
)

ensure_data() {
    exec 9>"$bench_dir/.lock"
    flock 9 # another run.sh generating the same data set: wait for it
    if [[ -f $dataset/meta.env ]]; then
        flock -u 9
        return
    fi
    # Cluster (~1.5x the table data) plus archives (~2.5x) at about 250 bytes per row.
    local need=$((scale * 1100)) avail
    avail=$(df --output=avail -B1 "$bench_dir" | tail -n 1 | tr -d ' ')
    ((avail > need)) || die "need about $((need >> 20)) MiB free in $bench_dir, have $((avail >> 20)) MiB"

    log "generating data set: $scale rows of events into $(show_path "$dataset")"
    local t0 t
    t0=$(now)
    staging=$(mktemp -d "$dataset.tmp.XXXXXX")
    start_server
    psql_q -d postgres -c 'CREATE DATABASE bench'
    t=$(now)
    psql_q -d bench -v rows="$scale" -f "$here/gen.sql"
    local load_secs
    load_secs=$(since "$t")
    log "loaded in ${load_secs}s"

    local events_bytes table_bytes db_bytes
    events_bytes=$(psql_q -At -d bench -c "SELECT pg_table_size('events')")
    table_bytes=$(psql_q -At -d bench -c \
        "SELECT sum(pg_table_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind = 'r' AND n.nspname = 'public'")
    db_bytes=$(psql_q -At -d bench -c "SELECT pg_database_size('bench')")

    local metaf=$staging/meta.env entry name args
    {
        echo "meta_rows=$scale"
        echo "meta_gen_version=$GEN_VERSION"
        echo "meta_events_bytes=$events_bytes"
        echo "meta_table_bytes=$table_bytes"
        echo "meta_db_bytes=$db_bytes"
        echo "meta_load_secs=$load_secs"
        echo "meta_pg_dump_version='$("$pgbin/pg_dump" --version)'"
    } >"$metaf.part"
    # One after another: the machine's cores are shared, and a dump's time is worth recording.
    for entry in "${DUMPS[@]}"; do
        name=${entry%%|*}
        args=${entry#*|}
        log "pg_dump $args -> $name"
        t=$(now)
        if [[ $name == custom-gzip-pipe.dump ]]; then
            "$pgbin/pg_dump" -Fc -d bench | cat >"$staging/$name"
        else
            # shellcheck disable=SC2086 # args is a list of options
            "$pgbin/pg_dump" $args --no-sync -d bench -f "$staging/$name"
        fi
        echo "meta_dump_secs_${name//[^a-z0-9]/_}=$(since "$t")" >>"$metaf.part"
    done
    stop_server

    # Uncompressed size of the data as COPY text (what cat, script and filter stream).
    local copy_all copy_events
    copy_all=$("$pgbin/pg_restore" -a -f - "$staging/custom-none.dump" | wc -c)
    copy_events=$("$pgbin/pg_restore" -a -t events -f - "$staging/custom-none.dump" | wc -c)
    {
        echo "meta_copy_bytes=$copy_all"
        echo "meta_copy_events_bytes=$copy_events"
        echo "meta_gen_secs=$(since "$t0")"
        echo "meta_generated_at='$(date -u +%Y-%m-%dT%H:%M:%SZ)'"
    } >>"$metaf.part"
    mv "$metaf.part" "$metaf"
    rm -rf "$dataset"
    mv "$staging" "$dataset"
    staging=""
    log "data set ready in $(since "$t0")s"
    flock -u 9
}

ensure_data
# meta.env holds KEY=VALUE lines (written by ensure_data above); read, not sourced.
declare -A meta=()
while IFS='=' read -r key value; do
    value=${value#\'}
    meta[${key#meta_}]=${value%\'}
done <"$dataset/meta.env"
if [[ ${#cases[@]} -eq 1 && ${cases[0]} == gen ]]; then
    log "data set: $(show_path "$dataset")"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# The pgdumpkit binary: may be missing, or may not have every subcommand yet.

ours=${PGDUMPKIT_BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/pgdumpkit}
if [[ ! -x $ours && -z ${PGDUMPKIT_BIN-} ]]; then
    log "building pgdumpkit (cargo build --release -p pgdumpkit-cli)"
    (cd "$repo" && cargo build --release -p pgdumpkit-cli) >&2 ||
        log "build failed: the pgdumpkit side of every case is skipped"
fi
ours_version="not available"
if [[ -x $ours ]] && ours_version=$("$ours" --version 2>/dev/null); then
    ours_ok=1
else
    ours_ok=""
fi

# ours_skip SUBCOMMAND [OPTION...]: prints why the pgdumpkit side must be skipped, or nothing.
ours_skip() {
    local sub=$1 help opt
    shift
    if [[ -z $ours_ok ]]; then
        echo "skipped: no pgdumpkit binary"
        return
    fi
    if ! help=$("$ours" "$sub" --help 2>&1); then
        echo "skipped: pgdumpkit has no \`$sub\` yet"
        return
    fi
    for opt in "$@"; do
        if ! grep -q -e "$opt" <<<"$help"; then
            echo "skipped: pgdumpkit has no \`$sub $*\` yet"
            return
        fi
    done
}

# ---------------------------------------------------------------------------------------------
# Measuring.

work=$(mktemp -d "$bench_dir/run.XXXXXX")
body=$work/body.md
failures=$work/failures.md
: >"$body"
: >"$failures"

# Reads every byte of an archive once so that neither tool's first run pays for the disk.
warm() {
    if [[ -d $1 ]]; then cat "$1"/* >/dev/null; else cat "$1" >/dev/null; fi
}

# time_once LOG CMD...: runs CMD with stdout discarded, stderr to LOG; sets T_RC T_SECS T_KB.
time_once() {
    local errlog=$1 tf=$work/time.out
    shift
    set +e
    /usr/bin/time -f '%e %M' -o "$tf" "$@" >/dev/null 2>"$errlog"
    T_RC=$?
    set -e
    # GNU time puts "Command exited with non-zero status N" before the format line.
    read -r T_SECS T_KB < <(tail -n 1 "$tf")
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { printf '%s\n' "$@" | sort -g | tail -n 1; }
mib() { awk -v k="$1" 'BEGIN { printf (k < 102400 ? "%.1f" : "%.0f"), k / 1024 }'; }
mb() { awk -v b="$1" 'BEGIN { printf (b < 1e8 ? "%.1f" : "%.0f"), b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }

# Per-case settings read by bench_pair.
OURS=()
THEIRS=()
SKIP=""
PRE=: # called with the side (ours, theirs) before each run
POST=: # after each successful run: prints what is wrong and fails, or succeeds

# bench_pair ID: runs OURS and THEIRS (either may be absent) REPS times each, back to back,
# alternating which goes first. Sets O_S O_KB T_S T_KB (median seconds, peak KiB; "" if not
# measured) and O_FAIL T_FAIL (non-empty when a run failed).
bench_pair() {
    local id=$1 r side first second
    local -a os=() ok=() ts=() tk=()
    O_FAIL=""
    T_FAIL=""
    for ((r = 1; r <= reps; r++)); do
        if ((r % 2)); then first=ours second=theirs; else first=theirs second=ours; fi
        for side in $first $second; do
            if [[ $side == ours ]]; then
                [[ -z $SKIP && ${#OURS[@]} -gt 0 && -z $O_FAIL ]] || continue
            else
                [[ ${#THEIRS[@]} -gt 0 && -z $T_FAIL ]] || continue
            fi
            "$PRE" "$side"
            local errlog=$work/$id.$side.$r.log msg=""
            if [[ $side == ours ]]; then
                time_once "$errlog" "${OURS[@]}"
            else
                time_once "$errlog" "${THEIRS[@]}"
            fi
            if ((T_RC != 0)); then
                msg="exit status $T_RC"
            elif ! msg=$("$POST" "$side"); then
                : # POST printed what is wrong
            else
                msg=""
            fi
            if [[ -n $msg ]]; then
                msg=$(printf '%s' "$msg" | tr -s '\n\t|' '   ' | cut -c1-200) # one line: it goes into a table cell
                log "$id $side run $r FAILED: $msg"
                {
                    echo "- $id, $side, run $r: $msg"
                    if [[ -s $errlog ]]; then
                        echo '  ```'
                        tail -n 5 "$errlog" | sed 's/^/  /'
                        echo '  ```'
                    fi
                } >>"$failures"
                if [[ $side == ours ]]; then O_FAIL=$msg; else T_FAIL=$msg; fi
                continue
            fi
            log "$id $side run $r/$reps: ${T_SECS}s, $(mib "$T_KB") MiB"
            if [[ $side == ours ]]; then
                os+=("$T_SECS")
                ok+=("$T_KB")
            else
                ts+=("$T_SECS")
                tk+=("$T_KB")
            fi
        done
    done
    O_S="" O_KB="" T_S="" T_KB=""
    if [[ ${#os[@]} -gt 0 && -z $O_FAIL ]]; then
        O_S=$(median "${os[@]}")
        O_KB=$(maximum "${ok[@]}")
    fi
    if [[ ${#ts[@]} -gt 0 && -z $T_FAIL ]]; then
        T_S=$(median "${ts[@]}")
        T_KB=$(maximum "${tk[@]}")
    fi
}

# Prints one row of a comparison table from the results of bench_pair.
pair_row() {
    local label=$1 os ts rt om tm
    if [[ -n $SKIP ]]; then
        os=$SKIP
    elif [[ -n $O_FAIL ]]; then
        os="FAILED ($O_FAIL)"
    else os=$O_S; fi
    if [[ -n $T_FAIL ]]; then ts="FAILED ($T_FAIL)"; else ts=$T_S; fi
    rt="–" om="–" tm="–"
    [[ -z $O_KB ]] || om=$(mib "$O_KB")
    [[ -z $T_KB ]] || tm=$(mib "$T_KB")
    if [[ -n $O_S && -n $T_S ]]; then rt="**$(ratio "$O_S" "$T_S")**"; fi
    echo "| $label | $os | $ts | $rt | $om | $tm |" >>"$body"
}

pair_header() {
    {
        echo
        echo "## $1"
        echo
        echo "$2"
        echo
        echo "| archive | pgdumpkit s | pg_restore s | ratio | pgdumpkit MiB | pg_restore MiB |"
        echo "|---|---:|---:|---:|---:|---:|"
    } >>"$body"
}

# Archive path and label for a name from DUMPS.
arch() { printf '%s' "$dataset/$1"; }
arch_size() { du -sb "$1" | cut -f1; }

case_cat() {
    SKIP=$(ours_skip cat)
    pair_header "cat: one table's rows" \
        "\`pgdumpkit cat ARCHIVE events > /dev/null\` vs \`pg_restore -a -t events -f /dev/null ARCHIVE\` ($(mb "${meta[copy_events_bytes]}") MB of COPY text)."
    local a
    for a in custom-gzip.dump custom-lz4.dump custom-zstd.dump custom-none.dump custom-gzip-pipe.dump; do
        warm "$(arch "$a")"
        OURS=("$ours" cat "$(arch "$a")" events)
        THEIRS=("$pgbin/pg_restore" -a -t events -f /dev/null "$(arch "$a")")
        bench_pair "cat-$a"
        pair_row "$a"
    done
}

case_verify() {
    SKIP=$(ours_skip verify)
    pair_header "verify: read and check all data" \
        "\`pgdumpkit verify ARCHIVE > /dev/null\` vs \`pg_restore -f /dev/null ARCHIVE\`."
    local a
    for a in custom-gzip.dump dir-gzip custom-gzip-pipe.dump; do
        warm "$(arch "$a")"
        OURS=("$ours" verify "$(arch "$a")")
        THEIRS=("$pgbin/pg_restore" -f /dev/null "$(arch "$a")")
        bench_pair "verify-$a"
        pair_row "$a"
    done
}

case_script() {
    SKIP=$(ours_skip restore --file)
    pair_header "script: the whole archive as SQL" \
        "\`pgdumpkit restore -f /dev/null ARCHIVE\` vs \`pg_restore -f /dev/null ARCHIVE\` ($(mb "${meta[copy_bytes]}") MB of COPY text)."
    local a
    for a in custom-gzip.dump custom-lz4.dump custom-zstd.dump custom-none.dump custom-gzip-pipe.dump; do
        warm "$(arch "$a")"
        OURS=("$ours" restore -f /dev/null "$(arch "$a")")
        THEIRS=("$pgbin/pg_restore" -f /dev/null "$(arch "$a")")
        bench_pair "script-$a"
        pair_row "$a"
    done
}

filter_out=""
filter_pre() { rm -rf "$filter_out"; }

case_filter() {
    SKIP=$(ours_skip filter)
    {
        echo
        echo "## filter: conversion (no pg_restore counterpart)"
        echo
        echo "Input \`custom-gzip.dump\`; throughput is MB (10^6 bytes) of uncompressed COPY text"
        echo "($(mb "${meta[copy_bytes]}") MB) per second of wall time."
        echo
        echo "| command | s | MB/s | peak MiB | output MB |"
        echo "|---|---:|---:|---:|---:|"
    } >>"$body"
    local input
    input=$(arch custom-gzip.dump)
    warm "$input"
    local spec label opts out_name
    for spec in "zstd|-Z zstd|out.dump" "dir|-F d|out.d"; do
        IFS='|' read -r label opts out_name <<<"$spec"
        filter_out=$work/filter-$out_name
        # shellcheck disable=SC2206 # opts is a list of options
        OURS=("$ours" filter "$input" -o "$filter_out" $opts)
        THEIRS=()
        local shown="pgdumpkit filter ARCHIVE -o OUT $opts"
        if [[ -n $SKIP ]]; then
            echo "| \`$shown\` | $SKIP | – | – | – |" >>"$body"
            continue
        fi
        PRE=filter_pre
        bench_pair "filter-$label"
        PRE=:
        if [[ -n $O_FAIL ]]; then
            echo "| \`$shown\` | FAILED ($O_FAIL) | – | – | – |" >>"$body"
        else
            local thr
            thr=$(awk -v b="${meta[copy_bytes]}" -v s="$O_S" 'BEGIN { if (s > 0) printf "%.0f", b / 1e6 / s; else printf "n/a" }')
            echo "| \`$shown\` | $O_S | $thr | $(mib "$O_KB") | $(mb "$(arch_size "$filter_out")") |" >>"$body"
        fi
        rm -rf "$filter_out"
    done
    SKIP=""
}

restore_pre() {
    psql_q -d postgres -c "SET client_min_messages = warning" \
        -c "DROP DATABASE IF EXISTS bench_$1" -c "CREATE DATABASE bench_$1 TEMPLATE template0" \
        -c "CHECKPOINT" >/dev/null
}
restore_post() {
    local n rc=0
    n=$(psql_q -At -d "bench_$1" -c 'SELECT count(*) FROM events' 2>&1) || rc=$?
    psql_q -d postgres -c "DROP DATABASE IF EXISTS bench_$1" >/dev/null
    if ((rc != 0)); then
        echo "counting the rows of events failed: ${n%%$'\n'*}"
        return 1
    elif [[ $n != "${meta[rows]}" ]]; then
        echo "events has $n rows after the restore, expected ${meta[rows]}"
        return 1
    fi
}

case_restore() {
    SKIP=$(ours_skip restore --dbname --jobs)
    pair_header "restore -j 2 into a live server" \
        "\`pgdumpkit restore -d DB -j 2 ARCHIVE\` vs \`pg_restore -d DB -j 2 ARCHIVE\`, each into a fresh database of one throwaway PostgreSQL 18 server (settings below); the row count of events is checked after each run. Time includes the server's work (COPY, index builds, foreign key checks)."
    start_server
    local a=custom-gzip.dump
    warm "$(arch "$a")"
    OURS=("$ours" restore -d bench_ours -j 2 "$(arch "$a")")
    THEIRS=("$pgbin/pg_restore" -d bench_theirs -j 2 "$(arch "$a")")
    PRE=restore_pre
    POST=restore_post
    bench_pair "restore-$a"
    PRE=:
    POST=:
    pair_row "$a"
    stop_server
}

# ---------------------------------------------------------------------------------------------
# Run and report.

for c in "${ALL_CASES[@]}"; do
    if want "$c"; then
        log "case $c"
        "case_$c"
    fi
done

commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
# diff-index reads the index without rewriting it (git status would refresh it).
if ! git -C "$repo" diff-index --quiet HEAD -- 2>/dev/null; then commit="$commit with uncommitted changes"; fi
ours_built="–"
[[ -z $ours_ok ]] || ours_built=$(date -u -r "$ours" +%Y-%m-%dT%H:%M:%SZ)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem_gib=$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)

{
    echo "# pgdumpkit vs pg_restore"
    echo
    echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "- machine: $(nproc) CPUs (${cpu_model:-unknown model}), $mem_gib GiB memory, Linux $(uname -r)"
    echo "- pg_restore: \`$("$pgbin/pg_restore" --version)\`; archives made by \`${meta[pg_dump_version]}\`"
    echo "- pgdumpkit: \`$ours_version\`, commit $commit, binary built $ours_built"
    echo "- data set: \`$(show_path "$dataset")\`, events ${meta[rows]} rows;" \
        "table data $(mb "${meta[table_bytes]}") MB (events $(mb "${meta[events_bytes]}") MB, pg_table_size);" \
        "COPY text $(mb "${meta[copy_bytes]}") MB (events $(mb "${meta[copy_events_bytes]}") MB);" \
        "generated in ${meta[gen_secs]}s (load ${meta[load_secs]}s)"
    echo "- method: $reps runs per tool and archive, back to back, the order alternating;" \
        "times are medians of wall-clock seconds, memory the largest peak RSS of the runs" \
        "(GNU time \`%e %M\`); ratio = pgdumpkit / pg_restore, below 1 means pgdumpkit is faster."
    echo "  Archives are read once before each pair so both tools find them in the page cache."
    echo "  Peak RSS includes the pages of a file a program maps and reads (page cache, not allocated"
    echo "  memory): a tool that maps the archive shows about the archive's size there."
    echo
    echo "| archive | pg_dump options | size MB | pg_dump s |"
    echo "|---|---|---:|---:|"
    for entry in "${DUMPS[@]}"; do
        name=${entry%%|*}
        key=dump_secs_${name//[^a-z0-9]/_}
        echo "| $name | \`${entry#*|}\` | $(mb "$(arch_size "$(arch "$name")")") | ${meta[$key]-?} |"
    done
    cat "$body"
    if want restore; then
        echo
        echo "Server for \`restore\`: PostgreSQL 18 with fsync, full_page_writes and synchronous_commit off," \
            "wal_level minimal, shared_buffers 512MB, maintenance_work_mem 512MB, autovacuum off."
    fi
    if [[ -s $failures ]]; then
        echo
        echo "## Failures"
        echo
        cat "$failures"
    fi
} >"$results"
cat "$results"
log "report written to $(show_path "$results")"
exit 0
}
