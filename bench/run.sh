#!/usr/bin/env bash
# sonder benchmark: build the SAME synthetic course with sonder and its peers
# (Zola, Hugo, mdBook), time full builds side by side, write bench/RESULTS.md.
#
# Usage:   bench/run.sh [WORKDIR]          (WORKDIR default: ${TMPDIR:-/tmp}/sonder-bench)
#
# Env (defaults in brackets):
#   SIZES="1000 10000"     lesson counts to generate and build
#   RUNS=3                 timed builds per tool and size (the median is reported); WARMUP=1 untimed first
#   PEERS="zola hugo mdbook"  peers to run next to sonder; a peer not found is skipped with a note
#   PEERS_DIR=             folder whose bin/ holds peer binaries (appended to PATH), e.g. /work/peers
#   MDBOOK_MAX=1000        largest size mdBook is run at (its 10k build takes ~9 min); ""= no limit
#   ZOLA_MAX= HUGO_MAX=    same for Zola and Hugo (no limit by default)
#   SEED=20240601          corpus seed (same seed = same content in every layout)
#   GEN_CORPUS=../shared/bench/gen_corpus.py   (relative to the repo root)
#   SONDER_BIN=            use this sonder binary instead of `cargo build --release -p sonder`
#   SONDER_DESC=           what SONDER_BIN was built from (default: this checkout's git state)
#   SYNC=1                 run `sync` (untimed) before every timed build, so write-back of the
#                          previous build's output does not land in the next measurement
#   REGEN=0                1 = regenerate corpora even when a cached one matches (n, seed, layout, generator)
#   RESULTS=bench/RESULTS.md   where the report goes ("-" = stdout only)
#   SHAPES="module20k lesson50mb lines1mb"  extreme course shapes timed after the peers (sonder only;
#                          bench/gen_shapes.py), each against the same bytes spread over 10,000
#                          lessons in 100 modules; target: at most 2x that time. SHAPES="" skips them
#   SHAPE_SCALE=1          shrink the shapes (e.g. 0.01 to try the script quickly)
#   SEARCH_OFF=1           also build each size with search off (a copy of the corpus whose course.toml
#                          says `[search] enabled = false`): the row "sonder-nosearch" and the same-run
#                          cost of the search index (issue 18: at most 10%). 0 skips it
#   SEARCH_PAIRS=7         then time that cost again with the two builds alternating, this many pairs
#                          (the ratio the issue-18 verdict uses; see search_pairs below). 0 skips it
#   PAIRS_TMPFS=/dev/shm   and as many pairs again with the output in a folder there (tmpfs), unless
#                          OUT_BASE already takes the disk out: the CPU side of that cost, without the
#                          disk's state (which moves the on-disk ratio from run to run). Empty skips it
#   READY=1                also run bench/ready.mjs (node + chromium): how long after a lesson page's
#                          load event the widget is ready (issue 16: median <= 60 ms). 0 skips it
#   OUT_BASE=              write every output to OUT_BASE/<N>-<tool> instead of the site folder, e.g.
#                          OUT_BASE=/dev/shm/sonder-bench to take the disk's file creation out of the
#                          figures (the default, on-disk run is the benchmark of issue 10)
#
# What it measures, for each tool and size: median of RUNS full builds, each into a freshly
# deleted output folder (the `rm -rf` itself is not timed), with GNU time
# (`/usr/bin/time -f '%e %U %S %M %x'`: wall, user, sys, peak RSS, exit code); pages/s
# (lessons / median wall); output size (du -sh); HTML file count; a check that every lesson got
# its own page (bench/lesson_pages.py) and the median lesson page size. For sonder also: the
# median time of `sonder check`, and the gzip -9 size of public/assets/sonder.js.
# It ends with ratio lines (speed, memory, growth, check vs build, page size) against the
# targets of issue 10.
#
# Build commands (run inside the generated site folder, output folder deleted first):
#   sonder : sonder build --root . --quiet      (minify on: the course.toml default)
#   zola   : zola build                         (minify_html = true in config.toml)
#   hugo   : hugo --minify -d public
#   mdbook : mdbook build                       (search and print.html off in book.toml)
# This script contains no peer code and does not build any peer; it only runs what it finds.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-${TMPDIR:-/tmp}/sonder-bench}
SIZES=$(printf '%s\n' ${SIZES:-1000 10000} | sort -n | tr '\n' ' ' | sed 's/ *$//')
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
PEERS=${PEERS-zola hugo mdbook}
SEED=${SEED:-20240601}
GEN_CORPUS=${GEN_CORPUS:-$ROOT/../shared/bench/gen_corpus.py}
MDBOOK_MAX=${MDBOOK_MAX-1000}
ZOLA_MAX=${ZOLA_MAX-}
HUGO_MAX=${HUGO_MAX-}
SYNC=${SYNC:-1}
REGEN=${REGEN:-0}
RESULTS=${RESULTS:-$ROOT/bench/RESULTS.md}
OUT_BASE=${OUT_BASE:-}
SEARCH_OFF=${SEARCH_OFF:-1}
SEARCH_PAIRS=${SEARCH_PAIRS:-7}
PAIRS_TMPFS=${PAIRS_TMPFS-/dev/shm}
READY=${READY:-1}
if [ -n "${PEERS_DIR:-}" ]; then export PATH="$PATH:$PEERS_DIR/bin"; fi

[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is required (apt-get install time)" >&2; exit 2; }
[ -f "$GEN_CORPUS" ] || { echo "corpus generator not found: $GEN_CORPUS (set GEN_CORPUS)" >&2; exit 2; }
GEN_CORPUS=$(cd "$(dirname "$GEN_CORPUS")" && pwd)/$(basename "$GEN_CORPUS")
mkdir -p "$WORK"
if [ -n "$OUT_BASE" ]; then mkdir -p "$OUT_BASE"; OUT_BASE=$(cd "$OUT_BASE" && pwd); fi
WORK=$(cd "$WORK" && pwd)
LOG="$WORK/logs"; mkdir -p "$LOG"
NOTES=()
note() { NOTES+=("$*"); echo "note: $*" >&2; }
say() { echo "[$(date -u +%T)] $*" >&2; }

HZ=$(getconf CLK_TCK 2>/dev/null || echo 100)
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "NA"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
label() { if [ $(($1 % 1000)) -eq 0 ]; then echo "$(($1 / 1000))k"; else echo "$1"; fi; }
fmt() { awk -v x="$1" -v f="${2:-%.2f}" 'BEGIN {printf f, x}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b == 0 || a == "NA" || b == "NA") print "NA"; else printf "%.2f", a / b}'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a != "NA" && b != "NA" && a + 0 <= b + 0)}'; }

START_UTC=$(date -u +%Y-%m-%dT%H:%M:%SZ)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
BUSY_START=$(ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 >= 20 {printf "%s (%s%%) ", $2, $1}')

# ------------------------------------------------------------------ sonder binary
SONDER_OK=1
if [ -z "${SONDER_BIN:-}" ]; then
  say "building sonder: cargo build --release -p sonder"
  if (cd "$ROOT" && cargo build --release -p sonder) >"$LOG/cargo-build.log" 2>&1; then
    TARGET_DIR=$(cd "$ROOT" && cargo metadata --format-version 1 --no-deps 2>/dev/null \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])' 2>/dev/null \
      || echo "$ROOT/target")
    SONDER_BIN="$TARGET_DIR/release/sonder"
  else
    tail -20 "$LOG/cargo-build.log" >&2
    note "sonder: \`cargo build --release -p sonder\` failed (log: $LOG/cargo-build.log); sonder not measured"
    SONDER_OK=0
  fi
fi
if [ "$SONDER_OK" = 1 ] && [ ! -x "$SONDER_BIN" ]; then
  note "sonder: no binary at $SONDER_BIN; sonder not measured"; SONDER_OK=0
fi
if [ "$SONDER_OK" = 1 ]; then
  # measure a private copy: a `cargo build` running meanwhile must not swap the binary between runs
  mkdir -p "$WORK/bin" && cp "$SONDER_BIN" "$WORK/bin/sonder" && SONDER_BIN="$WORK/bin/sonder"
  SONDER_SHA=$(sha256sum "$SONDER_BIN" | cut -c1-12)
fi
GIT_REV=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
GIT_DIRTY=$(cd "$ROOT" && git status --porcelain -- src Cargo.toml Cargo.lock themes 2>/dev/null | wc -l)
SONDER_SRC="git $GIT_REV"
[ "$GIT_DIRTY" != 0 ] && SONDER_SRC="$SONDER_SRC + uncommitted changes in src/Cargo/themes ($GIT_DIRTY files)"
# SONDER_BIN built from elsewhere (e.g. a `git archive` of one commit): say so with SONDER_DESC
[ -n "${SONDER_DESC:-}" ] && SONDER_SRC="$SONDER_DESC"
[ "$SONDER_OK" = 1 ] && SONDER_SRC="$SONDER_SRC, binary sha256 $SONDER_SHA"

# ------------------------------------------------------------------ tools
layout_of() { case $1 in sonder) echo course ;; sonder-nosearch) echo course-nosearch ;; *) echo "$1" ;; esac; }
# the layout bench/lesson_pages.py reads (the search-off copy is a course)
pages_layout() { case $1 in sonder|sonder-nosearch) echo course ;; *) echo "$1" ;; esac; }
out_of() { case $1 in mdbook) echo book ;; *) echo public ;; esac; }
# outpath tool n: the absolute output folder of a build
outpath() { if [ -n "$OUT_BASE" ]; then echo "$OUT_BASE/$2-$1"; else echo "$WORK/$2/$(layout_of "$1")/$(out_of "$1")"; fi; }
cmd_of() {  # tool [n]
  if [ -n "$OUT_BASE" ] && [ -n "${2:-}" ]; then
    local o; o=$(outpath "$1" "$2")
    case $1 in
      sonder|sonder-nosearch) echo "$SONDER_BIN build --root . --quiet --output $o" ;;
      zola)   echo "zola build -o $o" ;;
      hugo)   echo "hugo --minify -d $o" ;;
      mdbook) echo "mdbook build -d $o" ;;
    esac
    return
  fi
  case $1 in
    sonder|sonder-nosearch) echo "$SONDER_BIN build --root . --quiet" ;;
    zola)   echo "zola build" ;;
    hugo)   echo "hugo --minify -d public" ;;
    mdbook) echo "mdbook build" ;;
  esac
}
version_of() {
  case $1 in
    sonder) v=$("$SONDER_BIN" --version 2>/dev/null | head -1) || v="sonder"; echo "${v:-sonder} ($SONDER_SRC)" ;;
    sonder-nosearch) echo "the same sonder, course.toml \`[search] enabled = false\`" ;;
    zola)   zola --version 2>/dev/null | head -1 ;;
    hugo)   hugo version 2>/dev/null | cut -d' ' -f1-2 ;;
    mdbook) mdbook --version 2>/dev/null | head -1 ;;
  esac
}
max_of() { case $1 in mdbook) echo "$MDBOOK_MAX" ;; zola) echo "$ZOLA_MAX" ;; hugo) echo "$HUGO_MAX" ;; *) echo "" ;; esac; }

TOOLS=()
[ "$SONDER_OK" = 1 ] && TOOLS+=(sonder)
[ "$SONDER_OK" = 1 ] && [ "$SEARCH_OFF" = 1 ] && TOOLS+=(sonder-nosearch)
for p in $PEERS; do
  case $p in zola|hugo|mdbook) ;; *) note "unknown peer '$p' ignored"; continue ;; esac
  if command -v "$p" >/dev/null 2>&1; then TOOLS+=("$p")
  else note "$p: not installed (not on PATH${PEERS_DIR:+ nor in $PEERS_DIR/bin}); skipped, no figures for it"; fi
done
declare -A VERSION
for t in "${TOOLS[@]}"; do VERSION[$t]=$(version_of "$t"); done

# ------------------------------------------------------------------ corpora
gen_site() {  # n layout -> path; regenerated only when (n, seed, layout, generator) changed
  local n=$1 layout=$2 site="$WORK/$1/$2" stamp
  if [ "$layout" = course-nosearch ]; then nosearch_site "$n"; return; fi
  stamp="$n $SEED $layout $(md5sum "$GEN_CORPUS" | cut -d' ' -f1)"
  if [ "$REGEN" = 1 ] || [ ! -f "$WORK/$n/.$layout.stamp" ] || [ "$(cat "$WORK/$n/.$layout.stamp")" != "$stamp" ]; then
    say "generating $layout corpus, $n lessons"
    rm -f "$WORK/$n/.$layout.stamp"
    python3 "$GEN_CORPUS" --lessons "$n" --layout "$layout" --seed "$SEED" --out "$site" --force >&2
    echo "$stamp" > "$WORK/$n/.$layout.stamp"
  fi
  echo "$site"
}

# The course corpus with search off: hard links to its sources (read only), its own course.toml.
nosearch_site() {  # n -> path
  local src site="$WORK/$1/course-nosearch"
  src=$(gen_site "$1" course)
  rm -rf "$site" && mkdir -p "$site"
  for f in "$src"/*; do
    case $(basename "$f") in public|course.toml) ;; *) cp -al "$f" "$site/" ;; esac
  done
  grep -q '^\[search\]' "$src/course.toml" && { note "course.toml of the corpus already has [search]; sonder-nosearch not comparable"; }
  { cat "$src/course.toml"; printf '\n[search]\nenabled = false\n'; } > "$site/course.toml"
  echo "$site"
}

# ------------------------------------------------------------------ timing
# timed site n tool name cmd... : WARMUP + RUNS runs, outputs deleted before each; fills $TF
# with one "wall user sys rss_kib exit gnu_time_%e other_cores" line per timed run. Returns 1 if any run failed.
timed() {
  local site=$1 n=$2 tool=$3 name=$4 out; shift 4
  out=$(outpath "$tool" "$n")
  TF="$LOG/$name-$tool-$n.times"; : > "$TF"
  local i total=$((WARMUP + RUNS)) line
  for i in $(seq "$total"); do
    (cd "$site" && case $name in build|pair) rm -rf "$out" ;; esac && if [ "$SYNC" = 1 ]; then sync; fi)
    # wall: GNU time's %e has only 10 ms resolution, so the reported wall time is taken with a
    # nanosecond clock right around /usr/bin/time (%e is kept in the raw times file as a cross-check)
    # The whole machine's busy CPU time (/proc/stat, in USER_HZ ticks) is read around the run too:
    # minus the tool's own user+sys it shows how much OTHER work competed for the cores.
    (cd "$site" && b0=$(busy_ticks) && t0=$(date +%s%N) && { /usr/bin/time -f '%e %U %S %M %x' -o "$LOG/one.time" "$@" || true; } \
      && t1=$(date +%s%N) && b1=$(busy_ticks) && echo "$(( (t1 - t0) / 1000000 )) $((b1 - b0))" > "$LOG/one.ms") >"$LOG/$name-$tool-$n.out" 2>&1 || true
    line=$(tail -1 "$LOG/one.time" | awk -v ms="$(cut -d' ' -f1 "$LOG/one.ms")" -v busy="$(cut -d' ' -f2 "$LOG/one.ms")" -v hz="$HZ" \
      '{w = ms / 1000; o = (busy / hz - $2 - $3) / (w > 0 ? w : 1); if (o < 0) o = 0; printf "%.3f %s %s %s %s %s %.2f\n", w, $2, $3, $4, $5, $1, o}')
    if [ "$(echo "$line" | awk '{print $5}')" != 0 ]; then
      say "$tool $name N=$n FAILED (run $i): see $LOG/$name-$tool-$n.out"; tail -15 "$LOG/$name-$tool-$n.out" >&2
      return 1
    fi
    if [ "$i" -gt "$WARMUP" ]; then echo "$line" >> "$TF"; fi
  done
}

declare -A OTHER WALL RANGE CPU UTIL RSS PPS HTML LESSONS MEDPAGE ADDED OUTSZ STATUS CHECK CHECKRANGE CHECKRSS
WIDGET_RAW=NA; WIDGET_GZ=NA; WIDGET_N=""; ASSETS_NOTE=""

for n in $SIZES; do
  for t in "${TOOLS[@]}"; do
    k="$t:$n"
    mx=$(max_of "$t")
    if [ -n "$mx" ] && [ "$n" -gt "$mx" ]; then
      STATUS[$k]="skipped (${t^^}_MAX=$mx)"
      note "$t at N=$n skipped: ${t^^}_MAX=$mx (set ${t^^}_MAX= to run it)"
      continue
    fi
    site=$(gen_site "$n" "$(layout_of "$t")")
    say "$t N=$n: $((WARMUP + RUNS)) builds ($(cmd_of "$t" "$n"))"
    # shellcheck disable=SC2046
    if ! timed "$site" "$n" "$t" build $(cmd_of "$t" "$n"); then
      STATUS[$k]="FAILED"; note "$t at N=$n: build failed (log $LOG/build-$t-$n.out)"; continue
    fi
    STATUS[$k]=ok
    WALL[$k]=$(awk '{print $1}' "$TF" | median)
    RANGE[$k]=$(awk '{print $1}' "$TF" | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}')
    CPU[$k]=$(awk '{print $2 + $3}' "$TF" | median)
    UTIL[$k]=$(ratio "${CPU[$k]}" "${WALL[$k]}")
    OTHER[$k]=$(awk '{print $7}' "$TF" | median)
    RSS[$k]=$(awk '{print $4}' "$TF" | median | awk '{printf "%.0f", $1 / 1024}')
    PPS[$k]=$(awk -v n="$n" -v w="${WALL[$k]}" 'BEGIN {printf "%.0f", (w > 0 ? n / w : 0)}')
    out=$(outpath "$t" "$n")
    OUTSZ[$k]=$(du -sh "$out" | cut -f1)
    if lp=$(python3 "$ROOT/bench/lesson_pages.py" "$site" "$(pages_layout "$t")" "$out"); then :; else
      STATUS[$k]="INCOMPLETE"; note "$t at N=$n: some lessons have no page ($lp)"; fi
    HTML[$k]=$(echo "$lp" | sed -n 's/.*html=\([0-9]*\).*/\1/p')
    LESSONS[$k]=$(echo "$lp" | awk '{split($1,a,"="); split($2,b,"="); print a[2] - b[2] "/" a[2]}')
    MEDPAGE[$k]=$(echo "$lp" | sed -n 's/.*median_lesson_bytes=\([0-9]*\).*/\1/p')
    ADDED[$k]=$(echo "$lp" | sed -n 's/.*median_added_bytes=\(-*[0-9]*\).*/\1/p')
    if [ "$t" = sonder ]; then
      js="$out/assets/sonder.js"
      if [ -f "$js" ]; then
        WIDGET_RAW=$(wc -c < "$js"); WIDGET_GZ=$(gzip -9 -c "$js" | wc -c); WIDGET_N=$n
        ASSETS_NOTE=$(cd "$out/assets" && for f in *; do [ -f "$f" ] && printf '%s %s B (gzip -9: %s B); ' "$f" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)"; done)
      else
        note "sonder at N=$n: no public/assets/sonder.js in the output"
      fi
      say "sonder check N=$n"
      if timed "$site" "$n" sonder check "$SONDER_BIN" check --root .; then
        CHECK[$n]=$(awk '{print $1}' "$TF" | median)
        CHECKRANGE[$n]=$(awk '{print $1}' "$TF" | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}')
        CHECKRSS[$n]=$(awk '{print $4}' "$TF" | median | awk '{printf "%.0f", $1 / 1024}')
      else
        CHECK[$n]=NA; note "sonder check at N=$n failed (log $LOG/check-sonder-$n.out)"
      fi
    fi
    say "$t N=$n: median ${WALL[$k]} s, ${RSS[$k]} MiB, ${LESSONS[$k]} lessons with a page"
  done
done
# The search index's cost (issue 18) once more, with the two builds alternating: with search, then
# without, SEARCH_PAIRS times. The rows above time each tool's builds one after the other, and the
# disk's state drifts between them: this machine's ext4 slows the creation of files for about a
# minute after a folder of files is deleted (bench/PROFILE.md sections 9 and 17), so the same binary
# measured 1.13x and 1.19x at 10k in two runs 17 minutes apart. Alternating puts both builds in the
# same state; the issue-18 verdict uses this ratio.
declare -A PAIR_ON PAIR_OFF PAIR_CPU_ON PAIR_CPU_OFF
search_pairs() {  # n key: fills PAIR_*[key]; returns 1 if a build failed
  local n=$1 key=$2 i site_on site_off
  # The search-off copy by its path: nosearch_site would make it again (rm -rf, cp -al).
  site_on=$(gen_site "$n" course); site_off="$WORK/$n/course-nosearch"
  : > "$LOG/pairs-on-$key.times"; : > "$LOG/pairs-off-$key.times"
  for i in $(seq "$SEARCH_PAIRS"); do
    # shellcheck disable=SC2046
    WARMUP=0 RUNS=1 timed "$site_on" "$n" sonder pair $(cmd_of sonder "$n") || return 1
    cat "$TF" >> "$LOG/pairs-on-$key.times"
    # shellcheck disable=SC2046
    WARMUP=0 RUNS=1 timed "$site_off" "$n" sonder-nosearch pair $(cmd_of sonder-nosearch "$n") || return 1
    cat "$TF" >> "$LOG/pairs-off-$key.times"
  done
  PAIR_ON[$key]=$(awk '{print $1}' "$LOG/pairs-on-$key.times" | median)
  PAIR_OFF[$key]=$(awk '{print $1}' "$LOG/pairs-off-$key.times" | median)
  PAIR_CPU_ON[$key]=$(awk '{print $2 + $3}' "$LOG/pairs-on-$key.times" | median)
  PAIR_CPU_OFF[$key]=$(awk '{print $2 + $3}' "$LOG/pairs-off-$key.times" | median)
}
# The same pairs with the output on tmpfs (PAIRS_TMPFS): outpath and cmd_of read OUT_BASE.
search_pairs_tmpfs() {  # n: fills PAIR_*[n-tmpfs]; returns 1 if a build failed
  local n=$1 saved=$OUT_BASE status=0
  OUT_BASE="$PAIRS_TMPFS/sonder-bench-pairs-$$"; mkdir -p "$OUT_BASE"
  search_pairs "$n" "$n-tmpfs" || status=1
  rm -rf "$OUT_BASE"; OUT_BASE=$saved
  return $status
}
if [ "$SEARCH_PAIRS" -gt 0 ]; then
  for n in $SIZES; do
    [ "${STATUS[sonder:$n]:-}" = ok ] && [ "${STATUS[sonder-nosearch:$n]:-}" = ok ] || continue
    say "search index cost N=$n: $SEARCH_PAIRS pairs of builds, with and without search alternating"
    search_pairs "$n" "$n" || note "search pairs at N=$n failed (log $LOG/pair-sonder-$n.out)"
    if [ -z "$OUT_BASE" ] && [ -n "$PAIRS_TMPFS" ] && [ -d "$PAIRS_TMPFS" ]; then
      say "search index cost N=$n: $SEARCH_PAIRS pairs again, output on tmpfs ($PAIRS_TMPFS)"
      search_pairs_tmpfs "$n" || note "search pairs on tmpfs at N=$n failed (log $LOG/pair-sonder-$n.out)"
    fi
  done
fi

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
END_UTC=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# ------------------------------------------------------------------ report
SMALL=$(echo $SIZES | awk '{print $1}')
BIG=$(echo $SIZES | awk '{print $NF}')
B=$(label "$BIG"); S=$(label "$SMALL")
ok() { [ "${STATUS[$1]:-}" = ok ] || [ "${STATUS[$1]:-}" = INCOMPLETE ]; }

table() {
  echo "| N | tool | version | median wall s | min-max s | user+sys s | cores used | other load (cores) | pages/s | peak RSS MiB | HTML files | lessons with a page | median lesson page B | output (du -sh) |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for n in $SIZES; do
    for t in "${TOOLS[@]}"; do
      k="$t:$n"
      if ok "$k"; then
        echo "| $n | $t | ${VERSION[$t]} | ${WALL[$k]} | ${RANGE[$k]} | $(fmt "${CPU[$k]}") | ${UTIL[$k]} | ${OTHER[$k]} | ${PPS[$k]} | ${RSS[$k]} | ${HTML[$k]} | ${LESSONS[$k]} | ${MEDPAGE[$k]} | ${OUTSZ[$k]} |"
      else
        echo "| $n | $t | ${VERSION[$t]} | ${STATUS[$k]:-not run} | | | | | | | | | | |"
      fi
    done
  done
}

ratios() {
  local t kb ks r
  for t in "${TOOLS[@]}"; do
    [ "$t" = sonder ] || [ "$t" = sonder-nosearch ] && continue
    for n in $SIZES; do
      ok "sonder:$n" && ok "$t:$n" || continue
      r=$(ratio "${WALL[$t:$n]}" "${WALL[sonder:$n]}")
      if le 1 "$r"; then echo "- sonder vs $t at $(label "$n"): ${r}x faster ($t ${WALL[$t:$n]} s, sonder ${WALL[sonder:$n]} s)"
      else echo "- sonder vs $t at $(label "$n"): $(ratio "${WALL[sonder:$n]}" "${WALL[$t:$n]}")x slower ($t ${WALL[$t:$n]} s, sonder ${WALL[sonder:$n]} s)"; fi
      echo "- sonder vs $t peak RSS at $(label "$n"): ${RSS[sonder:$n]} / ${RSS[$t:$n]} MiB = $(ratio "${RSS[sonder:$n]}" "${RSS[$t:$n]}") of $t's"
    done
  done
  if [ "$SMALL" != "$BIG" ]; then
    for t in "${TOOLS[@]}"; do
      kb="$t:$BIG"; ks="$t:$SMALL"
      ok "$kb" && ok "$ks" || continue
      echo "- $t growth $S -> $B lessons: ${WALL[$kb]} / ${WALL[$ks]} s = $(ratio "${WALL[$kb]}" "${WALL[$ks]}")x time for $(ratio "$BIG" "$SMALL")x lessons"
    done
  fi
  for n in $SIZES; do
    ok "sonder:$n" && ok "sonder-nosearch:$n" || continue
    echo "- search index cost at $(label "$n"): build ${WALL[sonder:$n]} s with search, ${WALL[sonder-nosearch:$n]} s without = $(ratio "${WALL[sonder:$n]}" "${WALL[sonder-nosearch:$n]}")x (user+sys $(fmt "${CPU[sonder:$n]}") vs $(fmt "${CPU[sonder-nosearch:$n]}") s; peak RSS ${RSS[sonder:$n]} vs ${RSS[sonder-nosearch:$n]} MiB)"
  done
  local key where
  for n in $SIZES; do
    for key in "$n" "$n-tmpfs"; do
      [ -n "${PAIR_ON[$key]:-}" ] || continue
      where=""; [ "$key" = "$n" ] || where=", output on tmpfs ($PAIRS_TMPFS, no disk)"
      echo "- search index cost at $(label "$n"), $SEARCH_PAIRS pairs of builds alternating$where (with, without): median ${PAIR_ON[$key]} s with search, ${PAIR_OFF[$key]} s without = $(ratio "${PAIR_ON[$key]}" "${PAIR_OFF[$key]}")x (user+sys $(fmt "${PAIR_CPU_ON[$key]}") vs $(fmt "${PAIR_CPU_OFF[$key]}") s)"
    done
  done
  for n in $SIZES; do
    ok "sonder:$n" && [ "${CHECK[$n]:-NA}" != NA ] || continue
    echo "- sonder check vs build at $(label "$n"): check ${CHECK[$n]} s, build ${WALL[sonder:$n]} s = check $(ratio "${WALL[sonder:$n]}" "${CHECK[$n]}")x faster"
  done
  for n in $SIZES; do
    ok "sonder:$n" || continue
    echo "- sonder median lesson page at $(label "$n"): ${MEDPAGE[sonder:$n]} B; median of (page - its Markdown file): ${ADDED[sonder:$n]:-NA} B"
  done
  [ "$WIDGET_RAW" != NA ] && echo "- widget public/assets/sonder.js: $WIDGET_RAW B, gzip -9: $WIDGET_GZ B"
  return 0
}

x() { if [ "$1" = NA ]; then echo "n/a"; else echo "${1}x"; fi; }
verdict() { if [ "$1" = NA ]; then echo "n/a"; elif eval "$2"; then echo "**met**"; else echo "**NOT met**"; fi; }
targets() {
  local kb="sonder:$BIG" ks="sonder:$SMALL" r
  echo "| target (issue) | measured | verdict |"
  echo "|---|---|---|"
  r=NA; ok "$kb" && ok "zola:$BIG" && r=$(ratio "${WALL[zola:$BIG]}" "${WALL[$kb]}")
  echo "| at $B: >= 3x faster than Zola | $(x "$r") | $(verdict "$r" "le 3 $r") |"
  r=NA; ok "$kb" && ok "hugo:$BIG" && r=$(ratio "${WALL[hugo:$BIG]}" "${WALL[$kb]}")
  echo "| at $B: >= 5x faster than Hugo | $(x "$r") | $(verdict "$r" "le 5 $r") |"
  r=NA; ok "$kb" && ok "zola:$BIG" && r=$(ratio "${RSS[$kb]}" "${RSS[zola:$BIG]}")
  echo "| at $B: peak RSS <= 0.5 x Zola's | ${r} (${RSS[$kb]:-NA} / ${RSS[zola:$BIG]:-NA} MiB) | $(verdict "$r" "le $r 0.5") |"
  r=NA; lim=$(awk -v b="$BIG" -v s="$SMALL" 'BEGIN {printf "%.1f", 1.1 * b / s}')
  [ "$SMALL" != "$BIG" ] && ok "$kb" && ok "$ks" && r=$(ratio "${WALL[$kb]}" "${WALL[$ks]}")
  echo "| $B build <= ${lim}x the $S build | $(x "$r") | $(verdict "$r" "le $r $lim") |"
  r=NA; [ "$SMALL" != "$BIG" ] && ok "$kb" && ok "$ks" && r="${MEDPAGE[$kb]}"
  echo "| median lesson page at $B <= at $S | ${MEDPAGE[$kb]:-NA} B vs ${MEDPAGE[$ks]:-NA} B | $(verdict "$r" "le ${MEDPAGE[$kb]:-NA} ${MEDPAGE[$ks]:-NA}") |"
  # The generated lessons are not the same texts at both sizes: what sonder adds to each is the fair
  # measure of page growth, shown beside the row above (which stays the target as written).
  r=NA; [ "$SMALL" != "$BIG" ] && ok "$kb" && ok "$ks" && [ -n "${ADDED[$kb]:-}" ] && r="${ADDED[$kb]}"
  echo "| (the same, page minus its Markdown file) | ${ADDED[$kb]:-NA} B vs ${ADDED[$ks]:-NA} B | $(verdict "$r" "le ${ADDED[$kb]:-NA} ${ADDED[$ks]:-NA}") |"
  r=NA; ok "$kb" && [ "${CHECK[$BIG]:-NA}" != NA ] && r=$(ratio "${WALL[$kb]}" "${CHECK[$BIG]}")
  echo "| at $B: sonder check >= 2x faster than build | $(x "$r") | $(verdict "$r" "le 2 $r") |"
  r=NA; how="tool rows"
  if [ -n "${PAIR_ON[$BIG]:-}" ]; then r=$(ratio "${PAIR_ON[$BIG]}" "${PAIR_OFF[$BIG]}"); how="$SEARCH_PAIRS alternating pairs"
  elif ok "$kb" && ok "sonder-nosearch:$BIG"; then r=$(ratio "${WALL[$kb]}" "${WALL[sonder-nosearch:$BIG]}"); fi
  echo "| at $B: build with search <= 1.10x without (issue 18; $how) | $(x "$r") | $(verdict "$r" "le $r 1.10") |"
  if [ -n "$READY_MEDIAN" ]; then
    echo "| lesson page: widget ready <= 60 ms after load, median of 20 (issue 16) | $READY_MEDIAN ms | $(verdict "$READY_MEDIAN" "le $READY_MEDIAN 60") |"
  fi
}

report() {
  echo "# sonder benchmark results"
  echo
  echo "Generated by \`bench/run.sh\` ($START_UTC → $END_UTC). Do not edit by hand: rerun the script."
  echo
  echo "## Machine"
  echo
  echo "- \`nproc\`: $(nproc)"
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') MHz)"
  echo "- memory: $(free -m | awk '/^Mem:/ {print $2 " MiB total"}'); $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- load average (1/5/15 min) at start: $LOAD_START; at end: $LOAD_END. Busy processes (>= 20% CPU) at start: ${BUSY_START:-none}. Other work on the machine inflates and spreads the timings; compare tools within one run only."
  echo "- $(rustc --version 2>/dev/null || echo 'rustc: ?'); python3 $(python3 -c 'import platform; print(platform.python_version())')"
  echo "- sonder release profile (Cargo.toml): $(sed -n '/^\[profile.release\]/,/^\[/p' "$ROOT/Cargo.toml" | grep -v '^\[' | grep -v '^$' | tr '\n' ';' | sed 's/;$//; s/;/; /g')"
  echo
  echo "## Tools"
  echo
  for t in "${TOOLS[@]}"; do echo "- $t: ${VERSION[$t]} — \`$(cmd_of "$t" | sed "s#$SONDER_BIN#sonder#")\`"; done
  echo
  echo "## Method"
  echo
  echo "- Corpora: \`gen_corpus.py --lessons N --layout {course,zola,hugo,mdbook} --seed $SEED\` (same content in every layout), sizes: $SIZES."
  echo "- Per tool and size: $WARMUP untimed warm-up build, then $RUNS timed builds; the table shows the median. Before every build the output folder is deleted (not timed)$( [ "$SYNC" = 1 ] && echo ' and `sync` is run (not timed)'). Page cache is warm."
  [ -z "$OUT_BASE" ] && echo "- Outputs are written into each site folder on the disk above. On ext4 without a journal, files created right after the previous build's were deleted make the kernel skip every recently freed inode (bench/PROFILE.md, section 5.1); sonder marks its output folder as a top directory (\`chattr +T\`) so its module folders go to other block groups, the peers do not. \`OUT_BASE=/dev/shm/...\` measures without the disk."
  [ -n "$OUT_BASE" ] && echo "- **Outputs written under \`$OUT_BASE\`** ($(df -T "$OUT_BASE" 2>/dev/null | awk 'NR==2 {print $2}')), not in the site folders on the disk."
  echo "- Timing: \`/usr/bin/time -f '%e %U %S %M %x'\` around the build process (user, sys, peak RSS, exit code); wall time from a nanosecond clock (\`date +%s%N\`) read just before and after \`/usr/bin/time\`, because %e has only 10 ms resolution. \"cores used\" = (user+sys)/wall. \"other load\" = busy CPU time of the whole machine during the build (/proc/stat) minus the build's own user+sys, per second of wall time (median over the runs): how many of the $(nproc) cores other work took. Above ~0.2 the row is contaminated by other work. pages/s = lessons / median wall."
  echo "- \"lessons with a page\": lessons whose own page exists in the output (bench/lesson_pages.py); \"median lesson page\" is over those pages, in bytes; \"page minus its Markdown file\" is the median over lessons of each page's bytes less its Markdown file's (what the tool adds: the generated lessons are not the same texts at every size)."
  echo
  if [ ${#NOTES[@]} -gt 0 ]; then
    echo "## Notes"
    echo
    for x in "${NOTES[@]}"; do echo "- $x"; done
    if [[ " ${NOTES[*]} " == *"mdbook at N="*"MDBOOK_MAX"* ]]; then
      echo "- mdBook is single-threaded and its build time grows with N² on this corpus (about 9 minutes per 10k build in \`../shared/bench/RESULTS-peers.md\`), so by default it runs only up to MDBOOK_MAX=$MDBOOK_MAX lessons. Run \`MDBOOK_MAX= bench/run.sh\` to include it at every size. That file's 10k mdBook figure (555 s, 743 MiB, 1 run) was NOT measured by this run."
    fi
    echo
  fi
  echo "## Full builds"
  echo
  table
  echo
  if [ "$SONDER_OK" = 1 ]; then
    echo "## sonder check"
    echo
    echo "| N | median wall s | min-max s | peak RSS MiB |"
    echo "|---|---|---|---|"
    for n in $SIZES; do echo "| $n | ${CHECK[$n]:-not run} | ${CHECKRANGE[$n]:-} | ${CHECKRSS[$n]:-} |"; done
    echo
    echo "Widget: \`public/assets/sonder.js\` (N=${WIDGET_N:-?}): $WIDGET_RAW bytes, **$WIDGET_GZ bytes gzip -9**. All of public/assets/: ${ASSETS_NOTE:-none}"
    echo
  fi
  echo "## Ratios"
  echo
  ratios
  echo
  echo "## Targets"
  echo
  targets
}

# ------------------------------------------------------------------ extreme shapes (issue 20)
# Build time must grow with the bytes of a course, not with its shape: each shape is built next
# to a 10,000-lesson, 100-module course of the same bytes, RUNS times each (median wall).
SHAPES=${SHAPES-module20k lesson50mb lines1mb}
SHAPE_SCALE=${SHAPE_SCALE:-1}
SHAPE_ROWS=()
shape_wall() {  # site -> median wall seconds of RUNS builds (output deleted before each), or NA
  local site=$1 i t0 t1 walls=""
  for i in $(seq "$RUNS"); do
    rm -rf "$site/public"; if [ "$SYNC" = 1 ]; then sync; fi
    t0=$(date +%s%N)
    "$SONDER_BIN" build --root "$site" --quiet >"$LOG/shape.out" 2>&1 || { tail -5 "$LOG/shape.out" >&2; echo NA; return; }
    t1=$(date +%s%N)
    walls="$walls $(awk -v d=$((t1 - t0)) 'BEGIN {printf "%.3f", d / 1e9}')"
  done
  printf '%s\n' $walls | median
}
if [ "$SONDER_OK" = 1 ] && [ -n "$SHAPES" ]; then
  for shape in $SHAPES; do
    say "shape $shape (scale $SHAPE_SCALE)"
    bytes=$(python3 "$ROOT/bench/gen_shapes.py" "$shape" --out "$WORK/shapes/$shape" --scale "$SHAPE_SCALE")
    python3 "$ROOT/bench/gen_shapes.py" spread --bytes "$bytes" --out "$WORK/shapes/spread-$shape" >/dev/null
    w_shape=$(shape_wall "$WORK/shapes/$shape")
    w_spread=$(shape_wall "$WORK/shapes/spread-$shape")
    r=$(ratio "$w_shape" "$w_spread")
    verdict=$(le "$r" 2 && echo met || echo "NOT met")
    SHAPE_ROWS+=("| $shape | $bytes | $w_shape | $w_spread | $r | $verdict |")
    say "shape $shape: $w_shape s; same bytes spread: $w_spread s; ratio $r ($verdict)"
  done
fi
# ------------------------------------------------------------------ widget ready (issue 16)
READY_MEDIAN=""; READY_LINES=""
if [ "$SONDER_OK" = 1 ] && [ "$READY" = 1 ]; then
  if command -v node >/dev/null 2>&1 && [ -d "$ROOT/node_modules/playwright-core" ]; then
    say "widget ready after load: node bench/ready.mjs"
    if READY_LINES=$(cd "$ROOT" && SONDER_BIN="$SONDER_BIN" node bench/ready.mjs 2>"$LOG/ready.err"); then
      READY_MEDIAN=$(echo "$READY_LINES" | sed -n 's/.*after the load event: median \([0-9.]*\) ms.*/\1/p')
    else
      note "bench/ready.mjs failed (log $LOG/ready.err)"; READY_LINES=""
    fi
  else
    note "widget ready not measured: node or node_modules/playwright-core missing (npm ci)"
  fi
fi
ready_report() {
  [ -n "$READY_LINES" ] || return 0
  echo "## Widget ready after load (bench/ready.mjs)"
  echo
  echo '```'
  echo "$READY_LINES"
  echo '```'
  echo
}
shapes_report() {
  [ ${#SHAPE_ROWS[@]} -gt 0 ] || return 0
  echo "## Extreme shapes (sonder build, median of $RUNS; scale $SHAPE_SCALE)"
  echo
  echo "| shape | content bytes | wall s | same bytes, 10k lessons in 100 modules, wall s | ratio | target <= 2x |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${SHAPE_ROWS[@]}"
  echo
}

if [ "$RESULTS" = - ]; then report; echo; shapes_report; ready_report
else
  { report; echo; shapes_report; ready_report; } > "$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
  cat "$RESULTS"
  say "wrote $RESULTS"
fi
