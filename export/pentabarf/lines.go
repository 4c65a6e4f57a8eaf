package pentabarf

import (
	"bufio"
	"io"
)

// lineReader hands the XML decoder its input a byte at a time and counts
// the newlines that pass, so an error can name the line the user's editor
// shows. Because it is an io.ByteReader the decoder adds no buffer of its
// own: the only bytes read ahead of the decoder's InputOffset are the one it
// may have put back, and lastNewline tells whether that one was a newline.
type lineReader struct {
	r *bufio.Reader
	// read is how many bytes have been handed out.
	read int64
	// newlines counts the newlines handed out; lastNewline is the offset
	// of the last one (-1 before any).
	newlines    int
	lastNewline int64
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64*1024), lastNewline: -1}
}

// ReadByte implements io.ByteReader.
func (l *lineReader) ReadByte() (byte, error) {
	b, err := l.r.ReadByte()
	if err != nil {
		return b, err
	}
	if b == '\n' {
		l.newlines++
		l.lastNewline = l.read
	}
	l.read++
	return b, nil
}

// Read implements io.Reader for the decoder's charset readers.
func (l *lineReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		b, err := l.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		p[n] = b
		n++
		if l.r.Buffered() == 0 {
			break
		}
	}
	return n, nil
}

// lineAt returns the 1-based line holding the byte at offset, which the
// decoder has just consumed.
func (l *lineReader) lineAt(offset int64) int {
	if offset <= l.lastNewline {
		return l.newlines
	}
	return l.newlines + 1
}
