#!/usr/bin/env bash
# The backup and restore drill on ./run's own stack, end to end, with the two commands people use:
#   start ./run (demo data), ./run backup while everything runs, stop it, set its data aside,
#   ./run restore onto the empty stack, compare every table's checksum with the source's, put the data back.
# Usage (from the repository root): infrastructure/deploy/backup/restore-drill.sh [BACKUP_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
BACKUPS="${1:-$ROOT/.run/backups}"
ASIDE=".run/data.before-restore-drill"
say() { printf '\033[1m[restore-drill %s]\033[0m %s\n' "$(date -u +%T)" "$*"; }
[ ! -e "$ASIDE" ] || { say "$ASIDE exists: a previous drill did not finish; put it back as .run/data first"; exit 1; }

checksums() { # $1 = output file
  local target="$ROOT/infrastructure/backup/target"
  JIXIAO_PG_PORT="${JIXIAO_PG_PORT:-55432}" "$JAVA" -cp "$target/jixiao-backup.jar:$target/lib/*" \
    cn.jixiao.backup.BackupCli checksums jixiao keycloak >"$1"
}
JAVA="$(./run mvn -v 2>/dev/null | sed -n 's/^Java version.*runtime: \(.*\)$/\1/p')/bin/java"

t0=$SECONDS
./run >.run/restore-drill-run.log 2>&1 &
RUN_PID=$!
trap 'kill $RUN_PID 2>/dev/null || true' EXIT
until grep -q 'is running' .run/restore-drill-run.log; do
  kill -0 $RUN_PID 2>/dev/null || { tail -30 .run/restore-drill-run.log; exit 1; }
  sleep 1
done
say "./run is up with demo data ($((SECONDS - t0)) s)"

checksums .run/source-before.tsv
t1=$SECONDS
say "./run backup $BACKUPS"
./run backup "$BACKUPS" | tee .run/restore-drill-backup.log
say "backup took $((SECONDS - t1)) s while the apps ran"
checksums .run/source-after.tsv
BACKUP=$(sed -n 's/^\[backup\] backup written to \(.*\) in .*/\1/p' .run/restore-drill-backup.log)
kill $RUN_PID; wait $RUN_PID 2>/dev/null || true
trap - EXIT
if ! cmp -s .run/source-before.tsv .run/source-after.tsv; then
  say "note: the source changed while the backup ran (the apps wrote); tables that differ below may be those"
  diff .run/source-before.tsv .run/source-after.tsv || true
fi

mv .run/data "$ASIDE"
t2=$SECONDS
say "./run restore $BACKUP"
./run restore "$BACKUP"
say "restore took $((SECONDS - t2)) s"
# Keycloak's session tables are left out: the restored Keycloak signs its own admin in when it starts
# (a new session row) before the checksums can be read. BackupRestoreTest compares them too, on a
# restored server no Keycloak runs against.
sessions='^keycloak/public\.offline_(user|client)_session	'
grep -Ev "$sessions" .run/source-before.tsv >.run/source-compared.tsv
grep -Ev "$sessions" .run/restored-checksums.tsv >.run/restored-compared.tsv
tables=$(wc -l <.run/source-compared.tsv)
if diff .run/source-compared.tsv .run/restored-compared.tsv; then
  say "RESTORE DRILL PASSED: all $tables tables and sequences of jixiao and keycloak (but its sessions) equal the source's"
  result=0
else
  say "RESTORE DRILL FAILED: the restored tables above differ from the source"
  result=1
fi
rm -rf .run/data && mv "$ASIDE" .run/data
say "the stack's own data is back in .run/data; the backup stays in $BACKUP"
exit $result
