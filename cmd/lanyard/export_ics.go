package main

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"lanyard/export/ical"
	"lanyard/store"
	sched "lanyard/store/schedule"
)

// checkICSFlags refuses the flags that lay out notes, which a calendar
// has none of, rather than ignore them.
func checkICSFlags(f exportFlags) error {
	for _, given := range []struct {
		on   bool
		flag string
	}{
		{f.dir != "", "--dir"}, {f.template != "", "--template"}, {f.frontMatter, "--front-matter"},
		{len(f.tags) > 0, "--tag"}, {f.noTakeaways, "--no-takeaways"}, {f.noFollowUps, "--no-follow-ups"},
		{f.noResources, "--no-resources"}, {f.literal, "--literal"},
	} {
		if given.on {
			return fmt.Errorf("%s shapes a post of notes; it does not apply to an iCalendar export", given.flag)
		}
	}
	return nil
}

// writeICS writes ev's talks as iCalendar to -o or standard output.
func (x exporter) writeICS(cmd *cobra.Command, nb *store.Notebook, ev sched.Event, f exportFlags) error {
	identity, err := nb.Identity()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	err = ical.Write(&buf, ev, ical.WriteOptions{All: x.md.All, Identity: identity, Stamp: time.Now(), Abouts: x.md.Abouts})
	if errors.Is(err, ical.ErrNoTalks) {
		return fmt.Errorf("%s: no talk marked attended%s: mark talks with space or a in the schedule, or export them all with --all", ev.Name, dayNote(ev, f))
	}
	if err != nil {
		return err
	}
	if f.out == "" || f.out == "-" {
		_, err = cmd.OutOrStdout().Write(buf.Bytes())
		return err
	}
	return writeExport(f.out, buf.Bytes(), nb.Path())
}

// dayNote names the day an export was cut to, for a message.
func dayNote(ev sched.Event, f exportFlags) string {
	if f.day == "" || len(ev.Days) != 1 {
		return ""
	}
	return " on " + ev.Days[0].Date
}
