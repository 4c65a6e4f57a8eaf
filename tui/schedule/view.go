package schedule

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	sched "lanyard/store/schedule"
	"lanyard/tui/textwrap"
	"lanyard/tui/theme"
)

// Column widths of a row: the marks (on now, attended), the start time,
// and where titles begin.
const (
	markWidth  = 4 // "▶✓› ": on now, attended, selected
	timeWidth  = 6 // "10:30 "
	titleStart = markWidth + timeWidth
	itemIndent = titleStart + 2 // items sit under their slot's title
)

// headerLines is the day heading and the rule under it.
const headerLines = 2

// looks are the styles drawn on every row, reduced once per theme to the
// escape codes around their text: lipgloss's Render measures and wraps,
// which a short run of one-line text does not need, and it is most of the
// cost of a frame otherwise.
type looks struct {
	time, title, brk, dropped, item, speaker, track ink
	// The mark column's glyphs, already painted.
	now, attended, overlap, later string
}

func newLooks(s *theme.Styles) looks {
	return looks{
		time: inkOf(s.Time), title: inkOf(s.Title), brk: inkOf(s.Break), dropped: inkOf(s.Dropped),
		item: inkOf(s.Item), speaker: inkOf(s.Speaker), track: inkOf(s.Track),
		now:      s.NowMark.Render("▶"),
		attended: s.Attended.Render("✓"),
		overlap:  s.Overlap.Render("⚠"),
		later:    s.Track.Render("◷"),
	}
}

// ink paints one line of text as a style does, by the codes before and
// after it.
type ink struct{ pre, post string }

// inkOf finds the codes a style puts around its text.
func inkOf(s lipgloss.Style) ink {
	const probe = "X" // SGR codes are digits, ';', '[' and 'm'
	r := s.Render(probe)
	i := strings.Index(r, probe)
	if i < 0 {
		return ink{}
	}
	return ink{pre: r[:i], post: r[i+len(probe):]}
}

// on paints text.
func (k ink) on(text string) string {
	if text == "" {
		return ""
	}
	return k.pre + text + k.post
}

// View draws the pane: exactly height lines of at most width cells. It
// draws only the rows in view, however long the day. The helpers it calls
// take the model by pointer: it is large (the theme, the picker's input),
// and copying it for every cell of every row was most of a frame's cost.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.picker.open || m.drawn == nil {
		// The picker's input blinks and moves: not worth keeping.
		return m.draw()
	}
	from := m.state()
	if m.drawn.from == from {
		return m.drawn.view
	}
	view := m.draw()
	*m.drawn = drawnPane{from: from, view: view}
	return view
}

// draw draws the pane afresh.
func (m *Model) draw() string {
	lines := make([]string, 0, m.height+1)
	lines = append(lines, m.heading(), m.rule())
	if m.picker.open {
		lines = append(lines, m.picker.lines(m, m.width, m.height-len(lines))...)
	} else {
		lines = m.listLines(lines)
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:m.height], "\n")
}

// listLines adds the rows in view, or why there are none, and the hint.
func (m *Model) listLines(lines []string) []string {
	if len(m.rows) == 0 {
		for _, l := range wrap(m.emptyText(), m.width) {
			lines = append(lines, m.styles.Placeholder.Render(l))
		}
	}
	for i := m.top; i < len(m.rows) && len(lines) < m.height; i++ {
		lines = append(lines, m.rowLines(i)...)
	}
	if m.hint != "" && len(lines) < m.height-1 {
		lines = append(lines, "")
		for _, l := range wrap(m.hint, m.width) {
			lines = append(lines, m.styles.Hint.Render(l))
		}
	}
	return lines
}

// emptyText says why no talk is listed.
func (m *Model) emptyText() string {
	if d, _, ok := m.Day(); ok && len(d.Talks) > 0 && m.filter.active() {
		return fmt.Sprintf("No talks match %s on this day.", m.filter.label())
	}
	return "No talks on this day."
}

// heading names the day shown, where it sits among the event's days, and
// the filter in force.
func (m *Model) heading() string {
	d, i, ok := m.Day()
	if !ok {
		return m.styles.PaneTitle.Render(cut(m.event.Name, m.width))
	}
	title := d.DayTitle()
	if m.width < 30 || m.filter.active() {
		title = shortDate(d)
	}
	if n := len(m.event.Days); n > 1 {
		title = fmt.Sprintf("%s  %d/%d", title, i+1, n)
	}
	if m.filter.active() {
		title += " · " + m.filter.label()
	}
	return m.styles.PaneTitle.Render(cut(title, m.width))
}

// rule is the line under the heading; when attended talks clash it says
// so there, where it costs no row of the list.
func (m *Model) rule() string {
	if m.clash == "" {
		return m.styles.Border.Render(strings.Repeat("─", m.width))
	}
	w := cells(m.clash)
	if m.width < w+4 {
		return m.styles.Overlap.Render(cut(m.clash, m.width))
	}
	return m.styles.Border.Render("─ ") + m.styles.Overlap.Render(m.clash) +
		m.styles.Border.Render(" "+strings.Repeat("─", m.width-w-3))
}

// shortDate is a day's heading for a narrow pane: "Thu 17 Oct".
func shortDate(d sched.Day) string {
	date, err := time.Parse(sched.DateLayout, d.Date)
	if err != nil {
		return d.Date
	}
	return date.Format("Mon 2 Jan")
}

// rowLines draws row i: a title line and, when the talk has speakers, a
// room or a track, a byline.
func (m *Model) rowLines(i int) []string {
	r := m.rows[i]
	t := r.talk
	titleInk := m.looks.title
	switch {
	case t.Kind == sched.KindBreak:
		titleInk = m.looks.brk
	case t.Dropped:
		titleInk = m.looks.dropped
	case r.slot != nil:
		titleInk = m.looks.item
	}
	var first string
	indent := titleStart
	// The selection is marked with › as well as painted, so that it shows
	// without colour (NO_COLOR, a monochrome terminal) too.
	pointer := " "
	if i == m.sel {
		pointer = "›"
	}
	titles := m.titleLines(i)
	if r.slot == nil {
		first = m.markColumn(t) + pointer + " " + m.timeColumn(i) + titleInk.on(titles[0])
	} else {
		indent = itemIndent
		first = "  " + pointer + strings.Repeat(" ", titleStart-markWidth) + m.itemMark(t) + titleInk.on(titles[0])
	}
	lines := []string{first}
	for _, l := range titles[1:] {
		lines = append(lines, strings.Repeat(" ", indent)+titleInk.on(l))
	}
	if r.height > 1 {
		lines = append(lines, strings.Repeat(" ", indent)+m.bylineView(t, m.width-indent))
	}
	for j, l := range lines {
		if m.width <= itemIndent {
			// The columns alone are wider than a very narrow pane: cut there.
			l = ansi.Truncate(l, m.width, "")
		}
		if i == m.sel {
			l = m.highlight(l)
		}
		lines[j] = l
	}
	return lines
}

// markColumn is a top-level talk's marks: ▶ when it is on now, then ✓ when
// the user attends it, ⚠ when it clashes with another they attend, or ◷
// when they mean to watch it later.
func (m *Model) markColumn(t *sched.Talk) string {
	now, attend := " ", " "
	if !m.now.IsZero() && t.OnAt(m.now) {
		now = m.looks.now
	}
	switch {
	case m.overlaps[t.ID] && t.ID != 0:
		attend = m.looks.overlap
	case t.Attended:
		attend = m.looks.attended
	case t.WatchLater:
		attend = m.looks.later
	}
	return now + attend
}

// timeColumn is a top-level talk's start, blank under the first of talks
// that start together. The first row drawn always shows it, so that a
// scrolled list of parallel talks still says when they are.
func (m *Model) timeColumn(i int) string {
	if !m.rows[i].showTime && i != m.top {
		return strings.Repeat(" ", timeWidth)
	}
	return m.looks.time.on(m.rows[i].talk.Start.In(m.loc).Format("15:04")) + " "
}

// itemMark tells attended items from the others.
func (m *Model) itemMark(t *sched.Talk) string {
	switch {
	case m.overlaps[t.ID] && t.ID != 0:
		return m.looks.overlap + " "
	case t.Attended:
		return m.looks.attended + " "
	case t.WatchLater:
		return m.looks.later + " "
	default:
		return "◦ "
	}
}

// bylineView draws a talk's byline in width cells: speakers and room, then
// the track in its own style, cut with "…" where it does not fit.
func (m *Model) bylineView(t *sched.Talk, width int) string {
	meta, track := inert(byline(*t)), inert(t.Track)
	switch {
	case track == "":
		return m.looks.speaker.on(cut(meta, width))
	case meta == "":
		return m.looks.track.on(cut(track, width))
	}
	const sep = " · "
	lead := cells(meta) + cells(sep)
	if lead >= width {
		return m.looks.speaker.on(cut(meta+sep+track, width))
	}
	return m.looks.speaker.on(meta+sep) + m.looks.track.on(cut(track, width-lead))
}

// highlight paints a whole line, padded to the pane's width, as selected.
func (m *Model) highlight(line string) string {
	style := m.styles.SelectedBlur
	if m.focused {
		style = m.styles.Selected
	}
	plain := ansi.Strip(line)
	if pad := m.width - lipgloss.Width(plain); pad > 0 {
		plain += strings.Repeat(" ", pad)
	}
	return style.Render(plain)
}

// byline is a talk's speakers and its room; the track is drawn apart.
func byline(t sched.Talk) string {
	parts := make([]string, 0, 2)
	if b := t.Byline(); b != "" {
		parts = append(parts, b)
	}
	if t.Room != "" {
		parts = append(parts, t.Room)
	}
	return strings.Join(parts, " · ")
}

// cut truncates s to width cells with "…", to nothing for no room. What
// it returns is inert: every title and name the pane draws passes here.
func cut(s string, width int) string {
	if width <= 0 {
		return ""
	}
	s = inert(s)
	switch {
	case len(s) <= width:
		// No character takes more cells than it has bytes.
		return s
	case isSimple(s):
		if n := utf8.RuneCountInString(s); n <= width {
			return s
		}
		// Each character takes a cell: keep the first width-1, found
		// without turning the whole (maybe long) text into runes.
		end := 0
		for range width - 1 {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		return s[:end] + "…"
	}
	return ansi.Truncate(s, width, "…")
}

// cells is how many cells s takes, counted quickly for the Latin text
// most schedules are written in.
func cells(s string) int {
	if isSimple(s) {
		return utf8.RuneCountInString(s)
	}
	return ansi.StringWidth(s)
}

// isSimple reports whether every character of s takes one cell on its
// own: printable ASCII and the Latin letters and signs before the
// combining marks (U+0300), bar the soft hyphen.
func isSimple(s string) bool {
	for _, r := range s {
		if r < ' ' || r == 0x7f || (r > 0x7f && r < 0xa0) || r == 0xad || r >= 0x300 {
			return false
		}
	}
	return true
}

// wrap breaks text into lines of at most width cells at spaces.
func wrap(text string, width int) []string {
	if width <= 0 {
		return nil
	}
	return textwrap.Lines(inert(text), width)
}

// inert returns text fit to draw: control characters (C0, DEL and C1) and
// bytes that are not UTF-8 replaced by U+FFFD. A schedule is someone
// else's text, and an escape sequence in a title must show as characters,
// not clear the screen or write the clipboard (OSC 52); a lone byte 0x9B
// is a CSI to a terminal reading 8-bit controls.
func inert(text string) string {
	if isSimple(text) || (!strings.ContainsFunc(text, isControl) && utf8.ValidString(text)) {
		return text
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(text, string(utf8.RuneError)))
}

// isControl reports whether r is a C0 or C1 control character or DEL.
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}
