// Package status is the status bar: the clock, the event and day, what is
// on next, and whether every keystroke is on disk.
package status

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// SaveMsg reports the background writer's state.
type SaveMsg struct {
	// Pending counts edits not yet on disk.
	Pending int
	// Saved is when the last commit finished.
	Saved time.Time
	// Committed is the number of the last edit on disk with every edit
	// before it (edits are numbered 1, 2, 3… as they go to the writer):
	// the bar says "✓ saved" only once it reaches the last edit's number,
	// however late the report arrives.
	Committed uint64
	// Err is the last commit's error; edits stay pending and are retried,
	// unless Stopped.
	Err error
	// Stopped is set when the writer has stopped writing for good (the
	// notebook file was replaced, or the writer failed): Err says why, and
	// the edits since are only in memory.
	Stopped bool
	// Replaced is set, with Stopped, when the reason is that the notebook
	// file was replaced or moved away while lanyard had it open.
	Replaced bool
}

// Model is the status bar.
type Model struct {
	styles *theme.Styles
	width  int
	clock  time.Time
	loc    *time.Location
	event  string
	day    string
	next   string // "next: Title in 12 min"
	save   SaveMsg
	// lastEdit is the number of the last edit sent to the writer: the
	// notes are saved once save.Committed reaches it.
	lastEdit uint64
	message  string // a passing message, e.g. an error loading an outline
	// drawn is the bar drawn last, shared by the copies of the model: the
	// bar's text changes once a minute and with the save state, and
	// lipgloss's Render was most of its cost on every keystroke.
	drawn *drawnBar
}

// drawnBar is a bar as drawn and what it was drawn from.
type drawnBar struct {
	from barText
	view string
}

// barText is everything a bar is drawn from; the right text says which
// style it takes.
type barText struct {
	width       int
	styles      *theme.Styles
	left, right string
}

// New returns a status bar.
func New(styles theme.Styles) Model { return NewSharing(&styles) }

// NewSharing is New with styles kept by address, shared with the caller,
// who must not change them: the root model hands every pane its one copy,
// sparing a start a 21 kB copy of the styles for each.
func NewSharing(styles *theme.Styles) Model {
	return Model{styles: styles, loc: time.Local, drawn: &drawnBar{}}
}

// SetStyles replaces the styles.
func (m Model) SetStyles(s theme.Styles) Model { m.styles = &s; return m }

// SetWidth sets the bar's width in cells.
func (m Model) SetWidth(w int) Model { m.width = w; return m }

// SetClock sets the time shown, in the venue's zone (nil for the
// machine's).
func (m Model) SetClock(now time.Time, loc *time.Location) Model {
	if loc == nil {
		loc = time.Local
	}
	m.clock, m.loc = now, loc
	return m
}

// SetPlace sets the event and day shown.
func (m Model) SetPlace(event, day string) Model {
	m.event, m.day = oneLine(event), oneLine(day)
	return m
}

// SetNext sets what is on next, "" for nothing.
func (m Model) SetNext(next string) Model { m.next = oneLine(next); return m }

// SetMessage shows a passing message in place of "next", "" to clear it.
func (m Model) SetMessage(msg string) Model { m.message = oneLine(msg); return m }

// Edited notes that the edit numbered n went to the writer, so the bar
// says "saving…" until a report says it is on disk.
func (m Model) Edited(n uint64) Model { m.lastEdit = max(m.lastEdit, n); return m }

// SetSave records the writer's report.
func (m Model) SetSave(s SaveMsg) Model {
	m.save = s
	return m
}

// clockRoom is the cells the clock takes at the bar's left, " 15:04  ":
// a long error is cut before it pushes the clock off the bar.
const clockRoom = 8

// View draws the bar on one line of exactly the bar's width. The save
// state is drawn whole at the right; the place and what is next give way
// to it, and an error's detail is cut before the clock is.
func (m Model) View() string {
	if m.width <= 0 {
		return ""
	}
	right, rightStyle := m.saveState(m.width - clockRoom)
	from := barText{width: m.width, styles: m.styles, left: m.left(), right: right}
	if m.drawn != nil && m.drawn.from == from {
		return m.drawn.view
	}
	view := m.draw(from, rightStyle)
	if m.drawn != nil {
		*m.drawn = drawnBar{from: from, view: view}
	}
	return view
}

// draw renders the bar's texts, the right one in its style.
func (m Model) draw(t barText, rightStyle lipgloss.Style) string {
	room := t.width - lipgloss.Width(t.right)
	if room <= 0 {
		return rightStyle.Render(ansi.Truncate(t.right, t.width, ""))
	}
	text := ansi.Truncate(t.left, room-1, "…")
	gap := room - lipgloss.Width(text)
	return m.styles.Status.Render(text+strings.Repeat(" ", gap)) + rightStyle.Render(t.right)
}

// left is the clock, the place and what is next (or the message).
func (m Model) left() string {
	var b strings.Builder
	b.WriteString(" ")
	if !m.clock.IsZero() {
		b.WriteString(m.clock.In(m.loc).Format("15:04"))
		b.WriteString("  ")
	}
	b.WriteString(m.event)
	if m.day != "" {
		b.WriteString(" · ")
		b.WriteString(m.day)
	}
	middle := m.next
	if m.message != "" {
		middle = m.message
	}
	if middle != "" {
		b.WriteString("  ·  ")
		b.WriteString(middle)
	}
	return b.String()
}

// saveState says whether everything typed is on disk, with a space after
// it, in at most room cells where it can: the state itself is never cut,
// an error's detail is.
func (m Model) saveState(room int) (string, lipgloss.Style) {
	switch {
	case m.save.Stopped:
		return m.stopped(room-1) + " ", m.styles.Error
	case m.save.Err != nil:
		return m.notSaved(room-1) + " ", m.styles.Error
	case m.save.Pending > 0 || m.save.Committed < m.lastEdit:
		return "saving… ", m.styles.Saving
	default:
		return "✓ saved ", m.styles.Saved
	}
}

// notSaved is the save state after a failed commit in at most room cells
// where it can, never less than "NOT SAVED": the cause in words when the
// bar knows it (a full disk, a read-only notebook), else as much of the
// error as fits.
func (m Model) notSaved(room int) string {
	const state = "NOT SAVED"
	if c := cause(m.save.Err); c != "" {
		for _, s := range []string{
			state + ": " + c + " — keeping your notes and retrying",
			state + ": " + c + ", retrying",
			state + ": " + c,
		} {
			if lipgloss.Width(s) <= room {
				return s
			}
		}
		return state
	}
	retrying := fmt.Sprintf("%s (%d pending, retrying)", state, m.save.Pending)
	if detail := cutMiddle(oneLine(m.save.Err.Error()), room-lipgloss.Width(retrying)-2); detail != "" {
		return retrying + ": " + detail
	}
	if lipgloss.Width(retrying) <= room {
		return retrying
	}
	return state
}

// stopped is the save state once the writer has stopped for good, in at
// most room cells where it can: what happened and what to do, since
// nothing the user types from now on reaches the disk.
func (m Model) stopped(room int) string {
	const state = "NOT SAVED"
	var says []string
	if m.save.Replaced {
		says = []string{
			state + ": the notebook file was replaced; lanyard stopped writing — quit (ctrl+c) to keep your notes as a backup",
			state + ": notebook file replaced; lanyard stopped writing — quit to keep your notes as a backup",
			state + ": notebook file replaced — quit to keep your notes",
		}
	} else {
		says = []string{
			state + ": lanyard's writer failed; quit to save your notes (ctrl+c)",
			state + ": writer failed; quit (ctrl+c)",
		}
	}
	for _, s := range says {
		if lipgloss.Width(s) <= room {
			return s
		}
	}
	return state
}

// cutMiddle fits s in width cells by cutting out its middle: an error's
// context is at its start and its cause at its end, and a reader needs
// both. It gives the end twice the room of the start; "" if width leaves
// too little of either to read.
func cutMiddle(s string, width int) string {
	const minPart = 4
	w := ansi.StringWidth(s)
	switch {
	case w <= width:
		return s
	case width < 2*minPart+1:
		return ""
	}
	head := (width - 1) / 3
	tail := width - 1 - head
	return ansi.Truncate(s, head, "") + "…" + ansi.TruncateLeft(s, w-tail, "")
}

// oneLine returns s with every run of spaces and control characters
// (newlines, tabs, ESC, C1) made one space: the bar is one line, an error
// made with errors.Join has a line per error, and an event's name is
// someone else's text, which must not send the terminal commands. Bytes
// that are not UTF-8 become U+FFFD: a lone 0x9B is a CSI to some
// terminals.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, isControl) && utf8.ValidString(s) {
		return s
	}
	s = strings.ToValidUTF8(s, string(utf8.RuneError))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || isControl(r) }), " ")
}

// isControl reports whether r is a C0 or C1 control character, which would
// move the terminal's cursor if drawn.
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}
