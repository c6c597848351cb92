#!/usr/bin/env bash
# The LiveAccess throughput and start-up benchmark, as ratios measured side by side in one run
# (machines are noisy: compare with what ran next to it, not with yesterday's seconds).
#
#   bench/run.sh [ROWS] [REPEATS]
#
#   ROWS      rows of the generated inventory (default 1000000, about 75 MB)
#   REPEATS   runs of each side (default 5); the report gives the best and the median
#
# Environment:
#   ALL_ROWS      rows of the no-scenario inventory (every row answered for all 15 scenarios;
#                 about 6 GB of CSV report per million rows). Default: ROWS / 10. 0 skips it.
#   ALL_REPEATS   runs of the no-scenario case (default 1)
#   STARTUP_RUNS  runs of each start-up measurement (default 40)
#   KEEP_OUTPUT   1 keeps the CSV reports in bench/data (they are deleted otherwise)
#
# It publishes the command and a hello world the same way (Release, for this machine: self-contained,
# composite ReadyToRun with the framework, no tiered compilation; see src/LiveAccess.Cli/Runtime.props),
# generates the inventories (bench/data, git-ignored, reused when present), then prints:
#   1. liveaccess plan --input inventory.csv --format csv > out.csv  against Python's C csv module
#      only parsing the same file, run alternately; ratio = liveaccess / Python (goal <= 1.0)
#   2. the same without scenarios (15 decisions per row), reported apart
#   3. peak resident memory of every liveaccess run (goal < 300 MB)
#   4. a single answer against the hello world (goal <= 1.5x), with hyperfine when installed
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="$ROOT/bench/data"
ROWS="${1:-1000000}"
REPEATS="${2:-5}"
ALL_ROWS="${ALL_ROWS:-$((ROWS / 10))}"
ALL_REPEATS="${ALL_REPEATS:-1}"
STARTUP_RUNS="${STARTUP_RUNS:-40}"
mkdir -p "$DATA"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) RID=linux-x64 ;;
  Linux-aarch64) RID=linux-arm64 ;;
  Darwin-x86_64) RID=osx-x64 ;;
  Darwin-arm64) RID=osx-arm64 ;;
  *) echo "unknown platform $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
PY="${PYTHON:-python3}"
# The interpreter itself, not a version manager's shim (pyenv's adds about 0.1 s to every run).
PY="$("$PY" -c 'import sys; print(sys.executable)')"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "== dotnet $(dotnet --version), $("$PY" --version 2>&1), $(date -u '+%Y-%m-%d %H:%M UTC')"

echo "== publishing (Release, self-contained composite ReadyToRun, $RID; about two minutes each the first time)"
publish() {
  rm -rf "$2"
  timeout 1200 dotnet publish -c Release -r "$RID" -v quiet -nologo "$1" -o "$2" > "$DATA/publish.log" 2>&1 \
    || { cat "$DATA/publish.log" >&2; exit 2; }
}
publish "$ROOT/src/LiveAccess.Cli/LiveAccess.Cli.csproj" "$DATA/publish/cli"
publish "$ROOT/bench/HelloWorld/HelloWorld.csproj" "$DATA/publish/hello"
CLI="$DATA/publish/cli/liveaccess"
HELLO="$DATA/publish/hello/HelloWorld"

generate() { # rows mode file
  if [ ! -s "$3" ]; then
    echo "== generating $3 ($1 rows, scenario $2)"
    "$PY" "$ROOT/bench/generate-inventory.py" "$1" "$3" --scenario "$2"
  fi
}
INV="$DATA/inventory-$ROWS.csv"
generate "$ROWS" each "$INV"
if [ "$ALL_ROWS" -gt 0 ]; then
  INV_ALL="$DATA/inventory-$ALL_ROWS-all.csv"
  generate "$ALL_ROWS" none "$INV_ALL"
fi

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

# One side by side: Python parse-only, then liveaccess plan > out.csv; prints "py_ms cli_ms rss_kb cli_exit".
side_by_side() { # inventory out
  local t0 t1 t2 code rss
  # The last run's report goes first, untimed: the shell truncating 448 MB of it on the next
  # redirection took 30-120 ms that are the file system's, not the command's.
  rm -f "$2"
  t0=$(now)
  "$PY" -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$1" > /dev/null
  t1=$(now)
  set +e
  "$TIME" -o "$DATA/time.txt" -f "%M" "$CLI" plan --input "$1" --format csv > "$2" 2> "$DATA/stderr.txt"
  code=$?
  set -e
  t2=$(now)
  rss=$(tail -1 "$DATA/time.txt")
  echo "$(ms "$t0" "$t1") $(ms "$t1" "$t2") $rss $code"
}

report() { # label inventory repeats
  local label="$1" inv="$2" n="$3" out="$DATA/out.csv" results=()
  echo
  echo "== $label: $(basename "$inv"), $(du -h "$inv" | cut -f1), $n run(s) each, alternating"
  printf '   %-4s %10s %14s %8s %12s %5s\n' run "python ms" "liveaccess ms" ratio "peak RSS MB" exit
  for i in $(seq "$n"); do
    read -r py cli rss code < <(side_by_side "$inv" "$out")
    ratio=$(awk -v a="$cli" -v b="$py" 'BEGIN { printf "%.2f", a / b }')
    printf '   %-4s %10s %14s %8s %12s %5s\n' "$i" "$py" "$cli" "$ratio" "$((rss / 1024))" "$code"
    results+=("$ratio $py $cli $rss")
  done
  echo "   liveaccess said: $(tail -1 "$DATA/stderr.txt")"
  echo "   report: $(du -h "$out" | cut -f1)"
  # Each column's own median (the ratio's median run need not hold the median times).
  median() { printf '%s\n' "${results[@]}" | awk -v k="$1" '{ print $k }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  local best rss
  best=$(printf '%s\n' "${results[@]}" | awk '{ print $1 }' | sort -n | head -1)
  rss=$(printf '%s\n' "${results[@]}" | awk '{ print $4 }' | sort -n | tail -1)
  printf '   %s: ratio best %.2f, median %.2f (python median %d ms, liveaccess median %d ms), peak RSS max %d MB\n' \
    "$label" "$best" "$(median 1)" "$(median 2)" "$(median 3)" "$((rss / 1024))"
  [ "${KEEP_OUTPUT:-0}" = 1 ] || rm -f "$out"
}

report "one scenario per row" "$INV" "$REPEATS"
[ "$ALL_ROWS" -gt 0 ] && report "no scenario (15 decisions per row)" "$INV_ALL" "$ALL_REPEATS"

echo
# The reports just deleted are still being freed and written back: let that settle first, or the
# start-up runs share the machine with it (a series measured 1.7x instead of 1.2x without this).
sync
sleep 3
echo "== start-up: one answer against a hello world built the same way"
SINGLE=("$CLI" plan --app-id wx1234567890abcdef --entity enterprise --category 社交/直播 --scenario ecommerce)
"${SINGLE[@]}" > /dev/null 2>&1 || true
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 5 --runs "$STARTUP_RUNS" --export-json "$DATA/startup.json" "$HELLO" "${SINGLE[*]}" > "$DATA/hyperfine.txt" 2>&1 \
    || { cat "$DATA/hyperfine.txt"; exit 2; }
  grep -E "Time|Benchmark" "$DATA/hyperfine.txt" | sed 's/^/   /'
  "$PY" - "$DATA/startup.json" <<'EOF'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"]
h, c = r[0], r[1]
print("   start-up ratio: mean %.2f, median %.2f, best %.2f (hello %.1f ms, liveaccess %.1f ms median)"
      % (c["mean"] / h["mean"], c["median"] / h["median"], min(c["times"]) / min(h["times"]), h["median"] * 1000, c["median"] * 1000))
EOF
else
  echo "   (hyperfine not installed: a loop with date +%s%N)"
  loop() { local t0 t1 all=(); for _ in $(seq "$STARTUP_RUNS"); do t0=$(now); "$@" > /dev/null 2>&1 || true; t1=$(now); all+=($(( (t1 - t0) / 1000 ))); done; printf '%s\n' "${all[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1] }'; }
  read -r hm hb < <(loop "$HELLO")
  read -r cm cb < <(loop "${SINGLE[@]}")
  awk -v hm="$hm" -v hb="$hb" -v cm="$cm" -v cb="$cb" 'BEGIN { printf "   hello %.1f ms, liveaccess %.1f ms (medians); start-up ratio median %.2f, best %.2f\n", hm / 1000, cm / 1000, cm / hm, cb / hb }'
fi
