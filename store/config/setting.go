package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Kind is the type of a setting's value.
type Kind int

// The kinds of value a setting holds, and the Go type of each.
const (
	KindString   Kind = iota // string, one of Choices when given
	KindInt                  // int, within Min..Max (0 too when ZeroOK)
	KindBool                 // bool
	KindDuration             // time.Duration, written "10m"
	KindColor                // string: "#rrggbb", "#rgb", an xterm colour 0-255, or "" for the theme's
	KindPath                 // string: a file's path
	KindStrings              // []string
	KindKeys                 // []string of keys, for an action
)

// Setting is one key of the config file.
type Setting struct {
	// Key is the key as written in the file, its table first:
	// export.front_matter.
	Key  string
	Doc  string
	Kind Kind
	// Default is the value when no source sets one, of the Kind's type.
	Default any
	// Choices are the values a KindString takes, when it is one of a few.
	Choices []string
	// Min and Max bound a KindInt (Max 0: no bound) and a KindDuration,
	// in minutes; ZeroOK lets a KindInt be 0 below Min.
	Min, Max int
	ZeroOK   bool
	// Flag and Env are the flag and environment variable that also set
	// it, "" for none.
	Flag, Env string
	// Group is the help heading of an action's keys.
	Group string
}

// want says what the setting takes, for a message.
func (s Setting) want() string {
	switch s.Kind {
	case KindString:
		if len(s.Choices) > 0 {
			return "one of " + strings.Join(s.Choices, ", ")
		}
		return "a string"
	case KindInt:
		switch {
		case s.ZeroOK && s.Min > 0:
			return fmt.Sprintf("0, or a number from %d to %d", s.Min, s.Max)
		case s.Max > 0:
			return fmt.Sprintf("a number from %d to %d", s.Min, s.Max)
		}
		return "a number"
	case KindBool:
		return "true or false"
	case KindDuration:
		return fmt.Sprintf(`a duration from "0" to "%dh", e.g. "10m"`, s.Max/60)
	case KindColor:
		return `a colour: "#rrggbb", "#rgb", a number from 0 to 255 (the terminal's palette), or "" for the theme's`
	case KindPath:
		return "a file's path"
	case KindStrings:
		return `a list of strings, e.g. ["a", "b"]`
	case KindKeys:
		return `a list of keys, e.g. ["alt+up", "ctrl+k"]`
	}
	return "a value"
}

// Parse reads the setting's value from the text of a flag or an
// environment variable. The error says what the setting takes.
func (s Setting) Parse(text string) (any, error) {
	text = strings.TrimSpace(text)
	var v any
	switch s.Kind {
	case KindString, KindColor, KindPath:
		v = text
	case KindInt:
		n, err := strconv.Atoi(text)
		if err != nil {
			return nil, fmt.Errorf("%s: want %s", shown(text), s.want())
		}
		v = n
	case KindBool:
		b, err := strconv.ParseBool(text)
		if err != nil {
			return nil, fmt.Errorf("%s: want %s", shown(text), s.want())
		}
		v = b
	case KindDuration:
		d, err := parseDuration(text)
		if err != nil {
			return nil, fmt.Errorf("%s: want %s", shown(text), s.want())
		}
		v = d
	case KindStrings, KindKeys:
		v = []string{text}
	}
	return v, s.Check(v)
}

// parseDuration reads "10m", "1h30m", or "0".
func parseDuration(text string) (time.Duration, error) {
	if text == "0" {
		return 0, nil
	}
	return time.ParseDuration(text)
}

// Check says whether v, of the setting's Go type, is a value it takes.
func (s Setting) Check(v any) error {
	bad := func(shown string) error { return fmt.Errorf("%s: want %s", shown, s.want()) }
	switch s.Kind {
	case KindString:
		text := v.(string)
		if len(s.Choices) > 0 && !contains(s.Choices, text) {
			return bad(shown((text)))
		}
	case KindInt:
		n := v.(int)
		if n == 0 && s.ZeroOK {
			return nil
		}
		if n < s.Min || (s.Max > 0 && n > s.Max) {
			return bad(strconv.Itoa(n))
		}
	case KindDuration:
		d := v.(time.Duration)
		if d < 0 || d > time.Duration(s.Max)*time.Minute {
			return bad(strconv.Quote(formatDuration(d)))
		}
	case KindColor:
		if !isColor(v.(string)) {
			return bad(shown((v.(string))))
		}
	case KindPath:
		if strings.ContainsRune(v.(string), 0) {
			return bad(shown((v.(string))))
		}
	case KindStrings, KindKeys:
		list := v.([]string)
		if most := maxItems(s.Kind); len(list) > most {
			return fmt.Errorf("a list of %d: want at most %d", len(list), most)
		}
		for _, item := range list {
			if item == "" || strings.ContainsFunc(item, isControl) {
				return bad(shown((item)))
			}
		}
	}
	return nil
}

// isColor reports whether text is a colour lanyard can draw with.
func isColor(text string) bool {
	if text == "" {
		return true
	}
	if hex, ok := strings.CutPrefix(text, "#"); ok {
		if len(hex) != 3 && len(hex) != 6 {
			return false
		}
		_, err := strconv.ParseUint(hex, 16, 32)
		return err == nil
	}
	n, err := strconv.Atoi(text)
	return err == nil && n >= 0 && n <= 255 && strconv.Itoa(n) == text
}

// isControl reports whether r is a control character, which no value of
// lanyard's has.
func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Format writes a value of the setting as TOML, as the config file and
// `lanyard config` show it.
func (s Setting) Format(v any) string {
	switch x := v.(type) {
	case string:
		return quote(x)
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	case time.Duration:
		return quote(formatDuration(x))
	case []string:
		parts := make([]string, len(x))
		for i, item := range x {
			parts[i] = quote(item)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}

// formatDuration writes d as a person would: "5m", "1h30m", "0".
func formatDuration(d time.Duration) string {
	if d == 0 {
		return "0"
	}
	text := d.String()
	if strings.HasSuffix(text, "m0s") {
		text = strings.TrimSuffix(text, "0s")
	}
	if strings.HasSuffix(text, "h0m") {
		text = strings.TrimSuffix(text, "0m")
	}
	return text
}

// quote writes s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case isControl(r):
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// maxItems bounds a list: a few keys an action, a few dozen tags.
func maxItems(k Kind) int {
	if k == KindKeys {
		return 16
	}
	return 100
}
