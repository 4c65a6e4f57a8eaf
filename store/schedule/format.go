package schedule

import (
	"strings"
	"time"
)

// Byline returns the speakers as a reader would write them: "A", "A and
// B", "A, B and C".
func (t Talk) Byline() string {
	switch n := len(t.Speakers); n {
	case 0:
		return ""
	case 1:
		return t.Speakers[0]
	default:
		return strings.Join(t.Speakers[:n-1], ", ") + " and " + t.Speakers[n-1]
	}
}

// Span returns the talk's times in the venue zone, "10:30–11:00", or just
// the start for a talk with no end.
func (t Talk) Span(loc *time.Location) string {
	start := t.Start.In(loc).Format("15:04")
	if t.End.IsZero() {
		return start
	}
	return start + "–" + t.End.In(loc).Format("15:04")
}

// DayTitle returns a day's date as a heading: "Thursday 17 October 2019".
func (d Day) DayTitle() string {
	date, err := time.Parse(DateLayout, d.Date)
	if err != nil {
		return d.Date
	}
	return date.Format("Monday 2 January 2006")
}

// Heading returns the talk as an export heads its notes: "Ada Quill and
// Bo Lind – Title", or the title alone; "Untitled" when it has none. An
// import of notes finds a talk's section in an exported file by it.
func (t Talk) Heading() string {
	title := strings.TrimSpace(t.Title)
	if title == "" {
		title = "Untitled"
	}
	var speakers []string
	for _, s := range t.Speakers {
		if s = strings.TrimSpace(s); s != "" {
			speakers = append(speakers, s)
		}
	}
	if len(speakers) == 0 {
		return title
	}
	return Talk{Speakers: speakers}.Byline() + " – " + title
}
