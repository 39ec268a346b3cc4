#!/usr/bin/env bash
# usage: TREE=/work/fc59 ./measure57.sh LABEL SETDIR...   -> /work/m59_LABEL_SET.txt
set -u
label=$1; shift
cd "${TREE:-/work/fc59}"
py=/work/merge/.venv/bin/python
for d in "$@"; do
  s=$(basename "$d"); out=/work/m59_${label}_$s.txt
  case $s in
    disc_*) PYTHONPATH=$PWD $py -m benchmarks.eval_disclosure_blind "$d/utterances.jsonl" --show 0 > $out 2>&1 ;;
    names_*) { PYTHONPATH=$PWD $py -m benchmarks.evaluate --no-factru --n 0 --show 0 --data "$d"; echo "=== natasha"; PYTHONPATH=$PWD $py -m benchmarks.evaluate --no-factru --n 0 --show 0 --data "$d" --detector natasha; } > $out 2>&1 ;;
    *) PYTHONPATH=$PWD $py -m benchmarks.evaluate --no-factru --n 0 --show 0 --data "$d" > $out 2>&1 ;;
  esac
  echo "$out done"
done
