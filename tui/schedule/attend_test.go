package schedule

import (
	"strings"
	"testing"
)

func TestAttendKeyMarksTheTalkAndAsksTheRootToSaveIt(t *testing.T) {
	ev := testEvent(t)
	m := pane(ev, 0, 40, 30, at(t, day1, "08:00"))
	m, _ = m.Select(11)
	m, msg := send(m, "space")
	if msg != (AttendMsg{TalkID: 11, Attended: true}) {
		t.Fatalf("space: message %#v, want AttendMsg for 11, attended", msg)
	}
	if l := lineWith(t, m, "Backpressure"); markOf(l) != " ✓" {
		t.Errorf("attended talk drawn as %q, want ✓ in the mark column", l)
	}
	if talk, _ := m.Event().Days[0].Find(11); talk == nil || !talk.Attended {
		t.Error("the pane's event does not have the mark")
	}
	if talk, _ := ev.Days[0].Find(11); talk.Attended {
		t.Error("marking changed the caller's event, which the pane must copy")
	}
	m, msg = send(m, "a")
	if msg != (AttendMsg{TalkID: 11, Attended: false}) {
		t.Fatalf("a: message %#v, want AttendMsg for 11, not attended", msg)
	}
	if l := lineWith(t, m, "Backpressure"); strings.Contains(l, "✓") {
		t.Errorf("unmarked talk still drawn with a check: %q", l)
	}
}

func TestAttendKeyMarksAnItemUnderItsSlot(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 30, at(t, day1, "08:00"))
	m, _ = m.Select(131)
	m, msg := send(m, "space")
	if msg != (AttendMsg{TalkID: 131, Attended: true}) {
		t.Fatalf("space on an item: message %#v, want AttendMsg for 131", msg)
	}
	if l := lineWith(t, m, "Tiny parsers"); !strings.Contains(l, "✓ Tiny parsers") {
		t.Errorf("attended item drawn as %q", l)
	}
	// Two items of one slot are not a clash.
	if v := viewText(m); strings.Contains(v, "⚠") {
		t.Errorf("two items of one slot shown as clashing:\n%s", v)
	}
	if selected(m) != 131 {
		t.Errorf("marking moved the selection to %d", selected(m))
	}
}

func TestNowAndAttendedMarksShowTogether(t *testing.T) {
	m := pane(testEvent(t), 0, 40, 30, at(t, day1, "09:45"))
	m, _ = m.Select(11)
	m, _ = send(m, "space")
	if l := lineWith(t, m, "Backpressure"); markOf(l) != "▶✓" || !strings.Contains(l, " 09:30 ") {
		t.Errorf("talk on now and attended drawn as %q, want \"▶✓ 09:30 …\"", l)
	}
}

func TestOverlappingAttendedTalksAreFlagged(t *testing.T) {
	m := pane(conferenceEvent(t), 0, 60, 30, at(t, day1, "08:00"))
	m, _ = m.Select(301)
	m, _ = send(m, "space")
	if strings.Contains(viewText(m), "⚠") {
		t.Fatalf("one attended talk flagged:\n%s", viewText(m))
	}
	m = pressAll(m, "down", "down", "space") // 303, in parallel with 301
	for _, title := range []string{"Indexes you forgot", "WAL files explained"} {
		if l := lineWith(t, m, title); markOf(l) != " ⚠" {
			t.Errorf("clashing talk drawn as %q, want ⚠ in the mark column", l)
		}
	}
	if l := plainView(m)[1]; !strings.Contains(l, "2 attended talks overlap") {
		t.Errorf("line under the heading %q, want the clash counted", l)
	}
	m = pressAll(m, "space") // unmark 303
	if l := lineWith(t, m, "Indexes you forgot"); markOf(l) != " ✓" {
		t.Errorf("after the clash is gone the talk is drawn as %q, want ✓", l)
	}
	if strings.Contains(viewText(m), "overlap") {
		t.Errorf("warning stays after the clash is gone:\n%s", viewText(m))
	}
}

func TestAttendedItemClashingWithATalkIsFlagged(t *testing.T) {
	ev := conferenceEvent(t)
	ev.Days[0].Talks[6].Start = at(t, day1, "10:15") // 330 now runs into the ignites
	m := pane(ev, 0, 60, 30, at(t, day1, "08:00"))
	m, _ = m.Select(322)
	m, _ = send(m, "a")
	m, _ = m.Select(330)
	m, _ = send(m, "a")
	if l := strings.TrimSpace(lineWith(t, m, "Yak shaving")); !strings.HasPrefix(l, "⚠ ") {
		t.Errorf("clashing item drawn as %q, want ⚠", l)
	}
}

// markOf is a row's mark column: on now, then attended or clashing.
func markOf(line string) string {
	r := []rune(line)
	return string(r[:min(2, len(r))])
}

func TestWatchLaterKeyMarksTheTalkApartFromAttending(t *testing.T) {
	ev := testEvent(t)
	m := pane(ev, 0, 40, 30, at(t, day1, "08:00"))
	m, _ = m.Select(11)
	m, msg := send(m, "w")
	if msg != (WatchLaterMsg{TalkID: 11, Later: true}) {
		t.Fatalf("w: message %#v, want WatchLaterMsg for 11, later", msg)
	}
	if l := lineWith(t, m, "Backpressure"); markOf(l) != " ◷" {
		t.Errorf("talk to watch later drawn as %q, want ◷ in the mark column", l)
	}
	if talk, _ := m.Event().Days[0].Find(11); talk == nil || !talk.WatchLater || talk.Attended {
		t.Error("the pane's event does not have the watch-later mark alone")
	}
	if talk, _ := ev.Days[0].Find(11); talk.WatchLater {
		t.Error("marking changed the caller's event, which the pane must copy")
	}
	m, _ = m.Select(131)
	m, _ = send(m, "w")
	if l := lineWith(t, m, "Tiny parsers"); !strings.Contains(l, "◷ Tiny parsers") {
		t.Errorf("item to watch later drawn as %q", l)
	}
	m, _ = m.Select(11)
	m, msg = send(m, "w")
	if msg != (WatchLaterMsg{TalkID: 11, Later: false}) {
		t.Fatalf("w again: message %#v, want WatchLaterMsg for 11, not later", msg)
	}
	if l := lineWith(t, m, "Backpressure"); strings.Contains(l, "◷") {
		t.Errorf("unmarked talk still drawn with ◷: %q", l)
	}
}
