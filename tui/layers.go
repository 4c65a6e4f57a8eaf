package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lanyard/tui/details"
	"lanyard/tui/events"
	"lanyard/tui/keyhelp"
	"lanyard/tui/nownext"
	"lanyard/tui/preview"
	"lanyard/tui/search"
	"lanyard/tui/talkform"
	"lanyard/tui/theme"
)

// The screen is a stack of layers: at the bottom the focused pane (the
// schedule or the editor), over it whichever overlays are open. The top
// one, active(), is the only one that has the keyboard: keys and pastes go
// to it, it places the cursor, the help line shows its keys and View draws
// it. Nothing under it sees a key, so a paste into an overlay can never
// land in the notes behind it.

// layer is one thing on the stack. Its methods take the root model by
// value, never by address: a model whose address goes through an
// interface moves to the heap, 40 kB a keystroke that the collector then
// scans along with the whole notebook. isOpen, view, cursor and keys are
// the exception: they are asked only of the root itself, which lives on
// the heap already (see New), and a copy of the model for each was most
// of the cost of finding the top layer and of drawing a frame.
type layer interface {
	isOpen(m *Model) bool
	update(m Model, msg tea.Msg) (Model, tea.Cmd)
	// view draws the layer in place of the panes; ok is false for a layer
	// drawn in them, or the panes themselves.
	view(m *Model) (v string, ok bool)
	// cursor is where the terminal's cursor goes, ok false for none.
	cursor(m *Model) (x, y int, ok bool)
	keys(m *Model) help.KeyMap
}

// overlay is what a component drawn over the panes offers the stack; T is
// its own model type.
type overlay[T any] interface {
	Update(tea.Msg) (T, tea.Cmd)
	View() string
	Cursor() (x, y int, ok bool)
	HelpKeys() help.KeyMap
	IsOpen() bool
	SetSize(width, height int) T
	SetStyles(theme.Styles) T
}

// overlayLayer is an overlay on the stack: besides the layer's work it is
// sized and styled with the screen, open or not, so that it is ready when
// it opens.
type overlayLayer interface {
	layer
	// resize and restyle change the overlay in the root in place: through
	// a copy of the model, seven overlays cost fourteen copies of the root model.
	resize(m *Model, width, height int)
	restyle(m *Model, s theme.Styles)
	// built reports whether the overlay is built (see overlays.go): one
	// that is not is built in the size and styles of the moment.
	built(m *Model) bool
}

// stack is every layer, topmost first: the overlays, the schedule's
// filter picker (drawn in the pane, but taking every key while open), then
// the panes, of which the focused one is open. An overlay is a field of
// Model and one entry here; opening it is the root's answer to whatever
// asks for it.
var stack = []layer{
	field[talkform.Model]{
		get:  func(m Model) talkform.Model { return m.form },
		ref:  func(m *Model) *talkform.Model { return &m.form },
		open: func(m *Model) bool { return m.form.IsOpen() },
		put:  func(m Model, o talkform.Model) Model { m.form = o; return m },
	},
	field[events.Model]{
		get:  func(m Model) events.Model { return *m.eventList.Model },
		ref:  func(m *Model) *events.Model { return m.eventList.Model },
		open: func(m *Model) bool { return m.eventList.IsOpen() },
		put:  func(m Model, o events.Model) Model { *m.eventList.Model = o; return m },
	},
	field[keyhelp.Model]{
		get:  func(m Model) keyhelp.Model { return *m.allKeys.Model },
		ref:  func(m *Model) *keyhelp.Model { return m.allKeys.Model },
		open: func(m *Model) bool { return m.allKeys.IsOpen() },
		put:  func(m Model, o keyhelp.Model) Model { *m.allKeys.Model = o; return m },
	},
	field[search.Model]{
		get:  func(m Model) search.Model { return *m.finder.Model },
		ref:  func(m *Model) *search.Model { return m.finder.Model },
		open: func(m *Model) bool { return m.finder.IsOpen() },
		put:  func(m Model, o search.Model) Model { *m.finder.Model = o; return m },
	},
	field[details.Model]{
		get:  func(m Model) details.Model { return *m.details.Model },
		ref:  func(m *Model) *details.Model { return m.details.Model },
		open: func(m *Model) bool { return m.details.IsOpen() },
		put:  func(m Model, o details.Model) Model { *m.details.Model = o; return m },
	},
	field[nownext.Model]{
		get:  func(m Model) nownext.Model { return *m.nowNext.Model },
		ref:  func(m *Model) *nownext.Model { return m.nowNext.Model },
		open: func(m *Model) bool { return m.nowNext.IsOpen() },
		put:  func(m Model, o nownext.Model) Model { *m.nowNext.Model = o; return m },
	},
	field[preview.Model]{
		get:  func(m Model) preview.Model { return *m.preview.Model },
		ref:  func(m *Model) *preview.Model { return m.preview.Model },
		open: func(m *Model) bool { return m.preview.IsOpen() },
		put:  func(m Model, o preview.Model) Model { *m.preview.Model = o; return m },
	},
	filterPicker{},
	editorPane{},
	schedulePane{},
}

// active returns the layer that has the keyboard: the topmost open one,
// as found when the last message had been handled. New finds the first,
// so top is nil only in a model not made by New.
func (m *Model) active() layer {
	if m.top == nil {
		return schedulePane{}
	}
	return m.top
}

// findActive walks the stack for the topmost open layer. sync makes it
// once a message and keeps what it found for active.
func (m *Model) findActive() layer {
	for _, l := range stack {
		if l.isOpen(m) {
			return l
		}
	}
	return schedulePane{}
}

// eachOverlay calls f for every overlay of the stack.
func eachOverlay(f func(overlayLayer)) {
	for _, l := range stack {
		if o, ok := l.(overlayLayer); ok {
			f(o)
		}
	}
}

// eachBuilt calls f for every overlay of the stack that m has built. Those
// not built are not asked at all: resize and restyle have stack frames as
// large as the overlay (60 kB for the search), and merely calling them
// grew a start's stack, a page fault for each new page.
func (m *Model) eachBuilt(f func(overlayLayer)) {
	eachOverlay(func(o overlayLayer) {
		if o.built(m) {
			f(o)
		}
	})
}

// toOverlays passes a message that is neither a key nor a paste to every
// open overlay: a form's field blinks and moves on messages of its own.
// With none open (the top layer, found after the last message, is then a
// pane) it does nothing, and costs no copy of the model on the heap: the
// terminal's answers at start all come here.
func (m Model) toOverlays(msg tea.Msg) (Model, tea.Cmd) {
	if _, ok := m.top.(overlayLayer); !ok && m.top != nil {
		return m, nil
	}
	return m.toOpenOverlays(msg)
}

// toOpenOverlays is toOverlays's work. Asking each overlay whether it is
// open puts this copy of the model on the heap; keys and pastes, the
// messages that come in bursts, never come here.
func (m Model) toOpenOverlays(msg tea.Msg) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	eachOverlay(func(o overlayLayer) {
		if o.isOpen(&m) {
			var cmd tea.Cmd
			m, cmd = o.update(m, msg)
			cmds = append(cmds, cmd)
		}
	})
	return m, tea.Batch(cmds...)
}

// field is an overlay held in a field of Model: get reads it, put returns
// the model with it replaced, ref points at it in the root, nil while it
// is not built (see overlays.go): get and put are only for an open one,
// which is built. open asks it
// whether it is open where its type is known, so that the question
// copies nothing: through T it would copy the overlay (15 kB for the
// search) for every message.
type field[T overlay[T]] struct {
	get  func(Model) T
	put  func(Model, T) Model
	ref  func(*Model) *T
	open func(*Model) bool
}

func (f field[T]) isOpen(m *Model) bool { return f.open(m) }

func (f field[T]) update(m Model, msg tea.Msg) (Model, tea.Cmd) {
	o, cmd := f.get(m).Update(msg)
	return f.put(m, o), cmd
}

func (f field[T]) view(m *Model) (string, bool) { return (*f.ref(m)).View(), true }

func (f field[T]) cursor(m *Model) (x, y int, ok bool) { return (*f.ref(m)).Cursor() }

// keys is the overlay's own: they close it, so of the root's only
// quitting is left.
func (f field[T]) keys(m *Model) help.KeyMap {
	return withKeys((*f.ref(m)).HelpKeys(), m.keys.Quit)
}

func (f field[T]) resize(m *Model, width, height int) {
	o := f.ref(m)
	*o = (*o).SetSize(width, height)
}

func (f field[T]) restyle(m *Model, s theme.Styles) {
	o := f.ref(m)
	*o = (*o).SetStyles(s)
}

func (f field[T]) built(m *Model) bool { return f.ref(m) != nil }

// editorPane is the outline editor with the keyboard.
type editorPane struct{}

func (editorPane) isOpen(m *Model) bool { return m.focus == focusEditor }

func (editorPane) update(m Model, msg tea.Msg) (Model, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(press, m.keys.Schedule) {
			return m.focusSchedule().leavePage(0)
		}
		if next, cmd, ok := m.anywhere(press); ok {
			return next, cmd
		}
	}
	return m.updateEditor(msg)
}

func (editorPane) view(*Model) (string, bool) { return "", false }

func (editorPane) cursor(m *Model) (x, y int, ok bool) {
	_, editorX, paneHeight := m.layout()
	x, y, ok = m.editor.Cursor()
	// The panes keep minPaneHeight lines on a terminal shorter than that,
	// and the frame is cut to the terminal: a cursor on a line cut off
	// would be drawn on the status bar or past the screen.
	if !ok || y >= min(paneHeight, m.height) {
		return 0, 0, false
	}
	return editorX + x, y, true
}

// keys is the editor's, then the root's that work in it. Quitting comes
// before the preview: a narrow line cuts the preview first.
func (editorPane) keys(m *Model) help.KeyMap {
	k := m.keys
	k.Preview.SetEnabled(m.editor.TalkID() != 0)
	return withKeys(m.editor.KeyMap(), k.Schedule, k.Find, k.AllKeys, k.Quit, k.Preview, k.Details, k.NowNext)
}

// schedulePane is the schedule with the keyboard. Its own keys (those
// that ask for a form, an overlay or the post included) are its to
// answer; the root's keys that work anywhere come first.
type schedulePane struct{}

func (schedulePane) isOpen(m *Model) bool { return m.focus == focusSchedule }

func (schedulePane) update(m Model, msg tea.Msg) (Model, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok {
		if next, cmd, ok := m.anywhere(press); ok {
			return next, cmd
		}
	}
	var cmd tea.Cmd
	m.schedule, cmd = m.schedule.Update(msg)
	return m, cmd
}

func (schedulePane) view(*Model) (string, bool) { return "", false }

func (schedulePane) cursor(*Model) (x, y int, ok bool) { return 0, 0, false }

func (schedulePane) keys(m *Model) help.KeyMap { return m.schedule.KeyMap() }

// filterPicker is the schedule's filter picker, drawn in the pane: every
// key is typing there, the root's anywhere keys too.
type filterPicker struct{}

func (filterPicker) isOpen(m *Model) bool { return m.focus == focusSchedule && m.schedule.Capturing() }

func (filterPicker) update(m Model, msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.schedule, cmd = m.schedule.Update(msg)
	return m, cmd
}

func (filterPicker) view(*Model) (string, bool) { return "", false }

func (filterPicker) cursor(*Model) (x, y int, ok bool) { return 0, 0, false }

func (filterPicker) keys(m *Model) help.KeyMap { return withKeys(m.schedule.KeyMap(), m.keys.Quit) }

// anywhere answers the root's keys that work over either pane; ok is
// false for any other key.
func (m Model) anywhere(press tea.KeyPressMsg) (next Model, cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(press, m.keys.Preview):
		next, cmd = m.openPreview(m.postTalk())
	case key.Matches(press, m.keys.Copy):
		next, cmd = m.copyTalk(m.postTalk())
	case key.Matches(press, m.keys.Live):
		next, cmd = m.goLive()
	case key.Matches(press, m.keys.NewPage):
		next, cmd = m.newPage()
	case key.Matches(press, m.keys.Find):
		next, cmd = m.openFinder()
	case key.Matches(press, m.keys.AllKeys):
		next = m.openAllKeys()
	case key.Matches(press, m.keys.NowNext):
		next = m.openNowNext()
	case key.Matches(press, m.keys.Details):
		next, cmd = m.openDetails(m.detailsTalk())
	case key.Matches(press, m.keys.Sync):
		next, cmd = m.startSync()
	default:
		return m, nil, false
	}
	return next, cmd, true
}
