package tui

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/status"
)

// bigDay is one conference day of n talks, ten minutes each from 09:00,
// with IDs from 1000.
func bigDay(n int) sched.Event {
	d := "2019-10-17"
	day := sched.Day{Date: d}
	for i := range n {
		start := at(d, "09:00").Add(time.Duration(i) * 10 * time.Minute)
		day.Talks = append(day.Talks, sched.Talk{ID: uint64(1000 + i), Start: start, End: start.Add(10 * time.Minute),
			Title: fmt.Sprintf("Talk %03d", i), Kind: sched.KindTalk})
	}
	return sched.Event{ID: 1, Name: "Big Days", TZ: "Europe/London", Days: []sched.Day{day}}
}

// storedNotes is a notebook as the store is one: each load builds a new
// outline from the records, so an outline let go and read again has only
// what was committed. Saves are not committed until commit says so.
type storedNotes struct {
	mu      sync.Mutex
	records map[uint64][]doc.Node
	// saves counts the edits saved, as the writer numbers them.
	saves uint64
	// bullets is the size of a generated talk that has no records.
	bullets int
	// loads counts every load, loadsOf those of each talk.
	loads   int
	loadsOf map[uint64]int
}

func (s *storedNotes) LoadOutline(id uint64) (*doc.Outline, error) {
	s.mu.Lock()
	s.loads++
	if s.loadsOf != nil {
		s.loadsOf[id]++
	}
	nodes, ok := s.records[id]
	s.mu.Unlock()
	if !ok {
		o := doc.Generate(s.bullets, int64(id))
		o.SetKind(o.Append(fmt.Sprintf("zq marker of talk %d", id)), doc.KindPlain)
		o.TakeChanges()
		return o, nil
	}
	return doc.FromNodes(nodes)
}

// Save numbers the edits, as the writer does.
func (s *storedNotes) Save(_ uint64, c doc.Changes) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !c.Empty() {
		s.saves++
	}
}

// LastSave returns the number of the latest edit saved.
func (s *storedNotes) LastSave() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saves
}

// commit puts an outline's bullets in the notebook, as the writer would.
func (s *storedNotes) commit(id uint64, o *doc.Outline) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.records[id] = o.Nodes()
}

func bigDayModel(t testing.TB, notes *storedNotes, talks int) tea.Model {
	t.Helper()
	ev := bigDay(talks)
	first, err := notes.LoadOutline(1000)
	if err != nil {
		t.Fatal(err)
	}
	now := at("2019-10-17", "09:05")
	var m tea.Model = New(Config{Event: ev, Talk: 1000, Outline: first, Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer})
	return run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
}

// browse moves the schedule's selection down n talks, each shown in the
// editor as the user passes it, then up again to the first.
func browse(m tea.Model, n int) tea.Model {
	m = run(m, esc)
	for range n {
		m = run(m, tea.KeyPressMsg{Code: tea.KeyDown})
	}
	return run(m, tea.KeyPressMsg{Code: tea.KeyHome})
}

func TestOutlinesOffScreenAreLetGoOnceManyAreLoaded(t *testing.T) {
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 100}
	m := browse(bigDayModel(t, notes, 60), 59)
	cache := m.(*Model).outlines
	if cache.len() > cachedOutlines {
		t.Errorf("after showing 60 talks %d outlines are in memory; want at most %d", cache.len(), cachedOutlines)
	}
	if !cache.has(1000) {
		t.Error("the outline on screen is not in memory")
	}
	if view := screen(m); !strings.Contains(view, "zq marker of talk 1000") {
		t.Errorf("the first talk's notes are not shown again:\n%s", view)
	}
}

// lastBullet returns the text of the last bullet of a talk in memory.
func lastBullet(t *testing.T, m tea.Model, talk uint64) string {
	t.Helper()
	o := m.(*Model).outlines.peek(talk)
	if o == nil {
		t.Fatalf("talk %d is not in memory", talk)
	}
	return o.At(o.Len() - 1).Text
}

func TestAnOutlineStaysWithItsUndoUntilTheWriterHasItsEdits(t *testing.T) {
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 20, loadsOf: map[uint64]int{}}
	m := bigDayModel(t, notes, 40)
	delete(notes.loadsOf, 1000) // the load that opened it
	m = typeInto(run(m, tea.KeyPressMsg{Code: tea.KeyEnd, Mod: tea.ModCtrl}), " draft")
	m = run(browse(m, 39), tea.KeyPressMsg{Code: tea.KeyEnter})
	if got := lastBullet(t, m, 1000); got != "zq marker of talk 1000 draft" || notes.loadsOf[1000] != 0 {
		t.Fatalf("edits the writer has not committed were let go: the bullet reads %q after %d loads", got, notes.loadsOf[1000])
	}
	m = run(m, tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if got := lastBullet(t, m, 1000); got == "zq marker of talk 1000 draft" {
		t.Fatalf("undo lost its history while the outline was kept: %q", got)
	}
	m = typeInto(m, " kept")
	kept := lastBullet(t, m, 1000)

	// A report that the edits before the last are on disk keeps it.
	m = run(m, status.SaveMsg{Saved: time.Now(), Committed: notes.LastSave() - 1})
	m = run(browse(m, 39), tea.KeyPressMsg{Code: tea.KeyEnter})
	if got := lastBullet(t, m, 1000); got != kept || notes.loadsOf[1000] != 0 {
		t.Fatalf("a talk whose last edit is not on disk was let go: %q after %d loads", got, notes.loadsOf[1000])
	}

	// The writer commits, then says every edit is on disk: the outline
	// may go, and with it its history.
	notes.commit(1000, m.(*Model).outlines.peek(1000))
	m = run(m, status.SaveMsg{Saved: time.Now(), Committed: notes.LastSave()})
	m = run(browse(m, 39), tea.KeyPressMsg{Code: tea.KeyEnter})
	if notes.loadsOf[1000] != 1 {
		t.Fatalf("the first talk was read %d times once its edits were on disk; want once", notes.loadsOf[1000])
	}
	if got := lastBullet(t, m, 1000); got != kept {
		t.Fatalf("the committed edits are not read back: %q, want %q", got, kept)
	}
	m = run(m, tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if got := lastBullet(t, m, 1000); got != kept {
		t.Errorf("a talk read again undid what the copy let go did: %q", got)
	}
	if view := screen(m); !strings.Contains(view, kept) {
		t.Errorf("the screen does not show the bullet:\n%s", view)
	}
}

// heapInUse returns the live heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	return s.HeapAlloc
}

// searchBound is what a notebook of 100 talks of 1,000 bullets may add to
// the heap once every talk has been searched: the talk on screen and a
// few recent ones, not the notebook, whose outlines kept in memory took
// 26 MB.
const searchBound = 8 << 20

func TestSearchingEveryTalkKeepsTheHeapBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 100,000 bullets")
	}
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 1000}
	base := heapInUse()
	m := bigDayModel(t, notes, 100)
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m = run(m, tea.PasteMsg{Content: "zq marker"})
	view := ansi.Strip(m.View().Content)
	if !strings.Contains(view, "100 notes in 100 talks") {
		t.Fatalf("the search did not find the marker of every talk:\n%s", view)
	}
	if notes.loads < 100 {
		t.Fatalf("the search read %d talks; want all 100", notes.loads)
	}
	m = run(m, esc)
	grown := heapInUse() - min(base, heapInUse())
	t.Logf("heap after searching 100 talks × 1,000 bullets: %.1f MB over the start", float64(grown)/(1<<20))
	if grown > searchBound {
		t.Errorf("searching every talk left the heap %.1f MB bigger; want at most %d MB", float64(grown)/(1<<20), searchBound>>20)
	}
	runtime.KeepAlive(m)
}
