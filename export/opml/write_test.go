package opml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"lanyard/export/internal/notestest"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

func TestWriteEventGolden(t *testing.T) {
	ev, notes := fixtureEvent(t)
	var buf bytes.Buffer
	if err := Write(&buf, ev, notes, Options{}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "event.golden", buf.Bytes())
}

func TestWriteAllGolden(t *testing.T) {
	ev, notes := fixtureEvent(t)
	var buf bytes.Buffer
	if err := Write(&buf, ev, notes, Options{All: true}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "all.golden", buf.Bytes())
}

func TestWriteTalkGolden(t *testing.T) {
	var buf bytes.Buffer
	o := notestest.Outline(fixtureClips(t)[2])
	if err := WriteTalk(&buf, "Ingrid Solberg and Tomas Okafor – Sharding Without Tears", o); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "talk.golden", buf.Bytes())
}

// TestWriteChoosesTalks: the export holds the talks with notes, with their
// headings and lines of time and place; a slot's items sit where the
// slot is; breaks show only with notes; All adds the rest but breaks.
func TestWriteChoosesTalks(t *testing.T) {
	ev, notes := fixtureEvent(t)
	withNotes := []string{
		"Ingrid Solberg and Tomas Okafor – Sharding Without Tears | 09:00–09:45 · Fjord Hall",
		"Coffee | 10:00–10:30",
		"Lightning Talks | 13:00–13:45 · Fjord Hall",
		"Mei Arnesen – Flags All the Way Down | 13:00–13:45 · Lightning Talks · Fjord Hall",
		"Kari Lund – Blame the System | 09:15–10:00",
		"Hallway chat about game days | 15:30",
	}
	all := []string{
		withNotes[0], withNotes[1],
		"Runa Eide – Queues Are Databases | 10:30–11:15",
		withNotes[2], withNotes[3],
		"Ola Berg – My Pager & Me | 13:00–13:45 · Lightning Talks · Fjord Hall",
		"Good morning again | 09:00–09:15",
		withNotes[4], withNotes[5],
	}
	for _, tt := range []struct {
		opts Options
		want []string
	}{{Options{}, withNotes}, {Options{All: true}, all}} {
		var buf bytes.Buffer
		if err := Write(&buf, ev, notes, tt.opts); err != nil {
			t.Fatal(err)
		}
		doc, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range doc.Talks {
			got = append(got, s.Heading+" | "+s.Meta)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("All=%v: sections\n%s\nwant\n%s", tt.opts.All, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
		if doc.Title != ev.Name {
			t.Errorf("title %q, want %q", doc.Title, ev.Name)
		}
	}
}

// TestWriteSkipsEmptyDays: a day with nothing to show is not written, and
// an event with nothing at all is an empty body other apps still open.
func TestWriteSkipsEmptyDays(t *testing.T) {
	ev, notes := fixtureEvent(t)
	var buf bytes.Buffer
	if err := Write(&buf, ev, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<outline") {
		t.Errorf("an export without notes has outlines:\n%s", buf.String())
	}
	ev.Days[0].Talks = ev.Days[0].Talks[:1] // only Registration, a break
	buf.Reset()
	if err := Write(&buf, ev, notes, Options{All: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "Thursday 12 March 2026") {
		t.Errorf("a day of one break without notes is written:\n%s", buf.String())
	}
}

func TestWriteReportsNotesError(t *testing.T) {
	ev, _ := fixtureEvent(t)
	broken := errors.New("disk on fire")
	err := Write(io.Discard, ev, func(uint64) (*outline.Outline, error) { return nil, broken }, Options{})
	if !errors.Is(err, broken) || !strings.Contains(err.Error(), "2026-03-12") {
		t.Errorf("Write = %v, want the notes error with the day", err)
	}
}

// TestWriteKeepsAwkwardText: what XML could take for markup, tabs and line
// breaks are written so that a reader gets them back; what XML cannot hold
// at all is dropped, and the file is still well-formed.
func TestWriteKeepsAwkwardText(t *testing.T) {
	text := "a\tb\nc\rd <e> & \"f\" 'g' \x00nul \x1besc \ufffe\xffbad ]]> é"
	var buf bytes.Buffer
	if err := WriteTalk(&buf, "t\x01itle", notestest.Outline(outline.Clip{{Text: text}})); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, ref := range []string{"&#9;", "&#10;", "&#13;", "&lt;e&gt;", "&amp;", "&quot;f&quot;"} {
		if !strings.Contains(out, ref) {
			t.Errorf("output lacks %s:\n%s", ref, out)
		}
	}
	d := xml.NewDecoder(strings.NewReader(out))
	var texts []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("output is not well-formed XML: %v\n%s", err, out)
		}
		if el, ok := tok.(xml.StartElement); ok && el.Name.Local == "outline" {
			texts = append(texts, el.Attr[0].Value)
		}
	}
	want := "a\tb\nc\rd <e> & \"f\" 'g' nul esc bad ]]> é"
	if len(texts) != 1 || texts[0] != want {
		t.Errorf("an XML reader gets %q, want %q", texts, want)
	}
}

func TestWriteUntitledEvent(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, schedule.Event{Name: "  "}, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	doc, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Notes" {
		t.Errorf("title %q, want Notes", doc.Title)
	}
}
