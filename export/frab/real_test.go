package frab

import (
	"bytes"
	"slices"
	"strings"
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
	want := schedule.About{
		Language:    "en",
		Abstract:    "Brand back-end models!",
		Description: "Station provide certain mean. Toward region beautiful language blood.\nProfessional economic pattern a. Human plan institution thus.",
		URL:         "http://localhost/democon/talk/G9JGWY/",
	}
	if first.About == nil || !first.About.Equal(want) {
		t.Errorf("first talk's About = %#v", first.About)
	}
	for _, talk := range (schedule.Event{Days: res.Days}).All() {
		if talk.About == nil || !strings.HasPrefix(talk.About.URL, "http://localhost/democon/talk/") {
			t.Errorf("%q: About %#v", talk.Title, talk.About)
		}
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
	checkCamp2019About(t, res)
}

// checkCamp2019About: frab's talks keep their page, subtitle, language,
// abstract and paragraphs of description, links, and attachments under
// the published Fahrplan.
func checkCamp2019About(t *testing.T, res schedule.Parsed) {
	t.Helper()
	codes, _ := readertest.Find(t, res, readertest.Sourced("36b973e6-6203-4506-9317-4959d04ce0d0"))
	a := codes.About
	if a == nil || a.URL != "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10400.html" ||
		a.Subtitle != "Hacker im Museum" || a.Language != "de" ||
		!strings.HasPrefix(a.Abstract, "Computer können Kunst erzeugen.") ||
		!strings.Contains(a.Description, "wandert.\n\nKostenloser Eintritt") ||
		!slices.Equal(a.Links, []schedule.Link{{Title: "Projekwebseite", URL: "https://zkm.de/de/ausstellung/2017/10/open-codes"}}) {
		t.Errorf("OpenCodes: %#v", a)
	}
	k8s, _ := readertest.Find(t, res, readertest.Sourced("24b58c74-2bba-412e-84ac-c206f714f0b7"))
	slides := "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/system/event_attachments/attachments/000/003/792/original/Hacking_Containers_and_Kubernetes.pdf?1566398735"
	if k8s.About == nil || !slices.Equal(k8s.About.Links, []schedule.Link{{Title: "Slides", URL: slides}}) {
		t.Errorf("Kubernetes: %#v", k8s.About)
	}
}
