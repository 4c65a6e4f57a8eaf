package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	"lanyard/tui/search"
)

// inFlight runs a model as the program does in one respect that run does
// not: commands run on goroutines of their own while keys keep coming, so
// a search may still be reading notes while the next key edits them.
type inFlight struct {
	m       tea.Model
	results chan []tea.Msg
	// running counts the commands whose messages are not delivered yet.
	running int
}

// send hands msg to the model and starts its command.
func (f *inFlight) send(msg tea.Msg) {
	var cmd tea.Cmd
	f.m, cmd = f.m.Update(msg)
	if cmd == nil {
		return
	}
	f.running++
	go func() { f.results <- drain(cmd) }()
}

// take hands the model the messages of one command that has ended.
func (f *inFlight) take(msgs []tea.Msg) {
	f.running--
	for _, msg := range msgs {
		f.send(msg)
	}
}

// deliver hands the model the messages of the commands that have ended.
func (f *inFlight) deliver() {
	for {
		select {
		case msgs := <-f.results:
			f.take(msgs)
		default:
			return
		}
	}
}

// settle waits for every command, and those their messages start.
func (f *inFlight) settle() {
	for f.running > 0 {
		f.take(<-f.results)
	}
}

// Searches run while the user types: into the search box, then into the
// notes with the last search still reading them, again and again. Run
// with -race, this fails if a search reads an outline the editor is
// changing; it also checks that the search finds what was just typed.
func TestTypingNotesWhileSearchesAreInFlight(t *testing.T) {
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 2_000}
	f := &inFlight{m: bigDayModel(t, notes, 20), results: make(chan []tea.Msg, 1024)}
	for round := range 25 {
		f.send(tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
		for _, r := range "zq" {
			f.send(press(r, string(r)))
			f.deliver()
		}
		f.send(tea.KeyPressMsg{Code: tea.KeyEscape}) // back to the notes
		for _, r := range fmt.Sprintf(" zq%02d", round) {
			if r == ' ' {
				f.send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
			} else {
				f.send(press(r, string(r)))
			}
			f.deliver()
		}
	}
	f.settle()
	m := f.m.(*Model)
	if m.finder.IsOpen() {
		t.Fatal("the search is still open after esc")
	}
	// The search opens on the last query and finds the words typed last.
	f.send(tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	for _, r := range "zq24" {
		f.send(press(r, string(r)))
	}
	f.settle()
	if view := screen(f.m); !strings.Contains(view, "zq24") || !strings.Contains(view, "1 note in 1 talk") {
		t.Errorf("the search does not find the words typed last:\n%s", view)
	}
}

// Once the notes are searched in full, the answer from the notes in
// memory alone, arriving late, does not take its place; nor does any
// answer to a query typed over.
func TestALateAnswerDoesNotReplaceTheCompleteOne(t *testing.T) {
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 10}
	var m tea.Model = bigDayModel(t, notes, 5)
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m, cmd := m.Update(press('z', "z"))
	var query search.QueryMsg
	for _, msg := range emitted(cmd) {
		if q, ok := msg.(search.QueryMsg); ok {
			query = q
		}
	}
	m, cmd = m.Update(query)
	var partial, complete notesHitsMsg
	for _, msg := range drain(cmd) {
		if h, ok := msg.(notesHitsMsg); ok && h.complete {
			complete = h
		} else if ok {
			partial = h
		}
	}
	if len(complete.hits) != 5 || len(partial.hits) != 1 {
		t.Fatalf("z: %d hits in all, %d in memory; want 5 markers, 1 of them in memory", len(complete.hits), len(partial.hits))
	}
	m, _ = m.Update(complete)
	m, _ = m.Update(partial)
	if view := screen(m); !strings.Contains(view, "5 notes in 5 talks") {
		t.Errorf("the answer of the notes in memory replaced the complete one:\n%s", view)
	}
	m = run(m, press('x', "x"))
	m, _ = m.Update(complete)
	if view := screen(m); !strings.Contains(view, "no match") {
		t.Errorf("the answer to z replaced that of zx:\n%s", view)
	}
}

// A search that has not answered when its timer fires says so in the
// list, until its complete answer comes.
func TestASlowSearchSaysItIsSearching(t *testing.T) {
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 10}
	var m tea.Model = bigDayModel(t, notes, 5)
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m, cmd := m.Update(press('z', "z"))
	for _, msg := range emitted(cmd) {
		if q, ok := msg.(search.QueryMsg); ok {
			m, cmd = m.Update(q)
		}
	}
	if view := screen(m); strings.Contains(view, "searching") && !strings.Contains(view, "searching…\n") {
		t.Errorf("before the timer, the list says more than that it has no hit yet:\n%s", view)
	}
	slow := searchSlowMsg{query: "z", run: m.(*Model).searches.latest.Load()}
	answers := drain(cmd)
	m, _ = m.Update(slow)
	var complete tea.Msg
	for _, msg := range answers {
		h, ok := msg.(notesHitsMsg)
		switch {
		case ok && h.complete:
			complete = h
		case ok:
			m, _ = m.Update(h)
		default: // the talks found
			m, _ = m.Update(msg)
		}
	}
	if view := screen(m); !strings.Contains(view, "1 note in 1 talk · searching…") {
		t.Errorf("a slow search with the notes in memory answered does not say it is searching:\n%s", view)
	}
	m, _ = m.Update(complete)
	if view := screen(m); !strings.Contains(view, "5 notes in 5 talks\n") {
		t.Errorf("the complete answer still says it is searching:\n%s", view)
	}
}

// The answer of the notes in memory, coming before that of the stored
// notes, does not take from the list the stored notes' hits it shows.
func TestAnAnswerFromMemoryKeepsTheStoredHitsShown(t *testing.T) {
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 10}
	var m tea.Model = bigDayModel(t, notes, 5)
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m = run(m, press('z', "z"))
	m, cmd := m.Update(press('q', "q"))
	for _, msg := range emitted(cmd) {
		if q, ok := msg.(search.QueryMsg); ok {
			m, cmd = m.Update(q)
		}
	}
	for _, msg := range drain(cmd) {
		if h, ok := msg.(notesHitsMsg); ok && !h.complete {
			m, _ = m.Update(h)
		}
	}
	view := screen(m)
	if !strings.Contains(view, "5 notes in 5 talks") || strings.Index(view, "talk 1000") > strings.Index(view, "talk 1004") {
		t.Errorf("after the answer from memory, the list lost stored hits or their order:\n%s", view)
	}
}

// Typing a query reads each talk not in memory from the notebook once,
// not once a key; closing the search lets the copies go, and opening it
// again reads the notes as they are then.
func TestTypingAQueryReadsStoredNotesOnce(t *testing.T) {
	notes := &storedNotes{records: map[uint64][]doc.Node{}, bullets: 50, loadsOf: map[uint64]int{}}
	var m tea.Model = bigDayModel(t, notes, 4)
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m = typeAll(m, "marker of")
	if view := screen(m); !strings.Contains(view, "4 notes in 4 talks") {
		t.Fatalf("the markers are not all found:\n%s", view)
	}
	notes.mu.Lock()
	loads := notes.loadsOf[1002]
	notes.mu.Unlock()
	if loads != 1 {
		t.Errorf("typing 9 keys read talk 1002 %d times, want once", loads)
	}
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	m = run(m, tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEnd}) // keeps the query of last time
	m = typeAll(m, " talk")
	notes.mu.Lock()
	loads = notes.loadsOf[1002]
	notes.mu.Unlock()
	if loads != 2 {
		t.Errorf("after closing and opening the search, talk 1002 was read %d times in all, want twice", loads)
	}
	if view := screen(m); !strings.Contains(view, "4 notes in 4 talks") {
		t.Errorf("the markers are not all found after reopening:\n%s", view)
	}
}
