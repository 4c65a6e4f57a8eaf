// Package config is lanyard's settings: the table of every key a user can
// set in config.toml (its doc, its default, the flag and environment
// variable that also set it), reading that file, the order in which the
// sources win (flag, then environment, then the file, then the default),
// and the commented file `lanyard config --init` writes. It knows nothing
// of terminals: the program hands it the names of the actions keys can be
// bound to, and applies what it reads.
package config

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/adrg/xdg"
)

// EnvPath is the environment variable that names another config file.
const EnvPath = "LANYARD_CONFIG"

// DefaultPath is where lanyard looks for its config file when neither
// --config nor $LANYARD_CONFIG names one: $XDG_CONFIG_HOME/lanyard/config.toml.
func DefaultPath() (string, error) {
	if xdg.ConfigHome == "" {
		return "", fmt.Errorf("no config folder: set $XDG_CONFIG_HOME or $HOME")
	}
	return filepath.Join(xdg.ConfigHome, "lanyard", "config.toml"), nil
}

// Problem is a mistake in the config file: where it is and what is wrong.
// lanyard says it and goes on with the default for that key.
type Problem struct {
	Path string
	// Line is the line the mistake is on, from 1; 0 when it is the whole
	// file (unreadable, too big).
	Line int
	Msg  string
}

// Error implements error: "path:line: what is wrong".
func (p Problem) Error() string {
	if p.Line == 0 {
		return p.Path + ": " + p.Msg
	}
	return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
}

// SourceKind is which kind of source a setting's value came from.
type SourceKind int

// The sources of a value, from the one that loses to the one that wins.
const (
	FromDefault SourceKind = iota
	FromFile
	FromEnv
	FromFlag
)

// Source is where a setting's value came from, as `lanyard config` says it.
type Source struct {
	Kind SourceKind
	// Name is the flag (--remind) or the environment variable (without
	// the $).
	Name string
	// Path and Line are the config file's and the line of the key.
	Path string
	Line int
}

// String says the source as a person reads it: "flag --remind", "env
// $LANYARD_BACKUPS", "/home/a/.config/lanyard/config.toml:3", "default".
func (s Source) String() string {
	switch s.Kind {
	case FromFlag:
		return "flag " + s.Name
	case FromEnv:
		return "env $" + s.Name
	case FromFile:
		return fmt.Sprintf("%s:%d", s.Path, s.Line)
	}
	return "default"
}

// Where is the file and line of a value from the config file, "" for any
// other source: the prefix of a problem found once the value is applied
// (a key bound twice, say).
func (s Source) Where() string {
	if s.Kind != FromFile {
		return ""
	}
	return s.String()
}

// shown quotes text from a hostile file for a message, cut short: Go's
// quoting writes control characters and escape sequences as \x1b.
func shown(s string) string {
	const most = 60
	if utf8.RuneCountInString(s) > most {
		s = string([]rune(s)[:most]) + "…"
	}
	return strconv.Quote(s)
}

// oneLine makes text from a hostile file safe to print in a message: no
// control character or escape sequence reaches the terminal, and a long
// text is cut.
func oneLine(s string) string {
	const most = 60
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == most {
			b.WriteString("…")
			break
		}
		if isControl(r) {
			fmt.Fprintf(&b, "\\x%02x", r)
		} else {
			b.WriteRune(r)
		}
		n++
	}
	return b.String()
}
