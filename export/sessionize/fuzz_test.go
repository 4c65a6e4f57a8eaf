package sessionize

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		// Compact the fixtures: the fuzzer minimises each input that finds
		// new code, and with the indented 20 KB fixture that took the
		// whole run.
		var compact bytes.Buffer
		if json.Compact(&compact, data) == nil {
			data = compact.Bytes()
		}
		f.Add(string(data))
	}
	for _, seed := range []string{
		"", "{}", "[]", "null", `{"sessions": null}`, `{"sessions": []}`, `[{"rooms": [{"sessions": [{}]}]}]`,
		allDoc(sess("1", `\u001b]0;pwned\u0007x`, "2025-05-14T10:00:00", "2025-05-14T10:00:00")),
		allDoc(sess("1", "x", "2025-05-14T03:59:59.999+14:00", "2025-05-14T13:59:59-12:00")),
		allDoc(`{"id": 1e400, "title": "x", "startsAt": "2025-05-14T10:00:00", "endsAt": "2025-05-14T11:00:00", "speakers": [null, {"id": 2}]}`),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Parse(strings.NewReader(text), Options{Name: "fuzz.json"})
		if err != nil {
			if res.Days != nil || res.Talks != 0 {
				t.Fatalf("partial result with error %v", err)
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
	if talk.End.Before(talk.Start) || talk.End.Sub(talk.Start) > maxSessionLength {
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
