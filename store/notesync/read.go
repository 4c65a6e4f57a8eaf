package notesync

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"lanyard/store/outline"
)

// readForm reads files written by form.files back into a form. Files
// outside the form's layout (a README beside it) are not the form's and
// are left alone. An error names the file and line.
func readForm(files map[string][]byte) (*form, error) {
	f := newForm()
	var notesPaths []string
	for _, p := range sortedKeys(files) {
		switch {
		case isSchedulePath(p):
			ev, err := readSchedule(p, files[p])
			if err != nil {
				return nil, err
			}
			if f.events[ev.id] != nil {
				return nil, fmt.Errorf("%s:2: event %s is also in another schedule", p, ev.id)
			}
			f.events[ev.id] = ev
		case isNotesPath(p):
			notesPaths = append(notesPaths, p)
		}
	}
	for _, p := range notesPaths {
		evID, n, err := readNotes(p, files[p])
		if err != nil {
			return nil, err
		}
		ev := f.events[evID]
		if ev == nil {
			return nil, fmt.Errorf("%s:2: event %s has no %s", p, evID, scheduleName)
		}
		if ev.talks[n.talk] == nil {
			return nil, fmt.Errorf("%s:3: talk %s is not in the event's %s", p, n.talk, scheduleName)
		}
		if ev.notes[n.talk] != nil {
			return nil, fmt.Errorf("%s:3: talk %s has another notes file", p, n.talk)
		}
		if len(n.bullets) > 0 {
			ev.notes[n.talk] = n // a file of no bullets says what no file says
		}
	}
	return f, nil
}

func isSchedulePath(p string) bool {
	dir, name, ok := strings.Cut(p, "/")
	return ok && dir != "" && name == scheduleName
}

func isNotesPath(p string) bool {
	parts := strings.Split(p, "/")
	return len(parts) == 3 && parts[0] != "" && parts[1] == notesDir && strings.HasSuffix(parts[2], ".txt")
}

func readSchedule(path string, data []byte) (*event, error) {
	ls, err := lines(path, data)
	if err != nil {
		return nil, err
	}
	h, err := header(path, ls, scheduleHeader, "event", "name", "tz")
	if err != nil {
		return nil, err
	}
	if h[0] == "" {
		return nil, fmt.Errorf("%s:2: the event has no identity", path)
	}
	ev := newEvent(h[0])
	ev.name, ev.tz = h[1], h[2]
	r := scheduleReader{path: path, ev: ev}
	for _, l := range ls[4:] {
		if err := r.line(l); err != nil {
			return nil, err
		}
	}
	return ev, nil
}

// scheduleReader reads a schedule's lines after the header, one at a
// time, remembering the day, talk and item they belong to.
type scheduleReader struct {
	path      string
	ev        *event
	date      string
	slot, cur *talk
	rank      int
}

func (r *scheduleReader) line(l line) error {
	switch {
	case l.depth == 0 && l.key == "day":
		date, err := l.token(r.path)
		if err != nil {
			return err
		}
		if _, err := time.Parse("2006-01-02", date); err != nil {
			return parseError(r.path, l, "day %q is not a date like 2026-05-14", date)
		}
		if len(r.ev.days) > 0 && r.ev.days[len(r.ev.days)-1] >= date {
			return parseError(r.path, l, "day %s is out of order or repeated", date)
		}
		r.ev.days = append(r.ev.days, date)
		r.date, r.slot, r.cur = date, nil, nil
	case l.depth == 1 && l.key == "talk" && r.date != "":
		t, err := r.newTalk(l, "")
		if err != nil {
			return err
		}
		r.slot, r.cur = t, t
	case l.depth == 2 && l.key == "item" && r.slot != nil:
		t, err := r.newTalk(l, r.slot.id)
		if err != nil {
			return err
		}
		r.cur = t
	case r.cur != nil && l.depth == 2 && r.cur.slot == "", r.cur != nil && l.depth == 3 && r.cur.slot != "":
		return r.field(l)
	default:
		return parseError(r.path, l, "%q is not expected here", l.key)
	}
	return nil
}

func (r *scheduleReader) newTalk(l line, slot string) (*talk, error) {
	id, err := l.token(r.path)
	if err != nil {
		return nil, err
	}
	if r.ev.talks[id] != nil {
		return nil, parseError(r.path, l, "talk %s is already in the schedule", id)
	}
	r.rank++
	t := &talk{id: id, date: r.date, slot: slot, rank: r.rank}
	r.ev.talks[id] = t
	return t, nil
}

// field reads one line of a talk's fields.
func (r *scheduleReader) field(l line) error {
	t := r.cur
	flag := func(p *bool) error {
		if l.value != "" {
			return parseError(r.path, l, "%s takes no value", l.key)
		}
		*p = true
		return nil
	}
	switch l.key {
	case "attended":
		return flag(&t.attended)
	case "watch-later":
		return flag(&t.watchLater)
	case "manual":
		return flag(&t.manual)
	case "dropped":
		return flag(&t.dropped)
	}
	v, err := l.text(r.path)
	if err != nil {
		return err
	}
	switch l.key {
	case "start", "end":
		at, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return parseError(r.path, l, "%s %q is not a time like 2026-05-14T09:30:00Z", l.key, v)
		}
		if l.key == "start" {
			t.start = formatTime(at)
		} else {
			t.end = formatTime(at)
		}
	case "kind":
		t.kind = v
	case "title":
		t.title = v
	case "speaker":
		t.speakers = append(t.speakers, v)
	case "room":
		t.room = v
	case "track":
		t.track = v
	case "source":
		t.source = v
	default:
		return parseError(r.path, l, "a talk has no field %q", l.key)
	}
	return nil
}

// formatTime writes an instant as the form keeps it.
func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func readNotes(path string, data []byte) (string, *notes, error) {
	ls, err := lines(path, data)
	if err != nil {
		return "", nil, err
	}
	h, err := header(path, ls, notesHeader, "event", "talk")
	if err != nil {
		return "", nil, err
	}
	if h[0] == "" || h[1] == "" {
		return "", nil, fmt.Errorf("%s:3: the notes name no event or talk", path)
	}
	n := &notes{talk: h[1], bullets: map[string]*bullet{}}
	rest := ls[3:]
	if len(rest) > 0 && rest[0].key == "#" && rest[0].depth == 0 {
		rest = rest[1:] // the talk's title, for people
	}
	if len(rest) > 0 {
		n.rawHead = string(data[:lineStart(data, rest[0].no)])
	} else {
		n.rawHead = string(data)
	}
	n.raw = data
	var stack []*bullet // the last bullet at each depth
	lastOrder := map[string]string{}
	for _, l := range rest {
		b, depth, err := readBullet(path, l)
		if err != nil {
			return "", nil, err
		}
		if depth > len(stack) {
			return "", nil, parseError(path, l, "indented more than one level under the bullet above")
		}
		stack = stack[:depth]
		if depth > 0 {
			b.parent = stack[depth-1].id
		}
		if n.bullets[b.id] != nil {
			return "", nil, parseError(path, l, "bullet %s is already in the notes", b.id)
		}
		// lanyard writes siblings in the order of their keys, so a key
		// out of order was edited by hand and would read back elsewhere.
		if last, ok := lastOrder[b.parent]; ok && b.order <= last {
			return "", nil, parseError(path, l, "order key %q is not after its previous sibling's %q", b.order, last)
		}
		lastOrder[b.parent] = b.order
		n.bullets[b.id] = b
		stack = append(stack, b)
	}
	return h[0], n, nil
}

// readBullet reads "- ID ORDER KIND[+folded][+conflict] TEXT".
func readBullet(path string, l line) (*bullet, int, error) {
	depth := l.depth
	switch {
	case l.key == "-":
	case strings.HasPrefix(l.key, "-") && l.depth == maxIndent:
		d, err := strconv.Atoi(l.key[1:])
		if err != nil || d <= maxIndent {
			return nil, 0, parseError(path, l, "%q is not a bullet's depth", l.key)
		}
		depth = d
	default:
		return nil, 0, parseError(path, l, "a bullet starts with \"- \"")
	}
	parts := strings.SplitN(l.value, " ", 4)
	if len(parts) < 3 {
		return nil, 0, parseError(path, l, "a bullet needs an id, an order key and a kind")
	}
	b := &bullet{}
	var err error
	if b.id, err = unescape(parts[0]); err != nil || b.id == "" {
		return nil, 0, parseError(path, l, "bad bullet id %q", parts[0])
	}
	if b.order, err = unescape(parts[1]); err != nil || !outline.ValidKey(b.order) {
		return nil, 0, parseError(path, l, "bad order key %q", parts[1])
	}
	if b.kind, b.folded, b.conflict, err = parseKindToken(parts[2]); err != nil {
		return nil, 0, parseError(path, l, "%v", err)
	}
	if len(parts) == 4 {
		if b.text, err = unescape(parts[3]); err != nil {
			return nil, 0, parseError(path, l, "text: %v", err)
		}
		if b.text == "" {
			return nil, 0, parseError(path, l, "a space after the kind but no text")
		}
	}
	return b, depth, nil
}

func parseKindToken(s string) (k outline.Kind, folded, conflict bool, err error) {
	name, marks, _ := strings.Cut(s, "+")
	k, ok := kindNamed(name)
	if !ok {
		return 0, false, false, fmt.Errorf("unknown kind %q", name)
	}
	if marks != "" {
		for _, m := range strings.Split(marks, "+") {
			switch {
			case m == "folded" && !folded && !conflict:
				folded = true
			case m == "conflict" && !conflict:
				conflict = true
			default:
				return 0, false, false, fmt.Errorf("unknown mark %q in %q", m, s)
			}
		}
	}
	return k, folded, conflict, nil
}

// kindNamed is the kind whose String is name, "kind(N)" included.
func kindNamed(name string) (outline.Kind, bool) {
	for k := range outline.Kind(6) {
		if k.String() == name {
			return k, true
		}
	}
	if rest, ok := strings.CutPrefix(name, "kind("); ok && strings.HasSuffix(rest, ")") {
		n, err := strconv.ParseUint(strings.TrimSuffix(rest, ")"), 10, 8)
		if err == nil && n >= 6 && outline.Kind(n).String() == name {
			return outline.Kind(n), true
		}
	}
	return 0, false
}
