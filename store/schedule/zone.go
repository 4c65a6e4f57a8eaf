package schedule

import (
	"sync"
	"time"
)

// zoneCacheLimit bounds how many zone names are remembered. A notebook
// holds a handful of events; the bound only keeps a stream of odd names
// (a hostile file, a fuzzer) from growing the cache without end.
const zoneCacheLimit = 64

// zones remembers the zones looked up by name. time.LoadLocation reads
// and parses the zone database on every call, and the TUI asks for the
// venue's zone several times per message: uncached, that was about a
// tenth of a key's CPU. The zone database does not change while lanyard
// runs, so a name's answer, found or not, holds for the whole run.
var zones = struct {
	sync.RWMutex
	byName map[string]*time.Location // nil value: the name is unknown
}{byName: map[string]*time.Location{}}

// loadZone returns the zone named name, or nil if there is none by that
// name, loading it only the first time it is asked for.
func loadZone(name string) *time.Location {
	zones.RLock()
	loc, ok := zones.byName[name]
	zones.RUnlock()
	if ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	zones.Lock()
	defer zones.Unlock()
	if known, ok := zones.byName[name]; ok {
		return known // another goroutine loaded it meanwhile: keep one answer
	}
	if len(zones.byName) < zoneCacheLimit {
		zones.byName[name] = loc
	}
	return loc
}
