#!/usr/bin/env bash
# Times what a person sees, driving the real lanyard binary in tmux: the
# first frame on a notebook whose open talk has 100,000 bullets, and the
# delay from a keystroke to its character on screen while typing into that
# talk. vim on the same notes, exported as Markdown, is timed in the same
# run as a peer, since machines here are shared and noisy. Medians in ms.
#
#   scripts/tmux-bench.sh            # BULLETS=100000 RUNS=7 CHARS=100
set -euo pipefail
cd "$(dirname "$0")/.."
bullets=${BULLETS:-100000}
runs=${RUNS:-7}
chars=${CHARS:-100}
work=$(mktemp -d)
T=(tmux -L lanyard-bench)
trap '"${T[@]}" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/lanyard" ./cmd/lanyard
go run ./scripts/mkbig -db "$work/big.db" -bullets "$bullets" -md "$work/big.md"
lanyard=("$work/lanyard" --db "$work/big.db" --now "2019-10-17 10:00")
vim=(vim -u NONE -N -n + "$work/big.md")

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
screen() { "${T[@]}" capture-pane -p -t b 2>/dev/null || true; }
wait_for() { until screen | grep -qF -- "$1"; do sleep 0.001; done; }

# first_frame CMD... -- TEXT: ms from starting CMD until TEXT is on screen.
first_frame() {
	local text=${*: -1}
	local cmd=("${@:1:$#-1}")
	"${T[@]}" kill-server 2>/dev/null || true
	local start; start=$(now_ms)
	"${T[@]}" new-session -d -s b -x 120 -y 40 "$(printf '%q ' "${cmd[@]}")"
	wait_for "$text"
	echo $(( $(now_ms) - start ))
}

# typing: ms from each keystroke until the screen changes. Waiting for a
# change rather than for the text copes with wrapping and with editors
# that draw the character somewhere we did not predict.
typing() {
	for ((i = 0; i < chars; i++)); do
		local c; c=$(printf "\\x$(printf %x $((97 + i % 26)))")
		local before; before=$(screen)
		local start; start=$(now_ms)
		"${T[@]}" send-keys -t b -l "$c"
		while [ "$(screen)" = "$before" ]; do sleep 0.001; done
		echo $(( $(now_ms) - start ))
	done
}

echo "first frame, $bullets bullets (median of $runs, ms):"
lf=$(for ((r = 0; r < runs; r++)); do first_frame "${lanyard[@]}" "The longest talk"; done | median)
vf=$(for ((r = 0; r < runs; r++)); do first_frame "${vim[@]}" "big.md"; done | median)
echo "  lanyard $lf   vim $vf"

echo "keystroke to screen while typing $chars characters (median, ms):"
first_frame "${lanyard[@]}" "The longest talk" >/dev/null
"${T[@]}" send-keys -t b Enter
lt=$(typing | median)
first_frame "${vim[@]}" "big.md" >/dev/null
"${T[@]}" send-keys -t b o
lv=$(typing | median)
echo "  lanyard $lt   vim $lv"
