// Command lanyard is a terminal notebook for conferences: the day's
// schedule beside an outline editor, every keystroke kept in a local
// notebook, notes out as Markdown for a blog post.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	// The zone database goes into the binary: venue times must be right
	// on a machine without one (a minimal container, Windows).
	_ "time/tzdata"

	"0lanyard/startenv"
	"github.com/spf13/cobra"

	"lanyard/store"
)

// init gives the environment back as the user set it: startenv held
// NO_COLOR while the packages lanyard imports initialised (see there).
func init() { startenv.Restore() }

func main() {
	// Every way out of lanyard returns through run (signals end the
	// interface, which returns): the profile covers the whole run.
	stopProfile := startCPUProfile(os.Getenv(cpuProfileEnv), os.Stderr)
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	stopProfile()
	os.Exit(code)
}

// run runs lanyard with the command-line arguments after the program name
// and returns the exit status: 0, or 1 after telling stderr what went
// wrong. Tests run commands in-process through it.
func run(args []string, stdout, stderr io.Writer) int {
	return runIn(args, os.Stdin, stdout, stderr)
}

// runIn is run with stdin as standard input, for the commands that read
// "-" (import schedule -, import notes -, add -).
func runIn(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.Execute(); err != nil {
		fmt.Fprintln(stderr, "lanyard:", err)
		return 1
	}
	return 0
}

// globals are the flags every command takes.
type globals struct {
	db  string
	now string
	// event is the app's --event: the event to open (see findEvent).
	event string
	// keepBackups is --keep-backups as given.
	keepBackups string
	// remind and notify are --remind and --notify (see remind.go).
	remind time.Duration
	notify string
	// noMouse is --no-mouse (see mouse.go).
	noMouse bool
	// config is --config: the config file (see configPath).
	config string
	// theme and scheduleWidth are the app's --theme and --schedule-width.
	theme         string
	scheduleWidth int
}

func newRootCommand() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "lanyard",
		Short: "Take notes at a conference, beside the day's schedule",
		Long: `lanyard shows the day's schedule beside an outline editor for your notes.
Every keystroke is kept in a local notebook: there is no save key.

Start with a schedule:  lanyard import schedule FILE
See it working:         lanyard demo`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runNotebook(cmd, g)
		},
	}
	root.PersistentFlags().StringVar(&g.db, "db", "", "notebook file (default $LANYARD_DB or $XDG_DATA_HOME/lanyard/lanyard.db)")
	root.PersistentFlags().StringVar(&g.now, "now", "", `set the clock, which runs on from there, e.g. "2019-10-17 10:40" in venue time (default $LANYARD_NOW)`)
	root.PersistentFlags().StringVar(&g.config, "config", "", "config file (default $LANYARD_CONFIG or $XDG_CONFIG_HOME/lanyard/config.toml)")
	root.Flags().StringVar(&g.event, "event", "", "open this event: its ID (lanyard events) or the start of its name (default: the one on today, else the one opened last)")
	addAppFlags(root, g)
	root.AddCommand(
		newImportCommand(g),
		newExportCommand(g),
		newEventsCommand(g),
		newTalksCommand(g),
		newDemoCommand(g),
		newBackupCommand(g),
		newRestoreCommand(g),
		newCheckCommand(g),
		newAddCommand(g),
		newSyncCommand(g),
		newManCommand(),
		newConfigCommand(g),
	)
	addVersion(root)
	addCompletions(root, g)
	return root
}

// dbPath is the notebook the user means: --db, else $LANYARD_DB, else the
// default in the XDG data folder.
func (g *globals) dbPath() (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	if env := os.Getenv("LANYARD_DB"); env != "" {
		return env, nil
	}
	return store.DefaultPath()
}

// open opens the user's notebook with a message that says what to do when
// another lanyard has it.
func (g *globals) open() (*store.Notebook, error) {
	path, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	nb, err := store.Open(path)
	switch {
	case errors.Is(err, store.ErrLocked):
		return nil, fmt.Errorf("%s is open in another lanyard; close that one first", path)
	case errors.Is(err, fs.ErrPermission):
		return nil, permissionDenied(path)
	}
	return nb, err
}

// permissionDenied says what to look at when the system keeps lanyard
// from the notebook, whichever step of opening it failed (the folder, a
// temporary file beside it, the file).
func permissionDenied(path string) error {
	return fmt.Errorf("%s: permission denied: ls -ld %s %s shows who may read and write the notebook and its folder", path, filepath.Dir(path), path)
}

// openToRead opens the user's notebook for a command that only reads it
// (events, talks, export): a path with no notebook is said, with where
// notebooks are, and nothing is made there; a notebook the user may only
// read is read. While a lanyard has the notebook open, the command reads a
// copy it asks that lanyard for (see openFromOwner).
func (g *globals) openToRead() (*store.Notebook, error) {
	path, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	if nb, err := openFromOwner(path); nb != nil || err != nil {
		return nb, err
	}
	nb, err := store.OpenReadOnly(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, g.noNotebook(path)
	case errors.Is(err, store.ErrLocked):
		return nil, fmt.Errorf("%s is open in another lanyard; close that one first", path)
	case errors.Is(err, fs.ErrPermission):
		return nil, permissionDenied(path)
	}
	return nb, err
}

// noNotebook says there is no notebook at path, and where the user may
// have meant.
func (g *globals) noNotebook(path string) error {
	const hint = "lanyard import schedule FILE makes one"
	def, err := store.DefaultPath()
	switch {
	case g.db == "" && os.Getenv("LANYARD_DB") == "":
		return fmt.Errorf("there is no notebook at %s yet: %s", path, hint)
	case err != nil || def == path:
		return fmt.Errorf("there is no notebook at %s: check the path, or %s", path, hint)
	case g.db == "":
		return fmt.Errorf("there is no notebook at %s ($LANYARD_DB): check the path, or unset it for the default, %s", path, def)
	}
	return fmt.Errorf("there is no notebook at %s: check --db, or leave it out for the default, %s", path, def)
}
