package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// A megabyte pasted into the editor goes through the real writer to the
// notebook file, and all of it is there when the notebook is opened again.
func TestAMegabytePasteIsAllOnDisk(t *testing.T) {
	d := openForTyping(t, t.TempDir())
	var b strings.Builder
	for i := range 20_000 {
		fmt.Fprintf(&b, "%s- note %05d: the queue grew while the consumers slept\n", strings.Repeat("  ", i%3), i)
	}
	start := time.Now()
	d.model, _ = d.model.Update(tea.PasteMsg{Content: b.String()})
	t.Logf("the paste of %d bytes: Update took %v", b.Len(), time.Since(start).Round(time.Millisecond))
	d.waitStatus("everything saved", time.Minute, saved) // the race detector and a busy CI machine are slow
	t.Logf("on disk %v after the paste", time.Since(start).Round(time.Millisecond))
	d.reopenAndCompare()
	if n := d.notes.Len(); n != 20_000 {
		t.Errorf("the outline has %d bullets, want the 20,000 pasted", n)
	}
}
