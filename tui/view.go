package tui

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

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

// View draws the screen: the top layer over the panes, or the panes, and
// the terminal's cursor where the top layer wants it.
func (m *Model) View() tea.View {
	if m.pacing.waiting {
		return m.pacing.frame // keys came faster than frames are seen
	}
	v := m.draw()
	m.keepFrame(v)
	return v
}

// draw draws the frame of the model as it is.
func (m *Model) draw() tea.View {
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "lanyard"
	if m.cfg.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	if m.width <= 0 || m.height <= 0 {
		return v
	}
	top := m.active()
	overlay, drawn := top.view(m)
	lines := append(m.body(overlay, drawn), m.fitStatus(m.status.View()))
	lines = append(lines, m.helpLines(top.keys(m))...)
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	v.SetContent(strings.Join(lines, "\n"))
	if x, y, ok := top.cursor(m); ok {
		v.Cursor = tea.NewCursor(x, y)
	}
	return v
}

// body draws what is above the status bar: the top layer's view when it
// is drawn over the panes, else the panes.
func (m *Model) body(view string, drawn bool) []string {
	schedWidth, editorX, paneHeight := m.layout()
	switch {
	case drawn:
	case schedWidth == 0:
		// The editor counts cells as the terminal does and fits itself.
		return strings.Split(m.editor.View(), "\n")
	case editorX == 0:
		view = m.schedule.View()
	default:
		return m.sideBySide(schedWidth, paneHeight)
	}
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		lines[i] = m.fit(l)
	}
	return lines
}

// fit makes a line of an overlay or of the status bar safe to send: C1
// controls made inert, and cut where the terminal would draw it wider
// than the screen. The components measure text as lipgloss does, by
// grapheme cluster; a terminal that counts by wcwidth gives a ZWJ emoji
// more cells, and a line that overran would wrap and shift the screen.
func (m *Model) fit(line string) string {
	return truncate(m.method, noC1(line), m.width, "")
}

// noC1 replaces C1 control characters and bytes that are not UTF-8 with
// U+FFFD. The components draw text from schedules and notes, which may
// hold them; a terminal reads U+009B, or a lone byte 0x9B, as the start
// of a command. No component means to send one: their styles are 7-bit
// sequences (ESC [), which this leaves alone.
func noC1(line string) string {
	for i := 0; i < len(line); {
		if line[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if (r == utf8.RuneError && size == 1) || (r >= 0x80 && r < 0xa0) {
			return strings.Map(func(r rune) rune {
				if r >= 0x80 && r < 0xa0 {
					return utf8.RuneError
				}
				return r
			}, strings.ToValidUTF8(line, string(utf8.RuneError)))
		}
		i += size
	}
	return line
}

// truncate cuts s to width cells counted by method, ending it with tail.
// x/ansi's Truncate (v0.11.8) returns s whole when it fits counted by
// grapheme, whatever the method: a ZWJ emoji that so fits in two cells
// takes four by wcwidth. Padding s past the width makes it walk the text
// and cut; the padding is cut with the rest.
func truncate(method ansi.Method, s string, width int, tail string) string {
	if method.StringWidth(s) <= width {
		return s
	}
	if pad := width + 1 - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return method.Truncate(s, width, tail)
}

// layout decides the panes' sizes: the schedule's width (0 when hidden),
// the editor's left edge (0 when it is alone or hidden) and the panes'
// height.
func (m *Model) layout() (schedWidth, editorX, paneHeight int) {
	paneHeight = max(m.height-chromeHeight-m.helpHeight()+1, minPaneHeight)
	if m.width < narrowWidth {
		if m.focus == focusEditor {
			return 0, 0, paneHeight
		}
		return m.width, 0, paneHeight
	}
	schedWidth = m.scheduleWidth(m.width)
	return schedWidth, schedWidth + gutter, paneHeight
}

// sizeOverlays gives the overlays the screen's size: the one that has the
// keyboard each time, since it may have just opened (a new talk form is
// sized by nobody else), and the others when the size changes.
func (m *Model) sizeOverlays(height int) {
	if m.width == m.overlayWidth && height == m.overlayHeight {
		if o, ok := m.active().(overlayLayer); ok {
			o.resize(m, m.width, height)
		}
		return
	}
	m.overlayWidth, m.overlayHeight = m.width, height
	m.eachBuilt(func(o overlayLayer) { o.resize(m, m.width, height) })
}

// helpHeight is how many lines the help takes.
func (m *Model) helpHeight() int {
	if !m.help.ShowAll {
		return 1
	}
	return m.fullHelpHeight()
}

// fullHelpHeight is how many lines the expanded help takes.
func (m *Model) fullHelpHeight() int {
	return strings.Count(m.help.View(m.active().keys(m)), "\n") + 1
}

func (m *Model) sideBySide(schedWidth, height int) []string {
	right := strings.Split(m.editor.View(), "\n")
	return m.column(m.schedule.View(), schedWidth, height).join(right)
}

// sync finds the layer on top, and hands every pane and overlay its size
// and the state it shows from the others. It runs after every message, so
// it must stay cheap: it works on the root in place.
func (m *Model) sync() {
	m.top = m.findActive()
	schedWidth, _, paneHeight := m.layout()
	if schedWidth == 0 {
		schedWidth = m.width // hidden, but ready for when it is shown
	}
	m.schedule = m.schedule.SetSize(schedWidth, paneHeight)
	m.editor = m.editor.SetSize(m.editorSize())
	m.help.SetWidth(m.width)
	if _, overlay := m.top.(overlayLayer); overlay || m.width != m.overlayWidth || paneHeight != m.overlayHeight {
		m.sizeOverlays(paneHeight)
	}
	now := m.cfg.Clock()
	ev := m.schedule.Event()
	dayLabel := ""
	if day, _, ok := m.schedule.Day(); ok {
		dayLabel = day.DayTitle()
		if m.width < narrowWidth {
			dayLabel = ""
		}
		m.status = m.status.SetNext(m.nextUp(day, now, ev.Location()))
	}
	m.status = m.status.SetWidth(m.width).SetClock(now, ev.Location()).SetPlace(ev.Name, dayLabel)
}

// editorSize is the editor pane's size on the screen as it is now.
func (m *Model) editorSize() (width, height int) {
	schedWidth, editorX, paneHeight := m.layout()
	width = m.width - editorX
	if schedWidth == 0 {
		width = m.width
	}
	return max(width, 1), paneHeight
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

// nextUp is the package's nextUp for the status bar, kept while the user
// types: typing changes neither the schedule nor the day, and a day of a
// big conference is hundreds of talks to look through at every key. It is
// worked out afresh after any other message and when the second changes.
func (m *Model) nextUp(day sched.Day, now time.Time, loc *time.Location) string {
	at := now.Truncate(time.Second)
	if !m.upNext.known || !m.upNext.at.Equal(at) || m.upNext.loc != loc {
		m.upNext = upNext{known: true, at: at, loc: loc, text: nextUp(day, now, loc)}
	}
	return m.upNext.text
}

// upNext is the status bar's "next:" as last worked out.
type upNext struct {
	known bool
	at    time.Time
	loc   *time.Location
	text  string
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
	switch {
	case mins <= 0:
		when = "now" // starting this minute: "in 0 min" reads as a glitch
	case mins >= 90:
		when = "at " + start.In(loc).Format("15:04")
	}
	return "next: " + talk.Title + " " + when
}
