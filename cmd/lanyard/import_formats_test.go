package main

import (
	"os"
	"strings"
	"testing"
)

// TestFormatsAreTheReaders: the formats --format takes, its help and the
// README's table are the readers' own, one entry each, and a file of each
// format is recognised as that format and not as one tried before it.
func TestFormatsAreTheReaders(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	heads := map[string]string{
		"ics":        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
		"frab-json":  `{"schedule": {"version": "1", "conference": {"title": "T"}}}`,
		"pentabarf":  `<?xml version="1.0"?><schedule><conference>`,
		"sessionize": `{"sessions": [{"id": "1"}], "speakers": []}`,
		"text":       "17 October 2019\n10:00 Welcome\n",
	}
	seen := map[string]bool{}
	for _, f := range scheduleFormats {
		if seen[f.Name] || f.Name == "" || f.Label == "" || f.Sniff == nil || f.Parse == nil {
			t.Errorf("format %+v is incomplete or named twice", f)
		}
		seen[f.Name] = true
		if !strings.Contains(formatNames(), f.Name) {
			t.Errorf("--format's help %q leaves out %s", formatNames(), f.Name)
		}
		if !strings.Contains(string(readme), "| `"+f.Name+"` |") {
			t.Errorf("README's format table has no row for --format %s", f.Name)
		}
		head, ok := heads[f.Name]
		if !ok {
			t.Errorf("no sample head for %s: add one", f.Name)
			continue
		}
		if got, err := pickFormat("", []byte(head)); err != nil || got.Name != f.Name {
			t.Errorf("a %s file is read as %q (%v)", f.Name, got.Name, err)
		}
		if got, err := pickFormat(f.Name, []byte("anything")); err != nil || got.Name != f.Name {
			t.Errorf("--format %s picks %q (%v)", f.Name, got.Name, err)
		}
	}
	if _, err := pickFormat("csv", nil); err == nil || !strings.Contains(err.Error(), formatNames()) {
		t.Errorf("--format csv: err = %v, want the formats lanyard reads", err)
	}
}
