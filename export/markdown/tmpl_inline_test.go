package markdown

import (
	"strings"
	"testing"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// A template of one's own writes a note's inline Markdown with .Markdown,
// for gathered bullets and a tree of bullets alike, and md escapes it all.
func TestTemplatesWriteNotesMarkdown(t *testing.T) {
	tmpl, err := ParseTemplate("own.tmpl", `{{range .Takeaways}}T {{.Markdown}} | {{md .Text}}
{{end}}{{range .Days}}{{range .Talks}}{{range .Bullets}}B {{.Markdown}}
{{end}}{{end}}{{end}}`)
	if err != nil {
		t.Fatal(err)
	}
	o := buildOutline(t, "- {star} *key* point\n- use `make`")
	ev := schedule.Event{Name: "E", TZ: "UTC", Days: []schedule.Day{{Date: "2025-01-02", Talks: []schedule.Talk{{ID: 1, Title: "T"}}}}}
	for _, tt := range []struct {
		literal bool
		want    string
	}{
		{false, "T *key* point | \\*key\\* point\nB *key* point\nB use `make`"},
		{true, "T \\*key\\* point | \\*key\\* point\nB \\*key\\* point\nB use \\`make\\`"},
	} {
		out := write(t, ev, notesOf(map[uint64]*outline.Outline{1: o}), Options{Template: tmpl, Literal: tt.literal})
		if got := strings.TrimSpace(string(out)); got != tt.want {
			t.Errorf("literal %v: got\n%s\nwant\n%s", tt.literal, got, tt.want)
		}
	}
}
