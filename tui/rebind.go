package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"github.com/rivo/uniseg"
)

// Rebinding is the keys a user gave an action in the config file, and
// where they did (file:line), to say when they cannot be used.
type Rebinding struct {
	Action string
	Keys   []string
	Where  string
}

// Rebind returns k with the user's keys in place of each action's own,
// and a message for each rebinding it left out: an unknown action, a key
// lanyard can never receive, a letter that would be typed, or a key
// another action heard in the same pane has. An action left out keeps
// its own keys.
func (k Keys) Rebind(rs []Rebinding) (Keys, []string) {
	named := k.named()
	byName := make(map[string]namedKey, len(named))
	for _, n := range named {
		byName[n.name] = n
	}
	var problems []string
	say := func(r Rebinding, format string, args ...any) {
		msg := fmt.Sprintf("keys: %s: ", r.Action) + fmt.Sprintf(format, args...)
		if r.Where != "" {
			msg = r.Where + ": " + msg
		}
		problems = append(problems, msg)
	}
	own := map[string]key.Binding{} // the actions rebound, with their own keys
	var order []Rebinding
	for _, r := range rs {
		n, ok := byName[r.Action]
		if !ok {
			say(r, "no such action (lanyard config --init lists them)")
			continue
		}
		if err := checkKeys(r.Keys, n.pane); err != nil {
			say(r, "%v; it keeps %s", err, keyList(n.b.Keys()))
			continue
		}
		own[n.name] = *n.b
		*n.b = rebound(*n.b, r.Keys)
		order = append(order, r)
	}
	// An action given back its own keys may clash with one rebound
	// before it: look again until none clashes. The defaults never do.
	for clashed := true; clashed; {
		clashed = false
		for i, r := range order {
			n := byName[r.Action]
			if other, shared, clash := clashOf(named, n); clash {
				*n.b = own[n.name]
				say(r, "%s is already %s's key; it keeps %s", shared, other.name, keyList(n.b.Keys()))
				order = slices.Delete(order, i, i+1)
				clashed = true
				break
			}
		}
	}
	return k, problems
}

// clashOf finds an action heard where n is that has one of n's keys.
func clashOf(named []namedKey, n namedKey) (other namedKey, shared string, ok bool) {
	for _, o := range named {
		if o.name == n.name || !compete(n, o) {
			continue
		}
		for _, name := range n.b.Keys() {
			if slices.Contains(o.b.Keys(), name) {
				return o, name, true
			}
		}
	}
	return namedKey{}, "", false
}

// compete reports whether a and b are heard in the same place, so that
// one key cannot do both: the same pane, or a pane and the root's keys
// that work over it. Quitting works everywhere; esc to the schedule only
// in the editor.
func compete(a, b namedKey) bool {
	if a.pane == b.pane {
		return true
	}
	if b.pane == paneAnywhere {
		a, b = b, a
	}
	if a.pane != paneAnywhere {
		return false
	}
	switch {
	case a.name == "anywhere.quit":
		return true
	case b.pane == paneEditor:
		return true
	case b.pane == paneSchedule:
		return a.name != "anywhere.schedule"
	}
	return false
}

// rebound is b with other keys, its help naming the first of them.
func rebound(b key.Binding, keys []string) key.Binding {
	help := ""
	if len(keys) > 0 {
		help = keyArrows().Replace(keys[0])
		if len(keys) > 1 && utf8.RuneCountInString(keys[1]) == 1 {
			help += "/" + keys[1] // as ↑/k
		}
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, b.Help().Desc))
}

// keyArrows writes arrow keys as the help shows them.
func keyArrows() *strings.Replacer {
	return strings.NewReplacer("left", "←", "right", "→", "up", "↑", "down", "↓", "pgdown", "pgdn")
}

// keyList lists keys for a message; none is "no key".
func keyList(keys []string) string {
	if len(keys) == 0 {
		return "no key"
	}
	return strings.Join(keys, ", ")
}

// checkKeys checks each key of a rebinding in pane.
func checkKeys(keys []string, pane string) error {
	for _, k := range keys {
		if err := CheckKey(k); err != nil {
			return err
		}
		if typedIn(pane) && isCharacter(k) {
			return fmt.Errorf("%q would be typed as text there: give a key with ctrl or alt", k)
		}
	}
	return nil
}

// typedIn reports whether plain characters are text in pane: the notes,
// the search's query and the filter's.
func typedIn(pane string) bool {
	switch pane {
	case paneEditor, paneAnywhere, panePicker, "search":
		return true
	}
	return false
}

// modifiers are the modifier names in the order bubbletea writes them.
var modifiers = []string{"ctrl", "alt", "shift", "meta", "hyper", "super"}

// namedKeys are the keys bubbletea names, besides characters and
// f1-f63. A literal, so that it costs nothing at start.
var namedKeys = []string{"enter", "tab", "backspace", "esc", "space", "up", "down", "left", "right",
	"begin", "find", "insert", "delete", "select", "pgup", "pgdown", "home", "end", "equal", "mul", "plus",
	"comma", "minus", "period", "div", "sep", "capslock", "scrolllock", "numlock", "printscreen", "pause",
	"menu", "mediaplay", "mediapause", "mediaplaypause", "mediareverse", "mediastop", "mediafastforward",
	"mediarewind", "medianext", "mediaprev", "mediarecord", "lowervol", "raisevol", "mute"}

// CheckKey reports whether bubbletea can ever report a key press as name:
// modifiers in lower case and its order (ctrl, alt, shift, meta, hyper,
// super), then a key it names (enter, pgup, f2) or one character; a
// shifted character is written as itself ("G", not "shift+g").
func CheckKey(name string) error {
	rest, mods := name, 0
	for i, mod := range modifiers {
		if after, ok := strings.CutPrefix(rest, mod+"+"); ok && after != "" {
			rest, mods = after, mods|1<<i
		}
	}
	if rest == "" {
		return errors.New("an empty key")
	}
	if isCharacterKey(rest) {
		if mods == 1<<2 { // shift alone
			return fmt.Errorf("%q: a shifted character is written as itself, e.g. \"G\"", name)
		}
		return nil
	}
	if slices.Contains(namedKeys, rest) || isFunctionKey(rest) {
		return nil
	}
	if before, _, ok := strings.Cut(rest, "+"); ok {
		if slices.Contains(modifiers, strings.ToLower(before)) {
			return fmt.Errorf("%q: write modifiers in lower case, in the order %s", name, strings.Join(modifiers, "+"))
		}
	}
	return fmt.Errorf("%q is no key lanyard can receive: write e.g. \"ctrl+k\", \"alt+up\", \"f2\" or \"G\"", name)
}

// isCharacterKey reports whether s is one printable character (a
// grapheme), as bubbletea reports a key that types one. Space is "space".
func isCharacterKey(s string) bool {
	if s == "" || uniseg.GraphemeClusterCount(s) != 1 {
		return false
	}
	for _, r := range s {
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isCharacter reports whether a key types a character: one without
// modifiers.
func isCharacter(name string) bool { return isCharacterKey(name) }

// isFunctionKey reports whether s is f1 to f63.
func isFunctionKey(s string) bool {
	n, ok := strings.CutPrefix(s, "f")
	if !ok || n == "" || len(n) > 2 || n[0] == '0' {
		return false
	}
	v := 0
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
		v = v*10 + int(c-'0')
	}
	return v >= 1 && v <= 63
}
