package ical

import (
	"bytes"
	"fmt"
	"strings"
)

// maxDepth bounds how deep components nest. A calendar holds events that
// hold alarms: three levels; anything much deeper is not a schedule.
const maxDepth = 8

// maxParamBytes bounds the name and parameters of one content line.
// go-ical builds parameter values a byte at a time, which costs the square
// of their length; real parameters (TZID, CN, CHARSET) are short.
const maxParamBytes = 8 << 10

// eventLines records where a VEVENT's properties are in the file, since
// go-ical's decoded components carry no line numbers.
type eventLines struct {
	// begin is the line of the event's BEGIN:VEVENT.
	begin int
	// props maps a property name to the lines it appears on, in order:
	// the k-th value go-ical holds under that name is on props[name][k].
	props map[string][]int
}

// line returns the line of the k-th property called name, or the event's
// BEGIN line when there is none.
func (e eventLines) line(name string, k int) int {
	if nums := e.props[name]; k < len(nums) {
		return nums[k]
	}
	return e.begin
}

// outline is what the structural scan learnt about a file.
type outline struct {
	// events are the VEVENTs directly inside the calendar, in file order.
	events []eventLines
	// used is how many content lines the calendar takes; anything after
	// its END:VCALENDAR is ignored.
	used int
}

// scan checks the BEGIN/END structure of the content lines and records
// where each event's properties are. It finds, with their lines, the
// errors go-ical would report without one: a component that never ends,
// an END that closes the wrong component, a line with no property name.
func scan(lines []contentLine) (outline, error) {
	if len(lines) == 0 || !isBegin(lines[0].text, "VCALENDAR") {
		return outline{}, ErrNotICalendar
	}
	var out outline
	var stack []contentLine
	var current *eventLines
	for i, l := range lines {
		name, at, err := splitLine(l.text)
		if err != nil {
			return outline{}, fmt.Errorf("line %d: %w", l.num, err)
		}
		value := ""
		if name == "BEGIN" || name == "END" {
			value = string(bytes.TrimSpace(l.text[at:]))
		}
		switch name {
		case "BEGIN":
			if len(stack) == maxDepth {
				return outline{}, fmt.Errorf("line %d: %w", l.num, ErrTooDeep)
			}
			stack = append(stack, l)
			if len(stack) == 2 && strings.EqualFold(value, "VEVENT") {
				out.events = append(out.events, eventLines{begin: l.num, props: map[string][]int{}})
				current = &out.events[len(out.events)-1]
			}
		case "END":
			open := stack[len(stack)-1]
			_, at, _ := splitLine(open.text)
			begun := string(bytes.TrimSpace(open.text[at:]))
			if !strings.EqualFold(value, begun) {
				return outline{}, fmt.Errorf("line %d: %w: END:%s closes BEGIN:%s of line %d",
					l.num, ErrMalformed, clip(value), clip(begun), open.num)
			}
			stack = stack[:len(stack)-1]
			if len(stack) < 2 {
				current = nil
			}
			if len(stack) == 0 {
				out.used = i + 1
				return out, nil
			}
		default:
			if current != nil && len(stack) == 2 {
				current.props[name] = append(current.props[name], l.num)
			}
		}
	}
	open := stack[len(stack)-1]
	return outline{}, fmt.Errorf("line %d: %s: %w", open.num, clip(string(open.text)), ErrTruncated)
}

// isBegin reports whether line is BEGIN:<component>.
func isBegin(line []byte, component string) bool {
	name, at, err := splitLine(line)
	return err == nil && name == "BEGIN" && strings.EqualFold(string(bytes.TrimSpace(line[at:])), component)
}

// splitLine returns a content line's property name, upper-cased as go-ical
// keeps it, and where its value starts: after the first colon outside a
// quoted parameter value.
func splitLine(line []byte) (name string, valueAt int, err error) {
	end := bytes.IndexAny(line, ";:")
	if end <= 0 {
		return "", 0, fmt.Errorf("%w: %q is not NAME:VALUE", ErrMalformed, clip(string(line)))
	}
	name = strings.ToUpper(string(line[:end]))
	quoted := false
	for i := end; i < len(line); i++ {
		switch {
		case i > maxParamBytes:
			return "", 0, fmt.Errorf("%w: %s parameters longer than %d bytes", ErrMalformed, clip(name), maxParamBytes)
		case line[i] == '"':
			quoted = !quoted
		case line[i] == ':' && !quoted:
			return name, i + 1, nil
		}
	}
	return "", 0, fmt.Errorf("%w: %s has no value (no colon)", ErrMalformed, clip(name))
}

// clip shortens text quoted in an error message.
func clip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	return strings.ToValidUTF8(s[:max], "") + "…"
}
