#!/usr/bin/env bash
# Times what a person sees, driving real programs in tmux on one outline of
# BULLETS generated bullets, written by scripts/mkbig in each program's form:
#
#   first frame  ms from starting the program until a known bullet of the
#                outline is on screen; median of RUNS starts.
#   keystroke    ms from sending one character, typed at the end of the
#                first bullet, until the screen changes; median and p95
#                over CHARS characters typed into that one bullet.
#   RSS          the program's resident memory once its first frame is up.
#
# What each program is given and shows on its first screen:
#   lanyard  the notebook; the talk on now with its notes, scrolled to the
#            last bullet (where notes go on), the day's schedule beside.
#            The first frame waits for the last bullet's text.
#   hnb      hnb -o big.opml: the tree's top level, a bullet's children
#            folded under its "+", as hnb always starts.
#   emacs    emacs -nw -Q big.org: org-mode with font-lock, one headline a
#            bullet, every headline shown (org-startup-folded set to
#            showeverything, Emacs 28's default, so a later default cannot
#            change what is timed).
#   vim      vim -u NONE -N -n big.md: the Markdown export as plain text,
#            no syntax, no swap file.
# The others' first frames wait for the first bullet's text.
#
#   scripts/tmux-bench.sh                 # BULLETS=100000 RUNS=5 CHARS=2000
#   CHARS=300 PEERS="lanyard vim" scripts/tmux-bench.sh
#   LANYARD=/path/to/lanyard scripts/tmux-bench.sh   # time a built binary
#   OUT=dir scripts/tmux-bench.sh   # also keep each peer's raw figures there
#
# A second table (TABLES="outline start", the default, or either) times the
# start and typing rows of the speed goals, each pair in one run, starts
# taken in turns:
#   conference   lanyard's first frame on a notebook holding a whole
#                conference (SCHEDULE, by default FOSDEM 2024 from
#                ../shared/schedules, imported with --tz CONF_TZ, opened at
#                CONF_NOW; without the file, a 1,000-talk conference made by
#                mkbig -pentabarf), against vim opening that schedule file.
#                lanyard's frame waits for the talk on now's title (read
#                from a start not counted), vim's for the file's first line.
#   aside        a small talk on now with BULLETS bullets in another talk
#                of the notebook, against the same notebook without them.
#   burst        BURST characters sent in one go, typed at the end of the
#                outline's first bullet: ms until the screen stopped
#                changing (last change seen; quiet for 0.5 s), median of
#                RUNS bursts, each in a fresh start. Against vim.
# OLD=/path/to/older/lanyard adds its figures beside the built one's in
# both tables ("old"), for a before and after in one run.
#
#   OLD=/tmp/lanyard-main RUNS=5 TABLES=start scripts/tmux-bench.sh
#
# Every look at the screen is a tmux capture-pane, about 2 ms here: that is
# the resolution of the figures, and vim's keystroke time is about the
# floor of the method.
#
# Missing peers (hnb, emacs-nox, vim) are installed with apt-get when run as
# root or with password-less sudo; a peer that cannot be had is left out
# with a note. Results go to stdout, progress to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
bullets=${BULLETS:-100000}
runs=${RUNS:-5}
chars=${CHARS:-2000}
peers=${PEERS:-lanyard hnb emacs vim}
if [ -n "${OLD:-}" ] && [[ " $peers " != *" old "* ]]; then peers="lanyard old ${peers/lanyard/}"; fi
tables=${TABLES:-outline start}
burst=${BURST:-2000}
schedule=${SCHEDULE:-../shared/schedules/mttcrsp-fosdem__2024.xml}
conf_tz=${CONF_TZ:-Europe/Brussels}
conf_now=${CONF_NOW:-2024-02-03 14:10}
rows=40 cols=120
# Plain ASCII texts for the first and last bullets: every program draws
# them as typed, which is not true of the generated texts' 東京 and 🎉 in hnb.
first='Speed test first bullet'
last='Speed test last bullet'

work=$(mktemp -d)
# A private server, its socket in the scratch directory so that nothing is
# left behind, and no config file, so that neither the user's tmux nor
# their tmux.conf is touched or changes what is timed.
T=(tmux -S "$work/tmux" -f /dev/null)
trap '"${T[@]}" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
mkfifo "$work/nap"
exec {napfd}<>"$work/nap"
mkdir "$work/home"

declare -A frame keys_med keys_p95 rss note
# The start table's figures, by case (see set_case).
declare -A case_frame case_note

# nap [SECONDS]: sleep without starting a process (a read from a fifo no
# one writes to), so polling does not fork twice per look.
nap() { read -r -t "${1:-0.001}" -u "$napfd" || true; }

# Times are taken as ${EPOCHREALTIME/./}: µs since the epoch, read without
# forking, as $(date) or a function's output would.

# screen [ROWS]: the pane's text, all of it or its first ROWS rows.
screen() {
	local end=()
	if [ -n "${1:-}" ]; then end=(-E "$(($1 - 1))"); fi
	"${T[@]}" capture-pane -p -t b "${end[@]}" 2>/dev/null || true
}

# content: the screen above its last two rows, where every peer keeps a
# status, mode or help line that may change on its own (lanyard's
# "saving…/saved"), which must not pass for the typed character.
content() { screen $((rows - 2)); }

# wait_for TEXT SECONDS: wait until TEXT is on screen. If SECONDS pass or
# the program (pid) exits first, it fails and sets why to say which; a
# program's last words stay on screen (remain-on-exit) to be quoted.
wait_for() {
	local deadline=$((${EPOCHREALTIME/./} + $2 * 1000000))
	until [[ $(screen) == *"$1"* ]]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			nap 0.2 # for tmux to take in the program's last output
			why="exited before showing \"$1\": $(last_words)"
			return 1
		fi
		if ((${EPOCHREALTIME/./} > deadline)); then
			why="\"$1\" not shown within $2 s"
			return 1
		fi
		nap
	done
}

# last_words: the last lines a dead program left in its pane, joined, from
# a little of the history too, as tmux scrolls a row up when it dies.
last_words() {
	"${T[@]}" capture-pane -p -J -S -5 -t b 2>/dev/null |
		grep -v -e '^ *$' -e '^Pane is dead' | tail -n 3 | tr -s ' \n' ' ' || true
}

# settle: wait until the screen stays the same for 0.2 s (or 5 s have
# passed), so that keys sent next meet a program that has finished drawing.
settle() {
	local a='' b tries
	b=$(screen)
	for ((tries = 0; tries < 25; tries++)); do
		if [ "$a" = "$b" ]; then return; fi
		a=$b
		nap 0.2
		b=$(screen)
	done
}

# install_peers: apt-get installs the peers that are missing, when this
# runs as root or may use sudo without a password.
install_peers() {
	local want=() sudo=()
	command -v hnb >/dev/null || want+=(hnb)
	command -v emacs >/dev/null || want+=(emacs-nox)
	command -v vim >/dev/null || want+=(vim)
	if [ ${#want[@]} -eq 0 ]; then return; fi
	if ! command -v apt-get >/dev/null; then
		echo "no apt-get: not installing ${want[*]}" >&2
		return
	fi
	if [ "$(id -u)" -ne 0 ]; then
		if ! command -v sudo >/dev/null || ! sudo -n true 2>/dev/null; then
			echo "not root and no password-less sudo: not installing ${want[*]}" >&2
			return
		fi
		sudo=(sudo -n)
	fi
	local p updated=
	for p in "${want[@]}"; do
		echo "installing $p" >&2
		until "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$p" >>"$work/apt.log" 2>&1; do
			# Stale package lists are the usual reason: update once, retry.
			if [ -n "$updated" ]; then
				echo "could not install $p:" >&2
				tail -n 3 "$work/apt.log" >&2
				break
			fi
			updated=yes
			"${sudo[@]}" apt-get update -q >>"$work/apt.log" 2>&1 || true
		done
	done
}

# have PEER: whether PEER's program is installed.
have() {
	case $1 in
	lanyard) true ;;
	old) [ -n "${OLD:-}" ] ;;
	*) command -v "$1" >/dev/null ;;
	esac
}

# set_peer PEER: sets cmd to the command line that opens PEER on the notes
# and mark to the text its first frame waits for. HOME is a scratch
# directory, so no one's settings are read and hnb writes its ~/.hnbrc there.
set_peer() {
	case $1 in
	lanyard)
		cmd=("$work/lanyard" --db "$work/big.db" --now "2019-10-17 10:00")
		mark=$last
		;;
	old) # its own copy: the two must not share (or migrate) one notebook
		cmd=("$work/lanyard-old" --db "$work/big-old.db" --now "2019-10-17 10:00")
		mark=$last
		;;
	hnb)
		cmd=(hnb -o "$work/big.opml")
		mark=$first
		;;
	emacs)
		cmd=(emacs -nw -Q --eval "(setq org-startup-folded 'showeverything)" "$work/big.org")
		mark=$first
		;;
	vim)
		cmd=(vim -u NONE -N -n "+/$first" "$work/big.md")
		mark=$first
		;;
	*)
		echo "unknown peer $1" >&2
		return 1
		;;
	esac
	cmd=(env "HOME=$work/home" "${cmd[@]}")
}

# to_typing PEER: the keys that put PEER's cursor at the end of the first
# bullet, ready to type into it.
to_typing() {
	case $1 in
	lanyard | old) # first bullet, then the end of its text
		"${T[@]}" send-keys -t b C-Home
		wait_for "$first" 10 || echo "lanyard: after C-Home, $why" >&2
		"${T[@]}" send-keys -t b End
		;;
	hnb) "${T[@]}" send-keys -t b Enter ;; # edit the current node, cursor at its end
	emacs) "${T[@]}" send-keys -t b C-e ;; # the cursor starts on the first headline
	vim) "${T[@]}" send-keys -t b A ;;     # +/first put the cursor on its line
	esac
	settle
}

# start: opens cmd in session b, sets pid to its process and started to
# the time just before. exec keeps pid the program's own, for ps and kill.
start() {
	started=${EPOCHREALTIME/./}
	pid=$("${T[@]}" new-session -d -s b -x "$cols" -y "$rows" -P -F '#{pane_pid}' "exec $(printf '%q ' "${cmd[@]}")")
}

# stop: closes session b and waits for the program to be gone, so that
# the next start does not share the machine with its exit (or, for
# lanyard, find the notebook still locked).
stop() {
	"${T[@]}" kill-session -t b 2>/dev/null || true
	local deadline=$((${EPOCHREALTIME/./} + 10000000))
	while kill -0 "$pid" 2>/dev/null; do
		if ((${EPOCHREALTIME/./} > deadline)); then kill -KILL "$pid" 2>/dev/null || true; fi
		nap 0.01
	done
}

# first_frame: one start of cmd; prints ms until mark is on screen, or
# fails, printing why, if it is not there within a minute.
first_frame() {
	start
	if ! wait_for "$mark" 60; then
		stop
		echo "$why"
		return 1
	fi
	local ms=$(((${EPOCHREALTIME/./} - started) / 1000))
	stop
	echo "$ms"
}

# typing PEER: types chars letters into the open program, one at a time,
# and prints each one's µs from send-keys until the content changed. A
# change rather than the letter itself is awaited, because wrapping moves
# text about and each program draws the letter where it likes. Letters
# only: a space at the end of a line changes nothing on screen. Each key
# waits a random 0-33 ms first, as a person's keys fall at random moments:
# sent the instant the last one showed, they would all land at the same
# point of a program's frame clock (lanyard draws at most 60 times a
# second) and time that point rather than the average.
typing() {
	local letters=abcdefghijklmnopqrstuvwxyz i pause before t0
	for ((i = 0; i < chars; i++)); do
		printf -v pause '0.%03d' $((RANDOM % 34))
		nap "$pause"
		before=$(content)
		t0=${EPOCHREALTIME/./}
		"${T[@]}" send-keys -t b -l "${letters:i%26:1}"
		while [ "$(content)" = "$before" ]; do
			if ((${EPOCHREALTIME/./} - t0 > 10000000)); then
				echo "$1: keystroke $((i + 1)) not shown after 10 s" >&2
				return 1
			fi
			nap
		done
		echo $((${EPOCHREALTIME/./} - t0))
		if (((i + 1) % 250 == 0)); then echo "$1: typed $((i + 1))/$chars" >&2; fi
	done
}

# median_p95 FILE: the median and 95th percentile (nearest rank) of the
# µs figures in FILE, in ms.
median_p95() {
	sort -n "$1" | awk '{a[NR] = $1} END {
		m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
		r = int(NR * 0.95); if (r < NR * 0.95) r++
		printf "%.1f %.1f\n", m / 1000, a[r] / 1000 }'
}

# median FILE: the median of the whole numbers in FILE.
median() {
	sort -n "$1" | awk '{a[NR] = $1} END {print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

# time_first_frames: RUNS starts of every peer, taken in turns so that a
# busy spell on this shared machine falls on all of them alike. One start
# each beforehand is not counted: it fills the page cache, and hnb writes
# its ~/.hnbrc.
time_first_frames() {
	local r p
	for ((r = 0; r <= runs; r++)); do
		for p in "${measured[@]}"; do
			if [ -n "${note[$p]:-}" ]; then continue; fi
			set_peer "$p"
			local ms
			if ! ms=$(first_frame); then
				note[$p]=$ms
				echo "$p: $ms" >&2
				continue
			fi
			if ((r == 0)); then
				echo "$p: first frame $ms ms (not counted)" >&2
				continue
			fi
			echo "$p: first frame $ms ms (run $r/$runs)" >&2
			echo "$ms" >>"$work/$p.frames"
		done
	done
	for p in "${measured[@]}"; do
		if [ -s "$work/$p.frames" ]; then frame[$p]=$(median "$work/$p.frames"); fi
	done
}

# time_typing PEER: opens PEER, notes its RSS, and types chars letters
# into its first bullet.
time_typing() {
	set_peer "$1"
	start
	if ! wait_for "$mark" 60; then
		note[$1]=$why
		stop
		return
	fi
	settle
	rss[$1]=$(($(ps -o rss= -p "$pid") / 1024))
	to_typing "$1"
	if typing "$1" >"$work/$1.keys"; then
		read -r "keys_med[$1]" "keys_p95[$1]" < <(median_p95 "$work/$1.keys")
	else
		note[$1]="typing stalled"
	fi
	stop
}


# set_case CASE: sets cmd and mark for one column of the start table. A
# case is WHAT:PROGRAM, PROGRAM being new (the built lanyard), old (OLD)
# or vim.
set_case() {
	local bin=$work/lanyard suffix=
	if [[ $1 == *:old ]]; then bin=$work/lanyard-old suffix=-old; fi
	case $1 in
	conference:vim)
		cmd=(vim -u NONE -N -n "$work/conf.src")
		mark=$conf_first_line
		;;
	conference:*)
		cmd=("$bin" --db "$work/conf$suffix.db" --now "$conf_now")
		mark=$conf_mark
		;;
	aside:* | without:*)
		cmd=("$bin" --db "$work/${1%%:*}$suffix.db" --now "2019-10-17 10:00")
		mark=$last
		;;
	esac
	cmd=(env "HOME=$work/home" "${cmd[@]}")
}

# time_cases CASE...: RUNS starts of each case in turns, one each before
# not counted; sets case_frame to the medians.
time_cases() {
	local r c ms
	for ((r = 0; r <= runs; r++)); do
		for c in "$@"; do
			if [ -n "${case_note[$c]:-}" ]; then continue; fi
			set_case "$c"
			if ! ms=$(first_frame); then
				case_note[$c]=$ms
				echo "$c: $ms" >&2
				continue
			fi
			if ((r == 0)); then continue; fi
			echo "$c: first frame $ms ms (run $r/$runs)" >&2
			echo "$ms" >>"$work/$c.frames"
		done
	done
	for c in "$@"; do
		if [ -s "$work/$c.frames" ]; then case_frame[$c]=$(median "$work/$c.frames"); fi
	done
}

# burst_once PEER: opens PEER on the outline, sends burst letters in one
# send-keys and prints the µs until the last change of the content, once
# it has been quiet for 0.5 s.
burst_once() {
	set_peer "$1"
	start
	if ! wait_for "$mark" 60; then
		echo "$why" >&2
		stop
		return 1
	fi
	settle
	to_typing "$1"
	local letters=abcdefghijklmnopqrstuvwxyz text='' i t0 now changed before cur
	for ((i = 0; i < burst; i++)); do text+=${letters:i%26:1}; done
	before=$(content)
	t0=${EPOCHREALTIME/./}
	"${T[@]}" send-keys -t b -l "$text"
	changed=$t0
	while true; do
		nap
		cur=$(content)
		now=${EPOCHREALTIME/./}
		if [ "$cur" != "$before" ]; then before=$cur changed=$now; fi
		if ((changed > t0 && now - changed > 500000)); then break; fi
		if ((now - t0 > 60000000)); then
			echo "$1: burst not done after 60 s" >&2
			stop
			return 1
		fi
	done
	stop
	echo $((changed - t0))
}

# time_bursts PEER...: RUNS bursts of each peer in turns; sets
# case_frame[burst:PEER] to the median ms.
time_bursts() {
	local r p us
	for ((r = 1; r <= runs; r++)); do
		for p in "$@"; do
			if [ -n "${case_note[burst:$p]:-}" ]; then continue; fi
			if ! us=$(burst_once "$p"); then
				case_note[burst:$p]="burst failed"
				continue
			fi
			echo "$p: burst of $burst in $((us / 1000)) ms (run $r/$runs)" >&2
			echo $((us / 1000)) >>"$work/burst-$p.ms"
		done
	done
	for p in "$@"; do
		if [ -s "$work/burst-$p.ms" ]; then case_frame[burst:$p]=$(median "$work/burst-$p.ms"); fi
	done
}

# make_start_notebooks: the conference notebook (and its source file for
# vim), and the aside pair; with OLD, a copy of each for the old binary.
make_start_notebooks() {
	if [ -f "$schedule" ]; then
		cp "$schedule" "$work/conf.src"
		conf_what="$(basename "$schedule")"
	else
		go run ./scripts/mkbig -pentabarf "$work/conf.src" -events 1000
		conf_what="a generated 1,000-talk conference"
		conf_now=${CONF_NOW:-2026-02-07 14:10}
	fi
	"$work/lanyard" --db "$work/conf.db" import schedule --tz "$conf_tz" "$work/conf.src" >/dev/null
	go run ./scripts/mkbig -db "$work/aside.db" -bullets "$bullets" -aside -last "$last"
	go run ./scripts/mkbig -db "$work/without.db" -bullets 1 -aside -last "$last"
	if [ -n "${OLD:-}" ]; then
		local f
		for f in conf aside without; do cp "$work/$f.db" "$work/$f-old.db"; done
	fi
	# vim's first screen starts with the file's first line; lanyard's has
	# the title of the talk it opens on its first row, right of the
	# schedule pane: read from one start, not counted.
	conf_first_line=$(head -n 1 "$work/conf.src" | cut -c1-30) conf_mark=
	set_case conference:new
	start
	nap 1
	settle
	conf_mark=$(screen 1 | sed 's/.*│ *//' | cut -c1-30 | sed 's/ *$//')
	stop
	if [ -z "$conf_mark" ]; then conf_mark="│"; fi
	echo "conference: lanyard's first frame waits for \"$conf_mark\", vim's for \"$conf_first_line\"" >&2
}

# print_start_table: the start table, with ratios of each pair.
print_start_table() {
	local row a b x
	printf '\nstart and typing rows; median of %s runs each, in turns\n' "$runs"
	printf '%-34s %10s %10s %10s %8s  %s\n' what "lanyard ms" "old ms" "peer ms" ratio note
	ratio() { if [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ]; then awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; else echo -; fi; }
	row() { # label new old peer notes...
		printf '%-34s %10s %10s %10s %8s  %s\n' "$1" "${2:--}" "${3:--}" "${4:--}" "$(ratio "$2" "$4")" "$5"
	}
	row "first frame, conference" "${case_frame[conference:new]:-}" "${case_frame[conference:old]:-}" \
		"${case_frame[conference:vim]:-}" "peer: vim on $conf_what ${case_note[conference:new]:-}${case_note[conference:vim]:-}"
	row "first frame, small talk + $bullets aside" "${case_frame[aside:new]:-}" "${case_frame[aside:old]:-}" \
		"${case_frame[without:new]:-}" "peer: the same notebook without them; old without: ${case_frame[without:old]:--}"
	row "burst of $burst characters" "${case_frame[burst:lanyard]:-}" "${case_frame[burst:old]:-}" \
		"${case_frame[burst:vim]:-}" "peer: vim ${case_note[burst:lanyard]:-}${case_note[burst:vim]:-}"
	if [ -n "${keys_med[lanyard]:-}" ]; then
		row "one key ($bullets bullets)" "${keys_med[lanyard]:-}" "${keys_med[old]:-}" "${keys_med[vim]:-}" "peer: vim (outline table)"
	fi
}

install_peers
echo "building lanyard and writing $bullets bullets" >&2
if [ -n "${LANYARD:-}" ]; then
	cp "$LANYARD" "$work/lanyard"
else
	go build -o "$work/lanyard" ./cmd/lanyard
fi
if [ -n "${OLD:-}" ]; then cp "$OLD" "$work/lanyard-old"; fi
go run ./scripts/mkbig -db "$work/big.db" -bullets "$bullets" -first "$first" -last "$last" \
	-md "$work/big.md" -opml "$work/big.opml" -org "$work/big.org"
if [ -n "${OLD:-}" ]; then cp "$work/big.db" "$work/big-old.db"; fi

# A session that only holds the server up, so that each start pays for its
# program and not for a tmux server's; tmux-256color as most terminals now;
# a pane whose program exits stays, so that its error can be read.
"${T[@]}" new-session -d -s hold -x "$cols" -y "$rows" "sleep 86400" \; \
	set -g default-terminal tmux-256color \; set -g remain-on-exit on

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
measured=()
for p in $peers; do
	if have "$p"; then measured+=("$p"); else note[$p]="not installed"; fi
done
if [[ " $tables " == *" outline "* ]]; then
	time_first_frames
	for p in "${measured[@]}"; do
		if [ -z "${note[$p]:-}" ]; then time_typing "$p"; fi
	done
fi
if [[ " $tables " == *" start "* ]]; then
	echo "making the start table's notebooks" >&2
	make_start_notebooks
	cases=(conference:new)
	if [ -n "${OLD:-}" ]; then cases+=(conference:old); fi
	if have vim; then cases+=(conference:vim); fi
	time_cases "${cases[@]}"
	cases=(aside:new without:new)
	if [ -n "${OLD:-}" ]; then cases+=(aside:old without:old); fi
	time_cases "${cases[@]}"
	bursters=(lanyard)
	if [ -n "${OLD:-}" ]; then bursters+=(old); fi
	if have vim; then bursters+=(vim); fi
	time_bursts "${bursters[@]}"
fi

printf '%s CPUs; load average %s before, %s after\n' "$(nproc)" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " $tables " == *" outline "* ]]; then
	printf '%s bullets; first frame median of %s starts; %s characters typed\n' "$bullets" "$runs" "$chars"
	printf '%-8s %16s %14s %8s %8s  %s\n' peer "first frame ms" "keystroke ms" "p95 ms" "RSS MB" note
	for p in $peers; do
		printf '%-8s %16s %14s %8s %8s  %s\n' "$p" "${frame[$p]:--}" "${keys_med[$p]:--}" \
			"${keys_p95[$p]:--}" "${rss[$p]:--}" "${note[$p]:-}"
	done
fi
if [[ " $tables " == *" start "* ]]; then print_start_table; fi
if [ -n "${OUT:-}" ]; then
	mkdir -p "$OUT"
	for f in "$work"/*.frames "$work"/*.keys "$work"/burst-*.ms; do
		if [ -e "$f" ]; then cp "$f" "$OUT"/; fi
	done
fi
versions=("tmux $(tmux -V | cut -d' ' -f2)")
if have hnb; then versions+=("$(hnb -v 2>&1 | head -1)"); fi
if have emacs; then versions+=("$(emacs --version | head -1) (Org $(emacs -Q --batch --eval "(progn (require 'org) (princ (org-version)))" 2>/dev/null))"); fi
if have vim; then versions+=("$(vim --version | head -1 | cut -d'(' -f1 | sed 's/ *$//')"); fi
printf 'versions: %s' "${versions[0]}"
printf '; %s' "${versions[@]:1}"
echo
