#!/usr/bin/env bash
# Cross-check `fabrik mrp run --json` against the independent Python reference
# (scripts/reference_mrp.py) on generated datasets, SampleData and the shared
# worked examples.
#
#   scripts/crosscheck_mrp.sh [CASE...]
#
# A CASE is ITEMS:SEED:PLANTS:LEVELS:HORIZON[:FANOUT] (fanout default 4,
# as_of 2026-12-01),
# `sample:HORIZON` (SampleData, as_of 2026-12-01) or `examples` (the folders
# of shared/examples/mrp, each with its params.json). Without arguments a
# default list runs. Environment: FABRIK (binary; default the newest of
# .build/release/fabrik and .build/debug/fabrik), OUT (work folder, default
# a new temporary one, kept), SHARED (default ../shared beside the repo, or
# /work/shared). Exit status 1 if any case differs.
set -u
here="$(cd "$(dirname "$0")/.." && pwd)"
ref="$here/scripts/reference_mrp.py"
if [ -z "${FABRIK:-}" ]; then
  for b in "$here/.build/release/fabrik" "$here/.build/debug/fabrik"; do
    if [ -x "$b" ] && { [ -z "${FABRIK:-}" ] || [ "$b" -nt "$FABRIK" ]; }; then FABRIK="$b"; fi
  done
fi
[ -n "${FABRIK:-}" ] && [ -x "$FABRIK" ] || { echo "no fabrik binary (set FABRIK or build first)" >&2; exit 2; }
SHARED="${SHARED:-}"
if [ -z "$SHARED" ]; then
  for s in "$here/../shared" /work/shared; do [ -d "$s" ] && { SHARED="$s"; break; }; done
fi
compare="$SHARED/tools/compare_plan.py"
OUT="${OUT:-$(mktemp -d /tmp/crosscheck_mrp.XXXXXX)}"
mkdir -p "$OUT"
AS_OF=2026-12-01

if [ $# -eq 0 ]; then
  set -- examples sample:365 sample:60 \
    20:1:1:2:60 30:2:1:3:90 40:3:2:3:120 50:4:2:4:30 60:5:3:5:365 \
    80:6:1:4:180 100:7:2:5:365 120:8:3:3:200 150:9:3:5:365 200:10:2:4:90 \
    250:11:3:5:365 300:12:3:5:365
fi

fail=0; total=0
run_case() { # name dir as_of horizon
  local name="$1" dir="$2" asof="$3" hor="$4" w="$OUT/$1"
  mkdir -p "$w"; rm -f "$w/db.sqlite"
  total=$((total + 1))
  if ! "$FABRIK" import "$dir" --db "$w/db.sqlite" >"$w/import.log" 2>&1; then
    echo "$name: import failed (see $w/import.log)"; fail=1; return
  fi
  "$FABRIK" mrp run --db "$w/db.sqlite" --as-of "$asof" --horizon "$hor" --json >"$w/fabrik.json" 2>"$w/fabrik.err" \
    || { echo "$name: fabrik mrp run failed (see $w/fabrik.err)"; fail=1; return; }
  python3 "$ref" "$dir" --as-of "$asof" --horizon "$hor" >"$w/reference.json" 2>"$w/reference.err" \
    || { echo "$name: reference failed (see $w/reference.err)"; fail=1; return; }
  if python3 "$compare" "$w/reference.json" "$w/fabrik.json" >"$w/compare.txt"; then
    echo "$name: same plan"
  else
    echo "$name: DIFFERS ($(sed -n 3p "$w/compare.txt")) see $w/compare.txt"; fail=1
  fi
}

for c in "$@"; do
  case "$c" in
    examples)
      for d in "$SHARED"/examples/mrp/*/; do
        n="$(basename "$d")"
        a="$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['as_of'])" "$d/params.json")"
        h="$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['horizon'])" "$d/params.json")"
        run_case "example-$n" "$d" "$a" "$h"
      done ;;
    sample:*)
      run_case "sample-h${c#sample:}" "$here/SampleData" "$AS_OF" "${c#sample:}" ;;
    *:*:*:*:*)
      IFS=: read -r it seed pl lv hor fo <<<"$c"
      fo="${fo:-4}"
      name="gen-i${it}-s${seed}-p${pl}-l${lv}-h${hor}-f${fo}"
      rm -rf "$OUT/$name/data"
      "$FABRIK" generate "$OUT/$name/data" --items "$it" --seed "$seed" --plants "$pl" --levels "$lv" --fanout "$fo" \
        --as-of "$AS_OF" >/dev/null 2>&1 || { echo "$name: generate failed"; fail=1; continue; }
      run_case "$name" "$OUT/$name/data" "$AS_OF" "$hor" ;;
    *) echo "bad case: $c" >&2; exit 2 ;;
  esac
done
echo "$total case(s); work folder $OUT; $([ $fail -eq 0 ] && echo all agree || echo SOME DIFFER)"
exit $fail
