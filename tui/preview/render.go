package preview

import (
	"fmt"
	"regexp"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"
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

// render renders markdown with glamour. A renderer holds buffers and is
// not safe to share between commands running at once, so each render
// makes its own: well under a millisecond against the rendering itself.
func render(markdown string, j job) (string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStyles(styleConfig(j.style)), glamour.WithWordWrap(j.wrap))
	if err != nil {
		return "", fmt.Errorf("preview: glamour style %q: %w", j.style, err)
	}
	quote := "│ "
	if t := styleConfig(j.style).BlockQuote.IndentToken; t != nil {
		quote = *t
	}
	out, err := r.Render(inlineQuotes(bounded(markdown), quote))
	if err != nil {
		return "", fmt.Errorf("preview: render the post: %w", err)
	}
	// Glamour pads every line to the wrap width, ends a nested list with
	// a blank line per level and the post with more: the reader would see
	// gaps no renderer of the post shows, and scroll past the end.
	lines := strings.Split(out, "\n")
	kept := lines[:0]
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		blank := strings.TrimSpace(xansi.Strip(l)) == ""
		if blank && len(kept) > 0 && strings.TrimSpace(xansi.Strip(kept[len(kept)-1])) == "" {
			continue
		}
		kept = append(kept, l)
	}
	return strings.TrimRight(strings.Join(kept, "\n"), "\n"), nil
}

// Glamour's time and memory grow faster than the post: with the length of
// a list and, per bullet, with its depth (a list 100 levels deep of 100,000
// bullets took over a gigabyte within half a minute, still rendering). The
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

// quoteItem is a list item holding a block quote, as the post writes a
// quote bullet: indentation, the list marker, "> ".
var quoteItem = regexp.MustCompile(`(?m)^( *(?:-|[0-9]+\.) )> `)

// inlineQuotes puts each quote bullet's text on its bullet's line, marked
// as glamour marks a block quote: glamour draws a block inside a list item
// on the line under the bullet, which would leave the bullet alone on an
// empty line. The post itself (what y copies) keeps the block quote,
// which renderers of a blog show as a quote.
func inlineQuotes(markdown, mark string) string {
	return quoteItem.ReplaceAllString(markdown, "${1}"+strings.ReplaceAll(mark, "$", "$$"))
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
