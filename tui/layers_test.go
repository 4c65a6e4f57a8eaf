package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// A paste while the list of every key is open is not typing: the outline
// under the overlay must not get it, on screen or in the notebook.
func TestAPasteUnderTheKeyHelpStaysOutOfTheNotes(t *testing.T) {
	notes := newFakeNotes()
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	m = run(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = typeInto(m, "pagers")
	m = run(m, tea.KeyPressMsg{Code: tea.KeyF1})
	m = run(m, tea.PasteMsg{Content: "leaked text"})
	m = run(m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if got := notes.savedTexts(11); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "leaked") }) {
		t.Errorf("the paste was saved in the outline under the key help: %q", got)
	}
	if view := ansi.Strip(m.View().Content); strings.Contains(view, "leaked") {
		t.Errorf("the paste shows in the outline:\n%s", view)
	}
}
