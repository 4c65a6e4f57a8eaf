// Package preview is the overlay that shows a talk's notes, or its whole
// day's, as the blog post lanyard exports: the Markdown drawn as styled
// lines (see markdown.go), word-wrapped to the screen and scrolled like a
// pager.
//
// The root makes the Markdown, from the outlines it holds; the preview
// renders it off the UI's goroutine, and asks the root by message to copy
// it (CopyMsg) or to show the other scope (ScopeMsg).
package preview

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"lanyard/tui/theme"
)

// Scope is what a post covers.
type Scope int

// The scopes of a post.
const (
	// Talk is one talk's notes (with its slot, for a parallel item).
	Talk Scope = iota
	// Day is the notes of every talk of the talk's day.
	Day
)

// Other returns the scope the tab key switches to.
func (s Scope) Other() Scope {
	if s == Day {
		return Talk
	}
	return Day
}

// Post is a blog post for the preview to show.
type Post struct {
	Scope Scope
	// Heading names what the post is of in the preview's title: the
	// talk's heading or the day's title.
	Heading  string
	Markdown string
	// Empty is true when no talk in the scope has notes: the preview says
	// so instead of showing a page with headings alone, and does not offer
	// to copy it.
	Empty bool
}

// CloseMsg is emitted when the user closes the preview.
type CloseMsg struct{}

// CopyMsg is emitted when the user asks to copy the post shown: the root
// puts its Markdown on the clipboard and says so in the status bar.
type CopyMsg struct{ Post Post }

// ScopeMsg is emitted when the user asks for the post of the other scope:
// the root makes it and hands it to Open, or to Loading first when notes
// must be read.
type ScopeMsg struct{ Scope Scope }

// headerLines is the title line above the post.
const headerLines = 1

// Model is the preview. It is closed until Open or Loading, and closes
// itself when it emits a CloseMsg.
type Model struct {
	looks looks
	// postLooks are the post's styles, handed to each render. Shared,
	// never changed in place: the root copies its model on every message,
	// and eight styles are 5 KB.
	postLooks *postLooks
	keys      KeyMap
	vp        viewport.Model
	open      bool
	// loading is true while the root reads the notes of the post to show.
	loading bool
	post    Post
	// posts counts the posts handed over, so that a render of an earlier
	// one is known for what it is when it arrives.
	posts int
	// light and plain choose the post's style: light is a light terminal
	// background, plain a terminal without colour.
	light, plain  bool
	width, height int
	// asked is the render last started, shown the one on screen.
	asked, shown job
	// busy is set while a render runs: the next waits for it, so that a
	// huge post opened again and again renders once at a time, not once
	// per opening all at once.
	busy bool
	// failed is why the post shown could not be drawn; it is then shown
	// as Markdown.
	failed error
}

// New returns a closed preview.
func New(styles theme.Styles) Model {
	m := Model{keys: DefaultKeyMap(), vp: viewport.New()}
	return m.SetStyles(styles)
}

// Open shows p, from its top once rendered. Render returns the command
// that renders it.
func (m Model) Open(p Post) Model {
	m.open, m.loading = true, false
	m.post = p
	m.posts++
	m.failed = nil
	m.keys = m.keys.forState(p.Scope, !p.Empty)
	return m
}

// Loading shows that the post of a scope is on its way: the root is
// reading the notes it needs, and hands the post to Open when it has
// them.
func (m Model) Loading(scope Scope, heading string) Model {
	m = m.Open(Post{Scope: scope, Heading: heading, Empty: true})
	m.loading = true
	return m
}

// IsOpen reports whether the preview is shown and takes the keyboard.
func (m Model) IsOpen() bool { return m.open }

// IsLoading reports whether the preview waits for the root's post.
func (m Model) IsLoading() bool { return m.open && m.loading }

// Scope returns the scope of the post shown or awaited.
func (m Model) Scope() Scope { return m.post.Scope }

// KeyMap returns the preview's keys, for the help line.
func (m Model) KeyMap() KeyMap { return m.keys }

// SetKeyMap gives the preview other keys: the user's, from the config file.
func (m Model) SetKeyMap(k KeyMap) Model {
	m.keys = k.forState(m.post.Scope, m.keys.Copy.Enabled())
	return m
}

// HelpKeys returns the preview's keys for the help line.
func (m Model) HelpKeys() help.KeyMap { return m.keys }

// Cursor reports that the preview shows no text cursor: it is read, not
// typed in.
func (m Model) Cursor() (x, y int, ok bool) { return 0, 0, false }

// SetSize sets the preview's size in cells. A new width is rendered again
// (see Render); until then the post shows at the old one, cut.
func (m Model) SetSize(w, h int) Model {
	m.width, m.height = w, h
	m.vp.SetWidth(max(w, 1))
	m.vp.SetHeight(max(h-headerLines, 1))
	return m
}

// SetStyles replaces the styles of the preview's own lines and of the
// post. A post on screen is drawn again in them when the background it
// was drawn for changes (see SetBackground).
func (m Model) SetStyles(s theme.Styles) Model {
	m.looks = looksFrom(s)
	looks := postLooksFrom(s)
	m.postLooks = &looks
	return m
}

// SetBackground picks the post's dark or light style, as the terminal's
// background is.
func (m Model) SetBackground(dark bool) Model {
	m.light = !dark
	return m
}

// SetColorProfile tells the preview what the terminal can show: without
// colour, the post is drawn plain, its headings and emphasis marked with
// the Markdown's own characters.
func (m Model) SetColorProfile(p colorprofile.Profile) Model {
	m.plain = p <= colorprofile.Ascii
	return m
}

// Update scrolls, switches scope, copies and closes on keys while the
// preview is open, and takes in finished renders.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case RenderedMsg:
		return m.rendered(msg), nil
	case tea.KeyPressMsg:
		if m.open {
			return m.press(msg)
		}
	case tea.MouseWheelMsg:
		if m.open {
			m.vp, _ = m.vp.Update(msg) // the viewport scrolls three lines a notch
		}
	}
	return m, nil
}

func (m Model) press(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Close):
		m.open = false
		return m, emit(CloseMsg{})
	case key.Matches(msg, k.Copy):
		return m, emit(CopyMsg{Post: m.post})
	case key.Matches(msg, k.Scope):
		return m, emit(ScopeMsg{Scope: m.post.Scope.Other()})
	case key.Matches(msg, k.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		m.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		m.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		m.vp.PageDown()
	case key.Matches(msg, k.Top):
		m.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		m.vp.GotoBottom()
	}
	return m, nil
}

func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
