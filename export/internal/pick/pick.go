// Package pick decides which talks an export of notes holds, so that the
// Markdown post and the OPML file of one export say the same thing: talks
// with notes (all talks but breaks when asked), a slot's own notes only
// when it has some or has no items, days with nothing left out.
package pick

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// Notes returns a talk's outline, or nil or an empty outline when it has
// none.
type Notes func(talkID uint64) (*outline.Outline, error)

// Day is one day of an export and its talks, in schedule order.
type Day struct {
	schedule.Day
	Talks []Talk
}

// Talk is one talk of an export.
type Talk struct {
	// Talk is the schedule's, a parallel item with its slot's times and
	// room when it has none of its own.
	schedule.Talk
	// Slot is the title of the slot an item is part of, "" for a talk.
	Slot  string
	Notes *outline.Outline // nil when it has none
}

// Meta is the line of time and place under a talk's heading:
// "10:30–11:00 · Ignites · Blue Room" in venue time, with what is not
// known left out. The time comes first so that the line never starts
// with a URL.
func (t Talk) Meta(loc *time.Location) string {
	var parts []string
	if !t.Start.IsZero() {
		parts = append(parts, t.Span(loc))
	}
	for _, p := range []string{t.Slot, t.Room} {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// Days returns the days of ev with something to show and their talks. All
// includes talks without notes, breaks excepted.
func Days(ev schedule.Event, notes Notes, all bool) ([]Day, error) {
	p := picker{notes: notes, all: all}
	var days []Day
	for _, d := range ev.Days {
		var talks []Talk
		for _, t := range d.Talks {
			got, err := p.slot(t)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.Date, err)
			}
			talks = append(talks, got...)
		}
		if len(talks) > 0 {
			days = append(days, Day{Day: d, Talks: talks})
		}
	}
	return days, nil
}

type picker struct {
	notes Notes
	all   bool
}

// slot returns the talks of one schedule slot: the talk itself, or for a
// slot of parallel items its own notes (if any) and then each item.
func (p picker) slot(t schedule.Talk) ([]Talk, error) {
	var talks []Talk
	o, err := p.load(t)
	if err != nil {
		return nil, err
	}
	// A slot's own heading would only repeat what its items' lines say,
	// so without notes of its own it shows only when it has no items.
	if p.wanted(t, o) && (len(t.Items) == 0 || HasNotes(o)) {
		talks = append(talks, Talk{Talk: t, Notes: o})
	}
	for _, item := range t.Items {
		o, err := p.load(item)
		if err != nil {
			return nil, err
		}
		if item.Start.IsZero() {
			item.Start, item.End = t.Start, t.End
		}
		if item.Room == "" {
			item.Room = t.Room
		}
		if p.wanted(item, o) {
			talks = append(talks, Talk{Talk: item, Slot: t.Title, Notes: o})
		}
	}
	return talks, nil
}

// load returns t's notes, nil when it has none.
func (p picker) load(t schedule.Talk) (*outline.Outline, error) {
	if p.notes == nil {
		return nil, nil
	}
	o, err := p.notes(t.ID)
	if err != nil {
		return nil, fmt.Errorf("notes of %q (talk %d): %w", t.Title, t.ID, err)
	}
	return o, nil
}

// wanted reports whether t goes into the export: when it has notes, or
// with all when it is not a break (nobody wants "Coffee" in a blog post).
func (p picker) wanted(t schedule.Talk, o *outline.Outline) bool {
	return HasNotes(o) || p.all && t.Kind != schedule.KindBreak
}

// HasNotes reports whether o has a bullet with something in it.
func HasNotes(o *outline.Outline) bool {
	if o == nil {
		return false
	}
	for i := range o.Len() {
		if strings.IndexFunc(o.At(i).Text, shows) >= 0 {
			return true
		}
	}
	return false
}

// shows reports whether r is a character a reader sees.
func shows(r rune) bool { return !unicode.IsSpace(r) && !unicode.IsControl(r) }
