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
// clipboard by OSC 52 (which works over ssh). The Markdown is made here,
// in Update, from the outlines in memory, which are the truth: the writer
// may not have committed the last keystrokes yet. Outlines not loaded yet
// are read first by a command; glamour renders in another.

// postNotesMsg carries the outlines read for a post.
type postNotesMsg struct {
	talk  uint64
	scope preview.Scope
	// toClipboard is true when the post is copied, not previewed.
	toClipboard bool
	outlines    map[uint64]*doc.Outline
	err         error
}

// postTalk returns the talk a post is made of: the one in the editor while
// it has the keyboard, else the one selected in the schedule.
func (m Model) postTalk() (uint64, bool) {
	if m.focus == focusEditor {
		id := m.editor.TalkID()
		return id, id != 0
	}
	t, _, ok := m.schedule.Selected()
	return t.ID, ok && t.ID != 0
}

// openPreview shows the post of the current talk.
func (m Model) openPreview() (Model, tea.Cmd) {
	id, ok := m.postTalk()
	if !ok {
		m.status = m.status.SetMessage("no talk to make a post of")
		return m, nil
	}
	m.postOf = id
	return m.makePost(id, preview.Talk, false)
}

// copyTalk copies the post of the current talk without showing it.
func (m Model) copyTalk() (Model, tea.Cmd) {
	id, ok := m.postTalk()
	if !ok {
		m.status = m.status.SetMessage("no talk to make a post of")
		return m, nil
	}
	return m.makePost(id, preview.Talk, true)
}

// makePost makes the post of a talk, or of its day, and shows or copies
// it; it reads the notes it needs first when some are not loaded.
func (m Model) makePost(talk uint64, scope preview.Scope, toClipboard bool) (Model, tea.Cmd) {
	ev, heading, ok := m.postEvent(talk, scope)
	if !ok {
		m.status = m.status.SetMessage(fmt.Sprintf("talk %d is not in the schedule", talk))
		return m, nil
	}
	missing := m.missingOutlines(ev)
	if len(missing) == 0 || m.cfg.Loader == nil {
		return m.finishPost(talk, scope, toClipboard)
	}
	if !toClipboard {
		m.preview = m.preview.Loading(scope, heading)
	}
	return m, loadPostNotes(m.cfg.Loader, postNotesMsg{talk: talk, scope: scope, toClipboard: toClipboard}, missing)
}

// finishPost makes the post from the outlines in memory, a talk without
// one having no notes, and shows or copies it.
func (m Model) finishPost(talk uint64, scope preview.Scope, toClipboard bool) (Model, tea.Cmd) {
	ev, heading, ok := m.postEvent(talk, scope)
	if !ok {
		m.status = m.status.SetMessage(fmt.Sprintf("talk %d is not in the schedule", talk))
		return m, nil
	}
	var b strings.Builder
	notes := func(id uint64) (*doc.Outline, error) { return m.outlines[id], nil }
	if err := markdown.Write(&b, ev, notes, markdown.Options{}); err != nil {
		m.status = m.status.SetMessage("could not make the post: " + err.Error())
		return m, nil
	}
	post := preview.Post{Scope: scope, Heading: heading, Markdown: b.String(), Empty: !hasNotes(ev, m.outlines)}
	if toClipboard {
		return m.copyPost(post)
	}
	m.preview = m.preview.Open(post)
	return m, nil
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

// missingOutlines lists the talks of ev whose outlines are not in memory.
func (m Model) missingOutlines(ev sched.Event) []uint64 {
	var missing []uint64
	eachTalk(ev, func(t sched.Talk) {
		if _, ok := m.outlines[t.ID]; !ok {
			missing = append(missing, t.ID)
		}
	})
	return missing
}

// loadPostNotes reads the outlines of talks off the UI's goroutine and
// returns them in msg.
func loadPostNotes(loader Loader, msg postNotesMsg, talks []uint64) tea.Cmd {
	return func() tea.Msg {
		msg.outlines = make(map[uint64]*doc.Outline, len(talks))
		var errs []error // each talk's, so one unreadable talk loses only its notes
		for _, id := range talks {
			o, err := loader.LoadOutline(id)
			if err != nil {
				errs = append(errs, fmt.Errorf("talk %d: %w", id, err))
				continue
			}
			msg.outlines[id] = o
		}
		msg.err = errors.Join(errs...)
		return msg
	}
}

// postNotesLoaded keeps the outlines read for a post, then makes the post
// if it is still wanted: a copy always is; a preview only if it still
// waits for it. An outline loaded meanwhile by other means stays: it may
// hold edits not yet on disk.
func (m Model) postNotesLoaded(msg postNotesMsg) (Model, tea.Cmd) {
	for id, o := range msg.outlines {
		if _, ok := m.outlines[id]; !ok {
			m.outlines[id] = o
		}
	}
	var cmd tea.Cmd
	if msg.toClipboard || m.preview.IsLoading() && m.preview.Scope() == msg.scope && m.postOf == msg.talk {
		m, cmd = m.finishPost(msg.talk, msg.scope, msg.toClipboard)
	}
	if msg.err != nil {
		// Said after the post is made, so that copying's message does not
		// hide it: the post lacks those talks' notes.
		m.status = m.status.SetMessage("the post lacks notes: could not read " + msg.err.Error())
	}
	return m, cmd
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
	found := false
	eachTalk(ev, func(t sched.Talk) {
		o := outlines[t.ID]
		for i := 0; o != nil && !found && i < o.Len(); i++ {
			found = strings.TrimSpace(o.At(i).Text) != ""
		}
	})
	return found
}
