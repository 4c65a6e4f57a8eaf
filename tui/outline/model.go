// Package outline is the outline editor: the pane where a note-taker types
// nested bullets live during a talk. It is modeless, like Workflowy and
// Logseq: text goes in at the cursor, Enter starts a bullet, Tab and
// Shift+Tab nest it. It translates keys into edits of the domain's
// outline, hands each edit's changes to a Saver, and draws only the rows
// in its window, so that no keystroke costs time in proportion to the
// notebook.
package outline

import (
	"time"

	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
	"lanyard/tui/theme"
)

// Saver takes an outline's changes; store.Writer implements it and never
// blocks.
type Saver interface {
	Save(talkID uint64, c doc.Changes)
}

// Header is what the editor shows above the bullets.
type Header struct {
	Title string
	Meta  string // e.g. "Jessica Doe · 10:30–11:00 · Main hall"
	// Start is when the talk began, for showing bullets' times as time
	// into the talk; zero for a page, whose times show as the clock.
	Start time.Time
}

// Model is the outline editor component.
type Model struct {
	styles *theme.Styles
	keys   KeyMap
	saver  Saver
	talkID uint64
	o      *doc.Outline
	header Header

	width, height int
	focused       bool
	// method is how the terminal counts a character's cells, as
	// bubbletea's renderer does: by wcwidth until the terminal says it
	// clusters graphemes (mode 2027). A ZWJ emoji takes four cells one
	// way and two the other, and the wrap and the cursor must agree with
	// what the terminal draws.
	method ansi.Method

	// row and off are the cursor: a row of the outline and a byte offset
	// into its text, always on a grapheme boundary. With no rows the
	// cursor is on the virtual empty bullet, row 0.
	row, off int
	// goal is the screen column Up and Down aim for, kept across
	// consecutive vertical moves so that passing a short line does not
	// lose it; hasGoal is false after any other key.
	goal    int
	hasGoal bool
	// top and topLine are the scroll anchor: the row and the visual line
	// within it drawn first below the header.
	top, topLine int
	// zoom is the bullet shown as the page, 0 for the whole outline.
	zoom doc.ID
	// showTimes shows beside each bullet when it was written, as time
	// into the talk, to match notes with the recording.
	showTimes bool
	// clip is what cut and copy took, for pasting bullets.
	clip doc.Clip
	// burst is the typing that the open undo step holds (see burst.go),
	// and now the clock that times its keys.
	burst burst
	now   func() time.Time

	cache *wrapCache
	look  look
	// facts are the counts of the glimpse shown, nil when the editor
	// shows an outline (see glimpse.go).
	facts glimpseFacts
}

// New returns an editor with no outline, blurred, of size zero.
func New(styles theme.Styles, saver Saver) Model { return NewSharing(&styles, saver) }

// NewSharing is New with styles kept by address, shared with the caller,
// who must not change them: the root model hands every pane its one copy,
// sparing a start a 21 kB copy of the styles for each.
func NewSharing(styles *theme.Styles, saver Saver) Model {
	m := Model{
		styles: styles,
		keys:   DefaultKeyMap(),
		saver:  saver,
		o:      doc.New(),
		cache:  newWrapCache(ansi.WcWidth),
		now:    time.Now,
	}
	return m.relook()
}

// SetOutline shows talk talkID's outline o (nil for an empty one) under
// header h. The cursor goes to the end of the last bullet, where a
// note-taker continues.
func (m Model) SetOutline(talkID uint64, o *doc.Outline, h Header) Model {
	m.facts = nil
	return m.setOutline(talkID, o, h)
}

// setOutline is SetOutline for an outline or a glimpse's.
func (m Model) setOutline(talkID uint64, o *doc.Outline, h Header) Model {
	if o == nil {
		o = doc.New()
	}
	m.talkID, m.o, m.header = talkID, o, h
	m.cache = newWrapCache(m.method)
	m.top, m.topLine = 0, 0
	m.hasGoal = false
	m.row, m.off = 0, 0
	if n := o.Len(); n > 0 {
		m.row = n - 1
		m.off = len(o.At(m.row).Text)
	}
	return m.relook().settle()
}

// SetHeader replaces the title and details above the outline, e.g. after
// the user corrected the talk, leaving the cursor where it is.
func (m Model) SetHeader(h Header) Model {
	m.header = h
	return m.relook().settle()
}

// SetSize sets the pane's size in cells. Setting the size it already has
// costs nothing, so the root model may call it after every message.
func (m Model) SetSize(width, height int) Model {
	width, height = max(width, 0), max(height, 0)
	if width == m.width && height == m.height {
		return m
	}
	if width != m.width {
		m.cache = newWrapCache(m.method)
	}
	m.width, m.height = width, height
	return m.relook().settle()
}

// SetWidthMethod sets how the terminal counts cells: ansi.WcWidth (the
// default, as bubbletea's renderer starts) or ansi.GraphemeWidth once the
// terminal reports mode 2027.
func (m Model) SetWidthMethod(method ansi.Method) Model {
	if method == m.method {
		return m
	}
	m.method = method
	m.cache = newWrapCache(method)
	return m.relook().settle()
}

// SetStyles changes the styles, when the terminal's background turns out
// to be light or dark.
func (m Model) SetStyles(s theme.Styles) Model {
	m.styles = &s
	m.look.inks = nil // made again in the new styles
	return m.relook()
}

// Focus gives the editor the keyboard.
func (m Model) Focus() Model {
	m.focused = true
	return m
}

// Blur takes the keyboard away; keys are then ignored.
func (m Model) Blur() Model {
	m.focused = false
	return m
}

// Focused reports whether the editor has the keyboard.
func (m Model) Focused() bool { return m.focused }

// TalkID returns the talk whose outline is shown, 0 for none.
func (m Model) TalkID() uint64 { return m.talkID }

// SetKeyMap gives the editor other keys: the user's, from the config file.
func (m Model) SetKeyMap(k KeyMap) Model { m.keys = k; return m }

// KeyMap returns the keys, with those that would do nothing where the
// cursor is disabled so that the help line stays true.
func (m Model) KeyMap() KeyMap {
	k := m.keys
	k.Indent.SetEnabled(m.canIndent())
	k.Outdent.SetEnabled(m.canOutdent())
	return k
}

// canIndent reports whether the cursor's bullet has a previous sibling to
// nest under. In preorder the row above is either the parent or inside
// the previous sibling's subtree, so one comparison tells.
func (m Model) canIndent() bool {
	return m.row > 0 && m.row < m.o.Len() && m.o.At(m.row-1).Depth >= m.o.At(m.row).Depth
}

// canOutdent reports whether the cursor's bullet is nested.
func (m Model) canOutdent() bool {
	return m.row < m.o.Len() && m.o.At(m.row).Depth > 0
}

// empty reports whether the outline has no rows, so that the virtual
// bullet is shown.
func (m *Model) empty() bool { return m.o.Len() == 0 }

// text returns the cursor row's text, "" on the virtual bullet.
func (m Model) text() string {
	if m.empty() {
		return ""
	}
	return m.o.At(m.row).Text
}
