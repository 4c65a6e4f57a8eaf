package pentabarf

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// findTalk returns the talk with the source id, and its day's date.
func findTalk(t *testing.T, res schedule.Parsed, id string) (schedule.Talk, string) {
	t.Helper()
	return readertest.Find(t, res, readertest.Sourced(id))
}

// dayCounts checks each day's date and number of talks.
func dayCounts(t *testing.T, res schedule.Parsed, want map[string]int) {
	t.Helper()
	if len(res.Days) != len(want) {
		t.Fatalf("%d days, want %d", len(res.Days), len(want))
	}
	for _, d := range res.Days {
		if len(d.Talks) != want[d.Date] {
			t.Errorf("%s: %d talks, want %d", d.Date, len(d.Talks), want[d.Date])
		}
	}
}

// TestFOSDEM2024: no dates, no zone, no GUIDs; the caller says Brussels.
func TestFOSDEM2024(t *testing.T) {
	brussels := readertest.MustZone(t, "Europe/Brussels")
	res, err := Parse(bytes.NewReader(readertest.RealFile(t, "mttcrsp-fosdem__2024.xml")), schedule.ReadOptions{Name: "fosdem2024.xml", Location: brussels})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 674 || res.Title != "FOSDEM 2024" || res.Zone != "" {
		t.Fatalf("talks %d title %q zone %q", res.Talks, res.Title, res.Zone)
	}
	dayCounts(t, res, map[string]int{"2024-02-03": 349, "2024-02-04": 325})
	talk, day := findTalk(t, res, "10528")
	if day != "2024-02-03" || row(talk, brussels) != "02-03 10:30-11:30 J.1.106 | Creative Coding with TurtleStitch | Pauline Maas | "+talk.Track+" | talk | 10528" {
		t.Errorf("%s: %s", day, row(talk, brussels))
	}
	if talk.About == nil || !strings.HasPrefix(talk.About.Abstract, "Turtlestitch is based on a browser-based educational programming language (Snap!)") ||
		strings.Contains(talk.About.Abstract, "<p>") || talk.About.Language != "en" || talk.About.Links != nil {
		t.Errorf("TurtleStitch: %#v", talk.About)
	}
	checkFOSDEM2024About(t, res)
	talk, day = findTalk(t, res, "10893")
	if day != "2024-02-04" || talk.Start.In(brussels).Format("01-02 15:04") != "02-04 09:00" || talk.Title != "MicroBlocks Workshop" {
		t.Errorf("%s: %s", day, row(talk, brussels))
	}
}

// checkFOSDEM2024About: abstracts are HTML made text, with their
// paragraphs and links; links and attachments keep their titles.
func checkFOSDEM2024About(t *testing.T, res schedule.Parsed) {
	t.Helper()
	blocks, _ := findTalk(t, res, "10566")
	if blocks.About == nil || !strings.HasPrefix(blocks.About.Abstract, "MicroBlocks (https://microblocks.fun) is a blocks programming language") {
		t.Errorf("MicroBlocks: %#v", blocks.About)
	}
	smb, _ := findTalk(t, res, "10758")
	wantLinks := []schedule.Link{
		{Title: "Samba Website", URL: "https://www.samba.org/"},
		{Title: "SMB3 Posix Specification", URL: "https://gitlab.com/samba-team/smb3-posix-spec"},
	}
	if smb.About == nil || !slices.Equal(smb.About.Links, wantLinks) || !strings.Contains(smb.About.Abstract, "NFS.\n\nFor a couple of years now") {
		t.Errorf("SMB: %#v", smb.About)
	}
	js, _ := findTalk(t, res, "10734")
	if js.About == nil || len(js.About.Links) != 1 || js.About.Links[0].Title != "Slides" ||
		js.About.Links[0].URL != "https://fosdem.org/2024/events/attachments/fosdem-2024-2466-js-runtimes-war/slides/10734/JS_Runtime_war_zKm4wcf.pdf" {
		t.Errorf("JS runtimes: %#v", js.About)
	}
	abstracts, links := 0, 0
	for _, d := range res.Days {
		for _, talk := range d.Talks {
			if talk.About != nil && talk.About.Abstract != "" {
				abstracts++
			}
			if talk.About != nil {
				links += len(talk.About.Links)
			}
		}
	}
	if abstracts < 600 || links < 300 {
		t.Errorf("%d abstracts, %d links", abstracts, links)
	}
}

// TestFOSDEM2007: events straight under the day.
func TestFOSDEM2007(t *testing.T) {
	brussels := readertest.MustZone(t, "Europe/Brussels")
	res, err := Parse(bytes.NewReader(readertest.RealFile(t, "mttcrsp-fosdem__2007.xml")), schedule.ReadOptions{Name: "fosdem2007.xml", Location: brussels})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 215 || res.Title != "FOSDEM 2007" {
		t.Fatalf("talks %d title %q", res.Talks, res.Title)
	}
	dayCounts(t, res, map[string]int{"2007-02-25": 94, "2007-02-26": 121})
	talk, day := findTalk(t, res, "0")
	if day != "2007-02-25" || row(talk, brussels) != "02-25 15:00-15:45 Chavanne | AIGLX | Kristian Høgsberg | Desktop Applications | talk | 0" {
		t.Errorf("%s: %s", day, row(talk, brussels))
	}
}

// TestDebConf23: wafer's day dates are UTC's, a day before the venue's;
// every talk must be on its Asia/Kolkata day at the time the file's
// <start> shows.
func TestDebConf23(t *testing.T) {
	kolkata := readertest.MustZone(t, "Asia/Kolkata")
	res, err := Parse(bytes.NewReader(readertest.RealFile(t, "giggity__debconf23.xml")), schedule.ReadOptions{Name: "debconf23.xml", Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 117 || res.Zone != "Asia/Kolkata" || res.Title != "DebConf 23" {
		t.Fatalf("talks %d zone %q title %q", res.Talks, res.Zone, res.Title)
	}
	dayCounts(t, res, map[string]int{"2023-09-10": 20, "2023-09-11": 17, "2023-09-12": 19, "2023-09-13": 4,
		"2023-09-14": 11, "2023-09-15": 19, "2023-09-16": 19, "2023-09-17": 8})
	for d, talk := range (schedule.Event{Days: res.Days}).All() {
		if got, date := talk.Start.In(kolkata).Format(schedule.DateLayout), res.Days[d].Date; got != date {
			t.Errorf("%q starts %s, filed on %s", talk.Title, got, date)
		}
	}
	for id, want := range map[string]string{
		"455d075f-48c0-2ec2-24b3-f5add30c383a": "2023-09-10 10:30-10:50 Opening Ceremony",
		"d46aa09e-2380-22db-03b4-5c653d1b9649": "2023-09-12 10:30-11:15 My life in git, after subversion, after CVS.",
		"7d2bd1d1-a34c-6c6d-2246-058ee0c2827d": "2023-09-12 10:30-11:15 DebConf bursary team BoF",
	} {
		talk, day := findTalk(t, res, id)
		got := day + " " + talk.Start.In(kolkata).Format("15:04") + "-" + talk.End.In(kolkata).Format("15:04") + " " + talk.Title
		if got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	// wafer's descriptions are Markdown: kept as written, entities
	// decoded, with the talk's page.
	opening, _ := findTalk(t, res, "455d075f-48c0-2ec2-24b3-f5add30c383a")
	if opening.About == nil || opening.About.Description != "Welcome to DebConf23" || opening.About.Abstract != "" ||
		opening.About.URL != "https://debconf23.debconf.org/talks/18-opening-ceremony/" {
		t.Errorf("Opening: %#v", opening.About)
	}
	heritage, _ := findTalk(t, res, "81c3c7d7-bb3f-39ce-4016-bbc959de550f")
	if heritage.About == nil || !strings.HasPrefix(heritage.About.Description, "Since its inception in 2015, [the Software Heritage project](https://www.softwareheritage.org/) has been") {
		t.Errorf("Software Heritage: %#v", heritage.About)
	}
	for _, talk := range (schedule.Event{Days: res.Days}).All() {
		if talk.About == nil || talk.About.URL == "" {
			t.Errorf("%q has no page", talk.Title)
		}
	}
}
