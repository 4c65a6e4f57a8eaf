package tui

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/export/safetext"
)

// Reminders: a few minutes before a talk the user attends starts, the
// status bar says so, and, when the user asked for it, the terminal rings
// or shows a desktop notification. Each talk is reminded of once a run.

// Notify is how a reminder reaches the user besides the status bar.
type Notify int

// The ways a reminder can call for attention.
const (
	NotifyOff    Notify = iota // the status bar alone
	NotifyBell                 // the terminal's bell
	NotifyOSC9                 // a desktop notification, as iTerm2, WezTerm, kitty and foot take it
	NotifyOSC777               // a desktop notification, as urxvt, Ghostty and VTE terminals take it
)

// NotifyNames are the names --notify takes, in Notify's order.
var NotifyNames = []string{"off", "bell", "osc9", "osc777"}

// ParseNotify reads a --notify value.
func ParseNotify(s string) (Notify, error) {
	for i, name := range NotifyNames {
		if strings.EqualFold(strings.TrimSpace(s), name) {
			return Notify(i), nil
		}
	}
	return NotifyOff, fmt.Errorf("notify %q: want one of %s", s, strings.Join(NotifyNames, ", "))
}

// reminded is the talks reminded of this run. It is shared by every copy
// of the model, as the outline cache is: a reminder given is given.
type reminded map[uint64]bool

// remind tells the user of the next attended talk starting within the
// reminder's lead that they have not been told of yet.
func (m Model) remind(now time.Time) (Model, tea.Cmd) {
	lead := m.cfg.Remind
	if lead <= 0 {
		return m, nil
	}
	for _, t := range m.schedule.Event().AttendedStarting(now, lead) {
		if m.reminded[t.ID] {
			continue
		}
		m.reminded[t.ID] = true
		// A talk 4 min 30 s away is "in 5 min": the minute it starts in.
		mins := int((t.Start.Sub(now) + time.Minute - 1) / time.Minute)
		text := fmt.Sprintf("in %d min: %s", mins, safetext.Line(t.Title))
		if room := safetext.Line(t.Room); room != "" {
			text += " · " + room
		}
		m.status = m.status.SetMessage(text)
		return m, m.notify(text)
	}
	return m, nil
}

// notify is the command that calls for the user's attention the way they
// chose. The text is one clean line already: no control character can end
// the sequence early.
func (m Model) notify(text string) tea.Cmd {
	switch m.cfg.Notify {
	case NotifyBell:
		return tea.Raw(string(rune(ansi.BEL)))
	case NotifyOSC9:
		return tea.Raw(ansi.Notify(text))
	case NotifyOSC777:
		// The title is a field of its own: a ';' in it would start the body.
		return tea.Raw("\x1b]777;notify;lanyard;" + text + "\x07")
	}
	return nil
}
