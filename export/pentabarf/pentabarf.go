// Package pentabarf reads a conference schedule in Pentabarf XML, the format
// frab, pretalx and wafer export and FOSDEM, the CCC congresses and DebConf
// publish: <schedule> holding <conference>, then <day> elements holding
// <room> elements holding <event> elements (or, in the old form, events
// straight under the day). It turns the file into schedule days in the
// venue's zone.
package pentabarf

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"lanyard/export/internal/input"
	"lanyard/export/internal/roomorder"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// Format is Pentabarf and frab XML as lanyard import reads it; it skips
// nothing.
var Format = schedule.Format{
	Name:  "pentabarf",
	Label: "Pentabarf XML",
	Sniff: Sniff,
	Parse: Parse,
}

// Parse reads a Pentabarf XML schedule. The Zone it returns is the file's
// <time_zone_name> when the machine knows it; opts.Location is the zone to
// fall back on when the file names none (FOSDEM's does not: it is
// Europe/Brussels). Nothing is skipped. Errors name the file and the line,
// and the event where there is one; they wrap ErrNotSchedule, ErrNoEvents,
// the field errors every reader shares (export/internal/fields),
// io.ErrUnexpectedEOF for a file cut short, or the XML decoder's own error for one that is not
// well-formed. On an error the Parsed is empty: nothing half-read.
func Parse(r io.Reader, opts schedule.ReadOptions) (res schedule.Parsed, err error) {
	text, err := input.DecodeXML(r)
	if err != nil {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", input.Name(opts.Name), err)
	}
	p := newParser(text, opts)
	defer func() {
		// encoding/xml is not expected to panic, but a schedule is
		// untrusted input and a crash would lose the user's session.
		if v := recover(); v != nil {
			res, err = schedule.Parsed{}, fmt.Errorf("%s: line %d: unreadable XML: %v", p.name, p.line(), v)
		}
	}()
	if err := p.run(); err != nil {
		return schedule.Parsed{}, err
	}
	return p.result()
}

// Sniff reports whether head, the first bytes of a file, look like a
// Pentabarf schedule: XML, in UTF-8 or UTF-16, whose root element is
// <schedule>, with or without a namespace prefix. A head that ends before
// the root, in a long prolog of comments or a document type, is XML
// lanyard can only read as Pentabarf: Parse then says what the root is.
func Sniff(head []byte) bool {
	head = input.Head(head)
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	root, ok := rootName(head)
	if !ok {
		return root == "" // the head ended in the prolog
	}
	if _, local, found := strings.Cut(root, ":"); found {
		root = local
	}
	return root == "schedule"
}

// rootName returns the name of the root element at the start of head,
// past the XML declaration, processing instructions, comments, the
// document type and blank space. ok is false when head ends first (name
// "") or is not XML there (name "<").
func rootName(head []byte) (name string, ok bool) {
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		if len(head) == 0 {
			return "", false
		}
		if head[0] != '<' {
			return "<", false
		}
		var end []byte
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(head, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(head, []byte("<!")):
			end = []byte(">") // a DOCTYPE; one with an internal subset
			if i := bytes.IndexByte(head, '['); i >= 0 && i < bytes.IndexByte(head, '>') {
				end = []byte("]>")
			}
		default:
			n := 1
			for n < len(head) && !strings.ContainsRune(" \t\r\n/>", rune(head[n])) {
				n++
			}
			if n == len(head) {
				return "", false
			}
			return string(head[1:n]), true
		}
		i := bytes.Index(head, end)
		if i < 0 {
			return "", false
		}
		head = head[i+len(end):]
	}
}

// parser streams the file: it walks the elements above the events itself
// and decodes each <event> and the <conference> whole.
type parser struct {
	name     string
	fallback *time.Location
	// zoneGiven says the fallback is the user's word (--tz), which wins
	// over a zone name the machine does not know.
	zoneGiven bool
	lines     *lineReader
	dec       *xml.Decoder
	conf      xmlConference
	// confLine is the line of <conference>, for a bad day_change.
	confLine int
	// day is the <day> being read; room the <room name> inside it.
	day  *xmlDay
	room string
	// rooms numbers each room in the order the file first names it.
	rooms  roomorder.Rooms
	events []rawEvent
}

// xmlConference is the part of <conference> lanyard uses.
type xmlConference struct {
	Title     string `xml:"title"`
	Zone      string `xml:"time_zone_name"`
	DayChange string `xml:"day_change"`
}

// xmlDay is a <day>: its date, which is the venue's date in FOSDEM's and
// frab's files but the UTC date of the day's start in wafer's.
type xmlDay struct {
	// date is midnight UTC of the day's date; zero when the day gives none.
	date time.Time
	line int
}

func newParser(r io.Reader, opts schedule.ReadOptions) *parser {
	p := &parser{name: opts.Name, fallback: opts.Location, zoneGiven: opts.ZoneGiven, rooms: roomorder.Rooms{}}
	if p.name == "" {
		p.name = "<input>"
	}
	p.lines = newLineReader(r)
	p.dec = xml.NewDecoder(p.lines)
	p.dec.CharsetReader = input.CharsetReader // DecodeXML made it UTF-8
	// Schedules are written by hand-rolled templates as often as by XML
	// libraries: accept HTML entities such as &nbsp;.
	p.dec.Entity = xml.HTMLEntity
	return p
}

// line is the line the decoder has reached.
func (p *parser) line() int {
	return p.lines.lineAt(p.dec.InputOffset())
}

// run reads the whole file.
func (p *parser) run() error {
	root, err := p.rootElement()
	if err != nil {
		return err
	}
	if root.Name.Local != "schedule" {
		return fmt.Errorf("%s: line %d: <%s>: %w", p.name, p.line(), root.Name.Local, ErrNotSchedule)
	}
	return p.children(p.scheduleChild)
}

// rootElement returns the first start element.
func (p *parser) rootElement() (xml.StartElement, error) {
	for {
		tok, err := p.dec.Token()
		if errors.Is(err, io.EOF) {
			return xml.StartElement{}, fmt.Errorf("%s: line %d: no root element: %w", p.name, p.line(), ErrNotSchedule)
		}
		if err != nil {
			return xml.StartElement{}, p.xmlError(err)
		}
		if start, ok := tok.(xml.StartElement); ok {
			return start, nil
		}
	}
}

// children calls visit for each child element of the element just opened,
// up to its end.
func (p *parser) children(visit func(xml.StartElement) error) error {
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return p.xmlError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := visit(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// xmlError wraps an error from the decoder with the file and line; a file
// that ends inside the schedule is truncated, which callers can tell by
// io.ErrUnexpectedEOF.
func (p *parser) xmlError(err error) error {
	var syntax *xml.SyntaxError
	if errors.As(err, &syntax) && syntax.Msg == "unexpected EOF" {
		return fmt.Errorf("%s: line %d: file ends inside the schedule: %w", p.name, syntax.Line, io.ErrUnexpectedEOF)
	}
	if errors.As(err, &syntax) {
		return fmt.Errorf("%s: line %d: %w", p.name, syntax.Line, err)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: line %d: file ends inside the schedule: %w", p.name, p.line(), io.ErrUnexpectedEOF)
	}
	return fmt.Errorf("%s: line %d: %w", p.name, p.line(), err)
}

func (p *parser) scheduleChild(el xml.StartElement) error {
	switch el.Name.Local {
	case "conference":
		p.confLine = p.line()
		if err := p.dec.DecodeElement(&p.conf, &el); err != nil {
			return p.xmlError(err)
		}
		return nil
	case "day":
		return p.readDay(el)
	}
	return p.skip()
}

func (p *parser) skip() error {
	if err := p.dec.Skip(); err != nil {
		return p.xmlError(err)
	}
	return nil
}

// readDay reads a <day> and the rooms or events in it.
func (p *parser) readDay(el xml.StartElement) error {
	line := p.line()
	day := &xmlDay{line: line}
	if raw := attr(el, "date"); raw != "" {
		date, err := parseDay(raw)
		if err != nil {
			return fmt.Errorf("%s: line %d: <day>: %w", p.name, line, err)
		}
		day.date = date
	}
	p.day = day
	defer func() { p.day = nil }()
	return p.children(p.dayChild)
}

func (p *parser) dayChild(el xml.StartElement) error {
	switch el.Name.Local {
	case "room":
		p.room = sanitize.Text(attr(el, "name"))
		p.rooms.Rank(p.room)
		defer func() { p.room = "" }()
		return p.children(p.roomChild)
	case "event":
		return p.readEvent(el)
	}
	return p.skip()
}

func (p *parser) roomChild(el xml.StartElement) error {
	if el.Name.Local == "event" {
		return p.readEvent(el)
	}
	return p.skip()
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
