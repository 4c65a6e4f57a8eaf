package tui

import (
	"time"

	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/outline"
	"lanyard/tui/theme"
)

// Loader reads a talk's outline from the notebook. It is only ever called
// from a tea.Cmd, off the UI's goroutine.
type Loader interface {
	LoadOutline(talkID uint64) (*doc.Outline, error)
}

// Config is what the root model needs from the program that starts it.
type Config struct {
	Event sched.Event
	// Day is the index of the day to show first.
	Day int
	// Talk is the talk to open first, with its outline already loaded so
	// that the first keystroke has somewhere to go.
	Talk    uint64
	Outline *doc.Outline
	// Glimpse, when Outline is nil, is the first screen of Talk's outline
	// kept by the last run (see glimpse.go): it is shown while the outline
	// loads.
	Glimpse *doc.Glimpse
	Loader  Loader
	Saver   outline.Saver
	// Schedules saves the user's changes to the schedule; nil makes them
	// last only until lanyard quits.
	Schedules Schedules
	// Resume is where the user was in Event when lanyard last ran, read at
	// start; Resumes keeps where they are now (nil: not kept).
	Resume  sched.Resume
	Resumes ResumeSaver
	// Clock tells the time; tests and demos fix or shift it.
	Clock func() time.Time
	// Events lists the notebook's events and reads the one the user
	// switches to; nil leaves the user in the event they started in.
	Events EventBook
	// Abouts reads what a talk is about for its details; nil shows the
	// schedule's facts alone.
	Abouts Abouts
	// ScheduleWidth is the schedule pane's width to start with, in cells;
	// 0 for a third of the screen. < and > change it for the run.
	ScheduleWidth int
	// Remind is how long before an attended talk starts the status bar
	// says so; 0 turns reminders off.
	Remind time.Duration
	// Notify is how a reminder calls for attention besides the status
	// bar: the bell or a desktop notification, off by default.
	Notify Notify
	// Hint is a line for new users under the schedule, e.g. how to import
	// one.
	Hint string
	// Mouse asks the terminal to report the mouse (see mouse.go): a
	// click selects a talk or places the cursor, the wheel scrolls. The
	// program turns it on unless the user asks it not to, so that the
	// terminal's own selection of text works without shift.
	Mouse bool
	// FrameGap paces frames: keys that come within it of the last frame
	// drawn share the next, drawn at most FrameGap after the last of them
	// (see pace.go). 0 draws a frame after every message.
	FrameGap time.Duration
	// FirstFrame, when set, is closed once the first frame is on the
	// terminal and the terminal has had a moment to draw it. A start from
	// a glimpse loads its outline after that (or
	// after FirstFrameWait), so that the load does not take the CPU the
	// first frame needs; keys typed meanwhile are held (see glimpse.go).
	FirstFrame <-chan struct{}
	// Theme is the user's colours; the zero Theme follows the terminal's
	// background.
	Theme theme.Theme
	// Keys are every pane's keys with the user's rebindings (see
	// Keys.Rebind); nil for lanyard's own.
	Keys *Keys
	// Sync runs a sync of the notebook through git (see sync.go); nil
	// when none is set up, and the key says how to set one up.
	Sync Syncer
	// SyncEvery is how often the app syncs on its own; 0 for never.
	SyncEvery time.Duration
	// Notices are said in the status bar at start: the config file's
	// mistakes, each with its file and line.
	Notices []string
	// timer replaces tea.Tick in tests, which see a timer as a message
	// of its own at once instead of waiting for it.
	timer timer
}
