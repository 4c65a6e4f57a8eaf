package notesync

import (
	"bytes"
	"fmt"
	"strings"
)

// line is one line of a file: its number, indentation depth, first word
// and the rest.
type line struct {
	no         int
	depth      int
	key, value string
}

// lines splits a file into lines; the last must end with a line break.
func lines(path string, data []byte) ([]line, error) {
	if len(data) > 0 && data[len(data)-1] != '\n' {
		return nil, fmt.Errorf("%s:%d: the file does not end with a line break", path, bytes.Count(data, []byte{'\n'})+1)
	}
	var out []line
	no := 0
	for len(data) > 0 {
		no++
		i := bytes.IndexByte(data, '\n')
		s := string(data[:i])
		data = data[i+1:]
		spaces := len(s) - len(strings.TrimLeft(s, " "))
		if spaces%2 != 0 {
			return nil, fmt.Errorf("%s:%d: indented by an odd number of spaces", path, no)
		}
		s = s[spaces:]
		key, value, _ := strings.Cut(s, " ")
		if key == "" {
			return nil, fmt.Errorf("%s:%d: an empty line", path, no)
		}
		out = append(out, line{no: no, depth: spaces / 2, key: key, value: value})
	}
	return out, nil
}

// lineStart is the offset of line no (from 1) in data.
func lineStart(data []byte, no int) int {
	off := 0
	for range no - 1 {
		off += bytes.IndexByte(data[off:], '\n') + 1
	}
	return off
}

// parseError is "path:line: what".
func parseError(path string, l line, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", path, l.no, fmt.Sprintf(format, args...))
}

// value unescapes a line's value.
func (l line) text(path string) (string, error) {
	s, err := unescape(l.value)
	if err != nil {
		return "", parseError(path, l, "%s: %v", l.key, err)
	}
	return s, nil
}

// token unescapes a line's value that must not be empty.
func (l line) token(path string) (string, error) {
	if l.value == "" || strings.Contains(l.value, " ") {
		return "", parseError(path, l, "%s needs one value", l.key)
	}
	return l.text(path)
}

// header checks a file's fixed opening lines and returns the values of
// the keys after the first line.
func header(path string, ls []line, first string, keys ...string) ([]string, error) {
	if len(ls) == 0 || ls[0].key+" "+ls[0].value != first || ls[0].depth != 0 {
		return nil, fmt.Errorf("%s:1: not a file of lanyard's synced form (want %q)", path, first)
	}
	var vals []string
	for i, k := range keys {
		if len(ls) <= i+1 || ls[i+1].key != k || ls[i+1].depth != 0 {
			return nil, fmt.Errorf("%s:%d: want %q here", path, i+2, k)
		}
		v, err := ls[i+1].text(path)
		if err != nil {
			return nil, err
		}
		vals = append(vals, v)
	}
	return vals, nil
}
