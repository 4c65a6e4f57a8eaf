package tui

import (
	tea "charm.land/bubbletea/v2"

	"lanyard/tui/schedule"
	"lanyard/tui/search"
)

// scheduleAsked answers the schedule pane's requests: the pane owns its
// keys, the root the forms, the overlays and the post.
func (m Model) scheduleAsked(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case schedule.AddTalkMsg:
		return m.openTalkForm(msg.Date, 0)
	case schedule.EditTalkMsg:
		return m.openTalkForm("", msg.TalkID)
	case schedule.DeleteTalkMsg:
		return m.confirmDelete(msg.TalkID)
	case schedule.PreviewMsg:
		return m.openPreview(msg.TalkID)
	case schedule.CopyMsg:
		return m.copyTalk(msg.TalkID)
	case schedule.FindMsg:
		return m.openFinder()
	case schedule.UndoMsg:
		return m.undoDelete()
	case schedule.EventsMsg:
		return m.listEvents()
	case schedule.HelpMsg:
		return m.openAllKeys(), nil
	case schedule.DetailsMsg:
		return m.openDetails(msg.TalkID)
	case schedule.NowNextMsg:
		return m.openNowNext(), nil
	}
	return m, nil
}

// openAllKeys shows the list of every key.
func (m Model) openAllKeys() Model {
	o := m.keysOverlay()
	*o = o.Open()
	return m
}

// queryChanged searches the stored notes for the query the user has just
// typed. A change overtaken by a later one is let go: the search shows
// the later query, and its own message is on its way.
func (m Model) queryChanged(msg search.QueryMsg) (Model, tea.Cmd) {
	if !m.finder.IsOpen() || msg.Query != m.finder.Query() {
		return m, nil
	}
	return m, tea.Batch(m.searchNotes(), m.searchTalks())
}
