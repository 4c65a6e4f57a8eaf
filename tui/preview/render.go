package preview

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// maxWrap caps the width the post is wrapped to: lines much longer than
// a blog's column are hard to read, and a wide terminal would otherwise
// show something unlike the post.
const maxWrap = 100

// job is one rendering of a post: which post, wrapped to what width, in
// which glamour style. Two equal jobs give the same lines.
type job struct {
	post  int
	wrap  int
	style string
}

// RenderedMsg carries a post rendered off the UI's goroutine. The root
// hands it to Update.
type RenderedMsg struct {
	job     job
	content string
	err     error
}

// Render returns the command that renders the post as the preview now
// needs it, nil when it is on screen or on its way. The root calls it
// after every message, so that opening, resizing and a new background or
// colour profile each render once, and never on the UI's goroutine.
func (m Model) Render() (Model, tea.Cmd) {
	if !m.open || m.post.Empty || m.width <= 0 {
		return m, nil
	}
	want := m.job()
	if want == m.asked || want == m.shown {
		return m, nil
	}
	m.asked = want
	md := m.post.Markdown
	return m, func() tea.Msg {
		out, err := render(md, want)
		return RenderedMsg{job: want, content: out, err: err}
	}
}

// job is the rendering the preview needs now.
func (m Model) job() job {
	style := styles.DarkStyle
	switch {
	case m.plain:
		style = styles.NoTTYStyle
	case m.light:
		style = styles.LightStyle
	}
	return job{post: m.posts, wrap: min(m.width, maxWrap), style: style}
}

// rendered puts a finished render on screen, unless the preview has
// since moved on to another post, width or style: the render it needs
// then is on its way too.
func (m Model) rendered(msg RenderedMsg) Model {
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

// render renders markdown with glamour. A renderer holds buffers and is
// not safe to share between commands running at once, so each render
// makes its own: well under a millisecond against the rendering itself.
func render(markdown string, j job) (string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStyles(styleConfig(j.style)), glamour.WithWordWrap(j.wrap))
	if err != nil {
		return "", fmt.Errorf("preview: glamour style %q: %w", j.style, err)
	}
	out, err := r.Render(markdown)
	if err != nil {
		return "", fmt.Errorf("preview: render the post: %w", err)
	}
	// Glamour pads every line to the wrap width and ends with blank
	// lines, which would only let the user scroll past the end.
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n"), nil
}

// styleConfig returns one of glamour's styles by name. The dark and light
// ones lose their colour for plain text: the terminal's own foreground
// reads as well, and colouring every word made the rendered post seven
// times as long and rendering it five times as slow (for 1,000 bullets,
// about 450 ms against 80 ms).
func styleConfig(name string) ansi.StyleConfig {
	switch name {
	case styles.NoTTYStyle:
		return styles.NoTTYStyleConfig
	case styles.LightStyle:
		c := styles.LightStyleConfig
		c.Document.Color = nil
		return c
	default:
		c := styles.DarkStyleConfig
		c.Document.Color = nil
		return c
	}
}
