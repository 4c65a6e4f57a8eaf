// Package sessionize reads a conference schedule published by Sessionize as
// JSON: the "All" view (/view/All), whose sessions name their speakers,
// room and categories by id, and, more loosely, the "Sessions" and
// "GridSmart" views, arrays of groups or days with the sessions inside.
package sessionize

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"lanyard/export/internal/input"
	"lanyard/store/schedule"
)

// Format is Sessionize JSON as lanyard import reads it. It skips the
// sessions accepted but not yet given a time.
var Format = schedule.Format{
	Name:    "sessionize",
	Label:   "Sessionize JSON",
	Sniff:   Sniff,
	Parse:   Parse,
	Skipped: "unscheduled session",
}

// Parse reads a Sessionize JSON file. Sessionize writes most times
// without an offset, meaning wall-clock time at the venue, opts.Location.
// It names no zone and no conference, so Zone and Title are always "".
// Talks counts a session repeated in several rooms (a plenum keynote,
// lunch) once; Skipped counts the sessions listed without a time (accepted
// but not yet placed). It returns an error naming the file and the line for
// JSON it cannot decode, naming the session for a session with no title or
// impossible times, ErrNotSessionize for JSON of another shape and
// ErrNoSchedule when no session has a time. On error the Parsed is empty:
// nothing half-read reaches the notebook.
func Parse(r io.Reader, opts schedule.ReadOptions) (schedule.Parsed, error) {
	p := newParser(opts)
	data, err := input.ReadAll(r, p.name)
	if err != nil {
		return schedule.Parsed{}, err
	}
	drafts, err := p.decode(bytes.TrimPrefix(data, []byte("\ufeff")))
	if err != nil {
		return schedule.Parsed{}, err
	}
	return p.build(drafts)
}

type parser struct {
	name string
	loc  *time.Location
}

func newParser(opts schedule.ReadOptions) *parser {
	p := &parser{name: opts.Name, loc: opts.Location}
	if p.name == "" {
		p.name = "<input>"
	}
	if p.loc == nil {
		p.loc = time.UTC
	}
	return p
}

// decode reads the JSON as whichever view it is and joins each session
// with its room, speakers and track. encoding/json is not expected to
// panic, but a schedule file is untrusted input: a panic in the decoder
// becomes an error naming the file rather than a crash.
func (p *parser) decode(data []byte) (j joined, err error) {
	defer func() {
		if r := recover(); r != nil {
			j, err = joined{}, fmt.Errorf("%s: decoding JSON: %v", p.name, r)
		}
	}()
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 {
		return joined{}, fmt.Errorf("%s: %w: empty file", p.name, ErrNotSessionize)
	}
	switch trimmed[0] {
	case '{':
		var v allView
		if err := json.Unmarshal(data, &v); err != nil {
			return joined{}, p.jsonError(data, err)
		}
		if v.Sessions == nil {
			return joined{}, fmt.Errorf("%s: %w", p.name, ErrNotSessionize)
		}
		return joinAll(v), nil
	case '[':
		var groups []group
		if err := json.Unmarshal(data, &groups); err != nil {
			return joined{}, p.jsonError(data, err)
		}
		j := joinGroups(groups)
		if len(j.drafts) == 0 {
			return joined{}, fmt.Errorf("%s: %w", p.name, ErrNotSessionize)
		}
		return j, nil
	}
	if err := json.Unmarshal(data, new(any)); err != nil {
		return joined{}, p.jsonError(data, err)
	}
	return joined{}, fmt.Errorf("%s: %w", p.name, ErrNotSessionize)
}

// jsonError names the line where encoding/json gave up. A value of the
// wrong type (sessions that are not a list, a title that is a number) means
// the file is not the view this reader knows, so it wraps ErrNotSessionize
// as well.
func (p *parser) jsonError(data []byte, err error) error {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return fmt.Errorf("%s: line %d: %w", p.name, lineAt(data, syntax.Offset), err)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Errorf("%s: line %d: %w: %w", p.name, lineAt(data, typ.Offset), ErrNotSessionize, err)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: line %d: %w", p.name, lineAt(data, int64(len(data))), err)
	}
	return fmt.Errorf("%s: %w", p.name, err)
}

// lineAt returns the 1-based line of byte offset off.
func lineAt(data []byte, off int64) int {
	off = max(0, min(off, int64(len(data))))
	return bytes.Count(data[:off], []byte("\n")) + 1
}
