package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
)

// The whole screen, as bubbletea's renderer lays it into cells, has the
// terminal's cursor just after the last character typed: by wcwidth at
// first, and by grapheme cluster once the terminal reports mode 2027, as
// the renderer switches then too.
func TestTheCursorFollowsTheRenderersCountOfCells(t *testing.T) {
	for _, c := range []struct {
		name   string
		report tea.Msg
		method ansi.Method
	}{
		{"wcwidth", nil, ansi.WcWidth},
		{"mode 2027 not recognised", tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeNotRecognized}, ansi.WcWidth},
		{"mode 2027 set", tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet}, ansi.GraphemeWidth},
		{"mode 2027 reset", tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeReset}, ansi.GraphemeWidth},
	} {
		notes := newFakeNotes()
		o := doc.New()
		o.Append("👩\u200d💻 ❤\ufe0f 👍🏽 東京 🇳🇱 e\u0301 end")
		notes.outlines[11] = o
		now := at("2019-10-17", "09:40")
		var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: o, Loader: notes, Saver: notes,
			Clock: func() time.Time { return now }, timer: heldTimer})
		if c.report != nil {
			m, _ = m.Update(c.report)
		}
		m = run(m, tea.WindowSizeMsg{Width: 100, Height: 20})
		v := m.View()
		if v.Cursor == nil {
			t.Fatalf("%s: no cursor", c.name)
		}
		buf := uv.NewScreenBuffer(100, 20)
		buf.Method = c.method
		uv.NewStyledString(v.Content).Draw(buf, buf.Bounds())
		x, y := v.Cursor.X, v.Cursor.Y
		before, at := buf.CellAt(x-1, y), buf.CellAt(x, y)
		if before == nil || before.Content != "d" || at == nil || (at.Content != " " && at.Content != "") {
			t.Errorf("%s: the cursor at %d,%d is not just after the text: %v before it, %v under it", c.name, x, y, before, at)
		}
	}
}
