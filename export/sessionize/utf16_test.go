package sessionize

import (
	"testing"

	"lanyard/export/internal/readertest"
)

// TestUTF16File: a schedule saved as UTF-16 by a Windows tool is
// recognised and reads as the same file in UTF-8 does; it was read as
// plain text.
func TestUTF16File(t *testing.T) {
	readertest.CheckUTF16(t, Sniff, Parse, "all.json")
}
