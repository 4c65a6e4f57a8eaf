#!/usr/bin/env bash
# Times, on the real lanyard binary, what a person waits for when the notes
# become a post (medians of RUNS):
#
#   export    ms for the whole `lanyard export` (Markdown, then OPML) of a
#             talk with 100,000 bullets to a file, as a process.
#   preview   ms from ctrl+p in the editor until the rendered post is on
#             screen, in tmux at 120x40, for a talk of 1,000 bullets.
#   peer      the same for a talk of 10 bullets, in the same run: what the
#             preview costs when notes are short.
#
#   scripts/post-bench.sh                      # RUNS=5
#   LANYARD=/path/to/lanyard scripts/post-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'tmux -L postbench kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
T=(tmux -L postbench)

lanyard=${LANYARD:-}
if [ -z "$lanyard" ]; then
	lanyard=$work/lanyard
	go build -o "$lanyard" ./cmd/lanyard
fi

now_us() { echo "${EPOCHREALTIME/./}"; }
mkfifo "$work/nap" && exec {napfd}<>"$work/nap"
nap() { read -r -t "${1:-0.001}" -u "$napfd" || true; }
whole() { "${T[@]}" capture-pane -p -t p 2>/dev/null || true; }
median() {
	sort -n | awk '{ v[NR] = $1 } END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "median %.1f ms (n=%d)\n", m / 1000, NR }'
}
wait_for() { # TEXT: until TEXT is on screen, at most 10 s
	local deadline=$(($(now_us) + 10000000))
	until [[ $(whole) == *"$1"* ]]; do
		(($(now_us) < deadline)) || { echo "\"$1\" not shown" >&2; return 1; }
		nap
	done
}

# notes N: N bullets of invented notes, nested up to five levels.
notes() {
	awk -v n="$1" 'BEGIN { d = 0; for (i = 1; i <= n; i++) {
		printf "%*s- bullet %d about latency, queues and the p99 of retries\n", 2 * d, "", i
		r = (i * 7919) % 10; if (r < 4 && d < 5) d++; else if (r > 6 && d > 0) d--
	} }'
}
notes 100000 >"$work/big.md"
notes 1000 >"$work/mid.md"
notes 10 >"$work/small.md"

db=$work/post.db
"$lanyard" --db "$db" import schedule cmd/lanyard/demo/day.txt --tz Europe/Amsterdam --event Harbourside >/dev/null
"$lanyard" --db "$db" import notes "$work/big.md" --talk 4 >/dev/null   # Runbooks Nobody Opens
"$lanyard" --db "$db" import notes "$work/mid.md" --talk 6 >/dev/null   # Terraform at the Edge of Sanity
"$lanyard" --db "$db" import notes "$work/small.md" --talk 5 >/dev/null # Paging Fewer People at Night

for format in md opml; do
	echo "export of 100,000 bullets ($format, whole command):"
	for ((i = 0; i < runs; i++)); do
		t0=$(now_us)
		"$lanyard" --db "$db" export --talk 4 -o "$work/post.$format"
		echo $(($(now_us) - t0))
	done | median
done

# preview NOW TITLE: ctrl+p to the rendered post of the talk on at NOW.
preview() {
	"${T[@]}" kill-server 2>/dev/null || true
	nap 0.3
	"${T[@]}" new-session -d -s p -x 120 -y 40 "$lanyard --db $db --now '$1'"
	wait_for "$2"
	nap 0.5
	for ((i = 0; i < runs; i++)); do
		t0=$(now_us)
		"${T[@]}" send-keys -t p C-p
		wait_for "bullet 1 about"
		wait_for "y copy Markdown"
		echo $(($(now_us) - t0))
		"${T[@]}" send-keys -t p Escape
		nap 0.5
	done | median
}
echo "preview of a talk of 1,000 bullets (ctrl+p to the rendered post):"
preview "2026-05-14 10:40" "Terraform at the Edge"
echo "peer: preview of a talk of 10 bullets:"
preview "2026-05-14 10:10" "Paging Fewer People"
