package schedule

import (
	"reflect"
	"slices"
	"testing"
	"time"

	sched "lanyard/store/schedule"
	"lanyard/tui/theme"
)

// TestThePaneRedrawsWhatChanged walks one pane through what a day does to
// it, drawing after each step with the pane kept from the step before,
// and checks each frame against the pane drawn afresh: a pane kept too
// long would show a stale selection, mark or clock.
func TestThePaneRedrawsWhatChanged(t *testing.T) {
	ev := testEvent(t)
	m := pane(ev, 0, 40, 20, at(t, day1, "09:29").Add(59*time.Second))
	steps := []struct {
		name   string
		change func(Model) Model
	}{
		{"same", func(m Model) Model { return m }},
		{"a talk starts", func(m Model) Model { return m.SetClock(at(t, day1, "09:30")) }},
		{"seconds later", func(m Model) Model { return m.SetClock(at(t, day1, "09:30").Add(20 * time.Second)) }},
		{"down", func(m Model) Model { return pressAll(m, "down") }},
		{"attend", func(m Model) Model { return pressAll(m, "space") }},
		{"watch later", func(m Model) Model { return pressAll(m, "down", "w") }},
		{"blur", func(m Model) Model { return m.Blur() }},
		{"focus", func(m Model) Model { return m.Focus() }},
		{"narrower", func(m Model) Model { return m.SetSize(30, 20) }},
		{"shorter", func(m Model) Model { return m.SetSize(30, 6) }},
		{"bottom", func(m Model) Model { return pressAll(m, "end") }},
		{"taller", func(m Model) Model { return m.SetSize(40, 20) }},
		{"filter picker", func(m Model) Model { return pressAll(m, "f") }},
		{"attending only", func(m Model) Model { return pressAll(typeText(m, "Attend"), "enter") }},
		{"no filter", func(m Model) Model { return pressAll(m, "esc") }},
		{"next day", func(m Model) Model { return pressAll(m, "right") }},
		{"back", func(m Model) Model { return pressAll(m, "left") }},
		{"light", func(m Model) Model { return m.SetStyles(theme.New(false)) }},
		{"hint", func(m Model) Model { return m.SetHint("import a schedule: lanyard import") }},
		{"a title edited", func(m Model) Model { return m.SetEvent(retitled(ev, 14, "Edited title"), 0) }},
		{"selected", func(m Model) Model { m, _ = m.Select(15); return m }},
		{"scrolled", func(m Model) Model { return m.SetSize(40, 6).ScrollTo(1) }},
		{"a day without talks", func(m Model) Model {
			return m.SetEvent(sched.Event{ID: 2, Name: "Empty", Days: []sched.Day{{Date: day1}}}, 0)
		}},
		{"no days", func(m Model) Model { return m.SetEvent(sched.Event{ID: 3, Name: "Nothing yet"}, 0) }},
	}
	for _, s := range steps {
		m = s.change(m)
		got := m.View()
		if want := m.draw(); got != want {
			t.Errorf("%s: the pane shows\n%s\nwant\n%s", s.name, got, want)
		}
	}
}

// retitled returns ev with talk id's title changed, in new slices, as
// the root reads an event back after the talk form.
func retitled(ev sched.Event, id uint64, title string) sched.Event {
	ev.Days = slices.Clone(ev.Days)
	for d := range ev.Days {
		talks := slices.Clone(ev.Days[d].Talks)
		for i := range talks {
			if talks[i].ID == id {
				talks[i].Title = title
			}
		}
		ev.Days[d].Talks = talks
	}
	return ev
}

// TestEveryFieldIsDrawnFromOrAccountedFor: a field added to the pane's
// model that its drawing reads must be in paneState, or the pane would
// stay as it was when it changes. This lists every field once; a new one
// fails here until it is put in paneState or named below with the reason.
func TestEveryFieldIsDrawnFromOrAccountedFor(t *testing.T) {
	inState := map[string]bool{}
	for f := range reflect.TypeFor[paneState]().Fields() {
		inState[f.Name] = true
	}
	accounted := map[string]string{
		"looks":     "made with styles, in SetStyles",
		"keys":      "not drawn",
		"event":     "its name and days are in paneState",
		"rows":      "in paneState with nRows",
		"overlaps":  "made with rows, in buildRows",
		"kept":      "read only by buildRows",
		"picker":    "an open picker is never kept",
		"now":       "in paneState as onNow",
		"wroteLast": "not drawn",
		"drawn":     "the pane drawn",
	}
	for f := range reflect.TypeFor[Model]().Fields() {
		if !inState[f.Name] && accounted[f.Name] == "" {
			t.Errorf("Model.%s is neither in paneState nor accounted for in this test", f.Name)
		}
	}
}
