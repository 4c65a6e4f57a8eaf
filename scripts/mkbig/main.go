// Command mkbig writes a notebook for lanyard's speed tests: one event with
// one talk whose outline has as many bullets as asked, and, for comparing
// with other programs, the same notes as Markdown (vim), OPML 2.0 (hnb) and
// an org file (Emacs org-mode).
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
	bullets           int
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
	flag.StringVar(&opts.db, "db", "big.db", "notebook to write (must not exist)")
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
	if _, err := os.Stat(opts.db); err == nil {
		return fmt.Errorf("%s exists", opts.db)
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
	ev, err := writeNotebook(opts.db, o, small)
	if err != nil {
		return err
	}
	notes := func(uint64) (*doc.Outline, error) { return o, nil }
	writers := []struct {
		path  string
		write func(io.Writer) error
	}{
		{opts.md, func(w io.Writer) error { return markdown.Write(w, ev, notes, markdown.Options{}) }},
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

// writeNotebook creates the notebook at path with one event whose one talk
// holds o, and returns the event as stored. With small, o's talk runs
// 08:00-09:00 and a second talk from 09:30 to the day's end holds small.
func writeNotebook(path string, o, small *doc.Outline) (sched.Event, error) {
	nb, err := store.Open(path)
	if err != nil {
		return sched.Event{}, err
	}
	defer nb.Close()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		return sched.Event{}, err
	}
	start := time.Date(2019, 10, 17, 9, 0, 0, 0, loc)
	talks := []sched.Talk{{Title: talkTitle, Kind: sched.KindTalk, Start: start, End: start.Add(8 * time.Hour)}}
	if small != nil {
		talks = []sched.Talk{
			{Title: talkTitle, Kind: sched.KindTalk, Start: start.Add(-time.Hour), End: start},
			{Title: "A small talk", Kind: sched.KindTalk, Start: start.Add(30 * time.Minute), End: start.Add(8 * time.Hour)},
		}
	}
	ev, err := nb.CreateEvent(sched.Event{Name: "Speed test", TZ: "Europe/London", Days: []sched.Day{{Date: "2019-10-17", Talks: talks}}})
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
