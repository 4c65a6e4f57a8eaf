package config

import (
	"fmt"
	"io"
	"strings"
)

// The text made from the table: the commented file `lanyard config
// --init` writes, README's reference, and the listing of the settings in
// effect. All three come from the same table, so they cannot drift.

// section is a table of the file and what it says at its head.
type section struct {
	name, doc string
}

// sections are the file's tables in order; "" is the top, before any.
var sections = []section{
	{"", ""},
	{"colors", "Colours of the theme's roles, over the theme's own (not with theme = \"plain\")."},
	{"export", "Defaults of lanyard export; its flags win over them."},
	{"keys", "Keys of each action the help (f1) lists, by its name: a list of keys as\n" +
		"lanyard writes them (\"ctrl+k\", \"alt+up\", \"shift+tab\", \"f2\", \"G\"). They\n" +
		"replace the action's keys; a key another action of the same pane has is\n" +
		"refused, and the action keeps its own."},
}

// sectionOf is the table a key is in, and its name there.
func sectionOf(key string) (table, name string) {
	for _, s := range sections[1:] {
		if rest, ok := strings.CutPrefix(key, s.name+"."); ok {
			return s.name, rest
		}
	}
	return "", key
}

// InitFile is the commented config file: every key with its doc and its
// default, commented out.
func (t *Table) InitFile() string {
	var b strings.Builder
	b.WriteString(`# lanyard's config file. Every key is here with its default, commented
# out: remove the # before a key to set it. A flag or an environment
# variable named beside a key wins over this file. lanyard config shows
# the settings in effect and where each comes from.
`)
	for _, sec := range sections {
		if sec.name != "" {
			fmt.Fprintf(&b, "\n[%s]\n%s", sec.name, comment(sec.doc))
		}
		group := ""
		for _, s := range t.list {
			table, name := sectionOf(s.Key)
			if table != sec.name {
				continue
			}
			if s.Kind == KindKeys {
				if s.Group != group {
					group = s.Group
					fmt.Fprintf(&b, "\n# %s\n", group)
				}
				fmt.Fprintf(&b, "#%-36s # %s\n", name+" = "+s.Format(s.Default), s.Doc)
				continue
			}
			fmt.Fprintf(&b, "\n%s#%s = %s\n", comment(s.Doc+also(s)), name, s.Format(s.Default))
		}
	}
	return b.String()
}

// also names the flag and environment variable that set s too.
func also(s Setting) string {
	var names []string
	if s.Flag != "" {
		names = append(names, "flag "+s.Flag)
	}
	if s.Env != "" {
		names = append(names, "$"+s.Env)
	}
	if len(names) == 0 {
		return ""
	}
	return " (" + strings.Join(names, ", ") + ")"
}

// comment wraps text into "# " lines of at most 76 columns; blank lines
// in text stay.
func comment(text string) string {
	if text == "" {
		return ""
	}
	var b strings.Builder
	for para := range strings.SplitSeq(text, "\n") {
		line := "#"
		for _, word := range strings.Fields(para) {
			if len(line)+1+len(word) > 76 && line != "#" {
				b.WriteString(line + "\n")
				line = "#"
			}
			line += " " + word
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// Markdown is README's reference of the config file: a table per section
// of the file, each key with its default, its flag and environment
// variable, and what it sets.
func (t *Table) Markdown() string {
	var b strings.Builder
	for i, sec := range sections {
		if i > 0 {
			fmt.Fprintf(&b, "\n`[%s]`: %s\n", sec.name, strings.ReplaceAll(sec.doc, "\n", " "))
		}
		if sec.name == "keys" {
			t.keysMarkdown(&b)
			continue
		}
		b.WriteString("\n| key | default | flag, environment | what it sets |\n| --- | --- | --- | --- |\n")
		for _, s := range t.list {
			if table, name := sectionOf(s.Key); table == sec.name {
				fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s |\n", name, s.Format(s.Default), flagAndEnv(s), cell(s.Doc))
			}
		}
	}
	return b.String()
}

// keysMarkdown lists the actions' names and default keys, by help group.
func (t *Table) keysMarkdown(b *strings.Builder) {
	group := ""
	for _, s := range t.list {
		if s.Kind != KindKeys {
			continue
		}
		if s.Group != group {
			group = s.Group
			fmt.Fprintf(b, "\n%s:\n\n| action | default | what it does |\n| --- | --- | --- |\n", group)
		}
		_, name := sectionOf(s.Key)
		fmt.Fprintf(b, "| `%s` | `%s` | %s |\n", name, s.Format(s.Default), cell(s.Doc))
	}
}

// flagAndEnv is the flag and environment variable of s, as a table cell.
func flagAndEnv(s Setting) string {
	var names []string
	if s.Flag != "" {
		names = append(names, "`"+s.Flag+"`")
	}
	if s.Env != "" {
		names = append(names, "`$"+s.Env+"`")
	}
	return strings.Join(names, ", ")
}

// cell makes text safe in a Markdown table's cell.
func cell(text string) string { return strings.ReplaceAll(text, "|", `\|`) }

// Write lists the settings in effect, as TOML with where each value comes
// from beside it: what `lanyard config` prints.
func (e *Effective) Write(w io.Writer) error {
	var b strings.Builder
	for _, sec := range sections {
		if sec.name != "" {
			fmt.Fprintf(&b, "\n[%s]\n", sec.name)
		}
		for _, v := range e.values {
			if table, name := sectionOf(v.Setting.Key); table == sec.name {
				fmt.Fprintf(&b, "%-40s # %s\n", name+" = "+v.Setting.Format(v.V), v.Source)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
