package tui

import (
	"flag"
	"os"
	"strings"
	"testing"
)

const (
	keysStart = "<!-- keys: made by `go test ./tui -update`; edit tui/keydoc.go -->\n"
	keysEnd   = "<!-- end of keys -->"
)

// TestReadmeListsEveryKey keeps README.md's keys the ones the help overlay
// shows: `go test ./tui -update` rewrites them.
func TestReadmeListsEveryKey(t *testing.T) {
	const path = "../README.md"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	start, end := strings.Index(readme, keysStart), strings.Index(readme, keysEnd)
	if start < 0 || end < start {
		t.Fatalf("README.md has no keys section between %q and %q", keysStart, keysEnd)
	}
	want := KeysMarkdown()
	got := readme[start+len(keysStart) : end]
	if got == want {
		return
	}
	// -update is the golden files' flag, registered by x/exp/golden.
	if f := flag.Lookup("update"); f == nil || f.Value.String() != "true" {
		t.Fatalf("README.md's keys differ from the program's; run go test ./tui -update\n--- README\n%s\n--- program\n%s", got, want)
	}
	readme = readme[:start+len(keysStart)] + want + readme[end:]
	if err := os.WriteFile(path, []byte(readme), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEveryKeyHasHelp(t *testing.T) {
	seen := map[string]string{}
	for _, g := range KeyGroups() {
		for _, k := range g.Keys {
			if k.Help().Key == "" || k.Help().Desc == "" {
				t.Errorf("%s: a key without help: %v", g.Title, k.Keys())
			}
			if strings.Contains(g.Title, "(after") {
				continue // the schedule and search have the keyboard to themselves
			}
			for _, name := range k.Keys() {
				if other, dup := seen[name]; dup {
					t.Errorf("%s is bound to both %q and %q", name, other, k.Help().Desc)
				}
				seen[name] = k.Help().Desc
			}
		}
	}
}
