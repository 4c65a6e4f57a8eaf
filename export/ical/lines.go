package ical

import (
	"bytes"
)

// contentLine is one unfolded iCalendar line and the number of the physical
// line it starts on, for error messages.
type contentLine struct {
	num  int
	text []byte
}

// utf8BOM is the byte order mark some Windows exporters put first.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// unfold splits data into content lines and joins folded continuations.
// It works on bytes, before anything decodes UTF-8, because real exporters
// fold at a byte count and so split a character across the fold; joining
// first puts its bytes back together. A line ends at LF, CRLF, a run of CRs
// before LF (some files end lines CR CR LF) or a lone CR (old Mac files);
// a line starting with a space or tab continues the one before. Blank lines
// are dropped.
func unfold(data []byte) []contentLine {
	data = bytes.TrimPrefix(data, utf8BOM)
	var lines []contentLine
	num := 0
	for len(data) > 0 {
		line, rest := cutLine(data)
		data = rest
		num++
		if len(line) > 0 && (line[0] == ' ' || line[0] == '\t') && len(lines) > 0 {
			last := &lines[len(lines)-1]
			last.text = append(last.text, line[1:]...)
			continue
		}
		line = bytes.TrimLeft(line, " \t")
		if len(line) == 0 {
			continue
		}
		// Copy: continuations are appended in place, which must not
		// overwrite the bytes of the next line in data.
		lines = append(lines, contentLine{num: num, text: append([]byte(nil), line...)})
	}
	return lines
}

// cutLine returns the first line of data without its line end, and the
// rest.
func cutLine(data []byte) (line, rest []byte) {
	i := bytes.IndexAny(data, "\r\n")
	if i < 0 {
		return data, nil
	}
	j := i
	for j < len(data) && data[j] == '\r' {
		j++
	}
	if j < len(data) && data[j] == '\n' {
		j++
	}
	return data[:i], data[j:]
}
