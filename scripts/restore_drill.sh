#!/usr/bin/env bash
# Restore drill: dump a PostgreSQL database, restore the dump into a new scratch database on the same
# server, and compare row counts table by table. Prints one line per table; exits 1 on any difference
# (or a table missing from the restore), 2 on a usage or tool error. The scratch database and the
# dump file are removed at the end, whatever happens.
#
#   scripts/restore_drill.sh [DATABASE_URL]      (default: $DATABASE_URL)
#
# The URL may be SQLAlchemy's (postgresql+psycopg://...). The role needs CREATEDB. The source's counts
# are taken in the very snapshot pg_dump dumps (pg_export_snapshot), so writes during the drill do not
# show up as differences. The dump holds personal data: it is written mode 0600 to a private
# temporary folder ($TMPDIR) and deleted at exit. Tools: pg_dump, pg_restore, psql (PostgreSQL 15 here).
set -euo pipefail
umask 077

url="${1:-${DATABASE_URL:-}}"
if [[ -z "$url" ]]; then
    echo "usage: $0 DATABASE_URL   (or set DATABASE_URL)" >&2
    exit 2
fi
source_url="$(printf '%s' "$url" | sed -E 's#^postgres(ql)?(\+[A-Za-z0-9_]+)?://#postgresql://#')"
if [[ "$source_url" != postgresql://* ]]; then
    echo "restore drill: not a PostgreSQL URL" >&2
    exit 2
fi
# postgresql://who@host:port/name?options -> the same URL naming another database
without_query="${source_url%%\?*}"
query=""
[[ "$source_url" == *\?* ]] && query="?${source_url#*\?}"
authority="${without_query#postgresql://}"
if [[ "$authority" != */* || -z "${authority#*/}" ]]; then
    echo "restore drill: the URL names no database" >&2
    exit 2
fi
server="postgresql://${authority%%/*}"
scratch="restore_drill_$(date -u +%Y%m%d%H%M%S)_$$"
scratch_url="${server}/${scratch}${query}"

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -A -t)
work="$(mktemp -d "${TMPDIR:-/tmp}/restore-drill.XXXXXX")"
dump="$work/dump.custom"
created=0
snapshot_open=0

cleanup() {
    local status=$?
    if ((snapshot_open)); then  # ends the source's transaction if it is still open (read only)
        kill "$SNAP_PID" 2>/dev/null || true
        wait "$SNAP_PID" 2>/dev/null || true
    fi
    if ((created)); then
        "${PSQL[@]}" -d "$source_url" -c "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" >/dev/null ||
            echo "restore drill: could not drop the scratch database $scratch: drop it by hand" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 2' ERR INT TERM  # a tool failed (set -e) or we were stopped: 2, after cleanup

# Exact row counts of every ordinary table, one "schema.table|count" line each, in name order.
COUNTS="
SELECT format('%s.%s|%s', n.nspname, c.relname,
       (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname),
                                          false, true, '')))[1]::text)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY 1;"

# 1. Open a repeatable-read transaction on the source and export its snapshot; pg_dump dumps exactly
#    that snapshot and the source's counts are read in the same transaction.
coproc SNAP { "${PSQL[@]}" -d "$source_url" 2>&1; }
SNAP_PID=$!
snapshot_open=1
printf '%s\n' "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;" "SELECT pg_export_snapshot();" >&"${SNAP[1]}"
if ! read -r -t 30 snapshot <&"${SNAP[0]}" || [[ ! "$snapshot" =~ ^[0-9A-F-]+$ ]]; then
    echo "restore drill: could not open a snapshot on the source: ${snapshot:-no answer}" >&2
    exit 2
fi

started=$(date +%s.%N)
pg_dump --format=custom --snapshot="$snapshot" --file="$dump" --dbname="$source_url"

printf '%s\n' "$COUNTS" "SELECT '--end--';" >&"${SNAP[1]}"
source_counts=""
while read -r -t 60 line <&"${SNAP[0]}"; do
    [[ "$line" == "--end--" ]] && break
    [[ -n "$line" ]] && source_counts+="$line"$'\n'
done
if [[ "$line" != "--end--" ]]; then
    echo "restore drill: could not count the source's rows: $line" >&2
    exit 2
fi
printf '%s\n' "COMMIT;" >&"${SNAP[1]}"

# 2. Restore into a new database and count again.
"${PSQL[@]}" -d "$source_url" -c "CREATE DATABASE \"$scratch\"" >/dev/null
created=1
pg_restore --exit-on-error --no-owner --no-privileges --dbname="$scratch_url" "$dump"
restored_counts="$("${PSQL[@]}" -d "$scratch_url" -c "$COUNTS")"
finished=$(date +%s.%N)

# 3. Compare, table by table (a table on one side only is a difference too).
differences=0
printf '%-40s %12s %12s  %s\n' "table" "source" "restored" "result"
while IFS='|' read -r table expected actual; do
    result="ok"
    if [[ "$expected" != "$actual" ]]; then
        result="DIFFERENT"
        differences=$((differences + 1))
    fi
    printf '%-40s %12s %12s  %s\n' "$table" "${expected:--}" "${actual:--}" "$result"
done < <(LC_ALL=C join -t '|' -a 1 -a 2 -e '' -o '0,1.2,2.2' \
    <(printf '%s' "$source_counts" | LC_ALL=C sort) <(printf '%s\n' "$restored_counts" | grep . | LC_ALL=C sort))

tables=$(printf '%s' "$source_counts" | grep -c . || true)
dump_bytes=$(stat -c %s "$dump")
seconds=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.1f", b - a }')
if ((differences)); then
    echo "restore drill FAILED: $differences of $tables tables differ (dump $dump_bytes bytes, ${seconds} s)"
    exit 1
fi
echo "restore drill passed: $tables tables, every row count equal (dump $dump_bytes bytes, ${seconds} s)"
