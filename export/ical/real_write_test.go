package ical_test

import (
	"bytes"
	"testing"
	"time"

	"lanyard/export/ical"
	"lanyard/export/internal/readertest"
	"lanyard/export/pentabarf"
	"lanyard/store/schedule"
)

// TestWriteFOSDEM2024: every one of FOSDEM 2024's 674 talks, exported
// with its abstract and links, reads back with the same title, room and
// times, and with a UID of its own.
func TestWriteFOSDEM2024(t *testing.T) {
	data := readertest.RealFile(t, "mttcrsp-fosdem__2024.xml")
	brussels := readertest.MustZone(t, "Europe/Brussels")
	res, err := pentabarf.Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "fosdem.xml", Location: brussels, ZoneGiven: true})
	if err != nil {
		t.Fatal(err)
	}
	ev := schedule.Event{ID: 1, Name: "FOSDEM 2024", TZ: "Europe/Brussels", Days: res.Days}
	var want []string
	for _, tk := range ev.All() {
		want = append(want, readertest.Row(schedule.Talk{Start: tk.Start, End: tk.End, Title: tk.Title, Room: tk.Room}, brussels))
	}
	var out bytes.Buffer
	if err := ical.Write(&out, ev, ical.WriteOptions{All: true, Identity: "real", Stamp: time.Now()}); err != nil {
		t.Fatal(err)
	}
	back, err := ical.Parse(&out, schedule.ReadOptions{Name: "fosdem.ics"})
	if err != nil {
		t.Fatal(err)
	}
	if back.Zone != "Europe/Brussels" || back.Talks != len(want) {
		t.Fatalf("zone %q, %d talks; want Europe/Brussels, %d", back.Zone, back.Talks, len(want))
	}
	got := map[string]int{}
	uids := map[string]bool{}
	for _, tk := range back.Days {
		for _, b := range tk.Talks {
			got[readertest.Row(schedule.Talk{Start: b.Start, End: b.End, Title: b.Title, Room: b.Room}, brussels)]++
			uids[b.SourceID] = true
		}
	}
	for _, w := range want {
		if got[w] == 0 {
			t.Errorf("not read back: %s", w)
		}
		got[w]--
	}
	if len(uids) != len(want) {
		t.Errorf("%d UIDs for %d talks", len(uids), len(want))
	}
}
