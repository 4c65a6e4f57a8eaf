package schedtext

import (
	"bytes"
	"strings"
)

// maxLineBytes bounds one line of input. Real schedules have short lines;
// the bound keeps a binary or minified file from growing the buffer without
// end.
const maxLineBytes = 1 << 20

// splitLines is a bufio.SplitFunc that ends a line at "\n", "\r\n" or a
// lone "\r", so files saved on Windows or by old Mac editors number their
// lines the way the user's editor does.
func splitLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0 && atEOF:
		return len(data), data, nil
	case i < 0:
		return 0, nil, nil
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data) && data[i+1] == '\n':
		return i + 2, data[:i], nil
	case i+1 < len(data) || atEOF:
		return i + 1, data[:i], nil
	default:
		// A "\r" at the end of the buffer: read on to see whether "\n"
		// follows, or the pair would count as two lines.
		return 0, nil, nil
	}
}

// tidy collapses runs of spaces and trims the punctuation that a line
// leaves at the ends of a title, speaker or room: separators, a trailing
// comma, a single full stop.
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, " -–—‐‑−:|,;")
	s = strings.TrimRight(s, " -–—‐‑−:|,;")
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = strings.TrimRight(s[:len(s)-1], " ")
	}
	return s
}
