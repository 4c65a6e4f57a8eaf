package schedule

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The pane's requests to the root, for what the root owns: the talk form,
// the overlays, the post. Each names the talk it is about, as selected
// when the key was pressed, so that a key pressed before the message
// arrives cannot turn it to another talk.

// AddTalkMsg asks for the form that adds a talk on Date, the day shown.
type AddTalkMsg struct{ Date string }

// EditTalkMsg asks for the form that corrects a talk.
type EditTalkMsg struct{ TalkID uint64 }

// DeleteTalkMsg asks to delete a talk and its notes, once the user says
// yes.
type DeleteTalkMsg struct{ TalkID uint64 }

// UndoMsg asks to put back the talk or page deleted last.
type UndoMsg struct{}

// EventsMsg asks for the list of the notebook's events.
type EventsMsg struct{}

// PreviewMsg asks to show a talk's notes as a blog post.
type PreviewMsg struct{ TalkID uint64 }

// CopyMsg asks to copy a talk's blog post to the clipboard.
type CopyMsg struct{ TalkID uint64 }

// DetailsMsg asks for what a talk is about: its details overlay.
type DetailsMsg struct{ TalkID uint64 }

// NowNextMsg asks for what is on now and next in every room.
type NowNextMsg struct{}

// WidthMsg asks for the pane wider (Wider > 0) or narrower (Wider < 0):
// the root owns the layout.
type WidthMsg struct{ Wider int }

// FindMsg asks for the search of every talk's notes.
type FindMsg struct{}

// HelpMsg asks for the list of every key.
type HelpMsg struct{}

// request answers the keys that ask the root for something; ok is false
// for any other key.
func (m Model) request(press tea.KeyPressMsg, k KeyMap) (cmd tea.Cmd, ok bool) {
	id := m.selectedID()
	switch {
	case key.Matches(press, k.AddTalk):
		day, _, found := m.Day()
		if !found {
			return emit(AddTalkMsg{}), true
		}
		return emit(AddTalkMsg{Date: day.Date}), true
	case key.Matches(press, k.EditTalk):
		return emit(EditTalkMsg{TalkID: id}), true
	case key.Matches(press, k.DeleteTalk):
		return emit(DeleteTalkMsg{TalkID: id}), true
	case key.Matches(press, k.Undo):
		return emit(UndoMsg{}), true
	case key.Matches(press, k.Events):
		return emit(EventsMsg{}), true
	case key.Matches(press, k.Preview):
		return emit(PreviewMsg{TalkID: id}), true
	case key.Matches(press, k.Copy):
		return emit(CopyMsg{TalkID: id}), true
	case key.Matches(press, k.Details):
		return emit(DetailsMsg{TalkID: id}), true
	case key.Matches(press, k.NowNext):
		return emit(NowNextMsg{}), true
	case key.Matches(press, k.Wider):
		return emit(WidthMsg{Wider: 1}), true
	case key.Matches(press, k.Narrower):
		return emit(WidthMsg{Wider: -1}), true
	case key.Matches(press, k.Find):
		return emit(FindMsg{}), true
	case key.Matches(press, k.Help):
		return emit(HelpMsg{}), true
	case key.Matches(press, k.Quit):
		return tea.Quit, true
	}
	return nil, false
}

func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
