#!/usr/bin/env bash
# Extraction quality against gold, with ../shared/peers/score.py:
#   - the sample article against ../shared/peers/seed.gold.jsonl (must be 1.0),
#   - the 30 corpus pages against ../shared/corpus/gold/dev.jsonl,
#   - with --peer, the trafilatura + textacy peer on the same pages in the same run.
#   - with --targets, fails unless the corpus figures meet issue 3's targets
#     (quote F1 0.95, end-to-end F1 0.90, full-name speakers 0.90, day said 0.85);
#     extraction is deterministic, so a drop is a regression, not noise.
# Usage: Benchmarks/quality.sh [--peer] [--floor E2E] [--targets] [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
peer=0; floor=""; targets=0; verbose=""
while [ $# -gt 0 ]; do
  case "$1" in
    --peer) peer=1 ;;
    --floor) floor=$2; shift ;;
    --targets) targets=1 ;;
    -v) verbose=-v ;;
    *) echo "usage: $0 [--peer] [--floor E2E] [--targets] [-v]" >&2; exit 64 ;;
  esac
  shift
done
swift build -c release --product extract-quotes >/dev/null
bin=$(swift build -c release --show-bin-path)/extract-quotes
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$bin" sources/envoy-peace-plan-2025-11-26.html | sed 's/envoy-peace-plan-2025-11-26.html/seed.txt/' >"$tmp/seed.jsonl"
echo "sample article (seed.gold.jsonl):"
seed_line=$(python3 "$shared/peers/score.py" "$shared/peers/seed.gold.jsonl" "$tmp/seed.jsonl" | tail -1)
echo "  quotecheck  $seed_line"

"$bin" "$shared"/corpus/html/*.html >"$tmp/ours.jsonl"
echo "corpus (gold/dev.jsonl, 30 pages):"
python3 "$shared/peers/score.py" $verbose "$shared/corpus/gold/dev.jsonl" "$tmp/ours.jsonl" 2>/dev/null >"$tmp/ours.score"
[ -n "$verbose" ] && cat "$tmp/ours.score"
ours=$(tail -1 "$tmp/ours.score")
echo "  quotecheck  $ours"
if [ $peer -eq 1 ]; then
  venv=$("$shared/peers/setup.sh" | tail -1)
  "$venv/bin/python" "$shared/peers/quotes_peer.py" "$shared"/corpus/html/*.html >"$tmp/peer.jsonl" 2>/dev/null
  echo "  peer        $(python3 "$shared/peers/score.py" "$shared/corpus/gold/dev.jsonl" "$tmp/peer.jsonl" 2>/dev/null | tail -1)"
fi

case "$seed_line" in
  *"end_to_end_f1=1.0000 speaker_full_acc=1.0000 date_acc=1.0000"*) ;;
  *) echo "FAIL: the sample article is no longer extracted exactly" >&2; exit 1 ;;
esac
if [ -n "$floor" ]; then
  e2e=$(sed -n 's/.*end_to_end_f1=\([0-9.]*\).*/\1/p' <<<"$ours")
  python3 -c "import sys; sys.exit(0 if float('$e2e') >= float('$floor') else 1)" ||
    { echo "FAIL: end-to-end F1 $e2e fell below the floor $floor" >&2; exit 1; }
fi
if [ $targets -eq 1 ]; then
  python3 - "$ours" <<'PY' || exit 1
import sys
figures = dict(pair.split("=") for pair in sys.argv[1].split())
targets = {"quote_f1": 0.95, "end_to_end_f1": 0.90, "speaker_full_acc": 0.90, "date_acc": 0.85}
missed = [f"{name} {figures[name]} < {bound}" for name, bound in targets.items() if float(figures[name]) < bound]
if missed:
    print("FAIL: below issue 3's targets: " + ", ".join(missed), file=sys.stderr)
    sys.exit(1)
print("  targets met: " + ", ".join(f"{name} >= {bound}" for name, bound in targets.items()))
PY
fi
