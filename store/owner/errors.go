package owner

import (
	"errors"

	"lanyard/store/internal/worded"
)

var (
	// ErrNoOwner is a notebook no running lanyard answers for: there is no
	// socket, or a crashed one left it behind. The command then opens the
	// notebook itself.
	ErrNoOwner = errors.New("no lanyard has the notebook open")
	// ErrNotOurs is a socket, or its folder, that lanyard will not use: it
	// is another user's, or not a socket, or the folder is open to others.
	// The error wrapping it names the file and what to do.
	ErrNotOurs = errors.New("the notebook's socket is not yours")
	// ErrVersion is a running lanyard that speaks another version of the
	// protocol: an older or newer lanyard than this one.
	ErrVersion = errors.New("the running lanyard is another version")
	// ErrRefused is a request the running lanyard answered with a failure,
	// whose message the error wrapping it carries.
	ErrRefused = errors.New("the running lanyard could not do it")
)

// say makes an error of kind that says format's sentence.
func say(kind error, format string, args ...any) error {
	return worded.Error(kind, format, args...)
}
