package outline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestAnyOutlineFitsAVeryNarrowPane(t *testing.T) {
	outlines := map[string][]string{
		"empty":  nil,
		"nested": {"queues", "  arrival rate", "    東京 meetup notes"},
	}
	for name, lines := range outlines {
		for width := 1; width <= 6; width++ {
			m, _ := editor(t, outlineOf(t, lines...), width, 8)
			what := fmt.Sprintf("%s outline at width %d", name, width)
			view := strings.Split(m.View(), "\n")
			if len(view) != 8 {
				t.Errorf("%s: %d lines, want 8", what, len(view))
			}
			for i, l := range view {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("%s: line %d is %d cells: %q", what, i, w, ansi.Strip(l))
				}
			}
		}
	}
}
