#!/usr/bin/env python3
"""Holds Benchmarks/quality.sh's figures to the bounds of Benchmarks/quality-bounds.txt.

Usage:
    python3 Benchmarks/quality_gate.py BOUNDS FIGURES [--enforce all | --enforce SET[,SET...]] [--raise-floors]

BOUNDS: one bound a line, `SET FIGURE TARGET FLOOR`, `#` starting a comment;
TARGET may be "-" (no target); a FLOOR above its TARGET is refused.
FIGURES: one line a set, as quality.sh writes it:
    SET name=value name=value ...     (e.g. score.py's last line after the set's name)
    SET skip REASON...                (the set is not measured yet: its bounds are not checked)

Prints a line per bound (the figure, its floor and target, and whether the target
is met or not yet), then a FAIL line on stderr for each enforced figure below its
floor (naming the figure, the set and the bound), and exits 1 if there is one.
A bound whose figure is missing (and whose set is not skipped) or is not a
number is a FAIL too, enforced or not: the bounds file and the script disagree.
--raise-floors first rewrites BOUNDS in place, each floor raised to its figure
(never above its target, never lowered; comments kept): run it after a change
that improves the figures, check the diff, commit it.
Standard library only.
"""
from __future__ import annotations

import argparse
import math
import re
import sys


class Bound:
    """One line of the bounds file."""

    def __init__(self, where: str, set_name: str, figure: str, target: float | None, floor: float):
        self.where, self.set, self.figure, self.target, self.floor = where, set_name, figure, target, floor


def read_bounds(path: str) -> list[Bound]:
    bounds = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            fields = line.split("#", 1)[0].split()
            if not fields:
                continue
            where = f"{path}:{n}"
            if len(fields) != 4:
                sys.exit(f"{where}: want SET FIGURE TARGET FLOOR, got {' '.join(fields)!r}")
            set_name, figure, target, floor = fields
            try:
                target_value = None if target == "-" else float(target)
                floor_value = float(floor)
            except ValueError:
                sys.exit(f"{where}: TARGET and FLOOR must be numbers (TARGET may be -)")
            if target_value is not None and floor_value > target_value:
                sys.exit(f"{where}: the floor {floor} is above the target {target}")
            bounds.append(Bound(where, set_name, figure, target_value, floor_value))
    return bounds


def read_figures(path: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    figures: dict[str, dict[str, str]] = {}
    skipped: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            if not fields:
                continue
            set_name, rest = fields[0], fields[1:]
            if rest and rest[0] == "skip":
                skipped[set_name] = " ".join(rest[1:])
                continue
            figures.setdefault(set_name, {}).update(p.split("=", 1) for p in rest if "=" in p)
    return figures, skipped


def raise_floors(path: str, figures: dict[str, dict[str, str]], skipped: dict[str, str]):
    """Rewrites the bounds file in place: each measured figure above its floor becomes the floor
    (capped at the target); floors never fall, and comments and layout stay."""
    by_where = {b.where: b for b in read_bounds(path)}
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    for n, line in enumerate(lines, 1):
        b = by_where.get(f"{path}:{n}")
        if b is None or b.set in skipped:
            continue
        try:
            value = float(figures.get(b.set, {}).get(b.figure, "nan"))
        except ValueError:
            continue
        new = min(value, b.target) if b.target is not None else value
        if math.isnan(new) or new <= b.floor:
            continue
        text = "1.0" if new == 1.0 else f"{new:.4f}".rstrip("0")
        match = re.match(r"(\s*\S+\s+\S+\s+\S+\s+)(\S+)", line)
        old = match.group(2)
        lines[n - 1] = match.group(1) + text.ljust(len(old)) + line[match.end():]
        print(f"raised: {b.set} {b.figure} floor {old} -> {text}")
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bounds")
    ap.add_argument("figures")
    ap.add_argument("--enforce", default="all",
                    help='"all", or the comma-separated sets whose floors fail the run')
    ap.add_argument("--raise-floors", action="store_true",
                    help="first rewrite BOUNDS with each floor raised to its figure (never above the target)")
    args = ap.parse_args(argv)
    figures, skipped = read_figures(args.figures)
    if args.raise_floors:
        raise_floors(args.bounds, figures, skipped)
    bounds = read_bounds(args.bounds)
    enforced = None if args.enforce == "all" else set(args.enforce.split(","))

    fails, met, not_yet = [], [], []
    print(f"bounds ({args.bounds}; the gate holds each figure to its floor):")
    print(f"  {'set':<12} {'figure':<22} {'now':>7} {'floor':>7} {'target':>7}")
    told_skipped = set()
    for b in bounds:
        if b.set in skipped:
            if b.set not in told_skipped:
                print(f"  {b.set:<12} not gated: {skipped[b.set]}")
                told_skipped.add(b.set)
            continue
        target = "-" if b.target is None else f"{b.target:.4f}"
        raw = figures.get(b.set, {}).get(b.figure)
        try:
            value = float(raw) if raw is not None else math.nan
        except ValueError:
            value = math.nan
        if math.isnan(value):
            print(f"  {b.set:<12} {b.figure:<22} {'?':>7} {b.floor:>7.4f} {target:>7}  not measured")
            fails.append(f"FAIL: {b.figure} on {b.set} was not measured ({raw or 'missing'}); "
                         f"its bound is floor {b.floor} ({b.where})")
            continue
        status = ""
        if b.target is not None:
            if value >= b.target:
                status = "target met"
                met.append(f"{b.set} {b.figure}")
            else:
                status = f"target not yet ({b.target - value:.4f} to go)"
                not_yet.append(f"{b.set} {b.figure} {value:.4f} < {b.target:g}")
        if value < b.floor:
            status = "BELOW FLOOR" + (f"; {status}" if status else "")
            if enforced is None or b.set in enforced:
                fails.append(f"FAIL: {b.figure} on {b.set} is {value:.4f}, below its floor {b.floor:g}"
                             f" (target {target}; {b.where})")
        print(f"  {b.set:<12} {b.figure:<22} {value:>7.4f} {b.floor:>7.4f} {target:>7}  {status}")
    print(f"targets met: {len(met)} of {len(met) + len(not_yet)}"
          + (f"; not yet: {', '.join(not_yet)}" if not_yet else ""))
    sys.stdout.flush()
    for line in fails:
        print(line, file=sys.stderr)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
