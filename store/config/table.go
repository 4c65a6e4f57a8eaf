package config

import (
	"time"
)

// Keys of the settings lanyard reads, as written in config.toml.
const (
	Theme         = "theme"
	ScheduleWidth = "schedule_width"
	Backups       = "backups"
	Remind        = "remind"
	Notify        = "notify"
	Mouse         = "mouse"

	ExportFrontMatter = "export.front_matter"
	ExportTags        = "export.tags"
	ExportTemplate    = "export.template"
	ExportTakeaways   = "export.takeaways"
	ExportFollowUps   = "export.follow_ups"
	ExportResources   = "export.resources"
	ExportLiteral     = "export.literal"

	SyncDir   = "sync.dir"
	SyncEvery = "sync.every"

	// ColorsPrefix starts the key of a colour role: colors.accent.
	ColorsPrefix = "colors."
	// KeysPrefix starts the key of an action's keys: keys.editor.move_up.
	KeysPrefix = "keys."
)

// Themes are the values theme takes: auto asks the terminal whether its
// background is dark, plain draws without colour.
var Themes = []string{"auto", "dark", "light", "plain"}

// NotifyNames are the values notify takes, as --notify does.
var NotifyNames = []string{"off", "bell", "osc9", "osc777"}

// ColorRoles are the roles of the theme whose colour a user may set, with
// what each colours. The theme (tui/theme) draws every style from them.
var ColorRoles = []struct{ Name, Doc string }{
	{"accent", "headings, the bullet glyph, tracks"},
	{"dim", "times, speakers, breaks, the rule between the panes"},
	{"now", "the mark of the talk on now"},
	{"good", "attended talks and \"saved\""},
	{"warn", "clashing talks, \"saving…\", code in the preview"},
	{"error", "errors in the status bar"},
	{"link", "links in notes"},
	{"selection", "the background of the selected talk"},
	{"bar", "the background of the status bar"},
}

// Bounds of schedule_width: 0 is a third of the screen; otherwise the
// pane's width in columns, which lanyard still fits to the screen.
const (
	MinScheduleWidth = 20
	MaxScheduleWidth = 500
)

// MaxBackups bounds backups: a notebook's daily copies for more than a
// year are not a setting anyone means.
const MaxBackups = 400

// MaxSyncEvery bounds sync.every, in minutes: a day.
const MaxSyncEvery = 24 * 60

// MaxRemind bounds remind: a reminder a day ahead is not a reminder.
const MaxRemind = 24 * time.Hour

// settings is the table of every key but the keys of actions, in the
// order the config file and README list them.
func settings() []Setting {
	return []Setting{
		{Key: Theme, Kind: KindString, Default: "auto", Choices: Themes, Flag: "--theme",
			Doc: "Colours: auto (light or dark, as the terminal's background is), dark, light, or plain (no colour at all)."},
		{Key: ScheduleWidth, Kind: KindInt, Default: 0, Min: MinScheduleWidth, Max: MaxScheduleWidth, ZeroOK: true, Flag: "--schedule-width",
			Doc: "Width of the schedule pane in columns, 0 for a third of the screen; < and > change it for the run."},
		{Key: Backups, Kind: KindInt, Default: 7, Max: MaxBackups, ZeroOK: true, Flag: "--keep-backups", Env: "LANYARD_BACKUPS",
			Doc: "Daily backups of the notebook to keep, 0 for none."},
		{Key: Remind, Kind: KindDuration, Default: 5 * time.Minute, Max: int(MaxRemind / time.Minute), Flag: "--remind",
			Doc: "How long before a talk you attend starts the status bar says so, e.g. \"10m\"; \"0\" for never."},
		{Key: Notify, Kind: KindString, Default: "off", Choices: NotifyNames, Flag: "--notify",
			Doc: "How a reminder also calls you: bell, osc9 or osc777 (a desktop notification, as your terminal takes it), or off."},
		{Key: Mouse, Kind: KindBool, Default: true, Flag: "--no-mouse",
			Doc: "The app takes clicks and the wheel; false leaves the mouse to the terminal, to select and copy text as usual."},

		{Key: ExportFrontMatter, Kind: KindBool, Default: false, Flag: "--front-matter",
			Doc: "lanyard export starts the post with YAML front matter: title, date, tags (always with --dir)."},
		{Key: ExportTags, Kind: KindStrings, Default: []string{}, Flag: "--tag",
			Doc: "Tags for the front matter; none for the event's name and the talks' tracks."},
		{Key: ExportTemplate, Kind: KindPath, Default: "", Flag: "--template",
			Doc: "A Go text/template that lays the post out (lanyard export --print-template shows the default); a relative path is from this file's folder."},
		{Key: ExportTakeaways, Kind: KindBool, Default: true, Flag: "--no-takeaways",
			Doc: "The post gathers the takeaways (★ bullets) at the top."},
		{Key: ExportFollowUps, Kind: KindBool, Default: true, Flag: "--no-follow-ups",
			Doc: "The post gathers the follow-ups (open to-dos) at the top."},
		{Key: ExportResources, Kind: KindBool, Default: true, Flag: "--no-resources",
			Doc: "The post lists every link at the end under Resources."},
		{Key: ExportLiteral, Kind: KindBool, Default: false, Flag: "--literal",
			Doc: "lanyard export writes notes exactly as typed, every Markdown mark in them escaped, instead of keeping the inline Markdown typed."},

		{Key: SyncDir, Kind: KindPath, Default: "",
			Doc: "The git working tree lanyard sync (and the app's sync key) carries the notebook through, a clone of your repository; a relative path is from this file's folder."},
		{Key: SyncEvery, Kind: KindInt, Default: 0, Min: 1, Max: MaxSyncEvery, ZeroOK: true,
			Doc: "The app syncs every this many minutes while it runs (it needs sync.dir), 0 for only when asked."},
	}
}

// colorSettings are the colour roles' keys, in [colors].
func colorSettings() []Setting {
	out := make([]Setting, 0, len(ColorRoles))
	for _, r := range ColorRoles {
		out = append(out, Setting{Key: ColorsPrefix + r.Name, Kind: KindColor, Default: "",
			Doc: "Colour of " + r.Doc + "."})
	}
	return out
}

// Action is something a key does, as the help overlay lists it: the
// program names each so that [keys] can bind it.
type Action struct {
	// Name is stable and says the pane first: editor.move_up.
	Name string
	// Desc is what the key does, as the help says it.
	Desc string
	// Group is the help's heading the action is listed under.
	Group string
	// Keys are the keys bound to it by default.
	Keys []string
}
