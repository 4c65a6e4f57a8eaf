package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"lanyard/store"
)

func newCheckCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "check [FILE]",
		Short: "Verify the notebook, or a backup: its pages, events and notes",
		Long: `Verify a notebook without changing it: bbolt's check of its pages, its schema
version, every event and every bullet decoded, and each talk's bullets forming
an outline in the order their keys give (bullets whose keys are tied or out of
order are named, with their talk). FILE is the notebook unless given (a backup, say). Prints what it
checked and "ok", or the problems, and exits 1 when there are any.`,
		Example: `  lanyard check
  lanyard check ~/.local/share/lanyard/backups/lanyard.db-2026-05-14.db`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := checkPath(g, args)
			if err != nil {
				return err
			}
			r, err := checkBesideOwner(path)
			if errors.Is(err, store.ErrLocked) {
				return fmt.Errorf("%s is open in another lanyard; close that one first", path)
			}
			writeReport(cmd.OutOrStdout(), r, err)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), "ok")
			return err
		},
	}
}

// checkPath is the file lanyard check looks at: FILE, else the notebook.
func checkPath(g *globals, args []string) (string, error) {
	if len(args) == 1 {
		return args[0], nil
	}
	return g.dbPath()
}

// writeReport prints what Check found: the counts when it could read the
// records, then its warnings and problems. A file it could not open, or
// one from a newer lanyard, gets no counts, and its one problem no line:
// the error says it.
func writeReport(out io.Writer, r store.Report, err error) {
	read := r.Schema > 0 && !errors.Is(err, store.ErrNewerFormat)
	if read {
		fmt.Fprintf(out, "Checked %s (%s, schema %d): %s, %s, %s in %s\n", r.Path, humanSize(r.Size), r.Schema,
			plural(r.Events, "event"), plural(r.Talks, "talk"), plural(r.Bullets, "bullet"), plural(r.Outlines, "outline"))
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(out, "warning: %s\n", w)
	}
	if read || len(r.Problems) > 1 {
		writeProblems(out, r.Problems)
	}
}

func writeProblems(out io.Writer, problems []string) {
	for _, p := range problems {
		fmt.Fprintf(out, "problem: %s\n", p)
	}
}

// checkBesideOwner checks the file at path, or, while a lanyard has it
// open, a copy that lanyard gives, reported as the file at path.
func checkBesideOwner(path string) (store.Report, error) {
	file, err := copyFromOwner(path)
	if err != nil {
		return store.Report{Path: path}, err
	}
	if file == "" {
		return store.Check(path)
	}
	r, err := store.CheckSnapshot(file, path)
	return r, errors.Join(err, os.Remove(file))
}
