package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"lanyard/export/schedtext"
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
	var event, zone string
	cmd := &cobra.Command{
		Use:   "schedule FILE",
		Short: "Import a conference schedule (plain text as blogs and conference sites show it)",
		Long: `Import a conference schedule written as plain text: date lines such as
"October 17, 2019" and slot lines such as "09:45 – 10:15 Speaker – Title".
Lines without times under a slot (ignites, open-space rooms) become its
parallel items; a leading * marks the one you attended. Other lines are
skipped and counted.

Importing the same file again updates the event and keeps every note.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return importSchedule(cmd, g, args[0], event, zone)
		},
	}
	cmd.Flags().StringVar(&event, "event", "", "event name (default: the file's name)")
	cmd.Flags().StringVar(&zone, "tz", "", "the venue's time zone, e.g. Europe/London (default: this machine's)")
	return cmd
}

func importSchedule(cmd *cobra.Command, g *globals, path, event, zone string) error {
	if event == "" {
		event = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	if zone == "" {
		zone = localZoneName()
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return fmt.Errorf("--tz %q: not a time zone name like Europe/London", zone)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("import: %w", err) // the error names the file
	}
	defer f.Close()
	res, err := schedtext.Parse(f, schedtext.Options{Name: path, Location: loc})
	if err != nil {
		return fmt.Errorf("import %w", err)
	}
	nb, err := g.open()
	if err != nil {
		return err
	}
	defer nb.Close()
	ev, sum, err := nb.ImportEvent(sched.Event{Name: event, TZ: zone, Days: res.Days})
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	// The event just imported is the one the user means next: the summary
	// sends them to lanyard talks, and lanyard opens it on a day it shares
	// with another event (the untitled one of a first run, say).
	if err := nb.SetLastOpened(ev.ID); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	out := cmd.OutOrStdout()
	verb := "Updated"
	if sum.Created {
		verb = "Imported"
	}
	fmt.Fprintf(out, "%s %q (%s): %s over %s", verb, ev.Name, ev.TZ, plural(res.Talks, "talk"), plural(len(res.Days), "day"))
	if res.Skipped > 0 {
		fmt.Fprintf(out, ", %s skipped", plural(res.Skipped, "line"))
	}
	fmt.Fprintln(out, ".")
	if !sum.Created {
		fmt.Fprintf(out, "%d added, %d changed, %d unchanged, %d kept as dropped (they have notes), %d removed.\n",
			sum.Added, sum.Updated, sum.Unchanged, sum.Dropped, sum.Removed)
	}
	fmt.Fprintln(out, "Run lanyard to take notes; lanyard talks lists them.")
	return nil
}

// plural writes "1 talk", "2 talks".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
