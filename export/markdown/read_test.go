package markdown

import (
	"errors"
	"os"
	"strings"
	"testing"

	"lanyard/export/internal/notestest"
	"lanyard/store/outline"
)

// A note file from another tool, with its own habits (four-space indents,
// * and + bullets, 1) markers, hard-wrapped paragraphs, a code block),
// reads as the tree a reader sees.
func TestReadForeignNotes(t *testing.T) {
	f, err := os.Open("testdata/read/obsidian-notes.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Harbourside Infra Day: my notes" || len(doc.Talks) != 0 {
		t.Fatalf("title %q, %d talks; want the front matter's title and no talks", doc.Title, len(doc.Talks))
	}
	want := outline.Clip{
		{Depth: 0, Text: "Harbourside Infra Day"},
		{Depth: 1, Text: "Arrived late, the keynote had started."},
		{Depth: 1, Text: "Keynote: the pager is a product"},
		{Depth: 2, Text: "on-call is a product with users"},
		{Depth: 3, Text: "the users are tired people at 3am"},
		{Depth: 4, Text: "so every alert needs a runbook link"},
		{Depth: 2, Text: "the three questions"},
		{Depth: 3, Text: "who is paged?", Kind: outline.KindNumbered},
		{Depth: 3, Text: "what can they do?", Kind: outline.KindNumbered},
		{Depth: 4, Text: "and how fast"},
		{Depth: 3, Text: "is it still true?", Kind: outline.KindNumbered},
		{Depth: 2, Text: "read the [postmortem template](https://example.com/pm_template)", Kind: outline.KindTodo},
		{Depth: 2, Text: "ask about their SLO tooling", Kind: outline.KindDone},
		{Depth: 2, Text: "error budgets are a negotiation, not a number", Kind: outline.KindStar},
		{Depth: 2, Text: "Nobody ever got promoted for an alert they deleted. — the speaker", Kind: outline.KindQuote},
		{Depth: 1, Text: "Hallway"},
		{Depth: 2, Text: "Talked to the storage folks about `fsync` costs over lunch; they had numbers."},
		{Depth: 2, Text: "fio --rw=randwrite --fsync=1"},
	}
	if d := notestest.Diff(want, doc.Notes); d != "" {
		t.Errorf("%s\ngot %+v", d, doc.Notes)
	}
}

// A post of several talks gives each talk's notes under its heading, and
// nothing of the sections gathered from them.
func TestReadPostGivesTalks(t *testing.T) {
	ev, notes := fixtureEvent(t)
	doc, err := Read(strings.NewReader(string(write(t, ev, notes, Options{}))))
	if err != nil {
		t.Fatal(err)
	}
	var headings []string
	for _, tk := range doc.Talks {
		headings = append(headings, tk.Heading)
	}
	want := "Ada Quill – Alerts That Mean Something|Coffee|Ignites|Dee Ruiz – Toil Budgets|Fay Osei – Blameless, Not Aimless|Secrets in CI|Hallway chat with the tracing folks"
	if got := strings.Join(headings, "|"); got != want {
		t.Fatalf("talks %q\nwant %q", got, want)
	}
	if doc.Title != "Quayside Ops Summit 2025" || doc.Talks[5].Meta != "14:00–14:45 · Open Spaces Session 1 · Harbour Room" {
		t.Errorf("title %q, meta %q", doc.Title, doc.Talks[5].Meta)
	}
	coffee, err := doc.For("Coffee")
	if err != nil {
		t.Fatal(err)
	}
	wantCoffee := outline.Clip{
		{Text: "met two folks from a shipping co"},
		{Depth: 1, Text: "swap runbooks with them", Kind: outline.KindTodo},
		{Depth: 1, Text: "add them on the fediverse", Kind: outline.KindDone},
	}
	if d := notestest.Diff(wantCoffee, coffee); d != "" {
		t.Error(d)
	}
	if _, err := doc.For("A talk not in the post"); err == nil || !strings.Contains(err.Error(), "7 talks") {
		t.Errorf("For an unknown talk: %v, want an error naming the talks", err)
	}
}

func TestReadRefusesWhatIsNotText(t *testing.T) {
	_, err := Read(strings.NewReader("- fine\n- also fine\n- not \xff fine\n"))
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("got %v, want an error naming line 3", err)
	}
	_, err = Read(failingReader{})
	if !errors.Is(err, errFull) {
		t.Errorf("got %v, want the read error", err)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errFull }

// Terminal escape sequences and control characters in a file never reach
// a bullet.
func TestReadCleansText(t *testing.T) {
	doc, err := Read(strings.NewReader("- red \x1b[31malert\x1b[0m\x07 here\n- tab\there\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := outline.Clip{{Text: "red alert here"}, {Text: "tab here"}}
	if d := notestest.Diff(want, doc.Notes); d != "" {
		t.Error(d)
	}
}
