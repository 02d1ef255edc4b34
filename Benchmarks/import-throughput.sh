#!/usr/bin/env bash
# Import throughput beside the peers, on the same pages, in the same run.
#   - quotecheck: wall time of ONE `quotecheck import DIR` into a fresh workbench (median of RUNS=3)
#     (release build), of the 30 corpus pages copied COPIES times as distinct files
#     (a comment with the copy number makes each copy's bytes, so its SHA-256, new),
#     with `--jobs 1` (one parsing thread; the writer still runs beside it), with `--jobs 1`
#     pinned to one CPU (`taskset -c 0`: truly one core) and with the default (one parsing
#     thread per core), side by side, each with its peak memory (maximum resident set size,
#     from /usr/bin/time -v) and its CPU time (user + system, all threads): on a machine that
#     others load, the CPU time is the steadier figure, and "pages per CPU-second" compares
#     with trafilatura's CPU time (Python's process_time) whatever the load;
#   - quotecheck's extraction in one process, and libxml2's parse alone (the floor);
#   - trafilatura's extraction alone, timed inside Python (interpreter start and
#     imports excluded; median of as many runs), and the textacy peer (quotes_peer.py --timing);
#   - last, the ratios the issues ask about, from the figures above: all cores / one core
#     (issue 17: two cores at least 1.7x one), and each against trafilatura (issue 14: 5x).
# Usage: Benchmarks/import-throughput.sh [COPIES]   (default 10: 300 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
copies=${1:-10}
swift build -c release --product quotecheck >/dev/null
swift build -c release --product bench-parse >/dev/null
bin=$(swift build -c release --show-bin-path)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/pages"
for i in $(seq 1 "$copies"); do
  for f in "$shared"/corpus/html/*.html; do
    { cat "$f"; echo "<!-- copy $i -->"; } >"$tmp/pages/$i-$(basename "$f")"
  done
done
pages=$(ls "$tmp/pages" | wc -l)
megabytes=$(du -sb "$tmp/pages" | awk '{printf "%.1f", $1/1e6}')
echo "pages: $pages ($megabytes MB)"

# Three imports per setting, each into a fresh workbench, the two settings taking turns;
# the median is the figure (one run is at the mercy of the machine).
runs=${RUNS:-3}
cores=$(nproc)
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -v -o "$tmp/time.txt"); fi
settings="1 default"
command -v taskset >/dev/null && settings="pinned 1 default"
declare -A times peaks cpus
for run in $(seq 1 "$runs"); do
  for jobs in $settings; do
    rm -rf "$tmp/wb"
    flags=(); pin=()
    case $jobs in
      1) flags=(--jobs 1) ;;
      pinned) flags=(--jobs 1); pin=(taskset -c 0) ;;
    esac
    start=$(date +%s.%N)
    "${pin[@]}" "${timer[@]}" "$bin/quotecheck" --workbench "$tmp/wb" import "${flags[@]}" "$tmp/pages" >/dev/null
    end=$(date +%s.%N)
    times[$jobs]+="$(python3 -c "print($end - $start)") "
    if [ -f "$tmp/time.txt" ]; then
      peaks[$jobs]+="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt") "
      cpus[$jobs]+="$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tmp/time.txt") "
    fi
  done
done
for jobs in $settings; do
  case $jobs in
    1) label="--jobs 1" ;;
    pinned) label="--jobs 1 on 1 CPU" ;;
    default) label="--jobs $cores (default)" ;;
  esac
  python3 - "$pages" "$megabytes" "$label" "${times[$jobs]}" "${peaks[$jobs]:-}" "${cpus[$jobs]:-}" <<'PY'
import sys, statistics
n, mb, label = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
times = [float(t) for t in sys.argv[4].split()]
peaks = [int(k) for k in sys.argv[5].split()]
t = statistics.median(times)
runs = ", ".join(f"{x:.2f}" for x in times)
peak = f"  peak RSS {max(peaks) / 1024:5.0f} MB" if peaks else ""
cpus = [float(c) for c in sys.argv[6].split()]
if cpus:
    c = statistics.median(cpus)
    peak += f"  cpu {c:5.2f} s  {n/c:6.1f} pages/cpu-s"
print(f"quotecheck import {label:<19} {n:5.0f} pages  {t:6.2f} s  {n/t:7.1f} pages/s  {mb/t:6.1f} MB/s{peak}  (median of {runs} s)")
PY
done | tee -a "$tmp/figures.txt"
"$bin/bench-parse" "$tmp"/pages/*.html | sed 's/^/in-process: /' | tee -a "$tmp/figures.txt"

venv=${PEERS_VENV:-/tmp/quotecheck-peers}
if [ -x "$venv/bin/python" ]; then
  (
  "$venv/bin/python" - "$runs" "$tmp"/pages/*.html <<'PY'
import sys, time
import trafilatura
paths = sys.argv[2:]
docs = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
# As many runs as quotecheck's imports, and the median, so both sides meet the machine alike.
times, cpus = [], []
for run in range(int(sys.argv[1])):
    t = time.perf_counter()
    cpu = time.process_time()
    for d in docs:
        trafilatura.extract(d)
    times.append(time.perf_counter() - t)
    cpus.append(time.process_time() - cpu)
t = sorted(times)[len(times) // 2]
runs = ", ".join(f"{x:.2f}" for x in times)
c = sorted(cpus)[len(cpus) // 2]
print(f"trafilatura extraction alone (in Python)    {len(docs):5d} pages  {t:6.2f} s  {len(docs)/t:7.1f} pages/s  {mb/t:6.1f} MB/s  cpu {c:5.2f} s  {len(docs)/c:6.1f} pages/cpu-s  (median of {runs} s)")
PY
  "$venv/bin/python" "$shared/peers/quotes_peer.py" --timing "$tmp"/pages/*.html 2>&1 >/dev/null | tail -1 | sed 's/^/textacy peer: /'
  ) | tee -a "$tmp/figures.txt"
else
  echo "(peer venv not found: run $shared/peers/setup.sh to time trafilatura and textacy beside us)"
fi

# The issue's bar and aims, from the figures printed above.
python3 - "$tmp/figures.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def rate(pattern):
    m = re.search(pattern, text, re.M)
    return float(m.group(1)) if m else None
one = rate(r"^quotecheck import --jobs 1  .*?([\d.]+) pages/s")
pinned = rate(r"^quotecheck import --jobs 1 on 1 CPU .*?([\d.]+) pages/s")
ours = rate(r"^quotecheck import --jobs \d+ \(default\) .*?([\d.]+) pages/s")
floor = rate(r"^in-process: libxml2 parse alone .*?([\d.]+) pages/s")
trafilatura = rate(r"^trafilatura .*?([\d.]+) pages/s")
textacy = rate(r"docs_per_s=([\d.]+)")
def per_cpu(pattern):
    m = re.search(pattern + r".*?([\d.]+) pages/cpu-s", text, re.M)
    return float(m.group(1)) if m else None
one_cpu = per_cpu(r"^quotecheck import --jobs 1 on 1 CPU ") or per_cpu(r"^quotecheck import --jobs 1  ")
trafilatura_cpu = per_cpu(r"^trafilatura ")
if ours and pinned: print(f"import, all cores vs one core (--jobs 1 on 1 CPU): {ours / pinned:5.2f}x  (issue 17, two cores: at least 1.7x)")
if ours and one: print(f"import, all cores vs one parsing thread (--jobs 1): {ours / one:5.2f}x")
if one and trafilatura: print(f"import --jobs 1 vs trafilatura's extraction alone: {one / trafilatura:5.2f}x")
if ours and trafilatura: print(f"import (all cores) vs trafilatura's extraction alone: {ours / trafilatura:5.2f}x  (bar: 5x)")
if one_cpu and trafilatura_cpu:
    print(f"pages per CPU-second, import --jobs 1 vs trafilatura: {one_cpu / trafilatura_cpu:5.2f}x  (steady under load; times the cores the import uses)")
if ours and textacy: print(f"import vs the textacy peer:              {ours / textacy:5.1f}x  (aim: 50x)")
if ours and floor: print(f"import time / raw libxml2 parse time:    {floor / ours:5.2f}   (aim: within 3)")
PY
