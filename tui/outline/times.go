package outline

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
)

// timeWidth is the column of bullets' times when they are shown: room for
// "+1:02:03" and a space.
const timeWidth = 9

// timeColumn returns the cells before the indent taken by bullets' times.
func (m *Model) timeColumn() int {
	if !m.showTimes || m.width < timeWidth+glyphWidth+minTextWidth {
		return 0
	}
	return timeWidth
}

// timeLabel returns a bullet's time, padded to the time column: time into
// the talk ("+12:34"), or the clock for a page or a talk of unknown start.
func (m Model) timeLabel(n *doc.Node) string {
	col := m.timeColumn()
	if col == 0 {
		return ""
	}
	label := ""
	switch {
	case n.Created.IsZero():
	case m.header.Start.IsZero():
		label = n.Created.Local().Format("15:04")
	default:
		label = intoTalk(n.Created.Sub(m.header.Start))
	}
	pad := strings.Repeat(" ", max(col-ansi.StringWidth(label), 0))
	return m.look.dim.before + label + m.look.dim.after + pad
}

// intoTalk formats d as "+12:34" or "+1:02:03"; notes written before the
// talk began get a minus sign.
func intoTalk(d time.Duration) string {
	sign := "+"
	if d < 0 {
		sign, d = "-", -d
	}
	s := int(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%s%02d:%02d", sign, s/60, s%60)
}

// lead returns the two cells drawn before row's text: its glyph and a
// space, or its number.
func (m *Model) lead(row int) string {
	if m.folded(row) {
		return m.look.folded + " "
	}
	n := m.o.At(row)
	if n.Conflict {
		return m.look.conflict + " "
	}
	switch n.Kind {
	case doc.KindNumbered:
		num := m.number(row)
		return m.look.number.before + num[:len(num)-1] + m.look.number.after + " "
	case doc.KindStar, doc.KindTodo, doc.KindDone, doc.KindQuote:
		return m.look.kindGlyphs[n.Kind] + " "
	}
	return m.look.glyphs[m.depthShown(n.Depth)%2] + " "
}

// maxNumberWalk bounds how far back number looks for the list's start, so
// that a frame costs the same in a list of any length.
const maxNumberWalk = 99

// conflictGlyph marks a bullet a sync brought in beside another: the other
// laptop's text of a bullet both changed.
const conflictGlyph = "≠"

// kindGlyphs are the glyphs of the kinds of bullet that have one.
var kindGlyphs = map[doc.Kind]string{
	doc.KindStar:  "★",
	doc.KindTodo:  "☐",
	doc.KindDone:  "☑",
	doc.KindQuote: "│",
}

// number returns a numbered bullet's number among the numbered siblings
// just before it, right-aligned in the glyph's two cells where it fits.
func (m *Model) number(row int) string {
	n := m.numberOf(row)
	if n > maxNumberWalk {
		return " #. "
	}
	return fmt.Sprintf("%2d. ", n)
}

// numberOf returns a numbered bullet's place among the numbered siblings
// just before it, maxNumberWalk+1 for any place past maxNumberWalk.
func (m *Model) numberOf(row int) int {
	if f, ok := m.facts[m.o.At(row).ID]; ok && f.Number > 0 {
		return min(f.Number, maxNumberWalk+1)
	}
	n, depth := 1, m.o.At(row).Depth
	for r := row - 1; r >= 0 && n <= maxNumberWalk; r-- {
		prev := m.o.At(r)
		if prev.Depth < depth {
			break
		}
		if prev.Depth > depth {
			continue
		}
		if prev.Kind != doc.KindNumbered {
			break
		}
		n++
	}
	return n
}

// hiddenCount returns " (+12)" for a folded row hiding 12 bullets, dimmed,
// when it fits in room cells; a folded bullet must say what it hides.
func (m Model) hiddenCount(row, room int) string {
	label := fmt.Sprintf(" (+%d)", m.hiddenRows(row))
	if len(label) > room {
		return ""
	}
	return m.look.dim.before + label + m.look.dim.after
}
