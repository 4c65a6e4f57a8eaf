// Package opml writes notes as OPML 2.0 and reads OPML back, so that notes
// travel to other outliners (Workflowy, Dynalist, Logseq, OmniOutliner) and
// return from them.
//
// A file lanyard writes declares a namespace of its own (Namespace) and
// keeps in its attributes what OPML has no word for: a bullet's kind
// (lanyard:kind) and which outlines are days and talks (lanyard:type).
// Other apps ignore those attributes; Read knows its own files by them and
// gives their bullets back exactly as they were typed. A done bullet also
// carries _complete="true", which Workflowy and Dynalist understand.
//
// Files from other apps are read for what a reader of them would see:
// inline HTML and Markdown become plain text, notes become bullets, and
// check marks become to-dos and done ones (see foreign.go).
package opml

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"lanyard/export/internal/pick"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// Namespace is the XML namespace of lanyard's attributes. It never changes:
// Read recognises lanyard's files by it. The .invalid domain can never be
// registered, so no one else's namespace will ever be the same.
const Namespace = "https://lanyard.invalid/opml/1"

// prefix is the namespace prefix lanyard writes; a reader goes by the
// namespace, whatever prefix a file binds it to.
const prefix = "lanyard"

// The values of lanyard:type.
const (
	typeDay  = "day"
	typeTalk = "talk"
)

// Notes returns a talk's outline, or nil or an empty outline when it has
// none.
type Notes = pick.Notes

// Options says what to write.
type Options struct {
	// All includes talks that have no notes, as outlines without children.
	// Breaks are still left out unless they have notes.
	All bool
	// Abouts are the talks' abstracts, pages and links by talk ID, as the
	// store gives them; a talk's page becomes its outline's url. A talk
	// missing from it uses its own About.
	Abouts map[uint64]schedule.About
}

// Write writes ev as OPML 2.0: the event's name as the head title, then an
// outline per day (its text the day's title) holding an outline per talk
// (its text Talk.Heading, its _note the line of time, slot and room) that
// holds the talk's bullets. The caller has already cut ev down to the days
// and talks wanted; Write leaves out talks without notes (unless
// opts.All), breaks without notes, and days left with nothing to show, as
// the Markdown export does.
func Write(w io.Writer, ev schedule.Event, notes Notes, opts Options) error {
	days, err := pick.Days(ev, notes, opts.All)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	loc := ev.Location()
	out := newWriter(w)
	out.start(eventTitle(ev))
	for _, day := range days {
		out.open(0, day.DayTitle(), attrs{typ: typeDay})
		for _, t := range day.Talks {
			heading, talk := oneLine(t.Heading()), attrs{note: oneLine(t.Meta(loc)), typ: typeTalk, url: pageOf(opts, t.Talk)}
			if hasRows(t.Notes) {
				out.open(1, heading, talk)
				out.bullets(2, t.Notes)
				out.close(1)
			} else {
				out.leaf(1, heading, talk)
			}
		}
		out.close(0)
	}
	return out.finish()
}

// WriteTalk writes one talk's notes as OPML 2.0: title as the head title
// and the bullets directly in the body. A nil outline writes an empty body.
func WriteTalk(w io.Writer, title string, o *outline.Outline) error {
	out := newWriter(w)
	out.start(title)
	if o != nil {
		out.bullets(0, o)
	}
	return out.finish()
}

// hasRows reports whether o has any bullet at all, empty ones included:
// those are written too, so that the tree comes back as it was.
func hasRows(o *outline.Outline) bool { return o != nil && o.Len() > 0 }

// pageOf returns the address of a talk's page when it is a web address,
// "" otherwise: outliners open an outline's url when clicked, and a
// javascript: or file: address from a schedule must not be one.
func pageOf(opts Options, t schedule.Talk) string {
	page := ""
	if a, ok := opts.Abouts[t.ID]; ok {
		page = a.URL
	} else if t.About != nil {
		page = t.About.URL
	}
	page = oneLine(page)
	u, err := url.Parse(page)
	if err != nil || u.Host == "" || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) {
		return ""
	}
	return page
}
