package opml

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// charsetReader reads the encodings besides UTF-8 that OPML files declare
// in practice: ASCII, a subset of UTF-8, and ISO-8859-1, which older
// Windows and Java tools wrote. Any other is ErrEncoding: guessing would
// put mojibake into the notebook.
func charsetReader(charset string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(charset)) {
	case "us-ascii", "ascii":
		return r, nil
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1":
		return &latin1Reader{r: bufio.NewReader(r)}, nil
	}
	return nil, fmt.Errorf("%w %q: save the file as UTF-8", ErrEncoding, charset)
}

// latin1Reader turns ISO-8859-1, where every byte is the code point of
// the same number, into UTF-8.
type latin1Reader struct {
	r       *bufio.Reader
	pending []byte // the second byte of a character that did not fit
}

func (l *latin1Reader) Read(b []byte) (int, error) {
	n := copy(b, l.pending)
	l.pending = l.pending[n:]
	for n < len(b) {
		c, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		if c < utf8.RuneSelf {
			b[n] = c
			n++
			continue
		}
		var buf [2]byte
		utf8.EncodeRune(buf[:], rune(c))
		k := copy(b[n:], buf[:])
		l.pending = append(l.pending, buf[k:]...)
		n += k
	}
	return n, nil
}
