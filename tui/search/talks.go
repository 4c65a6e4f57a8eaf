package search

import (
	"lanyard/store/fold"
)

// MaxTalkHits is how many talks the overlay lists for a query: a few
// screens, more than anyone reads before typing another letter.
const MaxTalkHits = 100

// TalkDoc is what the search reads of one talk: what the schedule pane
// shows of it and, once read from the notebook, what it is about. Every
// text is the schedule's, cleaned by its reader; the overlay still flattens
// control characters before drawing them.
type TalkDoc struct {
	TalkID   uint64
	Title    string
	Speakers []string
	Room     string
	Track    string
	Subtitle string
	Abstract string
	// Description is the schedule's longer text, when it has one besides
	// the abstract.
	Description string
	// When is the talk's day and start as the list shows them: "Sat 14:05".
	When string
}

// Field is the part of a talk a query matched, in the order talks are
// ranked: a talk whose title matches is more likely the one sought than
// one whose abstract mentions the word.
type Field int

// The fields a talk is found by.
const (
	FieldTitle Field = iota
	FieldSpeaker
	FieldTrack
	FieldRoom
	FieldSubtitle
	FieldAbstract
	FieldDescription
	fieldCount
)

// String names the field as the list shows it before an excerpt.
func (f Field) String() string {
	switch f {
	case FieldTitle:
		return "title"
	case FieldSpeaker:
		return "speaker"
	case FieldTrack:
		return "track"
	case FieldRoom:
		return "room"
	case FieldSubtitle:
		return "subtitle"
	case FieldAbstract:
		return "abstract"
	case FieldDescription:
		return "description"
	}
	return "?"
}

// TalkHit is one talk that matches, with where it matched.
type TalkHit struct {
	TalkID uint64
	Title  string
	When   string
	Room   string
	Field  Field
	// Text is the text of the field that matched: the title, the one
	// speaker's name, the abstract…
	Text string
}

// FindTalks returns the talks whose title, speakers, track, room,
// subtitle, abstract or description contain query, ignoring case as every
// search of lanyard does (package fold): those matched by title first,
// then by speaker, and so on down the fields, each group in the order of
// docs; at most limit of them, limit <= 0 meaning no limit. Each talk is
// listed once, by the first field it matches. An empty query finds
// nothing.
//
// It reads every abstract of the event: call it off the UI's goroutine.
func FindTalks(docs []TalkDoc, query string, limit int) []TalkHit {
	q := fold.NewQuery(query)
	if q.Empty() {
		return nil
	}
	var groups [fieldCount][]TalkHit
	found := 0
	for i := range docs {
		d := &docs[i]
		// Once the groups above a field hold limit talks, nothing that
		// matches only further down can be listed: stop looking there.
		fields := fieldCount
		if limit > 0 {
			fields = fieldsWithRoom(&groups, limit)
			if fields == 0 {
				break
			}
		}
		if f, text, ok := matchTalk(q, d, fields); ok {
			groups[f] = append(groups[f], TalkHit{
				TalkID: d.TalkID, Title: d.Title, When: d.When, Room: d.Room, Field: f, Text: text,
			})
			found++
		}
	}
	hits := make([]TalkHit, 0, found)
	for _, g := range groups {
		hits = append(hits, g...)
	}
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// fieldsWithRoom returns how many fields, from the first, can still add a
// talk to the list: a talk found by field f goes after every talk found by
// f or a field before it, so it is listed only while those are fewer than
// limit.
func fieldsWithRoom(groups *[fieldCount][]TalkHit, limit int) Field {
	upTo := 0
	for f := range fieldCount {
		if upTo += len(groups[f]); upTo >= limit {
			return f
		}
	}
	return fieldCount
}

// matchTalk finds the first of the first fields of d that contains q.
func matchTalk(q *fold.Query, d *TalkDoc, fields Field) (Field, string, bool) {
	for f := range fields {
		switch f {
		case FieldSpeaker:
			for _, s := range d.Speakers {
				if q.In(s) {
					return f, s, true
				}
			}
		default:
			if text := d.field(f); q.In(text) {
				return f, text, true
			}
		}
	}
	return 0, "", false
}

// field returns d's text for a field of one text.
func (d *TalkDoc) field(f Field) string {
	switch f {
	case FieldTitle:
		return d.Title
	case FieldTrack:
		return d.Track
	case FieldRoom:
		return d.Room
	case FieldSubtitle:
		return d.Subtitle
	case FieldAbstract:
		return d.Abstract
	case FieldDescription:
		return d.Description
	}
	return ""
}
