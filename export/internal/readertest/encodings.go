package readertest

import (
	"encoding/binary"
	"unicode/utf16"
)

// UTF16LE returns text as Windows Notepad saves "Unicode": UTF-16, little
// end first, after a byte order mark.
func UTF16LE(text string) []byte {
	units := utf16.Encode([]rune("\ufeff" + text))
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return out
}
