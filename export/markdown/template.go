package markdown

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"text/template"
)

// DefaultTemplate is the default post's layout: the starting point for a
// template of one's own (lanyard export --print-template).
//
//go:embed default.md.tmpl
var DefaultTemplate string

// defaultTemplate is lanyard's own layout, linear in the notes: it runs
// without the checks a user's template gets. It is parsed the first time a
// post is written, not in package init, which every start of lanyard pays
// before its first frame.
var defaultTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("default").Funcs(template.FuncMap{
		"md":      escapeText,
		"heading": escapeHeading,
		"yaml":    yamlString,
		"join":    strings.Join,
	}).Parse(DefaultTemplate))
})

// ParseTemplate parses a post layout with the functions templates get:
//
//	md       text escaped as Markdown inline text (links stay links)
//	heading  text escaped for an ATX heading
//	yaml     a string quoted for YAML front matter
//	join     strings joined with a separator: join .Speakers ", "
//
// The default layout ends with a blank line after its last block; Write
// leaves a post ending in exactly one newline. Write runs a template of
// the user's on a budget of time and size (see Limits).
func ParseTemplate(name, text string) (*template.Template, error) {
	t, err := template.New(name).Funcs((&budget{}).funcs()).Parse(text)
	if err == nil {
		err = instrument(t)
	}
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	return t, nil
}

// yamlString quotes s as a YAML double-quoted scalar: JSON's string
// syntax is a subset of it, and quoting every value means no title can
// turn into a number, a date, a boolean or a mapping.
func yamlString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(clean(s)); err != nil {
		return `""` // a string always encodes
	}
	return strings.TrimSuffix(b.String(), "\n")
}
