package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// harbourWithNotes is the fixture with notes on three talks, a parallel
// item and the slot that holds it.
func harbourWithNotes(t *testing.T) (db string, ids map[string]uint64) {
	t.Helper()
	db = importHarbour(t)
	ids = map[string]uint64{}
	for _, title := range []string{"Shipping on Fridays", "Ignites", "The Smallest Runbook", "Logs Nobody Reads", "Pagers, Sleep and You"} {
		ids[title] = talkID(t, db, title)
	}
	saveNotes(t, db, ids["Shipping on Fridays"],
		bullet{0, "friday deploys"}, bullet{1, "roll back in one click"}, bullet{2, "feature flags"}, bullet{0, "questions"})
	saveNotes(t, db, ids["Ignites"], bullet{0, "ran ten minutes late"})
	saveNotes(t, db, ids["The Smallest Runbook"], bullet{0, "one page, no more"})
	saveNotes(t, db, ids["Logs Nobody Reads"], bullet{0, "sample, keep the errors"})
	return db, ids
}

// structure is Markdown as a reader sees it once a CommonMark renderer has
// parsed it: "#" headings, "p" paragraphs, and list items indented two
// spaces for each list they sit in.
func structure(t *testing.T, md string) []string {
	t.Helper()
	src := []byte(md)
	root := goldmark.New().Parser().Parse(text.NewReader(src))
	var lines []string
	lists := 0
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, isList := n.(*ast.List); !entering && !isList {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.List:
			if entering {
				lists++
			} else {
				lists--
			}
		case *ast.ListItem:
			if n.FirstChild() != nil {
				lines = append(lines, strings.Repeat("  ", lists-1)+"- "+inline(n.FirstChild(), src))
			}
		case *ast.Heading:
			lines = append(lines, strings.Repeat("#", n.Level)+" "+inline(n, src))
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph:
			if n.Parent().Kind() == ast.KindDocument {
				lines = append(lines, "p "+inline(n, src))
			}
			return ast.WalkSkipChildren, nil
		case *ast.TextBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// inline is the text of n's inline content, markup dropped.
func inline(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Value(src))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		default:
			b.WriteString(inline(c, src))
		}
	}
	return b.String()
}

// assertStructure compares the parsed export with want, line by line.
func assertStructure(t *testing.T, md string, want ...string) {
	t.Helper()
	got := structure(t, md)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("export reads as\n%s\n\nwant\n%s\n\nMarkdown:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), md)
	}
}

var (
	harbourTitle = "# Harbour Ops Days"
	firstDay     = []string{
		"## Tuesday 3 March 2026",
		"### Tom Ashby – Shipping on Fridays", "p 09:40–10:10",
		"- friday deploys", "  - roll back in one click", "    - feature flags", "- questions",
		"### Ignites", "p 11:30–12:00",
		"- ran ten minutes late",
		"### Ines Duarte – The Smallest Runbook", "p 11:30–12:00 · Ignites",
		"- one page, no more",
	}
	secondDay = []string{
		"## Wednesday 4 March 2026",
		"### Jonas Berg – Logs Nobody Reads", "p 09:00–09:30",
		"- sample, keep the errors",
	}
)

func TestExportWritesTheEventsNotesAsNestedLists(t *testing.T) {
	db, _ := harbourWithNotes(t)
	md := mustLanyard(t, db, "export")
	want := append(append([]string{harbourTitle}, firstDay...), secondDay...)
	assertStructure(t, md, want...)
	if named := mustLanyard(t, db, "export", "--event", "harbour ops days"); named != md {
		t.Errorf("export --event gave another text than export of the only event:\n%s", named)
	}
}

func TestExportDayTakesADateOrADayNumber(t *testing.T) {
	db, _ := harbourWithNotes(t)
	md := mustLanyard(t, db, "export", "--day", "2")
	assertStructure(t, md, append([]string{harbourTitle}, secondDay...)...)
	if byDate := mustLanyard(t, db, "export", "--day", "2026-03-04"); byDate != md {
		t.Errorf("--day 2026-03-04 gave\n%s\n--day 2 gave\n%s", byDate, md)
	}
	msg := mustFail(t, db, "export", "--day", "3")
	if !strings.Contains(msg, "--day 3") {
		t.Errorf("error %q should name the missing day", msg)
	}
}

func TestExportTalkWritesThatTalkAlone(t *testing.T) {
	db, ids := harbourWithNotes(t)
	// The talk's heading is the post's title; its day joins the meta line.
	md := mustLanyard(t, db, "export", "--talk", strconv.FormatUint(ids["Shipping on Fridays"], 10))
	assertStructure(t, md, "# Tom Ashby – Shipping on Fridays", "p Tuesday 3 March 2026 · 09:40–10:10",
		"- friday deploys", "  - roll back in one click", "    - feature flags", "- questions")

	// A parallel item comes with its slot's name but not the slot's notes.
	md = mustLanyard(t, db, "export", "--talk", strconv.FormatUint(ids["The Smallest Runbook"], 10))
	assertStructure(t, md, "# Ines Duarte – The Smallest Runbook", "p Tuesday 3 March 2026 · 11:30–12:00 · Ignites", "- one page, no more")

	// A talk asked for by ID is written even without notes.
	md = mustLanyard(t, db, "export", "--talk", strconv.FormatUint(ids["Pagers, Sleep and You"], 10))
	assertStructure(t, md, "# Mira Kovac – Pagers, Sleep and You", "p Tuesday 3 March 2026 · 09:10–09:40")
}

func TestExportTalkRefusesAnIDNoTalkHas(t *testing.T) {
	db, _ := harbourWithNotes(t)
	msg := mustFail(t, db, "export", "--talk", "9999")
	if !strings.Contains(msg, "--talk 9999: no such talk") {
		t.Errorf("error %q", msg)
	}
}

func TestExportAllIncludesTalksWithoutNotesButNotBreaks(t *testing.T) {
	db, _ := harbourWithNotes(t)
	got := structure(t, mustLanyard(t, db, "export", "--all"))
	joined := "\n" + strings.Join(got, "\n") + "\n"
	for _, want := range []string{"### Mira Kovac – Pagers, Sleep and You", "### Opening welcome", "### Sam Okafor – Postmortems in Five Minutes", "### Chaos days"} {
		if !strings.Contains(joined, "\n"+want+"\n") {
			t.Errorf("export --all lacks %q:\n%s", want, joined)
		}
	}
	for _, unwanted := range []string{"Lunch", "Registration and coffee", "### Break"} {
		if strings.Contains(joined, unwanted) {
			t.Errorf("export --all has the break %q:\n%s", unwanted, joined)
		}
	}
	if !strings.Contains(joined, "\n- friday deploys\n  - roll back in one click\n") {
		t.Errorf("export --all lost the notes:\n%s", joined)
	}
	without := strings.Join(structure(t, mustLanyard(t, db, "export")), "\n")
	if strings.Contains(without, "Pagers, Sleep and You") {
		t.Errorf("export without --all has a talk without notes:\n%s", without)
	}
}

func TestExportToAFileWritesWhatStandardOutputWouldShow(t *testing.T) {
	db, _ := harbourWithNotes(t)
	want := mustLanyard(t, db, "export")
	file := filepath.Join(t.TempDir(), "post.md")
	if out := mustLanyard(t, db, "export", "-o", file); out != "" {
		t.Errorf("export -o also printed %q", out)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s holds\n%s\nwant\n%s", file, got, want)
	}
	if dash := mustLanyard(t, db, "export", "--output", "-"); dash != want {
		t.Errorf("export -o - printed\n%s", dash)
	}
}

func TestExportToAFolderThatIsNotThereSaysSo(t *testing.T) {
	db, _ := harbourWithNotes(t)
	file := filepath.Join(t.TempDir(), "drafts", "post.md")
	msg := mustFail(t, db, "export", "-o", file)
	if !strings.Contains(msg, file) {
		t.Errorf("error %q does not name %s", msg, file)
	}
}

func TestExportOnAnEmptyNotebookSaysHowToStart(t *testing.T) {
	msg := mustFail(t, emptyDB(t), "export")
	if !strings.Contains(msg, "lanyard import schedule FILE") {
		t.Errorf("error %q should say how to import a schedule", msg)
	}
}
