package notesync

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"lanyard/store/outline"
)

// Format lines: the first line of each file, so that a later lanyard can
// tell the form's version.
const (
	scheduleHeader = "lanyard schedule 1"
	notesHeader    = "lanyard notes 1"
	scheduleName   = "schedule.txt"
	notesDir       = "notes"
	// maxIndent is the deepest level written as indentation; a deeper
	// bullet writes its depth after the dash, so that a hostile outline
	// 10,000 levels deep does not make a file of 100 MB of spaces.
	maxIndent = 50
)

// files writes the form out as files, by path.
func (f *form) files() map[string][]byte {
	out := make(map[string][]byte)
	for _, id := range sortedKeys(f.events) {
		ev := f.events[id]
		dir := slug(ev.name, "event") + "-" + shortHash(ev.id)
		out[dir+"/"+scheduleName] = ev.scheduleFile()
		for _, tid := range sortedKeys(ev.notes) {
			n := ev.notes[tid]
			out[dir+"/"+notesDir+"/"+ev.notesName(tid)] = n.file(ev.id, ev.talks[tid])
		}
	}
	return out
}

// notesName is a notes file's name: the talk's day, start and title, for
// people and ls, and a hash of its identity so that names never collide.
func (ev *event) notesName(talkID string) string {
	name := "talk"
	if t := ev.talks[talkID]; t != nil {
		name = strings.ReplaceAll(t.date, "-", "") + "-" + startHHMM(t.start, ev.tz) + "-" + slug(t.title, "talk")
	}
	return name + "-" + shortHash(talkID) + ".txt"
}

func startHHMM(start, tz string) string {
	at, err := time.Parse(time.RFC3339Nano, start)
	if err != nil {
		return "0000"
	}
	if loc, err := time.LoadLocation(tz); err == nil && tz != "" {
		at = at.In(loc)
	}
	return at.Format("1504")
}

// shortHash is a short, stable name for a sync identity: 40 bits, so two
// names of one notebook do not meet.
func shortHash(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:5])
}

// slug makes a name safe in a path on every file system: ASCII letters
// and digits in lower case, runs of anything else as one dash, at most 40
// bytes; empty gives fallback. The hash after it avoids Windows' reserved
// names (CON, NUL) and collisions.
func slug(name, fallback string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if b.Len() >= 40 {
			break
		}
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return fallback
	}
	return b.String()
}

// lineWriter builds a file line by line.
type lineWriter struct{ b []byte }

func (w *lineWriter) line(depth int, key, value string) {
	for range depth {
		w.b = append(w.b, "  "...)
	}
	w.b = append(w.b, key...)
	if value != "" {
		w.b = append(w.b, ' ')
		w.b = append(w.b, value...)
	}
	w.b = append(w.b, '\n')
}

func (ev *event) scheduleFile() []byte {
	var w lineWriter
	w.line(0, scheduleHeader, "")
	w.line(0, "event", escapeToken(ev.id))
	w.line(0, "name", escapeText(ev.name))
	w.line(0, "tz", escapeText(ev.tz))
	tops, items := ev.ordered()
	for _, date := range ev.days {
		w.line(0, "day", escapeToken(date))
		for _, t := range tops[date] {
			t.write(&w, 1, "talk")
			for _, it := range items[t.id] {
				it.write(&w, 2, "item")
			}
		}
	}
	return w.b
}

// ordered returns the talks of each day, and the items of each slot, in
// schedule order: by start, then rank, then identity. An item whose slot
// is not in the event is a talk of its day.
func (ev *event) ordered() (tops map[string][]*talk, items map[string][]*talk) {
	tops, items = map[string][]*talk{}, map[string][]*talk{}
	for _, t := range ev.talks {
		if s := ev.talks[t.slot]; t.slot != "" && s != nil && s.slot == "" {
			items[t.slot] = append(items[t.slot], t)
			continue
		}
		tops[t.date] = append(tops[t.date], t)
	}
	byOrder := func(a, b *talk) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.rank, b.rank), cmp.Compare(a.id, b.id))
	}
	for _, ts := range tops {
		slices.SortFunc(ts, byOrder)
	}
	for _, ts := range items {
		slices.SortFunc(ts, func(a, b *talk) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.id, b.id)) })
	}
	return tops, items
}

func (t *talk) write(w *lineWriter, depth int, key string) {
	w.line(depth, key, escapeToken(t.id))
	d := depth + 1
	w.line(d, "start", t.start)
	if t.end != "" {
		w.line(d, "end", t.end)
	}
	w.line(d, "kind", escapeToken(t.kind))
	w.line(d, "title", escapeText(t.title))
	for _, s := range t.speakers {
		w.line(d, "speaker", escapeText(s))
	}
	for _, f := range []struct{ key, value string }{{"room", t.room}, {"track", t.track}, {"source", t.source}} {
		if f.value != "" {
			w.line(d, f.key, escapeText(f.value))
		}
	}
	for _, f := range []struct {
		key string
		on  bool
	}{{"attended", t.attended}, {"watch-later", t.watchLater}, {"manual", t.manual}, {"dropped", t.dropped}} {
		if f.on {
			w.line(d, f.key, "")
		}
	}
}

// file writes a talk's notes: a header, then the bullets in reading
// order, one a line, indented by depth.
func (n *notes) file(eventID string, t *talk) []byte {
	var w lineWriter
	w.line(0, notesHeader, "")
	w.line(0, "event", escapeToken(eventID))
	w.line(0, "talk", escapeToken(n.talk))
	if t != nil {
		w.line(0, "#", escapeText(t.title))
	}
	if n.raw != nil && string(w.b) == n.rawHead {
		return n.raw
	}
	kids := n.children()
	var walk func(parent string, depth int)
	walk = func(parent string, depth int) {
		for _, b := range kids[parent] {
			b.write(&w, depth)
			walk(b.id, depth+1)
		}
	}
	// A deep outline recurses once per level; a goroutine stack grows to
	// 1 GB, far more than the 10,000 levels a notebook could hold.
	walk("", 0)
	return w.b
}

// children returns each bullet's children in sibling order; a bullet
// whose parent is missing is at top level.
func (n *notes) children() map[string][]*bullet {
	kids := make(map[string][]*bullet, len(n.bullets))
	for _, b := range n.bullets {
		p := b.parent
		if p != "" && n.bullets[p] == nil {
			p = ""
		}
		kids[p] = append(kids[p], b)
	}
	for _, sibs := range kids {
		slices.SortFunc(sibs, bySibling)
	}
	return kids
}

func bySibling(a, b *bullet) int {
	return cmp.Or(cmp.Compare(a.order, b.order), cmp.Compare(a.id, b.id))
}

func (b *bullet) write(w *lineWriter, depth int) {
	marker := "-"
	indent := depth
	if depth > maxIndent {
		marker, indent = "-"+strconv.Itoa(depth), maxIndent
	}
	line := make([]byte, 0, 2*indent+len(b.text)+40)
	for range indent {
		line = append(line, "  "...)
	}
	line = append(line, marker...)
	line = append(line, ' ')
	line = append(line, escapeToken(b.id)...)
	line = append(line, ' ')
	line = append(line, escapeToken(b.order)...)
	line = append(line, ' ')
	line = append(line, kindToken(b.kind, b.folded, b.conflict)...)
	if b.text != "" {
		line = append(line, ' ')
		line = append(line, escapeText(b.text)...)
	}
	w.b = append(w.b, line...)
	w.b = append(w.b, '\n')
}

// kindToken writes a bullet's kind and marks: "todo", "plain+folded",
// "star+folded+conflict".
func kindToken(k outline.Kind, folded, conflict bool) string {
	s := k.String()
	if folded {
		s += "+folded"
	}
	if conflict {
		s += "+conflict"
	}
	return s
}
