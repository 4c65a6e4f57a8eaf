package config

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2/unstable"
)

// Reading config.toml. go-toml's parser hands over the file one
// expression at a time with the place of each key, so that every mistake
// is said with its line and costs only its own key: a wrong type or a bad
// value leaves the others applied, and after a line that does not parse
// the reading goes on at the next one.

// parse reads the settings of a file's text.
func (f *File) parse(data []byte, t *Table) {
	r := reader{f: f, t: t, lines: lineCounter{}, seen: map[string]int{}}
	base := 0
	for base < len(data) {
		next, ok := r.run(data, base)
		if ok || next <= base {
			return
		}
		base = next
	}
}

// reader is the state of reading one file: the table the keys are in
// now, and where each key was set first.
type reader struct {
	f     *File
	t     *Table
	lines lineCounter
	// table is the [table] the keys are in now; skip is set under a
	// table lanyard does not know, whose keys are not said one by one.
	table []string
	skip  bool
	seen  map[string]int
}

// run parses data from base. It returns true when the end was reached,
// else the offset of the line after the one that did not parse.
func (r *reader) run(data []byte, base int) (int, bool) {
	var p unstable.Parser
	p.Reset(data[base:])
	at := func(b []byte) int { return r.lines.line(data, base+offsetIn(p.Data(), b)) }
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table:
			r.enterTable(keyOf(e.Key()), at(p.Raw(e.Child().Raw)))
		case unstable.ArrayTable:
			path := keyOf(e.Key())
			r.f.problem(at(p.Raw(e.Child().Raw)), "[[%s]]: lanyard has no list of tables; see lanyard config --init", oneLine(strings.Join(path, ".")))
			r.table, r.skip = path, true
		case unstable.KeyValue:
			if !r.skip {
				r.keyValue(&p, r.table, e, at)
			}
		}
	}
	err := p.Error()
	if err == nil {
		return 0, true
	}
	offset := base + len(p.Data())
	var perr *unstable.ParserError
	if errors.As(err, &perr) {
		offset = base + offsetIn(p.Data(), perr.Highlight)
	}
	r.f.problem(r.lines.line(data, offset), "not TOML: %s", oneLine(err.Error()))
	end := bytes.IndexByte(data[offset:], '\n')
	if end < 0 {
		return len(data), false
	}
	return offset + end + 1, false
}

// enterTable starts the keys of a [table].
func (r *reader) enterTable(path []string, line int) {
	r.table, r.skip = path, false
	name := strings.Join(path, ".")
	if !r.t.isTable(name) {
		r.f.problem(line, "unknown table [%s]: lanyard has [colors], [export] and [keys]", oneLine(name))
		r.skip = true
	}
}

// keyValue reads one key = value, in table.
func (r *reader) keyValue(p *unstable.Parser, table []string, e *unstable.Node, at func([]byte) int) {
	line := at(p.Raw(e.Value().Next().Raw))
	path := append(append([]string(nil), table...), keyOf(e.Key())...)
	value := e.Value()
	if value.Kind == unstable.InlineTable && r.t.isTable(strings.Join(path, ".")) {
		children := value.Children()
		for children.Next() {
			if kv := children.Node(); kv.Kind == unstable.KeyValue {
				r.keyValue(p, path, kv, at)
			}
		}
		return
	}
	r.set(strings.Join(path, "."), value, line)
}

// set checks a key's value and keeps it.
func (r *reader) set(key string, value *unstable.Node, line int) {
	s, ok := r.t.Lookup(key)
	if !ok {
		r.unknown(key, line)
		return
	}
	if first, dup := r.seen[key]; dup {
		r.f.problem(line, "%s is set twice, first on line %d; the first is used", key, first)
		return
	}
	r.seen[key] = line
	v, err := valueOf(s, value)
	if err == nil {
		err = s.Check(v)
	}
	if err != nil {
		r.f.problem(line, "%s %s; lanyard uses the default, %s", key, err, s.Format(s.Default))
		return
	}
	r.f.values[key] = fileValue{v: v, line: line}
}

// unknown says a key lanyard does not have, with the likely one meant.
func (r *reader) unknown(key string, line int) {
	if action, ok := strings.CutPrefix(key, KeysPrefix); ok {
		r.f.problem(line, "[keys] has no action %s: lanyard config --init lists them", shown(action))
		return
	}
	r.f.problem(line, "unknown key %s: lanyard config --init lists every key", shown(key))
}

// keyOf is a key's parts, as their text.
func keyOf(it unstable.Iterator) []string {
	var parts []string
	for it.Next() {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

// valueOf turns a value node into the Go type of s's kind. The error
// says what the setting takes and what the file gave.
func valueOf(s Setting, n *unstable.Node) (any, error) {
	wrong := func() error {
		return errors.New("is " + typeName(n.Kind) + ": want " + s.want())
	}
	switch s.Kind {
	case KindString, KindColor, KindPath:
		if n.Kind != unstable.String {
			return nil, wrong()
		}
		return string(n.Data), nil
	case KindInt:
		if n.Kind != unstable.Integer {
			return nil, wrong()
		}
		i, err := strconv.ParseInt(string(n.Data), 0, 64)
		if err != nil || i != int64(int32(i)) {
			return nil, errors.New(oneLine(string(n.Data)) + ": want " + s.want())
		}
		return int(i), nil
	case KindBool:
		if n.Kind != unstable.Bool {
			return nil, wrong()
		}
		return string(n.Data) == "true", nil
	case KindDuration:
		return durationOf(s, n)
	case KindStrings, KindKeys:
		return stringsOf(n, wrong)
	}
	return nil, wrong()
}

// durationOf reads a duration: a string such as "10m", or the number 0.
func durationOf(s Setting, n *unstable.Node) (time.Duration, error) {
	switch {
	case n.Kind == unstable.Integer && string(n.Data) == "0":
		return 0, nil
	case n.Kind != unstable.String:
		return 0, errors.New("is " + typeName(n.Kind) + ": want " + s.want())
	}
	d, err := parseDuration(string(n.Data))
	if err != nil {
		return 0, errors.New(shown((string(n.Data))) + ": want " + s.want())
	}
	return d, nil
}

// stringsOf reads a list of strings; one string is a list of one.
func stringsOf(n *unstable.Node, wrong func() error) ([]string, error) {
	if n.Kind == unstable.String {
		return []string{string(n.Data)}, nil
	}
	if n.Kind != unstable.Array {
		return nil, wrong()
	}
	list := []string{}
	items := n.Children()
	for items.Next() {
		item := items.Node()
		if item.Kind != unstable.String {
			return nil, wrong()
		}
		list = append(list, string(item.Data))
	}
	return list, nil
}

// typeName names a TOML value's type as a message says it.
func typeName(k unstable.Kind) string {
	switch k {
	case unstable.String:
		return "a string"
	case unstable.Integer, unstable.Float:
		return "a number"
	case unstable.Bool:
		return "true or false"
	case unstable.Array:
		return "a list"
	case unstable.InlineTable:
		return "a table"
	}
	return "a date or time"
}

// offsetIn is where b, a part of data, starts in it; the end of data
// when b is not part of it.
func offsetIn(data, b []byte) int {
	off := cap(data) - cap(b)
	if b == nil || off < 0 || off > len(data) {
		return len(data)
	}
	return off
}

// lineCounter turns offsets into line numbers, counting from where it
// counted last: keys come in the file's order, so a file is counted once.
type lineCounter struct {
	offset, lineNo int
}

// line is the line, from 1, of the byte at offset in data.
func (c *lineCounter) line(data []byte, offset int) int {
	offset = min(max(offset, 0), len(data))
	if offset < c.offset || c.lineNo == 0 {
		c.offset, c.lineNo = 0, 1
	}
	c.lineNo += bytes.Count(data[c.offset:offset], []byte{'\n'})
	c.offset = offset
	return c.lineNo
}
