package tui

import (
	"image/color"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// BenchmarkFirstFrame1000Talks is the interface's part of a start on a
// conference of 1,000 talks over two days: the root model built on the
// talk on now, then what the terminal sends first (its size, its
// background: dark, as tmux and most terminals answer) and the frame
// drawn for it. The disk's part is cmd/lanyard's BenchmarkFirstFrameConference.
// Besides ns/op it reports cpu-ns/op, the CPU time the process used
// (GOMAXPROCS 1), as on a shared machine the wall time counts waits.
func BenchmarkFirstFrame1000Talks(b *testing.B) {
	ev, _ := bigEvent(1000)
	now := at("2019-10-17", "13:10")
	talk := ev.Days[0].Talks[4*40].ID // on at 11:00, the day's fifth slot
	notes := newFakeNotes()
	outline := doc.Generate(20, 1)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.ReportAllocs()
	before := cpuTime()
	for b.Loop() {
		var m tea.Model = New(Config{Event: ev, Talk: talk, Outline: outline, Loader: notes, Saver: notes,
			Clock: func() time.Time { return now }, timer: heldTimer})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m, _ = m.Update(tea.BackgroundColorMsg{Color: color.Black})
		if v := m.View().Content; !strings.Contains(v, "Talk 1160 about") {
			b.Fatalf("the talk on now is not on the first frame:\n%s", v)
		}
	}
	b.ReportMetric(float64((cpuTime()-before).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
