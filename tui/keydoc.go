package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"lanyard/tui/keyhelp"
)

// KeyGroup is a titled group of keys, as the help overlay and README.md
// list them.
type KeyGroup = keyhelp.Group

// KeyGroups returns every key lanyard has, grouped as a user looks for
// them. README.md's table of keys is made from it (see KeysMarkdown), so
// the two cannot drift apart.
func KeyGroups() []KeyGroup { return DefaultKeys().Groups() }

// Groups returns k's keys grouped as the help overlay lists them.
func (k Keys) Groups() []KeyGroup {
	e := k.Editor.FullHelp()
	var s []key.Binding
	for _, col := range k.Schedule.FullHelp() {
		s = append(s, col...)
	}
	g := k.Root
	groups := []KeyGroup{
		{Title: "Writing notes", Keys: e[0]},
		{Title: "Moving in the outline", Keys: append(append([]key.Binding{}, e[1]...), e[2]...)},
	}
	for _, col := range e[3:] {
		groups = append(groups, KeyGroup{Title: groupTitle(col), Keys: col})
	}
	return append(groups,
		KeyGroup{Title: "Schedule (after esc)", Keys: s},
		KeyGroup{Title: "Anywhere", Keys: []key.Binding{g.Schedule, g.Live, g.NewPage, g.Find, g.Preview, g.Copy, g.Details, g.NowNext, g.Sync, g.AllKeys, g.Quit}},
		KeyGroup{Title: "Search (after ctrl+f)", Keys: flatten(k.Search.FullHelp())},
		KeyGroup{Title: "Post preview (after ctrl+p)", Keys: flatten(k.Preview.FullHelp())},
		KeyGroup{Title: "Events (after E in the schedule)", Keys: flatten(k.Events.FullHelp())},
		KeyGroup{Title: "About a talk (after i)", Keys: flatten(k.Details.FullHelp())},
		KeyGroup{Title: "Now and next (after o)", Keys: flatten(k.NowNext.FullHelp())},
	)
}

// groupTitle names an editor help column by its first key's purpose.
func groupTitle(col []key.Binding) string {
	if len(col) == 0 {
		return "More"
	}
	return map[string]string{
		"fold/unfold":    "Folding, zooming, times",
		"move bullet up": "Whole bullets",
	}[col[0].Help().Desc]
}

// KeysMarkdown renders KeyGroups as the Markdown tables README.md shows:
// every key that does something, alternatives included.
func KeysMarkdown() string {
	var b strings.Builder
	for i, g := range KeyGroups() {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s:\n\n| key | what it does |\n| --- | --- |\n", g.Title)
		for _, k := range g.Keys {
			fmt.Fprintf(&b, "| %s | %s |\n", keyNames(k), k.Help().Desc)
		}
	}
	return b.String()
}

// keyNames lists a binding's keys as a person reads them.
func keyNames(k key.Binding) string {
	arrows := strings.NewReplacer("pgup", "pgup", "left", "←", "right", "→", "up", "↑", "down", "↓", "pgdown", "pgdn")
	names := make([]string, 0, len(k.Keys()))
	for _, name := range k.Keys() {
		names = append(names, "`"+arrows.Replace(name)+"`")
	}
	return strings.Join(names, ", ")
}

// flatten joins help columns into one list.
func flatten(cols [][]key.Binding) []key.Binding {
	var out []key.Binding
	for _, col := range cols {
		out = append(out, col...)
	}
	return out
}
