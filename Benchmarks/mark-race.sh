#!/usr/bin/env bash
# Issue 17's race: WORKERS processes (default 4) each give VERDICTS verdicts
# (default 500) with `quotecheck mark --expect-version` on the same few
# quotes at once; a refused verdict is given again on the version the refusal
# names (Benchmarks/mark-worker.sh). Prints the wall time, verdicts/s, the
# refusals, and checks that no verdict was lost (every accepted note is in its
# quote's trail, and the trail holds no other) and that every refusal named
# another checker's change.
#
#   Benchmarks/mark-race.sh [WORKERS] [VERDICTS]
#
# Against PostgreSQL when QUOTECHECK_BENCH_POSTGRES names an empty database:
#   scripts/postgres-test-cluster sh -c 'QUOTECHECK_BENCH_POSTGRES=$QUOTECHECK_TEST_POSTGRES Benchmarks/mark-race.sh'
# else against a SQLite workbench in a temporary folder. QUOTECHECK names the
# binary (default: .build/release/quotecheck if built, else .build/debug/quotecheck).
set -euo pipefail
cd "$(dirname "$0")/.."

workers=${1:-4}
verdicts=${2:-500}
qc=${QUOTECHECK:-}
if [ -z "$qc" ]; then
  qc=.build/debug/quotecheck
  [ -x .build/release/quotecheck ] && qc=.build/release/quotecheck
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/qc-mark-race.XXXXXX")
trap 'rm -rf "$dir"' EXIT

"$qc" --workbench "$dir/wb" import sources/envoy-peace-plan-2025-11-26.html >/dev/null
if [ -n "${QUOTECHECK_BENCH_POSTGRES:-}" ]; then
  "$qc" --workbench "$dir/wb" copy --to "$QUOTECHECK_BENCH_POSTGRES" 2>/dev/null
  store=(--database "$QUOTECHECK_BENCH_POSTGRES")
  backend=postgresql
else
  store=(--workbench "$dir/wb")
  backend=sqlite
fi

# The first three quotes, each with its version now.
mapfile -t targets < <("$qc" "${store[@]}" list --format jsonl --limit 3 \
  | sed -n 's/^{"id":\([0-9][0-9]*\),.*"version":\([0-9][0-9]*\)}$/\1:\2/p')
[ "${#targets[@]}" -eq 3 ] || { echo "mark-race: could not read the quotes' versions" >&2; exit 1; }

start=$(date +%s.%N)
pids=()
for ((w = 1; w <= workers; w++)); do
  Benchmarks/mark-worker.sh "w$w" "$verdicts" "${targets[@]}" -- "$qc" "${store[@]}" >"$dir/w$w.log" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
end=$(date +%s.%N)
[ "$failed" -eq 0 ] || { echo "mark-race: a worker failed:" >&2; grep -h '^failed' "$dir"/w*.log >&2; exit 1; }

accepted=$(cat "$dir"/w*.log | grep -c '^accepted' || true)
refused=$(cat "$dir"/w*.log | grep -c '^refused' || true)
# A refusal names the other checker's change: "wN set note … → wN-k".
unexplained=0
for ((w = 1; w <= workers; w++)); do
  n=$(grep '^refused' "$dir/w$w.log" | grep -v -E "w[0-9]+ set note" | grep -c . || true)
  own=$(grep '^refused' "$dir/w$w.log" | grep -c -E "[^0-9]w$w set note" || true)
  unexplained=$((unexplained + n + own))
done
lost=0
for target in "${targets[@]}"; do
  id=${target%%:*}
  given=$(cat "$dir"/w*.log | grep -c "^accepted $id " || true)
  trail=$("$qc" "${store[@]}" history "$id" --format jsonl | grep -c '"field":"note"' || true)
  [ "$given" -eq "$trail" ] || lost=$((lost + given - trail))
done

seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
printf 'mark-race on %s: %d processes x %d verdicts on 3 quotes\n' "$backend" "$workers" "$verdicts"
printf '  accepted %d, refused and given again %d, lost %d, refusals not naming the other change %d\n' \
  "$accepted" "$refused" "$lost" "$unexplained"
printf '  wall %.1f s, %.1f verdicts/s (each a quotecheck process)\n' "$seconds" "$(awk -v n="$accepted" -v s="$seconds" 'BEGIN { print n / s }')"
[ "$lost" -eq 0 ] && [ "$unexplained" -eq 0 ] && [ "$accepted" -eq $((workers * verdicts)) ]
