// Package worded makes errors worded whole for the user that are also one
// of a package's sentinel errors, for errors.Is, without repeating the
// sentinel's words in the message.
package worded

import "fmt"

// wordedError says msg and unwraps to kind.
type wordedError struct {
	msg  string
	kind error
}

func (e *wordedError) Error() string { return e.msg }
func (e *wordedError) Unwrap() error { return e.kind }

// Error returns an error that says format's sentence and is kind.
func Error(kind error, format string, args ...any) error {
	return &wordedError{msg: fmt.Sprintf(format, args...), kind: kind}
}
