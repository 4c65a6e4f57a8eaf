package gitsync

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"
)

// commitForm writes files into the form's folder and commits them when
// anything changed. The marker stays while DIR is being written, so that a
// sync stopped half way is told from hand edits.
func (t *tree) commitForm(ctx context.Context, files Files, msg string) (bool, error) {
	committed, err := t.committedForm(ctx)
	if err != nil {
		return false, err
	}
	marker, err := t.beginWrite(ctx)
	if err != nil {
		return false, err
	}
	if err := writeForm(t.dir, Folder, files, committed); err != nil {
		return false, err
	}
	if err := t.stageForm(ctx); err != nil {
		return false, err
	}
	changed, err := t.staged(ctx)
	if err != nil {
		return false, err
	}
	if changed {
		head, err := t.head(ctx)
		if err != nil {
			return false, fmt.Errorf("sync %s: %w", t.dir, err)
		}
		if err := t.commitIndex(ctx, msg, head); err != nil {
			return false, err
		}
	}
	return changed, endWrite(marker)
}

// commitMerge writes merged into the form's folder and commits it with
// both parents. Outside the folder, a file changed on one side takes that
// change; one changed on both keeps this side's (the other's stays in the
// history, and the result names it).
func (t *tree) commitMerge(ctx context.Context, merged Files, base, head, theirs string, res *Result) error {
	committed, err := t.committedForm(ctx)
	if err != nil {
		return err
	}
	marker, err := t.beginWrite(ctx)
	if err != nil {
		return err
	}
	kept, err := t.mergeOutside(ctx, base, head, theirs)
	if err != nil {
		return err
	}
	res.KeptOurs = append(res.KeptOurs, kept...)
	if err := writeForm(t.dir, Folder, merged, committed); err != nil {
		return err
	}
	if err := t.stageForm(ctx); err != nil {
		return err
	}
	if err := t.commitIndex(ctx, t.message("merge of the notebook with "+t.remote), head, theirs); err != nil {
		return err
	}
	// The files outside the folder taken from the remote come out of
	// the index into the working tree.
	if _, err := t.git.run(ctx, "checkout-index", "-a", "-f", "-q"); err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	return endWrite(marker)
}

// mergeOutside puts into the index, for each file outside the form's
// folder, the side that changed it since base.
func (t *tree) mergeOutside(ctx context.Context, base, head, theirs string) (kept []string, err error) {
	list := func(commit string) (map[string]treeEntry, error) {
		if commit == "" {
			return map[string]treeEntry{}, nil
		}
		all, err := t.git.listTree(ctx, commit, "")
		if err != nil {
			return nil, fmt.Errorf("sync %s: %w", t.dir, err)
		}
		for p := range all {
			if strings.HasPrefix(p, Folder+"/") {
				delete(all, p)
			}
		}
		return all, nil
	}
	b, err := list(base)
	if err != nil {
		return nil, err
	}
	o, err := list(head)
	if err != nil {
		return nil, err
	}
	th, err := list(theirs)
	if err != nil {
		return nil, err
	}
	var info bytes.Buffer
	var removed []string
	paths := map[string]bool{}
	for p := range o {
		paths[p] = true
	}
	for p := range th {
		paths[p] = true
	}
	for _, p := range slices.Sorted(func(yield func(string) bool) {
		for p := range paths {
			if !yield(p) {
				return
			}
		}
	}) {
		be, inBase := b[p]
		oe, inOurs := o[p]
		te, inTheirs := th[p]
		oursSame := inOurs == inBase && oe == be
		theirsSame := inTheirs == inBase && te == be
		switch {
		case oursSame && !theirsSame && inTheirs:
			fmt.Fprintf(&info, "%s %s\t%s\x00", te.mode, te.hash, p)
		case oursSame && !theirsSame:
			fmt.Fprintf(&info, "0 %s\t%s\x00", strings.Repeat("0", len(be.hash)), p)
			removed = append(removed, p)
		case !oursSame && !theirsSame && !(inOurs == inTheirs && oe == te):
			kept = append(kept, p)
		}
	}
	if info.Len() == 0 {
		return kept, nil
	}
	if _, err := t.git.runInput(ctx, &info, "update-index", "-z", "--index-info"); err != nil {
		return nil, fmt.Errorf("sync %s: %w", t.dir, err)
	}
	for _, p := range removed {
		if err := os.Remove(t.gitPath(p)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("sync %s: %w", t.dir, err)
		}
	}
	return kept, nil
}

// committedForm lists the form's files in HEAD's tree, with their
// hashes; none when the branch has no commit yet.
func (t *tree) committedForm(ctx context.Context) (map[string]treeEntry, error) {
	head, err := t.head(ctx)
	if err != nil || head == "" {
		return nil, err
	}
	entries, err := t.git.listTree(ctx, head, Folder+"/")
	if err != nil {
		return nil, fmt.Errorf("sync %s: %w", t.dir, err)
	}
	return entries, nil
}

// stageForm stages the form's folder whole, files a .gitignore would
// skip included.
func (t *tree) stageForm(ctx context.Context) error {
	if _, err := t.git.run(ctx, "add", "-A", "-f", "--", Folder); err != nil {
		// An empty form leaves no folder, which git add calls no match.
		var ge *gitError
		if !errors.As(err, &ge) || !strings.Contains(ge.stderr, "did not match any files") {
			return fmt.Errorf("sync %s: %w", t.dir, err)
		}
	}
	return nil
}

// staged reports whether the index differs from HEAD.
func (t *tree) staged(ctx context.Context) (bool, error) {
	_, err := t.git.run(ctx, "diff", "--cached", "--quiet", "--no-ext-diff")
	switch {
	case err == nil:
		return false, nil
	case exitCode(err) == 1:
		return true, nil
	default:
		return false, fmt.Errorf("sync %s: %w", t.dir, err)
	}
}

// commitIndex commits the index with these parents and moves the branch
// to it, only if it is still at the first parent. It runs no hooks: the
// commit is lanyard's, and a hook must not stop a sync half way.
func (t *tree) commitIndex(ctx context.Context, msg string, parents ...string) error {
	treeID, err := t.git.line(ctx, "write-tree")
	if err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	args := []string{"commit-tree", treeID, "-m", msg}
	for _, p := range parents {
		if p != "" {
			args = append(args, "-p", p)
		}
	}
	saved := t.git.env
	if t.opt.Now != nil {
		when := t.opt.Now().Format(time.RFC3339)
		t.git.env = append(slices.Clip(saved), "GIT_AUTHOR_DATE="+when, "GIT_COMMITTER_DATE="+when)
	}
	commit, err := t.git.line(ctx, args...)
	t.git.env = saved
	if err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	old := ""
	if len(parents) > 0 {
		old = parents[0]
	}
	if _, err := t.git.run(ctx, "update-ref", "-m", msg, "refs/heads/"+t.branch, commit, old); err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	return nil
}

// beginWrite leaves the marker that says DIR is being written.
func (t *tree) beginWrite(ctx context.Context) (string, error) {
	marker, err := t.markerPath(ctx)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(marker, []byte("lanyard sync was writing this working tree\n"), 0o644); err != nil {
		return "", fmt.Errorf("sync %s: %w", t.dir, err)
	}
	return marker, nil
}

// endWrite removes the marker: DIR is committed.
func endWrite(marker string) error {
	if err := os.Remove(marker); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("sync: %w", err)
	}
	return nil
}
