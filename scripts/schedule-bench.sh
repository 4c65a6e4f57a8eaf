#!/usr/bin/env bash
# Times, on the real lanyard binary, what a person at a FOSDEM-size
# conference waits for (medians, with p95 where there are many samples):
#
#   import    ms for the whole `lanyard import schedule` of a 1,000-event,
#             2-day, 40-room Pentabarf file into a fresh notebook (RUNS runs).
#   move      ms from pressing j (or k) in the schedule pane (500 talks that day,
#             parallel in 40 rooms) until the screen changes; KEYS presses.
#   filter    ms from Enter in the filter picker ("Track 7") until the
#             filtered day is on screen; RUNS times.
#   peer      the same j on a one-track day of 21 talks (the demo day), in
#             the same run: what a schedule costs when it is small.
#
# The TUI figures drive lanyard in tmux at 120x40; every look at the screen
# is a tmux capture-pane (about 2 ms, the resolution of the method).
#
#   scripts/schedule-bench.sh                  # RUNS=5 KEYS=100
#   LANYARD=/path/to/lanyard scripts/schedule-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
keys=${KEYS:-100}
work=$(mktemp -d)
trap 'tmux -L schedbench kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
T=(tmux -L schedbench)

lanyard=${LANYARD:-}
if [ -z "$lanyard" ]; then
	lanyard=$work/lanyard
	go build -o "$lanyard" ./cmd/lanyard
fi
go run ./scripts/mkbig -pentabarf "$work/big.xml" -events 1000

mkfifo "$work/nap" && exec {napfd}<>"$work/nap"
nap() { read -r -t "${1:-0.001}" -u "$napfd" || true; }
now_us() { echo "${EPOCHREALTIME/./}"; }
# screen: the panes, without the status bar and help line, whose clock
# and "saved" must not pass for the change a key made.
screen() { "${T[@]}" capture-pane -p -t b -E 37 2>/dev/null || true; }
whole() { "${T[@]}" capture-pane -p -t b 2>/dev/null || true; }

# median and p95 of the numbers on stdin, in ms with one decimal.
stats() {
	sort -n | awk '{ v[NR] = $1 } END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		p = v[int(NR * 0.95 + 0.999)]
		printf "median %.1f ms, p95 %.1f ms (n=%d)\n", m / 1000, p / 1000, NR }'
}

wait_for() { # TEXT: until TEXT is on screen, at most 10 s
	local deadline=$(($(now_us) + 10000000))
	until [[ $(whole) == *"$1"* ]]; do
		(($(now_us) < deadline)) || { echo "\"$1\" not shown" >&2; return 1; }
		nap
	done
}

# changed_after KEY: µs from sending KEY until the screen differs.
changed_after() {
	local before t0
	before=$(screen)
	t0=$(now_us)
	"${T[@]}" send-keys -t b "$1"
	until [ "$(screen)" != "$before" ]; do nap; done
	echo $(($(now_us) - t0))
}

start() { # DB NOW MARK: lanyard on DB at NOW, schedule pane focused
	"${T[@]}" kill-server 2>/dev/null || true
	nap 0.3
	"${T[@]}" new-session -d -s b -x 120 -y 40 "$lanyard --db $1 --now '$2'"
	wait_for "$3"
	"${T[@]}" send-keys -t b Escape
	nap 0.5
}

echo "import (1,000 events, whole command):"
for ((i = 0; i < runs; i++)); do
	t0=$(now_us)
	"$lanyard" --db "$work/import$i.db" import schedule "$work/big.xml" --tz Europe/Brussels >/dev/null
	echo $(($(now_us) - t0))
done | stats

"$lanyard" --db "$work/big.db" import schedule "$work/big.xml" --tz Europe/Brussels >/dev/null
"$lanyard" --db "$work/demo.db" import schedule cmd/lanyard/demo/day.txt --tz Europe/Amsterdam --event Harbourside >/dev/null

measure_moves() { # DB NOW MARK
	start "$1" "$2" "$3"
	# j then k, over and over: each press moves the selection, at either
	# end of a short day too.
	for ((i = 0; i < keys; i++)); do
		if ((i % 2)); then changed_after k; else changed_after j; fi
		nap 0.02
	done | stats
}
echo "move in the schedule, 500 talks in 40 rooms:"
measure_moves "$work/big.db" "2026-02-07 10:40" "Benchconf"
echo "peer: move in the schedule, one track of 21 talks:"
measure_moves "$work/demo.db" "2026-05-14 10:40" "Harbourside"

echo "filter to one track of 500 talks:"
start "$work/big.db" "2026-02-07 10:40" "Benchconf"
for ((i = 0; i < runs; i++)); do
	"${T[@]}" send-keys -t b f
	nap 0.2
	"${T[@]}" send-keys -t b "Track 7"
	wait_for "› Track: Track 7"
	t0=$(now_us)
	"${T[@]}" send-keys -t b Enter
	wait_for "· Track: Track 7"
	echo $(($(now_us) - t0))
	"${T[@]}" send-keys -t b Escape
	nap 0.3
done | stats
