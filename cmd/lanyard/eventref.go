package main

import (
	"fmt"
	"strconv"
	"strings"

	"lanyard/export/safetext"
	"lanyard/store/fold"
	sched "lanyard/store/schedule"
)

// findEvent finds the event --event names among events: its ID as lanyard
// events prints it, its name (exactly, else ignoring case), or the start
// of its name ignoring case when only one event's name starts so. An
// ambiguous start names the events it could mean.
func findEvent(events []sched.Event, ref string) (sched.Event, error) {
	if id, err := strconv.ParseUint(strings.TrimSpace(ref), 10, 64); err == nil {
		for _, ev := range events {
			if ev.ID == id {
				return ev, nil
			}
		}
	}
	// Names are kept cleaned: the one typed may still hold what was taken
	// out of it.
	refs := []string{ref}
	if clean := safetext.Line(ref); clean != ref {
		refs = append(refs, clean)
	}
	for _, same := range []func(name, ref string) bool{
		func(name, ref string) bool { return name == ref },
		func(name, ref string) bool { return fold.String(name) == fold.String(ref) },
		func(name, ref string) bool { return strings.HasPrefix(fold.String(name), fold.String(ref)) },
	} {
		var found []sched.Event
		for _, ev := range events {
			for _, r := range refs {
				if r != "" && same(ev.Name, r) {
					found = append(found, ev)
					break
				}
			}
		}
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return sched.Event{}, ambiguousEvent(ref, found)
		}
	}
	return sched.Event{}, fmt.Errorf("no event %q: none has that ID or a name starting so (lanyard events lists them)", safetext.Line(ref))
}

// ambiguousEvent names the events a start of a name could mean, with
// their IDs, which are never ambiguous.
func ambiguousEvent(ref string, found []sched.Event) error {
	var names []string
	for _, ev := range found {
		names = append(names, fmt.Sprintf("%q (ID %d)", safetext.Line(ev.Name), ev.ID))
	}
	return fmt.Errorf("--event %q could be %d events: %s; give more of the name, or the ID", safetext.Line(ref), len(found), strings.Join(names, ", "))
}
