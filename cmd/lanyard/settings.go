package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"lanyard/store/config"
	"lanyard/tui"
	"lanyard/tui/theme"
)

// settingsTable is the table of settings, with an entry in [keys] for
// every action the help lists.
func settingsTable() *config.Table {
	actions := tui.KeyActions()
	out := make([]config.Action, len(actions))
	for i, a := range actions {
		out[i] = config.Action{Name: a.Name, Desc: a.Desc, Group: a.Group, Keys: a.Keys}
	}
	return config.NewTable(out)
}

// configPath is the config file the user means: --config, else
// $LANYARD_CONFIG, else the default in the XDG config folder. named is
// whether the user named it, when a missing file is a mistake to say.
func (g *globals) configPath() (path string, named bool, err error) {
	if g.config != "" {
		return g.config, true, nil
	}
	if env := os.Getenv(config.EnvPath); env != "" {
		return env, true, nil
	}
	path, err = config.DefaultPath()
	return path, false, err
}

// flagSetting is a flag that sets a setting, when the user gives it.
type flagSetting struct {
	flag, key string
	// inverse is a --no-… flag: given, it sets the setting false.
	inverse bool
}

// flagSettings are the flags that set a setting of the config file. A
// command takes those it has.
var flagSettings = []flagSetting{
	{flag: "theme", key: config.Theme},
	{flag: "schedule-width", key: config.ScheduleWidth},
	{flag: "keep-backups", key: config.Backups},
	{flag: "remind", key: config.Remind},
	{flag: "notify", key: config.Notify},
	{flag: "no-mouse", key: config.Mouse, inverse: true},
	{flag: "front-matter", key: config.ExportFrontMatter},
	{flag: "template", key: config.ExportTemplate},
	{flag: "tag", key: config.ExportTags},
	{flag: "no-takeaways", key: config.ExportTakeaways, inverse: true},
	{flag: "no-follow-ups", key: config.ExportFollowUps, inverse: true},
	{flag: "no-resources", key: config.ExportResources, inverse: true},
	{flag: "literal", key: config.ExportLiteral},
}

// settings works out the settings in effect for cmd: its flags the user
// gave, then the environment, then the config file, then the defaults. A
// bad flag or environment variable is an error; the config file's
// mistakes are in the result's Problems, for the caller to say.
func (g *globals) settings(cmd *cobra.Command) (*config.Effective, error) {
	table := settingsTable()
	var file *config.File
	if path, named, err := g.configPath(); err == nil && path != os.DevNull {
		file = config.Read(path, named, table)
	}
	e, err := table.Resolve(file, os.Getenv)
	if err != nil {
		return nil, err
	}
	for _, f := range flagSettings {
		fl := cmd.Flags().Lookup(f.flag)
		if fl == nil || !fl.Changed {
			continue
		}
		name := "--" + f.flag
		switch {
		case f.inverse:
			err = e.SetFlagValue(f.key, name, fl.Value.String() != "true")
		case f.key == config.ExportTags:
			var tags []string
			if tags, err = cmd.Flags().GetStringArray(f.flag); err == nil {
				err = e.SetFlagValue(f.key, name, tags)
			}
		default:
			err = e.SetFlag(f.key, name, fl.Value.String())
		}
		if err != nil {
			return nil, err
		}
	}
	return e, nil
}

// sayProblems writes the config file's mistakes, one a line: a command
// goes on with the defaults of those keys.
func sayProblems(w io.Writer, problems []config.Problem) {
	for _, p := range problems {
		fmt.Fprintln(w, "lanyard: config:", p.Error())
	}
}

// interfaceSettings are the settings the interface takes, with the
// config file's mistakes and the keys it could not bind as notices.
type interfaceSettings struct {
	theme         theme.Theme
	keys          *tui.Keys
	scheduleWidth int
	remind        time.Duration
	notify        tui.Notify
	// mouse is whether the app takes the mouse (mouse, --no-mouse).
	mouse   bool
	notices []string
	// syncDir and syncEvery are [sync] dir and every: the app's sync key
	// syncs through syncDir, and the app syncs every syncEvery (0: never
	// on its own).
	syncDir   string
	syncEvery time.Duration
}

// forInterface turns the settings in effect into the interface's.
func forInterface(e *config.Effective) (interfaceSettings, error) {
	mode, err := theme.ParseMode(e.String(config.Theme))
	if err != nil {
		return interfaceSettings{}, errors.New("the theme checked by the config table is not the interface's: " + err.Error())
	}
	notify, err := tui.ParseNotify(e.String(config.Notify))
	if err != nil {
		return interfaceSettings{}, err
	}
	var notices []string
	for _, p := range e.Problems() {
		notices = append(notices, "config: "+p.Error())
	}
	var rs []tui.Rebinding
	for _, b := range e.Rebound() {
		rs = append(rs, tui.Rebinding{Action: b.Action, Keys: b.Keys, Where: b.Source.Where()})
	}
	keys, refused := tui.DefaultKeys().Rebind(rs)
	for _, r := range refused {
		notices = append(notices, "config: "+r)
	}
	return interfaceSettings{
		theme:         theme.Theme{Mode: mode, Colors: e.Colors()},
		keys:          &keys,
		scheduleWidth: e.Int(config.ScheduleWidth),
		remind:        e.Duration(config.Remind),
		notify:        notify,
		mouse:         e.Bool(config.Mouse),
		notices:       notices,
		syncDir:       e.String(config.SyncDir),
		syncEvery:     time.Duration(e.Int(config.SyncEvery)) * time.Minute,
	}, nil
}

// withSettings takes the export's defaults from the settings in effect,
// which hold the export's flags the user gave.
func (f exportFlags) withSettings(e *config.Effective) exportFlags {
	f.frontMatter = e.Bool(config.ExportFrontMatter)
	f.tags = e.Strings(config.ExportTags)
	f.template = e.String(config.ExportTemplate)
	f.noTakeaways = !e.Bool(config.ExportTakeaways)
	f.noFollowUps = !e.Bool(config.ExportFollowUps)
	f.noResources = !e.Bool(config.ExportResources)
	f.literal = e.Bool(config.ExportLiteral)
	return f
}
