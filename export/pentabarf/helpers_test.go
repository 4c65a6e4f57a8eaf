package pentabarf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	// The tests read times in Europe/Berlin, Europe/Brussels and
	// Asia/Kolkata whether or not the machine has a zone database.
	_ "time/tzdata"

	"lanyard/store/schedule"
)

// parseFile parses testdata/name and fails the test on an error.
func parseFile(t *testing.T, name string, loc *time.Location) Result {
	t.Helper()
	res, err := parseErr(t, name, loc)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return res
}

// parseErr parses testdata/name and returns what Parse returned.
func parseErr(t *testing.T, name string, loc *time.Location) (Result, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Parse(f, Options{Name: name, Location: loc})
}

// row writes a talk as a user would read it in the venue's zone:
// "01-02 23:00-01:00 Alpha Room | Late Karaoke | speakers | track | kind | id".
func row(t schedule.Talk, loc *time.Location) string {
	return strings.Join([]string{
		t.Start.In(loc).Format("01-02 15:04") + "-" + t.End.In(loc).Format("15:04") + " " + t.Room,
		t.Title, strings.Join(t.Speakers, ", "), t.Track, string(t.Kind), t.SourceID,
	}, " | ")
}

// checkDays compares every day's date and talks with want, a day date
// followed by its rows.
func checkDays(t *testing.T, res Result, loc *time.Location, want map[string][]string, order []string) {
	t.Helper()
	if len(res.Days) != len(order) {
		t.Fatalf("%d days, want %d: %+v", len(res.Days), len(order), res.Days)
	}
	for i, d := range res.Days {
		if d.Date != order[i] {
			t.Errorf("day %d is %s, want %s", i, d.Date, order[i])
			continue
		}
		got := make([]string, len(d.Talks))
		for j, talk := range d.Talks {
			got[j] = row(talk, loc)
		}
		if strings.Join(got, "\n") != strings.Join(want[d.Date], "\n") {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", d.Date, strings.Join(got, "\n"), strings.Join(want[d.Date], "\n"))
		}
	}
}

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
