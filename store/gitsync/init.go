package gitsync

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Init sets dir up for syncing with remote: it clones remote into dir (a
// remote with no commits yet gives a working tree with the remote set
// and nothing in it, which the first sync fills and pushes). dir must not
// exist, or be an empty folder. The branch is the remote's default one.
func Init(ctx context.Context, dir, remote string, opt Options) error {
	if remote == "" {
		return refuse(ErrNoRemote, "lanyard sync --init needs the repository to clone: lanyard sync --init DIR REMOTE")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("set up %s: %w", dir, err)
	}
	entries, err := os.ReadDir(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("set up %s: %w", abs, err)
	case len(entries) > 0:
		return fmt.Errorf("set up %s: it already holds files; give a new folder (or, if it is a clone of your repository already, just lanyard sync %s)", abs, dir)
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("set up %s: %w", abs, err)
	}
	g, err := newGitRunner(parent, opt)
	if err != nil {
		return err
	}
	args := []string{"clone", "-q"}
	if opt.Remote != "" {
		args = append(args, "--origin", opt.Remote)
	}
	args = append(args, "--", remote, abs)
	if _, err := g.run(ctx, args...); err != nil {
		if why := offlineReason(ctx, err); why != "" {
			return fmt.Errorf("set up %s: the repository %s cannot be reached (%s): try again on the network", abs, remote, why)
		}
		return fmt.Errorf("set up %s from %s: %w", abs, remote, err)
	}
	return nil
}
