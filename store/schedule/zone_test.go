package schedule

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLocationIsTheVenuesZoneLoadedOnce(t *testing.T) {
	if _, err := time.LoadLocation("Europe/Brussels"); err != nil {
		t.Skip("no zone database:", err)
	}
	ev := Event{TZ: "Europe/Brussels"}
	first := ev.Location()
	if first.String() != "Europe/Brussels" {
		t.Fatalf("Location() = %q, want Europe/Brussels", first)
	}
	// The same *Location again means the zone database was not read again.
	if again := ev.Location(); again != first {
		t.Errorf("second Location() is a new zone: the name was loaded again")
	}
	at := time.Date(2024, 2, 3, 9, 0, 0, 0, time.UTC).In(first)
	if at.Hour() != 10 {
		t.Errorf("09:00 UTC in Brussels reads %02d:00, want 10:00", at.Hour())
	}
}

func TestLocationOfAnUnknownOrEmptyNameIsTheMachinesZone(t *testing.T) {
	for _, name := range []string{"", "Not/A_Zone", "../../etc/passwd", "Europe/\x1b[2J", strings.Repeat("x", 10000)} {
		for range 2 { // the second answer comes from the cache
			if got := (Event{TZ: name}).Location(); got != time.Local {
				t.Errorf("Location(%q) = %v, want the machine's zone", name, got)
			}
		}
	}
}

func TestLocationCacheStaysBoundedAndRaceFree(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				name := fmt.Sprintf("Odd/Zone_%d_%d", g, i)
				if (Event{TZ: name}).Location() != time.Local {
					t.Errorf("Location(%q) is not the machine's zone", name)
				}
				_ = (Event{TZ: "UTC"}).Location()
			}
		})
	}
	wg.Wait()
	zones.RLock()
	n := len(zones.byName)
	zones.RUnlock()
	if n > zoneCacheLimit {
		t.Errorf("the zone cache holds %d names, more than its limit %d", n, zoneCacheLimit)
	}
	if got := (Event{TZ: "UTC"}).Location(); got.String() != "UTC" {
		t.Errorf("UTC after the cache filled: %v", got)
	}
}

// BenchmarkLocation is the cost the TUI pays per call, several times per
// message.
func BenchmarkLocation(b *testing.B) {
	ev := Event{TZ: "Europe/Brussels"}
	if ev.Location() == time.Local {
		b.Skip("no zone database")
	}
	for b.Loop() {
		_ = ev.Location()
	}
}

// BenchmarkLoadLocationUncached is what each call cost before the cache.
func BenchmarkLoadLocationUncached(b *testing.B) {
	for b.Loop() {
		if _, err := time.LoadLocation("Europe/Brussels"); err != nil {
			b.Skip(err)
		}
	}
}
