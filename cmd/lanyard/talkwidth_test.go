//go:build linux

package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
)

// talksOnTerminal runs lanyard talks with its output on a pseudo-terminal
// cols wide, and returns the lines it drew.
func talksOnTerminal(t *testing.T, db string, cols uint16, args ...string) []string {
	t.Helper()
	master, slave, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer master.Close()
	if err := pty.Setsize(slave, &pty.Winsize{Rows: 40, Cols: cols}); err != nil {
		t.Fatal(err)
	}
	read := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(master) // ends with EIO once the slave is closed
		read <- b
	}()
	var errOut bytes.Buffer
	code := run(append([]string{"--db", db, "talks"}, args...), slave, &errOut)
	slave.Close()
	out := <-read
	if code != 0 {
		t.Fatalf("talks: exit %d: %s", code, errOut.String())
	}
	text := strings.ReplaceAll(string(out), "\r\n", "\n")
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// withLongTalk adds a talk whose every column is longer than a terminal.
func withLongTalk(t *testing.T, db string) {
	t.Helper()
	long := strings.Repeat("Very long title words ", 12)
	file := writeFile(t, "long.txt", "March 3, 2026\n18:00 – 18:30 "+strings.Repeat("Speaker Name, ", 8)+"Last One – "+long+"\n")
	mustLanyard(t, db, "import", "schedule", file, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
}

func TestTalksFitsTheTerminalAndStaysWholeWhenPiped(t *testing.T) {
	db := importHarbour(t)
	withLongTalk(t, db)
	piped := mustLanyard(t, db, "talks")
	if !strings.Contains(piped, strings.Repeat("Very long title words ", 12)[:200]) {
		t.Fatalf("piped, the long title was cut:\n%s", piped)
	}
	for _, cols := range []uint16{120, 80, 60} {
		lines := talksOnTerminal(t, db, cols)
		if len(lines) != strings.Count(piped, "\n") {
			t.Errorf("%d columns: %d lines, piped %d", cols, len(lines), strings.Count(piped, "\n"))
		}
		cut := 0
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > int(cols) {
				t.Errorf("%d columns: a line of %d cells: %q", cols, w, l)
			}
			if strings.Contains(l, "…") {
				cut++
			}
		}
		if cut == 0 {
			t.Errorf("%d columns: nothing was cut with …:\n%s", cols, strings.Join(lines, "\n"))
		}
		if !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "TITLE") {
			t.Errorf("%d columns: header %q", cols, lines[0])
		}
	}
	// Wide enough for everything but the long talk: the other rows are
	// whole, the long one's title keeps a readable start.
	lines := talksOnTerminal(t, db, 120)
	whole := strings.Split(strings.TrimSuffix(piped, "\n"), "\n")
	for i, l := range lines {
		if strings.Contains(l, "Very long") {
			if !strings.Contains(l, "Very long title words Very") {
				t.Errorf("the long title got too little: %q", l)
			}
			continue
		}
		if strings.Join(strings.Fields(l), " ") != strings.Join(strings.Fields(whole[i]), " ") {
			t.Errorf("a row that fits was changed:\n got %q\nwant %q", l, whole[i])
		}
	}
	// At 60 columns the room and track give way to the title.
	if narrow := talksOnTerminal(t, db, 60); strings.Contains(narrow[0], "TRACK") {
		t.Errorf("at 60 columns the track column is still there: %q", narrow[0])
	}
}

// The table's cutting never leaves part of an escape sequence or splits a
// wide character: the cells are cleaned text, cut by display width.
func TestFitColumnsKeepsWidthsWithinTheTerminal(t *testing.T) {
	rows := [][]string{talkHeader, {"1", "2026-03-03", "09:00–09:30", strings.Repeat("会議", 40), "Ana", "Main hall", "Ops"}}
	for _, width := range []int{30, 45, 60, 100} {
		var b strings.Builder
		if err := writeTable(&b, rows, width); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("width %d: line of %d cells: %q", width, w, l)
			}
		}
	}
}
