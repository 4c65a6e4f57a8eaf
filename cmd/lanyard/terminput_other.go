//go:build !unix

package main

import (
	"io"
	"os"
)

// terminalInput has no drain where the terminal is not a Unix one:
// bubbletea reads the console itself, and a signal ends lanyard after the
// keys it has already handled.
type terminalInput struct{}

func newTerminalInput(*os.File, string) (*terminalInput, error) { return nil, nil }

// Read is never called: runTUI uses the input only when there is one.
func (*terminalInput) Read([]byte) (int, error) { return 0, io.EOF }

func (*terminalInput) drain() bool { return false }

func (*terminalInput) stop() error { return nil }
