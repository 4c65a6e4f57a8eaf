package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/search"
)

// searchBench is the whole screen at 120x40 over a conference of 1,000
// talks with abstracts of about 1,500 bytes, the talk open holding
// 100,000 bullets, the search open with "latenc" typed and every answer
// in.
func searchBench(b *testing.B) tea.Model {
	b.Helper()
	ev := bigDay(1000)
	abouts := map[uint64]sched.About{}
	words := strings.Fields("we show how the kernel network storage compiler memory safety latency cloud scale")
	for i, t := range ev.All() {
		t.Speakers = []string{fmt.Sprintf("Speaker %d", i)}
		t.Room = fmt.Sprintf("K.%d.%03d", i%7, i%70)
		var a strings.Builder
		for k := range 250 {
			a.WriteString(words[(i*7+k*3)%len(words)] + " ")
		}
		abouts[t.ID] = sched.About{Abstract: a.String()}
	}
	notes := &aboutNotes{fakeNotes: newFakeNotes(), abouts: abouts}
	notes.outlines[1000] = doc.Generate(100_000, 1)
	o, _ := notes.LoadOutline(1000)
	var m tea.Model = New(Config{Event: ev, Talk: 1000, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return at("2019-10-17", "09:05") }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	return typeAll(m, "latenc")
}

// uiKeystroke is what the UI's goroutine does for one key typed into the
// search box: the overlay's Update, the root's answer to the query
// changing (which starts the searches as commands, not run here: the
// program runs them on goroutines of their own), and the frame.
func uiKeystroke(m tea.Model, r rune) tea.Model {
	m, cmd := m.Update(press(r, string(r)))
	for _, msg := range emitted(cmd) {
		if q, ok := msg.(search.QueryMsg); ok {
			m, _ = m.Update(q)
		}
	}
	_ = m.View()
	return m
}

// emitted runs a command that only hands back messages (the overlay's
// emit) and returns them, batches opened.
func emitted(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range batch {
		out = append(out, emitted(c)...)
	}
	return out
}

// BenchmarkSearchKeystroke1000Talks is one key typed into the search box
// at 1,000 talks with abstracts and 100,000 bullets: "ui" is the cost on
// the UI's goroutine, what decides whether typing stays smooth; "answered"
// adds the searches run as commands, the talks' and the stored notes',
// until the list shows every answer.
func BenchmarkSearchKeystroke1000Talks(b *testing.B) {
	base := searchBench(b)
	// own-ns/op leaves out the time the process waited for a CPU (see
	// ownTime): on a shared machine, the figure that says what lanyard
	// costs.
	b.Run("ui", func(b *testing.B) {
		own := ownTime(func() {
			for b.Loop() {
				uiKeystroke(clone(base), 'y')
			}
		})
		b.ReportMetric(float64(own.Nanoseconds())/float64(b.N), "own-ns/op")
	})
	b.Run("answered", func(b *testing.B) {
		own := ownTime(func() {
			for b.Loop() {
				_ = run(clone(base), press('y', "y")).View()
			}
		})
		b.ReportMetric(float64(own.Nanoseconds())/float64(b.N), "own-ns/op")
	})
	if v := screen(run(clone(base), press('y', "y"))); !strings.Contains(v, "100+ talks") {
		b.Fatalf("the talks are not all found:\n%s", v)
	}
}
