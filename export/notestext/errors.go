package notestext

import "errors"

// ErrInvalidUTF8 means a line held bytes that are not UTF-8: most likely
// the file is in another encoding, and guessing would put mojibake into
// the notebook. Parse wraps it with the line number.
var ErrInvalidUTF8 = errors.New("text is not valid UTF-8")
