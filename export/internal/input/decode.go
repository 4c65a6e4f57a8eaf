package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrEncoding means a file declares a character encoding lanyard does not
// read.
var ErrEncoding = errors.New("encoding not supported")

// Windows Notepad saves "Unicode" as UTF-16 with a byte order mark; Excel
// does the same for "Unicode text".
var (
	utf16LE = []byte{0xff, 0xfe}
	utf16BE = []byte{0xfe, 0xff}
)

// utf16Decoder returns the decoder of a UTF-16 text by its byte order mark
// at the start of head, or nil when it has none.
func utf16Decoder(head []byte) *encoding.Decoder {
	switch {
	case bytes.HasPrefix(head, utf16LE):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(head, utf16BE):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	}
	return nil
}

// Decode returns r as UTF-8: a UTF-16 text, told by its byte order mark,
// is decoded; any other is read as it is.
func Decode(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2) // fewer bytes: too short for a mark
	if dec := utf16Decoder(head); dec != nil {
		return transform.NewReader(br, dec)
	}
	return br
}

// Head returns the first bytes of a file as a sniffer reads them: decoded
// from UTF-16 when they start with its byte order mark, without a UTF-8
// byte order mark, and without the blank space before the text.
func Head(head []byte) []byte {
	if dec := utf16Decoder(head); dec != nil {
		even := head[:len(head)&^1] // a character cut in two ends the head
		if text, err := dec.Bytes(even); err == nil {
			head = text
		}
	}
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	return bytes.TrimLeft(head, " \t\r\n")
}

// xmlEncoding finds the encoding an XML declaration names.
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var xmlEncoding = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
})

// charmaps are the encodings besides UTF-8 that schedules and outlines
// declare in practice. ISO-8859-1 is read as windows-1252, as browsers
// do: the files that say the one are written in the other, with its curly
// quotes and dashes.
var charmaps = map[string]*charmap.Charmap{
	"iso-8859-1": charmap.Windows1252, "iso8859-1": charmap.Windows1252, "iso_8859-1": charmap.Windows1252,
	"latin1": charmap.Windows1252, "latin-1": charmap.Windows1252, "l1": charmap.Windows1252,
	"windows-1252": charmap.Windows1252, "cp1252": charmap.Windows1252,
	"iso-8859-2": charmap.ISO8859_2, "iso-8859-15": charmap.ISO8859_15, "latin-9": charmap.ISO8859_15,
	"windows-1250": charmap.Windows1250, "windows-1251": charmap.Windows1251,
	"windows-1253": charmap.Windows1253, "windows-1254": charmap.Windows1254,
	"windows-1257": charmap.Windows1257, "koi8-r": charmap.KOI8R, "macintosh": charmap.Macintosh,
}

// DecodeXML returns an XML file as UTF-8: UTF-16 by its byte order mark,
// or the encoding its declaration names when lanyard reads it; any other
// encoding is ErrEncoding, named. The declaration still names the old
// encoding: give the decoder CharsetReader, which passes the text on.
func DecodeXML(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(1024) // a shorter file is all there
	if dec := utf16Decoder(head); dec != nil {
		return transform.NewReader(br, dec), nil
	}
	m := xmlEncoding().FindSubmatch(bytes.TrimPrefix(head, []byte("\ufeff")))
	if m == nil {
		return br, nil
	}
	label := strings.ToLower(string(m[1]))
	switch label {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return br, nil
	}
	if cm, ok := charmaps[label]; ok {
		return transform.NewReader(br, cm.NewDecoder()), nil
	}
	return nil, fmt.Errorf("line 1: %w: the file says it is in %q: save it as UTF-8 and import it again", ErrEncoding, m[1])
}

// CharsetReader is encoding/xml's Decoder.CharsetReader for a file
// DecodeXML returned: the text is UTF-8 already, whatever its
// declaration says.
func CharsetReader(_ string, r io.Reader) (io.Reader, error) { return r, nil }

// decodeAll decodes a whole file read into memory from UTF-16, told by its
// byte order mark; any other is returned as it is.
func decodeAll(data []byte) ([]byte, error) {
	dec := utf16Decoder(data)
	if dec == nil {
		return data, nil
	}
	return dec.Bytes(data)
}
