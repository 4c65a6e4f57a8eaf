package main

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"lanyard/store/config"
	"lanyard/tui/theme"
)

// updateReadme rewrites README.md's config reference from the table.
var updateReadme = flag.Bool("update", false, "rewrite README.md's config reference")

// useConfig points lanyard at a config file of the test's own with text.
func useConfig(t *testing.T, text string) string {
	t.Helper()
	path := writeFile(t, "config.toml", text)
	t.Setenv(config.EnvPath, path)
	return path
}

// appSettings works out the settings as the app would with args.
func appSettings(t *testing.T, args ...string) (*config.Effective, error) {
	t.Helper()
	g := &globals{}
	cmd := &cobra.Command{}
	addAppFlags(cmd, g)
	if err := cmd.ParseFlags(args); err != nil {
		t.Fatal(err)
	}
	return g.settings(cmd)
}

func TestEachSettingComesFromTheFlagThenTheEnvironmentThenTheFileThenTheDefault(t *testing.T) {
	path := useConfig(t, "backups = 3\nremind = \"2m\"\ntheme = \"light\"\nmouse = true\n")
	for _, c := range []struct {
		name       string
		args       []string
		env        string
		key        string
		want       any
		wantSource string
	}{
		{"default", nil, "", config.Notify, "off", "default"},
		{"file", nil, "", config.Backups, 3, path + ":1"},
		{"env over file", nil, "5", config.Backups, 5, "env $LANYARD_BACKUPS"},
		{"flag over env", []string{"--keep-backups", "1"}, "5", config.Backups, 1, "flag --keep-backups"},
		{"flag over file", []string{"--remind", "10m"}, "", config.Remind, 10 * time.Minute, "flag --remind"},
		{"file without env", nil, "", config.Remind, 2 * time.Minute, path + ":2"},
		{"theme flag", []string{"--theme", "plain"}, "", config.Theme, "plain", "flag --theme"},
		{"width flag", []string{"--schedule-width", "30"}, "", config.ScheduleWidth, 30, "flag --schedule-width"},
		{"mouse file", nil, "", config.Mouse, true, path + ":4"},
		{"mouse flag over file", []string{"--no-mouse"}, "", config.Mouse, false, "flag --no-mouse"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("LANYARD_BACKUPS", c.env)
			e, err := appSettings(t, c.args...)
			if err != nil {
				t.Fatal(err)
			}
			v := e.Get(c.key)
			if v.V != c.want || v.Source.String() != c.wantSource {
				t.Errorf("%s = %v from %s; want %v from %s", c.key, v.V, v.Source, c.want, c.wantSource)
			}
		})
	}
}

func TestBadFlagsAndEnvironmentAreErrors(t *testing.T) {
	useConfig(t, "")
	for _, c := range []struct {
		args []string
		env  string
		want string
	}{
		{[]string{"--keep-backups", "-1"}, "", "--keep-backups -1"},
		{nil, "lots", "$LANYARD_BACKUPS \"lots\""},
		{[]string{"--remind", "-5m"}, "", "--remind"},
		{[]string{"--notify", "smoke"}, "", "--notify \"smoke\": want one of off, bell, osc9, osc777"},
		{[]string{"--theme", "purple"}, "", "--theme \"purple\""},
		{[]string{"--schedule-width", "10000"}, "", "--schedule-width 10000"},
	} {
		t.Setenv("LANYARD_BACKUPS", c.env)
		if _, err := appSettings(t, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v, env %q: %v; want an error with %q", c.args, c.env, err, c.want)
		}
	}
}

func TestConfigSaysEverySettingAndWhereItComesFrom(t *testing.T) {
	path := useConfig(t, "# mine\ntheme = \"dark\"\n\n[keys]\neditor.move_up = [\"ctrl+k\"]\n")
	t.Setenv("LANYARD_BACKUPS", "2")
	out := mustLanyard(t, newDB(t), "config", "--remind", "15m")
	for _, want := range []string{
		"# config file: " + path + "\n",
		`theme = "dark"`, "# " + path + ":2\n",
		"backups = 2", "# env $LANYARD_BACKUPS\n",
		`remind = "15m"`, "# flag --remind\n",
		`notify = "off"`, "# default\n",
		"\n[keys]\n", `move_up = ["ctrl+k"]`, "# " + path + ":5\n",
		`editor.move_down = ["alt+down", "alt+shift+down", "ctrl+shift+down"]`,
		"\n[export]\n", "front_matter = false",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lanyard config does not say %q:\n%s", want, out)
		}
	}
}

func TestConfigNamesEachMistakeWithItsLine(t *testing.T) {
	path := useConfig(t, "theme = \"purple\"\nschedule_width = -3\n[keys]\neditor.move_up = [\"ctrl+f\"]\nbackups = 3\n")
	r := lanyard(t, newDB(t), "config")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 for a file with mistakes", r.code)
	}
	for _, want := range []string{
		path + `:1: theme "purple": want one of auto, dark, light, plain`,
		path + ":2: schedule_width -3: want 0, or a number from 20 to 500",
		path + ":4: keys: editor.move_up: ctrl+f is already anywhere.find's key",
		path + `:5: [keys] has no action "backups"`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, `theme = "auto"`) {
		t.Errorf("a bad theme is not left at the default:\n%s", r.stdout)
	}
}

func TestConfigInitWritesEveryKeyAndNeverOverwrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "config.toml")
	t.Setenv(config.EnvPath, path)
	db := newDB(t)
	if out := mustLanyard(t, db, "config", "--init"); !strings.Contains(out, "wrote "+path) {
		t.Errorf("--init does not say where it wrote: %q", out)
	}
	written, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(written)
	for _, want := range []string{"#theme = \"auto\"", "#schedule_width = 0", "$LANYARD_BACKUPS", "[colors]", "#accent = \"\"",
		"[export]", "#front_matter = false", "[keys]", "#editor.move_up = [\"alt+up\", \"alt+shift+up\", \"ctrl+shift+up\"]", "# Whole bullets"} {
		if !strings.Contains(text, want) {
			t.Errorf("the written file has no %q", want)
		}
	}
	// Uncommented, every key is read back as its default, without a mistake.
	uncommented := strings.NewReplacer("\n#editor", "\neditor", "\n#theme", "\ntheme", "\n#accent", "\naccent", "\n#front_matter", "\nfront_matter").Replace(text)
	if err := os.WriteFile(path, []byte(uncommented), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := mustLanyard(t, db, "config"); !strings.Contains(out, "front_matter = false") {
		t.Errorf("the written file, uncommented, reads as:\n%s", out)
	}
	msg := mustFail(t, db, "config", "--init")
	if !strings.Contains(msg, path+" is there already") {
		t.Errorf("a second --init: %q", msg)
	}
	if got, _ := os.ReadFile(path); string(got) != uncommented {
		t.Error("a refused --init changed the file")
	}
	mustLanyard(t, db, "config", "--init", "--force")
	if got, _ := os.ReadFile(path); string(got) != text {
		t.Error("--init --force did not write the file afresh")
	}
	t.Setenv(config.EnvPath, filepath.Dir(path))
	if msg := mustFail(t, db, "config", "--init", "--force"); !strings.Contains(msg, "is not a file") {
		t.Errorf("--init over a folder: %q", msg)
	}
}

func TestExportTakesItsDefaultsFromTheConfigFile(t *testing.T) {
	db := importHarbour(t)
	path := useConfig(t, "[export]\nfront_matter = true\ntags = [\"harbour-notes\"]\nresources = \"yes\"\n")
	r := lanyard(t, db, "export", "--all", "--day", "1")
	if r.code != 0 {
		t.Fatalf("export: %d %s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "---\n") || !strings.Contains(r.stdout, "harbour-notes") {
		t.Errorf("the export has no front matter with the config's tag:\n%s", r.stdout[:min(len(r.stdout), 300)])
	}
	if want := path + ":4: export.resources is a string: want true or false"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q does not say %q", r.stderr, want)
	}
	r = lanyard(t, db, "export", "--all", "--day", "1", "--tag", "mine")
	if !strings.Contains(r.stdout, "mine") || strings.Contains(r.stdout, "harbour-notes") {
		t.Errorf("--tag does not win over the config's tags:\n%s", r.stdout[:min(len(r.stdout), 300)])
	}
}

func TestTheConfigsMouseAndLiteralReachTheAppAndTheExport(t *testing.T) {
	mouse := func() bool {
		t.Helper()
		e, err := appSettings(t)
		if err != nil {
			t.Fatal(err)
		}
		ui, err := forInterface(e)
		if err != nil {
			t.Fatal(err)
		}
		return ui.mouse
	}
	useConfig(t, "")
	if !mouse() {
		t.Error("the app has no mouse by default")
	}
	useConfig(t, "mouse = false\n[export]\nliteral = true\n")
	if mouse() {
		t.Error("mouse = false gives the app the mouse")
	}
	db := importHarbour(t)
	talk, _ := harbourTalks(t, db)
	mustLanyard(t, db, "add", "--talk", strconv.FormatUint(talk, 10), "keep *this* as typed")
	if out := mustLanyard(t, db, "export", "--talk", strconv.FormatUint(talk, 10)); !strings.Contains(out, `keep \*this\* as typed`) {
		t.Errorf("export.literal = true kept the emphasis:\n%s", out)
	}
}

func TestAnUnreadableConfigNeverStopsACommand(t *testing.T) {
	db := importHarbour(t)
	t.Setenv(config.EnvPath, t.TempDir()) // a folder
	r := lanyard(t, db, "export", "--all", "--day", "1")
	if r.code != 0 || !strings.Contains(r.stderr, "is a folder, not a file") {
		t.Errorf("export with a folder for a config file: exit %d, stderr %q", r.code, r.stderr)
	}
	t.Setenv(config.EnvPath, os.DevNull)
	mustLanyard(t, db, "export", "--all", "--day", "1")
}

const (
	configStart = "<!-- config: made by `go test ./cmd/lanyard -update`; edit store/config -->\n"
	configEnd   = "<!-- end of config -->"
)

// TestReadmeHasTheConfigReference keeps README.md's config reference the
// table's: `go test ./cmd/lanyard -run Readme -update` rewrites it.
func TestReadmeHasTheConfigReference(t *testing.T) {
	const path = "../../README.md"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	start, end := strings.Index(readme, configStart), strings.Index(readme, configEnd)
	if start < 0 || end < start {
		t.Fatalf("README.md has no config section between %q and %q", configStart, configEnd)
	}
	want := settingsTable().Markdown()
	if got := readme[start+len(configStart) : end]; got == want {
		return
	} else if !*updateReadme {
		t.Fatalf("README.md's config reference differs from the table; run go test ./cmd/lanyard -run Readme -update\n--- README\n%s\n--- table\n%s", got, want)
	}
	readme = readme[:start+len(configStart)] + want + readme[end:]
	if err := os.WriteFile(path, []byte(readme), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The themes, ways to notify and colour roles the config file takes are
// the interface's: each changes what lanyard draws.
func TestTheConfigsThemesAreTheInterfaces(t *testing.T) {
	useConfig(t, "")
	for _, name := range config.Themes {
		for _, notify := range config.NotifyNames {
			e, err := appSettings(t, "--theme", name, "--notify", notify)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := forInterface(e); err != nil {
				t.Errorf("theme %s, notify %s: %v", name, notify, err)
			}
		}
	}
	plain := drawn(theme.Theme{Mode: theme.Dark}.Styles(true))
	for _, role := range config.ColorRoles {
		coloured := theme.Theme{Mode: theme.Dark, Colors: map[string]string{role.Name: "#010203"}}.Styles(true)
		if drawn(coloured) == plain {
			t.Errorf("colour role %s changes no style", role.Name)
		}
	}
}

// drawn is a word drawn in every style of s.
func drawn(s theme.Styles) string {
	var b strings.Builder
	v := reflect.ValueOf(s)
	for i := range v.NumField() {
		b.WriteString(v.Field(i).Interface().(lipgloss.Style).Render("x"))
	}
	return b.String()
}

// BenchmarkStartSettings is what the config costs the app's start: the
// table with every action, a small file read and parsed, the flags, the
// keys rebound. The goal is well under a millisecond.
func BenchmarkStartSettings(b *testing.B) {
	path := filepath.Join(b.TempDir(), "config.toml")
	text := "theme = \"dark\"\nschedule_width = 40\nremind = \"10m\"\n[colors]\naccent = \"#ff8700\"\n" +
		"[export]\nfront_matter = true\n[keys]\neditor.move_up = [\"ctrl+k\"]\nschedule.next = [\"j\", \"down\", \"J\"]\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	g := &globals{config: path}
	cmd := &cobra.Command{}
	addAppFlags(cmd, g)
	if err := cmd.ParseFlags([]string{"--remind", "5m"}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		e, err := g.settings(cmd)
		if err != nil {
			b.Fatal(err)
		}
		ui, err := forInterface(e)
		if err != nil || len(ui.notices) > 0 {
			b.Fatal(err, ui.notices)
		}
	}
}
