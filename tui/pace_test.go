package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	"lanyard/tui/status"
)

// pacedModel is a test model whose frames are paced with gap, sized
// 120x30 and drawn once, as the program draws its first frame.
func pacedModel(notes *fakeNotes, gap time.Duration) *Model {
	m := newTestModel(notes, at("2019-10-17", "09:40"))
	m.cfg.FrameGap = gap
	run(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	m.View()
	return m
}

// timers runs cmd as the program would and returns the timers it starts.
func timers(cmd tea.Cmd) []timerMsg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case timerMsg:
		return []timerMsg{msg}
	case tea.BatchMsg:
		var all []timerMsg
		for _, c := range msg {
			all = append(all, timers(c)...)
		}
		return all
	}
	return nil
}

// keyAndFrame is one key as the program handles it: Update, then View.
func keyAndFrame(m *Model, r rune) ([]timerMsg, tea.View) {
	_, cmd := m.Update(press(r, string(r)))
	return timers(cmd), m.View()
}

// Keys that come faster than frames are seen share one frame, and the one
// redraw they ask for brings the screen to the last of them, and the
// notes too: the burst reaches the writer as one edit, when its frame is
// drawn.
func TestABurstOfKeysEndsOnTheScreenOfItsLastKey(t *testing.T) {
	const typed = "a burst of keys, typed faster than frames are drawn"
	notes := newFakeNotes()
	// An hour's gap: every key of the burst comes within it, whatever the
	// machine's speed.
	m := pacedModel(notes, time.Hour)
	plain := pacedModel(newFakeNotes(), 0)
	// The burst's first key is drawn at once: no frame of typing came
	// before it.
	first := []rune(typed)[0]
	if ts, _ := keyAndFrame(m, first); len(ts) != 0 {
		t.Fatal("the first key of a burst waited for a redraw")
	}
	plain.Update(press(first, string(first)))
	before := m.View()
	var asked []timerMsg
	for i, r := range []rune(typed)[1:] {
		ts, frame := keyAndFrame(m, r)
		asked = append(asked, ts...)
		plain.Update(press(r, string(r)))
		if frame.Content != before.Content {
			t.Fatalf("key %d drew a frame of its own inside the burst", i)
		}
		if !m.TypedAhead() {
			t.Fatalf("key %d was typed before its frame", i)
		}
	}
	before = m.View()
	if len(asked) != 1 {
		t.Fatalf("the burst asked for %d redraws, want one", len(asked))
	}
	if asked[0].wait != time.Hour {
		t.Errorf("the redraw waits %v, want the frame gap", asked[0].wait)
	}
	m.Update(asked[0].fire(time.Now()))
	if m.TypedAhead() {
		t.Fatal("the redraw left keys untyped")
	}
	// Where a kind's marker may be typed, at the bullet's start, keys
	// are typed one by one; the rest of the burst is one edit.
	if got := notes.savedTexts(11); len(got) > doc.LongestKindPrefix+1 || got[len(got)-1] != typed {
		t.Fatalf("the writer got %q, want the burst, past its start in one edit", got)
	}
	got, want := m.View(), plain.View()
	if got.Content != want.Content || *got.Cursor != *want.Cursor {
		t.Fatalf("after the redraw the screen is not the last key's:\n%s\nwant:\n%s",
			ansi.Strip(got.Content), ansi.Strip(want.Content))
	}
	// A key after the redraw waits again, and asks for a redraw of its own.
	ts, _ := keyAndFrame(m, '!')
	if len(ts) != 1 {
		t.Fatalf("a key after the redraw asked for %d redraws, want one", len(ts))
	}
	m.Update(ts[0].fire(time.Now()))
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, typed+"!") {
		t.Errorf("the key after the redraw is not on screen:\n%s", s)
	}
}

// A key that comes just after a frame of something else, such as the
// writer's "saved" after the key before, is no burst: it is drawn at once.
func TestAKeyAfterAFrameOfSomethingElseIsDrawnAtOnce(t *testing.T) {
	const gap = 40 * time.Millisecond
	m := pacedModel(newFakeNotes(), gap)
	keyAndFrame(m, 'a')
	time.Sleep(3 * gap / 2)
	m.Update(status.SaveMsg{Saved: time.Now()})
	before := m.View()
	ts, frame := keyAndFrame(m, 'z')
	if len(ts) != 0 || frame.Content == before.Content {
		t.Fatalf("a key right after the frame of a save waited (%d redraws asked)", len(ts))
	}
	if !strings.Contains(ansi.Strip(frame.Content), "az") {
		t.Errorf("the key is not on screen:\n%s", ansi.Strip(frame.Content))
	}
}

// A save's report that comes in the middle of a burst is drawn with the
// keys held so far, and the burst goes on sharing frames after it.
func TestASaveInTheMiddleOfABurstDoesNotEndIt(t *testing.T) {
	// 'c' comes more than a gap after 'a' was drawn, and well inside one
	// after the save's frame.
	const gap = 400 * time.Millisecond
	m := pacedModel(newFakeNotes(), gap)
	keyAndFrame(m, 'a')
	keyAndFrame(m, 'b')
	if !m.TypedAhead() {
		t.Fatal("the burst's second key was not held")
	}
	time.Sleep(3 * gap / 4)
	m.Update(status.SaveMsg{Saved: time.Now()})
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "ab") {
		t.Fatalf("the save's frame lacks the keys held before it:\n%s", s)
	}
	time.Sleep(gap / 2)
	keyAndFrame(m, 'c')
	if !m.TypedAhead() {
		t.Error("a key just after the save's frame, inside the burst, was drawn on its own")
	}
}

// Keys slower than the gap, and anything but keys, are drawn at once.
func TestKeysSlowerThanTheGapAndOtherMessagesAreDrawnAtOnce(t *testing.T) {
	slow := pacedModel(newFakeNotes(), time.Nanosecond)
	for _, r := range "slow" {
		ts, _ := keyAndFrame(slow, r)
		if len(ts) != 0 {
			t.Fatalf("a key after the gap asked for a redraw instead of drawing")
		}
	}
	if s := ansi.Strip(slow.View().Content); !strings.Contains(s, "slow") {
		t.Errorf("slow keys are not on screen:\n%s", s)
	}
	m := pacedModel(newFakeNotes(), time.Hour)
	keyAndFrame(m, 'x')
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	if lines := strings.Count(m.View().Content, "\n") + 1; lines != 20 {
		t.Errorf("a resize in a burst drew %d lines, want the new 20", lines)
	}
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "x") {
		t.Errorf("the frame after the resize lacks the key before it:\n%s", s)
	}
}
