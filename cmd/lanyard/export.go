package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"lanyard/export/markdown"
	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// exportFlags are what `lanyard export` takes.
type exportFlags struct {
	event, day, out string
	talk            uint64
	all             bool
}

func newExportCommand(g *globals) *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write notes as Markdown for a blog post",
		Long: `Write notes as CommonMark: the event as a heading, each day under it, each
talk with its speakers, time and room, then the notes as nested lists.

Exports the event opened last unless --event, --day or --talk says otherwise.
Talks without notes are left out unless --all.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			nb, err := g.open()
			if err != nil {
				return err
			}
			defer nb.Close()
			var buf bytes.Buffer
			if err := exportMarkdown(&buf, nb, f); err != nil {
				return err
			}
			if f.out == "" || f.out == "-" {
				_, err = cmd.OutOrStdout().Write(buf.Bytes())
				return err
			}
			if err := os.WriteFile(f.out, buf.Bytes(), 0o600); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&f.event, "event", "", "event name (default: the one opened last)")
	cmd.Flags().StringVar(&f.day, "day", "", "one day: a date (2019-10-17) or its number (1)")
	cmd.Flags().Uint64Var(&f.talk, "talk", 0, "one talk, by the ID lanyard talks shows")
	cmd.Flags().StringVarP(&f.out, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&f.all, "all", false, "include talks that have no notes")
	return cmd
}

func exportMarkdown(buf *bytes.Buffer, nb *store.Notebook, f exportFlags) error {
	notes := markdown.Notes(nb.LoadOutline)
	var ev sched.Event
	var err error
	if f.talk != 0 {
		ev, notes, err = oneTalk(nb, f.talk)
	} else if ev, err = pickEvent(nb, f.event); err == nil {
		ev, err = onlyDay(ev, f.day)
	}
	if err != nil {
		return err
	}
	return markdown.Write(buf, ev, notes, markdown.Options{All: f.all || f.talk != 0})
}

// oneTalk cuts the notebook down to one talk: its event, its day, and the
// talk alone (a parallel item stays under its slot, without the slot's own
// notes).
func oneTalk(nb *store.Notebook, id uint64) (sched.Event, markdown.Notes, error) {
	ev, date, _, err := nb.FindTalk(id)
	if errors.Is(err, store.ErrNotFound) {
		return ev, nil, fmt.Errorf("--talk %d: no such talk (lanyard talks lists them)", id)
	}
	if err != nil {
		return ev, nil, err
	}
	day := ev.Days[ev.DayIndex(date)]
	var kept []sched.Talk
	for _, t := range day.Talks {
		if t.ID == id {
			t.Items = nil
			kept = append(kept, t)
		}
		for _, item := range t.Items {
			if item.ID == id {
				t.Items = []sched.Talk{item}
				kept = append(kept, t)
			}
		}
	}
	day.Talks = kept
	ev.Days = []sched.Day{day}
	notes := func(talkID uint64) (*doc.Outline, error) {
		if talkID != id {
			return nil, nil
		}
		return nb.LoadOutline(talkID)
	}
	return ev, notes, nil
}
