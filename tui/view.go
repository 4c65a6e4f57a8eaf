package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	sched "lanyard/store/schedule"
	"lanyard/tui/outline"
)

// Layout limits, in cells.
const (
	// narrowWidth is the width under which only the focused pane is shown:
	// a note-taker on a small screen wants the whole width for notes.
	narrowWidth   = 72
	minSchedule   = 28
	maxSchedule   = 46
	gutter        = 2 // the rule between the panes and a space after it
	chromeHeight  = 2 // the status bar and the help line
	minPaneHeight = 3
)

// View draws the screen and places the terminal's cursor in the editor.
func (m Model) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "lanyard"
	if m.width <= 0 || m.height <= 0 {
		return v
	}
	schedWidth, editorX, paneHeight := m.layout()
	var body []string
	switch {
	case m.formOpen:
		body = strings.Split(m.form.View(), "\n")
	case m.allKeys.IsOpen():
		body = strings.Split(m.allKeys.View(), "\n")
	case m.finder.IsOpen():
		body = strings.Split(m.finder.View(), "\n")
	case m.preview.IsOpen():
		body = strings.Split(m.preview.View(), "\n")
	case schedWidth == 0:
		body = strings.Split(m.editor.View(), "\n")
	case editorX == 0:
		body = strings.Split(m.schedule.View(), "\n")
	default:
		body = m.sideBySide(schedWidth, paneHeight)
	}
	lines := append(body, m.status.View())
	for _, l := range strings.Split(m.help.View(m.helpKeys()), "\n") {
		// help can overrun its width by one item when its ellipsis does
		// not fit; a frame wider than the terminal would scroll it.
		lines = append(lines, ansi.Truncate(l, m.width, "…"))
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	v.SetContent(strings.Join(lines, "\n"))
	if x, y, ok := m.finder.Cursor(); ok && m.finder.IsOpen() {
		v.Cursor = tea.NewCursor(x, y)
	} else if x, y, ok := m.editor.Cursor(); ok && m.focus == focusEditor && !m.allKeys.IsOpen() && !m.preview.IsOpen() && y < paneHeight {
		v.Cursor = tea.NewCursor(editorX+x, y)
	}
	return v
}

// layout decides the panes' sizes: the schedule's width (0 when hidden),
// the editor's left edge (0 when it is alone or hidden) and the panes'
// height.
func (m Model) layout() (schedWidth, editorX, paneHeight int) {
	paneHeight = max(m.height-chromeHeight-m.helpHeight()+1, minPaneHeight)
	if m.width < narrowWidth {
		if m.focus == focusEditor {
			return 0, 0, paneHeight
		}
		return m.width, 0, paneHeight
	}
	schedWidth = min(max(m.width/3, minSchedule), maxSchedule)
	return schedWidth, schedWidth + gutter, paneHeight
}

// helpHeight is how many lines the help takes.
func (m Model) helpHeight() int {
	if !m.help.ShowAll {
		return 1
	}
	return strings.Count(m.help.View(m.helpKeys()), "\n") + 1
}

func (m Model) sideBySide(schedWidth, height int) []string {
	left := strings.Split(m.schedule.View(), "\n")
	right := strings.Split(m.editor.View(), "\n")
	rule := m.styles.Border.Render("│") + " "
	lines := make([]string, height)
	for i := range lines {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		if pad := schedWidth - ansi.StringWidth(l); pad > 0 {
			l += strings.Repeat(" ", pad)
		}
		lines[i] = l + rule + r
	}
	return lines
}

// sync hands every pane its size and the state it shows from the others.
// It runs after every message, so it must stay cheap.
func (m Model) sync() Model {
	schedWidth, editorX, paneHeight := m.layout()
	editorWidth := m.width - editorX
	if schedWidth == 0 {
		editorWidth = m.width
	}
	if schedWidth == 0 {
		schedWidth = m.width // hidden, but ready for when it is shown
	}
	m.schedule = m.schedule.SetSize(schedWidth, paneHeight)
	m.editor = m.editor.SetSize(max(editorWidth, 1), paneHeight)
	m.help.SetWidth(m.width)
	m.finder = m.finder.SetSize(m.width, paneHeight)
	m.allKeys = m.allKeys.SetSize(m.width, paneHeight)
	m.preview = m.preview.SetSize(m.width, paneHeight)
	if m.formOpen {
		m.form = m.form.SetSize(m.width, paneHeight)
	}
	now := m.cfg.Clock()
	ev := m.schedule.Event()
	dayLabel := ""
	if day, _, ok := m.schedule.Day(); ok {
		dayLabel = day.DayTitle()
		if m.width < narrowWidth {
			dayLabel = ""
		}
		m.status = m.status.SetNext(nextUp(day, now, ev.Location()))
	}
	m.status = m.status.SetWidth(m.width).SetClock(now, ev.Location()).SetPlace(ev.Name, dayLabel)
	return m
}

// helpKeys is what the help line lists for the focused pane.
func (m Model) helpKeys() paneHelp {
	return paneHelp{pane: m.paneKeys(), global: m.keys, inEditor: m.focus == focusEditor,
		overlay: m.allKeys.IsOpen() || m.finder.IsOpen() || m.preview.IsOpen() || m.formOpen ||
			(m.focus == focusSchedule && m.schedule.Capturing())}
}

// paneKeys is the focused pane's keys, for the help line.
func (m Model) paneKeys() help.KeyMap {
	if m.formOpen {
		return formHelp{}
	}
	if m.allKeys.IsOpen() {
		return m.allKeys.KeyMap()
	}
	if m.finder.IsOpen() {
		return m.finder.KeyMap()
	}
	if m.preview.IsOpen() {
		return m.preview.KeyMap()
	}
	if m.focus == focusEditor {
		return m.editor.KeyMap()
	}
	return m.schedule.KeyMap()
}

// header is what the editor shows above a talk's outline.
func (m Model) header(talkID uint64) outline.Header {
	day, _, ok := m.schedule.Day()
	if !ok {
		return outline.Header{}
	}
	talk, slot := day.Find(talkID)
	if talk == nil {
		return outline.Header{}
	}
	loc := m.schedule.Event().Location()
	parts := []string{}
	if b := talk.Byline(); b != "" {
		parts = append(parts, b)
	}
	span := talk.Span(loc)
	if slot != nil {
		span = slot.Span(loc)
		parts = append(parts, slot.Title)
	}
	parts = append(parts, span)
	if talk.Room != "" {
		parts = append(parts, talk.Room)
	}
	start := talk.Start
	if slot != nil {
		start = slot.Start
	}
	if talk.Kind == sched.KindPage {
		start = time.Time{} // a page's times read best as the clock
	}
	return outline.Header{Title: talk.Title, Meta: strings.Join(parts, " · "), Start: start}
}

// nextUp says what starts next and when, for the status bar.
func nextUp(day sched.Day, now time.Time, loc *time.Location) string {
	_, next := day.NowAndNext(now)
	talk, _ := day.Find(next)
	if talk == nil {
		return ""
	}
	start := talk.Start
	if start.IsZero() {
		if _, slot := day.Find(next); slot != nil {
			start = slot.Start
		}
	}
	mins := int(start.Sub(now).Round(time.Minute) / time.Minute)
	when := fmt.Sprintf("in %d min", mins)
	if mins >= 90 {
		when = "at " + start.In(loc).Format("15:04")
	}
	return "next: " + talk.Title + " " + when
}
