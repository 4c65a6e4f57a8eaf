# shellcheck shell=bash
# The start table of scripts/tmux-bench.sh (the issue's speed goals, each
# pair timed in one run), sourced by it after drive.sh.

# make_notebook BIN DB SRC: builds DB with BIN from the sources mkbig wrote
# as SRC.xml (the schedule) and SRC.post.md (each talk's notes), the way a
# user would: import the schedule, then each talk's notes. Every lanyard
# that can import a Pentabarf file and notes builds its own, so that an
# older binary is timed on a notebook in its own format.
make_notebook() {
	local bin=$1 db=$2 src=$3 id ids
	"$bin" --db "$db" import schedule --tz Europe/London "$work/$src.xml" >/dev/null || return
	ids=$("$bin" --db "$db" talks | awk 'NR > 1 && $1 ~ /^[0-9]+$/ {print $1}') || return
	for id in $ids; do
		"$bin" --db "$db" import notes --talk "$id" "$work/$src.post.md" >/dev/null || return
	done
}

# make_notebooks BIN SUFFIX [STARTS]: BIN's notebooks, named
# NAME$SUFFIX.db: big (the outline table's) and, with STARTS, the start
# table's conf, aside and without.
make_notebooks() {
	local bin=$1 suffix=$2 src srcs=(big)
	if [ -n "${3:-}" ]; then srcs+=(aside without); fi
	for src in "${srcs[@]}"; do
		make_notebook "$bin" "$work/$src$suffix.db" "$src" || return
	done
	if [ -n "${3:-}" ]; then
		"$bin" --db "$work/conf$suffix.db" import schedule --tz "$conf_tz" "$work/conf.src" >/dev/null
	fi
}

# write_sources: the conference's schedule (conf.src) and what
# make_notebook reads for the aside pair; the big outline's sources are
# written before, with the other programs' files.
write_sources() {
	if [ -f "$schedule" ]; then
		cp "$schedule" "$work/conf.src"
		conf_what="$(basename "$schedule")"
	else
		go run ./scripts/mkbig -pentabarf "$work/conf.src" -events 1000
		conf_what="a generated 1,000-talk conference"
		conf_now=${CONF_NOW:-2026-02-07 14:10}
	fi
	go run ./scripts/mkbig -aside -bullets "$bullets" -last "$last" -schedule "$work/aside.xml" -notes "$work/aside.post.md"
	go run ./scripts/mkbig -aside -bullets 1 -last "$last" -schedule "$work/without.xml" -notes "$work/without.post.md"
}

# find_conf_marks: what the conference case's first frames wait for.
# vim's first screen starts with the file's first line; lanyard's has the
# title of the talk it opens on its first row, right of the schedule pane:
# read from one start, not counted.
find_conf_marks() {
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

# set_case CASE: sets cmd and mark for one column of the start table. A
# case is WHAT:PROGRAM, PROGRAM being new (the built lanyard), old (OLD),
# vim or hnb. extra_env, if set, goes into the program's environment.
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
	talk:new) set_peer lanyard ;;
	talk:*) set_peer "${1#talk:}" ;;
	esac
	if [[ $1 != talk:* ]]; then cmd=(env "HOME=$work/home" "${cmd[@]}"); fi
	if [ -n "${extra_env:-}" ]; then cmd=(env "$extra_env" "${cmd[@]}"); fi
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

# burst_text: burst letters, a to z over and over, ending in burst_tail,
# capitals found nowhere else, so that seeing them says the whole burst
# has arrived.
burst_tail=QZXJK
burst_text() {
	local letters=abcdefghijklmnopqrstuvwxyz text='' i
	for ((i = 0; i < burst - ${#burst_tail}; i++)); do text+=${letters:i%26:1}; done
	echo "$text$burst_tail"
}

# burst_once PEER: opens PEER on the outline, ready to type into its first
# bullet (the first line of vim's file), sends the burst in one send-keys
# and prints the µs until its last characters are on screen. It fails,
# saying so on stderr with the screen, if they are not within 60 s or
# leave the screen again in the 0.5 s after.
burst_once() {
	fresh "$1"
	set_peer "$1"
	start
	if ! wait_for "$mark" 60; then
		echo "$1: burst: $why" >&2
		stop
		return 1
	fi
	settle
	to_typing "$1"
	local text t0 now shown='' before cur
	text=$(burst_text)
	before=$(content)
	t0=${EPOCHREALTIME/./}
	"${T[@]}" send-keys -t b -l "$text"
	while [ -z "$shown" ]; do
		nap
		cur=$(content)
		now=${EPOCHREALTIME/./}
		if [ "$cur" != "$before" ]; then
			before=$cur
			if [[ $(flowed "$cur") == *"$burst_tail"* ]]; then shown=$now; fi
		fi
		if ((now - t0 > 60000000)); then break; fi
	done
	nap 0.5
	if [ -z "$shown" ] || [[ $(flowed "$(content)") != *"$burst_tail"* ]]; then
		echo "$1: BURST FAILED: its last characters \"$burst_tail\" are not on screen; the screen:" >&2
		screen >&2
		stop
		return 1
	fi
	stop
	echo $((shown - t0))
}

# time_bursts PEER...: RUNS bursts of each peer in turns; sets
# case_frame[burst:PEER] to the median ms.
time_bursts() {
	local r p us
	for ((r = 1; r <= runs; r++)); do
		for p in "$@"; do
			if [ -n "${case_note[burst:$p]:-}" ]; then continue; fi
			if ! us=$(burst_once "$p"); then
				case_note[burst:$p]="$p's burst failed (see stderr)"
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

# init_ms BIN: the median over 7 runs of BIN --help of its package
# initialisation, summed from GODEBUG=inittrace=1 ("ms clock" of each
# package), in ms.
init_ms() {
	local i
	for ((i = 0; i < 7; i++)); do
		GODEBUG=inittrace=1 "$1" --help 2>&1 >/dev/null | awk '/^init / {s += $5} END {printf "%.1f\n", s}'
	done >"$work/init.ms"
	median "$work/init.ms"
}

# profile_cases CASE...: PROFILE_RUNS (default RUNS) more starts of each
# case with LANYARD_CPUPROFILE set, each quit with ctrl+c as soon as its
# first frame is up; the profiles, together, go through `go tool pprof
# -top` into PROFILE/CASE.top (a start of 100 ms holds about 10 samples:
# one alone says little). A lanyard that writes no profile is skipped with
# a note. Package initialisation runs before main and is not in them: the
# init line of the start table is its figure.
profile_cases() {
	local c r prof name bin profs
	mkdir -p "$PROFILE"
	for c in "$@"; do
		name=${c/:/-} profs=()
		bin=$work/lanyard
		if [[ $c == *:old ]]; then bin=$work/lanyard-old; fi
		for ((r = 1; r <= ${PROFILE_RUNS:-$runs}; r++)); do
			prof=$work/$name-$r.prof
			case $c in talk:new) fresh lanyard ;; talk:old) fresh old ;; esac
			extra_env=LANYARD_CPUPROFILE=$prof
			set_case "$c"
			extra_env=
			start
			if ! wait_for "$mark" 60; then
				echo "profile $c: $why" >&2
				stop
				continue
			fi
			"${T[@]}" send-keys -t b C-c
			if ! wait_gone 30; then
				echo "profile $c: lanyard did not quit on ctrl+c within 30 s; its screen:" >&2
				screen >&2
			fi
			stop
			if [ ! -s "$prof" ]; then
				echo "profile $c: no profile written (this lanyard does not know LANYARD_CPUPROFILE)" >&2
				break
			fi
			profs+=("$prof")
		done
		if [ ${#profs[@]} -eq 0 ]; then continue; fi
		cp "${profs[@]}" "$PROFILE"/
		go tool pprof -top "$bin" "${profs[@]}" >"$PROFILE/$name.top" 2>/dev/null
		echo "profile $c: ${#profs[@]} starts in $PROFILE/$name.top" >&2
	done
}

# linkage BIN: "static" or "dynamic", as file(1) sees BIN.
linkage() {
	case $(file -b "$1") in
	*"statically linked"* | *"static-pie linked"*) echo static ;;
	*"dynamically linked"*) echo dynamic ;;
	*) echo "linkage unknown" ;;
	esac
}

# print_start_table: the goal rows in one table: each figure with its
# peer's, their ratio and the issue's goal for it.
print_start_table() {
	printf '\nstart and typing goals; median of %s runs each, in turns\n' "$runs"
	printf '%-44s %11s %11s %11s %6s %6s %5s  %s\n' what lanyard old peer ratio "old r" goal "peer; notes"
	ratio() {
		local a=${1%%/*} b=${2%%/*}
		if [ -n "$a" ] && [ -n "$b" ] && [ "$b" != 0 ]; then awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}'; else echo -; fi
	}
	row() { # label new old peer goal notes
		printf '%-44s %11s %11s %11s %6s %6s %5s  %s\n' "$1" "${2:--}" "${3:--}" "${4:--}" \
			"$(ratio "$2" "$4")" "$(ratio "$3" "$4")" "$5" "$6"
	}
	notes() { local c; for c in "$@"; do if [ -n "${case_note[$c]:-}" ]; then printf '; %s: %s' "$c" "${case_note[$c]}"; fi; done; }
	peer_notes() { local p; for p in "$@"; do if [ -n "${note[$p]:-}" ]; then printf '; %s: %s' "$p" "${note[$p]}"; fi; done; }
	keys() { if [ -n "${keys_med[$1]:-}" ]; then echo "${keys_med[$1]}/${keys_p95[$1]}"; fi; }
	row "first frame, conference (ms)" "${case_frame[conference:new]:-}" "${case_frame[conference:old]:-}" \
		"${case_frame[conference:vim]:-}" "≤1.0" "vim on $conf_what$(notes conference:new conference:old conference:vim)"
	row "first frame, small talk + $bullets aside (ms)" "${case_frame[aside:new]:-}" "${case_frame[aside:old]:-}" \
		"${case_frame[without:new]:-}" "≤1.2" "the same notebook without them; old's without: ${case_frame[without:old]:--}$(notes aside:new without:new aside:old without:old)"
	row "first frame, $bullets bullets in talk on now (ms)" "${talk_frame[lanyard]:-}" "${talk_frame[old]:-}" \
		"${talk_frame[hnb]:-}" "≤0.2" "hnb on the same outline${talk_note:+; $talk_note}$(peer_notes lanyard old hnb)"
	row "one key, $bullets bullets (ms, median/p95)" "$(keys lanyard)" "$(keys old)" "$(keys vim)" "≤1.0" \
		"vim on the same outline$(peer_notes lanyard old vim)"
	row "burst of $burst characters (ms)" "${case_frame[burst:lanyard]:-}" "${case_frame[burst:old]:-}" \
		"${case_frame[burst:vim]:-}" "≤1.2" "vim$(notes burst:lanyard burst:old burst:vim)"
	printf 'package init (GODEBUG=inittrace=1, summed, median of 7 runs; goal ≤ 10 ms): lanyard %s ms' "$init_new"
	if [ -n "${init_old:-}" ]; then printf ', old %s ms' "$init_old"; fi
	echo
}
