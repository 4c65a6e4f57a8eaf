package notestext

import (
	"strings"

	"lanyard/export/notesdoc"
)

// level is an open level of the tree being built: the last bullet seen at
// some indentation, which later lines may nest under.
type level struct {
	// indent is the column of the bullet's marker. Headings take negative
	// columns, shallower than any indentation, so that whatever follows
	// them, lists at the margin included, nests under them.
	indent int
	depth  int
	style  string // see marker.style
	letter byte   // see marker.letter
}

// tree turns classified lines into bullets with depths.
type tree struct {
	unit int // columns a tab advances to, the indent unit in use
	// stack holds the open levels from the top of the tree down. Their
	// depths are 0, 1, 2, … and their indents do not decrease, so that a
	// new bullet is placed by popping to the level it belongs at; several
	// levels share an indent when glyphs alone nest them.
	stack   []level
	bullets []Bullet
	// wrapCol is the column the last bullet's text starts at, when a
	// hard-wrapped line indented to it would continue that text; else -1.
	wrapCol int
	// flattened counts the bullets nested deeper than notesdoc.MaxDepth
	// levels, kept at the deepest level. The stack keeps their real
	// depths, so that the bullets after them find their levels.
	flattened int
}

func newTree(unit, lines int) *tree {
	return &tree{unit: unit, wrapCol: -1, bullets: make([]Bullet, 0, lines)}
}

// headingIndent is the indent a heading of level 1 to 6 takes: -7 to -2.
func headingIndent(level int) int { return level - 8 }

// add places one line: it continues the last bullet's text or becomes a
// new bullet.
func (t *tree) add(l *line) {
	indent := columns(0, l.lead, t.unit)
	if t.continues(l, indent) {
		last := &t.bullets[len(t.bullets)-1]
		if last.Text == "" {
			last.Text = l.mark.text
		} else {
			last.Text += " " + l.mark.text
		}
		return
	}
	at := indent
	if l.mark.heading > 0 {
		at = headingIndent(l.mark.heading)
	}
	depth := t.place(at, &l.mark)
	if kept := notesdoc.Bound(depth); kept != depth {
		depth = kept
		t.flattened++
	}
	t.bullets = append(t.bullets, Bullet{Depth: depth, Text: l.mark.text, Kind: l.mark.kind})
	t.wrapCol = -1
	if l.mark.listed {
		t.wrapCol = columns(indent, l.body[:l.mark.textAt], t.unit)
		if l.mark.text == "" {
			t.wrapCol++ // the space a glyph alone would have had after it
		}
	}
}

// continues reports whether l is a hard-wrapped continuation of the last
// bullet: a line without a marker, straight after a bullet that had one,
// indented to the column where that bullet's text starts.
func (t *tree) continues(l *line, indent int) bool {
	return t.wrapCol > 0 && indent == t.wrapCol && !l.gap && !l.mark.listed && l.mark.heading == 0
}

// place returns the depth of a bullet whose marker is at column indent,
// and records it as the open level there. A bullet indented more than the
// open level is its child; one indented less closes levels until it finds
// its own or a shallower one, and is a child of a shallower one. At the
// same indentation a glyph style not open there (◦ under •, a) under 1.)
// nests one level deeper, and one open there returns to its level.
func (t *tree) place(indent int, m *marker) int {
	for len(t.stack) > 0 && t.top().indent > indent {
		t.stack = t.stack[:len(t.stack)-1]
	}
	if len(t.stack) == 0 || t.top().indent < indent {
		depth := 0
		if len(t.stack) > 0 {
			depth = t.top().depth + 1
		}
		t.stack = append(t.stack, level{indent: indent, depth: depth, style: m.style, letter: m.letter})
		return depth
	}
	first := len(t.stack) - 1 // the shallowest level at this indentation
	for first > 0 && t.stack[first-1].indent == indent {
		first--
	}
	style := m.style
	if m.ambiguous {
		if k := t.find(first, letterStyle(style)); k >= 0 && t.stack[k].letter+1 == m.letter {
			style = letterStyle(style) // "i." after "h.": a letter, not a numeral
		}
	}
	k := len(t.stack) - 1
	switch {
	case style == "":
		k = first
	case t.find(first, style) >= 0:
		k = t.find(first, style)
	case t.top().style != "":
		depth := t.top().depth + 1
		t.stack = append(t.stack, level{indent: indent, depth: depth, style: style, letter: m.letter})
		return depth
	}
	t.stack = t.stack[:k+1]
	t.stack[k].style, t.stack[k].letter = style, m.letter
	return t.stack[k].depth
}

func (t *tree) top() level { return t.stack[len(t.stack)-1] }

// find returns the index of the open level from first on with the given
// style, or -1.
func (t *tree) find(first int, style string) int {
	for k := first; k < len(t.stack); k++ {
		if t.stack[k].style == style {
			return k
		}
	}
	return -1
}

// letterStyle returns the lettered style a lone roman numeral's style
// would be if it were a letter: "i" → "a", "(I)" → "(A)".
func letterStyle(style string) string {
	return strings.NewReplacer("i", "a", "I", "A").Replace(style)
}

// indentUnit returns the indent unit in use, the width a tab stands for:
// the smallest step by which a bullet is indented past the one before,
// among lines indented with spaces alone. Bullets with glyphs are asked
// first, because a wrapped line's indent says nothing about nesting. A
// file indented only with tabs gets 4.
func indentUnit(lines []line) int {
	unit := smallestStep(lines, true)
	if unit == 0 {
		unit = smallestStep(lines, false)
	}
	if unit == 0 {
		return 4
	}
	return min(unit, 8)
}

func smallestStep(lines []line, listedOnly bool) int {
	best, prev := 0, -1
	for i := range lines {
		l := &lines[i]
		if listedOnly && !l.mark.listed {
			continue
		}
		if strings.IndexByte(l.lead, '\t') >= 0 {
			prev = -1
			continue
		}
		w := len(l.lead)
		if prev >= 0 && w > prev && (best == 0 || w-prev < best) {
			best = w - prev
		}
		prev = w
	}
	return best
}
