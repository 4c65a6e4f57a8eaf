// Command mkbig writes a notebook for lanyard's speed tests: one event with
// one talk whose outline has as many bullets as asked, and, for comparing
// with other programs, the same notes as Markdown (vim), OPML 2.0 (hnb) and
// an org file (Emacs org-mode).
//
// With -schedule and -notes it writes the notebook's sources instead of (or
// beside) the notebook: its schedule as Pentabarf XML and every talk's notes
// as the post lanyard exports. Any lanyard, older ones too, then builds the
// same notebook in its own format with `import schedule` and
// `import notes --talk`, so that a benchmark can time an older binary on a
// notebook it can open.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"lanyard/export/markdown"
	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// talkTitle is the one talk's title, also the OPML file's title.
const talkTitle = "The longest talk"

// options are mkbig's flags.
type options struct {
	db, md, opml, org string
	// schedule and notes, if set, receive the notebook's sources (see
	// the package comment).
	schedule, notes string
	bullets         int
	// first and last, if set, replace the first and last bullets' texts,
	// so that a benchmark knows a plain ASCII text that a program opening
	// at the top (or, like lanyard, at the end) shows on its first screen.
	first, last string
	// aside puts the bullets in a talk that ended before the day's other
	// talk, which is on from 09:30 and holds a few bullets, the last of
	// them last: lanyard opens that small talk, and a benchmark sees
	// what the bullets elsewhere in the notebook cost its start.
	aside bool
}

func main() {
	var opts options
	flag.StringVar(&opts.db, "db", "", "notebook to write (must not exist)")
	flag.StringVar(&opts.schedule, "schedule", "", "also write the notebook's schedule as Pentabarf XML to this file")
	flag.StringVar(&opts.notes, "notes", "", "also write every talk's notes as lanyard's Markdown post to this file")
	flag.IntVar(&opts.bullets, "bullets", 100_000, "bullets in the talk")
	flag.StringVar(&opts.md, "md", "", "also write the notes as Markdown to this file")
	flag.StringVar(&opts.opml, "opml", "", "also write the notes as OPML 2.0 to this file")
	flag.StringVar(&opts.org, "org", "", "also write the notes as an org file to this file")
	flag.StringVar(&opts.first, "first", "", "text of the first bullet instead of a generated one")
	flag.StringVar(&opts.last, "last", "", "text of the last bullet instead of a generated one")
	flag.BoolVar(&opts.aside, "aside", false, "put the bullets in a talk before the one on from 09:30, which gets three bullets, -last the last")
	pentabarf := flag.String("pentabarf", "", "write only a Pentabarf schedule of -events events to this file")
	events := flag.Int("events", 1000, "events in the -pentabarf schedule")
	flag.Parse()
	if *pentabarf != "" {
		if err := writePentabarf(*pentabarf, *events); err != nil {
			fmt.Fprintln(os.Stderr, "mkbig:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(opts); err != nil {
		fmt.Fprintln(os.Stderr, "mkbig:", err)
		os.Exit(1)
	}
}

func run(opts options) error {
	if opts.bullets < 1 {
		return fmt.Errorf("-bullets %d: need at least one", opts.bullets)
	}
	if opts.db == "" && opts.schedule == "" {
		return fmt.Errorf("nothing to write: give -db or -schedule")
	}
	if opts.db != "" {
		if _, err := os.Stat(opts.db); err == nil {
			return fmt.Errorf("%s exists", opts.db)
		}
	}
	o := doc.Generate(opts.bullets, 1)
	if opts.first != "" {
		o.SetText(0, opts.first)
	}
	small := (*doc.Outline)(nil)
	if opts.aside {
		small = doc.Generate(3, 2)
		if opts.last != "" {
			small.SetText(small.Len()-1, opts.last)
		}
	} else if opts.last != "" {
		o.SetText(o.Len()-1, opts.last)
	}
	ev := speedTestEvent(small != nil)
	if opts.db != "" {
		var err error
		if ev, err = writeNotebook(opts.db, ev, o, small); err != nil {
			return err
		}
	}
	notes := func(uint64) (*doc.Outline, error) { return o, nil }
	// The post for import holds each talk's own outline; the Markdown for
	// vim holds the big one alone, as it always did.
	allNotes := func(id uint64) (*doc.Outline, error) {
		if small != nil && id == ev.Days[0].Talks[1].ID {
			return small, nil
		}
		return o, nil
	}
	writers := []struct {
		path  string
		write func(io.Writer) error
	}{
		{opts.md, func(w io.Writer) error { return markdown.Write(w, onlyFirstTalk(ev), notes, markdown.Options{}) }},
		{opts.schedule, func(w io.Writer) error { return writeSchedule(w, ev) }},
		{opts.notes, func(w io.Writer) error { return markdown.Write(w, ev, allNotes, markdown.Options{}) }},
		{opts.opml, func(w io.Writer) error { return writeOPML(w, talkTitle, o) }},
		{opts.org, func(w io.Writer) error { return writeOrg(w, o) }},
	}
	for _, wr := range writers {
		if wr.path == "" {
			continue
		}
		if err := writeFile(wr.path, wr.write); err != nil {
			return err
		}
	}
	return nil
}

// speedTestEvent is the notebook's one event: one talk from 09:00 to the
// day's end, or with aside a talk 08:00-09:00 (for the big outline) and a
// second from 09:30 (for the small one). Talks are numbered from 1 until a
// notebook gives them IDs.
func speedTestEvent(aside bool) sched.Event {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err) // the zone database is in the binary (time/tzdata)
	}
	start := time.Date(2019, 10, 17, 9, 0, 0, 0, loc)
	talks := []sched.Talk{{ID: 1, Title: talkTitle, Kind: sched.KindTalk, Start: start, End: start.Add(8 * time.Hour)}}
	if aside {
		talks = []sched.Talk{
			{ID: 1, Title: talkTitle, Kind: sched.KindTalk, Start: start.Add(-time.Hour), End: start},
			{ID: 2, Title: "A small talk", Kind: sched.KindTalk, Start: start.Add(30 * time.Minute), End: start.Add(8 * time.Hour)},
		}
	}
	return sched.Event{Name: "Speed test", TZ: "Europe/London", Days: []sched.Day{{Date: "2019-10-17", Talks: talks}}}
}

// onlyFirstTalk returns ev with its first talk alone.
func onlyFirstTalk(ev sched.Event) sched.Event {
	day := ev.Days[0]
	day.Talks = day.Talks[:1]
	ev.Days = []sched.Day{day}
	return ev
}

// writeNotebook creates the notebook at path with ev, o in its first talk
// and small, if any, in its second, and returns the event as stored.
func writeNotebook(path string, ev sched.Event, o, small *doc.Outline) (sched.Event, error) {
	nb, err := store.Open(path)
	if err != nil {
		return sched.Event{}, err
	}
	defer nb.Close()
	for i := range ev.Days[0].Talks {
		ev.Days[0].Talks[i].ID = 0 // the store numbers them
	}
	ev, err = nb.CreateEvent(ev)
	if err != nil {
		return sched.Event{}, err
	}
	if err := nb.SaveOutline(ev.Days[0].Talks[0].ID, doc.Changes{Put: o.Nodes()}); err != nil {
		return sched.Event{}, err
	}
	if small != nil {
		if err := nb.SaveOutline(ev.Days[0].Talks[1].ID, doc.Changes{Put: small.Nodes()}); err != nil {
			return sched.Event{}, err
		}
	}
	return ev, nil
}

// writeFile writes path through write, all at once, so that a failed
// write leaves no half file for a benchmark to time.
func writeFile(path string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
