package markdown

import (
	"strings"
	"time"

	"lanyard/export/internal/pick"
	"lanyard/store/schedule"
)

// talkOf makes a post's talk of an export's, rendering its notes.
func talkOf(t pick.Talk, loc *time.Location, about schedule.About, literal bool) *Talk {
	pt := &Talk{
		ID:       t.ID,
		Heading:  clean(t.Heading()),
		Title:    clean(t.Title),
		Speakers: t.Speakers,
		Slot:     clean(t.Slot),
		Room:     clean(t.Room),
		Track:    clean(t.Track),
		Kind:     string(t.Kind),
		Meta:     clean(t.Meta(loc)),
		literal:  literal,
	}
	pt.setAbout(about)
	if !t.Start.IsZero() {
		pt.Start = t.Start.In(loc)
		pt.Time = t.Span(loc)
		if !t.End.IsZero() {
			pt.End = t.End.In(loc)
		}
	}
	if pick.HasNotes(t.Notes) {
		var b strings.Builder
		writeList(&b, t.Notes, literal)
		pt.Notes = strings.TrimSuffix(b.String(), "\n")
		pt.outline = t.Notes
	}
	return pt
}
