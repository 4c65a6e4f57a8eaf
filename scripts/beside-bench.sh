#!/usr/bin/env bash
# Times `lanyard talks` with the notebook closed and with lanyard open on
# it (the command then reads a copy the running app sends over its
# socket), on the demo day and on a notebook of BULLETS bullets written by
# scripts/mkbig. The two are timed in turns, on two copies of one
# notebook (one open in lanyard, one not), so that a machine busy with
# other work slows both alike: the median, least and most of RUNS runs
# each, in ms of wall clock, and the command's own CPU time (user + system,
# median; the open app's work is not in it).
#
#   scripts/beside-bench.sh               # BULLETS=100000 RUNS=10
#   LANYARD=/path/to/lanyard scripts/beside-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bullets=${BULLETS:-100000}
runs=${RUNS:-10}
work=$(mktemp -d) # 0700: the socket goes beside the notebook
sock="lanyard-beside-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
bin=${LANYARD:-}
if [ -z "$bin" ]; then
	bin="$work/lanyard"
	go build -o "$bin" ./cmd/lanyard
fi
mkdir -m 700 "$work/demo" "$work/big"
demo="$work/demo/lanyard.db"
big="$work/big/big.db"
"$bin" --db "$demo" import schedule cmd/lanyard/demo/day.txt --event Harbourside --tz Europe/Amsterdam >/dev/null
go run ./scripts/mkbig -db "$big" -bullets "$bullets" >/dev/null

# once DB: one run of lanyard talks on DB, as "wall-ms cpu-ms".
once() {
	local start end cpu
	start=$(date +%s%N)
	cpu=$( { /usr/bin/time -f '%U %S' "$bin" --db "$1" talks >/dev/null; } 2>&1 | tail -1)
	end=$(date +%s%N)
	awk -v w=$(((end - start) / 1000)) -v c="$cpu" 'BEGIN {split(c, t, " "); printf "%.1f %.0f\n", w/1000, (t[1]+t[2])*1000}'
}

# median: the median of the numbers on stdin, one a line.
median() {
	sort -n | awk '{a[NR]=$1} END {printf "%.1f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}

# stats FILE: "median least most cpu-median" of FILE's lines "wall cpu".
stats() {
	printf '%7s %7s %7s %7s\n' "$(cut -d' ' -f1 "$1" | median)" \
		"$(cut -d' ' -f1 "$1" | sort -n | head -1)" "$(cut -d' ' -f1 "$1" | sort -n | tail -1)" \
		"$(cut -d' ' -f2 "$1" | median)"
}

# open DB: starts lanyard on DB in tmux and waits for its socket.
open() {
	tmux -L "$sock" new-session -d -s app -x 120 -y 40 "$bin --db '$1'"
	for _ in $(seq 200); do
		[ -S "$1.sock" ] && return 0
		sleep 0.05
	done
	echo "lanyard did not open its socket beside $1" >&2
	exit 1
}

# quit DB: quits lanyard and waits for its socket to go.
quit() {
	tmux -L "$sock" send-keys -t app C-c
	for _ in $(seq 200); do
		[ -S "$1.sock" ] || break
		sleep 0.05
	done
	tmux -L "$sock" kill-server 2>/dev/null || true
}

printf '%-24s %7s %7s %7s %7s\n' "lanyard talks, ms" median least most cpu
for db in "$demo" "$big"; do
	label="demo day"
	[ "$db" = "$big" ] && label="$bullets bullets"
	mkdir -m 700 "$db-closed.d"
	closed="$db-closed.d/$(basename "$db")"
	open "$db"
	cp "$db" "$closed" # after lanyard's start, which may add a page
	: >"$work/closed" && : >"$work/open"
	for _ in $(seq "$runs"); do
		once "$closed" >>"$work/closed"
		once "$db" >>"$work/open"
	done
	quit "$db"
	printf '%-24s %s\n' "$label, closed" "$(stats "$work/closed")"
	printf '%-24s %s\n' "$label, open" "$(stats "$work/open")"
done
