package sessionize

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// TestRealOtherFormatsRefused: the published schedules are all in other
// formats; there is no real Sessionize file among them, so they test what
// this reader must refuse.
func TestRealOtherFormatsRefused(t *testing.T) {
	for _, name := range readertest.RealPaths(t) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if Sniff(data[:min(len(data), 4096)]) {
			t.Errorf("Sniff claims %s", filepath.Base(name))
		}
		if strings.HasSuffix(name, ".json") {
			_, err := Parse(strings.NewReader(string(data)), schedule.ReadOptions{Name: name})
			if !errors.Is(err, ErrNotSessionize) {
				t.Errorf("Parse(%s) = %v, want ErrNotSessionize", filepath.Base(name), err)
			}
		}
	}
}
