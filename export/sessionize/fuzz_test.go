package sessionize

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"lanyard/export/internal/days"
	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func FuzzParse(f *testing.F) {
	for _, data := range readertest.Files(f, filepath.Join("testdata", "*.json")) {
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
	lim := readertest.Limits{MaxLength: fields.MaxDuration, Turnover: days.NightOwl}
	f.Fuzz(func(t *testing.T, text string) {
		readertest.CheckParse(t, Parse, text, schedule.ReadOptions{Name: "fuzz.json"}, lim)
	})
}
