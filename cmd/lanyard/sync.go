package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"lanyard/export/safetext"
	"lanyard/store"
	"lanyard/store/config"
	"lanyard/store/gitsync"
	"lanyard/store/notesync"
	"lanyard/store/owner"
)

// newSyncBook makes the notebook's side of a sync: its synced form, the
// three-way merge of that form and its apply. Tests point it at a toy to
// try git's side alone.
var newSyncBook = func(nb *store.Notebook) gitsync.Notebook { return notesync.New(nb) }

// syncWait bounds a whole sync, git over a slow network included: a
// remote that hangs longer is offline, and the push waits.
const syncWait = 2 * time.Minute

// changedTalks is what a notebook's side of a sync may also tell: the
// talks whose notes or details the last merge changed.
type changedTalks interface{ Changed() []uint64 }

func newSyncCommand(g *globals) *cobra.Command {
	var setUp bool
	cmd := &cobra.Command{
		Use:   "sync [DIR] | sync --init DIR REMOTE",
		Short: "Sync the notebook with your other laptops through a git repository",
		Long: `Carry the notebook through a git repository to your other laptops (or a
colleague's), and merge what they wrote into it, bullet by bullet.

DIR is a clone of a private repository of yours (on any forge, a server
over ssh, or a bare repository on a USB stick); lanyard keeps the notebook
in its folder "notebook", in files people can read. A sync commits what
changed here, fetches, merges what came with lanyard's own merge (no
character typed on either side is lost), commits the merge and pushes.
git runs as you run it: your config, credentials and ssh keys apply.

--init DIR REMOTE clones REMOTE into DIR (a new, empty repository is fine)
and syncs. Without DIR, lanyard syncs the folder [sync] dir of the config
file names.

Offline, the sync commits here and says the push waits; the next sync
pushes. A folder that is not a clone, has no remote, has a merge or rebase
left half done, or has changes you made by hand is refused with what to
do, and the notebook is left as it was. With lanyard open on the notebook,
the sync runs in it, and its status bar shows the result too.`,
		Example: `  lanyard sync --init ~/notes-sync git@github.com:me/conference-notes.git
  lanyard sync ~/notes-sync
  lanyard sync                  # the folder [sync] dir names`,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case setUp && len(args) != 2:
				return errors.New("lanyard sync --init DIR REMOTE: give the folder to set up and the repository to clone")
			case !setUp && len(args) > 1:
				return errors.New("lanyard sync [DIR]: one folder at most (lanyard sync --init DIR REMOTE sets one up)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			ctx, cancel := context.WithTimeout(ctx, syncWait+30*time.Second)
			defer cancel()
			dir, err := syncDir(cmd, g, args)
			if err != nil {
				return err
			}
			if setUp {
				if err := gitsync.Init(ctx, dir, args[1], syncOptions()); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "set up %s from %s\n", dir, safetext.Line(args[1]))
			}
			return syncCommand(ctx, cmd.OutOrStdout(), g, dir, setUp)
		},
	}
	cmd.Flags().BoolVar(&setUp, "init", false, "clone REMOTE into DIR, then sync")
	return cmd
}

// syncDir is the working tree to sync: DIR as given, else [sync] dir.
func syncDir(cmd *cobra.Command, g *globals, args []string) (string, error) {
	dir := ""
	if len(args) > 0 {
		dir = args[0]
	} else {
		e, err := g.settings(cmd)
		if err != nil {
			return "", err
		}
		sayProblems(cmd.ErrOrStderr(), e.Problems())
		dir = e.String(config.SyncDir)
	}
	if dir == "" {
		return "", errors.New("lanyard sync DIR: give the clone of your repository to sync through, or set [sync] dir in the config file (lanyard config --init writes one); lanyard sync --init DIR REMOTE sets a clone up")
	}
	dir = expandHome(dir)
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("sync %s: %w", dir, err)
	}
	return abs, nil
}

// expandHome reads "~/notes" as a shell would, for a path from the config
// file.
func expandHome(p string) string {
	rest, ok := strings.CutPrefix(p, "~"+string(filepath.Separator))
	if !ok {
		rest, ok = strings.CutPrefix(p, "~/")
	}
	if !ok {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, rest)
}

// syncCommand syncs through the lanyard that has the notebook open, else
// opens it (its lock keeps any other lanyard out meanwhile), and prints
// the result's line.
//
// A laptop that joins (--init, create) with no notebook yet gets one, as
// the app makes one on first use; a plain sync needs the notebook there.
func syncCommand(ctx context.Context, out io.Writer, g *globals, dir string, create bool) error {
	path, err := g.dbPath()
	if err != nil {
		return err
	}
	c, err := owner.Dial(path)
	switch {
	case err == nil:
		reply, err := c.Sync(owner.SyncRequest{Dir: dir})
		if err != nil {
			return err
		}
		fmt.Fprintln(out, reply.Line)
		return nil
	case !errors.Is(err, owner.ErrNoOwner):
		return err
	}
	if _, err := os.Stat(path); err != nil && !create {
		return g.noNotebook(path)
	}
	nb, err := g.open()
	if err != nil {
		return err
	}
	line, _, syncErr := runSync(ctx, nb, nil, dir)
	if err := nb.Close(); err != nil {
		syncErr = errors.Join(syncErr, err)
	}
	if syncErr != nil {
		return syncErr
	}
	fmt.Fprintln(out, line)
	return nil
}

// syncOptions are the options of every sync lanyard runs.
func syncOptions() gitsync.Options {
	host, err := os.Hostname()
	if err != nil {
		host = ""
	}
	return gitsync.Options{Host: host}
}

// syncing lets one sync run at a time in a process: the key, the timer
// and lanyard sync through the socket may ask at once.
var syncing sync.Mutex

// runSync syncs nb through dir and says what it did in one line, with
// the talks the merge changed. flush, when not nil, puts what was typed
// on disk first, so that the notebook's form holds it.
func runSync(ctx context.Context, nb *store.Notebook, flush func() error, dir string) (line string, changed []uint64, err error) {
	syncing.Lock()
	defer syncing.Unlock()
	if flush != nil {
		if err := flush(); err != nil {
			return "", nil, fmt.Errorf("sync: put what was typed on disk first: %w", err)
		}
	}
	book := newSyncBook(nb)
	ctx, cancel := context.WithTimeout(ctx, syncWait)
	defer cancel()
	res, err := gitsync.Sync(ctx, dir, book, syncOptions())
	if ct, ok := book.(changedTalks); ok && res.Merged {
		changed = ct.Changed()
	}
	if err != nil {
		return "", changed, err
	}
	return syncLine(res, changed, book), changed, nil
}

// syncLine is what a sync says: "synced: 3 talks changed; pushed", or
// "committed; the push waits for the network (…)".
func syncLine(res gitsync.Result, changed []uint64, book gitsync.Notebook) string {
	line := res.String()
	if _, ok := book.(changedTalks); ok && res.Merged {
		// The talks, not the files: what the user reads notes by.
		line = strings.Replace(line, mergedPart(res), plural(len(changed), "talk")+" changed", 1)
	}
	if res.Offline != "" {
		return line + " (" + safetext.Line(res.Offline) + ")"
	}
	return "synced: " + line
}

// mergedPart is the words Result.String uses for the merge.
func mergedPart(res gitsync.Result) string {
	head, _, _ := strings.Cut(res.String(), ";")
	return head
}
