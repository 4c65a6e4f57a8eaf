package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// A keystroke in the notes changes a line or two of the frame; the help
// line, the schedule's column and the rule beside it stay as they were.
// The root keeps them from the frame before and draws them again only
// when what they are drawn from changed, so that a keystroke costs about
// the lines it touched. (The schedule and the status bar keep their own
// drawing the same way; bubbletea's renderer then sends the terminal only
// the lines that differ.)

// drawnFrame is what the root keeps of the last frame it drew, shared by
// the model's copies. Every entry is keyed by all it is drawn from, so a
// copy that draws something else only redraws.
type drawnFrame struct {
	// help holds the help lines of the last few key maps: moving between
	// bullets enables and disables keys (outdent at the top level, move
	// up at the first bullet), and the help goes back and forth with them.
	help [helpKept]drawnHelp
	// nextHelp is the entry of help a new key map takes, the oldest.
	nextHelp int
	left     drawnColumn
	// status is the status bar fitted to the screen (see fit): the bar
	// is the same on most keystrokes, and measuring it is not free.
	status fitted
}

// fitted is a line as fit made it safe and cut it.
type fitted struct {
	line, out string
	width     int
	method    ansi.Method
}

// fitStatus fits the status bar's line, from the last frame's when the
// bar drew the same line.
func (m *Model) fitStatus(line string) string {
	if m.drawn == nil {
		return m.fit(line)
	}
	f := &m.drawn.status
	if f.out == "" || f.line != line || f.width != m.width || f.method != m.method {
		*f = fitted{line: line, out: m.fit(line), width: m.width, method: m.method}
	}
	return f.out
}

// helpKept is how many help lines drawnFrame keeps.
const helpKept = 8

// drawnHelp is the help line as drawn, and what from.
type drawnHelp struct {
	keys   string // helpKeys of the key map
	width  int
	method ansi.Method
	lines  []string
}

// helpLines draws the help line for keys, from a frame before when the
// keys shown and the width were the same. The full help is drawn each
// time: it is open for reading, not typing.
func (m *Model) helpLines(keys help.KeyMap) []string {
	if m.help.ShowAll || m.drawn == nil {
		return m.drawHelp(keys)
	}
	from := helpKeys(keys.ShortHelp())
	d := m.drawn
	for i := range d.help {
		h := &d.help[i]
		if h.lines != nil && h.keys == from && h.width == m.width && h.method == m.method {
			return h.lines
		}
	}
	h := &d.help[d.nextHelp]
	d.nextHelp = (d.nextHelp + 1) % helpKept
	*h = drawnHelp{keys: from, width: m.width, method: m.method, lines: m.drawHelp(keys)}
	return h.lines
}

// drawHelp draws the help line (or the full help) afresh.
func (m *Model) drawHelp(keys help.KeyMap) []string {
	lines := strings.Split(m.help.View(keys), "\n")
	for i, l := range lines {
		// help can overrun its width by one item when its ellipsis does
		// not fit; a frame wider than the terminal would scroll it.
		lines[i] = truncate(m.method, l, m.width, "…")
	}
	return lines
}

// helpKeys is what the short help draws of bindings: each enabled one's
// key and description.
func helpKeys(bindings []key.Binding) string {
	var b strings.Builder
	for _, k := range bindings {
		if !k.Enabled() {
			continue
		}
		h := k.Help()
		b.WriteString(h.Key)
		b.WriteByte(0)
		b.WriteString(h.Desc)
		b.WriteByte(0)
	}
	return b.String()
}

// drawnColumn is the schedule's column of a side-by-side frame: its lines
// fitted to the pane's width with the rule after them, and the frame's
// lines made of them.
type drawnColumn struct {
	view   string // the schedule's View
	width  int
	method ansi.Method
	styles *theme.Styles
	left   []string
	// right and joined are the editor's lines of the last frame and the
	// frame's lines: a line whose notes did not change is joined once.
	right, joined []string
}

// column returns the schedule's column for a frame of the given width
// and height, from the last frame's when the schedule drew the same.
func (m *Model) column(view string, width, height int) *drawnColumn {
	c := &drawnColumn{}
	if m.drawn != nil {
		c = &m.drawn.left
	}
	if c.left != nil && c.view == view && c.width == width && c.method == m.method &&
		c.styles == m.styles && len(c.left) == height {
		return c
	}
	*c = drawnColumn{view: view, width: width, method: m.method, styles: m.styles,
		left: m.fitColumn(view, width, height)}
	return c
}

// fitColumn cuts and pads the schedule's lines to width cells, the rule
// after each, height of them.
func (m *Model) fitColumn(view string, width, height int) []string {
	left := strings.Split(view, "\n")
	rule := m.styles.Border.Render("│") + " "
	lines := make([]string, height)
	for i := range lines {
		var l string
		if i < len(left) {
			l = left[i]
		}
		// Measured as the renderer measures: a title with a ZWJ emoji
		// takes more cells by wcwidth than the schedule counted, and would
		// push the rule and the notes right on its line.
		w := m.method.StringWidth(l)
		if w > width {
			l = truncate(m.method, l, width, "")
			w = m.method.StringWidth(l)
		}
		if pad := width - w; pad > 0 {
			l += strings.Repeat(" ", pad)
		}
		lines[i] = l + rule
	}
	return lines
}

// join returns the frame's lines: each of the column's beside the
// editor's line of the same row. The slice is new, its lines shared with
// the last frame's where they are the same.
func (c *drawnColumn) join(right []string) []string {
	lines := make([]string, len(c.left))
	for i, l := range c.left {
		var r string
		if i < len(right) {
			r = right[i]
		}
		if i < len(c.joined) && i < len(c.right) && c.right[i] == r {
			lines[i] = c.joined[i]
			continue
		}
		lines[i] = l + r
	}
	c.right, c.joined = right, lines
	return lines
}
