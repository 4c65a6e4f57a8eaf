package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/outline"
)

// A start with a glimpse (Config.Glimpse) draws its first screen from it
// and loads the outline in full in a command. Until the outline arrives,
// the user's input is held, not handled: the glimpse is a picture and
// takes no edits. When it arrives the editor opens it exactly as a start
// without a glimpse would, and the input held is handled in the order it
// came, so no keystroke is lost or reordered. The load takes about 70 ms
// at 100,000 bullets: a fast typist gets a few keys in.

// FirstFrameWait bounds the wait of a glimpse's load for the first frame
// (Config.FirstFrame): a terminal that never tells its size, and so never
// gets a frame, still gets the notes.
const FirstFrameWait = 500 * time.Millisecond

// afterFirstFrame runs cmd once the first frame is on the terminal.
func (m *Model) afterFirstFrame(cmd tea.Cmd) tea.Cmd {
	written := m.cfg.FirstFrame
	if written == nil {
		return cmd
	}
	return func() tea.Msg {
		select {
		case <-written:
		case <-time.After(FirstFrameWait):
		}
		return cmd()
	}
}

// startGlimpse shows the configured glimpse in the editor, as New shows
// an outline. ok is false when the glimpse cannot stand for the start:
// taken with the cursor elsewhere, or not an outline.
func (m Model) startGlimpse() (Model, bool) {
	g, talk := m.cfg.Glimpse, m.cfg.Talk
	if g.Cursor != resumeCursor(talk, m.resume) {
		return m, false
	}
	ed, err := m.editor.SetGlimpse(talk, *g, m.header(talk))
	if err != nil {
		return m, false
	}
	m.editor = ed
	m.schedule, _ = m.schedule.Select(talk)
	m.focus = focusEditor
	m.schedule = m.schedule.Blur()
	m.editor = m.editor.Focus()
	return m.placeResumedCursor(), true
}

// UsableGlimpse reports whether g can stand for the first screen of
// talk when the start resumes at r: taken with the cursor where the start
// puts it, and rows that form an outline. A start without one loads the
// outline before its first frame.
func UsableGlimpse(g doc.Glimpse, talk uint64, r sched.Resume) bool {
	if g.Cursor != resumeCursor(talk, r) {
		return false
	}
	_, err := g.Outline()
	return err == nil
}

// resumeCursor is the bullet a start on talk puts the cursor on, 0 for
// the end of the outline (see placeResumedCursor).
func resumeCursor(talk uint64, r sched.Resume) doc.ID {
	if r.Talk != talk {
		return 0
	}
	return doc.ID(r.Node)
}

// holds reports whether msg is input to hold while a glimpse is shown:
// what the user sends, and the clock's tick, which may open the talk the
// user attends and so take the editor away from the glimpse with input
// still held.
func holds(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, CaptureMsg, clockMsg:
		return true
	}
	return false
}

// Holding reports whether the model holds input until the outline shown
// as a glimpse is loaded; the program must not end before it is handled.
func (m *Model) Holding() bool { return m.editor.Glimpsing() }

// glimpseLoaded puts the outline the glimpse stood for in the editor,
// then handles the input held.
func (m Model) glimpseLoaded(msg outlineMsg) (Model, tea.Cmd) {
	held := m.held
	m.held = nil
	// The editor opens the outline as New does before the first
	// WindowSizeMsg: unsized, then sized as on a screen of no size, and
	// only then sized by settle. The scroll is then the one a start
	// without a glimpse shows.
	m.editor = m.editor.SetSize(0, 0).SetOutline(0, nil, outline.Header{})
	if msg.err != nil {
		m.status = m.status.SetMessage("could not load notes: " + msg.err.Error())
		m = m.focusSchedule()
	} else {
		m.outlines.put(msg.talkID, msg.outline)
		m = m.show(msg.talkID, true).placeResumedCursor()
		unsized := m
		unsized.width, unsized.height = 0, 0
		m.editor = m.editor.SetSize(unsized.editorSize())
	}
	root := &m
	cmds := []tea.Cmd{root.settle(nil)}
	for _, in := range held {
		_, cmd := root.Update(in)
		cmds = append(cmds, cmd)
		if k, ok := in.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Quit) {
			break // nothing typed after quitting is handled live either
		}
	}
	return m, tea.Batch(cmds...)
}

// Glimpse returns what to keep for the next start to draw its first
// screen from: a glimpse of the talk in the editor, with the cursor where
// that start will put it. ok is false when there is nothing worth keeping
// (see outline.Glimpse).
func (m Model) Glimpse() (talkID uint64, g doc.Glimpse, ok bool) {
	talkID = m.editor.TalkID()
	o, loaded := m.outlines.get(talkID)
	if talkID == 0 || !loaded || m.editor.Glimpsing() {
		return 0, doc.Glimpse{}, false
	}
	var cursor doc.ID
	if m.resumeEvent == m.schedule.Event().ID {
		cursor = resumeCursor(talkID, m.resume)
	}
	g, ok = outline.Glimpse(o, cursor)
	return talkID, g, ok
}
