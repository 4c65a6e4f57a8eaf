package tui

import (
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
	"lanyard/tui/outline"
)

// countingLoader counts the outlines read from the notebook.
type countingLoader struct {
	*fakeNotes
	loads atomic.Int32
}

func (c *countingLoader) LoadOutline(id uint64) (*doc.Outline, error) {
	c.loads.Add(1)
	return c.fakeNotes.LoadOutline(id)
}

// glimpseWaitingFor starts from a glimpse whose load waits for written,
// and runs the start's commands in the background; loaded gets what they
// sent.
func glimpseWaitingFor(t *testing.T, written chan struct{}) (loader *countingLoader, loaded chan []tea.Msg) {
	t.Helper()
	nodes := glimpseNodes()
	r := resumeCases(t, nodes)["middle"]
	whole, _ := doc.FromNodes(nodes)
	g, _ := outline.Glimpse(whole, doc.ID(r.Node))
	start, _ := glimpseStartWith(t, nodes, &g, r, func(c *Config) {
		loader = &countingLoader{fakeNotes: c.Loader.(*fakeNotes)}
		c.Loader, c.FirstFrame = loader, written
	})
	m := run(start, tea.WindowSizeMsg{Width: 120, Height: 40})
	cmd := m.(*Model).Init()
	loaded = make(chan []tea.Msg, 1)
	go func() { loaded <- drain(cmd) }()
	return loader, loaded
}

// hasOutline reports whether msgs hold the loaded outline.
func hasOutline(msgs []tea.Msg) bool {
	for _, msg := range msgs {
		if _, ok := msg.(outlineMsg); ok {
			return true
		}
	}
	return false
}

func TestAGlimpsesOutlineIsReadOnceTheFirstFrameIsOnTheTerminal(t *testing.T) {
	written := make(chan struct{})
	loader, loaded := glimpseWaitingFor(t, written)
	time.Sleep(FirstFrameWait / 5)
	if n := loader.loads.Load(); n != 0 {
		t.Fatalf("the outline was read %d times before the first frame was on the terminal", n)
	}
	close(written)
	select {
	case msgs := <-loaded:
		if !hasOutline(msgs) {
			t.Fatal("the start sent no outline once the first frame was written")
		}
	case <-time.After(FirstFrameWait / 2):
		t.Fatal("the outline was not read once the first frame was written")
	}
}

func TestAGlimpsesOutlineIsReadWhenNoFrameComes(t *testing.T) {
	loader, loaded := glimpseWaitingFor(t, make(chan struct{}))
	select {
	case msgs := <-loaded:
		if !hasOutline(msgs) || loader.loads.Load() != 1 {
			t.Fatalf("without a frame the start read the outline %d times", loader.loads.Load())
		}
	case <-time.After(4 * FirstFrameWait):
		t.Fatal("a terminal that never got a frame never got the notes")
	}
}
