package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"lanyard/export/notesdoc"
	"lanyard/export/notestext"
	"lanyard/export/safetext"
	"lanyard/store"
	doc "lanyard/store/outline"
	"lanyard/store/owner"
	sched "lanyard/store/schedule"
)

// Bounds of one lanyard add: a quick note from a phone or a script, not a
// file (lanyard import notes takes those). Past them the text is refused,
// not cut, so nothing is half added. Text this long still fits the
// running app's request line however many characters JSON must escape,
// so that the app and the notebook take the same texts.
const (
	maxAddBytes   = 32 << 10
	maxAddBullets = 10_000
	maxPageTitle  = 200 // characters
)

// errNothingToAdd is an add without words.
var errNothingToAdd = errors.New(`nothing to add: give the note's words (lanyard add TEXT) or pipe lines into lanyard add -`)

// addFlags are what `lanyard add` takes.
type addFlags struct {
	talk, page string
}

func newAddCommand(g *globals) *cobra.Command {
	var f addFlags
	cmd := &cobra.Command{
		Use:   "add TEXT... | add -",
		Short: "Add a note to the talk on now, from another terminal or a script",
		Long: `Add a bullet to the talk on now: the one lanyard opens at this time. The
words given make one bullet; with - the text comes from standard input, one
bullet a line, indented lines nested under the line above, read as lanyard
import notes reads text ("- [ ] call Ana" is a to-do).

If lanyard is open on the notebook, the note goes through it and shows
there at once, and "now" is that lanyard's clock (its --now, if it was
started with one); otherwise it is written to the notebook directly. Between
the days of the event nothing is on: say where with --talk ID (lanyard
talks lists them) or --page TITLE (today's free page of that title, made
if there is none).`,
		Example: `  lanyard add "ask about the pager diary"
  lanyard add --page "Hallway: Ana" met at lunch, runs SRE at a bank
  printf 'takeaways\n  alerts need owners\n' | lanyard add -`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errNothingToAdd
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			req, notes, err := addRequest(cmd, args, f)
			if err != nil {
				return err
			}
			return add(cmd.OutOrStdout(), g, req, notes)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.talk, "talk", "", "the talk to add to, by ID (default: the talk on now)")
	fl.StringVar(&f.page, "page", "", "add to today's free page of this title, made if there is none")
	return cmd
}

// addRequest reads what the user asked to add and where, and the bullets
// the text makes, before anything is opened: bad text changes nothing.
func addRequest(cmd *cobra.Command, args []string, f addFlags) (owner.AddRequest, notesdoc.Doc, error) {
	var req owner.AddRequest
	if cmd.Flags().Changed("talk") && cmd.Flags().Changed("page") {
		return req, notesdoc.Doc{}, errors.New("--talk and --page both say where: give one")
	}
	var err error
	if cmd.Flags().Changed("talk") {
		if req.TalkID, err = parseTalkID(f.talk); err != nil {
			return req, notesdoc.Doc{}, err
		}
	}
	if cmd.Flags().Changed("page") {
		if req.Page, err = pageTitle(f.page); err != nil {
			return req, notesdoc.Doc{}, err
		}
	}
	if req.Text, err = addText(cmd.InOrStdin(), args); err != nil {
		return req, notesdoc.Doc{}, err
	}
	notes, err := addNotes(req.Text)
	return req, notes, err
}

// addText is the text to add: the words given, as one line, or standard
// input for "-".
func addText(stdin io.Reader, args []string) (string, error) {
	if len(args) == 1 && args[0] == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, maxAddBytes+1))
		if err != nil {
			return "", fmt.Errorf("reading standard input: %w", err)
		}
		if len(data) > maxAddBytes {
			return "", fmt.Errorf("standard input is over %d KB, more than a quick note: lanyard import notes FILE --talk ID brings in a whole file", maxAddBytes>>10)
		}
		return string(data), nil
	}
	// The words are one bullet, whatever line breaks a quoted argument
	// holds; addNotes bounds their length.
	return strings.Join(strings.Fields(strings.Join(args, " ")), " "), nil
}

// addNotes reads the text to add into bullets, as lanyard import notes
// reads text; Flattened counts those nested deeper than lanyard keeps.
// The running app reads a request again with it, so both ways of adding
// follow one rule.
func addNotes(text string) (notesdoc.Doc, error) {
	if len(text) > maxAddBytes {
		return notesdoc.Doc{}, fmt.Errorf("the text is over %d KB, more than a quick note: lanyard import notes FILE --talk ID brings in a whole file", maxAddBytes>>10)
	}
	if !utf8.ValidString(text) {
		return notesdoc.Doc{}, addUTF8Error(text)
	}
	notes, err := notestext.Read(strings.NewReader(text))
	if err != nil {
		return notesdoc.Doc{}, fmt.Errorf("the text to add: %w; nothing was added", err)
	}
	if n := len(notes.Notes); n > maxAddBullets {
		return notesdoc.Doc{}, fmt.Errorf("the text makes %d bullets, more than the %d of a quick note: lanyard import notes FILE --talk ID brings in a whole file", n, maxAddBullets)
	}
	for _, b := range notes.Notes {
		if b.Text != "" {
			return notes, nil
		}
	}
	return notesdoc.Doc{}, errNothingToAdd
}

// addUTF8Error names the first line of text that is not UTF-8.
func addUTF8Error(text string) error {
	line := 1
	for l := range strings.Lines(text) {
		if !utf8.ValidString(l) {
			break
		}
		line++
	}
	return fmt.Errorf("line %d of the text is not UTF-8: save it as UTF-8 and add it again; nothing was added", line)
}

// pageTitle cleans a --page title as every name from outside is cleaned.
func pageTitle(flag string) (string, error) {
	title := safetext.Line(flag)
	switch {
	case title == "":
		return "", fmt.Errorf("--page %q: give the page a title with something to read in it", flag)
	case utf8.RuneCountInString(title) > maxPageTitle:
		return "", fmt.Errorf("--page: a title of at most %d characters", maxPageTitle)
	}
	return title, nil
}

// add sends the request to the lanyard that has the notebook open, else
// writes it to the notebook, and says where it went.
func add(out io.Writer, g *globals, req owner.AddRequest, notes notesdoc.Doc) error {
	path, err := g.dbPath()
	if err != nil {
		return err
	}
	reply, err := addThroughApp(path, req)
	if errors.Is(err, owner.ErrNoOwner) {
		reply, err = addDirect(g, path, req, notes.Notes)
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(out, addedLine(reply))
	sayFlattened(out, notes)
	return nil
}

// addedLine is what add says: `added 3 bullets to "Title" (10:00)`.
func addedLine(r owner.AddReply) string {
	line := fmt.Sprintf("added %s to %q", plural(r.Bullets, "bullet"), safetext.Line(r.Title))
	if r.When != "" {
		line += " (" + safetext.Line(r.When) + ")"
	}
	return line
}

// addDirect writes the bullets to the notebook when no lanyard has it
// open, choosing the place as the app would: the event it would open, at
// its clock (--now included).
func addDirect(g *globals, path string, req owner.AddRequest, clip doc.Clip) (owner.AddReply, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return owner.AddReply{}, g.noNotebook(path)
	}
	wall, fixed, err := g.parseNow()
	if err != nil {
		return owner.AddReply{}, err
	}
	nb, err := g.open()
	if err != nil {
		return owner.AddReply{}, err
	}
	defer nb.Close()
	clockIn := func(loc *time.Location) func() time.Time {
		if fixed {
			return fixedClock(wall.in(loc))
		}
		return time.Now
	}
	ev, err := eventToAddTo(nb, clockIn)
	if err != nil {
		return owner.AddReply{}, err
	}
	now := clockIn(ev.Location())()
	talk, err := placeToAdd(nb, ev, req, clip, now)
	if err != nil {
		return owner.AddReply{}, addHint(err)
	}
	return replyOf(ev, talk, len(clip)), nil
}

// eventToAddTo is the event lanyard would open: the one on now (an
// empty one only when there is no other, see worthOpening), else the one
// opened last.
func eventToAddTo(nb *store.Notebook, clockIn func(*time.Location) func() time.Time) (sched.Event, error) {
	events, err := nb.Events()
	if err != nil {
		return sched.Event{}, err
	}
	if events, err = worthOpening(nb, events); err != nil {
		return sched.Event{}, err
	}
	last, err := nb.LastOpened()
	if err != nil {
		last = 0 // a damaged record costs only the choice of event
	}
	chosen, ok := sched.StartAt(events, last, func(loc *time.Location) time.Time { return clockIn(loc)() })
	if ok && chosen.Today {
		return events[chosen.Event], nil
	}
	return pickEvent(nb, "")
}

// placeToAdd adds clip where req says, in one transaction, and returns
// the talk it went to.
func placeToAdd(nb *store.Notebook, ev sched.Event, req owner.AddRequest, clip doc.Clip, now time.Time) (sched.Talk, error) {
	wrote, err := nb.Resume(ev.ID)
	if err != nil {
		wrote = sched.Resume{} // a damaged record costs only the preference
	}
	place, err := ev.PlaceToAdd(req.TalkID, req.Page, now, wrote.Talk)
	if err != nil {
		return place.Talk, err
	}
	if place.New {
		// The page and its notes are one transaction.
		o := doc.New()
		o.SetClock(func() time.Time { return now })
		o.AppendClip(clip)
		return nb.AddTalkWithNotes(ev.ID, place.Date, place.Talk, o.TakeChanges())
	}
	return place.Talk, nb.AppendNotes(place.Talk.ID, clip, now)
}

// replyOf says where bullets went, the talk's start in venue time.
func replyOf(ev sched.Event, talk sched.Talk, bullets int) owner.AddReply {
	r := owner.AddReply{TalkID: talk.ID, Title: talk.Title, Bullets: bullets}
	if !talk.Start.IsZero() {
		r.When = talk.Start.In(ev.Location()).Format("15:04")
	}
	return r
}

// addHint says what to do when the bullets have nowhere to go; the app
// and the command give the same sentence.
func addHint(err error) error {
	switch {
	case errors.Is(err, sched.ErrNothingOn):
		return fmt.Errorf("%w: say where, with --page TITLE for a page of today or --talk ID for a talk (lanyard talks lists them); nothing was added", err)
	case errors.Is(err, sched.ErrNotInEvent):
		return fmt.Errorf("%w, the event lanyard opens now: lanyard talks lists its talks; nothing was added", err)
	}
	return err
}
