package outline

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// keysOf is s as a terminal sends it: a key press for each character.
func keysOf(s string) TypedMsg {
	var keys TypedMsg
	for _, r := range s {
		keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return keys
}

// state is what a user can tell of the editor: the bullets with their
// kinds and the cursor, and the screen.
func state(m Model) string {
	var kinds strings.Builder
	for i := range m.o.Len() {
		kinds.WriteString(m.o.At(i).Kind.String())
		kinds.WriteByte(' ')
	}
	return withCursor(m) + kinds.String() + "\n" + strings.Join(plainView(m), "\n")
}

// undoAll presses ctrl+z until nothing changes, and returns each state.
func undoAll(m Model) []string {
	states := []string{state(m)}
	for range 50 {
		m = press(m, "ctrl+z")
		s := state(m)
		if s == states[len(states)-1] {
			break
		}
		states = append(states, s)
	}
	return states
}

// sameAsKeys checks that typing s as one run leaves the editor as typing
// it key by key does, and undo takes both back by the same steps. Each
// is typed into an editor of its own from open (editors share their
// outline).
func sameAsKeys(t *testing.T, open func() Model, s string) {
	t.Helper()
	byKeys := typeText(open(), s)
	byRun, _ := open().Update(keysOf(s))
	if got, want := state(byRun), state(byKeys); got != want {
		t.Fatalf("typing %q as a run:\n%s\nwant, as typed key by key:\n%s", s, got, want)
	}
	got, want := undoAll(byRun), undoAll(byKeys)
	if strings.Join(got, "\n--\n") != strings.Join(want, "\n--\n") {
		t.Fatalf("undoing %q typed as a run steps through\n%s\nwant\n%s", s,
			strings.Join(got, "\n--\n"), strings.Join(want, "\n--\n"))
	}
}

func TestARunOfKeysTypesAsTheKeysDo(t *testing.T) {
	long := strings.Repeat("retries need jitter or they stampede ", 60)
	for _, tc := range []struct {
		name  string
		lines []string
		keys  []string // where the cursor goes first
		typed string
	}{
		{"at the end of a bullet", []string{"retries", "  backoff"}, []string{"end"}, " need jitter, 東京 🎉 café"},
		{"a burst of 2,000", []string{"first bullet", "second"}, []string{"end"}, long[:2000]},
		{"in the middle of a bullet", []string{"retries stampede"}, []string{"end", "left", "left"}, "ZZ top"},
		{"a to-do marker at the start", []string{"x"}, []string{"enter"}, "[ ] call the venue about the wifi"},
		{"a quote marker", []string{"x"}, []string{"enter"}, "> the pager is a product"},
		{"a numbered marker", []string{"x"}, []string{"enter"}, "12. twelve is the answer"},
		{"a marker typed after text", []string{"x"}, []string{"end"}, " [ ] not a marker"},
		{"into an empty outline", nil, nil, "first words of the day"},
		{"after a word typed before", []string{"x"}, []string{"end", "space", "a"}, "nd more"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sameAsKeys(t, func() Model {
				o := outlineOf(t, tc.lines...)
				if tc.lines == nil {
					o = nil
				}
				m, _ := editor(t, o, 60, 20)
				return press(m, tc.keys...)
			}, tc.typed)
		})
	}
}

func TestARunIsOneSaveOnceThePastBulletsStart(t *testing.T) {
	m, saver := editor(t, outlineOf(t, "retries need"), 60, 20)
	m = press(m, "end")
	before := len(saver.calls)
	m, _ = m.Update(keysOf(strings.Repeat("jitter ", 300)))
	if n := len(saver.calls) - before; n != 1 {
		t.Fatalf("a run of 2,100 keys went to the writer in %d saves, want one", n)
	}
	if got := saver.last(t).Put[0].Text; got != "retries need"+strings.Repeat("jitter ", 300) {
		t.Fatalf("saved %q", got)
	}
}

// FuzzARunTypesAsItsKeys types any text, into any bullet at any place,
// as a run and key by key, and wants the same notes and undo steps.
func FuzzARunTypesAsItsKeys(f *testing.F) {
	f.Add("retries", 7, " need jitter")
	f.Add("", 0, "[ ] todo")
	f.Add("x", 0, "> quote")
	f.Add("東京 café", 3, "🎉 e\u0301 done")
	f.Add("1. one", 0, "2. two")
	f.Add("a", 1, "\x1b[31mred\x7f")
	f.Fuzz(func(t *testing.T, text string, at int, typed string) {
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\n\r") || len(typed) > 4000 {
			t.Skip()
		}
		var keys TypedMsg
		for _, k := range keysOf(typed) {
			if Types(k) {
				keys = append(keys, k)
			}
		}
		open := func() Model {
			// One bullet holding text as it is: outlineOf would read
			// leading spaces as depth.
			o := outlineOf(t)
			o.Append(sanitize(text))
			o.TakeChanges()
			m, _ := editor(t, o, 40, 12)
			m = press(m, "end")
			for range min(max(at, 0), 40) {
				m = press(m, "left")
			}
			return m
		}
		byKeys := open()
		for _, k := range keys {
			byKeys, _ = byKeys.Update(k)
		}
		byRun, _ := open().Update(keys)
		if got, want := state(byRun), state(byKeys); got != want {
			t.Fatalf("as a run:\n%s\nwant, key by key:\n%s", got, want)
		}
		if got, want := undoAll(byRun), undoAll(byKeys); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("undo steps differ:\n%s\nwant\n%s", strings.Join(got, "\n--\n"), strings.Join(want, "\n--\n"))
		}
	})
}
