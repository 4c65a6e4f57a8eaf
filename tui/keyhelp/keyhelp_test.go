package keyhelp

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// groups is a set of keys shaped like lanyard's: several groups of a few
// to a dozen keys.
func groups() []Group {
	var gs []Group
	for g := range 6 {
		var keys []key.Binding
		for k := range 4 + 2*g {
			name := fmt.Sprintf("ctrl+%c", 'a'+k)
			keys = append(keys, key.NewBinding(key.WithKeys(name), key.WithHelp(name, fmt.Sprintf("action %d.%d", g, k))))
		}
		gs = append(gs, Group{Title: fmt.Sprintf("Group %d", g), Keys: keys})
	}
	return gs
}

func TestEveryKeyIsListedAndTheViewFits(t *testing.T) {
	for _, size := range [][2]int{{120, 38}, {60, 17}, {30, 6}} {
		m := New(theme.New(true), groups()).SetSize(size[0], size[1]).Open()
		seen := map[string]bool{}
		for range 40 { // scroll to the end, reading every screen
			view := m.View()
			lines := strings.Split(view, "\n")
			if len(lines) != size[1] {
				t.Fatalf("%dx%d: %d lines", size[0], size[1], len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Fatalf("%dx%d: a line of %d cells: %q", size[0], size[1], w, l)
				}
				seen[strings.TrimSpace(ansi.Strip(l))] = true
			}
			m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
		}
		all := strings.Join(keysOf(seen), "\n")
		for g := range 6 {
			for k := range 4 + 2*g {
				if want := fmt.Sprintf("action %d.%d", g, k); !strings.Contains(all, want) {
					t.Errorf("%dx%d: %q never shown", size[0], size[1], want)
				}
			}
		}
	}
}

func TestWideScreensUseColumns(t *testing.T) {
	wide := New(theme.New(true), groups()).SetSize(120, 40).Open()
	view := ansi.Strip(wide.View())
	first := strings.Split(view, "\n")[0]
	if !strings.Contains(first, "Group 0") || !strings.Contains(first, "Group 1") {
		t.Errorf("at 120 cells the groups should sit side by side:\n%s", view)
	}
}

func TestAnyOtherKeyCloses(t *testing.T) {
	m := New(theme.New(true), groups()).SetSize(60, 10).Open()
	m, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	if !m.IsOpen() || cmd != nil && fmt.Sprint(cmd()) == fmt.Sprint(CloseMsg{}) {
		t.Fatal("↓ should scroll, not close")
	}
	m, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.IsOpen() || cmd == nil {
		t.Fatal("esc should close the overlay")
	}
	if _, ok := cmd().(CloseMsg); !ok {
		t.Error("closing should say so with CloseMsg")
	}
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// The overlay lays its keys out when it opens: a resize or a new theme
// while it was closed shows when it opens again, as if it had been open.
func TestResizedOrRestyledWhileClosedShowsWhenOpened(t *testing.T) {
	m := New(theme.New(true), groups()).SetSize(40, 40).Open()
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	m = m.SetSize(120, 40).SetStyles(theme.New(false)).Open()
	want := New(theme.New(false), groups()).SetSize(120, 40).Open().View()
	if got := m.View(); got != want {
		t.Errorf("reopened after a resize and a new theme, it shows\n%s\ninstead of\n%s", got, want)
	}
	if New(theme.New(true), groups()).SetSize(120, 40).Open().View() == want {
		t.Fatal("the two themes draw the same: the test cannot tell them apart")
	}
}

// Scrolled down and closed, it opens again at the top, laid out anew or not.
func TestReopensAtTheTop(t *testing.T) {
	m := New(theme.New(true), groups()).SetSize(30, 6).Open()
	top := m.View()
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if got := m.Open().View(); got != top {
		t.Errorf("reopened, it shows\n%s\ninstead of its top\n%s", got, top)
	}
}

// Resized while open, it lays its keys out for the new width at once.
func TestResizedWhileOpen(t *testing.T) {
	m := New(theme.New(true), groups()).SetSize(40, 40).Open().SetSize(120, 40)
	want := New(theme.New(true), groups()).SetSize(120, 40).Open().View()
	if got := m.View(); got != want {
		t.Errorf("resized while open, it shows\n%s\ninstead of\n%s", got, want)
	}
}
