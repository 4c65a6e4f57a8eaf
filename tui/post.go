package tui

import (
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"lanyard/export/markdown"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/preview"
)

// The post: a talk's notes, or its day's, as the Markdown blog post that
// export writes, shown rendered in the preview overlay or copied to the
// clipboard by OSC 52 (which works over ssh). The outlines in memory are
// the truth (the writer may not have committed the last keystrokes yet):
// Update copies their bullets, and a command reads the others from the
// notebook and writes the Markdown, off the UI's goroutine, nested at
// most postDepth levels; the preview draws it in another.

// postDepth is the deepest level a post made in lanyard nests bullets
// at; deeper ones are shown at that level. An outline thousands of levels
// deep would otherwise make Markdown whose indentation grows with the
// square of the depth, and a renderer that recurses once per level.
const postDepth = 100

// postMadeMsg carries a post made off the UI's goroutine.
type postMadeMsg struct {
	talk  uint64
	scope preview.Scope
	// toClipboard is true when the post is copied, not previewed.
	toClipboard bool
	post        preview.Post
	// unread names the talks whose notes could not be read, failed why
	// the post could not be made at all.
	unread, failed error
}

// postTalk returns the talk a post is made of: the one in the editor while
// it has the keyboard, else the one selected in the schedule; 0 for none.
func (m Model) postTalk() uint64 {
	if m.focus == focusEditor {
		return m.editor.TalkID()
	}
	t, _, _ := m.schedule.Selected()
	return t.ID
}

// openPreview shows the post of a talk.
func (m Model) openPreview(id uint64) (Model, tea.Cmd) {
	if id == 0 {
		m.status = m.status.SetMessage("no talk to make a post of")
		return m, nil
	}
	m.postOf = id
	return m.makePost(id, preview.Talk, false)
}

// copyTalk copies the post of a talk without showing it.
func (m Model) copyTalk(id uint64) (Model, tea.Cmd) {
	if id == 0 {
		m.status = m.status.SetMessage("no talk to make a post of")
		return m, nil
	}
	return m.makePost(id, preview.Talk, true)
}

// makePost returns the command that makes the post of a talk, or of its
// day, to show or to copy. The bullets of outlines in memory are copied
// here, since the editor changes them; the others are read by the
// command.
func (m Model) makePost(talk uint64, scope preview.Scope, toClipboard bool) (Model, tea.Cmd) {
	ev, heading, ok := m.postEvent(talk, scope)
	if !ok {
		m.status = m.status.SetMessage(fmt.Sprintf("talk %d is not in the schedule", talk))
		return m, nil
	}
	inMemory := map[uint64][]doc.Node{}
	var stored []uint64
	for _, t := range ev.All() {
		if o := m.outlines.peek(t.ID); o != nil {
			inMemory[t.ID] = o.Nodes()
		} else {
			stored = append(stored, t.ID)
		}
	}
	if !toClipboard {
		p := m.previewOverlay()
		*p = p.Loading(scope, heading)
	}
	msg := postMadeMsg{talk: talk, scope: scope, toClipboard: toClipboard}
	return m, makePost(m.cfg.Loader, msg, ev, heading, inMemory, stored)
}

// makePost reads the stored notes of a post, writes its Markdown and
// returns it in msg.
func makePost(loader Loader, msg postMadeMsg, ev sched.Event, heading string, inMemory map[uint64][]doc.Node, stored []uint64) tea.Cmd {
	return func() tea.Msg {
		notes := make(map[uint64]*doc.Outline, len(inMemory)+len(stored))
		var errs []error // each talk's, so one unreadable talk loses only its notes
		for id, nodes := range inMemory {
			o, err := postOutline(nodes)
			if err != nil {
				errs = append(errs, fmt.Errorf("talk %d: %w", id, err))
				continue
			}
			notes[id] = o
		}
		for _, id := range stored {
			if loader == nil {
				continue
			}
			o, err := loader.LoadOutline(id)
			if err == nil {
				o, err = capDepth(o)
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("talk %d: %w", id, err))
				continue
			}
			notes[id] = o
		}
		abouts, err := postAbouts(loader, ev)
		errs = append(errs, err)
		msg.unread = errors.Join(errs...)
		msg.post = preview.Post{Scope: msg.scope, Heading: heading, Empty: true}
		var b strings.Builder
		read := func(id uint64) (*doc.Outline, error) { return notes[id], nil }
		if err := markdown.Write(&b, ev, read, markdown.Options{Abouts: abouts}); err != nil {
			msg.failed = err
			return msg
		}
		msg.post.Markdown, msg.post.Empty = b.String(), !hasNotes(ev, notes)
		return msg
	}
}

// aboutReader is the part of the notebook that says what a talk is about
// (store.Notebook.About); a Loader without it makes posts without pages
// and the schedule's links.
type aboutReader interface {
	About(talkID uint64) (sched.About, error)
}

// postAbouts reads what the post's talks are about, one talk at a time:
// a post is a talk or a day, never the conference's worth of text that
// Notebook.Abouts reads. It runs in the command that makes the post.
func postAbouts(loader Loader, ev sched.Event) (map[uint64]sched.About, error) {
	r, ok := loader.(aboutReader)
	if !ok {
		return nil, nil
	}
	abouts := map[uint64]sched.About{}
	var errs []error
	for _, t := range ev.All() {
		a, err := r.About(t.ID)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !a.IsZero() {
			abouts[t.ID] = a
		}
	}
	return abouts, errors.Join(errs...)
}

// postMade shows or copies a post once made: a copy always; a preview
// only if it still waits for that post.
func (m Model) postMade(msg postMadeMsg) (Model, tea.Cmd) {
	if msg.failed != nil {
		m.status = m.status.SetMessage("could not make the post: " + msg.failed.Error())
		if p := m.preview.Model; p != nil && p.IsLoading() {
			*p = p.Open(msg.post)
		}
		return m, nil
	}
	var cmd tea.Cmd
	switch {
	case msg.toClipboard:
		m, cmd = m.copyPost(msg.post)
	case m.preview.Model != nil && m.preview.IsLoading() && m.preview.Scope() == msg.scope && m.postOf == msg.talk:
		*m.preview.Model = m.preview.Open(msg.post)
	}
	if msg.unread != nil {
		// Said after the post is made, so that copying's message does not
		// hide it: the post lacks those talks' notes.
		m.status = m.status.SetMessage("the post lacks notes: could not read " + msg.unread.Error())
	}
	return m, cmd
}

// postEvent returns the event cut down to what the post of a talk, or of
// its day, shows, and the post's heading; ok is false when no talk has
// that ID.
func (m Model) postEvent(talk uint64, scope preview.Scope) (ev sched.Event, heading string, ok bool) {
	full := m.schedule.Event()
	cut, ok := full.OnlyTalk(talk)
	if !ok {
		return sched.Event{}, "", false
	}
	day := cut.Days[0]
	if scope == preview.Day {
		return full.OnlyDay(full.DayIndex(day.Date)), day.DayTitle(), true
	}
	t, _ := day.Find(talk)
	return cut, t.Heading(), true
}

// copyPost puts a post's Markdown on the clipboard by OSC 52: the
// terminal, not lanyard, owns the clipboard, so it works over ssh and in
// tmux, where the terminal allows it. Nothing says whether it did.
func (m Model) copyPost(post preview.Post) (Model, tea.Cmd) {
	what, where := "post", "this talk"
	if post.Scope == preview.Day {
		what, where = "day's post", "this day"
	}
	if post.Empty {
		m.status = m.status.SetMessage("no notes in " + where + " yet: nothing to copy")
		return m, nil
	}
	lines := strings.Count(strings.TrimRight(post.Markdown, "\n"), "\n") + 1
	// The bar cuts from the end: what was copied first, the caveat last.
	m.status = m.status.SetMessage(fmt.Sprintf("%s copied (%d lines, by OSC 52) · the terminal must allow it", what, lines))
	return m, tea.SetClipboard(post.Markdown)
}

// hasNotes reports whether some talk of ev has a bullet with text in its
// outline.
func hasNotes(ev sched.Event, outlines map[uint64]*doc.Outline) bool {
	for _, t := range ev.All() {
		o := outlines[t.ID]
		for i := 0; o != nil && i < o.Len(); i++ {
			if strings.TrimSpace(o.At(i).Text) != "" {
				return true
			}
		}
	}
	return false
}
