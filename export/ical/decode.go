package ical

import (
	"bytes"
	"fmt"

	goical "github.com/emersion/go-ical"
)

// decoded is a calendar as go-ical read it, with the lines of its events.
type decoded struct {
	cal    *goical.Calendar
	events []decodedEvent
}

// decodedEvent is one VEVENT and where its properties are in the file.
type decodedEvent struct {
	comp  *goical.Component
	lines eventLines
}

// decode unfolds data, checks its structure and has go-ical read it. go-ical
// gets the lines we unfolded, one per line and CRLF-terminated, never the
// raw file: it would unfold after decoding UTF-8 and so garble a character
// split across a fold, and it knows neither CR CR LF nor lone CR line ends.
func decode(data []byte) (decoded, error) {
	lines := unfold(data)
	shape, err := scan(lines)
	if err != nil {
		return decoded{}, err
	}
	lines = lines[:shape.used]
	cal, err := decodeCalendar(joinLines(lines))
	if err != nil {
		return decoded{}, locate(lines, err)
	}
	var events []*goical.Component
	for _, child := range cal.Children {
		if child.Name == goical.CompEvent {
			events = append(events, child)
		}
	}
	if len(events) != len(shape.events) {
		return decoded{}, fmt.Errorf("%w: found %d events, go-ical read %d", ErrMalformed, len(shape.events), len(events))
	}
	out := decoded{cal: cal, events: make([]decodedEvent, len(events))}
	for i, comp := range events {
		out.events[i] = decodedEvent{comp: comp, lines: shape.events[i]}
	}
	return out, nil
}

// joinLines writes content lines as go-ical reads them.
func joinLines(lines []contentLine) []byte {
	n := 0
	for _, l := range lines {
		n += len(l.text) + 2
	}
	buf := make([]byte, 0, n)
	for _, l := range lines {
		buf = append(buf, l.text...)
		buf = append(buf, '\r', '\n')
	}
	return buf
}

// decodeCalendar runs go-ical's decoder, turning its panics (it indexes
// past the end of some malformed parameter lists) into errors.
func decodeCalendar(data []byte) (cal *goical.Calendar, err error) {
	defer func() {
		if p := recover(); p != nil {
			cal, err = nil, fmt.Errorf("%w: %v", ErrMalformed, p)
		}
	}()
	cal, err = goical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return cal, nil
}

// locate finds the line go-ical failed on by having it read each property
// line alone, which costs nothing on the usual path where the file is fine.
func locate(lines []contentLine, err error) error {
	for _, l := range lines {
		name, _, splitErr := splitLine(l.text)
		if splitErr != nil || name == "BEGIN" || name == "END" {
			continue
		}
		probe := make([]byte, 0, len(l.text)+40)
		probe = append(probe, "BEGIN:VCALENDAR\r\n"...)
		probe = append(probe, l.text...)
		probe = append(probe, "\r\nEND:VCALENDAR\r\n"...)
		if _, lineErr := decodeCalendar(probe); lineErr != nil {
			return fmt.Errorf("line %d: %w", l.num, lineErr)
		}
	}
	return err
}
