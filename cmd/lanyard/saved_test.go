package main

import (
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui"
	"lanyard/tui/status"
)

var savedSeed = flag.Uint64("saved-seed", 0, "seed of TestSavedCoversEveryKeystroke (0: from the clock)")

// TestSavedCoversEveryKeystroke types into the real interface wired to the
// real writer, as lanyard runs them, and reads the status bar at random
// moments: whenever it says "✓ saved", a read of the notebook under the
// writer must hold every keystroke typed before. The writer's reports
// reach the interface late and out of step with typing, as they do
// through the program's event loop; a report of a commit made before the
// last keystroke must not turn the bar to saved.
func TestSavedCoversEveryKeystroke(t *testing.T) {
	seed := *savedSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (replay with -saved-seed %d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	nb, err := store.Open(filepath.Join(t.TempDir(), "notes.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer nb.Close()
	day := time.Date(2026, 5, 14, 10, 0, 0, 0, time.UTC)
	ev, err := nb.CreateEvent(sched.Event{Name: "Harbourside", TZ: "UTC", Days: []sched.Day{{
		Date: "2026-05-14", Talks: []sched.Talk{{Title: "Paging", Start: day, End: day.Add(30 * time.Minute)}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	talk := ev.Days[0].Talks[0].ID
	reports := make(chan status.SaveMsg, 4096)
	writer := nb.NewWriter(func(s store.WriterStatus) { reports <- saveMsgOf(s) })
	defer func() {
		if err := writer.Close(); err != nil {
			t.Error(err)
		}
	}()
	var m tea.Model = tui.New(tui.Config{Event: ev, Talk: talk, Outline: doc.New(), Loader: nb, Saver: writer,
		Clock: func() time.Time { return day.Add(5 * time.Minute) }})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})

	var typed strings.Builder
	saw := 0
	for i := range 600 {
		c := rune('a' + rng.IntN(26))
		m, _ = m.Update(tea.KeyPressMsg{Code: c, Text: string(c)})
		typed.WriteRune(c)
		switch r := rng.IntN(100); {
		case r < 3:
			time.Sleep(40 * time.Millisecond) // a pause: the writer commits
		case r < 40:
			time.Sleep(time.Duration(rng.IntN(2000)) * time.Microsecond)
		}
		// Hand over some of the reports that have come, as the event loop
		// does between keystrokes: all, some or none of them.
		for n := rng.IntN(4); n > 0; n-- {
			select {
			case msg := <-reports:
				m, _ = m.Update(msg)
			default:
			}
		}
		if !strings.Contains(m.View().Content, "✓ saved") {
			continue
		}
		saw++
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if o.Len() > 0 {
			got = o.At(0).Text
		}
		if got != typed.String() {
			t.Fatalf("after keystroke %d the bar says ✓ saved, but the notebook holds %d of the %d characters typed",
				i+1, len(got), typed.Len())
		}
	}
	if saw == 0 {
		t.Fatal("the bar never said ✓ saved while typing: the test saw nothing to check")
	}
	t.Logf("%d times ✓ saved, each with every keystroke on disk", saw)
}

// TestAReplacedNotebookIsNamedInTheStatusBar replaces the notebook file by
// a rename while typing goes on, as a sync tool does: the status bar must
// stop saying saved and say what happened and what to do.
func TestAReplacedNotebookIsNamedInTheStatusBar(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.db")
	nb, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 5, 14, 10, 0, 0, 0, time.UTC)
	ev, err := nb.CreateEvent(sched.Event{Name: "Harbourside", TZ: "UTC", Days: []sched.Day{{
		Date: "2026-05-14", Talks: []sched.Talk{{Title: "Paging", Start: day, End: day.Add(30 * time.Minute)}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	reports := make(chan status.SaveMsg, 1024)
	writer := nb.NewWriter(func(s store.WriterStatus) { reports <- saveMsgOf(s) })
	talk := ev.Days[0].Talks[0].ID
	var m tea.Model = tui.New(tui.Config{Event: ev, Talk: talk, Outline: doc.New(), Loader: nb,
		Saver: writer, Clock: func() time.Time { return day.Add(5 * time.Minute) }})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 140, Height: 30})
	typeText := func(s string) {
		for _, c := range s {
			m, _ = m.Update(tea.KeyPressMsg{Code: c, Text: string(c)})
		}
	}
	typeText("before")
	if err := writer.Flush(); err != nil {
		t.Fatal(err)
	}

	other := filepath.Join(dir, "synced.db")
	onb, err := store.Open(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := onb.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, path); err != nil {
		t.Fatal(err)
	}
	typeText(" after")
	deadline := time.After(5 * time.Second)
	for !strings.Contains(m.View().Content, "NOT SAVED") {
		select {
		case msg := <-reports:
			m, _ = m.Update(msg)
		case <-deadline:
			t.Fatalf("the bar never said the notes are not saved:\n%s", m.View().Content)
		}
	}
	screen := m.View().Content
	if !strings.Contains(screen, "file was replaced; lanyard stopped writing") || !strings.Contains(screen, "to keep your notes as a backup") ||
		strings.Contains(screen, "✓ saved") {
		t.Errorf("the bar does not say the file was replaced:\n%s", screen)
	}

	// Quitting keeps the notes as the user left them in a backup, and
	// says where.
	err = keepReplaced(writer, path, writer.Close())
	if err == nil || !strings.Contains(err.Error(), "lanyard restore lists it") {
		t.Fatalf("quitting says %v; want where the notes are", err)
	}
	backups, err := store.Backups(path)
	if err != nil || len(backups) != 1 {
		t.Fatalf("backups after quitting: %+v, %v; want the notes kept aside", backups, err)
	}
	if !strings.Contains(backups[0].Doubt, "another notebook") {
		t.Errorf("the backup of the replaced notebook is listed without saying it is another notebook's: %+v", backups[0])
	}
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}
	kept, err := store.Open(backups[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	defer kept.Close()
	o, err := kept.LoadOutline(talk)
	if err != nil {
		t.Fatal(err)
	}
	if o.Len() != 1 || o.At(0).Text != "before after" {
		t.Errorf("the notes kept aside: %d bullets, first %q; want \"before after\"", o.Len(), o.At(0).Text)
	}
}
