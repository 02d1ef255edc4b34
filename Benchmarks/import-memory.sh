#!/usr/bin/env bash
# A long import streams: the peak memory of one `quotecheck import DIR` of N
# distinct pages (default 100,000), with its wall time and pages/s.
#   - The pages are the sample article under sources/ (in the repository, so
#     the benchmark needs no ../shared), each with one more paragraph holding
#     a quote of its own ("… page 123 …"), so every page is a new source with
#     a new claim: N sources of about 6.5 KB, N + 7 claims, 8 × N appearances.
#   - Peak memory is the maximum resident set size (/usr/bin/time -v), the
#     figure issue 17 sets at under 200 MB for 100,000 pages.
#   - The progress line (pages/s, time left) is written to standard error on
#     a terminal only; here standard error goes to a file, and its last line
#     (the summary) is printed.
# Usage: Benchmarks/import-memory.sh [N]   (release build; needs N × 13 KB of disk in $TMPDIR)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
swift build -c release --product quotecheck >/dev/null
bin=$(swift build -c release --show-bin-path)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$count" "$tmp/pages" sources/envoy-peace-plan-2025-11-26.html <<'PY'
import os, sys
count, folder, sample = int(sys.argv[1]), sys.argv[2], open(sys.argv[3], encoding="utf-8").read()
head, tail = sample.split("</article>", 1)
# A thousand pages per folder: a folder of 100,000 files is slow for any tool.
for i in range(count):
    sub = os.path.join(folder, f"{i // 1000:03d}")
    if i % 1000 == 0:
        os.makedirs(sub)
    extra = (f"        <p>\u201cThe figure for page {i} is what we measured,\u201d said Dana Reyes, "
             f"an analyst at the Ledger Institute, on Tuesday.</p>\n      ")
    with open(os.path.join(sub, f"page-{i:06d}.html"), "w", encoding="utf-8") as f:
        f.write(head + extra + "</article>" + tail)
PY
echo "pages: $count ($(du -sh "$tmp/pages" | cut -f1))"
start=$(date +%s.%N)
/usr/bin/time -v -o "$tmp/time.txt" "$bin/quotecheck" --workbench "$tmp/wb" import "$tmp/pages" >"$tmp/out.txt" 2>"$tmp/err.txt" || {
  echo "import failed:"; tail -5 "$tmp/err.txt"; exit 1; }
end=$(date +%s.%N)
peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tmp/time.txt")
python3 - "$count" "$start" "$end" "$peak" "$cpu" <<'PY'
import sys
n, start, end, peak, cpu = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
t = end - start
print(f"quotecheck import of {n} pages: {t:.1f} s, {n / t:.0f} pages/s, cpu {cpu:.1f} s, peak RSS {peak / 1024:.0f} MB  (bar: under 200 MB)")
PY
tail -1 "$tmp/out.txt"
echo "store: $(du -sh "$tmp/wb/claims" | cut -f1), archive: $(du -sh "$tmp/wb/sources" | cut -f1)"
