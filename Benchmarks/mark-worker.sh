#!/usr/bin/env bash
# One checker giving verdicts from a script, under the conflict rule: used by
# Benchmarks/mark-race.sh and by the CLI test ConcurrentMarkCLITests.
#
#   Benchmarks/mark-worker.sh NAME COUNT ID:VERSION... -- QUOTECHECK [ARG...]
#
# Gives COUNT verdicts as reviewer NAME, the k-th on the (k mod n)-th ID with
# the note NAME-k, each with `mark ID --note NAME-k --expect-version V`,
# where V is the version NAME last saw (from the start, from its own last
# verdict, or from the refusal). A refused verdict (someone changed the quote
# since) is given again on the version the refusal names, until it lands: no
# verdict is lost. QUOTECHECK [ARG...] is the binary and its store options
# (`--database URL` or `--workbench DIR`). Prints one line per attempt:
#   accepted ID NOTE VERSION
#   refused ID NOTE <the refusal, on one line>
set -euo pipefail

name=$1
count=$2
shift 2
ids=()
declare -A version
while [ "$1" != "--" ]; do
  ids+=("${1%%:*}")
  version[${1%%:*}]=${1##*:}
  shift
done
shift
qc=("$@")

err=$(mktemp)
trap 'rm -f "$err"' EXIT
for ((k = 1; k <= count; k++)); do
  id=${ids[$((k % ${#ids[@]}))]}
  note="$name-$k"
  while true; do
    if out=$("${qc[@]}" mark "$id" --note "$note" --expect-version "${version[$id]}" --reviewer "$name" 2>"$err"); then
      version[$id]=$(printf '%s\n' "$out" | sed -n 's/.*, version \([0-9][0-9]*\))$/\1/p')
      echo "accepted $id $note ${version[$id]}"
      break
    fi
    refusal=$(tr '\n' ' ' <"$err")
    now=$(printf '%s\n' "$refusal" | sed -n 's/.*is at version \([0-9][0-9]*\), not.*/\1/p')
    if [ -z "$now" ]; then
      echo "failed $id $note $refusal"
      exit 1
    fi
    echo "refused $id $note $refusal"
    version[$id]=$now
  done
done
