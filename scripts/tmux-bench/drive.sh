# shellcheck shell=bash
# Driving programs in tmux for scripts/tmux-bench.sh, which sources this
# file after setting T (its tmux command line), rows, work and napfd.

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

# flowed TEXT: the screen's text as one line, for finding text a program
# wrapped over rows: each row right of its last "│" (lanyard's panes; a
# row without one is whole), trimmed, the rows joined.
flowed() { sed 's/.*│//; s/^ *//; s/ *$//' <<<"$1" | tr -d '\n'; }

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
	wait_gone 10 || kill -KILL "$pid" 2>/dev/null || true
	wait_gone 10 || true
}

# wait_gone SECONDS: wait until the program (pid) has exited; fails if it
# is still running after SECONDS. An exited program whose pane stays
# (remain-on-exit) can be left a zombie for a while, which kill -0 still
# finds: its state in /proc says it is gone.
wait_gone() {
	local deadline=$((${EPOCHREALTIME/./} + $1 * 1000000)) stat
	while kill -0 "$pid" 2>/dev/null; do
		if read -r stat 2>/dev/null </proc/"$pid"/stat && [[ $stat == *") Z "* ]]; then return 0; fi
		if ((${EPOCHREALTIME/./} > deadline)); then return 1; fi
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

# median_p95 FILE: the median and 95th percentile (nearest rank) of the
# µs figures in FILE, in ms.
median_p95() {
	sort -n "$1" | awk '{a[NR] = $1} END {
		m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
		r = int(NR * 0.95); if (r < NR * 0.95) r++
		printf "%.1f %.1f\n", m / 1000, a[r] / 1000 }'
}

# median FILE: the median of the numbers in FILE.
median() {
	sort -n "$1" | awk '{a[NR] = $1} END {print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
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
