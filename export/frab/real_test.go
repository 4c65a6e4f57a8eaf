package frab

import (
	"bytes"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// TestPretalxDemocon: time_zone_name says UTC while every timestamp says
// +01:00; the talks must keep the 09:00 the venue's clocks showed.
func TestPretalxDemocon(t *testing.T) {
	res, err := Parse(bytes.NewReader(readertest.RealFile(t, "voc-schedule__pretalx-democon.json")), schedule.ReadOptions{Name: "democon.json"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 36 || len(res.Days) != 3 || res.Title != "DemoCon" || res.Zone != "Etc/GMT-1" {
		t.Fatalf("talks %d days %d title %q zone %q", res.Talks, len(res.Days), res.Title, res.Zone)
	}
	first := res.Days[0].Talks[0]
	if res.Days[0].Date != "2020-12-14" || !first.Start.Equal(time.Date(2020, 12, 14, 8, 0, 0, 0, time.UTC)) ||
		first.Room != "Gray Room" || first.Title != "Focused 5thgeneration hardware" ||
		first.SourceID != "8079583e-8321-506c-95af-fd2903a5f075" || len(first.Speakers) != 1 {
		t.Errorf("first talk = %+v", first)
	}
	if second := res.Days[0].Talks[1]; second.Room != "Tan Room" || !second.Start.Equal(first.Start) {
		t.Errorf("parallel talk = %s in %s at %v", second.Title, second.Room, second.Start)
	}
}

func TestFrabCamp2019(t *testing.T) {
	res, err := Parse(bytes.NewReader(readertest.RealFile(t, "voc-schedule__frab-camp2019.json")), schedule.ReadOptions{Name: "camp2019.json"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 79 || len(res.Days) != 5 || res.Zone != "Europe/Berlin" || res.Title != "Chaos Communication Camp 2019" {
		t.Fatalf("talks %d days %d zone %q title %q", res.Talks, len(res.Days), res.Zone, res.Title)
	}
	berlin := readertest.MustZone(t, "Europe/Berlin")
	counts := []int{17, 17, 19, 17, 9}
	for i, d := range res.Days {
		if len(d.Talks) != counts[i] {
			t.Errorf("%s: %d talks, want %d", d.Date, len(d.Talks), counts[i])
		}
	}
	open := res.Days[0].Talks[0]
	if got := readertest.Row(open, berlin); got != "11:00-11:30 Curie | Opening Ceremony | jinxx, smtw | CCC | talk | a0a0fcfe-b7fb-46e3-84b6-97a5406016b4" {
		t.Errorf("opening = %q", got)
	}
	// Day 2's last talk starts at 23:00 and runs past midnight: it stays on
	// 2019-08-22.
	day2 := res.Days[1]
	last := day2.Talks[len(day2.Talks)-1]
	if day2.Date != "2019-08-22" || last.Start.In(berlin).Format("15:04") != "23:00" ||
		last.End.In(berlin).Format("01-02 15:04") != "08-23 00:30" || last.Title != "Achtung, Datenpannen!" {
		t.Errorf("late talk = %+v", last)
	}
}
