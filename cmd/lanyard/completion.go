package main

import (
	"errors"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"lanyard/export/safetext"
	"lanyard/store"
	"lanyard/store/fold"
	sched "lanyard/store/schedule"
)

// The shell completes lanyard's flags from the notebook: cobra's
// completion scripts (lanyard completion bash|zsh|fish|powershell) call
// lanyard __complete at each Tab, which runs the functions here. They
// open the notebook read-only and change nothing; whatever goes wrong (no
// notebook, a damaged one, one that needs an upgrade) they offer nothing
// rather than print an error into the user's command line.

// noFiles ends every completion here: none of these flags takes a file.
const noFiles = cobra.ShellCompDirectiveNoFileComp

// completionFunc is what cobra calls to complete a flag's value.
type completionFunc = func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective)

// addCompletions registers the completion of --event, --talk, --day,
// --format and --notify on every command under root that has them.
func addCompletions(root *cobra.Command, g *globals) {
	byFlag := map[string]completionFunc{
		"event":  g.completeEvents,
		"talk":   g.completeTalks,
		"day":    g.completeDays,
		"notify": fixedCompletions(notifyChoices()),
	}
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		for name, complete := range byFlag {
			if cmd.LocalFlags().Lookup(name) == nil {
				continue
			}
			if name == "event" && cmd.CommandPath() == "lanyard import schedule" {
				complete = g.completeEventNames // it takes a name, new or not
			}
			registerFlagCompletion(cmd, name, complete)
		}
		if formats := formatChoices(cmd.CommandPath()); formats != nil {
			registerFlagCompletion(cmd, "format", fixedCompletions(formats))
		}
		for _, c := range cmd.Commands() {
			walk(c)
		}
	}
	walk(root)
}

// registerFlagCompletion registers complete for cmd's flag; cobra refuses
// only a flag that is not there or registered twice, which a test of
// every command would show.
func registerFlagCompletion(cmd *cobra.Command, flag string, complete completionFunc) {
	if err := cmd.RegisterFlagCompletionFunc(flag, complete); err != nil {
		panic("lanyard: completion of --" + flag + " on " + cmd.CommandPath() + ": " + err.Error())
	}
}

// formatChoices are the values the command's --format takes, with what
// each is; nil for a command without --format. (Made when asked for, as
// notifyChoices: a package-level table would be built at every start.)
func formatChoices(commandPath string) []cobra.Completion {
	switch commandPath {
	case "lanyard import schedule":
		return scheduleFormatChoices()
	case "lanyard import notes":
		return []cobra.Completion{
			cobra.CompletionWithDesc("opml", "OPML from an outliner (Workflowy, Dynalist, Logseq)"),
			cobra.CompletionWithDesc("markdown", "Markdown: nested lists, headings"),
			cobra.CompletionWithDesc("text", "indented text with pasted bullets"),
		}
	case "lanyard export":
		return []cobra.Completion{
			cobra.CompletionWithDesc("markdown", "the notes as a blog post"),
			cobra.CompletionWithDesc("opml", "the notes as an OPML outline"),
			cobra.CompletionWithDesc("ics", "the talks you attend, for a calendar app"),
		}
	}
	return nil
}

// scheduleFormatChoices are the schedule readers' names, each described
// by its label.
func scheduleFormatChoices() []cobra.Completion {
	var out []cobra.Completion
	for _, f := range scheduleFormats {
		out = append(out, cobra.CompletionWithDesc(f.Name, f.Label))
	}
	return out
}

// notifyChoices are the values of --notify.
func notifyChoices() []cobra.Completion {
	return []cobra.Completion{
		cobra.CompletionWithDesc("off", "the status bar only"),
		cobra.CompletionWithDesc("bell", "ring the terminal's bell"),
		cobra.CompletionWithDesc("osc9", "a desktop notification, for terminals that take OSC 9"),
		cobra.CompletionWithDesc("osc777", "a desktop notification, for terminals that take OSC 777"),
	}
}

// fixedCompletions offers the same values whatever is typed; the shell
// keeps those that start with it.
func fixedCompletions(values []cobra.Completion) completionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return values, noFiles
	}
}

// completeEvents offers the events as --event takes them: their IDs, each
// described by its name, while what is typed is empty or a number; their
// names once it is the start of one.
func (g *globals) completeEvents(cmd *cobra.Command, _ []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
	events := g.eventsToComplete()
	if typed != "" && strings.Trim(typed, "0123456789") != "" {
		return eventNames(events, typed), noFiles
	}
	var out []cobra.Completion
	for _, ev := range events {
		out = append(out, cobra.CompletionWithDesc(formatID(ev.ID), completionText(ev.Name)))
	}
	return out, noFiles
}

// completeEventNames offers the events' names, for import schedule's
// --event, which names the event to import into.
func (g *globals) completeEventNames(_ *cobra.Command, _ []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return eventNames(g.eventsToComplete(), typed), noFiles
}

// eventNames are the names of the events that start with typed, ignoring
// case as --event does.
func eventNames(events []sched.Event, typed string) []cobra.Completion {
	var out []cobra.Completion
	for _, ev := range events {
		name := completionText(ev.Name)
		if name != "" && strings.HasPrefix(fold.String(name), fold.String(typed)) {
			out = append(out, name)
		}
	}
	return out
}

// completeTalks offers the talks of the event --event names (else the
// one opened last) by ID, each described by its title, day and time.
func (g *globals) completeTalks(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	ev, ok := g.eventToComplete(cmd)
	if !ok {
		return nil, noFiles
	}
	var out []cobra.Completion
	for _, t := range ev.All() {
		out = append(out, talkCompletion(ev, t))
	}
	return out, noFiles
}

// talkCompletion is a talk's ID described by "Title · Thu 10:30".
func talkCompletion(ev sched.Event, t *sched.Talk) cobra.Completion {
	when := t.Start.In(ev.Location()).Format("Mon 15:04")
	return cobra.CompletionWithDesc(formatID(t.ID), completionText(firstOf(t.Title, "Untitled")+" · "+when))
}

// completeDays offers the dates of the event --event names (else the one
// opened last), each described as a heading writes it.
func (g *globals) completeDays(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	ev, ok := g.eventToComplete(cmd)
	if !ok {
		return nil, noFiles
	}
	var out []cobra.Completion
	for i, day := range ev.Days {
		out = append(out, cobra.CompletionWithDesc(day.Date, day.DayTitle()+", day "+formatID(uint64(i+1))))
	}
	return out, noFiles
}

// eventToComplete is the event a completion of --talk or --day is for:
// the one the command's --event names, else the one opened last.
func (g *globals) eventToComplete(cmd *cobra.Command) (ev sched.Event, ok bool) {
	ref := ""
	if f := cmd.Flags().Lookup("event"); f != nil {
		ref = f.Value.String()
	}
	err := g.readToComplete(func(nb *store.Notebook) error {
		var err error
		ev, err = pickEvent(nb, ref)
		return err
	})
	return ev, err == nil
}

// eventsToComplete is the notebook's events, none when it cannot be read.
func (g *globals) eventsToComplete() []sched.Event {
	var events []sched.Event
	err := g.readToComplete(func(nb *store.Notebook) error {
		var err error
		events, err = nb.Events()
		return err
	})
	if err != nil {
		return nil
	}
	return events
}

// readToComplete runs read on the user's notebook opened to complete a
// flag: through the lanyard that has it open, else read-only and
// unchanged (see store.OpenUnchanged). A path with no notebook is
// reported as an error, and nothing is made there. A panic in the reading
// (a notebook damaged in a way the checks did not see) is an error too:
// a Tab must never crash in the user's shell.
func (g *globals) readToComplete(read func(*store.Notebook) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("the notebook could not be read")
		}
	}()
	path, err := g.dbPath()
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		return err
	}
	nb, err := openFromOwner(path)
	if nb == nil && err == nil {
		nb, err = store.OpenUnchanged(path)
	}
	if err != nil {
		return err
	}
	defer nb.Close()
	return read(nb)
}

// completionText makes text from the notebook safe to hand to the shell:
// one line with no control characters or escape sequences (a tab would
// end the value, a newline the completion).
func completionText(s string) string {
	return safetext.Line(s)
}

// formatID writes an ID or a count in decimal.
func formatID(n uint64) string { return strconv.FormatUint(n, 10) }
