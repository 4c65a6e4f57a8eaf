package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"lanyard/export/safetext"
	"lanyard/store"
	sched "lanyard/store/schedule"
)

func newEventsCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "events",
		Short: "List the events in the notebook",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			nb, err := g.openToRead()
			if err != nil {
				return err
			}
			defer nb.Close()
			events, err := nb.Events()
			if err != nil {
				return err
			}
			return writeEvents(cmd.OutOrStdout(), events)
		},
	}
}

func writeEvents(out io.Writer, events []sched.Event) error {
	if len(events) == 0 {
		_, err := fmt.Fprintln(out, "No events yet: lanyard import schedule FILE")
		return err
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tEVENT\tDAYS\tTALKS\tTIME ZONE")
	for _, ev := range events {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\n", ev.ID, safetext.Line(ev.Name), dayRange(ev), countTalks(ev), safetext.Line(ev.TZ))
	}
	return tw.Flush()
}

func dayRange(ev sched.Event) string {
	switch len(ev.Days) {
	case 0:
		return "-"
	case 1:
		return ev.Days[0].Date
	}
	return ev.Days[0].Date + " to " + ev.Days[len(ev.Days)-1].Date
}

func countTalks(ev sched.Event) int {
	n := 0
	for range ev.All() {
		n++
	}
	return n
}

func newTalksCommand(g *globals) *cobra.Command {
	var event, day string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "talks",
		Short: "List an event's talks with the IDs other commands take",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			nb, err := g.openToRead()
			if err != nil {
				return err
			}
			defer nb.Close()
			ev, err := pickEvent(nb, event)
			if err != nil {
				return err
			}
			if ev, err = onlyDay(ev, day); err != nil {
				return err
			}
			if asJSON {
				abouts, err := nb.Abouts(ev.ID)
				if err != nil {
					return err
				}
				return writeTalksJSON(cmd.OutOrStdout(), ev, abouts)
			}
			return writeTalks(cmd.OutOrStdout(), ev, terminalWidth(cmd.OutOrStdout()))
		},
	}
	cmd.Flags().StringVar(&event, "event", "", "event: its ID (lanyard events) or the start of its name (default: the one opened last)")
	cmd.Flags().StringVar(&day, "day", "", "one day: a date (2019-10-17) or its number (1)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "write JSON")
	return cmd
}

// pickEvent finds the event the user names (see findEvent), or the one
// opened last, or the newest.
func pickEvent(nb *store.Notebook, name string) (sched.Event, error) {
	events, err := nb.Events()
	if err != nil {
		return sched.Event{}, err
	}
	if len(events) == 0 {
		return sched.Event{}, errors.New("the notebook has no events yet: lanyard import schedule FILE")
	}
	if name != "" {
		return findEvent(events, name)
	}
	if last, err := nb.LastOpened(); err == nil && last != 0 {
		for _, ev := range events {
			if ev.ID == last {
				return ev, nil
			}
		}
	}
	return events[len(events)-1], nil
}

// onlyDay cuts an event down to one day, named by date or number; "" keeps
// every day.
func onlyDay(ev sched.Event, day string) (sched.Event, error) {
	if day == "" {
		return ev, nil
	}
	for i, d := range ev.Days {
		if d.Date == day || fmt.Sprint(i+1) == day {
			ev.Days = []sched.Day{d}
			return ev, nil
		}
	}
	return ev, fmt.Errorf("--day %s: %q has no such day (its days are %s)", day, ev.Name, dayRange(ev))
}

// writeTalks writes an event's talks as a table: whole, or cut to width
// cells when width is not 0 (see writeTable).
func writeTalks(out io.Writer, ev sched.Event, width int) error {
	loc := ev.Location()
	rows := [][]string{talkHeader}
	for _, d := range ev.Days {
		for _, t := range d.Talks {
			rows = append(rows, append([]string{fmt.Sprint(t.ID), safetext.Line(d.Date), t.Span(loc)}, talkCells(t, "")...))
			for _, item := range t.Items {
				rows = append(rows, append([]string{fmt.Sprint(item.ID), safetext.Line(d.Date), ""}, talkCells(item, "  ↳ ")...))
			}
		}
	}
	return writeTable(out, rows, width)
}

// talkCells are a talk's title (after lead), speakers, room and track for
// the table, cleaned as a schedule's text is: a notebook written by an
// older lanyard may hold text that was not, and a terminal obeys what it
// is sent.
func talkCells(t sched.Talk, lead string) []string {
	return []string{lead + flags(t) + safetext.Line(t.Title), safetext.Line(t.Byline()), safetext.Line(t.Room), safetext.Line(t.Track)}
}

// flags marks attended and dropped talks in the table.
func flags(t sched.Talk) string {
	var marks []string
	if t.Attended {
		marks = append(marks, "*")
	}
	if t.Dropped {
		marks = append(marks, "(dropped)")
	}
	if len(marks) == 0 {
		return ""
	}
	return strings.Join(marks, " ") + " "
}

// talkJSON is one talk as `lanyard talks --json` writes it: times in venue
// time with their offset.
type talkJSON struct {
	ID       uint64   `json:"id"`
	Event    string   `json:"event"`
	Day      string   `json:"day"`
	Start    string   `json:"start"`
	End      string   `json:"end,omitempty"`
	Title    string   `json:"title"`
	Speakers []string `json:"speakers"`
	Room     string   `json:"room,omitempty"`
	Track    string   `json:"track,omitempty"`
	Kind     string   `json:"kind"`
	Attended bool     `json:"attended"`
	Dropped  bool     `json:"dropped,omitempty"`
	Slot     uint64   `json:"slot,omitempty"`
	SourceID string   `json:"source_id,omitempty"`
	// WatchLater marks a talk the user means to watch as a recording.
	WatchLater bool `json:"watch_later,omitempty"`
	// What the schedule says the talk is about, each left out when it
	// says nothing.
	Subtitle    string       `json:"subtitle,omitempty"`
	Language    string       `json:"language,omitempty"`
	Abstract    string       `json:"abstract,omitempty"`
	Description string       `json:"description,omitempty"`
	URL         string       `json:"url,omitempty"`
	Links       []sched.Link `json:"links,omitempty"`
}

// writeTalksJSON writes ev's talks with what abouts (by talk ID) says
// they are about.
func writeTalksJSON(out io.Writer, ev sched.Event, abouts map[uint64]sched.About) error {
	loc := ev.Location()
	stamp := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(loc).Format(time.RFC3339)
	}
	rows := []talkJSON{}
	add := func(day string, t sched.Talk, slot uint64) {
		speakers := t.Speakers
		if speakers == nil {
			speakers = []string{}
		}
		a := abouts[t.ID]
		rows = append(rows, talkJSON{ID: t.ID, Event: ev.Name, Day: day, Start: stamp(t.Start), End: stamp(t.End),
			Title: t.Title, Speakers: speakers, Room: t.Room, Track: t.Track, Kind: string(t.Kind), Attended: t.Attended,
			Dropped: t.Dropped, Slot: slot, SourceID: t.SourceID, WatchLater: t.WatchLater,
			Subtitle: a.Subtitle, Language: a.Language, Abstract: a.Abstract, Description: a.Description, URL: a.URL, Links: a.Links})
	}
	for _, d := range ev.Days {
		for _, t := range d.Talks {
			add(d.Date, t, 0)
			for _, item := range t.Items {
				add(d.Date, item, t.ID)
			}
		}
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(rows)
}
