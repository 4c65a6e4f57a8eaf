package outline

import (
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"

	doc "lanyard/store/outline"
)

// urlPattern finds web addresses in notes; trailing punctuation, as in
// "see https://example.org.", is not part of them.
var urlPattern = regexp.MustCompile(`https?://[^\s<>"]*[^\s<>".,;:!?)\]'’”]`)

// decorate draws the URLs in one visual line of n, which starts at byte
// start of its text, as underlined terminal hyperlinks (OSC 8), so that a
// click opens them where the terminal can. A URL wrapped over two lines
// links both parts to the whole address.
func (m *Model) decorate(n *doc.Node, start int, line string) string {
	if !strings.Contains(n.Text, "://") || start+len(line) > len(n.Text) || n.Text[start:start+len(line)] != line {
		return line // nothing to link, or a line cleaning changed
	}
	var b strings.Builder
	pos := 0
	for _, loc := range urlPattern.FindAllStringIndex(n.Text, -1) {
		from, to := max(loc[0]-start, 0), min(loc[1]-start, len(line))
		if from >= to {
			continue
		}
		url := n.Text[loc[0]:loc[1]]
		b.WriteString(line[pos:from])
		b.WriteString(m.look.link.before + ansi.SetHyperlink(url) + line[from:to] + ansi.ResetHyperlink() + m.look.link.after)
		b.WriteString(m.look.text.before) // the link's reset ended the text style
		pos = to
	}
	if pos == 0 {
		return line
	}
	b.WriteString(line[pos:])
	return b.String()
}
