package gitsync

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// tree is a working tree that passed the checks, ready to sync.
type tree struct {
	git    *gitRunner
	dir    string // absolute
	branch string
	remote string
	opt    Options
}

// openTree checks, in this order, that git is there, that dir is the top
// of a working tree on a branch, that it has the remote, and that nothing
// is half done or edited by hand in it. Each refusal says what to do.
func openTree(ctx context.Context, dir string, opt Options) (*tree, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("sync %s: %w", dir, err)
	}
	g, err := newGitRunner(abs, opt)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, refuse(ErrNotRepo, "no folder %s: set it up with lanyard sync --init %s REMOTE (REMOTE is your repository's URL)", abs, dir)
	case err != nil:
		return nil, fmt.Errorf("sync %s: %w", abs, err)
	case !info.IsDir():
		return nil, refuse(ErrNotRepo, "not a folder: %s is a file; sync needs a clone of your repository (lanyard sync --init DIR REMOTE)", abs)
	}
	top, err := g.line(ctx, "rev-parse", "--show-toplevel")
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("sync %s: %w", abs, err)
		}
		return nil, refuse(ErrNotRepo, "not a git working tree: %s; clone your repository there (lanyard sync --init %s REMOTE), or run git init and git remote add origin URL in it", abs, dir)
	}
	if !sameDir(top, abs) {
		return nil, refuse(ErrNotRepo, "not the top of a git working tree: %s is inside %s; sync that folder", abs, filepath.FromSlash(top))
	}
	t := &tree{git: g, dir: abs, opt: opt}
	// A rebase half done is also a detached HEAD: it is named first,
	// with what finishes it.
	if err := t.checkHalfDone(ctx); err != nil {
		return nil, err
	}
	if err := t.checkBranch(ctx); err != nil {
		return nil, err
	}
	if err := t.checkRemote(ctx); err != nil {
		return nil, err
	}
	if err := t.recover(ctx); err != nil {
		return nil, err
	}
	if err := t.checkClean(ctx); err != nil {
		return nil, err
	}
	if err := t.ensureIdentity(ctx); err != nil {
		return nil, err
	}
	return t, nil
}

// sameDir reports whether two paths name one folder, links followed.
func sameDir(a, b string) bool {
	ra, errA := filepath.EvalSymlinks(filepath.FromSlash(a))
	rb, errB := filepath.EvalSymlinks(b)
	if errA != nil || errB != nil {
		return filepath.Clean(filepath.FromSlash(a)) == filepath.Clean(b)
	}
	return ra == rb
}

func (t *tree) checkBranch(ctx context.Context) error {
	branch, err := t.git.line(ctx, "symbolic-ref", "-q", "--short", "HEAD")
	if err != nil {
		if exitCode(err) == 1 {
			at, _ := t.git.line(ctx, "rev-parse", "--short", "HEAD")
			return refuse(ErrDetached, "no branch checked out (a detached HEAD at %s) in %s: switch to the branch you sync (git -C %s switch main, say) and sync again", at, t.dir, t.dir)
		}
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	if t.opt.Branch != "" && t.opt.Branch != branch {
		return refuse(ErrDetached, "another branch checked out: %s is on %s, and lanyard syncs %s; git -C %s switch %s", t.dir, branch, t.opt.Branch, t.dir, t.opt.Branch)
	}
	t.branch = branch
	return nil
}

func (t *tree) checkRemote(ctx context.Context) error {
	remote := t.opt.Remote
	if remote == "" {
		// The branch's own remote, as a clone or push -u set it.
		if r, err := t.git.line(ctx, "config", "--get", "branch."+t.branch+".remote"); err == nil && r != "" && r != "." {
			remote = r
		} else {
			remote = "origin"
		}
	}
	if _, err := t.git.line(ctx, "remote", "get-url", remote); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("sync %s: %w", t.dir, err)
		}
		return refuse(ErrNoRemote, "no remote %[2]q in %[1]s to sync with: add your repository with git -C %s remote add %s URL (a forge's private repository, user@host:notes.git over ssh, or a bare repository on a stick), or set it up with lanyard sync --init", t.dir, remote, t.dir, remote)
	}
	t.remote = remote
	return nil
}

// halfDone are the files git leaves while an operation waits for the
// user, with what finishes or abandons each.
var halfDone = []struct{ file, what, fix string }{
	{"MERGE_HEAD", "a merge", "finish it (git commit) or abandon it (git merge --abort)"},
	{"rebase-merge", "a rebase", "finish it (git rebase --continue) or abandon it (git rebase --abort)"},
	{"rebase-apply", "a rebase or git am", "finish it (git rebase --continue) or abandon it (git rebase --abort, git am --abort)"},
	{"CHERRY_PICK_HEAD", "a cherry-pick", "finish it (git cherry-pick --continue) or abandon it (git cherry-pick --abort)"},
	{"REVERT_HEAD", "a revert", "finish it (git revert --continue) or abandon it (git revert --abort)"},
	{"BISECT_LOG", "a bisect", "end it (git bisect reset)"},
}

func (t *tree) checkHalfDone(ctx context.Context) error {
	args := []string{"rev-parse"}
	for _, h := range halfDone {
		args = append(args, "--git-path", h.file)
	}
	out, err := t.git.run(ctx, args...)
	if err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	paths := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	for i, h := range halfDone {
		if i >= len(paths) {
			break
		}
		if _, err := os.Lstat(t.gitPath(paths[i])); err == nil {
			return refuse(ErrHalfDone, "%s left half done in %s: %s in %s, then sync again", h.what, t.dir, h.fix, t.dir)
		}
	}
	return nil
}

// gitPath makes a path git printed (relative to the working tree, or
// absolute) usable.
func (t *tree) gitPath(p string) string {
	p = filepath.FromSlash(p)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(t.dir, p)
}

// checkClean refuses changes nobody committed: lanyard commits only the
// form it writes, and a hand edit inside the form's folder would be
// overwritten by the notebook.
func (t *tree) checkClean(ctx context.Context) error {
	out, err := t.git.run(ctx, "status", "--porcelain=v1", "-z", "--untracked-files=all")
	if err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	var paths []string
	inForm := false
	for rec := range strings.SplitSeq(string(out), "\x00") {
		if len(rec) < 4 || rec[2] != ' ' {
			continue // the old name of a rename, or the end
		}
		p := rec[3:]
		inForm = inForm || strings.HasPrefix(p, Folder+"/")
		paths = append(paths, p)
	}
	if len(paths) == 0 {
		return nil
	}
	shown := paths
	if len(shown) > 3 {
		shown = append(shown[:3:3], fmt.Sprintf("and %d more", len(paths)-3))
	}
	why := "lanyard commits only the notebook it writes: commit them yourself (git -C %[1]s add -A && git -C %[1]s commit), or undo them (git -C %[1]s stash -u), then sync again"
	if inForm {
		why = "the folder " + Folder + " is lanyard's, written from the notebook, and edits there would be lost: undo them (git -C %[1]s checkout -- " + Folder + ", and remove new files), or commit the others yourself, then sync again"
	}
	return refuse(ErrDirty, "changes not committed in %s (%s): "+why, t.dir, strings.Join(shown, ", "))
}

// ensureIdentity signs lanyard's commits as "lanyard" when neither the
// options nor the user's git config say who commits: a new laptop should
// sync without a git config first.
func (t *tree) ensureIdentity(ctx context.Context) error {
	if t.opt.AuthorName != "" && t.opt.AuthorEmail != "" {
		return nil
	}
	if _, err := t.git.line(ctx, "var", "GIT_COMMITTER_IDENT"); err == nil {
		if _, err := t.git.line(ctx, "var", "GIT_AUTHOR_IDENT"); err == nil {
			return nil
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	t.git.env = append(t.git.env,
		"GIT_AUTHOR_NAME=lanyard", "GIT_COMMITTER_NAME=lanyard",
		"GIT_AUTHOR_EMAIL=lanyard@localhost", "GIT_COMMITTER_EMAIL=lanyard@localhost")
	return nil
}
