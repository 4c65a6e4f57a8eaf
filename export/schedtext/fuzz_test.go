package schedtext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		if info, err := os.Stat(name); err != nil || info.IsDir() {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, seed := range []string{
		"",
		"\ufeff2019-10-17\r\n23:59 – 00:00 x\r",
		"October 17, 2019\n12:00am - 11:59pm *\n* –\n*\n-",
		"Day 1 – Oct 17, 2019\nSession 2 – 15:40 – 16:10\n* Room – @\nd\n",
		"17 Oct 2019\n99.99 – 100.00 x\n9am to 9am \x1b[31m\x1b]0;t\n",
		"Thursday, October 17, 2019\nA – 1:00 – 2:00pm\n\x00\x1b",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Parse(strings.NewReader(text), Options{Name: "fuzz.txt", Location: time.UTC})
		if err != nil {
			return
		}
		for i, day := range res.Days {
			if i > 0 && res.Days[i-1].Date >= day.Date {
				t.Fatalf("days out of order: %s then %s", res.Days[i-1].Date, day.Date)
			}
			for j, talk := range day.Talks {
				if j > 0 && talk.Start.Before(day.Talks[j-1].Start) {
					t.Fatalf("talks out of order on %s", day.Date)
				}
				checkTalk(t, talk)
				for _, item := range talk.Items {
					checkTalk(t, item)
				}
			}
		}
	})
}

// checkTalk fails when a talk Parse accepted could not be shown: an end
// before its start, no title, or control characters a terminal would obey.
func checkTalk(t *testing.T, talk schedule.Talk) {
	t.Helper()
	if talk.End.Before(talk.Start) {
		t.Fatalf("%q ends %v before it starts %v", talk.Title, talk.End, talk.Start)
	}
	if strings.TrimSpace(talk.Title) == "" {
		t.Fatalf("talk with no title: %+v", talk)
	}
	texts := append([]string{talk.Title, talk.Room}, talk.Speakers...)
	for _, s := range texts {
		if strings.ContainsFunc(s, unicode.IsControl) {
			t.Fatalf("%q keeps control characters", s)
		}
	}
}
