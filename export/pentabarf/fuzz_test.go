package pentabarf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.xml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, seed := range []string{
		"", "<", "<schedule/>", "<schedule><day/></schedule>",
		`<schedule><day date="2030-01-01"><event><start>23:59</start><title>x</title><duration>24:00:00</duration></event></day></schedule>`,
		`<schedule><day date="2030-01-01"><room name="&#xA0;"><event><date>2030-01-01T00:00:00-12:00</date><title>&amp;#x9b;2Jx</title></event></room></day></schedule>`,
		`<schedule><conference><day_change>23:59</day_change><time_zone_name>Mars/Olympus</time_zone_name></conference><day date="0001-01-01"><event><start>00:00</start><title>t</title></event></day></schedule>`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Parse(strings.NewReader(text), Options{Name: "fuzz.xml"})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.xml: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			if res.Talks != 0 || res.Days != nil {
				t.Fatalf("partial result with %v", err)
			}
			return
		}
		n := 0
		for i, day := range res.Days {
			if i > 0 && res.Days[i-1].Date >= day.Date {
				t.Fatalf("days out of order: %s then %s", res.Days[i-1].Date, day.Date)
			}
			for j, talk := range day.Talks {
				if j > 0 && talk.Start.Before(day.Talks[j-1].Start) {
					t.Fatalf("talks out of order on %s", day.Date)
				}
				checkTalk(t, talk)
				n++
			}
		}
		if n != res.Talks || n == 0 {
			t.Fatalf("Talks = %d, days hold %d", res.Talks, n)
		}
	})
}

// checkTalk fails when a talk Parse accepted could not be shown: an end
// before its start, no title, or control characters a terminal would obey.
func checkTalk(t *testing.T, talk schedule.Talk) {
	t.Helper()
	if talk.End.Before(talk.Start) || talk.End.Sub(talk.Start) > maxDuration {
		t.Fatalf("%q runs %v to %v", talk.Title, talk.Start, talk.End)
	}
	if strings.TrimSpace(talk.Title) == "" {
		t.Fatalf("talk with no title: %+v", talk)
	}
	texts := append([]string{talk.Title, talk.Room, talk.Track, talk.SourceID}, talk.Speakers...)
	for _, s := range texts {
		if strings.ContainsFunc(s, unicode.IsControl) {
			t.Fatalf("%q keeps control characters", s)
		}
	}
}
