package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"lanyard/cmd/lanyard/demo"
	"lanyard/export/schedtext"
	"lanyard/store"
	sched "lanyard/store/schedule"
)

// demoStart is the demo clock's start: mid-morning, a talk under way and
// two with notes behind it.
const demoStart = "10:40"

func newDemoCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Open a sample conference day, to see lanyard at work",
		Long: `Open a sample conference day with a few notes already taken, in a notebook
of its own (demo.db beside your notebook) so your own notes are untouched.
The clock starts at ` + demoStart + ` on the sample day and runs from there.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemo(cmd, g)
		},
	}
}

func runDemo(cmd *cobra.Command, g *globals) error {
	settings, err := g.settings(cmd)
	if err != nil {
		return err
	}
	ui, err := forInterface(settings)
	if err != nil {
		return err
	}
	if g.db == "" {
		path, err := store.DefaultPath()
		if err != nil {
			return err
		}
		g.db = filepath.Join(filepath.Dir(path), "demo.db")
	}
	loc, err := time.LoadLocation(demo.Zone)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	wall, fixed, err := g.parseNow()
	if err != nil {
		return err
	}
	nb, err := g.open()
	if err != nil {
		return err
	}
	defer nb.Close()
	ev, err := loadDemo(nb, loc)
	if err != nil {
		return err
	}
	clock := shiftedClock(mustWall(demo.Date+" "+demoStart, loc))
	if fixed {
		clock = fixedClock(wall.in(loc))
	}
	var chosen sched.Start
	chosen.Day, chosen.Talk, _ = ev.StartIn(clock(), 0)
	s, err := finishStart(nb, ev, chosen, clock)
	if err != nil {
		return err
	}
	s.ui = ui
	return runTUI(nb, s, 0) // the demo notebook needs no backups
}

// loadDemo imports the sample day and, where a talk has no notes yet, the
// sample notes. Notes the user added in an earlier demo are kept.
func loadDemo(nb *store.Notebook, loc *time.Location) (sched.Event, error) {
	res, err := schedtext.Parse(bytes.NewReader(demo.Schedule()), sched.ReadOptions{Name: "demo", Location: loc})
	if err != nil {
		return sched.Event{}, fmt.Errorf("demo: %w", err)
	}
	ev, _, err := nb.ImportEvent(sched.Event{Name: demo.EventName, TZ: demo.Zone, Days: res.Days})
	if err != nil {
		return ev, fmt.Errorf("demo: %w", err)
	}
	notes := demo.Notes()
	for _, day := range ev.Days {
		for _, t := range day.Talks {
			bullets, ok := notes[t.Title]
			if !ok {
				continue
			}
			if err := seedNotes(nb, t, bullets); err != nil {
				return ev, err
			}
		}
	}
	return ev, nil
}

// seedNotes writes sample notes into a talk whose outline is empty.
func seedNotes(nb *store.Notebook, t sched.Talk, bullets []demo.Bullet) error {
	o, err := nb.LoadOutline(t.ID)
	if err != nil || o.Len() > 0 {
		return err
	}
	written := t.Start
	o.SetClock(func() time.Time { written = written.Add(40 * time.Second); return written })
	for _, b := range bullets {
		row := o.Append(b.Text)
		for range b.Depth {
			o.Indent(row)
		}
		o.SetKind(row, b.Kind)
	}
	return nb.SaveOutline(t.ID, o.TakeChanges())
}

func mustWall(text string, loc *time.Location) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", text, loc)
	if err != nil {
		panic(err) // the demo's own constants: a test covers them
	}
	return t
}
