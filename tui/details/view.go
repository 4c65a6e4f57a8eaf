package details

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"lanyard/export/safetext"
	"lanyard/tui/textwrap"
)

// Limits on what a schedule can make the overlay lay out. A real abstract
// is a few kilobytes; a hostile one of megabytes would stall every resize.
const (
	maxText  = 64 << 10 // bytes of one text (abstract, description)
	maxURL   = 2048     // bytes of a URL made a hyperlink
	maxLinks = 200
)

// View draws the overlay: exactly its height, no line wider than its
// width, with a line saying where the reader is when the text is longer.
func (m Model) View() string {
	if !m.open {
		return ""
	}
	rows := m.visible()
	end := min(m.top+rows, len(m.lines))
	out := make([]string, 0, m.height)
	out = append(out, m.lines[m.top:end]...)
	for len(out) < rows {
		out = append(out, "")
	}
	if rows < m.height {
		where := fmt.Sprintf("── %d%% · ↓ more", 100*end/max(len(m.lines), 1))
		if end == len(m.lines) {
			where = "── end"
		}
		// A narrow screen cuts it like any other line.
		out = append(out, m.looks.meta.on(ansi.Truncate(where, m.width, "…")))
	}
	return strings.Join(out, "\n")
}

// visible is how many lines of text fit: all but the line of position
// when the text is longer than the overlay.
func (m Model) visible() int {
	if len(m.lines) <= m.height {
		return m.height
	}
	return max(m.height-1, 1)
}

// layout lays the whole text out at the overlay's width.
func (m Model) layout() Model {
	if !m.open {
		return m
	}
	w := max(m.width, 10)
	s := m.looks
	var b block
	b.width = w
	t := m.talk
	b.wrap(s.title.on, clean(t.Title))
	if m.about.Subtitle != "" {
		b.wrap(s.speaker.on, clean(m.about.Subtitle))
	}
	if t.Speakers != "" {
		b.wrap(s.speaker.on, clean(t.Speakers))
	}
	b.wrap(s.meta.on, joinNonEmpty(" · ", clean(t.Day), clean(t.Time), clean(t.Room)))
	lang := clean(m.about.Language)
	if lang != "" {
		lang = "language: " + lang
	}
	if track := clean(t.Track); track != "" || lang != "" {
		b.wrap(s.track.on, joinNonEmpty(" · ", track, lang))
	}
	if marks := marksOf(t); marks != "" {
		b.wrap(s.marks.on, marks)
	}
	b.blank()
	switch m.state {
	case aboutLoading:
		b.wrap(s.placeholder.on, "Reading what the talk is about…")
	case aboutFailed:
		b.wrap(s.err.on, "Could not read what the talk is about: "+clean(m.err.Error()))
	default:
		m.aboutLines(&b)
	}
	m.lines = b.lines
	return m.clampTop()
}

// aboutLines lays out the About: texts, then the page and the links.
func (m Model) aboutLines(b *block) {
	a, s := m.about, m.looks
	if a.IsZero() {
		b.wrap(s.placeholder.on, "The schedule says nothing more about this talk.")
		return
	}
	b.paragraphs(s.text.on, a.Abstract)
	b.paragraphs(s.text.on, a.Description)
	page := clean(a.URL)
	if page != "" {
		b.wrap(s.meta.on, "Page:")
		// The address is shown whole, as text, so that it can be copied in
		// a terminal that knows no hyperlinks; hard-wrapped if it must be.
		for _, l := range strings.Split(ansi.Hardwrap(page, b.width, false), "\n") {
			b.add(hyperlink(page, s.track.on(l)))
		}
	}
	if len(a.Links) > 0 {
		if page != "" {
			b.blank()
		}
		b.wrap(s.meta.on, "Links:")
	}
	for i, l := range a.Links {
		if i == maxLinks {
			b.wrap(s.meta.on, fmt.Sprintf("… and %d more", len(a.Links)-maxLinks))
			break
		}
		target, title := clean(l.URL), clean(l.Title)
		if title == "" {
			title = target
		}
		// Links are drawn in the accent colour, not underlined: lipgloss
		// underlines cell by cell, a sequence a character.
		// A title is one line, cut to the width: a hyperlink broken over
		// lines is two links to some terminals.
		line := ansi.Truncate("• "+title, b.width, "…")
		b.add(hyperlink(target, s.track.on(line)))
	}
}

// marksOf names the user's marks on a talk.
func marksOf(t Talk) string {
	var marks []string
	if t.Attended {
		marks = append(marks, "✓ attending")
	}
	if t.WatchLater {
		marks = append(marks, "◷ watch later")
	}
	return strings.Join(marks, " · ")
}

// block is text being laid out in lines of at most width cells.
type block struct {
	lines []string
	width int
}

func (b *block) add(line string) { b.lines = append(b.lines, line) }

// blank adds an empty line, never two in a row nor one first.
func (b *block) blank() {
	if n := len(b.lines); n > 0 && b.lines[n-1] != "" {
		b.add("")
	}
}

// wrap adds text word-wrapped to the width, each line styled.
func (b *block) wrap(style func(...string) string, text string) {
	if text == "" {
		return
	}
	for _, l := range textwrap.Lines(text, b.width) {
		b.add(style(l))
	}
}

// paragraphs adds a schedule's text: its lines cleaned and wrapped, a
// blank line between paragraphs, and a blank line after it.
func (b *block) paragraphs(style func(...string) string, text string) {
	if text == "" {
		return
	}
	if len(text) > maxText {
		text = strings.ToValidUTF8(text[:maxText], "") + " …"
	}
	for _, line := range strings.Split(text, "\n") {
		line = clean(line)
		if line == "" {
			b.blank()
			continue
		}
		b.wrap(style, line)
	}
	b.blank()
}

// clean makes one line of schedule text safe to draw: the readers have
// cleaned it already, but a notebook may have been written by anything.
func clean(s string) string { return safetext.Line(s) }

// hyperlink makes text an OSC 8 link to target when target is a web
// address that can travel in the sequence; else it leaves text alone.
func hyperlink(target, text string) string {
	if !linkable(target) {
		return text
	}
	return ansi.SetHyperlink(target) + text + ansi.ResetHyperlink()
}

// linkable reports whether a cleaned URL is an http(s) or mailto address
// short enough and plain enough to put in an OSC 8 sequence: no space and
// nothing outside printable ASCII (a terminal ends the sequence on a
// control character, and some on any byte it does not expect).
func linkable(target string) bool {
	if target == "" || len(target) > maxURL {
		return false
	}
	for i := 0; i < len(target); i++ {
		if c := target[i]; c <= ' ' || c >= 0x7f {
			return false
		}
	}
	u, err := url.Parse(target)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "http", "https", "mailto":
		return true
	}
	return false
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
