package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// syncModel is a test model on the talk on now (talk 11) with a sync
// that answers what result says, once release is closed.
func syncModel(t *testing.T, notes *fakeNotes, result SyncResult, release chan struct{}) *Model {
	t.Helper()
	ev := testEvent()
	now := at("2019-10-17", "09:40")
	o, _ := notes.LoadOutline(11)
	m := New(Config{Event: ev, Talk: 11, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer,
		Sync: func() SyncResult { <-release; return result }})
	return sized(m)
}

// sized gives a model a screen of 120x40.
func sized(m *Model) *Model {
	next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return next.(*Model)
}

var syncKey = tea.KeyPressMsg{Code: 'g', Mod: tea.ModAlt}

func TestTheSyncKeyRunsInTheBackgroundAndTheStatusBarSaysTheResult(t *testing.T) {
	notes := newFakeNotes()
	release := make(chan struct{})
	m := syncModel(t, notes, SyncResult{Line: "synced: committed; pushed"}, release)
	next, cmd := m.Update(syncKey)
	if cmd == nil || !strings.Contains(screen(next), "syncing…") {
		t.Fatalf("alt+g: no command, or the status bar does not say syncing:\n%s", screen(next))
	}
	// The sync is blocked, and keys still work: typing reaches the notes.
	next = typeInto(next, "typed while syncing")
	if !strings.Contains(screen(next), "typed while syncing") {
		t.Fatalf("typing during a sync did not show:\n%s", screen(next))
	}
	// A second press while it runs starts no second sync.
	if _, again := next.Update(syncKey); again != nil {
		t.Error("a second sync started while one ran")
	}
	close(release)
	next = run(next, cmd())
	if s := screen(next); !strings.Contains(s, "synced: committed; pushed") {
		t.Fatalf("the result is not in the status bar:\n%s", s)
	}
	// Once done, the key syncs again.
	if _, cmd := next.Update(syncKey); cmd == nil {
		t.Error("the key does nothing after a sync ended")
	}
}

func TestASyncErrorIsSaidAndTheKeyWithoutSetupSaysHow(t *testing.T) {
	notes := newFakeNotes()
	release := make(chan struct{})
	close(release)
	m := syncModel(t, notes, SyncResult{Err: errors.New("/home/a/notes has changes not committed (README.md)")}, release)
	next := run(m, syncKey)
	if s := screen(next); !strings.Contains(s, "sync: /home/a/notes has changes not") {
		t.Errorf("the error is not in the status bar:\n%s", s)
	}
	bare := sized(newTestModel(notes, at("2019-10-17", "09:40")))
	next, cmd := bare.Update(syncKey)
	if cmd != nil || !strings.Contains(screen(next), "sync is not set up") {
		t.Errorf("alt+g without a sync set up:\n%s", screen(next))
	}
}

// outlineOf is an outline of the bullets given.
func outlineOf(texts ...string) *doc.Outline {
	o := doc.New()
	for _, text := range texts {
		o.Append(text)
	}
	o.TakeChanges()
	return o
}

func TestASyncThatChangedTheTalkOnScreenReloadsItAndKeepsWhatWasTyped(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = outlineOf("mine")
	release := make(chan struct{})
	m := syncModel(t, notes, SyncResult{Line: "synced: 1 talk changed; pushed", Changed: []uint64{11}}, release)
	// The merge brought a bullet from the other laptop.
	notes.mu.Lock()
	notes.outlines[11] = outlineOf("mine", "from the other laptop")
	notes.mu.Unlock()
	close(release)
	next := run(m, syncKey)
	if s := screen(next); !strings.Contains(s, "from the other laptop") {
		t.Fatalf("the talk on screen was not reloaded after the sync:\n%s", s)
	}

	// An edit made while the reload read the notebook is not thrown away:
	// the reload waits (a timer) and the editor keeps the text.
	next, _ = next.Update(SyncedMsg{Line: "synced: 1 talk changed", Changed: []uint64{11}})
	stale := syncReloadMsg{talkID: 11, outline: outlineOf("stale"), saves: next.(*Model).saver.saves}
	next = typeInto(next, "!")
	next, cmd := next.Update(stale)
	if strings.Contains(screen(next), "stale") {
		t.Fatalf("a reload overwrote an edit made while it read:\n%s", screen(next))
	}
	if cmd == nil {
		t.Fatal("the reload gave up at once instead of trying again")
	}
	if msgs := cmd(); !isTimer(msgs) {
		t.Errorf("the retry is not a timer: %T", msgs)
	}
}

func TestSyncEveryRunsASyncOnItsTimer(t *testing.T) {
	notes := newFakeNotes()
	release := make(chan struct{})
	close(release)
	ev := testEvent()
	now := at("2019-10-17", "09:40")
	o, _ := notes.LoadOutline(11)
	synced := 0
	m := New(Config{Event: ev, Talk: 11, Outline: o, Loader: notes, Saver: notes,
		Clock: func() time.Time { return now }, timer: heldTimer, SyncEvery: 10 * time.Minute,
		Sync: func() SyncResult { synced++; return SyncResult{Line: "synced: nothing new"} }})
	m = sized(m)
	var every *timerMsg
	for _, c := range m.initCmds() {
		if c == nil {
			continue
		}
		if tm, ok := c().(timerMsg); ok && tm.wait == 10*time.Minute {
			every = &tm
		}
	}
	if every == nil {
		t.Fatal("no 10-minute timer at start with sync.every = 10")
	}
	next := run(m, every.fire(now))
	if synced != 1 || !strings.Contains(screen(next), "synced: nothing new") {
		t.Errorf("the timer ran %d syncs; screen:\n%s", synced, screen(next))
	}
}
