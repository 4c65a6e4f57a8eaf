// Package frab reads the schedule JSON that frab and pretalx publish
// (schedule.conference.days[].rooms{name: [events]}), the format of CCC
// events, FOSSGIS, and most conferences run on pretalx, into schedule days.
package frab

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"lanyard/export/internal/input"
	"lanyard/export/internal/richtext"
	"lanyard/store/schedule"
)

// Format is frab and pretalx schedule JSON as lanyard import reads it; it
// skips nothing.
var Format = schedule.Format{
	Name:  "frab-json",
	Label: "frab/pretalx JSON",
	Sniff: Sniff,
	Parse: Parse,
}

// Parse reads a frab or pretalx schedule. The Zone it returns is the
// file's time_zone_name when its timestamps agree with it, else one that
// does (see venueZone), else ""; opts.Location reads times written without
// an offset when the file names no zone lanyard knows, and names the zone
// when it agrees with the file's offsets. Nothing is skipped. Errors name
// the file and the line (broken JSON) or the day and event (a missing
// title, a bad duration).
func Parse(r io.Reader, opts schedule.ReadOptions) (schedule.Parsed, error) {
	name := input.Name(opts.Name)
	data, err := input.ReadAll(r, name)
	if err != nil {
		return schedule.Parsed{}, err
	}
	conf, err := decode(data)
	if err != nil {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", name, err)
	}
	return build(conf, name, opts.Location)
}

// Sniff reports whether the first bytes of a file look like a frab or
// pretalx schedule: a JSON object that mentions "schedule" and
// "conference" as keys near its start, in UTF-8 or UTF-16.
func Sniff(head []byte) bool {
	head = input.Head(head)
	return len(head) > 0 && head[0] == '{' &&
		bytes.Contains(head, []byte(`"schedule"`)) &&
		bytes.Contains(head, []byte(`"conference"`))
}

// decode unmarshals the file and returns its conference. encoding/json
// checks the whole text before decoding, so a syntax error's offset is in
// the file and becomes a line number.
func decode(data []byte) (conf *conference, err error) {
	defer func() {
		if p := recover(); p != nil {
			conf, err = nil, fmt.Errorf("decoding JSON: %v", p)
		}
	}()
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] != '{' && json.Valid(trimmed) {
		return nil, ErrNotSchedule
	}
	var doc document
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, jsonError(data, err)
	}
	if doc.Schedule == nil || doc.Schedule.Conference == nil {
		return nil, ErrNotSchedule
	}
	conf = doc.Schedule.Conference
	conf.base = richtext.Base(doc.Schedule.BaseURL)
	return conf, nil
}

// jsonError puts a line number on the errors that carry an offset into the
// file.
func jsonError(data []byte, err error) error {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return fmt.Errorf("line %d: %w", lineAt(data, syntax.Offset), err)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) && err == error(typ) {
		return fmt.Errorf("line %d: %w", lineAt(data, typ.Offset), err)
	}
	return err
}

// lineAt returns the 1-based line of byte offset off.
func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
