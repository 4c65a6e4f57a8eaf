package search

import "lanyard/store/fold"

// The list under the query: talk hits first, two lines each, then the
// note hits under their talks' titles; which line shows what, and which
// lines are in view.

// lineKind is what a line of the list shows.
type lineKind int

const (
	lineNoteTitle lineKind = iota // the title of the talk of the note hits below
	lineNote                      // a note hit
	lineTalk                      // a talk hit's title
	lineTalkWhere                 // a talk hit's day, time, room and match
	lineNotes                     // the heading between talk hits and note hits
)

// listLine is one line of the list under the query.
type listLine struct {
	item int // the item the line belongs to: see Model.sel
	kind lineKind
}

// itemKey names a hit across searches, so the selection can stay on it.
type itemKey struct {
	talk           bool
	talkID, nodeID uint64
}

// stillMatching returns the talk hits whose matched text contains query,
// in a new slice: an older copy of the model keeps its own.
func stillMatching(hits []TalkHit, query string) []TalkHit {
	q := fold.NewQuery(query)
	if q.Empty() {
		return nil
	}
	var out []TalkHit
	for _, h := range hits {
		if q.In(h.Text) {
			out = append(out, h)
		}
	}
	return out
}

// stillMatchingNotes returns the note hits whose bullet contains query,
// in a new slice: an older copy of the model keeps its own.
func stillMatchingNotes(hits []Hit, query string) []Hit {
	q := fold.NewQuery(query)
	if q.Empty() {
		return nil
	}
	var out []Hit
	for _, h := range hits {
		if q.In(h.Text) {
			out = append(out, h)
		}
	}
	return out
}

// relist lays the items out and selects the first, or keep (if ok) if it
// is among them.
func (m Model) relist(keep itemKey, ok bool) Model {
	m.sel, m.top = 0, 0
	if ok {
		if i := m.indexOf(keep); i >= 0 {
			m.sel = i
		}
	}
	m.lines, m.talks = layout(m.talkHits, m.hits)
	m.keys = m.keys.withHits(m.items() > 0)
	return m.scroll()
}

// indexOf returns the item named by k, or -1.
func (m Model) indexOf(k itemKey) int {
	if k.talk {
		for i, h := range m.talkHits {
			if h.TalkID == k.talkID {
				return i
			}
		}
		return -1
	}
	for i, h := range m.hits {
		if h.TalkID == k.talkID && h.NodeID == k.nodeID {
			return len(m.talkHits) + i
		}
	}
	return -1
}

// layout lays the talk hits out, two lines each, then the note hits under
// their talks' titles: a title line each time the talk changes. It also
// counts the talks of the note hits.
func layout(talkHits []TalkHit, hits []Hit) (lines []listLine, talks int) {
	// A new slice every time: an older copy of the model keeps drawing
	// its own.
	lines = make([]listLine, 0, 2*len(talkHits)+len(hits)+9)
	for i := range talkHits {
		lines = append(lines, listLine{item: i, kind: lineTalk}, listLine{item: i, kind: lineTalkWhere})
	}
	first := len(talkHits)
	if len(talkHits) > 0 && len(hits) > 0 {
		lines = append(lines, listLine{item: first, kind: lineNotes})
	}
	seen := make(map[uint64]bool)
	for i, h := range hits {
		if i == 0 || h.TalkID != hits[i-1].TalkID {
			lines = append(lines, listLine{item: first + i, kind: lineNoteTitle})
		}
		lines = append(lines, listLine{item: first + i, kind: lineNote})
		if !seen[h.TalkID] {
			seen[h.TalkID] = true
			talks++
		}
	}
	return lines, talks
}

// lineOf returns the line of lines where item i starts: a talk's title,
// or a note hit's bullet.
func (m Model) lineOf(i int) int {
	// Every talk hit before the item takes two lines, every note hit at
	// least one: the item's line is no earlier than that.
	from := 2 * i
	if nt := len(m.talkHits); i >= nt {
		from = nt + i
	}
	for l := min(from, len(m.lines)); l < len(m.lines); l++ {
		if ln := m.lines[l]; ln.item == i && (ln.kind == lineTalk || ln.kind == lineNote) {
			return l
		}
	}
	return 0
}

// scroll moves the first line drawn so the selected item is in view, with
// the line above it (its talk's title, or the hit before) and the line
// below it (a talk hit's second line, or the hit after) when there is
// room.
func (m Model) scroll() Model {
	body := m.height - headerLines
	if body <= 0 || m.items() == 0 {
		m.top = 0
		return m
	}
	line := m.lineOf(m.sel)
	if above := max(line-1, 0); above < m.top {
		m.top = above
	}
	if below := min(line+1, len(m.lines)-1); below >= m.top+body {
		m.top = below - body + 1
	}
	// In a body of one or two lines the selection wins over its context.
	m.top = min(max(m.top, line-body+1), line)
	m.top = max(min(m.top, len(m.lines)-body), 0)
	return m
}
