package opml

import "errors"

// The errors Read reports, wrapped with the line they were found on, so a
// caller can tell a file that is not OPML from a broken one with
// errors.Is.
var (
	// ErrNotOPML means the file's root element is not <opml>, or it has no
	// element at all.
	ErrNotOPML = errors.New("not an OPML file: no <opml> element")
	// ErrNoBody means the <opml> element has no <body>, where the outlines
	// are.
	ErrNoBody = errors.New("no <body> in the OPML file")
	// ErrMalformed means the file is not well-formed XML: cut short,
	// tags that do not match, text that is not UTF-8.
	ErrMalformed = errors.New("malformed XML")
	// ErrEncoding means the file declares an encoding lanyard cannot read.
	ErrEncoding = errors.New("unsupported encoding")
	// ErrTooLarge means the file is larger than any notes could be.
	ErrTooLarge = errors.New("file too large for notes")
)
