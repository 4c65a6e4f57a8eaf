// Package talkform is the small form with which the user adds, edits or
// deletes a talk in the day's schedule. It wraps a huh form and turns the
// form's end into a message for the root (SubmitMsg, DeleteMsg or
// CancelMsg); it never quits the program, which huh does when run on its
// own.
package talkform

import (
	"strings"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/store/schedule"
	"lanyard/tui/theme"
)

// SubmitMsg carries the talk as the user saved it. Talk keeps the ID, Kind,
// Attended, Items and SourceID of the talk edited (ID 0 for a new one) and
// is marked Manual; Date is the day it belongs to, as schedule.DateLayout.
type SubmitMsg struct {
	Talk schedule.Talk
	Date string
}

// DeleteMsg asks the root to delete a talk and its notes; it is sent only
// when the user said yes.
type DeleteMsg struct {
	TalkID uint64
}

// CancelMsg says the user closed the form without a change.
type CancelMsg struct{}

// completedMsg is huh's submit of the form numbered form, turned into a
// message so that the talk is built in Update, not in a command.
type completedMsg struct {
	form uint64
}

// relayoutMsg makes huh lay out its fields again; nothing answers it.
type relayoutMsg struct{}

// formIDs numbers the forms so that a late completedMsg of a form that was
// replaced is not taken for the current one's.
var formIDs atomic.Uint64

// purpose is what the form is for.
type purpose int

const (
	editing purpose = iota
	deleting
)

// Model is the form. It holds the huh form by pointer, as huh is built to
// be, so copies of a Model share one form: keep only the latest. It is
// open from New or NewDelete until it emits SubmitMsg, DeleteMsg or
// CancelMsg; the zero Model is closed.
type Model struct {
	form *huh.Form
	open bool
	// id is the number of form, matched against completedMsg.
	id      uint64
	purpose purpose
	keys    KeyMap
	styles  *theme.Styles
	theme   huh.Theme
	heading string

	// values holds the edit fields as typed; huh writes into it.
	values *values
	// fields are the edit form's inputs with their hints.
	fields []*field
	// confirmed is the answer to the delete question.
	confirmed *bool
	// talk is the talk edited or to delete, the base of the SubmitMsg.
	talk schedule.Talk
	loc  *time.Location
	date string
	// err is a problem found only on submit (a day the caller got wrong);
	// the form opens again under it.
	err error

	width, height int
}

// New opens the form to add a talk (talk.ID == 0) or edit one, on day date
// ("2006-01-02") of an event in zone loc. Times are typed and shown in loc,
// whatever the laptop's zone; a nil loc means UTC.
func New(styles theme.Styles, loc *time.Location, date string, talk schedule.Talk) Model {
	if loc == nil {
		loc = time.UTC
	}
	m := newModel(styles, editing, talk)
	m.loc, m.date = loc, date
	m.values = valuesOf(talk, loc)
	m.heading = editHeading(talk, date, loc)
	return m.attachEdit()
}

// NewDelete opens the question "Delete “X” and its 12 bullets?" for talk,
// with No chosen so that a stray Enter keeps the talk.
func NewDelete(styles theme.Styles, talk schedule.Talk, bullets int) Model {
	m := newModel(styles, deleting, talk)
	m.confirmed = new(bool)
	m.heading = "Delete talk"
	return m.attach(deleteForm(clean(talk.Title), bullets, m.confirmed))
}

func newModel(styles theme.Styles, p purpose, talk schedule.Talk) Model {
	return Model{purpose: p, keys: DefaultKeyMap(), styles: &styles,
		theme: huhTheme(styles), talk: talk, open: true}
}

// editHeading names the form and the day it adds to.
func editHeading(talk schedule.Talk, date string, loc *time.Location) string {
	heading := "Edit talk"
	if talk.ID == 0 {
		heading = "Add a talk"
	}
	if day, err := time.ParseInLocation(schedule.DateLayout, date, loc); err == nil {
		heading += " · " + day.Format("Mon 2 Jan")
	}
	return heading
}

// attachEdit makes a new edit form on the values typed so far.
func (m Model) attachEdit() Model {
	form, fields := editForm(m.values)
	m.fields = fields
	return m.attach(form)
}

// attach makes form the model's form: themed, with our keys, sized, and
// ending in our messages instead of huh's tea.Quit and tea.Interrupt.
func (m Model) attach(form *huh.Form) Model {
	m.id = formIDs.Add(1)
	id := m.id
	form.SubmitCmd = func() tea.Msg { return completedMsg{form: id} }
	form.CancelCmd = func() tea.Msg { return CancelMsg{} }
	m.form = form.WithTheme(m.theme).WithKeyMap(huhKeyMap(m.keys)).WithShowHelp(true)
	return m.SetSize(m.width, m.height)
}

// Init focuses the first field.
func (m Model) Init() tea.Cmd {
	return m.form.Init()
}

// Update passes messages to the form and turns its end into SubmitMsg,
// DeleteMsg or CancelMsg.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.open {
		return m, nil
	}
	switch msg := msg.(type) {
	case completedMsg:
		if msg.form != m.id {
			return m, nil
		}
		return m.finish()
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit) {
			return m, nil
		}
	case tea.MouseMsg:
		return m, nil // the form is filled in with the keys
	}
	_, cmd := m.form.Update(msg)
	if describe(m.fields, m.styles.NowMark.Render) {
		// huh lays its fields out in Update: once more, for the new
		// descriptions to be drawn.
		m.form.Update(relayoutMsg{})
	}
	m.fitHeight()
	if m.form.State == huh.StateAborted {
		m.open = false // huh's cancel command brings the CancelMsg
	}
	return m, cmd
}

// IsOpen reports whether the form is shown and takes the keyboard.
func (m Model) IsOpen() bool { return m.open }

// Cursor reports that the root places no cursor: huh draws its fields'
// own.
func (m Model) Cursor() (x, y int, ok bool) { return 0, 0, false }

// HelpKeys returns the form's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return newHelpKeys(m.keys) }

// SetStyles restyles the form, e.g. when the terminal's background is
// known.
func (m Model) SetStyles(s theme.Styles) Model {
	m.styles = &s
	m.theme = huhTheme(s)
	if m.form != nil {
		m.form = m.form.WithTheme(m.theme)
	}
	return m
}

// finish answers a submitted form.
func (m Model) finish() (Model, tea.Cmd) {
	if m.purpose == deleting {
		m.open = false
		if *m.confirmed {
			return m, emit(DeleteMsg{TalkID: m.talk.ID})
		}
		return m, emit(CancelMsg{})
	}
	talk, err := m.values.talk(m.talk, m.loc, m.date)
	if err != nil {
		m.err = err
		m = m.attachEdit()
		return m, m.form.Init()
	}
	m.open = false
	return m, emit(SubmitMsg{Talk: talk, Date: m.date})
}

func emit(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// SetSize sets the room the form has; View never draws outside it.
func (m Model) SetSize(width, height int) Model {
	m.width, m.height = width, height
	if !m.open {
		return m // a closed form is never drawn again
	}
	m.form.WithWidth(width)
	m.fitHeight()
	if width > 0 {
		// huh lays its fields out again only in Update; the command it
		// returns re-evaluates dynamic titles, which this form has none of.
		m.form.Update(tea.WindowSizeMsg{Width: width, Height: height})
	}
	return m
}

// fitHeight gives the form the rows under the heading. huh sizes its
// scrolling area from the errors shown at the time, so it is redone after
// each update; the 1 is the blank line huh puts above its help.
func (m Model) fitHeight() {
	if m.height > 0 {
		m.form.WithHeight(max(m.height-m.chromeHeight()-1, 1))
	}
}

// chromeHeight is the rows above the form: the heading, an error if any,
// and a blank line.
func (m Model) chromeHeight() int {
	if m.err != nil {
		return 3
	}
	return 2
}

// View draws the heading and the form, cut to the size set.
func (m Model) View() string {
	if m.form == nil {
		return ""
	}
	lines := []string{m.styles.PaneTitle.Render(m.heading) + m.styles.Hint.Render(" · esc cancels")}
	if m.err != nil {
		lines = append(lines, m.styles.NowMark.Render(m.err.Error()))
	}
	lines = append(lines, "")
	lines = append(lines, strings.Split(m.form.View(), "\n")...)
	return fit(lines, m.width, m.height)
}

// fit keeps at most height lines of at most width cells; a zero size
// means no limit.
func fit(lines []string, width, height int) string {
	if height > 0 && len(lines) > height {
		lines = lines[:height]
	}
	if width > 0 {
		for i, l := range lines {
			if ansi.StringWidth(l) > width {
				lines[i] = ansi.Truncate(l, width, "…")
			}
		}
	}
	return strings.Join(lines, "\n")
}
