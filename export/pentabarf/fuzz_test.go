package pentabarf

import (
	"path/filepath"
	"testing"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	for _, data := range readertest.Files(f, filepath.Join("testdata", "*.xml")) {
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
	// A file's day_change may turn the day over as late as 06:00.
	lim := readertest.Limits{MaxLength: fields.MaxDuration, Turnover: latestTurnover}
	f.Fuzz(func(t *testing.T, text string) {
		readertest.CheckParse(t, Parse, text, schedule.ReadOptions{Name: "fuzz.xml"}, lim)
	})
}
