package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Table is every setting lanyard has: the fixed ones and a key for each
// action the program names.
type Table struct {
	list  []Setting
	index map[string]int
	// tables are the starts of keys before a dot: the tables of the file.
	tables map[string]bool
}

// NewTable makes the table of settings, with a [keys] entry for each of
// actions.
func NewTable(actions []Action) *Table {
	fixed, colors := settings(), colorSettings()
	list := make([]Setting, 0, len(fixed)+len(colors)+len(actions))
	list = append(append(list, fixed...), colors...)
	for _, a := range actions {
		list = append(list, Setting{Key: KeysPrefix + a.Name, Kind: KindKeys, Default: a.Keys, Group: a.Group, Doc: a.Desc})
	}
	t := &Table{list: list, index: make(map[string]int, len(list)), tables: map[string]bool{"": true}}
	for i, s := range list {
		t.index[s.Key] = i
		for at := strings.IndexByte(s.Key, '.'); at >= 0; {
			t.tables[s.Key[:at]] = true
			next := strings.IndexByte(s.Key[at+1:], '.')
			if next < 0 {
				break
			}
			at += 1 + next
		}
	}
	return t
}

// Settings lists every setting, in the order the file shows them.
func (t *Table) Settings() []Setting { return t.list }

// Lookup finds a setting by its key.
func (t *Table) Lookup(key string) (Setting, bool) {
	i, ok := t.index[key]
	if !ok {
		return Setting{}, false
	}
	return t.list[i], true
}

// isTable reports whether name is a table of the file: the start of a
// setting's key before a dot.
func (t *Table) isTable(name string) bool { return t.tables[name] }

// Value is a setting's effective value and where it came from.
type Value struct {
	Setting Setting
	// V is of the Go type of the setting's kind.
	V      any
	Source Source
}

// Effective is the settings in effect: for each key, the value of the
// source that wins.
type Effective struct {
	table  *Table
	values []Value
	// File is the config file read, nil for none.
	File *File
}

// Resolve works out the settings in effect from the config file (nil for
// none) and the environment (getenv, os.Getenv in use). A bad value in an
// environment variable is an error, as a bad flag is: the user just typed
// it. Flags are set afterwards, with SetFlag.
func (t *Table) Resolve(f *File, getenv func(string) string) (*Effective, error) {
	e := &Effective{table: t, values: make([]Value, len(t.list)), File: f}
	var errs []error
	for i, s := range t.list {
		v := Value{Setting: s, V: s.Default}
		if fv, ok := f.value(s.Key); ok {
			v.V, v.Source = fv.v, Source{Kind: FromFile, Path: f.Path, Line: fv.line}
			if s.Kind == KindPath {
				v.V = nextTo(f.Path, fv.v.(string))
			}
		}
		if s.Env != "" {
			if text := strings.TrimSpace(getenv(s.Env)); text != "" {
				parsed, err := s.Parse(text)
				if err != nil {
					errs = append(errs, fmt.Errorf("$%s %w", s.Env, err))
				} else {
					v.V, v.Source = parsed, Source{Kind: FromEnv, Name: s.Env}
				}
			}
		}
		e.values[i] = v
	}
	return e, errors.Join(errs...)
}

// value is the file's value for key, if it set a good one.
func (f *File) value(key string) (fileValue, bool) {
	if f == nil {
		return fileValue{}, false
	}
	v, ok := f.values[key]
	return v, ok
}

// nextTo makes a relative path from the config file relative to the
// file's folder, so the file means the same wherever lanyard starts, and
// a path from ~/ relative to the home folder, as a shell would.
func nextTo(configPath, path string) string {
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	if path == "" || filepath.IsAbs(path) || strings.HasPrefix(path, "~") {
		return path
	}
	return filepath.Join(filepath.Dir(configPath), path)
}

// SetFlag sets a setting from a flag the user gave: the flag's text, read
// as the setting reads text. name is the flag as typed (--remind).
func (e *Effective) SetFlag(key, name, text string) error {
	i := e.mustIndex(key)
	v, err := e.values[i].Setting.Parse(text)
	if err != nil {
		return fmt.Errorf("%s %w", name, err)
	}
	e.values[i].V, e.values[i].Source = v, Source{Kind: FromFlag, Name: name}
	return nil
}

// SetFlagValue sets a setting from a flag whose value is already of the
// setting's type (a list of --tag, the false of --no-resources).
func (e *Effective) SetFlagValue(key, name string, v any) error {
	i := e.mustIndex(key)
	if err := e.values[i].Setting.Check(v); err != nil {
		return fmt.Errorf("%s %w", name, err)
	}
	e.values[i].V, e.values[i].Source = v, Source{Kind: FromFlag, Name: name}
	return nil
}

// mustIndex finds a key the program names; an unknown one is a mistake in
// lanyard, not in the user's file.
func (e *Effective) mustIndex(key string) int {
	i, ok := e.table.index[key]
	if !ok {
		panic("config: no setting " + key)
	}
	return i
}

// Get is a setting's value in effect.
func (e *Effective) Get(key string) Value { return e.values[e.mustIndex(key)] }

// String is a KindString, KindColor or KindPath setting's value.
func (e *Effective) String(key string) string { return e.Get(key).V.(string) }

// Int is a KindInt setting's value.
func (e *Effective) Int(key string) int { return e.Get(key).V.(int) }

// Bool is a KindBool setting's value.
func (e *Effective) Bool(key string) bool { return e.Get(key).V.(bool) }

// Duration is a KindDuration setting's value.
func (e *Effective) Duration(key string) time.Duration { return e.Get(key).V.(time.Duration) }

// Strings is a KindStrings or KindKeys setting's value.
func (e *Effective) Strings(key string) []string { return e.Get(key).V.([]string) }

// Values lists every setting in effect, in the table's order.
func (e *Effective) Values() []Value { return e.values }

// Problems are the config file's mistakes.
func (e *Effective) Problems() []Problem { return e.File.Problems() }

// Colors are the colour roles the user set, by role name: those left to
// the theme are not in it.
func (e *Effective) Colors() map[string]string {
	out := map[string]string{}
	for _, r := range ColorRoles {
		if c := e.String(ColorsPrefix + r.Name); c != "" {
			out[r.Name] = c
		}
	}
	return out
}

// KeyBinding is an action the user bound to other keys, and where.
type KeyBinding struct {
	Action string
	Keys   []string
	Source Source
}

// Rebound lists the actions whose keys the user set, in the table's order.
func (e *Effective) Rebound() []KeyBinding {
	var out []KeyBinding
	for _, v := range e.values {
		if v.Setting.Kind != KindKeys || v.Source.Kind == FromDefault {
			continue
		}
		out = append(out, KeyBinding{Action: strings.TrimPrefix(v.Setting.Key, KeysPrefix), Keys: v.V.([]string), Source: v.Source})
	}
	return out
}
