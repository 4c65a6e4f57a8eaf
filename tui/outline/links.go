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

// urlReach is how far before and after the lines drawn of a bullet
// linksNear looks for the URLs that reach into them: longer addresses than
// this are not linked whole. Looking through the whole bullet would cost a
// frame of a megabyte-long bullet (a paste) a regular expression over all
// of it.
const urlReach = 2048

// link is where a URL is in a bullet's text, in bytes.
type link struct{ from, to int }

// linksNear returns the URLs in text that reach into its bytes from..to.
func linksNear(text string, from, to int) []link {
	lo, hi := max(from-urlReach, 0), min(to+urlReach, len(text))
	near := text[lo:hi]
	if !strings.Contains(near, "://") {
		return nil
	}
	var links []link
	for _, loc := range urlPattern.FindAllStringIndex(near, -1) {
		if loc[1]+lo > from && loc[0]+lo < to {
			links = append(links, link{loc[0] + lo, loc[1] + lo})
		}
	}
	return links
}

// decorate draws links, the URLs of n near the line, in one visual line of
// n, which starts at byte start of its text, as underlined terminal
// hyperlinks (OSC 8), so that a click opens them where the terminal can.
// A URL wrapped over two lines links both parts to the whole address.
func (m *Model) decorate(n *doc.Node, start int, line string, links []link) string {
	if len(links) == 0 || start+len(line) > len(n.Text) || n.Text[start:start+len(line)] != line {
		return line // nothing to link, or a line cleaning changed
	}
	var b strings.Builder
	pos := 0
	for _, l := range links {
		from, to := max(l.from-start, 0), min(l.to-start, len(line))
		if from >= to {
			continue
		}
		url := n.Text[l.from:l.to]
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
