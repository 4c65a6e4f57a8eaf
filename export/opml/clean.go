package opml

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lanyard/export/internal/sanitize"
	"lanyard/store/outline"
)

// Every text Read returns has been through exact or through a foreign
// file's cleaning (see foreign.go): whatever a file holds, nothing that
// reaches the notebook can move the cursor, retitle the terminal or hide
// text behind bidi controls when lanyard draws it.

// exact returns a text of lanyard's own file as it was typed: spaces of
// every kind, at the ends and in runs, stay, so that an export comes back
// exactly. Only what must never reach a terminal goes: escape sequences,
// control characters and invisible format characters. Tabs and line
// breaks, which lanyard's one-line bullets do not hold but a hand-edited
// file might, become spaces so that the words either side stay apart.
func exact(s string) string {
	if !needsCleaning(s) {
		return s // the common case, without a copy
	}
	return sanitize.StripEscapes(strings.ToValidUTF8(s, "\uFFFD"), exactRune)
}

// exactRune is exact's say over each rune outside an escape sequence.
func exactRune(r rune) rune {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return ' '
	case unicode.IsControl(r) || sanitize.IsInvisible(r):
		return -1
	}
	return r
}

// needsCleaning reports whether exact would change s.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.IsControl(r) || sanitize.IsInvisible(r) {
			return true
		}
		i += size
	}
	return false
}

// lines splits a note into its lines, at "\n", "\r\n" or a lone "\r".
func lines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
}

// noteBullets returns a note's lines as plain bullets at depth, in order,
// leaving out lines with nothing in them. clean cleans each line.
func noteBullets(note string, depth int, clean func(string) string) outline.Clip {
	if note == "" {
		return nil
	}
	var clip outline.Clip
	for _, l := range lines(note) {
		if t := clean(l); strings.TrimSpace(t) != "" {
			clip = append(clip, outline.Bullet{Depth: depth, Text: t})
		}
	}
	return clip
}
