package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"lanyard/store"
)

// defaultKeepBackups is how many daily backups are kept when neither
// --keep-backups nor $LANYARD_BACKUPS says: a week of a conference.
const defaultKeepBackups = 7

// addKeepBackupsFlag gives the root command --keep-backups: it is the
// notebook run (the TUI) that makes the daily backups. The flag wins over
// $LANYARD_BACKUPS, which wins over the config file's backups.
func addKeepBackupsFlag(root *cobra.Command, g *globals) {
	root.Flags().StringVar(&g.keepBackups, "keep-backups", "",
		fmt.Sprintf("daily backups of the notebook to keep, 0 for none (default $LANYARD_BACKUPS, else the config file's backups, else %d)", defaultKeepBackups))
}

func newBackupCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "backup [FILE|-]",
		Short: "Back up the notebook now, into its backups folder or to FILE",
		Long: `Back up the notebook now. Without FILE the copy goes into the backups folder
beside the notebook, named for the date and time, where lanyard restore lists
it. With FILE it goes there; an existing file is never overwritten. With -
it goes to standard output, into a pipe or a file the shell opens.

lanyard also keeps a backup a day by itself, made the first time it is used
each day (--keep-backups or $LANYARD_BACKUPS of them, 7 unless set; 0 for
none), and one before upgrading a notebook to a newer format.`,
		Example: `  lanyard backup
  lanyard backup /media/usb/conference-notes.db
  lanyard backup - | ssh home 'cat > conference-notes.db'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 && args[0] == "-" {
				return backUpToStdout(cmd.OutOrStdout(), g)
			}
			nb, err := g.openExisting()
			if err != nil {
				return err
			}
			defer nb.Close()
			made, err := backUp(nb, args)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "Backed up %s to %s (%s)\n", nb.Path(), made, fileSize(made))
			return err
		},
	}
}

// backUpToStdout writes a backup to standard output, which must not be a
// terminal: a notebook is binary, and would garble it.
func backUpToStdout(out io.Writer, g *globals) error {
	if f, ok := out.(interface{ Fd() uintptr }); ok && term.IsTerminal(f.Fd()) {
		return errors.New("backup -: standard output is a terminal; send the backup into a pipe or a file (lanyard backup - > notes.db), or give FILE")
	}
	nb, err := g.openExisting()
	if err != nil {
		return err
	}
	defer nb.Close()
	return nb.WriteBackup(out)
}

// backUp makes the backup lanyard backup asked for and returns its path.
func backUp(nb *store.Notebook, args []string) (string, error) {
	if len(args) == 0 {
		return nb.BackupNow(time.Now())
	}
	err := nb.Backup(args[0])
	if errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("%s exists, and a backup never overwrites a file: choose another name", args[0])
	}
	return args[0], err
}

// openExisting opens the user's notebook, which must exist: a backup of a
// notebook never made would make an empty one. While a lanyard has it
// open, the backup is made from a copy that lanyard gives (see
// openFromOwner), into the same folder under the same name.
func (g *globals) openExisting() (*store.Notebook, error) {
	path, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("there is no notebook at %s yet", path)
	}
	if nb, err := openFromOwner(path); nb != nil || err != nil {
		return nb, err
	}
	return g.open()
}

func newRestoreCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "restore [N|NAME|FILE]",
		Short: "List the notebook's backups, or go back to one",
		Long: `Without an argument, list the notebook's backups, newest first, numbered,
each checked. With one, put that backup in place of the notebook: N is its
number in the list, NAME its file name, or FILE any backup file (one lanyard
backup FILE wrote). The notebook as it was is kept in the backups folder
first, so a restore can itself be undone. lanyard must not be running.`,
		Example: `  lanyard restore
  lanyard restore 2
  lanyard restore lanyard.db-2026-05-14.db`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := g.dbPath()
			if err != nil {
				return err
			}
			backups, err := store.Backups(path)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return writeBackups(cmd.OutOrStdout(), path, backups)
			}
			chosen, err := chooseBackup(backups, args[0])
			if err != nil {
				return err
			}
			return restore(cmd.OutOrStdout(), path, chosen)
		},
	}
}

// writeBackups lists the backups for lanyard restore.
func writeBackups(out io.Writer, path string, backups []store.BackupInfo) error {
	if len(backups) == 0 {
		_, err := fmt.Fprintf(out, "No backups of %s yet. lanyard makes one a day as you use it; lanyard backup makes one now.\n", path)
		return err
	}
	fmt.Fprintf(out, "Backups of %s, newest first:\n\n", path)
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tMADE\tKIND\tSIZE\tEVENTS\tBULLETS\tNAME")
	for i, b := range backups {
		counts := fmt.Sprintf("%d\t%d", b.Report.Events, b.Report.Bullets)
		if b.Err != nil {
			counts = "-\t-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", i+1, b.Time.Format("2006-01-02 15:04"), b.Kind, humanSize(b.Size), counts, b.Name)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for i, b := range backups {
		switch {
		case b.Err != nil:
			fmt.Fprintf(out, "\n#%d cannot be restored: %s\n", i+1, backupProblem(b))
		case b.Doubt != "":
			fmt.Fprintf(out, "\n#%d may not be this notebook's: %s\n", i+1, b.Doubt)
		}
	}
	_, err := fmt.Fprintln(out, "\nGo back to one with: lanyard restore N (the notebook as it is now is kept as a backup)")
	return err
}

// backupProblem says in a few words why a backup cannot be restored.
func backupProblem(b store.BackupInfo) string {
	if len(b.Report.Problems) > 0 {
		return strings.Join(b.Report.Problems, "; ")
	}
	return b.Err.Error()
}

// chooseBackup finds the backup arg names: a number in the list, a name
// in it (".db" optional), or a file anywhere.
func chooseBackup(backups []store.BackupInfo, arg string) (string, error) {
	if n, err := strconv.Atoi(arg); err == nil {
		if n < 1 || n > len(backups) {
			return "", fmt.Errorf("there is no backup number %d (lanyard restore lists %d)", n, len(backups))
		}
		return backups[n-1].Path, nil
	}
	for _, b := range backups {
		if b.Name == arg || b.Name == arg+".db" {
			return b.Path, nil
		}
	}
	if _, err := os.Stat(arg); err != nil {
		return "", fmt.Errorf("no backup %q: give its number or name from lanyard restore, or a file", arg)
	}
	return arg, nil
}

// restore puts the backup in place of the notebook and says where the
// old one went.
func restore(out io.Writer, path, backup string) error {
	if err := refuseBesideOwner(path); err != nil {
		return err
	}
	previous, err := store.Restore(path, backup)
	if errors.Is(err, store.ErrLocked) {
		return fmt.Errorf("%s is open in another lanyard; close that one first, then restore", path)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Restored %s from %s.\n", path, filepath.Base(backup))
	if previous == "" {
		_, err = fmt.Fprintln(out, "There was no notebook before it.")
		return err
	}
	_, err = fmt.Fprintf(out, "The notebook it replaced is kept as %s\n", previous)
	return err
}

// fileSize is a file's size for people, or "?" if it cannot be read.
func fileSize(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "?"
	}
	return humanSize(info.Size())
}

// humanSize writes a byte count the way people read one.
func humanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
