package schedule

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	sched "lanyard/store/schedule"
)

// Column widths of a row: the now mark, the start time, and where titles
// begin.
const (
	markWidth  = 2
	timeWidth  = 6 // "10:30 "
	titleStart = markWidth + timeWidth
	itemIndent = titleStart + 2 // items sit under their slot's title
)

// headerLines is the day heading and the rule under it.
const headerLines = 2

// View draws the pane: exactly height lines of at most width cells.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, m.heading(), m.styles.Border.Render(strings.Repeat("─", m.width)))
	if len(m.rows) == 0 {
		lines = append(lines, m.styles.Placeholder.Render(ansi.Truncate("No talks on this day.", m.width, "…")))
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
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:m.height], "\n")
}

// heading names the day shown and where it sits among the event's days.
func (m Model) heading() string {
	d, i, ok := m.Day()
	if !ok {
		return m.styles.PaneTitle.Render(ansi.Truncate(m.event.Name, m.width, "…"))
	}
	title := d.DayTitle()
	if m.width < 30 {
		title = shortDate(d)
	}
	if n := len(m.event.Days); n > 1 {
		title = fmt.Sprintf("%s  %d/%d", title, i+1, n)
	}
	return m.styles.PaneTitle.Render(ansi.Truncate(title, m.width, "…"))
}

// shortDate is a day's heading for a narrow pane: "Thu 17 Oct".
func shortDate(d sched.Day) string {
	date, err := time.Parse(sched.DateLayout, d.Date)
	if err != nil {
		return d.Date
	}
	return date.Format("Mon 2 Jan")
}

// rowLines draws row i: a title line and, when the talk has speakers or a
// room, a second line with them.
func (m Model) rowLines(i int) []string {
	r := m.rows[i]
	t := r.talk
	selected := i == m.sel
	titleStyle, metaStyle := m.styles.Title, m.styles.Speaker
	switch {
	case t.Kind == sched.KindBreak:
		titleStyle = m.styles.Break
	case t.Dropped:
		titleStyle = m.styles.Dropped
	case r.slot != nil:
		titleStyle = m.styles.Item
	}
	var first string
	if r.slot == nil {
		first = m.mark(t) + m.styles.Time.Render(t.Start.In(m.loc).Format("15:04")) + " " +
			titleStyle.Render(ansi.Truncate(t.Title, m.width-titleStart, "…"))
	} else {
		first = strings.Repeat(" ", titleStart) + m.itemMark(t) +
			titleStyle.Render(ansi.Truncate(t.Title, m.width-itemIndent, "…"))
	}
	lines := []string{first}
	if meta := byline(*t); meta != "" && t.Kind != sched.KindBreak {
		indent := titleStart
		if r.slot != nil {
			indent = itemIndent
		}
		lines = append(lines, strings.Repeat(" ", indent)+metaStyle.Render(ansi.Truncate(meta, m.width-indent, "…")))
	}
	for j, l := range lines {
		// The columns alone are wider than a very narrow pane: cut there.
		l = ansi.Truncate(l, m.width, "")
		if selected {
			l = m.highlight(l)
		}
		lines[j] = l
	}
	return lines
}

// highlight paints a whole line, padded to the pane's width, as selected.
func (m Model) highlight(line string) string {
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

// mark is the now marker column of a top-level talk.
func (m Model) mark(t *sched.Talk) string {
	if !m.now.IsZero() && t.OnAt(m.now) {
		return m.styles.NowMark.Render("▶") + " "
	}
	return "  "
}

// itemMark tells attended items from the others.
func (m Model) itemMark(t *sched.Talk) string {
	switch {
	case t.Attended:
		return m.styles.Attended.Render("✓") + " "
	default:
		return "◦ "
	}
}

// byline is a talk's second line: its speakers and its room.
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

// rowHeight is how many lines row i takes.
func (m Model) rowHeight(i int) int {
	t := m.rows[i].talk
	if t.Kind != sched.KindBreak && byline(*t) != "" {
		return 2
	}
	return 1
}

// scrollToSelection moves the first drawn row so the selection is in view,
// with a row of context above and below where there is room.
func (m Model) scrollToSelection() Model {
	if len(m.rows) == 0 || m.height <= headerLines {
		m.top = 0
		return m
	}
	m.sel = min(max(m.sel, 0), len(m.rows)-1)
	room := m.height - headerLines
	above := max(m.sel-1, 0)
	if above < m.top {
		m.top = above
	}
	// Move the top down until the selection and the row after it fit.
	last := min(m.sel+1, len(m.rows)-1)
	for m.top < m.sel && m.linesBetween(m.top, last) > room {
		m.top++
	}
	return m
}

// linesBetween counts the lines rows from..to (inclusive) take.
func (m Model) linesBetween(from, to int) int {
	n := 0
	for i := from; i <= to; i++ {
		n += m.rowHeight(i)
	}
	return n
}

// wrap breaks text into lines of at most width cells at spaces.
func wrap(text string, width int) []string {
	if width <= 0 {
		return nil
	}
	return strings.Split(ansi.Wrap(text, width, ""), "\n")
}
