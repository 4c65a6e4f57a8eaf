package tui

import (
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lanyard/tui/status"
)

// The writer's reports reach the status bar: a commit that fails names its
// cause, and typing goes on into the notes (and to the writer) meanwhile.
func TestAFailedCommitIsNamedOnScreenWhileTypingGoesOn(t *testing.T) {
	for _, c := range []struct {
		errno       syscall.Errno
		want, wrong string
	}{
		{syscall.ENOSPC, "NOT SAVED: disk full", "read-only"},
		{syscall.EROFS, "NOT SAVED: read-only", "disk full"},
		{syscall.EACCES, "NOT SAVED: read-only", "disk full"},
	} {
		notes := newFakeNotes()
		var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
		m = run(m, tea.WindowSizeMsg{Width: 120, Height: 30})
		m = typeInto(m, "before")
		err := fmt.Errorf("talk 11: %w", &os.PathError{Op: "write", Path: "/tmp/notes.db", Err: c.errno})
		m, _ = m.Update(status.SaveMsg{Pending: 6, Err: err})
		m = typeInto(m, " and after")
		shown := screen(m)
		if !strings.Contains(shown, c.want) || strings.Contains(shown, c.wrong) {
			t.Errorf("%v: the screen should say %q, not %q:\n%s", c.errno, c.want, c.wrong, shown)
		}
		if !strings.Contains(shown, "before and after") {
			t.Errorf("%v: what was typed after the failure is not on screen:\n%s", c.errno, shown)
		}
		if got := notes.savedTexts(11); len(got) == 0 || got[len(got)-1] != "before and after" {
			t.Errorf("%v: the writer did not get what was typed after the failure: %q", c.errno, got)
		}
		m, _ = m.Update(status.SaveMsg{Saved: at("2019-10-17", "09:41"), Committed: notes.LastSave()})
		if screen := screen(m); strings.Contains(screen, "NOT SAVED") || !strings.Contains(screen, "✓ saved") {
			t.Errorf("%v: once the retry succeeded the bar should say saved:\n%s", c.errno, screen)
		}
	}
}
