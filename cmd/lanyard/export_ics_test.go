package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lanyard/export/ical"
	"lanyard/store"
	sched "lanyard/store/schedule"
)

// aboutConf makes a notebook holding a two-day event in Berlin whose
// talks carry what the schedule says they are about: one attended, one to
// watch later, one plain.
func aboutConf(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	at := func(day, h int) time.Time { return time.Date(2031, 3, day, h, 0, 0, 0, berlin) }
	ev := sched.Event{Name: "About Conf", TZ: "Europe/Berlin", Days: []sched.Day{
		{Date: "2031-03-29", Talks: []sched.Talk{
			{Start: at(29, 10), End: at(29, 11), Title: "Reading abstracts", Speakers: []string{"Ada Quill"}, Room: "Hall 1", Track: "Tools",
				Kind: sched.KindTalk, SourceID: "1001", Attended: true,
				About: &sched.About{Subtitle: "and choosing", Language: "en", Abstract: "What a talk is about.\n\nTwo paragraphs.",
					Description: "Longer.", URL: "https://about.example/t/1001",
					Links: []sched.Link{{Title: "Slides", URL: "https://about.example/1001.pdf"}, {Title: "Video", URL: "https://video.example/1001"}}}},
			{Start: at(29, 11), End: at(29, 12), Title: "Plain talk", Room: "Hall 2", Kind: sched.KindTalk, SourceID: "1002"},
		}},
		{Date: "2031-03-30", Talks: []sched.Talk{
			{Start: at(30, 10), End: at(30, 11), Title: "Watch me later", Speakers: []string{"Bo Lind"}, Room: "Hall 1", Kind: sched.KindTalk,
				SourceID: "1003", WatchLater: true, About: &sched.About{URL: "https://about.example/t/1003", Links: []sched.Link{{Title: "Recording", URL: "https://video.example/1003"}}}},
		}},
	}}
	withNotebook(t, db, func(nb *store.Notebook) {
		if _, _, err := nb.ImportEvent(ev); err != nil {
			t.Fatal(err)
		}
	})
	return db
}

// TestTalksJSONSaysWhatTalksAreAbout: talks --json gives each talk's
// subtitle, language, abstract, description, page and links, and leaves
// out the keys of what the schedule did not say.
func TestTalksJSONSaysWhatTalksAreAbout(t *testing.T) {
	db := aboutConf(t)
	out := mustLanyard(t, db, "talks", "--json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 3 {
		t.Fatalf("%v: %s", err, out)
	}
	first, _ := json.Marshal(rows[0])
	want := `"abstract":"What a talk is about.\n\nTwo paragraphs.","attended":true,"day":"2031-03-29","description":"Longer.",`
	if !strings.Contains(string(first), want) || !strings.Contains(string(first), `"language":"en","links":[{"title":"Slides","url":"https://about.example/1001.pdf"},{"title":"Video","url":"https://video.example/1001"}]`) ||
		!strings.Contains(string(first), `"subtitle":"and choosing","title":"Reading abstracts","track":"Tools","url":"https://about.example/t/1001"`) {
		t.Errorf("first talk: %s", first)
	}
	for _, key := range []string{"abstract", "description", "subtitle", "language", "url", "links", "watch_later"} {
		if _, ok := rows[1][key]; ok {
			t.Errorf("plain talk has %q: %v", key, rows[1])
		}
	}
	if rows[2]["watch_later"] != true || rows[2]["url"] != "https://about.example/t/1003" {
		t.Errorf("talk to watch later: %v", rows[2])
	}
}

// TestExportICS: the attended talk goes out as iCalendar with its zone,
// abstract and page, lanyard reads the file back, and a second export
// gives the same UIDs; --all gives every talk.
func TestExportICS(t *testing.T) {
	db := aboutConf(t)
	file := filepath.Join(t.TempDir(), "mine.ics")
	mustLanyard(t, db, "export", "-o", file) // the extension picks the format
	first, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ics := string(first)
	for _, want := range []string{"BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n", "DTSTART;TZID=Europe/Berlin:20310329T100000\r\n",
		"SUMMARY:Reading abstracts\r\n", "URL:https://about.example/t/1001\r\n", "What a talk is about.", "LOCATION:Hall 1\r\n"} {
		if !strings.Contains(ics, want) {
			t.Errorf("export lacks %q:\n%s", want, ics)
		}
	}
	if strings.Contains(ics, "Plain talk") || strings.Contains(ics, "Watch me later") {
		t.Errorf("talks not attended went out:\n%s", ics)
	}
	res, err := ical.Parse(bytes.NewReader(first), sched.ReadOptions{Name: file})
	if err != nil || res.Talks != 1 || res.Zone != "Europe/Berlin" || res.Days[0].Talks[0].Speakers[0] != "Ada Quill" {
		t.Fatalf("read back: %v %+v", err, res)
	}
	again := mustLanyard(t, db, "export", "--format", "ics")
	uids := func(s string) string {
		var out []string
		for _, l := range strings.Split(s, "\r\n") {
			if strings.HasPrefix(l, "UID:") {
				out = append(out, l)
			}
		}
		return strings.Join(out, " ")
	}
	if uids(again) != uids(ics) || uids(ics) == "" {
		t.Errorf("UIDs changed: %s then %s", uids(ics), uids(again))
	}
	if all := mustLanyard(t, db, "export", "--format", "ics", "--all"); strings.Count(all, "BEGIN:VEVENT") != 3 {
		t.Errorf("--all:\n%s", all)
	}
	id := talkID(t, db, "Plain talk")
	if one := mustLanyard(t, db, "export", "--format", "ics", "--talk", fmt.Sprint(id)); strings.Count(one, "BEGIN:VEVENT") != 1 || !strings.Contains(one, "SUMMARY:Plain talk\r\n") {
		t.Errorf("--talk %d:\n%s", id, one)
	}
	if day := mustLanyard(t, db, "export", "--format", "ics", "--all", "--day", "2"); strings.Count(day, "BEGIN:VEVENT") != 1 || !strings.Contains(day, "Watch me later") {
		t.Errorf("--day 2:\n%s", day)
	}
}

// TestExportICSRefusals: nothing attended on a day, and the flags that
// shape a post, are refused with a message saying what to do.
func TestExportICSRefusals(t *testing.T) {
	db := aboutConf(t)
	if msg := mustFail(t, db, "export", "--format", "ics", "--day", "2"); !strings.Contains(msg, "no talk marked attended on 2031-03-30") || !strings.Contains(msg, "--all") {
		t.Errorf("nothing attended: %q", msg)
	}
	if msg := mustFail(t, db, "export", "--format", "ics", "--dir", t.TempDir()); !strings.Contains(msg, "--dir") {
		t.Errorf("--dir: %q", msg)
	}
	if msg := mustFail(t, db, "export", "--format", "vcal"); !strings.Contains(msg, "markdown, opml or ics") {
		t.Errorf("unknown format: %q", msg)
	}
}

// TestExportPostLinksPages: the post made by lanyard export links the
// talk's page and lists its slides, and its follow-ups hold the talk to
// watch later with its recording.
func TestExportPostLinksPages(t *testing.T) {
	db := aboutConf(t)
	md := mustLanyard(t, db, "export", "--all")
	for _, want := range []string{"*10:00–11:00 · Hall 1 · [talk page](https://about.example/t/1001)*",
		"- [Slides](https://about.example/1001.pdf) — *Reading abstracts*",
		"- [ ] Watch the recording: *Watch me later* — [talk page](https://about.example/t/1003) · [Recording](https://video.example/1003)"} {
		if !strings.Contains(md, want) {
			t.Errorf("post lacks %q:\n%s", want, md)
		}
	}
}
