package schedtext

import (
	"strings"
	"testing"
	"time"
	// The tests read times in Europe/London whether or not the machine has
	// a zone database.
	_ "time/tzdata"

	"lanyard/store/schedule"
)

// parseOK parses text read in UTC and fails the test on an error.
func parseOK(t *testing.T, text string) schedule.Parsed {
	t.Helper()
	res, err := Parse(strings.NewReader(text), schedule.ReadOptions{Name: "test.txt", Location: time.UTC})
	if err != nil {
		t.Fatalf("Parse(%q): %v", text, err)
	}
	return res
}

// onlyTalk returns the single talk of a one-day, one-talk result.
func onlyTalk(t *testing.T, res schedule.Parsed) schedule.Talk {
	t.Helper()
	if len(res.Days) != 1 || len(res.Days[0].Talks) != 1 {
		t.Fatalf("want one day with one talk, got %+v", res.Days)
	}
	return res.Days[0].Talks[0]
}

// span writes a talk's times as "09:00-10:00" in UTC, with "+1" on an end
// the next day, so a table can say what a user would see.
func span(t schedule.Talk) string {
	end := t.End.UTC().Format("15:04")
	if t.End.UTC().YearDay() != t.Start.UTC().YearDay() {
		end += "+1"
	}
	return t.Start.UTC().Format("15:04") + "-" + end
}

const dateLine = "October 17, 2019\n"
