package opml

import (
	"fmt"
	"strings"
	"time"

	"lanyard/export/internal/sanitize"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// Which talks an export holds follows the Markdown export's rules, so that
// the two formats of one export say the same thing.

// day is one day's part of the file.
type day struct {
	title    string
	sections []section
}

// section is one talk's outline: its heading, its line of times and
// place, and its notes.
type section struct {
	heading string
	meta    string // "" when there is nothing to say
	notes   *outline.Outline
}

// collect returns the days of ev that have something to show, each with
// its talks' sections in schedule order.
func collect(ev schedule.Event, notes Notes, all bool) ([]day, error) {
	c := collector{notes: notes, all: all, loc: ev.Location()}
	var days []day
	for _, d := range ev.Days {
		sections, err := c.day(d)
		if err != nil {
			return nil, fmt.Errorf("opml: %s: %w", d.Date, err)
		}
		if len(sections) > 0 {
			days = append(days, day{title: d.DayTitle(), sections: sections})
		}
	}
	return days, nil
}

// eventTitle is the head title of an event's file.
func eventTitle(ev schedule.Event) string {
	if strings.TrimSpace(ev.Name) == "" {
		return "Notes"
	}
	return ev.Name
}

// collector decides which talks of a day make sections.
type collector struct {
	notes Notes
	all   bool
	loc   *time.Location
}

// day returns the sections of one day, in schedule order.
func (c collector) day(d schedule.Day) ([]section, error) {
	var sections []section
	for _, t := range d.Talks {
		got, err := c.talk(t)
		if err != nil {
			return nil, err
		}
		sections = append(sections, got...)
	}
	return sections, nil
}

// talk returns the sections for one schedule slot: the talk itself, or for
// a slot of parallel items its own notes (if any) and then each item.
func (c collector) talk(t schedule.Talk) ([]section, error) {
	var sections []section
	o, err := c.load(t)
	if err != nil {
		return nil, err
	}
	// A slot's own outline would only repeat what its items' lines say, so
	// without notes of its own it shows only when it has no items.
	if c.wanted(t, o) && (len(t.Items) == 0 || hasNotes(o)) {
		sections = append(sections, section{heading: t.Heading(), meta: c.meta(t, ""), notes: o})
	}
	for _, item := range t.Items {
		o, err := c.load(item)
		if err != nil {
			return nil, err
		}
		// An item without times or room of its own is where its slot is.
		if item.Start.IsZero() {
			item.Start, item.End = t.Start, t.End
		}
		if item.Room == "" {
			item.Room = t.Room
		}
		if c.wanted(item, o) {
			sections = append(sections, section{heading: item.Heading(), meta: c.meta(item, t.Title), notes: o})
		}
	}
	return sections, nil
}

// load returns t's notes, nil when it has none.
func (c collector) load(t schedule.Talk) (*outline.Outline, error) {
	if c.notes == nil {
		return nil, nil
	}
	o, err := c.notes(t.ID)
	if err != nil {
		return nil, fmt.Errorf("notes of %q (talk %d): %w", t.Title, t.ID, err)
	}
	return o, nil
}

// wanted reports whether t gets a section: when it has notes, or with All
// when it is not a break.
func (c collector) wanted(t schedule.Talk, o *outline.Outline) bool {
	return hasNotes(o) || c.all && t.Kind != schedule.KindBreak
}

// meta returns a talk's line of times in venue time, the slot it is part
// of, and its room: "10:30–11:00 · Ignites · Blue Room".
func (c collector) meta(t schedule.Talk, slot string) string {
	var parts []string
	if !t.Start.IsZero() {
		parts = append(parts, t.Span(c.loc))
	}
	for _, p := range []string{slot, t.Room} {
		if p = oneLine(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// hasNotes reports whether o has a bullet with something in it.
func hasNotes(o *outline.Outline) bool {
	if o == nil {
		return false
	}
	for i := range o.Len() {
		if oneLine(o.At(i).Text) != "" {
			return true
		}
	}
	return false
}

// oneLine makes s one line of plain words: escapes and control characters
// gone, every kind of space a plain one, runs of them collapsed, the ends
// trimmed.
func oneLine(s string) string {
	return strings.Join(strings.Fields(sanitize.Line(s)), " ")
}
