package schedtext

import (
	"path/filepath"
	"testing"
	"time"

	"lanyard/export/internal/days"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	for _, data := range readertest.Files(f, filepath.Join("testdata", "*")) {
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
	// A slot is on the day of the date line above it; it may end, or in the
	// small hours after the evening start, the next morning.
	lim := readertest.Limits{Turnover: days.NightOwl}
	f.Fuzz(func(t *testing.T, text string) {
		readertest.CheckParse(t, Parse, text, schedule.ReadOptions{Name: "fuzz.txt", Location: time.UTC}, lim)
	})
}
