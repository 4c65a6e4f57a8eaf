package preview

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// draw renders markdown wrap cells wide, in colour or plain, and returns
// the lines as drawn.
func draw(t testing.TB, markdown string, wrap int, plain bool) []string {
	t.Helper()
	looks := postLooksFrom(theme.New(true))
	looks.plain = plain
	out, err := render(markdown, wrap, looks)
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return strings.Split(out, "\n")
}

// shown is what a reader sees: the lines without their styles, without
// the margin and the trailing spaces.
func shown(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.TrimPrefix(ansi.Strip(l), "  "))
		b.WriteByte('\n')
	}
	return b.String()
}

func TestMarkdownMarksShowOnlyWithoutColour(t *testing.T) {
	md := "# Harbour Conf\n\n## Day one\n\n*11:00 · Dock 2* and **strong** and `code --flag`\n"
	plain := shown(draw(t, md, 80, true))
	for _, want := range []string{"# Harbour Conf\n", "## Day one\n", "*11:00 · Dock 2* and **strong** and `code --flag`\n"} {
		if !strings.Contains(plain, want) {
			t.Errorf("plain: no %q in\n%s", want, plain)
		}
	}
	lines := draw(t, md, 80, false)
	colour := shown(lines)
	for _, want := range []string{"\nHarbour Conf\n", "## Day one\n", "\n11:00 · Dock 2 and strong and code --flag\n"} {
		if !strings.Contains(colour, want) {
			t.Errorf("colour: no %q in\n%s", want, colour)
		}
	}
	joined := strings.Join(lines, "\n")
	for what, sgr := range map[string]string{"italic": "\x1b[3m", "bold": "\x1b[1m"} {
		if !strings.Contains(joined, sgr) {
			t.Errorf("colour: nothing is %s:\n%q", what, joined)
		}
	}
	if strings.Contains(strings.Join(draw(t, md, 80, true), "\n"), "\x1b") {
		t.Error("plain: an escape sequence was drawn for a terminal without colour")
	}
}

func TestNestedBulletsHangUnderTheirParentsText(t *testing.T) {
	md := "- pagers wake people at three in the morning\n" +
		"  - sleep debt compounds over a rota\n" +
		"    - two bad nights cost a week\n" +
		"- back out\n"
	got := shown(draw(t, md, 30, true))
	want := "\n" +
		"• pagers wake people at\n" +
		"  three in the morning\n" +
		"  • sleep debt compounds\n" +
		"    over a rota\n" +
		"    • two bad nights cost\n" +
		"      a week\n" +
		"• back out\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestListsQuotesAndBreaks(t *testing.T) {
	md := "1. cap pages per night\n2. hand over at breakfast\n\n" +
		"- > a page you cannot act on is a bug\n  - said twice\n\n" +
		"> first\n>\n> second\n\n" +
		"---\n\n" +
		"- loose one\n\n- loose two\n\n" +
		"```\nkeep   these  spaces\n\tand a tab\n```\n"
	got := shown(draw(t, md, 50, false))
	for _, want := range []string{
		"\n1. cap pages per night\n2. hand over at breakfast\n\n",
		"\n• │ a page you cannot act on is a bug\n  • said twice\n\n",
		"\n│ first\n│\n│ second\n\n",
		"\n" + strings.Repeat("─", 46) + "\n",
		"\n• loose one\n\n• loose two\n",
		"\n  keep   these  spaces\n      and a tab\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}

func TestLinksShowWhereTheyLead(t *testing.T) {
	md := "read [the rota paper](https://example.org/rota) and <https://example.org/auto>, " +
		"[https://example.org/same](https://example.org/same) ![a chart](https://example.org/c.png)\n"
	got := shown(draw(t, md, 200, false))
	want := "read the rota paper https://example.org/rota and https://example.org/auto, " +
		"https://example.org/same a chart https://example.org/c.png\n"
	if !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant %q", got, want)
	}
	if joined := strings.Join(draw(t, md, 200, false), ""); !strings.Contains(joined, "\x1b[4") {
		t.Errorf("links are not underlined: %q", joined)
	}
}

// The post's front matter (export's --front-matter) is YAML for a static
// site: shown as written, not read as a heading and a rule.
func TestFrontMatterIsShownAsWritten(t *testing.T) {
	md := "---\ntitle: \"Harbour Conf: day one\"\ndate: 2026-03-03\n---\n\n*11:00 · Dock 2*\n"
	got := shown(draw(t, md, 60, true))
	want := "\n---\ntitle: \"Harbour Conf: day one\"\ndate: 2026-03-03\n---\n\n*11:00 · Dock 2*\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := shown(draw(t, "---\nnot closed\n", 60, true)); !strings.Contains(got, "not closed") {
		t.Errorf("an unclosed rule lost the text after it:\n%s", got)
	}
}

// Wide characters and emoji take two cells: a line of them is wrapped at
// the width the terminal shows, never past it, and a word wider than the
// line is cut between characters, not inside one.
func TestWideTextWrapsByCells(t *testing.T) {
	md := "- 東京 🎉 👩‍💻 🇳🇱 e\u0301 会議の記録はここにあります " + strings.Repeat("東", 30) + "\n"
	for _, wrap := range []int{1, 2, 3, 7, 12, 20, 33} {
		for i, l := range draw(t, md, wrap, false) {
			if w := ansi.StringWidth(l); w > wrap {
				t.Errorf("wrap %d: line %d is %d cells: %q", wrap, i, w, l)
			}
		}
	}
	got := shown(draw(t, md, 20, true))
	if !strings.Contains(got, "👩‍💻") || !strings.Contains(got, "🇳🇱") || !strings.Contains(got, "e\u0301") {
		t.Errorf("a grapheme cluster was split:\n%s", got)
	}
}

// Text from a schedule or a paste is data: no escape sequence in it, in
// any kind of block, reaches the terminal as one.
func TestHostileTextIsDrawnInert(t *testing.T) {
	hostile := []string{"\x1b[2J", "\x1b]52;c;ZXZpbA==\x07", "\x1b]0;title\x1b\\", "\u009b31m", "\x9b2J", "&#27;[2J", "&#x9b;1m", "\x07", "\u202e"}
	var b strings.Builder
	b.WriteString("---\ntitle: x" + strings.Join(hostile, "y") + "\n---\n\n")
	for _, h := range hostile {
		fmt.Fprintf(&b, "# H%s\n\n- item %s *em%s* `code%s` [l%s](https://e.org/%s)\n\n```\ncode %s\n```\n\n> q %s\n\n<div>%s</div>\n\n",
			h, h, h, h, h, h, h, h, h)
	}
	for _, plain := range []bool{true, false} {
		for i, l := range draw(t, b.String(), 60, plain) {
			if bad := unsafeIn(l); bad != "" {
				t.Errorf("plain %v: line %d holds %q: %q", plain, i, bad, l)
			}
		}
	}
}

// unsafeIn returns the first thing in a drawn line a terminal would act
// on other than setting colours (SGR), "" when there is none.
func unsafeIn(l string) string {
	for i := 0; i < len(l); {
		if l[i] == 0x1b {
			end := strings.IndexByte(l[i:], 'm')
			seq := l[i:]
			if end >= 0 {
				seq = l[i : i+end+1]
			}
			if len(seq) < 3 || seq[1] != '[' || end < 0 || strings.Trim(seq[2:len(seq)-1], "0123456789;:") != "" {
				return seq
			}
			i += len(seq)
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x202e || (r == utf8.RuneError && size == 1) {
			return l[i : i+size]
		}
		i += size
	}
	return ""
}

// Deep notes keep room to read: indentation stops at half the line.
func TestDeepListsKeepRoomToRead(t *testing.T) {
	for _, wrap := range []int{30, 100} {
		lines := draw(t, deepList(16, 3), wrap, true)
		text := wrap - 2*margin
		for i, l := range lines {
			pad := len(l) - len(strings.TrimLeft(l, " ")) - margin
			if pad > text/2 {
				t.Errorf("wrap %d: line %d is indented %d of %d cells: %q", wrap, i, pad, text, l)
			}
		}
		got := shown(lines)
		for _, want := range []string{"• level 0\n", "• level 15\n", "• more 2\n"} {
			if !strings.Contains(got, want) {
				t.Errorf("wrap %d: no %q in\n%s", wrap, want, got)
			}
		}
	}
}

// FuzzDrawMarkdown feeds the renderer any text: it must not fail, draw no
// line wider than asked, and send nothing a terminal acts on but colours.
func FuzzDrawMarkdown(f *testing.F) {
	f.Add("# Harbour Conf\n\n*11:00 · Dock 2*\n\n- a\n  - b\n    - c\n- > quote\n", 40)
	f.Add("---\ntitle: x\n---\n\n```\ncode\n```\n\n> q\n\n1. one\n\n***\n", 12)
	f.Add("东京 🎉 👩‍💻 [link](http://e.org) <http://a.b> \x1b[2J &#27;[2J \u202e", 3)
	f.Add(strings.Repeat(">", 200)+" deep\n"+strings.Repeat("- ", 100)+"x\n", 20)
	f.Fuzz(func(t *testing.T, markdown string, wrap int) {
		wrap = 1 + int(uint(wrap)%140)
		for _, plain := range []bool{true, false} {
			for i, l := range draw(t, markdown, wrap, plain) {
				if w := ansi.StringWidth(l); w > wrap {
					t.Fatalf("wrap %d plain %v: line %d is %d cells: %q", wrap, plain, i, w, l)
				}
				if bad := unsafeIn(l); bad != "" {
					t.Fatalf("wrap %d plain %v: line %d holds %q: %q", wrap, plain, i, bad, l)
				}
			}
		}
	})
}

// BenchmarkRenderHugePost draws a post of 100,000 bullets, 100 levels
// deep: what the preview renders of it (its first renderLines lines,
// at most 16 levels deep) at 100 cells.
func BenchmarkRenderHugePost(b *testing.B) {
	md := deepList(100, 100_000)
	looks := postLooksFrom(theme.New(true))
	for b.Loop() {
		if _, err := render(md, 100, looks); err != nil {
			b.Fatal(err)
		}
	}
}
