#!/usr/bin/env bash
# Baseline for the import benchmark: times sqlite3's own CSV import of a dataset
# folder (every *.csv into a table named after the file, one transaction, WAL,
# synchronous=NORMAL like SQLiteStore) into a fresh temporary database.
# No validation, no typing: the floor Fabrik's checked import is compared with.
# Usage: scripts/sqlite-import-baseline.sh DIR
# Needs sqlite3 >= 3.32 (for `.import --csv`).
set -euo pipefail

if [ "$#" -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 DATASET_DIR" >&2
    exit 2
fi
dir="$(cd "$1" && pwd)"
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/baseline.sqlite"
script="$work/import.sql"

rows=0
{
    echo ".bail on"
    echo "PRAGMA journal_mode = WAL;"
    echo "PRAGMA synchronous = NORMAL;"
    echo "PRAGMA cache_size = -65536;"
    echo "BEGIN;"
    for file in "$dir"/*.csv; do
        [ -e "$file" ] || continue
        table="$(basename "$file" .csv)"
        echo ".import --csv '$file' $table"
        lines="$(grep -c '' "$file" || true)"
        rows=$((rows + lines - 1))
    done
    echo "COMMIT;"
} > "$script"

start="$(date +%s.%N)"
sqlite3 "$db" < "$script" > /dev/null
end="$(date +%s.%N)"

seconds="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')"
stored="$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name" | while read -r t; do
    sqlite3 "$db" "SELECT count(*) FROM \"$t\""; done | awk '{ n += $1 } END { print n + 0 }')"
size="$(du -ck "$db"* | tail -1 | awk '{ print $1 }')"
rate="$(awk -v r="$stored" -v s="$seconds" 'BEGIN { if (s > 0) printf "%.0f", r / s; else print "inf" }')"
echo "sqlite3 .import --csv: $stored rows (files: $rows data rows) in ${seconds}s = $rate rows/s, database ${size} KiB"
