package markdown

import (
	"bytes"
	"strings"
	"testing"

	"lanyard/export/internal/notestest"
	"lanyard/export/notesdoc"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// deepLevels is an outline nested far deeper than anyone writes notes.
// Exported without a bound, its indentation alone was 10 GB.
const deepLevels = 100_000

// Markdown staircases (notestest.StaircaseText with two spaces) of 3,000
// levels (9 MB) took goldmark 34 seconds before lines were cut to
// maxPrefixColumns.

func TestReadKeepsDeepListsAtTheDeepestLevel(t *testing.T) {
	// Each level indents every line below it, so depth costs goldmark
	// time for every line; BenchmarkReadDeepList reads 3,000 levels.
	const levels = 300
	doc, err := Read(strings.NewReader(notestest.StaircaseText(levels, "  ")))
	if err != nil {
		t.Fatal(err)
	}
	if msg := notestest.CheckDeepDoc(doc, levels); msg != "" {
		t.Error(msg)
	}
}

// TestReadListsOpenedOnOneLine: "- - - … x" opens an item inside an item
// with every marker, 100,000 levels in 200 KB; goldmark took a minute and
// a half over it. The text is kept at the deepest level.
func TestReadListsOpenedOnOneLine(t *testing.T) {
	doc, err := Read(strings.NewReader(strings.Repeat("- ", deepLevels) + "the text\n- back at the top\n"))
	if err != nil {
		t.Fatal(err)
	}
	n := len(doc.Notes)
	if n < 2 || doc.Notes[n-2].Text != "the text" || doc.Notes[n-2].Depth != notesdoc.MaxDepth-1 {
		t.Fatalf("the innermost item: %+v, want \"the text\" at depth %d", doc.Notes[max(n-2, 0)], notesdoc.MaxDepth-1)
	}
	if last := doc.Notes[n-1]; last.Text != "back at the top" || last.Depth != 0 {
		t.Errorf("the next item: %+v, want it at the top", last)
	}
	if doc.Flattened == 0 {
		t.Error("no bullet reported kept at the deepest level")
	}
}

func TestReadQuotesNestedDeep(t *testing.T) {
	doc, err := Read(strings.NewReader(strings.Repeat(">", deepLevels) + " quoted\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Notes) != 1 || doc.Notes[0].Text != "quoted" {
		t.Errorf("notes %+v, want the one quote", doc.Notes)
	}
}

// deepPost exports a talk whose notes are Staircase(levels).
func deepPost(t testing.TB, levels int) string {
	t.Helper()
	return postOf(t, notestest.Outline(notestest.Staircase(levels)))
}

// postOf exports a talk whose notes are o.
func postOf(t testing.TB, o *outline.Outline) string {
	t.Helper()
	ev := schedule.Event{Name: "Deep", TZ: "UTC", Days: []schedule.Day{{Date: "2026-05-14", Talks: []schedule.Talk{
		{ID: 1, Title: "Deep", Start: at(t, "2026-05-14", "09:00"), Kind: schedule.KindTalk}}}}}
	var buf bytes.Buffer
	if err := Write(&buf, ev, notesOf(map[uint64]*outline.Outline{1: o}), Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteCapsTheDepth(t *testing.T) {
	post := deepPost(t, deepLevels)
	// The deepest bullets are indented 2 columns a level: a file that
	// grows with the bullets, never with the square of their depth.
	if perBullet := len(post) / deepLevels; perBullet > 2*notesdoc.MaxDepth+20 {
		t.Errorf("%d bytes a bullet: the indentation grows with the depth", perBullet)
	}
	deepest := strings.Repeat("  ", notesdoc.MaxDepth-1) + "- "
	if got, want := strings.Count(post, "\n"+deepest), deepLevels-notesdoc.MaxDepth+1; got != want {
		t.Errorf("%d bullets written at the deepest level, want %d", got, want)
	}
}

// TestDeepExportReadsBackTheSame: what the export flattened reads back as
// it was written, with nothing more flattened. goldmark's time for a line
// grows with the depth of the list it is in (a third of a millisecond at
// 100 levels here), so this reads 1,000 bullets, not 100,000.
func TestDeepExportReadsBackTheSame(t *testing.T) {
	const levels = 1_000
	doc, err := Read(strings.NewReader(deepPost(t, levels)))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Talks) != 1 {
		t.Fatalf("%d talks read back, want 1", len(doc.Talks))
	}
	if msg := notestest.CheckStaircase(doc.Talks[0].Notes, levels); msg != "" {
		t.Error(msg)
	}
	if doc.Flattened != 0 {
		t.Errorf("reading lanyard's own export flattened %d bullets: it was written within the bound", doc.Flattened)
	}
}

func TestBulletsOfDeepNotesAreBounded(t *testing.T) {
	talk := &Talk{outline: notestest.Outline(notestest.Staircase(deepLevels))}
	depth, count := 0, 0
	for level := talk.Bullets(); len(level) > 0; depth++ {
		count += len(level)
		var next []*Bullet
		for _, b := range level {
			next = append(next, b.Children...)
		}
		level = next
	}
	if depth != notesdoc.MaxDepth || count != deepLevels {
		t.Errorf("the tree is %d deep with %d bullets, want %d deep with all %d", depth, count, notesdoc.MaxDepth, deepLevels)
	}
}

func BenchmarkReadDeepList(b *testing.B) {
	text := notestest.StaircaseText(3_000, "  ")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(text)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteDeep(b *testing.B) {
	o := notestest.Outline(notestest.Staircase(deepLevels))
	var size int
	for b.Loop() {
		size = len(postOf(b, o))
	}
	b.SetBytes(int64(size))
}
