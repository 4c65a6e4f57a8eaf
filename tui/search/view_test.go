package search

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lanyard/tui/theme"
)

func TestViewFitsItsSize(t *testing.T) {
	sizes := [][2]int{{60, 20}, {120, 40}, {1, 1}, {5, 2}, {9, 3}, {12, 4}, {20, 6}, {40, 8}}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		for _, q := range []string{"", "latency", "東京", "a", "zeppelin", strings.Repeat("cache ", 30)} {
			m := typeText(overlay(t, w, h), q)
			for i := range 8 { // every hit selected in turn
				checkFits(t, m, w, h, fmt.Sprintf("%dx%d %q hit %d", w, h, q, i))
				m = pressAll(m, "down")
			}
			if x, y, ok := m.Cursor(); !ok || x < 0 || x >= w || y != 0 {
				t.Errorf("%dx%d %q: cursor at %d,%d (ok %v), outside the overlay", w, h, q, x, y, ok)
			}
		}
	}
}

func TestBulletsWithControlCharactersStayOnTheirLine(t *testing.T) {
	talks := []TalkOutline{{TalkID: 1, Title: "Line\nbreaks", Outline: outlineOf(t, "one\ntwo\tthree latency")}}
	m := typeText(answeredBy(corpusOf(talks), New(theme.New(true))).SetSize(40, 6).Open(), "latency")
	checkFits(t, m, 40, 6, "control characters")
	if !shows(m, "one two three latency") {
		t.Errorf("the bullet is not drawn on one line:\n%s", strings.Join(plainView(m), "\n"))
	}
}

func TestAMatchPastTheEdgeIsBroughtIntoView(t *testing.T) {
	m := typeText(overlay(t, 40, 10), "latency")
	m = pressAll(m, "down", "down", "down") // the far match, selected
	for _, l := range plainView(m) {
		if !strings.Contains(l, "finally") {
			continue
		}
		if !strings.Contains(l, "latency") || !strings.Contains(l, "…") {
			t.Errorf("far match drawn as %q, want the start cut and latency shown", l)
		}
		return
	}
	t.Errorf("the far match is not drawn:\n%s", strings.Join(plainView(m), "\n"))
}

func TestTheMatchIsHighlighted(t *testing.T) {
	m := typeText(overlay(t, 60, 20), "LATENCY")
	m = pressAll(m, "down") // select the second hit
	lines := strings.Split(m.View(), "\n")
	first, second := lines[3], lines[4]
	// The matched word is styled apart from the text around it, in the
	// case it was written, whatever case was typed.
	match := m.looks.match.Render("latency")
	if !strings.Contains(first, match) {
		t.Errorf("first hit %q does not highlight latency as %q", first, match)
	}
	if sel := m.looks.selectedMatch.Render("LATENCY"); !strings.Contains(second, sel) {
		t.Errorf("selected hit %q does not highlight LATENCY as %q", second, sel)
	}
	// The selected hit is painted across the overlay.
	if w := ansi.StringWidth(second); w != 60 {
		t.Errorf("selected hit is %d cells wide, want the overlay's 60", w)
	}
}

func TestExcerpt(t *testing.T) {
	cases := []struct {
		pre, match, post string
		avail            int
		want             string
	}{
		{"tail ", "lat", "ency", 20, "tail |lat|ency"},
		{"tail ", "lat", "ency and more words", 12, "tail |lat|enc…"},
		{"a long run of words before ", "lat", "ency", 12, "…ore |lat|ency"},
		{"before ", "a match wider than the room", "", 12, "…e |a match …|"},
		{"東京の", "会議", "", 5, "…|会議|"},
		{"x", "y", "z", 0, "||"},
	}
	for _, c := range cases {
		pre, match, post := excerpt(c.pre, c.match, c.post, c.avail)
		if got := pre + "|" + match + "|" + post; got != c.want {
			t.Errorf("excerpt(%q, %q, %q, %d) = %q, want %q", c.pre, c.match, c.post, c.avail, got, c.want)
		}
		if w := ansi.StringWidth(pre + match + post); w > max(c.avail, 0) {
			t.Errorf("excerpt(%q, %q, %q, %d) is %d cells", c.pre, c.match, c.post, c.avail, w)
		}
	}
}

func TestGoldenView(t *testing.T) {
	m := typeText(overlay(t, 60, 20), "latency")
	m = pressAll(m, "down", "down")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestGoldenViewNarrow(t *testing.T) {
	m := answeredBy(manyHits(t, 4, 5), New(theme.New(false))).SetSize(30, 9).Open()
	m = pressAll(typeText(m, "note 01"), "down", "down")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}
