package preview

import (
	"bytes"
	"strings"
	"testing"

	"lanyard/export/markdown"
	doc "lanyard/store/outline"
	"lanyard/store/schedule"
)

// postOf writes a post of one talk whose notes are the given bullets.
func postOf(t *testing.T, opts markdown.Options, bullets ...string) string {
	t.Helper()
	o := doc.New()
	for _, b := range bullets {
		o.Append(b)
	}
	ev := schedule.Event{Name: "Harbour Conf", TZ: "UTC", Days: []schedule.Day{{Date: "2026-05-14",
		Talks: []schedule.Talk{{ID: 1, Title: "Queues", Kind: schedule.KindTalk}}}}}
	var b bytes.Buffer
	notes := func(uint64) (*doc.Outline, error) { return o, nil }
	if err := markdown.Write(&b, ev, notes, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Inline Markdown typed in notes, kept by the post, shows styled in the
// preview with its marks gone; a literal post shows the marks as typed.
func TestNotesInlineMarkdownShowsStyled(t *testing.T) {
	const typed = "use `kubectl` for *this* and **that**"
	lines := draw(t, postOf(t, markdown.Options{}, typed), 80, false)
	if got := shown(lines); !strings.Contains(got, "use kubectl for this and that\n") {
		t.Errorf("no styled note in\n%s", got)
	}
	joined := strings.Join(lines, "\n")
	for piece, sgr := range map[string]string{"this": "\x1b[3m", "that": "\x1b[1m", "kubectl": "\x1b[38;2;255;175;0m"} {
		if !strings.Contains(joined, sgr+piece+"\x1b[m") {
			t.Errorf("%q is not styled in %q", piece, joined)
		}
	}
	literal := shown(draw(t, postOf(t, markdown.Options{Literal: true}, typed), 80, false))
	if !strings.Contains(literal, typed+"\n") {
		t.Errorf("a literal post does not show %q as typed:\n%s", typed, literal)
	}
}
