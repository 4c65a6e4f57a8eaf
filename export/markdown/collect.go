package markdown

import (
	"fmt"
	"strings"
	"time"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// collector decides which talks of a day go into a post and makes them.
type collector struct {
	notes Notes
	all   bool
	loc   *time.Location
}

// day returns the talks of one day that go into the post, in schedule
// order.
func (c collector) day(day schedule.Day) ([]*Talk, error) {
	var talks []*Talk
	for _, t := range day.Talks {
		got, err := c.talk(t)
		if err != nil {
			return nil, err
		}
		talks = append(talks, got...)
	}
	return talks, nil
}

// talk returns the post's talks for one schedule slot: the talk itself, or
// for a slot of parallel items its own notes (if any) and then each item.
func (c collector) talk(t schedule.Talk) ([]*Talk, error) {
	var talks []*Talk
	o, err := c.load(t)
	if err != nil {
		return nil, err
	}
	// A slot's own heading would only repeat what its items' lines say,
	// so without notes of its own it shows only when it has no items.
	if c.wanted(t, o) && (len(t.Items) == 0 || hasNotes(o)) {
		talks = append(talks, c.make(t, "", o))
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
			talks = append(talks, c.make(item, t.Title, o))
		}
	}
	return talks, nil
}

// make builds a post's talk from the schedule's, rendering its notes.
func (c collector) make(t schedule.Talk, slot string, o *outline.Outline) *Talk {
	pt := &Talk{
		ID:       t.ID,
		Heading:  clean(t.Heading()),
		Title:    clean(t.Title),
		Speakers: t.Speakers,
		Slot:     clean(slot),
		Room:     clean(t.Room),
		Track:    clean(t.Track),
		Kind:     string(t.Kind),
	}
	if !t.Start.IsZero() {
		pt.Start = t.Start.In(c.loc)
		pt.Time = t.Span(c.loc)
		if !t.End.IsZero() {
			pt.End = t.End.In(c.loc)
		}
	}
	// The times come first so the line never starts with a URL.
	pt.Meta = joinMeta(pt.Time, pt.Slot, pt.Room)
	if hasNotes(o) {
		var b strings.Builder
		writeList(&b, o)
		pt.Notes = strings.TrimSuffix(b.String(), "\n")
		pt.outline = o
	}
	return pt
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

// wanted reports whether t goes into the post: when it has notes, or with
// All when it is not a break (nobody wants "Coffee" in their blog post).
func (c collector) wanted(t schedule.Talk, o *outline.Outline) bool {
	return hasNotes(o) || c.all && t.Kind != schedule.KindBreak
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
