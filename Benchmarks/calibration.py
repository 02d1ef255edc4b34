#!/usr/bin/env python3
"""Calibration of extract-quotes' confidence, and each rule's precision, against gold.

Usage:
    python3 Benchmarks/calibration.py [--peers DIR] PRED.jsonl GOLD.jsonl [GOLD.jsonl ...]

PRED is extract-quotes' output (one quote a line with file, quote, speaker,
rule, confidence; rule and confidence may be null or absent). The GOLD files
are read and aligned exactly as ../shared/peers/score.py does (its `load`,
`align`, `speaker_match` and `norm` are imported from DIR, default
$SHARED/peers or ../shared/peers): only files the gold names are scored, and
quotes are matched one to one within each file. Standard library only.

It prints:
  - a calibration table by confidence band ([0,0.5), [0.5,0.7), [0.7,0.8),
    [0.8,0.9), [0.9,1.0], and "null" for quotes without a confidence): quotes
    predicted, matched to gold, quote precision (matched / predicted), right
    speaker (score.py's speaker match), speaker accuracy (right / matched),
    and full-name accuracy (the speaker equals gold's full name);
  - the speaker accuracy of the matched quotes with confidence >= 0.9;
  - the speaker error rate of the lowest-confidence tenth of the matched
    quotes against the average error rate, and their ratio. Quotes tied at
    the tenth's edge count in proportion (the tied group's error rate times
    the places left), so the figure does not depend on the order of ties;
    with no error at all the ratio is reported as inf (nothing to separate);
  - per rule id (null shown as "(none)"): predictions, matched, quote
    precision (matched / predicted), right speaker, speaker precision
    (right speaker / matched).
The last line is machine-readable, for Benchmarks/quality_gate.py:
    speaker_acc_conf90=X low_tenth_error_ratio=Y low_tenth_error=Z average_error=W
or, when no quote carries a confidence:
    calibration: no confidence yet
Issue 14 asks for speaker_acc_conf90 >= 0.97 and low_tenth_error_ratio >= 3;
the bounds live in Benchmarks/quality-bounds.txt.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
from collections import defaultdict

# The confidence bands of the table: [low, high), the last one closed at 1.0.
BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0)]
# Quotes at or above this confidence are the ones issue 14 says must be right 97% of the time.
CONFIDENT = 0.9
# The share of the matched quotes, least confident first, whose error rate is set against the average.
LOW_SHARE = 0.1


def import_scorer(peers: str):
    """Imports ../shared/peers/score.py as a module (its alignment is the scorer's, not a copy)."""
    sys.path.insert(0, os.path.abspath(peers))
    try:
        import score  # noqa: E402  (found through sys.path)
    except ImportError as exc:
        sys.exit(f"calibration.py: cannot import score.py from {peers}: {exc}")
    return score


class Outcome:
    """One predicted quote and what the gold says of it."""

    __slots__ = ("rule", "confidence", "matched", "speaker_ok", "full_ok")

    def __init__(self, rule, confidence, matched=False, speaker_ok=False, full_ok=False):
        self.rule = rule
        self.confidence = confidence
        self.matched = matched
        self.speaker_ok = speaker_ok
        self.full_ok = full_ok


def confidence_of(pred: dict):
    """The prediction's confidence as a float, or None when it is null, absent or not a number."""
    value = pred.get("confidence")
    if value is None or isinstance(value, bool):
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def outcomes(score, pred_path: str, gold_paths: list[str]) -> list[Outcome]:
    """Every predicted quote of the gold's files, aligned with score.py's `align`."""
    gold: dict[str, list[dict]] = defaultdict(list)
    declared: set[str] = set()
    for path in gold_paths:
        by_file, files = score.load(path)
        declared |= files
        for name, rows in by_file.items():
            gold[name].extend(rows)
    pred, _ = score.load(pred_path)
    result = []
    for name in sorted(declared):
        g, p = gold.get(name, []), pred.get(name, [])
        pairs = {j: (i, ok) for i, j, ok in score.align(g, p)}
        for j, row in enumerate(p):
            out = Outcome(row.get("rule"), confidence_of(row))
            if j in pairs:
                i, ok = pairs[j]
                out.matched = True
                out.speaker_ok = ok
                out.full_ok = bool(score.norm(row.get("speaker"))) and \
                    score.norm(row.get("speaker")) == score.norm(g[i].get("speaker"))
            result.append(out)
    return result


def ratio(num: float, den: float) -> str:
    return f"{num / den:.4f}" if den else "   n/a"


def band_label(low: float, high: float) -> str:
    return f"[{low:.1f},{high:.1f}]" if high >= 1.0 else f"[{low:.1f},{high:.1f})"


def in_band(c: float, low: float, high: float) -> bool:
    return low <= c < high or (high >= 1.0 and c >= high)


def print_rows(title: str, rows: list[tuple[str, list[Outcome]]]):
    width = max([16, len(title)] + [len(label) for label, _ in rows])
    print(f"  {title:<{width}} {'pred':>5} {'match':>5} {'quoteP':>7} {'right':>5} {'spkAcc':>7} {'fullAcc':>7}")
    for label, group in rows:
        matched = [o for o in group if o.matched]
        right = sum(o.speaker_ok for o in matched)
        full = sum(o.full_ok for o in matched)
        print(f"  {label:<{width}} {len(group):>5} {len(matched):>5} {ratio(len(matched), len(group)):>7} "
              f"{right:>5} {ratio(right, len(matched)):>7} {ratio(full, len(matched)):>7}")


def low_tenth(matched: list[Outcome]) -> tuple[float, int, float]:
    """Error rate of the least confident LOW_SHARE of `matched` (ties at the edge in proportion),
    the number of places, and the highest confidence inside."""
    ordered = sorted(matched, key=lambda o: o.confidence)
    places = max(1, math.ceil(LOW_SHARE * len(ordered)))
    edge = ordered[places - 1].confidence
    below = [o for o in ordered if o.confidence < edge]
    tied = [o for o in ordered if o.confidence == edge]
    tied_error = sum(not o.speaker_ok for o in tied) / len(tied)
    errors = sum(not o.speaker_ok for o in below) + (places - len(below)) * tied_error
    return errors / places, places, edge


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_peers = os.path.join(os.environ.get("SHARED", "../shared"), "peers")
    ap.add_argument("--peers", default=default_peers, help="the folder holding score.py")
    ap.add_argument("pred")
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args(argv)
    score = import_scorer(args.peers)
    outs = outcomes(score, args.pred, args.gold)

    rated = [o for o in outs if o.confidence is not None]
    unrated = [o for o in outs if o.confidence is None]
    print("calibration by confidence band (speaker right = score.py's speaker match):")
    rows = [(band_label(lo, hi), [o for o in rated if in_band(o.confidence, lo, hi)]) for lo, hi in BANDS]
    outside = [o for o in rated if not any(in_band(o.confidence, lo, hi) for lo, hi in BANDS)]
    if outside:
        rows.append(("outside [0,1]", outside))
    rows.append(("null", unrated))
    print_rows("confidence", rows)

    print("precision per rule (quoteP: quote precision, matched / predicted; spkAcc: speaker precision, "
          "right speaker / matched):")
    by_rule: dict[str, list[Outcome]] = defaultdict(list)
    for o in outs:
        by_rule[o.rule if o.rule else "(none)"].append(o)
    print_rows("rule", sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    matched = [o for o in rated if o.matched]
    if not matched:
        print("calibration: no confidence yet")
        return 0
    if unrated:
        print(f"  ({len(unrated)} of {len(outs)} predicted quotes have no confidence; "
              f"the figures below are over the other {len(rated)})")
    confident = [o for o in matched if o.confidence >= CONFIDENT]
    conf_right = sum(o.speaker_ok for o in confident)
    # No quote that confident is no evidence that confident quotes are right: nan, which the gate refuses.
    conf_acc = conf_right / len(confident) if confident else math.nan
    print(f"confidence >= {CONFIDENT}: {len(confident)} matched quotes, speaker right {conf_right} "
          f"({conf_acc:.4f})")
    average = sum(not o.speaker_ok for o in matched) / len(matched)
    low_error, places, edge = low_tenth(matched)
    times = low_error / average if average else math.inf
    print(f"lowest tenth: {places} of {len(matched)} matched quotes (confidence <= {edge:.3f}), "
          f"speaker error rate {low_error:.4f} against {average:.4f} on average: {times:.2f} times")
    print(f"speaker_acc_conf90={conf_acc:.4f} low_tenth_error_ratio={times:.4f} "
          f"low_tenth_error={low_error:.4f} average_error={average:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
