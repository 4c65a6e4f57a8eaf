package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"lanyard/export/markdown"
	"lanyard/export/opml"
	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// exportFlags are what `lanyard export` takes.
type exportFlags struct {
	event, day, out, dir, format, template string
	// talk is --talk as given, talkID what it names, 0 when not given.
	talk                                  string
	talkID                                uint64
	all, frontMatter, printTemplate       bool
	literal                               bool
	tags                                  []string
	noTakeaways, noFollowUps, noResources bool
}

func newExportCommand(g *globals) *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write notes as a Markdown blog post or OPML, or your talks as iCalendar",
		Long: `Write notes as a blog post in Markdown: a title, the takeaways (★ bullets)
and follow-ups (open to-dos) gathered at the top, each talk with its
speakers, time and room and its notes as nested lists, and every link at the
end under Resources. Or as OPML 2.0, which Workflowy, Dynalist, Logseq and
OmniOutliner import. Or the talks you attend as iCalendar (--format ics, or
-o FILE.ics) for your calendar app (more below).

Exports the event opened last unless --event, --day or --talk says otherwise.
Talks without notes are left out unless --all.

Inline Markdown typed in notes stays Markdown in the post: ` + "`code`" + `,
*emphasis*, **strong**, [links](https://…) and <https://…>. --literal
writes notes exactly as typed instead, every mark escaped. OPML keeps
notes as typed either way, as outliners read them.

--dir writes one file per talk, named after its date and title, with front
matter, the way Hugo and Jekyll keep content. --template FILE lays the post
out your way (Go text/template; --print-template shows the default one to
start from, and README.md documents the data).

--format ics writes the talks marked attended (with --all: every talk,
parallel item and break of the event, breaks as free time; with --day: one
day) as an iCalendar file: times in the venue's zone with its VTIMEZONE,
room, track, speakers, abstract, links and page. Each talk keeps its UID
from one export to the next, so importing the file again updates your
calendar instead of doubling it. Dropped talks never go out; your own
pages only when marked attended.`,
		Example: `  lanyard export --day 1 --front-matter -o day1.md
  lanyard export --talk 42 | pandoc -o talk.html
  lanyard export --dir site/content/notes
  lanyard export --format opml -o notes.opml
  lanyard export --format ics -o my-talks.ics`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.printTemplate {
				_, err := io.WriteString(cmd.OutOrStdout(), markdown.DefaultTemplate)
				return err
			}
			settings, err := g.settings(cmd)
			if err != nil {
				return err
			}
			sayProblems(cmd.ErrOrStderr(), settings.Problems())
			f = f.withSettings(settings)
			if cmd.Flags().Changed("talk") {
				id, err := parseTalkID(f.talk)
				if err != nil {
					return err
				}
				f.talkID = id
			}
			if f.dir == "-" {
				return errors.New("--dir -: one file per talk cannot go to standard output; give a folder, or -o - for the whole post")
			}
			if !cmd.Flags().Changed("front-matter") && f.dir != "" {
				f.frontMatter = true // Hugo and Jekyll content needs it
			}
			return runExport(cmd, g, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.event, "event", "", "event: its ID (lanyard events) or the start of its name (default: the one opened last)")
	fl.StringVar(&f.day, "day", "", "one day: a date (2019-10-17) or its number (1)")
	fl.StringVar(&f.talk, "talk", "", "one talk, by the ID lanyard talks shows")
	fl.BoolVar(&f.all, "all", false, "include talks that have no notes (ics: every talk, not only those attended)")
	fl.StringVarP(&f.out, "output", "o", "", "write to this file (- or none: standard output)")
	fl.StringVar(&f.dir, "dir", "", "write one file per talk into this folder")
	fl.StringVar(&f.format, "format", "", "markdown, opml or ics (default: from -o's extension, else markdown)")
	fl.BoolVar(&f.frontMatter, "front-matter", false, "start with YAML front matter: title, date, tags (on with --dir)")
	fl.StringArrayVar(&f.tags, "tag", nil, "a tag for the front matter, repeatable (default: the event's name and the talks' tracks)")
	fl.BoolVar(&f.noTakeaways, "no-takeaways", false, "leave out the Takeaways section")
	fl.BoolVar(&f.noFollowUps, "no-follow-ups", false, "leave out the Follow-ups section")
	fl.BoolVar(&f.noResources, "no-resources", false, "leave out the Resources section")
	fl.BoolVar(&f.literal, "literal", false, "write notes exactly as typed, every Markdown mark in them escaped")
	fl.StringVar(&f.template, "template", "", "lay the post out with this Go text/template")
	fl.BoolVar(&f.printTemplate, "print-template", false, "print the default template and exit")
	cmd.MarkFlagsMutuallyExclusive("output", "dir")
	return cmd
}

// templateLimits bound a run of the user's --template; a variable so
// that tests can see a runaway template stopped without waiting for it.
var templateLimits = markdown.DefaultLimits

// exporter writes one post in the chosen format.
type exporter struct {
	opml bool
	// ics writes the talks as iCalendar instead of notes.
	ics bool
	md  markdown.Options
}

func runExport(cmd *cobra.Command, g *globals, f exportFlags) error {
	x, err := newExporter(f)
	if err != nil {
		return err
	}
	nb, err := g.openToRead()
	if err != nil {
		return err
	}
	defer nb.Close()
	ev, notes, err := exportScope(nb, f)
	if err != nil {
		return err
	}
	if x.md.Abouts, err = nb.Abouts(ev.ID); err != nil {
		return err
	}
	if x.ics {
		return x.writeICS(cmd, nb, ev, f)
	}
	if f.dir != "" {
		return x.writeDir(cmd.OutOrStdout(), f.dir, nb.Path(), ev, notes)
	}
	var buf bytes.Buffer
	if err := x.write(&buf, ev, notes); err != nil {
		return err
	}
	if f.out == "" || f.out == "-" {
		_, err = cmd.OutOrStdout().Write(buf.Bytes())
		return err
	}
	return writeExport(f.out, buf.Bytes(), nb.Path())
}

// newExporter checks the format and template before anything is read.
func newExporter(f exportFlags) (exporter, error) {
	x := exporter{md: markdown.Options{
		All: f.all || f.talkID != 0, FrontMatter: f.frontMatter, Tags: f.tags,
		NoTakeaways: f.noTakeaways, NoFollowUps: f.noFollowUps, NoResources: f.noResources,
		Literal: f.literal,
	}}
	switch format := strings.ToLower(f.format); {
	case format == "opml":
		x.opml = true
	case format == "ics" || format == "ical" || format == "icalendar":
		x.ics = true
	case format == "markdown" || format == "md":
	case format != "":
		return x, fmt.Errorf("--format %s: lanyard exports markdown, opml or ics", f.format)
	default:
		x.opml = strings.EqualFold(filepath.Ext(f.out), ".opml")
		x.ics = strings.EqualFold(filepath.Ext(f.out), ".ics")
	}
	if x.ics {
		return x, checkICSFlags(f)
	}
	if f.template != "" {
		if x.opml {
			return x, errors.New("--template lays out Markdown; it does not apply to OPML")
		}
		raw, err := readBounded(f.template, "a template")
		if err != nil {
			return x, fmt.Errorf("--template: %w", err)
		}
		// Named by its path: a message about it says which file to open.
		x.md.Limits = templateLimits
		if x.md.Template, err = markdown.ParseTemplate(f.template, string(raw)); err != nil {
			return x, fmt.Errorf("--template %s: %w", f.template, err)
		}
	}
	return x, nil
}

// write writes ev as one post.
func (x exporter) write(w io.Writer, ev sched.Event, notes markdown.Notes) error {
	if !x.opml {
		return markdown.Write(w, ev, notes, x.md)
	}
	if talk, ok := soleTalk(ev); ok {
		o, err := notes(talk.ID)
		if err != nil {
			return err
		}
		if o == nil {
			o = doc.New()
		}
		return opml.WriteTalk(w, talk.Heading(), o)
	}
	return opml.Write(w, ev, notes, opml.Options{All: x.md.All, Abouts: x.md.Abouts})
}

// soleTalk returns the talk of an event cut down to one talk (or one item
// under its slot).
func soleTalk(ev sched.Event) (sched.Talk, bool) {
	if len(ev.Days) != 1 || len(ev.Days[0].Talks) != 1 {
		return sched.Talk{}, false
	}
	t := ev.Days[0].Talks[0]
	switch len(t.Items) {
	case 0:
		return t, true
	case 1:
		return t.Items[0], true
	}
	return sched.Talk{}, false
}

// exportScope cuts the notebook down to what the flags ask for.
func exportScope(nb *store.Notebook, f exportFlags) (sched.Event, markdown.Notes, error) {
	if f.talkID != 0 {
		return oneTalk(nb, f)
	}
	ev, err := pickEvent(nb, f.event)
	if err == nil {
		ev, err = onlyDay(ev, f.day)
	}
	return ev, nb.LoadOutline, err
}

// oneTalk cuts the notebook down to one talk: its event, its day, and the
// talk alone (a parallel item stays under its slot, without the slot's own
// notes). --event and --day, when given too, must be the talk's: a talk
// elsewhere is refused rather than exported against what they say.
func oneTalk(nb *store.Notebook, f exportFlags) (sched.Event, markdown.Notes, error) {
	id := f.talkID
	ev, date, _, err := nb.FindTalk(id)
	if errors.Is(err, store.ErrNotFound) {
		return ev, nil, fmt.Errorf("--talk %d: no such talk (lanyard talks lists them)", id)
	}
	if err != nil {
		return ev, nil, err
	}
	if f.event != "" {
		named, err := pickEvent(nb, f.event)
		if err != nil {
			return ev, nil, err
		}
		if named.ID != ev.ID {
			return ev, nil, fmt.Errorf("--talk %d is in %q, not in --event %q: leave out --event, or pick the talk from lanyard talks --event %q", id, ev.Name, f.event, f.event)
		}
	}
	if f.day != "" {
		day, err := onlyDay(ev, f.day)
		if err != nil {
			return ev, nil, err
		}
		if day.Days[0].Date != date {
			return ev, nil, fmt.Errorf("--talk %d is on %s, not on --day %s (%s): leave out --day, or pick the talk from lanyard talks --day %s", id, date, f.day, day.Days[0].Date, f.day)
		}
	}
	ev, _ = ev.OnlyTalk(id)
	return ev, onlyNotes(nb.LoadOutline, id), nil
}

// parseTalkID reads a --talk: an ID as lanyard talks lists them, from 1.
func parseTalkID(flag string) (uint64, error) {
	n, err := strconv.ParseUint(strings.TrimSpace(flag), 10, 64)
	if err != nil || n == 0 {
		return 0, fmt.Errorf("--talk %q: give a talk's ID, a number from 1 up, as lanyard talks lists them", flag)
	}
	return n, nil
}
