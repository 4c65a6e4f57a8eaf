// Package tui is lanyard's terminal interface: a thin root model that lays
// out the schedule pane, the outline editor and the status bar, owns which
// of them has the keyboard, and routes every other message to the panes
// that care. It never touches the disk: outlines load through tea.Cmds and
// edits go to the store's writer.
package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/details"
	"lanyard/tui/events"
	"lanyard/tui/keyhelp"
	"lanyard/tui/nownext"
	"lanyard/tui/outline"
	"lanyard/tui/preview"
	"lanyard/tui/schedule"
	"lanyard/tui/search"
	"lanyard/tui/status"
	"lanyard/tui/talkform"
	"lanyard/tui/theme"
)

// focus names the pane at the bottom of the stack of layers (see
// layers.go): it has the keyboard while no overlay is open.
type focus int

const (
	focusEditor focus = iota
	focusSchedule
)

// Model is the root model.
type Model struct {
	cfg      Config
	keys     KeyMap
	styles   *theme.Styles
	schedule schedule.Model
	editor   outline.Model
	status   status.Model
	// help draws the help line; held by address, as it is 4.6 kB of
	// styles that every copy of the model would copy.
	help *help.Model
	// The overlays but the form are nil until first opened (see
	// overlays.go).
	finder  searchSlot
	allKeys keysSlot
	preview previewSlot
	// eventList is the overlay that switches events (see switch.go).
	eventList eventsSlot
	saver     *watchedSaver
	details   detailsSlot
	nowNext   nowNextSlot
	// keySet is the keys the user set, nil for lanyard's own: the
	// overlays take theirs from it when built.
	keySet *Keys
	// terminalSaid is what the terminal told of itself that an overlay
	// built later must know (see overlays.go).
	terminalSaid terminalSaid
	// outlines holds the outlines in memory: the one in the editor and
	// any with edits not yet on disk are the truth; the others are kept
	// while used recently (see cache.go).
	outlines *outlineCache
	// searches numbers the searches of the notes, so that one overtaken
	// by a newer query stops (see find.go).
	searches *searchRun
	// texts are the copies of the outlines in memory that searches read
	// off the UI's goroutine (see findtexts.go).
	texts *textsCache
	// talks is the search of the talks themselves (see findtalks.go).
	talks talkFinder
	// wanted is the talk whose outline was asked for last; a load that
	// arrives for another talk is kept but not shown.
	wanted    uint64
	wantFocus bool
	// postOf is the talk the preview was opened on: tab shows its post
	// or its day's.
	postOf uint64
	// revealNode is the bullet to put the cursor on once the wanted
	// outline is shown: a search hit's.
	revealNode    doc.ID
	focus         focus
	width, height int
	// method is how the terminal counts cells, as bubbletea's renderer
	// counts them: by wcwidth until the terminal reports that it clusters
	// graphemes (mode 2027).
	method ansi.Method
	// form is the talk form or delete confirmation, shown while open.
	form talkform.Model
	// overlayWidth and overlayHeight are the size the overlays were given
	// last (see sizeOverlays).
	overlayWidth, overlayHeight int
	// top is the layer on top of the stack once the last message was
	// handled: what active returns (see layers.go).
	top layer
	// lastTick is the time of the last clock tick, lastEdit of the last
	// edit; offer is an attended talk that started while the user was
	// typing, 0 for none.
	lastTick, lastEdit time.Time
	offer              uint64
	// resume is where the user is in the event resumeEvent, sentResume
	// what was last sent to be kept (see recall.go).
	resume, sentResume sched.Resume
	resumeEvent        uint64
	// undo holds the talks and pages deleted, the last on top, for u and
	// ctrl+z in the schedule (see undo.go).
	undo []store.RemovedTalk
	// reminded is the talks reminded of this run (see remind.go).
	reminded reminded
	// schedWant is the schedule pane's width the user chose, 0 for the
	// default (see panewidth.go).
	schedWant int
	// held is the input that came while the editor showed a glimpse, to
	// handle once the outline is loaded (see glimpse.go).
	held []tea.Msg
	// drawn is what is kept of the last frame drawn (see frame.go).
	drawn *drawnFrame
	// upNext is what the status bar says starts next, kept while typing
	// (see nextUp).
	upNext upNext
	// pacing shares frames among keys that come faster than they are
	// seen (see pace.go).
	pacing pacing
	// syncing is true while a sync the app started runs (see sync.go).
	syncing bool
	// darkStyles is whether the styles are made for a dark background:
	// what the terminal said last, or startDark before it says.
	darkStyles bool
}

// Update handles a message in place: routes it (see update), then
// settles the screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.noteTyped(msg)
	if held, cmd := m.typeAhead(msg); held {
		return m, cmd
	}
	if m.TypedAhead() {
		return m, m.afterTyped(msg)
	}
	if _, ok := msg.(redrawMsg); ok {
		m.pacing.asked, m.pacing.waiting = false, false
		return m, nil
	}
	if press, ok := msg.(tea.KeyPressMsg); ok && m.typesText(press) {
		return m, m.pace(msg, m.settle(m.edit(press)))
	}
	switch msg := msg.(type) {
	case tea.MouseReleaseMsg, tea.MouseMotionMsg:
		return m, nil // a drag or a release: nothing to do (see mouse.go)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		// Neither changes the schedule: what starts next is still known.
		return m, m.pace(msg, m.settle(m.mouse(msg.(tea.MouseMsg))))
	}
	m.upNext.known = false // anything but typing and the mouse may change the schedule
	next, cmd := m.update(msg)
	*m = next
	return m, m.pace(msg, m.settle(cmd))
}

// typesText reports whether press is text typed into the editor: the
// editor has the keyboard and the key is a character, shifted or not.
// Such a key goes to the editor in place (see edit), without the routing's
// copies of the model, which were half of a typed character's cost. No
// key of the root's is a bare character (they would be typed in the
// notes), so routing would hand the editor the same key.
func (m *Model) typesText(press tea.KeyPressMsg) bool {
	if press.Text == "" || press.Mod&^tea.ModShift != 0 || m.Holding() {
		return false
	}
	_, editing := m.active().(editorPane)
	return editing
}

// update routes a message: keys and pastes to the active layer (see
// layers.go), everything else to every pane that cares. The panes and
// the helpers keep the value style of the Elm architecture; only the
// root's entry points work on the one model in place.
func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.Holding() && holds(msg) {
		m.held = append(m.held, msg)
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		m, cmd = m.active().update(m, msg)
	case tea.PasteMsg:
		m, cmd = m.active().update(m, msg)
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.ModeReportMsg:
		if msg.Mode == ansi.ModeUnicodeCore && clustersGraphemes(msg.Value) {
			m.method = ansi.GraphemeWidth
			m.editor = m.editor.SetWidthMethod(m.method)
		}
	case tea.BackgroundColorMsg:
		m = m.backgroundKnown(msg)
	case tea.ColorProfileMsg:
		m.terminalSaid.profile, m.terminalSaid.profileKnown = msg.Profile, true
		if m.preview.Model != nil {
			*m.preview.Model = m.preview.SetColorProfile(msg.Profile)
		}
		m, cmd = m.toOverlays(msg) // as every message the root does not own
	case clockMsg:
		m, cmd = m.clockTicked(time.Time(msg))
	case schedule.AttendMsg:
		m, cmd = m.attend(msg)
	case schedule.WidthMsg:
		m, cmd = m.resizeSchedule(msg)
	case schedule.WatchLaterMsg:
		m, cmd = m.watchLater(msg)
	case schedule.AddTalkMsg, schedule.EditTalkMsg, schedule.DeleteTalkMsg, schedule.PreviewMsg,
		schedule.CopyMsg, schedule.FindMsg, schedule.HelpMsg, schedule.UndoMsg, schedule.EventsMsg, schedule.DetailsMsg, schedule.NowNextMsg:
		m, cmd = m.scheduleAsked(msg)
	case talkform.SubmitMsg, talkform.DeleteMsg, talkform.CancelMsg:
		m, cmd = m.formDone(msg)
	case eventsListedMsg, events.ChooseMsg, eventSwitchedMsg:
		m, cmd = m.switchEvents(msg)
	case scheduleSavedMsg:
		m, cmd = m.scheduleSaved(msg)
	case schedule.OpenMsg:
		if msg.Focus {
			m = m.dropOffer() // the user has chosen where to write
		}
		var left tea.Cmd
		m, left = m.leavePage(msg.TalkID)
		m, cmd = m.open(msg.TalkID, msg.Focus)
		cmd = tea.Batch(left, cmd)
	case outlineMsg:
		if m.Holding() && msg.talkID == m.editor.TalkID() {
			return m.glimpseLoaded(msg)
		}
		m = m.loaded(msg)
	case notesHitsMsg:
		m = m.notesFound(msg)
	case searchSlowMsg:
		m = m.searchSlow(msg)
	case talkHitsMsg, aboutsMsg:
		m, cmd = m.talkSearched(msg)
	case search.QueryMsg:
		m, cmd = m.queryChanged(msg)
	case search.JumpMsg:
		m.searches.next() // the overlay has closed
		m.texts.forgetRead()
		m, cmd = m.jump(msg)
	case preview.RenderedMsg:
		if m.preview.Model != nil {
			*m.preview.Model, cmd = m.preview.Update(msg)
		}
	case preview.CopyMsg:
		m, cmd = m.copyPost(msg.Post)
	case preview.ScopeMsg:
		m, cmd = m.makePost(m.postOf, msg.Scope, false)
	case postMadeMsg:
		m, cmd = m.postMade(msg)
	case search.CloseMsg:
		m.searches.next() // stop searching the stored notes
		m.texts.forgetRead()
	case aboutMsg:
		d := m.detailsOverlay()
		*d = d.SetAbout(msg.talkID, msg.about, msg.err)
	case nownext.OpenMsg:
		m, cmd = m.nowNextChosen(msg)
	case keyhelp.CloseMsg, preview.CloseMsg, details.CloseMsg, nownext.CloseMsg, events.CloseMsg:
		// The overlay has closed itself; the layer under it has the keys.
	case CaptureMsg, captureLoadedMsg, capturePageMsg:
		m, cmd = m.capture(msg)
	case NoticeMsg:
		m.status = m.status.SetMessage(string(msg))
	case SyncedMsg, syncTickMsg, syncReloadMsg:
		m, cmd = m.syncMsg(msg)
	case status.SaveMsg:
		m.status = m.status.SetSave(msg)
		m.texts.forgetRead() // a talk's notes changed on disk
		m.outlines.committed(msg)
		m.outlines.trim(m.editor.TalkID())
	default:
		// The form (huh) moves between its fields, blinks its cursor and
		// validates through messages of its own.
		m, cmd = m.toOverlays(msg)
	}
	return m, cmd
}

// settle ends every Update: the panes and the overlays get their sizes,
// and the preview the command that renders its post when opening, a
// resize or a new style called for one. It works in place: the model is
// large, and a copy for each step was a good part of a keystroke's cost.
func (m *Model) settle(cmd tea.Cmd) tea.Cmd {
	m.sync()
	m.keepResume()
	if m.preview.Model == nil {
		return cmd
	}
	var render tea.Cmd
	*m.preview.Model, render = m.preview.Render()
	return tea.Batch(cmd, render)
}

// updateEditor passes a message to the editor and notes whether it edited.
func (m Model) updateEditor(msg tea.Msg) (Model, tea.Cmd) {
	cmd := m.edit(msg)
	return m, cmd
}

// edit is updateEditor in place.
func (m *Model) edit(msg tea.Msg) tea.Cmd {
	before := m.saver.saves
	var cmd tea.Cmd
	m.editor, cmd = m.editor.Update(msg)
	if m.saver.saves != before {
		m.status = m.status.Edited(m.saver.last)
		m.lastEdit = m.cfg.Clock()
		m.wroteIn()
	}
	return cmd
}

func (m Model) restyle(s theme.Styles) Model {
	m.styles = &s
	m.schedule = m.schedule.SetStyles(s)
	m.editor = m.editor.SetStyles(s)
	m.status = m.status.SetStyles(s)
	m.eachBuilt(func(o overlayLayer) { o.restyle(&m, s) })
	return m
}

// clustersGraphemes reports whether a terminal's answer about mode 2027
// makes bubbletea's renderer count cells by grapheme cluster: it switches
// on any answer but "not recognised", and the editor must count as it
// does.
func clustersGraphemes(v ansi.ModeSetting) bool {
	return v == ansi.ModeReset || v == ansi.ModeSet || v == ansi.ModePermanentlySet
}
