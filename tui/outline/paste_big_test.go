package outline

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	"lanyard/tui/theme"
)

// A megabyte pasted at once: a day of notes from another app, or a log
// someone meant to attach. It must all become bullets and all reach the
// writer, in a time the note-taker can wait for, and leave the editor as
// quick to type in as before.

// megabyteOfNotes is about 1 MB of invented notes in 20,000 lines, nested
// by indentation and marked the ways people paste lists.
func megabyteOfNotes() string {
	marks := []string{"- ", "* ", "• ", "1. ", "[ ] ", ""}
	var b strings.Builder
	b.Grow(1 << 20)
	for i := range 20_000 {
		fmt.Fprintf(&b, "%s%snote %05d: queue depth, p99 東京 🎉 retry budget\n",
			strings.Repeat("  ", i%4), marks[i%len(marks)], i)
	}
	return b.String()
}

// megabyteLine is about 1 MB of words with no newline.
func megabyteLine() string {
	const words = "word 東京 🎉 and more words "
	return strings.Repeat(words, (1<<20)/len(words)+1)
}

// megabyteProse is about 1 MB of words of varied lengths with no newline:
// a text where lines end at different places, as prose's do.
func megabyteProse() string {
	words := strings.Fields("the queue grew while consumers slept and p99 latency 東京 🎉 climbed past every budget we had set retries made it worse backpressure is the answer")
	rng := rand.New(rand.NewPCG(3, 5))
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(words[rng.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// updateLimit is the longest a paste's Update may take, in the editor's
// own time (ownTime: waits for a CPU taken by other work are not its):
// well under the second after which a note-taker thinks the program hung,
// with room for the race detector. Work growing with the square of the
// paste's lines or bytes would take minutes.
const updateLimit = time.Second

func TestAMegabytePasteBecomesBulletsAndIsAllSaved(t *testing.T) {
	content := megabyteOfNotes()
	m, s := editor(t, outlineOf(t, "before the paste"), 100, 30)
	before := m.o.Nodes()
	took := ownTime(func() { m, _ = m.Update(tea.PasteMsg{Content: content}) })
	t.Logf("pasting %d bytes in 20,000 lines took %v", len(content), took)
	if took > updateLimit {
		t.Errorf("the paste's Update took %v, want under %v", took, updateLimit)
	}
	if n := m.o.Len(); n != 20_001 {
		t.Fatalf("the outline has %d bullets after pasting 20,000 lines under one, want 20,001", n)
	}
	if last := m.o.At(m.o.Len() - 1); last.Depth != 3 || !strings.HasPrefix(last.Text, "note 19999:") {
		t.Errorf("the last pasted bullet is %q at depth %d, want note 19999 at depth 3", last.Text, last.Depth)
	}
	checkAllSaved(t, m, s, before)
	checkStillQuick(t, m)
}

func TestAMegabyteLinePasteIsOneBulletAndIsAllSaved(t *testing.T) {
	line := megabyteLine()
	m, s := editor(t, outlineOf(t, ""), 100, 30)
	took := ownTime(func() { m, _ = m.Update(tea.PasteMsg{Content: line}) })
	t.Logf("pasting one line of %d bytes took %v", len(line), took)
	if took > updateLimit {
		t.Errorf("the paste's Update took %v, want under %v", took, updateLimit)
	}
	if m.o.Len() != 1 || m.o.At(0).Text != line {
		t.Fatalf("the paste made %d bullets; want the one bullet holding the whole line", m.o.Len())
	}
	checkAllSaved(t, m, s, nil)
	checkStillQuick(t, m)
}

// checkAllSaved fails the test unless the saves, applied in order to the
// bullets stored before, hold every bullet of the outline as it is.
func checkAllSaved(t *testing.T, m Model, s *recordingSaver, before []doc.Node) {
	t.Helper()
	stored := make(map[doc.ID]doc.Node)
	for _, n := range before {
		stored[n.ID] = n
	}
	for _, call := range s.calls {
		for _, n := range call.c.Put {
			stored[n.ID] = n
		}
		for _, id := range call.c.Deleted {
			delete(stored, id)
		}
	}
	nodes := m.o.Nodes()
	if len(stored) != len(nodes) {
		t.Fatalf("the writer got %d bullets, the outline has %d", len(stored), len(nodes))
	}
	for _, n := range nodes {
		if got, ok := stored[n.ID]; !ok || got.Text != n.Text || got.Parent != n.Parent || got.Order != n.Order {
			t.Fatalf("bullet %d %.40q did not reach the writer as it is", n.ID, n.Text)
		}
	}
}

// keyLimit is the longest a keystroke may take after a big paste: a frame
// at 60 Hz, with room for the race detector.
const keyLimit = 16 * time.Millisecond

// checkStillQuick types, moves and draws after the paste, and fails the
// test if a keystroke (its Update and its frame) takes longer than a
// frame of lanyard's own time.
func checkStillQuick(t *testing.T, m Model) {
	t.Helper()
	var slowest time.Duration
	var slowKey string
	for _, k := range []string{"x", "y", "backspace", "left", "up", "down", "pgup", "pgdown", "home", "end", "enter", "z"} {
		d := ownTime(func() {
			m = press(m, k)
			_ = m.View()
		})
		if d > slowest {
			slowest, slowKey = d, k
		}
	}
	t.Logf("slowest keystroke after the paste: %q, %v", slowKey, slowest)
	if slowest > keyLimit {
		t.Errorf("%q took %v after the paste, want under %v", slowKey, slowest, keyLimit)
	}
}

// BenchmarkPaste is one paste's Update of a megabyte, in lines and in one
// line.
func BenchmarkPaste(b *testing.B) {
	for _, c := range []struct {
		name    string
		content string
	}{{"20000Lines", megabyteOfNotes()}, {"OneLine", megabyteLine()}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.content)))
			for b.Loop() {
				b.StopTimer()
				m := New(theme.New(true), &recordingSaver{}).SetSize(100, 30).SetOutline(7, outlineOf(b, ""), testHeader).Focus()
				b.StartTimer()
				m, _ = m.Update(tea.PasteMsg{Content: c.content})
				_ = m.View()
			}
		})
	}
}

// BenchmarkTypeInAMegabyteBullet is a keystroke and a backspace, with
// their frames, at the end and in the middle of a bullet of one megabyte
// of prose, and in the middle of one that repeats a phrase: there every
// line breaks at the same place in the phrase, so one more character moves
// every break after it, the worst case for rewrapping.
func BenchmarkTypeInAMegabyteBullet(b *testing.B) {
	for _, c := range []struct{ where, text string }{
		{"end", megabyteProse()}, {"middle", megabyteProse()}, {"middleOfRepeats", megabyteLine()},
	} {
		b.Run(c.where, func(b *testing.B) {
			m := New(theme.New(true), &recordingSaver{}).SetSize(100, 30).SetOutline(7, outlineOf(b, c.text), testHeader).Focus()
			if c.where != "end" {
				m.off = len(m.o.At(0).Text) / 2
				m = m.settle()
			}
			for b.Loop() {
				m = press(m, "x", "backspace")
				_ = m.View()
			}
		})
	}
}

func TestAMegabyteBulletFullOfLinksDrawsInAFrame(t *testing.T) {
	const words = "see https://example.org/queues/p99 for the graphs, "
	line := strings.Repeat(words, (1<<20)/len(words)+1)
	m, _ := editor(t, outlineOf(t, line), 100, 30)
	m = press(m, "home")
	var view string
	took := ownTime(func() { view = m.View() })
	t.Logf("a frame of a megabyte bullet of links took %v", took)
	if took > keyLimit {
		t.Errorf("the frame took %v, want under %v", took, keyLimit)
	}
	if !strings.Contains(view, ansi.SetHyperlink("https://example.org/queues/p99")) {
		t.Error("the links in the bullet are no longer drawn as links")
	}
}
