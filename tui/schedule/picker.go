package schedule

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// pickerPrompt is written before what the user types into the picker.
const pickerPrompt = "Filter: "

// picker is the small list the filter is chosen from, drawn in place of
// the talks while it is open. Typing narrows the choices.
type picker struct {
	open bool
	// input is what the user types, built when the picker first opens:
	// a start, which never shows it, is spared building a text input.
	input   *textinput.Model
	choices []choice // every filter the event offers
	shown   []choice // the choices that match what is typed
	sel     int      // index into shown
	top     int      // first of shown drawn
}

// newPickerInput returns the picker's input in styles s.
func newPickerInput(s *theme.Styles) *textinput.Model {
	in := textinput.New()
	in.Prompt = pickerPrompt
	in.Placeholder = "type to narrow"
	// Up and down move through the choices, never textinput's suggestions.
	in.KeyMap.NextSuggestion = key.NewBinding()
	in.KeyMap.PrevSuggestion = key.NewBinding()
	in.KeyMap.AcceptSuggestion = key.NewBinding()
	styleInput(&in, s)
	return &in
}

// setStyles styles the input from the theme, if it is built; it is built
// in the styles of the moment.
func (p picker) setStyles(s *theme.Styles) picker {
	if p.input != nil {
		styleInput(p.input, s)
	}
	return p
}

// styleInput styles the input from the theme. The pane is not sent the
// cursor's blink messages, so the drawn cursor stays still.
func styleInput(in *textinput.Model, s *theme.Styles) {
	state := textinput.StyleState{Text: s.Title, Placeholder: s.Placeholder, Suggestion: s.Placeholder, Prompt: s.PaneTitle}
	st := textinput.Styles{Focused: state, Blurred: state}
	st.Cursor.Blink = false
	in.SetStyles(st)
}

// opened returns the picker open on choices, with current selected,
// building its input in styles s the first time.
func (p picker) opened(choices []choice, current filter, s *theme.Styles) (picker, tea.Cmd) {
	if p.input == nil {
		p.input = newPickerInput(s)
	}
	p.open = true
	p.choices = choices
	p.input.Reset()
	cmd := p.input.Focus()
	p.shown, p.sel, p.top = choices, 0, 0
	for i, c := range choices {
		if c.filter == current {
			p.sel = i
			break
		}
	}
	return p, cmd
}

// closed returns the picker closed.
func (p picker) closed() picker {
	p.open = false
	if p.input != nil {
		p.input.Blur()
	}
	return p
}

// chosen returns the selected choice; ok is false when nothing matches.
func (p picker) chosen() (choice, bool) {
	if p.sel < 0 || p.sel >= len(p.shown) {
		return choice{}, false
	}
	return p.shown[p.sel], true
}

// edit passes a key or a paste to the input and narrows the choices to
// what it then holds.
func (p picker) edit(msg tea.Msg) (picker, tea.Cmd) {
	before := p.input.Value()
	var cmd tea.Cmd
	*p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.shown = narrow(p.choices, p.input.Value())
		p.sel, p.top = 0, 0
	}
	return p, cmd
}

// move moves the selection by delta, within the choices shown.
func (p picker) move(delta int) picker {
	p.sel = min(max(p.sel+delta, 0), max(len(p.shown)-1, 0))
	return p
}

// lines draws the picker in at most height lines of width cells.
func (p picker) lines(m *Model, width, height int) []string {
	if height <= 0 {
		return nil
	}
	p.input.SetWidth(max(width-ansi.StringWidth(pickerPrompt)-1, 1))
	lines := []string{ansi.Truncate(p.input.View(), width, "")}
	if len(p.shown) == 0 {
		lines = append(lines, m.styles.Placeholder.Render(cut("No filter matches.", width)))
	}
	room := height - 1
	top := p.scrolled(room)
	for i := top; i < len(p.shown) && len(lines) < height; i++ {
		line := "  " + cut(p.shown[i].label(), width-2)
		if i == p.sel {
			line = m.highlight("› " + ansi.Strip(line[2:]))
		}
		lines = append(lines, ansi.Truncate(line, width, ""))
	}
	return lines[:min(len(lines), height)]
}

// scrolled returns the first choice to draw so that the selection is in a
// window of room lines.
func (p picker) scrolled(room int) int {
	if room <= 0 {
		return p.sel
	}
	top := min(p.top, p.sel)
	if p.sel >= top+room {
		top = p.sel - room + 1
	}
	return max(top, 0)
}

// updatePicker handles a key or a paste while the picker is open.
func (m Model) updatePicker(msg tea.Msg, k KeyMap) (Model, tea.Cmd) {
	press, isKey := msg.(tea.KeyPressMsg)
	switch {
	case isKey && key.Matches(press, k.PickerCancel):
		return m.closePicker(), nil
	case isKey && key.Matches(press, k.PickerApply):
		c, ok := m.picker.chosen()
		if !ok {
			return m, nil
		}
		m = m.closePicker()
		if c.day != m.day {
			// A track or room of another day only: show that day.
			return m.showDayFiltered(c.day, c.filter)
		}
		return m.setFilter(c.filter)
	case isKey && key.Matches(press, k.PickerUp):
		m.picker = m.picker.move(-1)
	case isKey && key.Matches(press, k.PickerDown):
		m.picker = m.picker.move(+1)
	default:
		var cmd tea.Cmd
		m.picker, cmd = m.picker.edit(msg)
		m.picker.top = m.picker.scrolled(m.pickerRoom())
		return m, cmd
	}
	m.picker.top = m.picker.scrolled(m.pickerRoom())
	return m, nil
}

// openPicker shows the filter picker with the filter on now selected.
func (m Model) openPicker() (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.picker, cmd = m.picker.opened(filterChoices(m.event, m.day), m.filter, m.styles)
	m.picker.top = m.picker.scrolled(m.pickerRoom())
	return m, cmd
}

// closePicker puts the list back without changing the filter.
func (m Model) closePicker() Model {
	m.picker = m.picker.closed()
	return m
}

// pickerRoom is how many choices fit under the picker's input.
func (m Model) pickerRoom() int { return m.height - headerLines - 1 }
