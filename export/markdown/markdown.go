// Package markdown writes a conference's notes as CommonMark, ready to paste
// into a blog post: the event as the title, a heading per day, a heading per
// talk with its time and room, and each talk's outline as nested lists.
//
// Everything typed (titles, speakers, rooms, bullets) is escaped so that it
// shows as typed in any CommonMark renderer, while bare URLs stay as typed
// so that renderers which link them still do.
package markdown

import (
	"fmt"
	"io"
	"strings"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// Notes returns a talk's outline, or nil or an empty outline when it has
// none.
type Notes func(talkID uint64) (*outline.Outline, error)

// Options says what to write.
type Options struct {
	// All includes talks that have no notes, as headings alone. Breaks are
	// still left out unless they have notes.
	All bool
}

// Write writes ev as CommonMark. The caller has already cut ev down to the
// days and talks wanted; Write leaves out talks without notes (unless
// opts.All), breaks without notes, and days left with nothing to show.
// Times are shown in the event's zone.
func Write(w io.Writer, ev schedule.Event, notes Notes, opts Options) error {
	c := collector{notes: notes, all: opts.All, loc: ev.Location()}
	out := newBlockWriter(w)
	name := ev.Name
	if strings.TrimSpace(name) == "" {
		name = "Notes"
	}
	out.block("# " + escapeHeading(name))
	for _, day := range ev.Days {
		sections, err := c.day(day)
		if err != nil {
			return fmt.Errorf("markdown: %s: %w", day.Date, err)
		}
		if len(sections) == 0 {
			continue
		}
		out.block("## " + escapeHeading(day.DayTitle()))
		for _, s := range sections {
			s.write(out)
		}
	}
	if err := out.flush(); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// section is one talk's part of the post: a heading, a line of times and
// place, and the notes.
type section struct {
	heading string // already escaped
	meta    string // already escaped; empty when there is nothing to say
	notes   *outline.Outline
}

func (s section) write(out *blockWriter) {
	out.block("### " + s.heading)
	if s.meta != "" {
		out.line("*" + s.meta + "*")
	}
	if hasNotes(s.notes) {
		out.blank()
		writeList(out, s.notes)
	}
}

// collector decides which talks of a day make sections.
type collector struct {
	notes Notes
	all   bool
	loc   *time.Location
}

// day returns the sections of one day, in schedule order.
func (c collector) day(day schedule.Day) ([]section, error) {
	var sections []section
	for _, t := range day.Talks {
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
	// A slot's own heading would only repeat what its items' lines say,
	// so without notes of its own it shows only when it has no items.
	if c.wanted(t, o) && (len(t.Items) == 0 || hasNotes(o)) {
		sections = append(sections, section{heading: heading(t), meta: c.meta(t, ""), notes: o})
	}
	for _, item := range t.Items {
		o, err := c.load(item)
		if err != nil {
			return nil, err
		}
		if item.Start.IsZero() {
			item.Start, item.End = t.Start, t.End
		}
		if item.Room == "" {
			item.Room = t.Room
		}
		if c.wanted(item, o) {
			sections = append(sections, section{heading: heading(item), meta: c.meta(item, t.Title), notes: o})
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
// when it is not a break (nobody wants "Coffee" in their blog post).
func (c collector) wanted(t schedule.Talk, o *outline.Outline) bool {
	return hasNotes(o) || c.all && t.Kind != schedule.KindBreak
}

// heading returns a talk's heading, escaped: "Speaker One, Speaker Two –
// Title", or the title alone.
func heading(t schedule.Talk) string {
	title := t.Title
	if strings.TrimSpace(title) == "" {
		title = "Untitled"
	}
	var speakers []string
	for _, s := range t.Speakers {
		if s = strings.TrimSpace(s); s != "" {
			speakers = append(speakers, s)
		}
	}
	if len(speakers) == 0 {
		return escapeHeading(title)
	}
	return escapeHeading(strings.Join(speakers, ", ") + " – " + title)
}

// meta returns the escaped text of a talk's italic line: its times in
// venue time, the slot it is part of, and its room, "10:30–11:00 · Ignites
// · Blue Room". The times come first so the line never starts with a URL
// (a linking renderer would take the opening "*" for text).
func (c collector) meta(t schedule.Talk, slot string) string {
	var parts []string
	if !t.Start.IsZero() {
		parts = append(parts, t.Span(c.loc))
	}
	for _, p := range []string{slot, t.Room} {
		if p = clean(p); p != "" {
			parts = append(parts, p)
		}
	}
	// One escape over the whole line, so that URL delimiters in two parts
	// are judged together: they share a paragraph.
	return escapeText(strings.Join(parts, " · "))
}

// hasNotes reports whether o has a bullet with something in it.
func hasNotes(o *outline.Outline) bool {
	if o == nil {
		return false
	}
	for i := range o.Len() {
		if clean(o.At(i).Text) != "" {
			return true
		}
	}
	return false
}
