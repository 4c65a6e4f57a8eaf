package ical

import (
	"strings"
	"unicode/utf8"
)

// unescapeText reads an iCalendar TEXT value. It is lenient where go-ical's
// Prop.Text is strict, because published files are: an unescaped comma stays
// in the text (Prop.Text would cut a SUMMARY at it), and an unknown escape
// such as "\:" keeps its character instead of failing the import.
func unescapeText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		if s[i] == 'n' || s[i] == 'N' {
			b.WriteByte('\n')
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// splitTextList splits a TEXT list such as CATEGORIES at its unescaped
// commas and unescapes each element.
func splitTextList(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case ',':
			out = append(out, unescapeText(s[start:i]))
			start = i + 1
		}
	}
	return append(out, unescapeText(s[start:]))
}

// toUTF8 makes a value valid UTF-8. Files that say CHARSET=ISO-8859-1 (old
// Outlook and Lotus exports) are read as Latin-1; any other invalid byte
// becomes U+FFFD.
func toUTF8(s, charset string) string {
	if utf8.ValidString(s) {
		return s
	}
	switch strings.ToUpper(charset) {
	case "ISO-8859-1", "ISO-8859-15", "LATIN1", "WINDOWS-1252", "CP1252":
		runes := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			runes[i] = rune(s[i])
			if r, ok := cp1252[s[i]]; ok {
				runes[i] = r
			}
		}
		return string(runes)
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// cp1252 maps the bytes 0x80-0x9F that Windows-1252 uses for printable
// characters. Files labelled ISO-8859-1 are nearly always Windows-1252
// really, and read as Latin-1 these bytes would be C1 controls that the
// sanitizer drops: "don\x92t" must keep its apostrophe.
var cp1252 = map[byte]rune{
	0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡',
	0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
	0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
	0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
}
