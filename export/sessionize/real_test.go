package sessionize

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realDir holds published schedules in other formats; there is no real
// Sessionize file among them, so they test what this reader must refuse.
const realDir = "/work/shared/schedules"

func TestRealOtherFormatsRefused(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(realDir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, ".md") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if Sniff(data[:min(len(data), 4096)]) {
			t.Errorf("Sniff claims %s", filepath.Base(name))
		}
		if strings.HasSuffix(name, ".json") {
			_, err := Parse(strings.NewReader(string(data)), Options{Name: name})
			if !errors.Is(err, ErrNotSessionize) {
				t.Errorf("Parse(%s) = %v, want ErrNotSessionize", filepath.Base(name), err)
			}
		}
	}
	if n == 0 {
		t.Skip("no real schedules in " + realDir)
	}
}
