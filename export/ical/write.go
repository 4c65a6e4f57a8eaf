package ical

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// ProdID names lanyard as the maker of the calendars it writes.
const ProdID = "-//lanyard//lanyard conference notebook//EN"

// ErrNoTalks means an export found no talk to write: none attended, or
// none in the day asked for.
var ErrNoTalks = errors.New("no talks to export")

// WriteOptions says what Write writes.
type WriteOptions struct {
	// All writes every talk, plenary, slot item and break of the event
	// (breaks as free time); without it only the talks the user marked
	// attended go out. Dropped talks never do: they are no longer on.
	// The user's own pages go out only when attended, since most are
	// notes rather than appointments.
	All bool
	// Identity names the notebook; it makes the UIDs of talks whose
	// source gave no identifier (talks the user added) stable and unique.
	Identity string
	// Stamp is the DTSTAMP of every event: when the file was made.
	Stamp time.Time
	// Abouts are the talks' abstracts, pages and links by talk ID, as
	// the store gives them; a talk missing from it uses its own About.
	Abouts map[uint64]schedule.About
}

// entry is one VEVENT to write: a talk, or a slot's item with the slot's
// times and room where it has none of its own.
type entry struct {
	talk schedule.Talk
	slot string
}

// Write writes ev's talks as an iCalendar file (RFC 5545): one VEVENT a
// talk, its times in the venue's zone with that zone's VTIMEZONE (UTC
// times when the venue keeps UTC or has no named zone). The caller cuts
// ev down to the days wanted. It returns ErrNoTalks, writing nothing,
// when no talk is to go out.
func Write(w io.Writer, ev schedule.Event, opts WriteOptions) error {
	entries := selectTalks(ev, opts.All)
	if len(entries) == 0 {
		return ErrNoTalks
	}
	cw := calendarWriter{lw: &lineWriter{w: bufio.NewWriter(w)}, opts: opts, ev: ev}
	cw.setZone(ev.Location())
	cw.header(entries)
	for _, e := range entries {
		cw.event(e)
	}
	cw.lw.line("END", "VCALENDAR")
	if err := cw.lw.flush(); err != nil {
		return fmt.Errorf("ics: %w", err)
	}
	return nil
}

// selectTalks returns the talks to write, in schedule order.
func selectTalks(ev schedule.Event, all bool) []entry {
	var out []entry
	wanted := func(t schedule.Talk) bool {
		if t.Dropped || t.Start.IsZero() {
			return false
		}
		return t.Attended || (all && t.Kind != schedule.KindPage)
	}
	for _, d := range ev.Days {
		for _, t := range d.Talks {
			n := len(out)
			for _, item := range t.Items {
				if item.Start.IsZero() {
					item.Start, item.End = t.Start, t.End
				}
				if item.Room == "" {
					item.Room = t.Room
				}
				if wanted(item) {
					out = append(out, entry{talk: item, slot: t.Title})
				}
			}
			// A slot goes out itself when it has no items, or when it is
			// attended and none of its items is.
			if wanted(t) && (len(t.Items) == 0 || (t.Attended && len(out) == n)) {
				out = append(out, entry{talk: t})
			}
		}
	}
	return out
}

// calendarWriter writes one calendar.
type calendarWriter struct {
	lw   *lineWriter
	opts WriteOptions
	ev   schedule.Event
	loc  *time.Location
	// tzid is the TZID times are written in, "" for UTC times.
	tzid string
}

// setZone decides how times are written: in the venue's named zone, or
// in UTC when it is UTC or unnamed (an event with no zone is shown in
// the laptop's, which a calendar elsewhere cannot know).
func (cw *calendarWriter) setZone(loc *time.Location) {
	cw.loc = loc
	switch name := loc.String(); {
	case loc == time.Local, utcNames[name]:
	default:
		cw.tzid = name
	}
}

// utcNames are the zone names that mean UTC.
var utcNames = map[string]bool{"UTC": true, "Etc/UTC": true, "Etc/Universal": true,
	"Universal": true, "Zulu": true, "Etc/Zulu": true, "Etc/UCT": true, "UCT": true}

// header writes the calendar's properties and the venue's VTIMEZONE.
func (cw *calendarWriter) header(entries []entry) {
	lw := cw.lw
	lw.line("BEGIN", "VCALENDAR")
	lw.line("VERSION", "2.0")
	lw.text("PRODID", ProdID)
	lw.line("CALSCALE", "GREGORIAN")
	lw.line("METHOD", "PUBLISH")
	if name := oneLine(cw.ev.Name); name != "" {
		lw.text("X-WR-CALNAME", name)
	}
	if cw.tzid == "" {
		if cw.loc != time.Local {
			lw.line("X-WR-TIMEZONE", "UTC") // so a reader knows the venue keeps UTC
		}
		return
	}
	lw.text("X-WR-TIMEZONE", cw.tzid)
	from, until := entries[0].talk.Start, entries[0].talk.Start
	for _, e := range entries {
		from = earliest(from, e.talk.Start)
		until = latest(until, e.talk.Start, e.talk.End)
	}
	writeTimezone(lw, escapeParam(cw.tzid), cw.loc, from, until)
}

// event writes one VEVENT.
func (cw *calendarWriter) event(e entry) {
	lw, t := cw.lw, e.talk
	about := cw.about(t)
	lw.line("BEGIN", "VEVENT")
	lw.text("UID", uid(cw.ev, t, cw.opts.Identity))
	lw.line("DTSTAMP", cw.opts.Stamp.UTC().Format(utcLayout))
	cw.time("DTSTART", t.Start)
	if t.End.After(t.Start) {
		cw.time("DTEND", t.End)
	}
	lw.text("SUMMARY", summary(t))
	if room := oneLine(t.Room); room != "" {
		lw.text("LOCATION", room)
	}
	if track := oneLine(t.Track); track != "" {
		lw.text("CATEGORIES", track)
	}
	if d := description(t, e.slot, about); d != "" {
		lw.text("DESCRIPTION", d)
	}
	if page := webURL(about.URL); page != "" {
		lw.line("URL", page)
	}
	if t.Kind == schedule.KindBreak {
		lw.line("TRANSP", "TRANSPARENT") // a break blocks no time
	}
	lw.line("END", "VEVENT")
}

// time writes a DATE-TIME property in the venue's zone, or in UTC.
func (cw *calendarWriter) time(name string, at time.Time) {
	if cw.tzid == "" {
		cw.lw.line(name, at.UTC().Format(utcLayout))
		return
	}
	cw.lw.line(name+";TZID="+escapeParam(cw.tzid), at.In(cw.loc).Format(localLayout))
}

// about returns what the talk is about: the store's, else the talk's own.
func (cw *calendarWriter) about(t schedule.Talk) schedule.About {
	if a, ok := cw.opts.Abouts[t.ID]; ok {
		return a
	}
	if t.About != nil {
		return *t.About
	}
	return schedule.About{}
}

// summary is the event's title: the talk's, cleaned, with a placeholder
// for a talk that has none, since calendar apps show a blank otherwise.
func summary(t schedule.Talk) string {
	if title := oneLine(t.Title); title != "" {
		return title
	}
	return "(untitled)"
}

// description is what a calendar app shows inside the event: who speaks
// (first, as "Speakers: A, B", which lanyard's reader takes back), the
// slot, subtitle, abstract and description, the links and the page.
func description(t schedule.Talk, slot string, a schedule.About) string {
	var parts []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	var names []string
	for _, s := range t.Speakers {
		if s = oneLine(s); s != "" {
			names = append(names, s)
		}
	}
	switch len(names) {
	case 0:
	case 1:
		add("Speaker: " + names[0])
	default:
		add("Speakers: " + strings.Join(names, ", "))
	}
	if slot = oneLine(slot); slot != "" {
		add("Part of: " + slot)
	}
	add(oneLine(a.Subtitle))
	add(a.Abstract)
	if a.Description != a.Abstract {
		add(a.Description)
	}
	add(linkLines(a.Links))
	if page := webURL(a.URL); page != "" {
		add("Page: " + page)
	}
	return strings.Join(parts, "\n\n")
}

// linkLines lists a talk's links one a line, "Title: URL".
func linkLines(links []schedule.Link) string {
	var lines []string
	for _, l := range links {
		u := webURL(l.URL)
		if u == "" {
			continue
		}
		if title := oneLine(l.Title); title != "" && title != u {
			lines = append(lines, title+": "+u)
		} else {
			lines = append(lines, u)
		}
	}
	return strings.Join(lines, "\n")
}

// webURL returns s when it is an http(s) or mailto address, made safe for
// a URI value (spaces and other characters a URI cannot hold percent
// encoded); "" otherwise, so that no javascript: or file: link reaches a
// calendar.
func webURL(s string) string {
	// Spaces are no part of a URI; encoded, one typed into an address
	// stays in it instead of ending the value.
	s = strings.ReplaceAll(strings.TrimSpace(sanitize.Line(s)), " ", "%20")
	u, err := url.Parse(s)
	if err != nil || u.Host == "" && u.Scheme != "mailto" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return u.String()
	}
	return ""
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a time.Time, more ...time.Time) time.Time {
	for _, b := range more {
		if b.After(a) {
			a = b
		}
	}
	return a
}

// oneLine makes a field one clean line: unsafe characters gone, runs of
// space one space. Unlike sanitize.Text it leaves "&amp;" and "<b>" as
// they are: the notebook's text was cleaned when it was read, and what is
// left of such text now is what the user sees.
func oneLine(s string) string {
	return strings.Join(strings.Fields(sanitize.Line(s)), " ")
}
