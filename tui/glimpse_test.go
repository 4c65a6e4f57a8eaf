package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/outline"
)

// glimpseNodes is a big outline with what a glimpse must get right: folded
// bullets hiding rows, numbered lists longer than a screen, bullets that
// wrap over several lines.
func glimpseNodes() []doc.Node {
	nodes := doc.Generate(3_000, 5).Nodes()
	for i := range nodes {
		switch {
		case i%41 == 0:
			nodes[i].Folded = true
		case i%7 < 3:
			nodes[i].Kind = doc.KindNumbered
		case i%97 == 0:
			nodes[i].Text = strings.Repeat(nodes[i].Text+" ", 8)
		}
	}
	return nodes
}

// glimpseStart is a start on talk 11 of the test event: from the outline
// itself when g is nil, else from g with the outline left to load.
func glimpseStart(t *testing.T, nodes []doc.Node, g *doc.Glimpse, r sched.Resume) (*Model, *fakeNotes) {
	t.Helper()
	return glimpseStartWith(t, nodes, g, r, func(*Config) {})
}

// glimpseStartWith is glimpseStart with the configuration changed by set.
func glimpseStartWith(t *testing.T, nodes []doc.Node, g *doc.Glimpse, r sched.Resume, set func(*Config)) (*Model, *fakeNotes) {
	t.Helper()
	notes := newFakeNotes()
	o, err := doc.FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	notes.outlines[11] = o
	now := at("2019-10-17", "09:40")
	cfg := Config{Event: testEvent(), Talk: 11, Loader: notes, Saver: notes, Resume: r,
		Clock: func() time.Time { return now }, timer: heldTimer}
	if g == nil {
		cfg.Outline = o
	} else {
		cfg.Glimpse = g
	}
	set(&cfg)
	return New(cfg), notes
}

// loadGlimpsed delivers what a glimpse start's Init asked for: the outline.
func loadGlimpsed(t *testing.T, m tea.Model) tea.Model {
	t.Helper()
	for _, msg := range drain(m.(*Model).Init()) {
		if _, ok := msg.(outlineMsg); ok {
			return run(m, msg)
		}
	}
	t.Fatal("a start from a glimpse did not load the outline")
	return m
}

// resumeCases are where the cursor starts: the end of the outline, a
// bullet in the middle, one near the top.
func resumeCases(t *testing.T, nodes []doc.Node) map[string]sched.Resume {
	t.Helper()
	o, err := doc.FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	visible := func(row int) bool {
		for p := o.At(row).Parent; p != 0; p = o.At(o.Find(p)).Parent {
			if o.At(o.Find(p)).Folded {
				return false
			}
		}
		return true
	}
	pick := func(from int) uint64 {
		for r := from; r < o.Len(); r++ {
			if visible(r) {
				return uint64(o.At(r).ID)
			}
		}
		t.Fatal("no visible row")
		return 0
	}
	return map[string]sched.Resume{
		"end":    {},
		"middle": {Talk: 11, Node: pick(1_500), Offset: 3},
		"top":    {Talk: 11, Node: pick(2)},
		"other":  {Talk: 12, Node: pick(1_500)},
	}
}

func TestGlimpseDrawsTheScreenTheOutlineDoes(t *testing.T) {
	nodes := glimpseNodes()
	for name, r := range resumeCases(t, nodes) {
		for _, size := range []tea.WindowSizeMsg{{Width: 120, Height: 40}, {Width: 60, Height: 20}} {
			t.Run(fmt.Sprintf("%s/%dx%d", name, size.Width, size.Height), func(t *testing.T) {
				full, _ := glimpseStart(t, nodes, nil, r)
				want := run(full, size).View().Content

				whole, _ := doc.FromNodes(nodes)
				var cursor doc.ID
				if r.Talk == 11 {
					cursor = doc.ID(r.Node)
				}
				g, ok := outline.Glimpse(whole, cursor)
				if !ok {
					t.Fatal("no glimpse of a 3,000-bullet outline")
				}
				if len(g.Rows) > 2*len(nodes)/5 {
					t.Errorf("glimpse keeps %d of %d rows", len(g.Rows), len(nodes))
				}
				start, _ := glimpseStart(t, nodes, &g, r)
				if !start.Holding() {
					t.Fatal("the glimpse was not shown")
				}
				var m tea.Model = start
				m, _ = m.Update(size)
				if got := m.View().Content; got != want {
					t.Errorf("first frame from the glimpse differs from the outline's:\n%s\n--- want ---\n%s", got, want)
				}
				m = loadGlimpsed(t, m)
				if m.(*Model).Holding() {
					t.Fatal("still a glimpse once the outline loaded")
				}
				if got := m.View().Content; got != want {
					t.Errorf("frame once loaded differs from the outline's:\n%s\n--- want ---\n%s", got, want)
				}
			})
		}
	}
}

func TestKeysTypedOverAGlimpseAreHandledInOrderOnceLoaded(t *testing.T) {
	nodes := glimpseNodes()
	r := resumeCases(t, nodes)["middle"]
	keys := []tea.Msg{
		press('n', "n"), press('o', "o"), tea.KeyPressMsg{Code: tea.KeyEnter}, press('t', "t"),
		tea.KeyPressMsg{Code: tea.KeyTab}, tea.PasteMsg{Content: "pasted"}, press('!', "!"),
		clockMsg(at("2019-10-17", "09:41")), tea.KeyPressMsg{Code: tea.KeyUp}, press('q', "q"),
	}
	size := tea.WindowSizeMsg{Width: 120, Height: 40}

	full, fullNotes := glimpseStart(t, nodes, nil, r)
	want := run(full, size)
	for _, k := range keys {
		want = run(want, k)
	}

	whole, _ := doc.FromNodes(nodes)
	g, _ := outline.Glimpse(whole, doc.ID(r.Node))
	start, notes := glimpseStart(t, nodes, &g, r)
	m := run(start, size)
	first := m.View().Content
	for _, k := range keys {
		m = run(m, k)
	}
	if got := m.View().Content; got != first {
		t.Errorf("the glimpse changed before the outline loaded:\n%s", got)
	}
	if saved := notes.savedTexts(11); len(saved) != 0 {
		t.Fatalf("saved from a glimpse: %q", saved)
	}
	m = loadGlimpsed(t, m)
	if got, w := m.View().Content, want.View().Content; got != w {
		t.Errorf("after the load, keys typed over the glimpse drew:\n%s\n--- want, as typed on the outline ---\n%s", got, w)
	}
	if got, w := notes.savedTexts(11), fullNotes.savedTexts(11); !slices.Equal(got, w) {
		t.Errorf("saved %q, want %q as typed on the outline", got, w)
	}
}

func TestQuitOverAGlimpseWaitsForTheKeysBeforeIt(t *testing.T) {
	nodes := glimpseNodes()
	whole, _ := doc.FromNodes(nodes)
	g, _ := outline.Glimpse(whole, 0)
	start, notes := glimpseStart(t, nodes, &g, sched.Resume{})
	var m tea.Model = start
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, k := range []tea.Msg{press('h', "h"), press('i', "i"), tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}, press('x', "x")} {
		var cmd tea.Cmd
		if m, cmd = m.Update(k); cmd != nil {
			t.Fatalf("%v over a glimpse gave a command", k)
		}
	}
	msgs := drain(m.(*Model).Init())
	i := slices.IndexFunc(msgs, func(msg tea.Msg) bool { _, ok := msg.(outlineMsg); return ok })
	if i < 0 {
		t.Fatal("no load")
	}
	m, cmd := m.Update(msgs[i])
	quit := slices.ContainsFunc(drain(cmd), func(msg tea.Msg) bool { _, ok := msg.(tea.QuitMsg); return ok })
	if !quit {
		t.Error("ctrl+c typed over the glimpse did not quit once it was handled")
	}
	saved := notes.savedTexts(11)
	if len(saved) == 0 || !strings.HasSuffix(saved[len(saved)-1], "hi") {
		t.Errorf("saved %q: the keys before ctrl+c are lost", saved)
	}
	if slices.ContainsFunc(saved, func(s string) bool { return strings.HasSuffix(s, "x") }) {
		t.Errorf("saved %q: a key after ctrl+c was handled", saved)
	}
}

func TestGlimpseTakenForAnotherCursorIsNotShown(t *testing.T) {
	nodes := glimpseNodes()
	whole, _ := doc.FromNodes(nodes)
	g, _ := outline.Glimpse(whole, 0) // taken for the end of the outline
	r := resumeCases(t, nodes)["middle"]
	if UsableGlimpse(g, 11, r) {
		t.Error("a glimpse of the end is usable for a start in the middle")
	}
	if !UsableGlimpse(g, 11, sched.Resume{}) || !UsableGlimpse(g, 11, sched.Resume{Talk: 12, Node: 5}) {
		t.Error("a glimpse of the end is not usable for a start at the end")
	}
	parent := -1
	for i := range g.Rows[1:] {
		if g.Rows[i+1].Node.Parent == g.Rows[i].Node.ID {
			parent = i
			break
		}
	}
	if parent < 0 {
		t.Fatal("no parent in the glimpse")
	}
	bad := g
	bad.Rows = slices.Delete(slices.Clone(g.Rows), parent, parent+1) // a row without its parent
	if UsableGlimpse(bad, 11, sched.Resume{}) {
		t.Error("a glimpse that is no outline is usable")
	}
}

func TestNoGlimpseOfAResumeUnderAFold(t *testing.T) {
	o, _ := doc.FromNodes(glimpseNodes())
	for r := 0; r < o.Len(); r++ {
		n := o.At(r)
		if n.Folded && o.HasChildren(r) {
			if _, ok := outline.Glimpse(o, o.At(r+1).ID); ok {
				t.Error("glimpse taken with the cursor under a fold, which opening unfolds")
			}
			return
		}
	}
	t.Fatal("no fold in the fixture")
}
