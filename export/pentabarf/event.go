package pentabarf

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/richtext"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// xmlEvent is the part of an <event> lanyard uses.
type xmlEvent struct {
	ID       string      `xml:"id,attr"`
	GUID     string      `xml:"guid,attr"`
	Date     string      `xml:"date"`
	Start    string      `xml:"start"`
	Duration string      `xml:"duration"`
	Room     string      `xml:"room"`
	Title    string      `xml:"title"`
	Track    string      `xml:"track"`
	Type     string      `xml:"type"`
	Persons  []xmlPerson `xml:"persons>person"`
	// What the talk is about: HTML in FOSDEM's file, Markdown in wafer's.
	Subtitle    string `xml:"subtitle"`
	Language    string `xml:"language"`
	Abstract    string `xml:"abstract"`
	Description string `xml:"description"`
	URL         string `xml:"url"`
	// Links and Attachments are nested structs rather than "a>b" paths,
	// which encoding/xml matches against every child of the event.
	Links struct {
		List []xmlLink `xml:"link"`
	} `xml:"links"`
	Attachments struct {
		List []xmlLink `xml:"attachment"`
	} `xml:"attachments"`
}

// xmlLink is a <link href="…">Title</link> or an
// <attachment type="slides" href="…">Title</attachment>.
type xmlLink struct {
	Href  string `xml:"href,attr"`
	Type  string `xml:"type,attr"`
	Title string `xml:",chardata"`
}

// xmlPerson is a <person id="…">Name</person>.
type xmlPerson struct {
	Name string `xml:",chardata"`
}

// rawEvent is an event read and checked but not yet placed on a day: where
// it lands depends on the zone and day_change, which <conference> may give
// after it, and on which days the rest of the file fills.
type rawEvent struct {
	// talk has every field but Start and End.
	talk schedule.Talk
	// rank is the room's place in the order the file first names rooms.
	rank int
	// listed is the date of the <day> the event is under (zero if the day
	// gives none): the venue's date in frab and FOSDEM, UTC's in wafer.
	listed time.Time
	// date is the event's <date>: an instant when hasOffset, else a wall
	// clock held as UTC. Zero when the event has no <date>.
	date      time.Time
	hasOffset bool
	// start is <start> in minutes after midnight.
	start    int
	duration time.Duration
	line     int
	label    string
}

// readEvent decodes the <event> just opened and keeps it as a rawEvent.
func (p *parser) readEvent(el xml.StartElement) error {
	line := p.line()
	var ev xmlEvent
	if err := p.dec.DecodeElement(&ev, &el); err != nil {
		return p.xmlError(err)
	}
	raw, err := p.check(ev)
	if err != nil {
		return fmt.Errorf("%s: line %d: event %s: %w", p.name, line, eventLabel(ev), err)
	}
	raw.line, raw.label = line, eventLabel(ev)
	p.events = append(p.events, raw)
	return nil
}

// check reads an event's times and text, failing on what no talk can be.
func (p *parser) check(ev xmlEvent) (rawEvent, error) {
	title := sanitize.Text(ev.Title)
	if title == "" {
		return rawEvent{}, fields.Missing("title")
	}
	raw := rawEvent{listed: p.day.date}
	var err error
	if strings.TrimSpace(ev.Date) != "" {
		if raw.date, raw.hasOffset, err = eventDate(ev.Date); err != nil {
			return rawEvent{}, err
		}
	}
	switch {
	case strings.TrimSpace(ev.Start) != "":
		if raw.start, err = clockMinutes(ev.Start); err != nil {
			return rawEvent{}, fmt.Errorf("start: %w", err)
		}
	case raw.date.IsZero():
		return rawEvent{}, fields.Missing("start")
	}
	if raw.date.IsZero() && raw.listed.IsZero() {
		return rawEvent{}, fields.Missing("the day's date, which a start without a <date> needs")
	}
	if raw.duration, err = parseDuration(ev.Duration); err != nil {
		return rawEvent{}, fmt.Errorf("duration: %w", err)
	}
	room := p.room
	if room == "" {
		room = sanitize.Text(ev.Room)
	}
	raw.rank = p.rooms.Rank(room)
	speakers := names(ev.Persons)
	raw.talk = schedule.Talk{
		Title:    title,
		Speakers: speakers,
		Room:     room,
		Track:    sanitize.Text(ev.Track),
		Kind:     kindOf(ev.Type, title, len(speakers)),
		SourceID: sourceID(ev),
		About:    about(ev),
	}
	return raw, nil
}

// about is what the event says the talk is about; its page is the base
// of relative links. Attachments (the talk's own slides and papers) come
// before links, as FOSDEM's pages show them; an address given twice keeps
// its first title.
func about(ev xmlEvent) *schedule.About {
	page, _ := richtext.URL(ev.URL, nil)
	base := richtext.Base(page)
	var links richtext.Links
	for _, group := range [][]xmlLink{ev.Attachments.List, ev.Links.List} {
		for _, l := range group {
			links.Add(l.Title, l.Href, l.Type, base)
		}
	}
	return richtext.About(schedule.About{
		Subtitle:    richtext.Line(ev.Subtitle),
		Language:    richtext.Line(ev.Language),
		Abstract:    richtext.TextAt(ev.Abstract, base),
		Description: richtext.TextAt(ev.Description, base),
		URL:         page,
		Links:       links.List(),
	})
}

// names returns the speakers' names, cleaned, in order, without blanks.
func names(persons []xmlPerson) []string {
	var out []string
	for _, person := range persons {
		if n := sanitize.Text(person.Name); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// kindOf says what sort of slot an event is: a break by its type, and a
// slot nobody presents by its title.
func kindOf(typ, title string, speakers int) schedule.Kind {
	switch {
	case schedule.IsBreakType(typ):
		return schedule.KindBreak
	case speakers == 0:
		return schedule.KindOfTitle(title)
	}
	return schedule.KindTalk
}

// sourceID is the event's GUID, which frab and wafer keep across edits,
// else its id.
func sourceID(ev xmlEvent) string {
	if id := sanitize.Text(ev.GUID); id != "" {
		return id
	}
	return sanitize.Text(ev.ID)
}

// eventLabel names an event in an error by its id and title, as far as
// it has them: `35 "Opening Ceremony"`.
func eventLabel(ev xmlEvent) string {
	id, title := fields.Clip(sanitize.Text(ev.ID)), fields.Clip(sanitize.Text(ev.Title))
	switch {
	case id == "":
		return fmt.Sprintf("%q", title)
	case title == "":
		return id
	}
	return fmt.Sprintf("%s %q", id, title)
}
