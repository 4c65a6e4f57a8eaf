// Package input reads a schedule file whole for the readers that decode it
// in one piece, with a bound no real schedule comes near, so that a wrong
// or endless input ends in an error rather than in memory running out.
package input

import (
	"errors"
	"fmt"
	"io"
)

// MaxBytes bounds a schedule. FOSDEM's, with 1,000 events, is under 2 MB.
const MaxBytes = 64 << 20

// ErrTooLarge means the input is larger than any schedule could be.
var ErrTooLarge = errors.New("file too large for a schedule")

// ReadAll reads r to its end, or fails with ErrTooLarge past MaxBytes.
// A UTF-16 file, told by its byte order mark, comes back as UTF-8.
// Errors start with name, the file's name.
func ReadAll(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("%s: %w (over %d MiB)", name, ErrTooLarge, MaxBytes>>20)
	}
	if data, err = decodeAll(data); err != nil {
		return nil, fmt.Errorf("%s: UTF-16 that does not decode (%w): save the file as UTF-8", name, err)
	}
	return data, nil
}

// Name is the name errors give a file: its own, else "<input>".
func Name(name string) string {
	if name == "" {
		return "<input>"
	}
	return name
}
