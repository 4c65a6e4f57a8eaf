package pentabarf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// parseErr parses testdata/name and returns what Parse returned.
func parseErr(t *testing.T, name string, loc *time.Location) (schedule.Parsed, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Parse(f, schedule.ReadOptions{Name: name, Location: loc})
}

// row writes a talk as readertest.Row does, after its start's date:
// "01-02 23:00-01:00 Alpha Room | Late Karaoke | speakers | track | kind | id".
func row(t schedule.Talk, loc *time.Location) string {
	return t.Start.In(loc).Format("01-02 ") + readertest.Row(t, loc)
}

// checkDays compares every day's date and talks with want, a day date
// followed by its rows.
func checkDays(t *testing.T, res schedule.Parsed, loc *time.Location, want map[string][]string, order []string) {
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
