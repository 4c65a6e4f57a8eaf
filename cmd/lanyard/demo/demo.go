// Package demo holds the sample conference day that `lanyard demo` opens:
// an invented one-day event with its schedule as plain text and notes
// already taken on the first two talks, so the demo starts with an outline
// to look at.
package demo

import (
	_ "embed"
	"fmt"
	"strings"

	"lanyard/store/outline"
)

// EventName is the sample event's name.
const EventName = "DevOpsDays Harbourside 2026"

// Zone is the venue's time zone: the schedule's times are wall-clock there.
const Zone = "Europe/Amsterdam"

// Date is the sample day, as schedule.DateLayout.
const Date = "2026-05-14"

//go:embed day.txt
var day []byte

//go:embed notes.txt
var notes string

// Schedule returns the sample day as a plain text schedule, the form
// export/schedtext reads: a date line, then one line per slot, with the
// ignite talks and open-space rooms on lines of their own under their slot.
func Schedule() []byte {
	return append([]byte(nil), day...) // a copy: callers may not change the embedded file
}

// Bullet is one line of sample notes.
type Bullet struct {
	// Depth is 0 for a top-level bullet; a bullet is never more than one
	// level deeper than the one before it.
	Depth int
	Text  string
	// Kind is what a marker before the text says, read as the editor
	// reads one typed ("TODO ", "[ ] ", "> ").
	Kind outline.Kind
}

// Notes returns the sample notes, keyed by the exact title of the talk
// they belong to as Schedule's talks are titled.
//
// The notes are embedded and a test checks they parse, so a parse error
// cannot happen in a built binary; should it, the demo opens with no notes
// rather than not at all.
func Notes() map[string][]Bullet {
	parsed, err := parseNotes(notes)
	if err != nil {
		return nil
	}
	return parsed
}

// parseNotes reads notes written as Markdown: a "## Title" line starts a
// talk's notes, then "- text" lines indented two spaces per level, each
// text perhaps starting with a kind's marker. Blank lines are ignored.
func parseNotes(text string) (map[string][]Bullet, error) {
	byTitle := make(map[string][]Bullet)
	title := ""
	for n, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if heading, ok := strings.CutPrefix(line, "## "); ok {
			title = strings.TrimSpace(heading)
			if _, dup := byTitle[title]; dup || title == "" {
				return nil, fmt.Errorf("notes.txt: line %d: empty or repeated title %q", n+1, title)
			}
			byTitle[title] = nil
			continue
		}
		b, err := parseBullet(line)
		if err != nil {
			return nil, fmt.Errorf("notes.txt: line %d: %w", n+1, err)
		}
		if title == "" {
			return nil, fmt.Errorf("notes.txt: line %d: bullet before any \"## Title\"", n+1)
		}
		prev := -1
		if got := byTitle[title]; len(got) > 0 {
			prev = got[len(got)-1].Depth
		}
		if b.Depth > prev+1 {
			return nil, fmt.Errorf("notes.txt: line %d: nested %d levels under the bullet before", n+1, b.Depth-prev)
		}
		byTitle[title] = append(byTitle[title], b)
	}
	return byTitle, nil
}

// parseBullet reads one "- text" line indented two spaces per level.
func parseBullet(line string) (Bullet, error) {
	body := strings.TrimLeft(line, " ")
	indent := len(line) - len(body)
	text, ok := strings.CutPrefix(body, "- ")
	if !ok || indent%2 != 0 || strings.TrimSpace(text) == "" {
		return Bullet{}, fmt.Errorf("want \"- text\" indented by two spaces per level, got %q", line)
	}
	kind, text, _ := outline.CutKindPrefix(text)
	return Bullet{Depth: indent / 2, Text: text, Kind: kind}, nil
}
