package main

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"

	sched "lanyard/store/schedule"
)

// writePentabarf writes a schedule of n events over two days in 40 rooms
// in the thin Pentabarf form FOSDEM publishes, for timing imports and the
// schedule pane on a day the size of FOSDEM's.
func writePentabarf(path string, n int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(w, `<schedule><conference><title>Benchconf</title><day_change>09:00</day_change></conference>`)
	perDay := (n + 1) / 2
	id := 0
	for day, date := range []string{"2026-02-07", "2026-02-08"} {
		fmt.Fprintf(w, `<day index="%d" date="%s">`+"\n", day+1, date)
		for room := range 40 {
			fmt.Fprintf(w, ` <room name="H.%d">`+"\n", 1000+room)
			for slot := 0; id < min(n, perDay*(day+1)) && slot < (perDay+39)/40; slot++ {
				id++
				fmt.Fprintf(w, `  <event id="%d"><start>%02d:%02d</start><duration>00:25</duration><room>H.%d</room>`+
					`<title>Talk %d on reliable systems</title><track>Track %d</track>`+
					`<persons><person id="%d">Speaker %d</person></persons></event>`+"\n",
					id, 9+slot/2, slot%2*30, 1000+room, id, room%12, id, id)
			}
			fmt.Fprintln(w, ` </room>`)
		}
		fmt.Fprintln(w, `</day>`)
	}
	fmt.Fprintln(w, `</schedule>`)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeSchedule writes ev, one day in one room, as Pentabarf XML, the
// form every lanyard has imported: `lanyard import schedule --tz
// Europe/London` gives back its talks at the same times.
func writeSchedule(w io.Writer, ev sched.Event) error {
	bw := bufio.NewWriter(w) // keeps its first error for Flush
	day := ev.Days[0]
	fmt.Fprintf(bw, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><conference><title>%s</title></conference>\n", xmlText(ev.Name))
	fmt.Fprintf(bw, "<day index=\"1\" date=\"%s\">\n <room name=\"Main\">\n", day.Date)
	for _, t := range day.Talks {
		d := t.End.Sub(t.Start)
		fmt.Fprintf(bw, "  <event id=\"%d\"><start>%s</start><duration>%02d:%02d</duration><room>Main</room><title>%s</title><type>talk</type></event>\n",
			t.ID, t.Start.Format("15:04"), int(d.Hours()), int(d.Minutes())%60, xmlText(t.Title))
	}
	fmt.Fprintf(bw, " </room>\n</day>\n</schedule>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("schedule: %w", err)
	}
	return nil
}

// xmlText escapes s for XML character data.
func xmlText(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic(err) // a strings.Builder does not fail
	}
	return b.String()
}
