package main

import (
	"fmt"
	"os"
	"reflect"
	"runtime/debug"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
)

// crash is a panic lanyard recovered from.
type crash struct {
	// where names the part that panicked: "Update", "View", "a command"…
	where string
	value any
	stack []byte
	at    time.Time
}

// crashGuard recovers panics in the interface and in lanyard's own
// goroutines, keeps the first, and ends the program, so that runTUI can
// save the notes, restore the terminal and write a crash file instead of
// the process dying with edits unsaved and the terminal in raw mode.
type crashGuard struct {
	mu    sync.Mutex
	first *crash
	// quit ends the program without waiting: it may be called from the
	// event loop, which a blocking Quit would deadlock.
	quit func()
}

func newCrashGuard() *crashGuard { return &crashGuard{quit: func() {}} }

// endWith sets how the guard ends the program once something panics.
func (g *crashGuard) endWith(prog *tea.Program) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.quit = func() { go prog.Quit() }
}

// catch recovers a panic in the function that defers it, records it and
// ends the program; where names that function for the crash file. It must
// be deferred directly: recover only works there.
func (g *crashGuard) catch(where string) {
	if r := recover(); r != nil {
		g.record(where, r, debug.Stack())
	}
}

func (g *crashGuard) record(where string, value any, stack []byte) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.first != nil {
		return // a panic while ending adds nothing to the first
	}
	g.first = &crash{where: where, value: value, stack: stack, at: time.Now()}
	g.quit()
}

// crashed returns the first panic recovered, or nil.
func (g *crashGuard) crashed() *crash {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.first
}

// goSafely runs f in a goroutine whose panic the guard catches.
func (g *crashGuard) goSafely(where string, f func()) {
	go func() {
		defer g.catch(where)
		f()
	}()
}

// wrapCmd returns cmd with its panics caught. The commands it returns, in
// a batch or a sequence, are wrapped in turn when it has run: bubbletea
// runs each in a goroutine of its own.
func (g *crashGuard) wrapCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		defer g.catch("a command")
		return g.wrapCmds(cmd())
	}
}

// cmdType is the element type of tea.BatchMsg and of the unexported
// message tea.Sequence returns, both slices of commands.
var cmdType = reflect.TypeFor[tea.Cmd]()

// wrapCmds wraps the commands of a message that is a slice of them, and
// returns other messages as they are.
func (g *crashGuard) wrapCmds(msg tea.Msg) tea.Msg {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg
	}
	wrapped := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		if cmd, _ := v.Index(i).Interface().(tea.Cmd); cmd != nil {
			wrapped.Index(i).Set(reflect.ValueOf(g.wrapCmd(cmd)))
		}
	}
	return wrapped.Interface()
}

// guardedModel runs the interface under the guard: a panic in Init,
// Update, View or a command ends the program cleanly. It also ends it when
// the terminal input hands over its end marker, by then every key typed
// before has been handled.
type guardedModel struct {
	inner tea.Model
	guard *crashGuard
	// endMarker is the text of the input event that ends the program.
	endMarker string
	// last is the last view drawn without a panic, shown while ending.
	last tea.View
	// ending is set when the end marker came while the interface held
	// input (see holder): the program ends once it is handled.
	ending bool
	// trigger makes a panic on purpose, in tests only.
	trigger panicTrigger
	// firstFrame, when set, is called after the first view built at the
	// terminal's size (sized: a WindowSizeMsg has come); see frameSignal.
	firstFrame func()
	sized      bool
	// building, until Init takes it, brings the interface being built
	// beside bubbletea's start (see buildBeside); nil if a panic stopped
	// the building.
	building <-chan tea.Model
}

// buildBeside builds the interface on another goroutine while bubbletea
// takes the terminal, and Init takes it. The two each take a few
// milliseconds cold, and the first frame waits for both; what Init and
// the first view do until bubbletea's first frame tick, 8 ms after its
// renderer started, costs the frame nothing. A panic while building is
// the guard's, and ends the program once it runs.
func (m *guardedModel) buildBeside(build func() tea.Model) {
	built := make(chan tea.Model, 1)
	m.building = built
	go func() {
		var inner tea.Model
		defer func() { built <- inner }()
		defer m.guard.catch("New")
		inner = build()
	}()
}

// Init implements tea.Model.
func (m *guardedModel) Init() tea.Cmd {
	if m.building != nil {
		m.inner, m.building = <-m.building, nil
	}
	if m.inner == nil {
		return tea.Quit // building it panicked: the guard has it
	}
	defer m.guard.catch("Init")
	return m.guard.wrapCmd(m.inner.Init())
}

// Update implements tea.Model.
func (m *guardedModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.ended(msg) {
		if m.guard.crashed() == nil && m.holding() {
			m.ending = true
			return m, nil
		}
		return m, tea.Quit
	}
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		m.sized = true
	}
	cmd := m.update(msg)
	if m.guard.crashed() != nil || (m.ending && !m.holding()) {
		return m, tea.Quit
	}
	return m, cmd
}

// holder is an interface that holds input it cannot handle yet (keys
// typed over a glimpse of a loading outline, see tui.Model.Holding).
type holder interface{ Holding() bool }

// typesAhead is an interface that keeps keys typed while a frame waits and
// types them at its next message (see tui.Model.TypedAhead).
type typesAhead interface {
	TypedAhead() bool
	TypeAhead()
}

// holding reports whether the interface holds input that ending now
// would lose.
func (m *guardedModel) holding() bool {
	if t, ok := m.inner.(typesAhead); ok && t.TypedAhead() {
		return true
	}
	h, ok := m.inner.(holder)
	return ok && h.Holding()
}

// typeAhead types the keys the interface kept for a frame that never
// came, when the program ended without another message (a crash
// elsewhere, a signal without the input's end marker), so that they
// reach the writer before it closes.
func (m *guardedModel) typeAhead() {
	defer m.guard.catch("Update")
	if t, ok := m.inner.(typesAhead); ok && t.TypedAhead() {
		t.TypeAhead()
	}
}

// ended reports whether the program should end without handing msg on.
func (m *guardedModel) ended(msg tea.Msg) bool {
	if m.guard.crashed() != nil {
		return true
	}
	v := reflect.ValueOf(msg)
	return m.endMarker != "" && v.IsValid() && v.Kind() == reflect.String && v.String() == m.endMarker
}

func (m *guardedModel) update(msg tea.Msg) tea.Cmd {
	defer m.guard.catch("Update")
	m.trigger.inUpdate(msg)
	next, cmd := m.inner.Update(msg)
	m.inner = next
	return m.guard.wrapCmd(m.trigger.command(cmd))
}

// View implements tea.Model.
func (m *guardedModel) View() tea.View {
	if m.guard.crashed() != nil {
		return m.last
	}
	v := m.view()
	if m.guard.crashed() != nil {
		return m.last
	}
	m.last = v
	if m.sized && m.firstFrame != nil {
		m.firstFrame()
		m.firstFrame = nil
	}
	return v
}

func (m *guardedModel) view() tea.View {
	defer m.guard.catch("View")
	m.trigger.inView()
	return m.inner.View()
}

// panicTrigger makes lanyard panic on purpose so that tests can watch it
// recover: with LANYARD_TEST_PANIC set, ctrl+\ (bound to nothing) panics
// in the place it names. It is for tests only and off unless that
// variable is set, so no key a user presses can fire it.
type panicTrigger struct {
	// where is "update", "view", "command", "goroutine" or "writer";
	// empty: off.
	where  string
	guard  *crashGuard
	writer *store.Writer
	armed  bool
}

// testPanicKey is the key that fires the trigger.
const testPanicKey = "ctrl+\\"

// panicTriggerFromEnv reads LANYARD_TEST_PANIC: "update" (or "1"),
// "view", "command", "goroutine" or "writer" (the store's writer
// goroutine); anything else leaves it off.
func panicTriggerFromEnv(guard *crashGuard, writer *store.Writer) panicTrigger {
	where := os.Getenv("LANYARD_TEST_PANIC")
	switch where {
	case "1":
		where = "update"
	case "update", "view", "command", "goroutine", "writer":
	default:
		where = ""
	}
	return panicTrigger{where: where, guard: guard, writer: writer}
}

func (t *panicTrigger) inUpdate(msg tea.Msg) {
	key, ok := msg.(tea.KeyPressMsg)
	if t.where == "" || !ok || key.String() != testPanicKey {
		return
	}
	switch t.where {
	case "update":
		panic(fmt.Sprintf("LANYARD_TEST_PANIC=%s: %s pressed", t.where, testPanicKey))
	case "goroutine":
		t.guard.goSafely("a goroutine", func() { panic("LANYARD_TEST_PANIC=goroutine") })
	case "writer":
		t.writer.PanicSoon("LANYARD_TEST_PANIC=writer")
	default:
		t.armed = true
	}
}

func (t *panicTrigger) inView() {
	if t.armed && t.where == "view" {
		panic("LANYARD_TEST_PANIC=view")
	}
}

// command adds a panicking command to cmd, nested in a batch as real
// commands are.
func (t *panicTrigger) command(cmd tea.Cmd) tea.Cmd {
	if !t.armed || t.where != "command" {
		return cmd
	}
	t.armed = false
	boom := func() tea.Msg { panic("LANYARD_TEST_PANIC=command") }
	return tea.Batch(cmd, tea.Sequence(func() tea.Msg { return nil }, boom))
}
