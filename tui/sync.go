package tui

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// Syncing the notebook through git from the app: a key (or the timer of
// [sync] every) runs the sync in a tea.Cmd, so keys keep working; the
// status bar says "syncing…" and then the result. A sync that changed
// the talk on screen reloads it, but only once no edit is waiting for the
// disk and none came while it loaded: what was typed meanwhile is never
// thrown away, the reload waits for it instead.

// SyncResult is what a sync did, for the status bar.
type SyncResult struct {
	// Line says what the sync did in one line.
	Line string
	Err  error
	// Changed are the talks whose notes or details the sync changed.
	Changed []uint64
}

// Syncer runs a sync, from a tea.Cmd off the UI's goroutine; it puts what
// was typed on disk before reading the notebook.
type Syncer func() SyncResult

// SyncedMsg is a sync's result: one the app ran, or one lanyard sync ran
// through it.
type SyncedMsg SyncResult

// syncTickMsg is the timer of [sync] every.
type syncTickMsg struct{}

// syncReloadMsg is the talk on screen read again after a sync changed it;
// saves is the count of edits when the read began.
type syncReloadMsg struct {
	talkID  uint64
	outline *doc.Outline
	err     error
	saves   int
	tries   int
}

// Bounds of the reload's wait for edits to reach the disk.
const (
	reloadRetry = 200 * time.Millisecond
	reloadTries = 25
)

// startSync runs a sync unless one is running.
func (m Model) startSync() (Model, tea.Cmd) {
	run := m.cfg.Sync
	switch {
	case run == nil:
		m.status = m.status.SetMessage("sync is not set up: set [sync] dir in the config file to a clone of your repository (lanyard sync --init DIR REMOTE makes one)")
		return m, nil
	case m.syncing:
		m.status = m.status.SetMessage("syncing… (a sync is running)")
		return m, nil
	}
	m.syncing = true
	m.status = m.status.SetMessage("syncing…")
	return m, func() tea.Msg { return SyncedMsg(run()) }
}

// syncTimer fires the next sync of [sync] every; nil when there is none.
func (m Model) syncTimer() tea.Cmd {
	if m.cfg.SyncEvery <= 0 || m.cfg.Sync == nil {
		return nil
	}
	after := m.cfg.timer
	if after == nil {
		after = tea.Tick
	}
	return after(m.cfg.SyncEvery, func(time.Time) tea.Msg { return syncTickMsg{} })
}

// syncMsg handles the sync's messages.
func (m Model) syncMsg(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case syncTickMsg:
		if m.syncing {
			return m, m.syncTimer()
		}
		next, cmd := m.startSync()
		return next, tea.Batch(cmd, m.syncTimer())
	case SyncedMsg:
		m.syncing = false
		if msg.Err != nil {
			m.status = m.status.SetMessage("sync: " + msg.Err.Error())
		} else {
			m.status = m.status.SetMessage(msg.Line)
		}
		return m.syncChanged(msg.Changed)
	case syncReloadMsg:
		return m.syncReloaded(msg)
	}
	return m, nil
}

// syncChanged forgets the outlines in memory the sync changed, so they
// are read again when opened, and reloads the one on screen.
func (m Model) syncChanged(changed []uint64) (Model, tea.Cmd) {
	onScreen := m.editor.TalkID()
	for _, id := range changed {
		if id == onScreen {
			continue
		}
		if _, pending := m.outlines.edited[id]; !pending {
			m.outlines.remove(id)
		}
	}
	if onScreen == 0 || !slices.Contains(changed, onScreen) {
		return m, nil
	}
	return m, m.reloadOnScreen(onScreen, 0)
}

// reloadOnScreen reads the talk on screen again, after a wait when edits
// are still on their way to the disk.
func (m Model) reloadOnScreen(talkID uint64, tries int) tea.Cmd {
	loader, saves := m.cfg.Loader, m.saver.saves
	read := func() tea.Msg {
		if loader == nil {
			return nil
		}
		o, err := loader.LoadOutline(talkID)
		return syncReloadMsg{talkID: talkID, outline: o, err: err, saves: saves, tries: tries}
	}
	if tries == 0 {
		return read
	}
	after := m.cfg.timer
	if after == nil {
		after = tea.Tick
	}
	return after(reloadRetry, func(time.Time) tea.Msg { return read() })
}

// syncReloaded puts the outline read again in the editor, with the cursor
// where it was, unless an edit came since the read began or waits for the
// disk: then it reads again a little later.
func (m Model) syncReloaded(msg syncReloadMsg) (Model, tea.Cmd) {
	if msg.talkID != m.editor.TalkID() {
		m.outlines.remove(msg.talkID) // read again when opened
		return m, nil
	}
	if msg.err != nil {
		m.status = m.status.SetMessage("sync: could not read the talk again: " + msg.err.Error())
		return m, nil
	}
	_, pending := m.outlines.edited[msg.talkID]
	if pending || msg.saves != m.saver.saves {
		if msg.tries+1 >= reloadTries {
			m.status = m.status.SetMessage("sync changed this talk: open it again to see the merge")
			return m, nil
		}
		return m, m.reloadOnScreen(msg.talkID, msg.tries+1)
	}
	at := m.editor.Position()
	msg.outline.SetClock(m.cfg.Clock)
	m.outlines.put(msg.talkID, msg.outline)
	m.editor = m.editor.SetOutline(msg.talkID, msg.outline, m.header(msg.talkID)).PlaceCursor(at)
	return m, nil
}
