package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// commandPaths is every command a user can run, as lanyard's help lists
// them, completion's own included: "lanyard", "lanyard import schedule"…
func commandPaths(t *testing.T) []string {
	t.Helper()
	root := newRootCommand()
	root.InitDefaultCompletionCmd()
	var paths []string
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		paths = append(paths, c.CommandPath())
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				walk(sub)
			}
		}
	}
	walk(root)
	if len(paths) < 15 {
		t.Fatalf("found only %d commands: %v", len(paths), paths)
	}
	return paths
}

func TestManWritesAPageForEveryCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "man", "man1") // made by lanyard man
	out := mustLanyard(t, newDB(t), "man", dir)
	paths := commandPaths(t)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(paths) {
		t.Errorf("lanyard man wrote %d pages for %d commands", len(entries), len(paths))
	}
	if !strings.Contains(out, "Wrote ") || !strings.Contains(out, dir) {
		t.Errorf("lanyard man DIR said %q", out)
	}
	for _, path := range paths {
		name := strings.ReplaceAll(path, " ", "-")
		page, err := os.ReadFile(filepath.Join(dir, name+".1"))
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		text := string(page)
		if !strings.HasPrefix(text, `.TH "`+strings.ToUpper(roffText(name))+`" 1 `) {
			t.Errorf("%s.1 does not start with its title: %q", name, text[:min(len(text), 60)])
		}
		if !strings.Contains(text, ".SH NAME\n"+roffText(name)+` \- `) {
			t.Errorf("%s.1 does not name %s", name, path)
		}
	}
	// What each command takes is on its page.
	export, _ := os.ReadFile(filepath.Join(dir, "lanyard-export.1"))
	for _, want := range []string{`\fB\-o\fR, \fB\-\-output\fR \fIstring\fR`, `\fB\-\-db\fR`, ".SH EXAMPLES", "lanyard export \\-\\-format ics"} {
		if !bytes.Contains(export, []byte(want)) {
			t.Errorf("lanyard-export.1 lacks %q", want)
		}
	}
}

func TestManWithoutDirPrintsTheMainPageListingEveryCommand(t *testing.T) {
	db := newDB(t)
	page := mustLanyard(t, db, "man")
	if dash := mustLanyard(t, db, "man", "-"); dash != page {
		t.Error("lanyard man - differs from lanyard man")
	}
	if !strings.HasPrefix(page, `.TH "LANYARD" 1 `) {
		t.Fatalf("lanyard man does not print lanyard(1): %q", page[:min(len(page), 80)])
	}
	commands := page[strings.Index(page, ".SH COMMANDS"):]
	for _, path := range commandPaths(t)[1:] {
		if !strings.Contains(commands, `\fB`+roffText(path)) {
			t.Errorf("lanyard(1) does not list %s", path)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("lanyard man made a notebook")
	}
}

// TestManPagesReadCleanly has groff read every page with its warnings on:
// a stray request, an unknown escape or a bad font change shows there.
func TestManPagesReadCleanly(t *testing.T) {
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("no groff to read the pages with")
	}
	dir := t.TempDir()
	mustLanyard(t, newDB(t), "man", dir)
	pages, _ := filepath.Glob(filepath.Join(dir, "*.1"))
	for _, page := range pages {
		cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z", page)
		out, err := cmd.CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("groff on %s: %v\n%s", filepath.Base(page), err, out)
		}
	}
	// And a person reading the main page sees the text, not the markup.
	cmd := exec.Command(groff, "-man", "-Tutf8", filepath.Join(dir, "lanyard-import-schedule.1"))
	cmd.Env = append(os.Environ(), "GROFF_NO_SGR=1")
	shown, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Join(strings.Fields(string(stripOverstrike(shown))), " ")
	for _, want := range []string{
		"lanyard-import-schedule - Import a conference schedule",
		"--format string",
		"a leading * marks",
		`"09:45 – 10:15 Speaker – Title"`,
		"keeps every note. OPTIONS", // paragraphs stay apart from the next section
	} {
		if !strings.Contains(words, want) {
			t.Errorf("the page as shown lacks %q:\n%s", want, shown)
		}
	}
	if !bytes.Contains(stripOverstrike(shown), []byte("network.\n\n       Plain text:")) {
		t.Errorf("the help's paragraphs run together on the page:\n%s", shown)
	}
}

// stripOverstrike takes out the backspaced bold and underline of
// groff's terminal output.
func stripOverstrike(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i++ {
		if i+1 < len(b) && b[i+1] == '\b' {
			i++
			continue
		}
		out = append(out, b[i])
	}
	return out
}

func TestRoffTextCannotGiveRequests(t *testing.T) {
	for in, want := range map[string]string{
		".so /etc/passwd":       `\&.so /etc/passwd`,
		"'br":                   `\&'br`,
		`a \fBbold\fR word`:     `a \efBbold\efR word`,
		"--flag":                `\-\-flag`,
		"esc \x1b[31mred\x07 x": `esc  [31mred  x`,
	} {
		if got := roffLine(in); got != want {
			t.Errorf("roffLine(%q) = %q, want %q", in, got, want)
		}
	}
	if got := roffArg("a \"b\"\nc"); got != `"a \(dqb\(dq c"` {
		t.Errorf("roffArg = %s", got)
	}
}

func TestManIntoAFileIsRefused(t *testing.T) {
	file := writeFile(t, "pages", "keep me")
	msg := mustFail(t, newDB(t), "man", file)
	if !strings.Contains(msg, file) || !strings.Contains(msg, "not a folder") {
		t.Errorf("lanyard man FILE said %q", msg)
	}
	if data, _ := os.ReadFile(file); string(data) != "keep me" {
		t.Errorf("the file was changed: %q", data)
	}
}

// FuzzRoffLine: whatever text a page is made from, a line of it never
// becomes a request or an escape: it starts with neither dot nor
// apostrophe, every backslash begins one of the escapes roffText writes,
// and it holds no control character or byte past ASCII.
func FuzzRoffLine(f *testing.F) {
	for _, seed := range []string{".so /etc/passwd", "'br", `a \fBb\fR`, "--flag", "–★\x1b[31m"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ReplaceAll(s, "\n", " ")
		got := roffLine(s)
		if strings.HasPrefix(got, ".") || strings.HasPrefix(got, "'") {
			t.Fatalf("roffLine(%q) = %q starts a request", s, got)
		}
		rest := strings.TrimPrefix(got, `\&`)
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			switch {
			case c < 0x20 || c >= 0x7f:
				t.Fatalf("roffLine(%q) = %q holds byte %#x", s, got, c)
			case c == '\\':
				next := rest[i+1:]
				if !strings.HasPrefix(next, "e") && !strings.HasPrefix(next, "-") && !strings.HasPrefix(next, "[u") {
					t.Fatalf("roffLine(%q) = %q has an escape of its own at %d", s, got, i)
				}
			}
		}
	})
}
