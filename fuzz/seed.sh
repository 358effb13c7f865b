#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the real archives in testdata/archives (the corpus directory
# is git-ignored: seeds are regenerated, and what the fuzzer adds is never committed).
#
#   fuzz/seed.sh            seed every target
#   fuzz/seed.sh tar data   seed only these
#
# Seeds are named after their source, so re-running only adds what is missing.
set -euo pipefail

fuzz=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
archives=$fuzz/../testdata/archives
[[ -d $archives ]] || { echo "testdata/archives not found beside fuzz/" >&2; exit 1; }

# Files larger than this are left out: the targets run with -max_len 131072 to 262144.
max_bytes=160000

targets=("$@")
((${#targets[@]})) || targets=(header_toc data tar listing)

# seed TARGET NAME FILE: copy FILE as corpus/TARGET/NAME if it is small enough.
seed() {
  local dir=$fuzz/corpus/$1
  mkdir -p "$dir"
  if [[ $(stat -c %s "$3") -le $max_bytes ]]; then
    cp "$3" "$dir/$2"
  fi
}

# Custom archives of every pg_dump major, compression and old version (synthetic 1.0-1.13).
custom_dumps() { find "$archives" -maxdepth 2 -type f -name '*.dump' | sort; }
# toc.dat of every directory archive (format byte 3; the same grammar with file names).
dir_tocs() { find "$archives" -mindepth 3 -maxdepth 3 -type f -name 'toc.dat' | sort; }
# Name a seed after its path below testdata/archives: pg18/fix.tar -> pg18_fix.tar.
seed_name() { local rel=${1#"$archives"/}; echo "${rel//\//_}"; }

# Small seeds: large inputs make every execution slow and every mutation a needle in a
# haystack, so when a pgdumpkit binary is at hand (PGDUMPKIT, else pgdumpkit on PATH), cut the
# fixture archives down to a few entries with `pgdumpkit filter`, in every format and
# compression. Without one, only the fixtures themselves are seeds.
small=$(mktemp -d)
trap 'rm -rf "$small"' EXIT
pgdumpkit=${PGDUMPKIT:-$(command -v pgdumpkit || true)}
if [[ -n $pgdumpkit && -x $pgdumpkit ]]; then
  fix=$archives/pg18/fix.custom.gzip.dump
  for z in none gzip lz4 zstd; do
    "$pgdumpkit" filter "$fix" -t all_types -t orders -t 'bad name' -Z "$z" -o "$small/small_fix.$z.dump"
    "$pgdumpkit" filter "$fix" -t all_types -t orders -Z "$z" -F d -o "$small/small_fix.dir.$z"
  done
  "$pgdumpkit" filter "$fix" -t all_types -t orders -F t -o "$small/small_fix.tar"
  "$pgdumpkit" filter "$archives/pg13/lobs.custom.dump" -Z none -o "$small/small_lobs13.none.dump"
  "$pgdumpkit" filter "$archives/pg13/lobs.custom.dump" -F t -o "$small/small_lobs13.tar"
  "$pgdumpkit" filter "$archives/pg13/lobs.custom.dump" -F d -o "$small/small_lobs13.dir"
  "$pgdumpkit" filter "$fix" -n no_such_schema -o "$small/small_empty.dump"
  for d in "$small"/*.dir*; do
    (cd "$d" && tar --format=ustar --owner=0 --group=0 --numeric-owner -cf "$d.tar" -- *)
  done
else
  echo "no pgdumpkit binary (set PGDUMPKIT): seeding with the full fixtures only" >&2
fi

for t in "${targets[@]}"; do
  case $t in
    header_toc)
      for f in $(custom_dumps) $(dir_tocs); do seed "$t" "$(seed_name "$f")" "$f"; done
      for f in "$small"/*.dump; do [[ -f $f ]] && seed "$t" "$(basename "$f")" "$f"; done
      for f in "$small"/*.dir*/toc.dat; do [[ -f $f ]] && seed "$t" "$(basename "$(dirname "$f")").toc.dat" "$f"; done
      ;;
    data | listing)
      for f in $(custom_dumps); do seed "$t" "$(seed_name "$f")" "$f"; done
      for f in "$archives"/*/*.tar; do seed "$t" "$(seed_name "$f")" "$f"; done
      for f in "$small"/*.dump "$small"/small_fix.tar "$small"/small_lobs13.tar; do
        [[ -f $f ]] && seed "$t" "$(basename "$f")" "$f"
      done
      ;;
    tar)
      for f in "$archives"/*/*.tar; do seed "$t" "$(seed_name "$f")" "$f"; done
      # Directory archives packed as tars with plain member names: the target reads them as
      # tar archives and, unpacked, as directory archives (gzip, lz4, zstd data files).
      for f in "$small"/*.tar; do [[ -f $f ]] && seed "$t" "$(basename "$f")" "$f"; done
      tmp=$small
      for d in "$archives"/*/*.dir*; do
        [[ -d $d ]] || continue
        out=$tmp/$(seed_name "$d").tar
        (cd "$d" && tar --format=ustar --owner=0 --group=0 --numeric-owner -cf "$out" -- *)
        seed "$t" "$(basename "$out")" "$out"
      done
      ;;
    *)
      echo "unknown target $t (header_toc, data, tar, listing)" >&2
      exit 2
      ;;
  esac
  echo "$t: $(ls "$fuzz/corpus/$t" | wc -l) seeds"
done
