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
# A second table (TABLES="outline start", the default, or either) gives the
# issue's speed goals in one place, each figure beside its peer's, their
# ratio and the goal ratio, each pair timed in one run, starts in turns:
#   conference   lanyard's first frame on a notebook holding a whole
#                conference (SCHEDULE, by default FOSDEM 2024 from
#                ../shared/schedules, imported with --tz CONF_TZ, opened at
#                CONF_NOW; without the file, a 1,000-talk conference made by
#                mkbig -pentabarf), against vim opening that schedule file.
#                lanyard's frame waits for the talk on now's title (read
#                from a start not counted), vim's for the file's first line.
#   aside        a small talk on now with BULLETS bullets in another talk
#                of the notebook, against the same notebook without them.
#   talk on now  the first frame above, BULLETS bullets in the talk on
#                now, against hnb (from the first table when it ran).
#   one key      the keystroke above, against vim (likewise).
#   burst        BURST characters sent in one go, typed at the end of the
#                outline's first bullet (vim: the end of that line, in
#                insert mode): ms until the burst's last characters are
#                on screen, median of RUNS bursts, each in a fresh start.
#                A burst whose end never shows fails loudly. Against vim.
#   init         package initialisation of the binary, GODEBUG=inittrace=1
#                summed over packages, median of 7 runs of --help.
# OLD=/path/to/older/lanyard adds its figures beside the built one's in
# both tables ("old"), for a before and after in one run.
#
#   OLD=/tmp/lanyard-main RUNS=5 TABLES=start scripts/tmux-bench.sh
#
# Each lanyard builds its own notebooks from the same sources, as a user
# would (import schedule, then import notes --talk): mkbig writes the
# schedules as Pentabarf and the notes as lanyard's Markdown post, so an
# OLD binary gets notebooks in its own format whatever the schema is now.
# lanyard is built as the README installs it, CGO_ENABLED=0: one static
# binary (the versions line says what file(1) sees in each binary).
#
# PROFILE=dir adds one start per case of the start table (and the big
# talk) with LANYARD_CPUPROFILE=dir/CASE.prof, quits it with ctrl+c as
# soon as its first frame is up, and writes `go tool pprof -top` of the
# profile to dir/CASE.top. A lanyard that writes no profile is skipped
# with a note.
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
# The start table's figures, by case (see set_case), and the first frames
# of the big talk by program.
declare -A case_frame case_note talk_frame

here=$(dirname "$0")
# shellcheck source=scripts/tmux-bench/drive.sh
source "$here/tmux-bench/drive.sh"
# shellcheck source=scripts/tmux-bench/start.sh
source "$here/tmux-bench/start.sh"

# have PEER: whether PEER's program is installed.
have() {
	case $1 in
	lanyard) true ;;
	old) [ -n "${OLD:-}" ] && [ -z "${note[old]:-}" ] ;;
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

# fresh PEER: puts back PEER's big notebook as it was built, for a run
# that types: typing moves the cursor, which lanyard remembers, and the
# next start must again open at the last bullet. Other peers' files are
# not changed by typing (no one saves them).
fresh() {
	case $1 in
	lanyard) cp "$work/big.db.orig" "$work/big.db" ;;
	old) cp "$work/big-old.db.orig" "$work/big-old.db" ;;
	esac
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
	fresh "$1"
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


install_peers
echo "building lanyard and writing $bullets bullets" >&2
if [ -n "${LANYARD:-}" ]; then
	cp "$LANYARD" "$work/lanyard"
else
	CGO_ENABLED=0 go build -o "$work/lanyard" ./cmd/lanyard
fi
if [ -n "${OLD:-}" ]; then cp "$OLD" "$work/lanyard-old"; fi
go run ./scripts/mkbig -bullets "$bullets" -first "$first" -last "$last" \
	-md "$work/big.md" -opml "$work/big.opml" -org "$work/big.org" \
	-schedule "$work/big.xml" -notes "$work/big.post.md"
starts=
if [[ " $tables " == *" start "* ]]; then
	starts=yes
	write_sources
fi
echo "lanyard builds its notebooks" >&2
make_notebooks "$work/lanyard" "" $starts
cp "$work/big.db" "$work/big.db.orig"
if [ -n "${OLD:-}" ]; then
	echo "old builds its notebooks" >&2
	if ! err=$(make_notebooks "$work/lanyard-old" -old $starts 2>&1); then
		note[old]="could not build its notebooks: $(tail -n 1 <<<"$err")"
		echo "old: ${note[old]}" >&2
	else
		cp "$work/big-old.db" "$work/big-old.db.orig"
	fi
fi

# A session that only holds the server up, so that each start pays for its
# program and not for a tmux server's; tmux-256color as most terminals now;
# a pane whose program exits stays, so that its error can be read.
"${T[@]}" new-session -d -s hold -x "$cols" -y "$rows" "sleep 86400" \; \
	set -g default-terminal tmux-256color \; set -g remain-on-exit on

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
measured=()
for p in $peers; do
	if have "$p"; then measured+=("$p"); elif [ -z "${note[$p]:-}" ]; then note[$p]="not installed"; fi
done
if [[ " $tables " == *" outline "* ]]; then
	time_first_frames
	for p in "${measured[@]}"; do
		if [ -z "${note[$p]:-}" ]; then time_typing "$p"; fi
	done
fi
if [ -n "$starts" ]; then
	find_conf_marks
	cases=(conference:new)
	if have old; then cases+=(conference:old); fi
	if have vim; then cases+=(conference:vim); fi
	time_cases "${cases[@]}"
	cases=(aside:new without:new)
	if have old; then cases+=(aside:old without:old); fi
	time_cases "${cases[@]}"
	# The big talk's first frame and one key, from the outline table if
	# it ran, else timed here, each pair in one run as there.
	if [[ " $tables " != *" outline "* ]]; then
		cases=(talk:new)
		if have old; then cases+=(talk:old); fi
		if have hnb; then cases+=(talk:hnb); fi
		time_cases "${cases[@]}"
		for p in lanyard old vim; do
			if have "$p"; then time_typing "$p"; fi
		done
		frame[lanyard]=${case_frame[talk:new]:-} frame[old]=${case_frame[talk:old]:-} frame[hnb]=${case_frame[talk:hnb]:-}
		talk_note="${case_note[talk:new]:-}${case_note[talk:old]:-}${case_note[talk:hnb]:-}"
	fi
	for p in lanyard old hnb; do talk_frame[$p]=${frame[$p]:-}; done
	bursters=(lanyard)
	if have old; then bursters+=(old); fi
	if have vim; then bursters+=(vim); fi
	time_bursts "${bursters[@]}"
	init_new=$(init_ms "$work/lanyard")
	if have old; then init_old=$(init_ms "$work/lanyard-old"); fi
fi
if [ -n "${PROFILE:-}" ]; then
	cases=(talk:new)
	if [ -n "$starts" ]; then cases+=(conference:new aside:new without:new); fi
	if have old; then
		cases+=(talk:old)
		if [ -n "$starts" ]; then cases+=(conference:old aside:old without:old); fi
	fi
	profile_cases "${cases[@]}"
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
built="CGO_ENABLED=0 build"
if [ -n "${LANYARD:-}" ]; then built="given"; fi
versions+=("lanyard: $(linkage "$work/lanyard") ($built)")
if [ -n "${OLD:-}" ]; then versions+=("old: $(linkage "$work/lanyard-old")"); fi
printf 'versions: %s' "${versions[0]}"
printf '; %s' "${versions[@]:1}"
echo
