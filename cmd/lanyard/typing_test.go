//go:build linux

package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"lanyard/store"
)

// typing is text typed into lanyard, when each part of it was written and
// how long lanyard had waited for a CPU by then.
type typing struct {
	text []byte
	// ends[i] is the length of text after the i-th write, at[i] the time
	// that write returned, starved[i] lanyard's CPU wait just after.
	ends    []int
	at      []time.Time
	starved []time.Duration
}

// owed returns how much of the text lanyard has had savePromise of its
// own time to save by killed, when its CPU wait had reached starved: the
// time a busy machine kept it waiting for a CPU is not time it had.
func (ty *typing) owed(killed time.Time, starved time.Duration) int {
	n := 0
	for i, at := range ty.at {
		if killed.Sub(at)-(starved-ty.starved[i]) > savePromise {
			n = max(n, ty.ends[i])
		}
	}
	return n
}

// typedBefore returns how much of the text had been written by t.
func (ty *typing) typedBefore(t time.Time) int {
	n := 0
	for i, at := range ty.at {
		if !at.After(t) {
			n = ty.ends[i]
		}
	}
	return n
}

// timeline lists the writes with their age at the kill and lanyard's CPU
// wait since, for a failure's message.
func (ty *typing) timeline(killed time.Time, starved time.Duration) string {
	var b strings.Builder
	start := 0
	for i, end := range ty.ends {
		fmt.Fprintf(&b, "%q written %v before the kill; lanyard waited %v for a CPU since\n", ty.text[start:end],
			killed.Sub(ty.at[i]).Round(time.Millisecond), (starved - ty.starved[i]).Round(time.Millisecond))
		start = end
	}
	return b.String()
}

// typist makes the text of one round: words that name the round and
// count up, a new bullet every five words, typed a key or a few at a time
// (a fast typist, or a word pasted).
type typist struct {
	round, word int
	rng         *rand.Rand
	pending     []byte
}

func (tp *typist) next() []byte {
	for len(tp.pending) < 6 {
		tp.pending = fmt.Appendf(tp.pending, "r%dw%d ", tp.round, tp.word)
		tp.word++
		if tp.word%5 == 0 {
			tp.pending = append(tp.pending, '\r')
		}
	}
	n := 1
	if tp.rng.IntN(4) == 0 {
		n = 1 + tp.rng.IntN(5)
	}
	keys := tp.pending[:n]
	tp.pending = tp.pending[n:]
	return keys
}

// typeFor types for d, with gaps of up to 12 ms, and returns what it
// typed.
func (r *ptyRun) typeFor(tp *typist, d time.Duration) *typing {
	ty := &typing{}
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		ty.add(tp.next(), r)
		time.Sleep(time.Duration(tp.rng.IntN(12)) * time.Millisecond)
	}
	return ty
}

// add types keys and records them.
func (ty *typing) add(keys []byte, r *ptyRun) {
	at := r.typeBytes(keys)
	ty.text = append(ty.text, keys...)
	ty.ends = append(ty.ends, len(ty.text))
	ty.at = append(ty.at, at)
	ty.starved = append(ty.starved, cpuWait(r.cmd.Process.Pid))
}

// notebookText is every talk's notes in the notebook, bullets in order,
// one a line. Opening it also shows that the notebook opens.
func notebookText(t *testing.T, db string) string {
	t.Helper()
	nb, err := store.Open(db)
	if err != nil {
		t.Fatalf("the notebook does not open: %v", err)
	}
	defer func() {
		if err := nb.Close(); err != nil {
			t.Error(err)
		}
	}()
	events, err := nb.Events()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, ev := range events {
		for _, day := range ev.Days {
			for _, talk := range day.Talks {
				o, err := nb.LoadOutline(talk.ID)
				if err != nil {
					t.Fatalf("outline of %q: %v", talk.Title, err)
				}
				for i := range o.Len() {
					lines = append(lines, o.At(i).Text)
				}
			}
		}
	}
	return strings.Join(lines, "\n")
}

// savedOf returns how much of the typed text the notebook holds: the
// longest start of it that appears whole, Enter as a line break. Words
// name their round, so a round's text cannot be found anywhere else.
func savedOf(notes string, typed []byte) int {
	want := strings.ReplaceAll(string(typed), "\r", "\n")
	lo, hi := 0, len(want)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if strings.Contains(notes, want[:mid]) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
