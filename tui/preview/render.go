package preview

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// maxWrap caps the width the post is wrapped to: lines much longer than
// a blog's column are hard to read, and a wide terminal would otherwise
// show something unlike the post.
const maxWrap = 100

// job is one rendering of a post: which post, wrapped to what width, in
// which style. Two equal jobs give the same lines.
type job struct {
	post  int
	wrap  int
	style string
}

// The styles a post is drawn in: the theme's for a dark or a light
// background, or none for a terminal without colour.
const (
	styleDark  = "dark"
	styleLight = "light"
	stylePlain = "plain"
)

// RenderedMsg carries a post rendered off the UI's goroutine. The root
// hands it to Update.
type RenderedMsg struct {
	job     job
	content string
	err     error
}

// Render returns the command that renders the post as the preview now
// needs it, nil when it is on screen or on its way, or while another
// render runs (the root asks again when it ends). The root calls it after
// every message, so that opening, resizing and a new background or colour
// profile each render once, and never on the UI's goroutine.
func (m Model) Render() (Model, tea.Cmd) {
	if !m.open || m.post.Empty || m.width <= 0 || m.busy {
		return m, nil
	}
	want := m.job()
	if want == m.asked || want == m.shown {
		return m, nil
	}
	m.asked, m.busy = want, true
	md, looks := m.post.Markdown, *m.postLooks
	looks.plain = want.style == stylePlain
	return m, func() tea.Msg {
		out, err := render(md, want.wrap, looks)
		return RenderedMsg{job: want, content: out, err: err}
	}
}

// job is the rendering the preview needs now.
func (m Model) job() job {
	style := styleDark
	switch {
	case m.plain:
		style = stylePlain
	case m.light:
		style = styleLight
	}
	return job{post: m.posts, wrap: min(m.width, maxWrap), style: style}
}

// rendered puts a finished render on screen, unless the preview has
// since moved on to another post, width or style: the render it needs
// then is on its way too.
func (m Model) rendered(msg RenderedMsg) Model {
	m.busy = false
	if !m.open || msg.job != m.job() {
		return m
	}
	newPost := m.shown.post != msg.job.post
	m.shown, m.failed = msg.job, msg.err
	content := msg.content
	if msg.err != nil {
		// The Markdown itself is still the post, and what y copies.
		content = m.post.Markdown
	}
	m.vp.SetContent(content)
	if newPost {
		m.vp.GotoTop()
	}
	return m
}

// render draws the post's Markdown as lines wrap cells wide. A failure
// of the Markdown parser, a panic in a dependency on input nobody
// foresaw, shows the post as Markdown and says why rather than ending
// lanyard with the notes unsaved.
func render(markdown string, wrap int, looks postLooks) (out string, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = "", fmt.Errorf("preview: draw the post: %v", p)
		}
	}()
	return strings.Join(drawMarkdown(bounded(markdown), wrap, looks), "\n"), nil
}

// A post can be far longer than anyone reads in a preview, and its lists
// far deeper than a screen shows (glamour, which drew it before, took
// over a gigabyte for a list 100 levels deep of 100,000 bullets). The
// preview renders what a reader can take in on screen; y copies the whole
// post.
const (
	// renderLines is how many lines of the post's Markdown are rendered.
	renderLines = 3000
	// renderIndent is the deepest indentation rendered: bullets deeper
	// show at that depth, about 16 levels, where the text still has
	// room.
	renderIndent = 32
)

// bounded cuts the Markdown to what the preview renders, and says so at
// the end when it is cut.
func bounded(markdown string) string {
	lines := strings.SplitAfter(markdown, "\n")
	cut := len(lines) > renderLines
	if cut {
		lines = lines[:renderLines]
	}
	for i, l := range lines {
		if pad := len(l) - len(strings.TrimLeft(l, " ")); pad > renderIndent {
			lines[i] = l[pad-renderIndent:]
		}
	}
	out := strings.Join(lines, "")
	if cut {
		out += fmt.Sprintf("\n\n*The preview ends here, %d lines before the end of the post; y copies all of it.*\n",
			strings.Count(markdown, "\n")-renderLines)
	}
	return out
}
