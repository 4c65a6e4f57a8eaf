package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lanyard/export/markdown"
)

// refusedAsTooLarge runs each command, which reads file whole, and checks
// that it is refused with one sentence naming file as too large, and
// that the notes of talk are as they were.
func refusedAsTooLarge(t *testing.T, db, file string, talk uint64, commands map[string][]string) {
	t.Helper()
	before := strings.Join(notesOf(t, db, talk), "\n")
	for name, args := range commands {
		msg := mustFail(t, db, args...)
		if !strings.Contains(msg, file) || !strings.Contains(msg, "too large for") || strings.Count(msg, "\n") != 1 {
			t.Errorf("a %s read from %s said %q; want one sentence naming it as too large", name, file, msg)
		}
	}
	if after := strings.Join(notesOf(t, db, talk), "\n"); after != before {
		t.Errorf("the refused reads changed the notes: %q", after)
	}
}

// readCommands read file whole: as notes, a template and a schedule.
func readCommands(file string, talk uint64) map[string][]string {
	return map[string][]string{
		"notes":    {"import", "notes", file, "--talk", fmt.Sprint(talk)},
		"template": {"export", "--template", file},
		"schedule": {"import", "schedule", file},
	}
}

func TestEndlessInputIsRefusedWithASentenceNamingIt(t *testing.T) {
	const endless = "/dev/zero"
	if _, err := os.Stat(endless); err != nil {
		t.Skipf("no %s here", endless)
	}
	// Reading 64 MB under the race detector on a busy machine takes long
	// enough to matter; the bound is what is tested, not its size.
	defer func(was int64) { maxInputBytes = was }(maxInputBytes)
	maxInputBytes = 1 << 20
	db, ids := harbourWithNotes(t)
	talk := ids["Shipping on Fridays"]
	refusedAsTooLarge(t, db, endless, talk, readCommands(endless, talk))
}

func TestAFileOverSixtyFourMegabytesIsRefusedBeforeItIsRead(t *testing.T) {
	db, ids := harbourWithNotes(t)
	talk := ids["Shipping on Fridays"]
	big := filepath.Join(t.TempDir(), "big.md")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: its size without the disk space.
	if err := f.Truncate(64<<20 + 1); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	refusedAsTooLarge(t, db, big, talk, readCommands(big, talk))
}

func TestARunawayTemplateIsStoppedWithASentenceNamingItsFile(t *testing.T) {
	defer func(was markdown.Limits) { templateLimits = was }(templateLimits)
	templateLimits = markdown.Limits{Time: 300 * time.Millisecond}
	db, _ := harbourWithNotes(t)
	// Each template calls the next twice: 2^40 calls, which would run for
	// days.
	var fan strings.Builder
	for i := range 40 {
		fmt.Fprintf(&fan, `{{define "t%d"}}{{template "t%d" .}}{{template "t%d" .}}{{end}}`, i, i+1, i+1)
	}
	fan.WriteString(`{{define "t40"}}{{end}}{{template "t0" .}}`)
	tmpl := writeFile(t, "fan.tmpl", fan.String())
	out := filepath.Join(t.TempDir(), "post.md")

	start := time.Now()
	msg := mustFail(t, db, "export", "--template", tmpl, "-o", out)
	if took := time.Since(start); took > time.Minute {
		t.Errorf("the runaway template ran for %v", took)
	}
	if !strings.Contains(msg, tmpl) || !strings.Contains(msg, "{{template}}") {
		t.Errorf("export with a runaway template said %q; want its file named and what to look for", msg)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("the stopped export left %s behind", out)
	}
}
