package search

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

const (
	// talkIndent sets a talk hit's second line off from its title.
	talkIndent = 4
	// aroundMatch is how many bytes of a long text (an abstract) are kept
	// on each side of the match before fitting it to the line: more than
	// any line shows, few enough that drawing never measures a whole page.
	aroundMatch = 160
)

// talkLine draws a talk hit's title, the match highlighted when the title
// is what matched.
func (m Model) talkLine(h TalkHit, selected bool) string {
	title := flat(h.Title)
	if title == "" {
		title = untitled
	}
	// A title that did not match is cut at its end, as the schedule does.
	pre, match, post := "", "", title
	if h.Field == FieldTitle {
		pre, match, post = split(title, m.query)
	}
	pre, match, post = excerpt(pre, match, post, m.width-1)
	plain, marked := m.looks.talk, m.looks.match
	if selected {
		plain, marked = m.looks.selected, m.looks.selectedMatch
	}
	line := render(plain, " "+pre) + render(marked, match) + render(plain, post)
	if selected {
		used := 1 + ansi.StringWidth(pre+match+post)
		line += render(plain, strings.Repeat(" ", max(m.width-used, 0)))
	}
	return ansi.Truncate(line, m.width, "")
}

// whereLine draws a talk hit's day, time and room, and what matched when
// it was not the title: "Sat 14:05 · H.1308 · abstract: …the words…".
func (m Model) whereLine(h TalkHit) string {
	indent := strings.Repeat(" ", talkIndent)
	avail := m.width - talkIndent
	var head []string
	if h.When != "" {
		head = append(head, flat(h.When))
	}
	room := flat(h.Room)
	if h.Field == FieldRoom {
		// The room is what matched: highlight it in place.
		pre, match, post := split(room, m.query)
		lead := strings.Join(head, " · ")
		if lead != "" {
			lead += " · "
		}
		pre, match, post = excerpt(lead+pre, match, post, avail)
		return ansi.Truncate(render(m.looks.count, indent+pre)+render(m.looks.match, match)+
			render(m.looks.count, post), m.width, "")
	}
	label := h.Field.String() + ": "
	if h.Field == FieldTitle {
		if room != "" {
			head = append(head, room)
		}
		return m.looks.count.Render(ansi.Truncate(indent+strings.Join(head, " · "), m.width, "…"))
	}
	// The head keeps at most half the line, so the match always shows:
	// in a narrow overlay the room goes first, then what does not fit.
	lead := joinHead(append(head, room), label)
	if ansi.StringWidth(lead) > avail/2 {
		lead = joinHead(head, label)
	}
	lead = ansi.Truncate(lead, max(avail/2, 1), "…")
	pre, match, post := split(h.Text, m.query)
	pre, match, post = excerpt(pre, match, post, avail-ansi.StringWidth(lead))
	return ansi.Truncate(render(m.looks.count, indent+lead+pre)+render(m.looks.match, match)+
		render(m.looks.count, post), m.width, "")
}

// joinHead joins the parts of a where line's head that are not empty,
// then the field's label.
func joinHead(parts []string, label string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return label
	}
	return strings.Join(kept, " · ") + " · " + label
}

// split cuts text around the first match of query, flattened to one line
// with runs of spaces made one (an abstract's paragraphs), and with no
// more than aroundMatch bytes kept on either side.
func split(text, query string) (pre, match, post string) {
	text = flat(text)
	start, end, ok := Match(text, query)
	if !ok {
		return squeeze(text[:cutEnd(text, aroundMatch)]), "", ""
	}
	pre, match, post = text[:start], text[start:end], text[end:]
	if len(pre) > aroundMatch {
		pre = "…" + pre[cutStart(pre, len(pre)-aroundMatch):]
	}
	if len(post) > aroundMatch {
		post = post[:cutEnd(post, aroundMatch)]
	}
	return strings.TrimLeft(squeeze(pre), " "), match, squeeze(post)
}

// cutStart returns the first rune boundary of s at or after i.
func cutStart(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// cutEnd returns the last rune boundary of s at or before n.
func cutEnd(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// squeeze makes each run of spaces one space.
func squeeze(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' && space {
			continue
		}
		space = r == ' '
		b.WriteRune(r)
	}
	return b.String()
}
