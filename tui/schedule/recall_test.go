package schedule

import (
	"slices"
	"strings"
	"testing"
)

// TestFilterValueRoundTrips: every filter the picker offers comes back
// from what the notebook keeps, with the same talks listed.
func TestFilterValueRoundTrips(t *testing.T) {
	ev := conferenceEvent(t)
	for _, c := range filterChoices(ev, 0) {
		f := c.filter
		m, _ := pane(ev, 0, 60, 30, at(t, day1, "09:10")).setFilter(f)
		v := m.FilterValue()
		back := pane(ev, 0, 60, 30, at(t, day1, "09:10")).SetFilterValue(v)
		if back.filter != f || !slices.Equal(listedIDs(back), listedIDs(m)) {
			t.Errorf("%s written as %q reads back as %+v listing %v; want %v", f.label(), v, back.filter, listedIDs(back), listedIDs(m))
		}
	}
}

// TestAKeptFilterThatNoLongerFitsShowsEveryTalk: a value from a damaged
// record, or a room the re-imported schedule no longer has, must not
// leave the user before an empty list.
func TestAKeptFilterThatNoLongerFitsShowsEveryTalk(t *testing.T) {
	ev := conferenceEvent(t)
	all := listedIDs(pane(ev, 0, 60, 30, at(t, day1, "09:10")))
	for _, v := range []string{"room:Gone since the re-import", "track:", "room:", "colour:blue", "\x1b]52;c;aGk=\x07", "ROOM:" + roomK} {
		m := pane(ev, 0, 60, 30, at(t, day1, "09:10")).SetFilterValue(v)
		if m.Filtering() || !slices.Equal(listedIDs(m), all) {
			t.Errorf("kept filter %q: filtering %v, listing %v; want every talk", v, m.Filtering(), listedIDs(m))
		}
	}
	m := pane(ev, 0, 60, 30, at(t, day1, "09:10")).SetFilterValue("room:" + roomK)
	if h := plainView(m)[0]; h != "Thu 12 Jun  1/2 · Room: "+roomK {
		t.Errorf("kept room filter: heading %q, want it named", h)
	}
}

// TestNowPrefersTheTalkWrittenInLast: among parallel talks, n goes to the
// one the user wrote in last while it is on, under a filter too.
func TestNowPrefersTheTalkWrittenInLast(t *testing.T) {
	ev := conferenceEvent(t)
	m := pane(ev, 1, 60, 30, at(t, day1, "09:10"))
	m, _ = send(m, "n")
	if got := selected(m); got != 301 {
		t.Fatalf("n with nothing written selects %d; want the first room's, 301", got)
	}
	m = m.SetWroteLast(303)
	m, _ = send(m, "G")
	m, _ = send(m, "n")
	if got := selected(m); got != 303 {
		t.Errorf("n after writing in 303 selects %d; want 303", got)
	}
	m, _ = m.setFilter(filter{kind: filterTrack, name: "Databases"})
	m, _ = send(m, "G")
	m, _ = send(m, "n")
	if got := selected(m); got != 303 {
		t.Errorf("n under the Databases filter selects %d; want 303, written in last", got)
	}
}

// FuzzSetFilterValue: whatever the notebook hands back as the kept filter
// (a damaged record, a value from another version), the pane shows every
// talk or a filter that keeps some, and writes the value down again as it
// read it.
func FuzzSetFilterValue(f *testing.F) {
	for _, seed := range []string{"", "attending", "track:Go", "room:" + roomK, "room:", "track:",
		"room:Gone", "room:" + roomK + "\x00", "track:\x1b[2J", "room:room:", strings.Repeat("track:", 1000)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, v string) {
		ev := conferenceEvent(t)
		m := pane(ev, 0, 60, 30, at(t, day1, "09:10")).SetFilterValue(v)
		if !m.Filtering() {
			if m.FilterValue() != "" {
				t.Errorf("no filter, yet written down as %q", m.FilterValue())
			}
			return
		}
		if got := m.FilterValue(); got != v {
			t.Errorf("filter %q reads back as %q", v, got)
		}
		if m.filter.kind != filterAttending && len(listedIDs(m)) == 0 {
			t.Errorf("kept filter %q shows no talk", v)
		}
		checkFits(t, m, 60, 30, "a kept filter")
	})
}
