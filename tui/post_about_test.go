package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	sched "lanyard/store/schedule"
)

// postAboutNotes is a notebook that also says what talks are about, as
// store.Notebook does.
type postAboutNotes struct {
	*fakeNotes
	abouts map[uint64]sched.About
	read   []uint64
}

func (a *postAboutNotes) About(id uint64) (sched.About, error) {
	a.read = append(a.read, id)
	return a.abouts[id], nil
}

// The post made in lanyard links the talk's page and lists its slides,
// as the exported post does; the talks' abouts are read in the command
// that makes it, one talk at a time, only the post's.
func TestThePostLinksTheTalksPageAndSlides(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = notesOf(t, "pagers wake people")
	loader := &postAboutNotes{fakeNotes: notes, abouts: map[uint64]sched.About{
		11: {URL: "https://conf.example/pagers", Links: []sched.Link{{Title: "Slides", URL: "https://conf.example/pagers.pdf"}}},
	}}
	var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: notes.outlines[11], Loader: loader, Saver: notes,
		Clock: func() time.Time { return at("2019-10-17", "09:40") }, timer: heldTimer})
	m = step(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	_, cmd := m.Update(ctrlP)
	if len(loader.read) != 0 {
		t.Fatal("Update read what talks are about")
	}
	var md string
	for _, msg := range drain(cmd) {
		if made, ok := msg.(postMadeMsg); ok {
			md = made.post.Markdown
		}
	}
	for _, want := range []string{"[talk page](https://conf.example/pagers)", "- [Slides](https://conf.example/pagers.pdf)"} {
		if !strings.Contains(md, want) {
			t.Errorf("the post lacks %q:\n%s", want, md)
		}
	}
	if len(loader.read) != 1 || loader.read[0] != 11 {
		t.Errorf("read the abouts of %v, want only talk 11's", loader.read)
	}
}
