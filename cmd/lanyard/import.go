package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"lanyard/export/safetext"
	"lanyard/store"
	sched "lanyard/store/schedule"
)

func newImportCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Bring a schedule or notes into the notebook",
	}
	cmd.AddCommand(newImportScheduleCommand(g), newImportNotesCommand(g))
	return cmd
}

func newImportScheduleCommand(g *globals) *cobra.Command {
	var event, zone, format string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "schedule FILE|-",
		Short: "Import a conference schedule: iCalendar, frab/pretalx JSON, Pentabarf XML, Sessionize JSON or plain text",
		Long: `Import a conference schedule as the conference publishes it: iCalendar
(.ics from pretalx, Indico, Sessionize or a calendar app), frab or pretalx
schedule JSON, Pentabarf/frab XML (FOSDEM, CCC, DebConf), Sessionize JSON,
or plain text as blogs show it. The format is recognised from the file;
--format says it outright. FILE - reads the schedule from standard input,
e.g. curl -s URL | lanyard import schedule - --event NAME: lanyard itself
never goes on the network.

Plain text: date lines such as "October 17, 2019" and slot lines such as
"09:45 – 10:15 Speaker – Title". Lines without times under a slot (ignites,
open-space rooms) become its parallel items; a leading * marks the one you
attended. Other lines are skipped and counted; --verbose lists them.

Importing the same file again updates the event and keeps every note.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return importSchedule(cmd, g, args[0], event, zone, format, verbose)
		},
	}
	cmd.Flags().StringVar(&event, "event", "", "event name (default: the conference's name in the file, else the file's name)")
	cmd.Flags().StringVar(&zone, "tz", "", "the venue's time zone, e.g. Europe/London (default: the file's, else this machine's)")
	cmd.Flags().StringVar(&format, "format", "", "the file's format: "+formatNames()+" (default: recognised from the file)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the entries skipped (lines of commentary, all-day events), with their line numbers")
	return cmd
}

func importSchedule(cmd *cobra.Command, g *globals, path, event, zone, format string, verbose bool) error {
	data, err := readScheduleFile(cmd.InOrStdin(), path)
	if err != nil {
		return err
	}
	reader, err := pickFormat(format, data[:min(len(data), 512)])
	if err != nil {
		return err
	}
	fromStdin := path == "-"
	if fromStdin {
		path = stdinName
	}
	read, err := readIn(reader, data, path, event, zone)
	if err != nil {
		return explainStdinSchedule(err, fromStdin, format)
	}
	if fromStdin && event == "" && safetext.Line(read.Title) == "" {
		return errors.New("import standard input: the schedule names no conference: give the event's name with --event")
	}
	// The notebook is opened only now: a file that does not read leaves
	// no notebook behind.
	nb, err := g.openToWrite()
	if err != nil {
		return err
	}
	defer nb.Close()
	if read.guessedZone {
		if read, err = readInZoneOfEvent(nb, read, reader, data, path); err != nil {
			return err
		}
	}
	ev, sum, err := nb.ImportEvent(sched.Event{Name: read.name, TZ: read.Zone, Days: read.Days})
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	// The event just imported is the one the user means next: the summary
	// sends them to lanyard talks, and lanyard opens it on a day it shares
	// with another event (the untitled one of a first run, say).
	if err := nb.SetLastOpened(ev.ID); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	writeImportSummary(cmd.OutOrStdout(), ev, sum, read)
	if verbose {
		writeSkips(cmd.OutOrStdout(), read)
	}
	return nil
}

// maxInputBytes bounds a file lanyard reads whole (a schedule, notes, a
// template), as the schedule readers bound theirs: FOSDEM's schedule, the
// largest there is, is under 2 MB, so a file past this is the wrong file,
// or an endless one such as /dev/zero.
//
// A variable so that tests can read an endless file to the bound quickly.
var maxInputBytes int64 = 64 << 20

// readBounded reads the file at path whole, or fails with a sentence
// naming it past maxInputBytes; what is what the file should hold, for
// that sentence ("a schedule"). Errors name the file once.
func readBounded(path, what string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // the error names the file
	}
	defer f.Close()
	// A file's size says it at once; a device or a pipe has to be read.
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > maxInputBytes {
		return nil, tooLarge(path, what)
	}
	return readAllBounded(f, path, what)
}

// readAllBounded reads r to its end, or fails past maxInputBytes; name is
// what messages call it (a path, "standard input").
func readAllBounded(r io.Reader, name, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, pathReason(err))
	}
	if int64(len(data)) > maxInputBytes {
		return nil, tooLarge(name, what)
	}
	return data, nil
}

func tooLarge(name, what string) error {
	return fmt.Errorf("%s is over %d MB, too large for %s: is it the right file?", name, maxInputBytes>>20, what)
}

// readScheduleFile reads the schedule at path, or standard input for "-".
func readScheduleFile(stdin io.Reader, path string) ([]byte, error) {
	data, err := readInput(stdin, path, "a schedule")
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return data, nil
}

// readIn parses the file with the right zone for times it gives without
// one: --tz, else the zone the file names, else this machine's, which is
// only a guess.
func readIn(reader sched.Format, data []byte, path, event, given string) (readSchedule, error) {
	if strings.EqualFold(given, "Local") {
		return readSchedule{}, fmt.Errorf("--tz %s: name the venue's zone, e.g. --tz Europe/Brussels; %q would follow whichever laptop opens the notebook", given, given)
	}
	zone := given
	if zone == "" {
		zone = localZoneName()
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return readSchedule{}, fmt.Errorf("--tz %q: not a time zone name like Europe/London", zone)
	}
	parsed, err := reader.Parse(bytes.NewReader(data), sched.ReadOptions{Name: path, Location: loc, ZoneGiven: given != ""})
	if err != nil {
		return readSchedule{}, fmt.Errorf("import %w", err)
	}
	res := readSchedule{Parsed: parsed, format: reader}
	if res.name = eventName(event, res.Title, path); res.name == "" {
		return res, fmt.Errorf("--event %q: nothing is left of the name once control characters are taken out; give one in words", event)
	}
	switch {
	case given != "":
		res.Zone = given
	case res.Zone == "":
		res.Zone, res.guessedZone = zone, true
	}
	return res, nil
}

// readInZoneOfEvent reads a file that names no zone again in the zone of
// the event it updates, as the first import read it, if that differs
// from the guess.
func readInZoneOfEvent(nb *store.Notebook, read readSchedule, reader sched.Format, data []byte, path string) (readSchedule, error) {
	old, err := nb.EventByName(read.name)
	if err != nil || old.TZ == "" || old.TZ == read.Zone {
		return read, nil
	}
	return readIn(reader, data, path, read.name, old.TZ)
}

// eventName is --event, else the conference's name in the file, else the
// file's name, cleaned as a schedule's text is: a name is printed to the
// terminal by lanyard events, and must not be able to command it.
func eventName(flag, title, path string) string {
	switch {
	case flag != "":
		return safetext.Line(flag)
	case title != "":
		return safetext.Line(title)
	}
	return safetext.Line(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
}

func writeImportSummary(out io.Writer, ev sched.Event, sum store.ImportSummary, read readSchedule) {
	verb := "Updated"
	if sum.Created {
		verb = "Imported"
	}
	fmt.Fprintf(out, "%s %q (%s, %s): %s over %s", verb, ev.Name, read.format.Label, ev.TZ, plural(read.Talks, "talk"), plural(len(read.Days), "day"))
	if read.Skipped > 0 && read.format.Skipped != "" {
		fmt.Fprintf(out, ", %s skipped", plural(read.Skipped, read.format.Skipped))
	}
	fmt.Fprintln(out, ".")
	if read.guessedZone {
		fmt.Fprintf(out, "The file names no time zone, so its times were read as %s, this machine's.\n"+
			"If the venue is elsewhere, import it again with --tz, e.g. --tz Europe/Brussels: notes are kept.\n", ev.TZ)
	}
	if !sum.Created {
		fmt.Fprintf(out, "%d added, %d changed, %d unchanged, %d kept as dropped (they have notes), %d removed.\n",
			sum.Added, sum.Updated, sum.Unchanged, sum.Dropped, sum.Removed)
	}
	fmt.Fprintln(out, "Run lanyard to take notes; lanyard talks lists them.")
}

// plural writes "1 talk", "2 talks".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
