package talkform

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store/schedule"
	"lanyard/tui/theme"
)

// keyPress builds the message a terminal sends for a key named as
// tea.KeyPressMsg.String() names it: "enter", "shift+tab", "ctrl+c", or a
// single character.
func keyPress(name string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(name, "ctrl+"):
			mod |= tea.ModCtrl
			name = name[len("ctrl+"):]
			continue
		case strings.HasPrefix(name, "shift+"):
			mod |= tea.ModShift
			name = name[len("shift+"):]
			continue
		}
		break
	}
	codes := map[string]rune{
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"esc": tea.KeyEscape, "left": tea.KeyLeft, "right": tea.KeyRight,
		"end": tea.KeyEnd, "space": tea.KeySpace,
	}
	if code, ok := codes[name]; ok {
		msg := tea.KeyPressMsg{Code: code, Mod: mod}
		if name == "space" && mod == 0 {
			msg.Text = " "
		}
		return msg
	}
	r := []rune(name)[0]
	if mod&^tea.ModShift != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: name, Mod: mod}
}

// harness drives a Model as the Bubble Tea runtime would: every command
// is run and its messages fed back, except the ones meant for the root,
// which are kept in out.
type harness struct {
	t   *testing.T
	m   Model
	out []tea.Msg
}

func open(t *testing.T, m Model) *harness {
	t.Helper()
	h := &harness{t: t, m: m.SetSize(60, 30)}
	h.run(h.m.Init())
	return h
}

// send delivers msg and settles.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	var cmd tea.Cmd
	h.m, cmd = h.m.Update(msg)
	h.run(cmd)
}

// press sends keys by name.
func (h *harness) press(names ...string) {
	h.t.Helper()
	for _, n := range names {
		h.send(keyPress(n))
	}
}

// typeText types s one character at a time.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		if r == ' ' {
			h.send(keyPress("space"))
			continue
		}
		h.send(keyPress(string(r)))
	}
}

// clearField empties the focused input.
func (h *harness) clearField() {
	h.t.Helper()
	h.press("end")
	for range 60 {
		h.press("backspace")
	}
}

// run runs cmd and everything that follows from it.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10000 {
			h.t.Fatal("commands never settle")
		}
		cmd := queue[0]
		queue = queue[1:]
		if cmd == nil || isCursorBlink(cmd) {
			continue
		}
		msg := cmd()
		if cmds, ok := commandList(msg); ok {
			queue = append(queue, cmds...)
			continue
		}
		switch msg.(type) {
		case SubmitMsg, DeleteMsg, CancelMsg, tea.QuitMsg, tea.InterruptMsg:
			h.out = append(h.out, msg)
			continue
		}
		var next tea.Cmd
		h.m, next = h.m.Update(msg)
		queue = append(queue, next)
	}
}

// isCursorBlink reports whether cmd is the text cursor's blink, which
// sleeps half a second and asks for the next blink forever; the tests have
// no use for it.
func isCursorBlink(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.HasPrefix(name, "charm.land/bubbles/v2/cursor.")
}

// commandList opens tea.Batch and tea.Sequence, whose message types are
// lists of commands (the sequence one is unexported).
func commandList(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}

// noQuit fails the test if the form ever asked the program to quit.
func (h *harness) noQuit() {
	h.t.Helper()
	for _, msg := range h.out {
		switch msg.(type) {
		case tea.QuitMsg, tea.InterruptMsg:
			h.t.Fatalf("the form sent %T", msg)
		}
	}
}

// only returns the one message the form sent the root, failing otherwise.
func (h *harness) only() tea.Msg {
	h.t.Helper()
	h.noQuit()
	if len(h.out) != 1 {
		h.t.Fatalf("form sent %d messages to the root, want 1: %#v", len(h.out), h.out)
	}
	return h.out[0]
}

// submitted returns the SubmitMsg the form sent.
func (h *harness) submitted() SubmitMsg {
	h.t.Helper()
	msg, ok := h.only().(SubmitMsg)
	if !ok {
		h.t.Fatalf("form sent %#v, want a SubmitMsg", h.out[0])
	}
	return msg
}

func styles() theme.Styles { return theme.New(true) }

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load zone: %v", err)
	}
	return loc
}

// at is a wall-clock time in loc.
func at(loc *time.Location, year int, month time.Month, day, hour, minute int) time.Time {
	return time.Date(year, month, day, hour, minute, 0, 0, loc)
}

// editedTalk is an invented talk from an imported schedule.
func editedTalk(loc *time.Location) schedule.Talk {
	return schedule.Talk{
		ID: 41, Title: "Tracing a request through six queues",
		Start: at(loc, 2025, time.October, 9, 14, 0), End: at(loc, 2025, time.October, 9, 14, 45),
		Speakers: []string{"Ines Okafor", "Tomás Reyes"}, Room: "Hall C", Track: "Ops",
		Kind: schedule.KindTalk, Attended: true, SourceID: "sched-5521",
	}
}
