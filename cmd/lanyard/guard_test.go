package main

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// counter is a model that counts the keys it gets and panics on "!".
type counter struct{ keys int }

func (c counter) Init() tea.Cmd { return nil }

func (c counter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if k.Text == "!" {
			panic("a bug in Update")
		}
		c.keys++
	}
	return c, nil
}

func (c counter) View() tea.View {
	if c.keys == 13 {
		panic("a bug in View")
	}
	return tea.NewView(strings.Repeat("k", c.keys))
}

func key(text string) tea.KeyPressMsg { return tea.KeyPressMsg{Text: text, Code: rune(text[0])} }

func guarded(inner tea.Model) *guardedModel {
	return &guardedModel{inner: inner, guard: newCrashGuard(), endMarker: "\x1b_end\x1b\\"}
}

// isQuit reports whether cmd ends the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestPanicInUpdateEndsTheProgramWithTheModelAsItWas(t *testing.T) {
	m := guarded(counter{})
	m.Update(key("a"))
	_, cmd := m.Update(key("!"))
	if !isQuit(cmd) {
		t.Fatal("a panic in Update did not end the program")
	}
	c := m.guard.crashed()
	if c == nil || c.where != "Update" || c.value != "a bug in Update" {
		t.Fatalf("recorded crash %+v; want the panic in Update", c)
	}
	if !strings.Contains(string(c.stack), "counter.Update") {
		t.Errorf("the stack does not show where it panicked:\n%s", c.stack)
	}
	if got := m.inner.(counter).keys; got != 1 {
		t.Errorf("model after the panic has %d keys; want the 1 before it", got)
	}
	if _, cmd := m.Update(key("b")); !isQuit(cmd) || m.inner.(counter).keys != 1 {
		t.Error("a crashed model still takes keys")
	}
}

func TestPanicInViewShowsTheLastGoodFrame(t *testing.T) {
	m := guarded(counter{keys: 12})
	if v := m.View(); v.Content != strings.Repeat("k", 12) {
		t.Fatalf("view %q", v.Content)
	}
	m.Update(key("a"))
	if v := m.View(); v.Content != strings.Repeat("k", 12) {
		t.Errorf("after View panicked it shows %q; want the last good frame", v.Content)
	}
	if c := m.guard.crashed(); c == nil || c.where != "View" {
		t.Errorf("recorded crash %+v; want the panic in View", c)
	}
}

func TestEndMarkerEndsTheProgramWithoutReachingTheModel(t *testing.T) {
	m := guarded(counter{})
	type apc string // as the input decoder delivers an unknown APC
	if _, cmd := m.Update(apc("\x1b_end\x1b\\")); !isQuit(cmd) {
		t.Error("the end marker did not end the program")
	}
	if _, cmd := m.Update(apc("\x1b_other\x1b\\")); isQuit(cmd) {
		t.Error("another APC string ended the program")
	}
	if m.guard.crashed() != nil {
		t.Error("ending is not a crash")
	}
}

// runAll runs cmd as bubbletea does, each command of a batch or sequence
// in turn, and returns the messages that are not commands.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return []tea.Msg{msg}
	}
	var msgs []tea.Msg
	for i := range v.Len() {
		if inner, _ := v.Index(i).Interface().(tea.Cmd); inner != nil {
			msgs = append(msgs, runAll(inner)...)
		}
	}
	return msgs
}

type doneMsg string

func TestPanicInANestedCommandIsCaught(t *testing.T) {
	g := newCrashGuard()
	quits := 0
	g.quit = func() { quits++ }
	say := func(s string) tea.Cmd { return func() tea.Msg { return doneMsg(s) } }
	boom := func() tea.Msg { panic("a bug in a command") }
	cmd := g.wrapCmd(tea.Batch(say("a"), tea.Sequence(say("b"), tea.Batch(say("c"), boom))))

	msgs := runAll(cmd)
	want := []tea.Msg{doneMsg("a"), doneMsg("b"), doneMsg("c"), nil}
	if !reflect.DeepEqual(msgs, want) {
		t.Errorf("messages %v; want %v", msgs, want)
	}
	c := g.crashed()
	if c == nil || c.where != "a command" || !strings.Contains(string(c.stack), "TestPanicInANestedCommandIsCaught") {
		t.Fatalf("recorded crash %+v; want the command's panic with its stack", c)
	}
	if quits != 1 {
		t.Errorf("the program was asked to end %d times; want once", quits)
	}
}

func TestWrappedBatchKeepsItsType(t *testing.T) {
	g := newCrashGuard()
	msg := g.wrapCmd(tea.Batch(tea.Quit, tea.Quit))()
	if _, ok := msg.(tea.BatchMsg); !ok {
		t.Fatalf("a wrapped batch gives %T; bubbletea needs a tea.BatchMsg", msg)
	}
}

func TestPanicInAGoroutineIsCaughtAndOnlyTheFirstKept(t *testing.T) {
	g := newCrashGuard()
	ended := make(chan struct{})
	g.quit = func() { close(ended) }
	g.goSafely("the first goroutine", func() { panic("first") })
	<-ended
	g.record("later", "second", nil)
	if c := g.crashed(); c == nil || c.where != "the first goroutine" || c.value != "first" {
		t.Errorf("kept %+v; want the first panic", c)
	}
}

func TestPanicTriggerIsOffUnlessTheVariableNamesAPlace(t *testing.T) {
	for value, want := range map[string]string{"": "", "0": "", "yes": "", "1": "update", "view": "view", "command": "command", "writer": "writer"} {
		t.Setenv("LANYARD_TEST_PANIC", value)
		if got := panicTriggerFromEnv(newCrashGuard(), nil).where; got != want {
			t.Errorf("LANYARD_TEST_PANIC=%q arms %q; want %q", value, got, want)
		}
	}
	m := guarded(counter{})
	m.Update(tea.KeyPressMsg{Code: '\\', Mod: tea.ModCtrl})
	if m.guard.crashed() != nil {
		t.Error("ctrl+\\ panicked with the trigger off")
	}
}

// loading is a model that holds the keys it gets until "loaded" comes,
// then counts them, as the interface holds keys typed over a glimpse.
type loading struct {
	held, keys int
	loaded     bool
}

type loadedMsg struct{}

func (l loading) Init() tea.Cmd { return nil }

func (l loading) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case tea.KeyPressMsg:
		if !l.loaded {
			l.held++
			return l, nil
		}
		l.keys++
	case loadedMsg:
		l.loaded, l.keys, l.held = true, l.keys+l.held, 0
	}
	return l, nil
}

func (l loading) View() tea.View { return tea.NewView("") }

func (l loading) Holding() bool { return !l.loaded }

func TestEndWaitsForTheKeysHeldOverAGlimpse(t *testing.T) {
	m := guarded(loading{})
	m.Update(key("a"))
	m.Update(key("b"))
	// A signal's end marker comes after the keys typed before it.
	if _, cmd := m.Update(m.endMarker); isQuit(cmd) {
		t.Fatal("the program ended with two keys held, unhandled")
	}
	_, cmd := m.Update(loadedMsg{})
	if !isQuit(cmd) {
		t.Fatal("the program did not end once the keys held were handled")
	}
	if l := m.inner.(loading); l.keys != 2 {
		t.Errorf("%d keys handled before the end; want 2", l.keys)
	}
}

// The interface built beside bubbletea's start is the one Init and every
// message after reach, and a panic while building it ends the program
// the way a panic in Update does, before any message reaches a model
// that does not exist.
func TestTheInterfaceBuiltBesideTheStartIsTheOneRun(t *testing.T) {
	m := guarded(nil)
	m.buildBeside(func() tea.Model { return counter{keys: 2} })
	if cmd := m.Init(); isQuit(cmd) {
		t.Fatal("Init ended the program")
	}
	m.Update(key("a"))
	if got := m.View().Content; got != "kkk" {
		t.Errorf("view after one key over a model built with two: %q", got)
	}

	broken := guarded(nil)
	broken.buildBeside(func() tea.Model { panic("a bug in New") })
	if !isQuit(broken.Init()) {
		t.Fatal("a panic while building the interface did not end the program")
	}
	if c := broken.guard.crashed(); c == nil || c.where != "New" || c.value != "a bug in New" {
		t.Fatalf("recorded crash %+v; want the panic in New", c)
	}
	if _, cmd := broken.Update(key("b")); !isQuit(cmd) {
		t.Error("a message after the panic did not end the program")
	}
	if got := broken.View().Content; got != "" {
		t.Errorf("view with no interface: %q", got)
	}
}
