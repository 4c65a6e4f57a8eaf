// Package readertest holds what the schedule readers' tests share: the
// invariants every reader keeps whatever its input, the one-line form tests
// compare talks in, and the files they read. It is imported only from
// _test.go files.
package readertest

import (
	"io"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"lanyard/export/internal/richtext"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// Parser is a schedule reader's Parse.
type Parser func(r io.Reader, opts schedule.ReadOptions) (schedule.Parsed, error)

// Limits are the bounds a reader keeps beyond those every reader keeps.
type Limits struct {
	// MaxLength is the longest a talk may run; 0 for no bound.
	MaxLength time.Duration
	// Turnover is how far into the calendar day after its day a talk may
	// start in the venue's zone (days.NightOwl for most readers). 0 leaves the
	// day's date unchecked, for a reader that keeps the day a file lists a
	// talk under whatever date the talk gives.
	Turnover time.Duration
}

// CheckParse parses text as a fuzz target does and fails t when the reader
// breaks a promise a user relies on. On an error: the message names the
// file and nothing half-read comes back. On success: days are in date
// order and unique, each day's talks sorted by start and on that day in
// the venue's zone, no talk ends before it starts, every title is there,
// no text could move a terminal's cursor or hide what it says, and Talks
// counts what the days hold.
func CheckParse(t *testing.T, parse Parser, text string, opts schedule.ReadOptions, lim Limits) {
	t.Helper()
	res, err := parse(strings.NewReader(text), opts)
	if err != nil {
		if !strings.HasPrefix(err.Error(), opts.Name+": ") {
			t.Fatalf("error does not name the file: %v", err)
		}
		if res.Days != nil || res.Talks != 0 || res.Skipped != 0 || res.Zone != "" || res.Title != "" {
			t.Fatalf("partial result with %v: %+v", err, res)
		}
		return
	}
	venue := venueZone(t, res.Zone, opts.Location)
	n := 0
	for i, day := range res.Days {
		if i > 0 && res.Days[i-1].Date >= day.Date {
			t.Fatalf("days out of order: %s then %s", res.Days[i-1].Date, day.Date)
		}
		for j, talk := range day.Talks {
			if j > 0 && talk.Start.Before(day.Talks[j-1].Start) {
				t.Fatalf("talks out of order on %s", day.Date)
			}
			if lim.Turnover > 0 {
				checkDay(t, day.Date, talk, venue, lim.Turnover)
			}
			checkTalk(t, talk, lim.MaxLength)
			for _, item := range talk.Items {
				checkTalk(t, item, lim.MaxLength)
			}
			n += 1 + len(talk.Items)
		}
	}
	if n != res.Talks || n == 0 {
		t.Fatalf("Talks = %d, days hold %d", res.Talks, n)
	}
	if len(res.Skips) > res.Skipped || len(res.Skips) > schedule.MaxSkips {
		t.Fatalf("%d skips listed, %d counted", len(res.Skips), res.Skipped)
	}
	for _, skip := range res.Skips {
		if skip.Why == "" || skip.Line < 0 || !utf8.ValidString(skip.Text) || strings.ContainsFunc(skip.Text, unsafe) {
			t.Fatalf("skip %+v", skip)
		}
	}
}

// venueZone is the zone the reader put talks on days in: the one the file
// names, else the caller's, else UTC.
func venueZone(t *testing.T, zone string, fallback *time.Location) *time.Location {
	t.Helper()
	if zone != "" {
		return MustZone(t, zone)
	}
	if fallback != nil {
		return fallback
	}
	return time.UTC
}

// checkDay fails when a talk starts on neither its day's date nor, before
// turnover, the next calendar day.
func checkDay(t *testing.T, date string, talk schedule.Talk, venue *time.Location, turnover time.Duration) {
	t.Helper()
	local := talk.Start.In(venue)
	start := local.Format(schedule.DateLayout)
	if start == date {
		return
	}
	clock := time.Duration(local.Hour())*time.Hour + time.Duration(local.Minute())*time.Minute
	before := local.AddDate(0, 0, -1).Format(schedule.DateLayout)
	if before != date || clock >= turnover {
		t.Fatalf("%q starts %v, not on its day %s", talk.Title, local, date)
	}
}

// checkTalk fails when a talk could not be shown: an end before its start
// or past maxLength (when not 0), no title, an ID the store should have
// given, or text that is not UTF-8 or holds control or invisible
// characters a terminal would obey or hide.
func checkTalk(t *testing.T, talk schedule.Talk, maxLength time.Duration) {
	t.Helper()
	if talk.End.Before(talk.Start) || maxLength > 0 && talk.End.Sub(talk.Start) > maxLength {
		t.Fatalf("%q runs %v to %v", talk.Title, talk.Start, talk.End)
	}
	if strings.TrimSpace(talk.Title) == "" {
		t.Fatalf("talk with no title: %+v", talk)
	}
	if talk.ID != 0 {
		t.Fatalf("%q has ID %d before the store saw it", talk.Title, talk.ID)
	}
	texts := append([]string{talk.Title, talk.Room, talk.Track, talk.SourceID}, talk.Speakers...)
	for _, s := range texts {
		if !utf8.ValidString(s) {
			t.Fatalf("%q is not UTF-8", s)
		}
		if strings.ContainsFunc(s, unsafe) {
			t.Fatalf("%q keeps control or invisible characters", s)
		}
	}
	checkAbout(t, talk)
}

// checkAbout fails when what a talk is about could harm or flood the
// screen: text that is not UTF-8 or holds control characters other than
// line breaks, texts or links past richtext's limits, an About that says
// nothing (it must then be nil), or an address a terminal link should
// never open.
func checkAbout(t *testing.T, talk schedule.Talk) {
	t.Helper()
	a := talk.About
	if a == nil {
		return
	}
	if a.IsZero() {
		t.Fatalf("%q has an empty About, not nil", talk.Title)
	}
	lines := []string{a.Subtitle, a.Language, a.URL}
	for _, l := range a.Links {
		lines = append(lines, l.Title, l.URL)
		if l.Title == "" || !safeURL(l.URL) {
			t.Fatalf("%q: link %q %q", talk.Title, l.Title, l.URL)
		}
	}
	for _, s := range lines {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, unsafe) || len(s) > richtext.MaxText {
			t.Fatalf("%q: unsafe line %q", talk.Title, s)
		}
	}
	for _, s := range []string{a.Abstract, a.Description} {
		if !utf8.ValidString(s) || len(s) > richtext.MaxText || strings.ContainsFunc(s, func(r rune) bool { return r != '\n' && unsafe(r) }) {
			t.Fatalf("%q: unsafe text %q", talk.Title, s)
		}
	}
	if a.URL != "" && !safeURL(a.URL) || len(a.Links) > richtext.MaxLinks {
		t.Fatalf("%q: page %q, %d links", talk.Title, a.URL, len(a.Links))
	}
}

// safeURL reports whether an address is one a user may follow from
// lanyard: http, https or mailto.
func safeURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "mailto:")
}

func unsafe(r rune) bool { return unicode.IsControl(r) || sanitize.IsInvisible(r) }
