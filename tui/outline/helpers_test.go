package outline

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	"lanyard/tui/theme"
)

// recordingSaver keeps every Save call.
type recordingSaver struct {
	calls []savedChanges
}

type savedChanges struct {
	talkID uint64
	c      doc.Changes
}

func (s *recordingSaver) Save(talkID uint64, c doc.Changes) {
	s.calls = append(s.calls, savedChanges{talkID, c})
}

// last returns the last Save call, failing the test if there was none.
func (s *recordingSaver) last(t *testing.T) doc.Changes {
	t.Helper()
	if len(s.calls) == 0 {
		t.Fatal("nothing was saved")
	}
	return s.calls[len(s.calls)-1].c
}

// testHeader is an invented talk.
var testHeader = Header{Title: "Queues all the way down", Meta: "Ada Moreno · 10:30–11:00 · Hall B",
	Start: time.Date(2025, 6, 12, 10, 30, 0, 0, time.UTC)}

// fixedClock stamps new bullets reproducibly.
func fixedClock() time.Time { return time.Date(2025, 6, 12, 10, 30, 0, 0, time.UTC) }

// outlineOf builds an outline from lines indented two spaces per level.
func outlineOf(t testing.TB, lines ...string) *doc.Outline {
	t.Helper()
	o := doc.New()
	o.SetClock(fixedClock)
	for _, l := range lines {
		text := strings.TrimLeft(l, " ")
		depth := (len(l) - len(text)) / 2
		row := o.Append(text)
		for range depth {
			if !o.Indent(row) {
				t.Fatalf("outlineOf: cannot indent %q", l)
			}
		}
	}
	o.TakeChanges() // as if loaded from the notebook
	return o
}

// editor returns a focused editor of the given size showing o.
func editor(t *testing.T, o *doc.Outline, width, height int) (Model, *recordingSaver) {
	t.Helper()
	s := &recordingSaver{}
	m := New(theme.New(true), s).SetSize(width, height).SetOutline(7, o, testHeader).Focus()
	// Keys come all at one instant, unless a test moves a clock of its own:
	// a burst of typing ends at a key that is not typing, not at a pause
	// the machine running the test happened to take.
	return m.SetClock(fixedClock), s
}

// testClock is a clock a test moves by hand.
type testClock struct{ t time.Time }

func (c *testClock) now() time.Time          { return c.t }
func (c *testClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// keyPress builds the message a terminal sends for a key named as
// tea.KeyPressMsg.String() names it: "enter", "shift+tab", "ctrl+left",
// or a single character.
func keyPress(name string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case strings.HasPrefix(name, "ctrl+"):
			mod |= tea.ModCtrl
			name = name[len("ctrl+"):]
			continue
		case strings.HasPrefix(name, "alt+"):
			mod |= tea.ModAlt
			name = name[len("alt+"):]
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
		"delete": tea.KeyDelete, "up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft,
		"right": tea.KeyRight, "home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp,
		"pgdown": tea.KeyPgDown, "esc": tea.KeyEscape, "space": tea.KeySpace,
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

// press sends keys by name.
func press(m Model, names ...string) Model {
	for _, n := range names {
		m, _ = m.Update(keyPress(n))
	}
	return m
}

// typeText sends s a character at a time, as a terminal does.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// shape returns the outline as lines indented two spaces per level.
func shape(m Model) string {
	var b strings.Builder
	for i := range m.o.Len() {
		n := m.o.At(i)
		fmt.Fprintf(&b, "%s%s\n", strings.Repeat("  ", n.Depth), n.Text)
	}
	return b.String()
}

// plainView returns the view without colours, line by line.
func plainView(m Model) []string {
	return strings.Split(ansi.Strip(m.View()), "\n")
}

// withCursor returns the outline's shape with a "|" where the cursor is,
// which says where typing would go without depending on the view.
func withCursor(m Model) string {
	var b strings.Builder
	for i := range m.o.Len() {
		n := m.o.At(i)
		text := n.Text
		if i == m.row {
			text = text[:m.off] + "|" + text[m.off:]
		}
		fmt.Fprintf(&b, "%s%s\n", strings.Repeat("  ", n.Depth), text)
	}
	return b.String()
}

// cursorCell returns what the view shows at the cursor and after it on
// its line, checking the view has the cursor at all.
func cursorCell(t *testing.T, m Model) (x, y int, rest string) {
	t.Helper()
	x, y, ok := m.Cursor()
	if !ok {
		t.Fatal("Cursor() reports no cursor")
	}
	lines := plainView(m)
	if y >= len(lines) {
		t.Fatalf("cursor row %d outside a view of %d lines", y, len(lines))
	}
	return x, y, ansi.Cut(lines[y], x, 1<<20)
}
