#!/usr/bin/env bash
# Looks at what the issue-12 lock loss did: the desktop window open on city.db (offscreen), then
# karsa-cli stats and backup beside it. Prints the POSIX locks the window holds on the file and whether
# its -wal/-shm survive. Usage: tests/tools/window-beside-cli.sh BUILD/bin LABEL  (needs sqlite3)
set -u
bin=$1; label=$2
dir=$(mktemp -d /tmp/repro-XXXX); db=$dir/city.db
export HOME=$dir/home; mkdir -p $HOME
"$bin/karsa-cli" --db $db init >/dev/null 2>&1
"$bin/karsa-cli" --db $db demo --employees 300 --quiet >/dev/null
QT_QPA_PLATFORM=offscreen "$bin/karsa" $db >/dev/null 2>&1 &
gui=$!
sleep 6
ino=$(stat -c %i $db)
locks() { awk -v p=$gui -v i=":$ino" '$2=="POSIX" && $5==p && $6 ~ i"$"' /proc/locks | wc -l; }
echo "[$label] window PID $gui: POSIX locks on city.db = $(locks); city.db-wal present: $(test -e $db-wal && echo yes || echo no)"
"$bin/karsa-cli" --db $db stats >/dev/null
echo "[$label] after 'karsa-cli stats' beside it: window locks on city.db = $(locks); city.db-wal present: $(test -e $db-wal && echo yes || echo no); -shm present: $(test -e $db-shm && echo yes || echo no)"
"$bin/karsa-cli" --db $db backup $dir/copy.db >/dev/null
echo "[$label] after 'karsa-cli backup' beside it: city.db-wal present: $(test -e $db-wal && echo yes || echo no)"
kill $gui; wait $gui 2>/dev/null
sqlite3 $db "pragma integrity_check" | head -3 | sed "s/^/[$label] integrity_check after the window closed: /"
rm -rf $dir
