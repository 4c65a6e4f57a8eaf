package tui

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
)

// bigEvent is a conference of talks talks over two days in 40 rooms, each
// talk with an About of FOSDEM's size (a 1.5 kB abstract, links).
func bigEvent(talks int) (sched.Event, fakeAbouts) {
	ev := sched.Event{ID: 1, Name: "Big Conf", TZ: "Europe/London"}
	abouts := fakeAbouts{}
	abstract := strings.Repeat("A paragraph of what the talk is about, as a speaker writes it for the programme. ", 18)
	for d, date := range []string{"2019-10-17", "2019-10-18"} {
		day := sched.Day{Date: date}
		for i := range talks / 2 {
			id := uint64(1000 + d*talks + i)
			start := at(date, "09:00").Add(time.Duration(i/40) * 30 * time.Minute)
			day.Talks = append(day.Talks, sched.Talk{ID: id, Start: start, End: start.Add(25 * time.Minute),
				Title: fmt.Sprintf("Talk %d about something people came for", id), Speakers: []string{"Ada Quill"},
				Room: fmt.Sprintf("Room %02d", i%40), Track: "Track", Kind: sched.KindTalk})
			abouts[id] = sched.About{Subtitle: "A subtitle", Language: "en", Abstract: abstract,
				Description: abstract, URL: fmt.Sprintf("https://big.example/talk/%d", id),
				Links: []sched.Link{{Title: "Slides", URL: "https://big.example/slides.pdf"}, {Title: "Video", URL: "https://big.example/v.webm"}}}
		}
		ev.Days = append(ev.Days, day)
	}
	return ev, abouts
}

// BenchmarkOpenDetails is opening the details of a talk among 1,000 with
// its About at hand, as a user sees it: the key, the request it makes,
// the About arriving, and the frame drawn; then esc and its frame. Besides
// ns/op it reports cpu-ns/op, the CPU time the process used (GOMAXPROCS
// 1): on a shared machine the wall time counts waits for a CPU.
func BenchmarkOpenDetails(b *testing.B) {
	ev, abouts := bigEvent(1000)
	now := at("2019-10-17", "13:00")
	notes := newFakeNotes()
	var m tea.Model = New(Config{Event: ev, Loader: notes, Saver: notes, Abouts: abouts,
		Clock: func() time.Time { return now }, timer: heldTimer})
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	for range 250 {
		m, _ = m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	}
	m, cmd := m.Update(tea.KeyPressMsg{Code: 'i', Text: "i"})
	m, cmd = m.Update(cmd())
	m, _ = m.Update(cmd())
	if !strings.Contains(m.View().Content, "A paragraph of what") {
		b.Fatalf("the details did not open:\n%s", m.View().Content)
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.ReportAllocs()
	before := cpuTime()
	for b.Loop() {
		var cmd tea.Cmd
		m, cmd = m.Update(tea.KeyPressMsg{Code: 'i', Text: "i"})
		m, cmd = m.Update(cmd())
		m, _ = m.Update(cmd())
		_ = m.View()
		m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
		_ = m.View()
	}
	b.ReportMetric(float64((cpuTime()-before).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
