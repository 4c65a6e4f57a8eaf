package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testActions stand for the program's actions.
var testActions = []Action{
	{Name: "editor.move_up", Desc: "move bullet up", Group: "Whole bullets", Keys: []string{"alt+up", "alt+k"}},
	{Name: "schedule.next", Desc: "next talk", Group: "Schedule", Keys: []string{"down", "j"}},
}

func testTable() *Table { return NewTable(testActions) }

// parse reads text as the file /cfg/config.toml.
func parse(t *testing.T, text string) *Effective {
	t.Helper()
	e, err := testTable().Resolve(Parse("/cfg/config.toml", []byte(text), testTable()), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func noEnv(string) string { return "" }

// problems joins the problems' messages, one a line.
func problems(e *Effective) string {
	var lines []string
	for _, p := range e.Problems() {
		lines = append(lines, p.Error())
	}
	return strings.Join(lines, "\n")
}

func TestAGoodFileSetsEveryKindOfValue(t *testing.T) {
	e := parse(t, `
theme = "light"
schedule_width = 44
backups = 0
remind = "10m"
notify = "bell"

[colors]
accent = "#ff8700"
bar = "236"

[export]
front_matter = true
tags = ["devops", "conference"]
takeaways = false

[keys]
editor.move_up = ["ctrl+k"]
`)
	if p := problems(e); p != "" {
		t.Fatalf("problems in a good file:\n%s", p)
	}
	if e.String(Theme) != "light" || e.Int(ScheduleWidth) != 44 || e.Int(Backups) != 0 ||
		e.Duration(Remind) != 10*time.Minute || e.String(Notify) != "bell" {
		t.Errorf("top keys: theme %q width %d backups %d remind %v notify %q",
			e.String(Theme), e.Int(ScheduleWidth), e.Int(Backups), e.Duration(Remind), e.String(Notify))
	}
	if !e.Bool(ExportFrontMatter) || e.Bool(ExportTakeaways) || !e.Bool(ExportResources) ||
		strings.Join(e.Strings(ExportTags), ",") != "devops,conference" {
		t.Errorf("export: front matter %v takeaways %v resources %v tags %q", e.Bool(ExportFrontMatter),
			e.Bool(ExportTakeaways), e.Bool(ExportResources), e.Strings(ExportTags))
	}
	if c := e.Colors(); c["accent"] != "#ff8700" || c["bar"] != "236" || len(c) != 2 {
		t.Errorf("colours: %v", c)
	}
	rebound := e.Rebound()
	if len(rebound) != 1 || rebound[0].Action != "editor.move_up" || rebound[0].Keys[0] != "ctrl+k" {
		t.Fatalf("rebound: %+v", rebound)
	}
	if got := rebound[0].Source.String(); got != "/cfg/config.toml:18" {
		t.Errorf("rebinding's source %q, want the file and line 18", got)
	}
	if got := e.Get(Theme).Source.String(); got != "/cfg/config.toml:2" {
		t.Errorf("theme's source %q, want /cfg/config.toml:2", got)
	}
}

func TestTablesWrittenOtherwiseMeanTheSame(t *testing.T) {
	for _, text := range []string{
		"[keys.editor]\nmove_up = [\"ctrl+k\"]\n",
		"keys.editor.move_up = [\"ctrl+k\"]\n",
		"[keys]\n\"editor.move_up\" = \"ctrl+k\"\n",
		"keys = { editor = { move_up = [\"ctrl+k\"] } }\n",
	} {
		e := parse(t, text)
		if p := problems(e); p != "" {
			t.Errorf("%q: %s", text, p)
			continue
		}
		if got := e.Strings("keys.editor.move_up"); len(got) != 1 || got[0] != "ctrl+k" {
			t.Errorf("%q: editor.move_up = %q", text, got)
		}
	}
}

func TestMistakesAreSaidWithTheirLineAndCostOnlyTheirKey(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"bad value", "theme = \"purple\"\n", `config.toml:2: theme "purple": want one of auto, dark, light, plain`},
		{"negative width", "\nschedule_width = -3\n", "config.toml:3: schedule_width -3: want 0, or a number from 20 to 500"},
		{"huge width", "schedule_width = 10000\n", "config.toml:2: schedule_width 10000: want 0, or a number from 20 to 500"},
		{"wrong type", "backups = \"seven\"\n", "config.toml:2: backups is a string: want a number"},
		{"unknown key", "colour = \"dark\"\n", `config.toml:2: unknown key "colour"`},
		{"unknown table", "[colours]\naccent = \"#fff\"\n", "config.toml:2: unknown table [colours]"},
		{"unknown action", "[keys]\neditor.fly = [\"ctrl+k\"]\n", `config.toml:3: [keys] has no action "editor.fly"`},
		{"bad colour", "[colors]\naccent = \"purple\"\n", `config.toml:3: colors.accent "purple": want a colour`},
		{"bad duration", "remind = \"soon\"\n", `config.toml:2: remind "soon": want a duration`},
		{"long remind", "remind = \"48h\"\n", `config.toml:2: remind "48h": want a duration from "0" to "24h"`},
		{"syntax", "theme = \"dark\nbackups = 3\n", "config.toml:2: not TOML"},
		{"twice", "backups = 3\nbackups = 4\n", "config.toml:3: backups is set twice, first on line 2"},
		{"list of tables", "[[export]]\ntags = []\n", "config.toml:2: [[export]]: lanyard has no list of tables"},
		{"a date", "theme = 1979-05-27\n", "config.toml:2: theme is a date or time"},
		{"list of numbers", "[export]\ntags = [1, 2]\n", "config.toml:3: export.tags is a list: want a list of strings"},
		{"too many keys", "[keys]\neditor.move_up = [" + strings.Repeat(`"x",`, 17) + "]\n", "config.toml:3: keys.editor.move_up a list of 17: want at most 16"},
		{"escape in a value", "theme = \"\\u001b[31mred\"\n", `theme "\x1b[31mred"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := parse(t, "notify = \"bell\"\n"+c.text)
			if got := problems(e); !strings.Contains(got, c.want) {
				t.Errorf("problems:\n%s\nwant one with %q", got, c.want)
			}
			if got := problems(e); strings.ContainsRune(got, 0x1b) {
				t.Errorf("a problem carries an escape to the terminal: %q", got)
			}
			if e.String(Notify) != "bell" {
				t.Errorf("a good key after the mistake was lost: notify %q", e.String(Notify))
			}
			if e.String(Theme) != "auto" || e.Int(Backups) == 4 {
				t.Errorf("a bad key did not fall back: theme %q backups %d", e.String(Theme), e.Int(Backups))
			}
		})
	}
}

func TestALineThatDoesNotParseLeavesTheOthers(t *testing.T) {
	e := parse(t, "theme = \"dark\"\nschedule_width = = 3\nbackups = 2\n")
	if got := problems(e); !strings.HasPrefix(got, "/cfg/config.toml:2: not TOML") {
		t.Errorf("problems %q, want line 2 named", got)
	}
	if e.String(Theme) != "dark" || e.Int(Backups) != 2 {
		t.Errorf("keys around the bad line: theme %q backups %d", e.String(Theme), e.Int(Backups))
	}
}

func TestPrecedenceIsFlagThenEnvironmentThenFileThenDefault(t *testing.T) {
	table := testTable()
	file := Parse("/cfg/config.toml", []byte("backups = 3\nremind = \"2m\"\n"), table)
	env := func(name string) string {
		if name == "LANYARD_BACKUPS" {
			return "5"
		}
		return ""
	}
	e, err := table.Resolve(file, env)
	if err != nil {
		t.Fatal(err)
	}
	if e.Int(Backups) != 5 || e.Get(Backups).Source.String() != "env $LANYARD_BACKUPS" {
		t.Errorf("backups %d from %s, want 5 from the environment", e.Int(Backups), e.Get(Backups).Source)
	}
	if e.Duration(Remind) != 2*time.Minute || e.Get(Remind).Source.String() != "/cfg/config.toml:2" {
		t.Errorf("remind %v from %s, want 2m from the file", e.Duration(Remind), e.Get(Remind).Source)
	}
	if e.String(Notify) != "off" || e.Get(Notify).Source.String() != "default" {
		t.Errorf("notify %q from %s, want the default", e.String(Notify), e.Get(Notify).Source)
	}
	if err := e.SetFlag(Backups, "--keep-backups", "1"); err != nil {
		t.Fatal(err)
	}
	if e.Int(Backups) != 1 || e.Get(Backups).Source.String() != "flag --keep-backups" {
		t.Errorf("backups %d from %s, want 1 from the flag", e.Int(Backups), e.Get(Backups).Source)
	}
	if err := e.SetFlag(Backups, "--keep-backups", "-1"); err == nil || !strings.Contains(err.Error(), "--keep-backups -1") {
		t.Errorf("a bad flag: %v", err)
	}
	if _, err := table.Resolve(file, func(string) string { return "many" }); err == nil || !strings.Contains(err.Error(), "$LANYARD_BACKUPS") {
		t.Errorf("a bad environment variable: %v", err)
	}
}

func TestATemplateIsFoundBesideTheFile(t *testing.T) {
	e := parse(t, "[export]\ntemplate = \"post.tmpl\"\n")
	if got := e.String(ExportTemplate); got != filepath.Join("/cfg", "post.tmpl") {
		t.Errorf("template %q, want it in the config file's folder", got)
	}
}

func TestFilesThatCannotBeReadAreSaid(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "config.toml")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, []byte("# "+strings.Repeat("x", MaxSize)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage.toml")
	if err := os.WriteFile(garbage, []byte("\x00\xff\xfe\x01binary\x7f"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path  string
		named bool
		want  string
	}{
		{folder, false, folder + ": is a folder, not a file"},
		{big, false, big + ": bigger than 1024 KiB"},
		{garbage, false, garbage + ":1: not TOML"},
		{filepath.Join(dir, "missing.toml"), true, "missing.toml: no such file"},
		{filepath.Join(dir, "missing.toml"), false, ""},
	}
	if os.Getuid() != 0 {
		locked := filepath.Join(dir, "locked.toml")
		if err := os.WriteFile(locked, []byte("theme = \"dark\"\n"), 0o000); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct {
			path  string
			named bool
			want  string
		}{locked, false, locked + ": permission denied"})
	}
	for _, c := range cases {
		f := Read(c.path, c.named, testTable())
		var got []string
		for _, p := range f.Problems() {
			got = append(got, p.Error())
		}
		if c.want == "" && len(got) > 0 || c.want != "" && (len(got) == 0 || !strings.Contains(got[0], c.want)) {
			t.Errorf("%s: problems %q, want %q", c.path, got, c.want)
		}
	}
}

func TestDeepNestingIsAMistakeNotACrash(t *testing.T) {
	deep := "theme = " + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + "\n"
	e := parse(t, deep+"backups = 2\n")
	if problems(e) == "" || e.String(Theme) != "auto" {
		t.Errorf("deep nesting: problems %q, theme %q", problems(e), e.String(Theme))
	}
	tables := "[" + strings.Repeat("a.", 50000) + "b]\nx = 1\n"
	if e := parse(t, tables); !strings.Contains(problems(e), "unknown table") {
		t.Errorf("deep table: %q", problems(e))
	}
}

func TestManyMistakesAreCounted(t *testing.T) {
	text := strings.Repeat("nope = 1\n", 100)
	got := parse(t, text).Problems()
	if len(got) != maxProblems+1 || !strings.Contains(got[maxProblems].Msg, "80 more mistakes") {
		t.Errorf("%d problems, the last %v", len(got), got[len(got)-1])
	}
}

func writeFile(path, text string) error { return os.WriteFile(path, []byte(text), 0o644) }
