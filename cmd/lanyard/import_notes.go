package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"lanyard/export/markdown"
	"lanyard/export/notesdoc"
	"lanyard/export/notestext"
	"lanyard/export/opml"
	"lanyard/export/safetext"
	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// importNotesFlags are what `lanyard import notes` takes.
type importNotesFlags struct {
	talk, format, event, day, title string
}

func newImportNotesCommand(g *globals) *cobra.Command {
	var f importNotesFlags
	cmd := &cobra.Command{
		Use:   "notes FILE|-",
		Short: "Bring notes written elsewhere into a talk, or onto a new page",
		Long: `Bring notes into lanyard: an OPML file from another outliner (Workflowy,
Dynalist, Logseq, OmniOutliner), Markdown (nested lists, numbered items,
quotes, [ ] to-dos, headings), or indented text with the bullets people paste
(•, -, *, 1., a)). The nesting is taken as a reader of the file sees it.

With --talk the notes go after what the talk has. A post lanyard exported
gives back exactly the bullets it was made from: the talk's own section when
it holds several. Without --talk they go onto a new page, named after the
file's title (or --title), on today's page of the event, or on --day.
lanyard talks lists the IDs --talk takes.

FILE - reads the notes from standard input; their format is then told from
what they hold (--format says it), and a new page needs --title unless the
notes carry one.`,
		Example: `  lanyard import notes workflowy.opml
  lanyard import notes day1.md --talk 42`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var id uint64
			if cmd.Flags().Changed("talk") {
				n, err := parseTalkID(f.talk)
				if err != nil {
					return err
				}
				id = n
			}
			return importNotes(cmd, g, args[0], id, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.talk, "talk", "", "the talk to add the notes to (default: a new page)")
	fl.StringVar(&f.format, "format", "", "opml, markdown or text (default: from the file)")
	fl.StringVar(&f.event, "event", "", "the event for a new page: its ID (lanyard events) or the start of its name (default: the one opened last)")
	fl.StringVar(&f.day, "day", "", "the day for a new page: a date or its number (default: today, else the last day)")
	fl.StringVar(&f.title, "title", "", "the new page's title (default: the file's title)")
	return cmd
}

func importNotes(cmd *cobra.Command, g *globals, path string, talkID uint64, f importNotesFlags) error {
	// The file is read whole first, so a bad one changes nothing.
	notes, err := readNotesFile(cmd.InOrStdin(), path, f.format)
	if err != nil {
		return err
	}
	if path == "-" {
		path = stdinName
		if title, _ := notes.Page(); talkID == 0 && firstOf(f.title, title) == "" {
			return errors.New("import standard input: the notes name no title for their page: give one with --title, or add them to a talk with --talk")
		}
	}
	nb, err := g.openToWrite()
	if err != nil {
		return err
	}
	defer nb.Close()
	if talkID == 0 {
		return notesOntoPage(cmd.OutOrStdout(), g, nb, path, notes, f)
	}
	_, _, talk, err := nb.FindTalk(talkID)
	if err != nil {
		return fmt.Errorf("import %s: talk %d: %w", path, talkID, err)
	}
	clip, err := notes.For(talk.Heading())
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	if len(clip) == 0 {
		return fmt.Errorf("import %s: no notes in it", path)
	}
	if err := nb.AppendNotes(talkID, clip, time.Now()); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "Added %s to %q (talk %d).\n", plural(len(clip), "bullet"), talk.Title, talkID)
	sayFlattened(cmd.OutOrStdout(), notes)
	return nil
}

// notesOntoPage makes a page for the notes.
func notesOntoPage(out io.Writer, g *globals, nb *store.Notebook, path string, notes notesdoc.Doc, f importNotesFlags) error {
	title, clip := notes.Page()
	title = firstOf(f.title, title, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	if len(clip) == 0 {
		return fmt.Errorf("import %s: no notes in it", path)
	}
	ev, err := pickEvent(nb, f.event)
	if err != nil {
		return err
	}
	now, err := g.nowIn(ev.Location())
	if err != nil {
		return err
	}
	date, err := pageDay(ev, f.day, now)
	if err != nil {
		return err
	}
	// The page starts on its day at the minute it was made.
	d, err := time.ParseInLocation(sched.DateLayout, date, ev.Location())
	if err != nil {
		return err
	}
	start := time.Date(d.Year(), d.Month(), d.Day(), now.Hour(), now.Minute(), 0, 0, ev.Location())
	// The page and its notes are one transaction: a failure leaves no
	// empty page behind.
	o := doc.New()
	o.InsertClip(-1, clip)
	page, err := nb.AddTalkWithNotes(ev.ID, date, sched.Talk{Title: title, Start: start, Kind: sched.KindPage, Manual: true}, o.TakeChanges())
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	fmt.Fprintf(out, "Made the page %q on %s (talk %d) with %s.\n", title, date, page.ID, plural(len(clip), "bullet"))
	sayFlattened(out, notes)
	return nil
}

// sayFlattened tells the user when the file nested bullets deeper than
// lanyard keeps, so that the change in the tree is never silent.
func sayFlattened(out io.Writer, notes notesdoc.Doc) {
	if notes.Flattened == 0 {
		return
	}
	verb := "were"
	if notes.Flattened == 1 {
		verb = "was"
	}
	fmt.Fprintf(out, "%s %s nested deeper than %d levels: kept, with their text, at level %d.\n",
		plural(notes.Flattened, "bullet"), verb, notesdoc.MaxDepth, notesdoc.MaxDepth)
}

// pageDay is the day a new page goes on: --day, else today if the event
// has it, else the event's last day.
func pageDay(ev sched.Event, day string, now time.Time) (string, error) {
	if day != "" {
		cut, err := onlyDay(ev, day)
		if err != nil {
			return "", err
		}
		return cut.Days[0].Date, nil
	}
	if i, ok := ev.DayAt(now); ok {
		return ev.Days[i].Date, nil
	}
	if len(ev.Days) > 0 {
		return ev.Days[len(ev.Days)-1].Date, nil
	}
	return now.Format(sched.DateLayout), nil
}

// firstOf returns the first of values that is not empty once cleaned as
// a schedule's text is: a title is printed to the terminal by lanyard
// talks, and must not be able to command it.
func firstOf(values ...string) string {
	for _, v := range values {
		if v = safetext.Line(v); v != "" {
			return v
		}
	}
	return ""
}

// readNotesFile reads and parses a notes file, or standard input for
// "-", in its format.
func readNotesFile(stdin io.Reader, path, format string) (notesdoc.Doc, error) {
	raw, err := readInput(stdin, path, "notes")
	if err != nil {
		return notesdoc.Doc{}, fmt.Errorf("import: %w", err)
	}
	if path == "-" {
		path = stdinName
		if format == "" {
			if format = notesFormatOfContent(raw); format == "" {
				return notesdoc.Doc{}, errors.New("import standard input: lanyard cannot tell its format from what it holds: say it with --format (opml, markdown or text)")
			}
		}
	}
	if format == "" {
		format = notesFormat(path, raw)
	}
	var notes notesdoc.Doc
	switch strings.ToLower(format) {
	case "opml":
		notes, err = opml.Read(bytes.NewReader(raw))
	case "markdown", "md":
		notes, err = markdown.Read(bytes.NewReader(raw))
	case "text", "txt":
		notes, err = notestext.Read(bytes.NewReader(raw))
	default:
		return notes, fmt.Errorf("--format %s: lanyard reads opml, markdown or text", format)
	}
	if err != nil {
		return notes, fmt.Errorf("import %s: %w", path, err)
	}
	return notes, nil
}

// notesFormat tells a notes file's format from its name, else its start:
// XML is OPML, front matter or a heading is Markdown, the rest is text.
func notesFormat(path string, raw []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".opml", ".xml":
		return "opml"
	case ".md", ".markdown", ".mdown", ".mkd":
		return "markdown"
	case ".txt", ".text":
		return "text"
	}
	if format := notesFormatOfContent(raw); format != "" {
		return format
	}
	return "text"
}

// notesFormatOfContent tells a notes file's format from its start: XML is
// OPML, front matter or a heading is Markdown, other markup or JSON is
// none lanyard can tell (""), the rest is text.
func notesFormatOfContent(raw []byte) string {
	start := bytes.TrimLeft(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(start, []byte("<?xml")), bytes.HasPrefix(start, []byte("<opml")):
		return "opml"
	case bytes.HasPrefix(start, []byte("---\n")), bytes.HasPrefix(start, []byte("# ")):
		return "markdown"
	case bytes.HasPrefix(start, []byte("<")), bytes.HasPrefix(start, []byte("{")):
		return ""
	}
	return "text"
}
