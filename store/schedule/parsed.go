package schedule

import (
	"io"
	"time"
)

// ReadOptions says how a schedule reader reads one file.
type ReadOptions struct {
	// Name is the file name, for error messages.
	Name string
	// Location is the venue's zone for times the file gives without one,
	// when it names none. Nil means UTC.
	Location *time.Location
	// ZoneGiven is set when Location is the user's word for the venue's
	// zone (lanyard import --tz), not a guess: a time whose zone the file
	// names but lanyard cannot place is then read in it rather than
	// refused.
	ZoneGiven bool
}

// Parsed is a schedule as a reader found it in a file.
type Parsed struct {
	// Days are in date order, one per venue-local conference day; each
	// day's talks are sorted by start, then by room order, with IDs left 0
	// for the store to assign.
	Days []Day
	// Zone is the venue's IANA zone as the file names it, "" if it names
	// none.
	Zone string
	// Title is the conference's name if the file gives one.
	Title string
	// Talks counts the talks read, and the items inside slots.
	Talks int
	// Skipped counts the entries read but not imported: commentary lines,
	// unscheduled sessions, all-day events. Each reader says what it
	// counts.
	Skipped int
	// Skips lists the first MaxSkips of the entries Skipped counts, with
	// their lines and why, for readers that can say.
	Skips Skips
}

// Format describes one schedule format lanyard reads: each reader in
// export exports one, and lanyard import builds its list of formats, the
// --format help and its summary from them.
type Format struct {
	// Name is the format as --format takes it: "ics".
	Name string
	// Label is the format as the import summary names it: "iCalendar".
	Label string
	// Sniff reports whether a file's first bytes (a byte order mark and
	// leading blanks trimmed) look like this format.
	Sniff func(head []byte) bool
	// Parse reads a whole file.
	Parse func(r io.Reader, opts ReadOptions) (Parsed, error)
	// Skipped is what the summary calls one entry Parsed.Skipped counts,
	// so a user can tell a missing talk from one never there: "line of
	// commentary". "" for a format that skips nothing.
	Skipped string
}
