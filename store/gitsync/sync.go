package gitsync

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// maxRounds bounds fetch-merge-push rounds when the remote keeps moving
// between a fetch and its push.
const maxRounds = 3

// Sync commits the notebook's form into dir, fetches the remote, merges
// what it brought through nb.Merge, applies the merge to the notebook,
// commits it with both parents and pushes. The order makes a crash at any
// point lose nothing: the next Sync repairs it. A refusal (no git, no
// working tree, no remote, a half-done operation, hand edits, a detached
// HEAD, unrelated histories) leaves the notebook unchanged. An unreachable
// remote is no error: the result says the push waits.
func Sync(ctx context.Context, dir string, nb Notebook, opt Options) (Result, error) {
	t, err := openTree(ctx, dir, opt)
	if err != nil {
		return Result{}, err
	}
	return t.sync(ctx, nb)
}

func (t *tree) sync(ctx context.Context, nb Notebook) (Result, error) {
	var res Result
	ours, err := nb.Files()
	if err != nil {
		return res, fmt.Errorf("sync %s: read the notebook: %w", t.dir, err)
	}
	if err := checkForm(ours); err != nil {
		return res, err
	}
	if ours, err = t.catchUp(ctx, nb, ours, &res); err != nil {
		return res, err
	}
	committed, err := t.commitForm(ctx, ours, t.message("notes"))
	if err != nil {
		return res, err
	}
	res.Committed = committed
	if err := t.markSynced(ctx); err != nil {
		return res, err
	}
	for range maxRounds {
		again, err := t.round(ctx, nb, ours, &res)
		if err == nil && !again {
			err = t.markSynced(ctx)
		}
		if err != nil || !again {
			res.Head, _ = t.head(ctx)
			return res, err
		}
		// The remote moved between the fetch and the push: what this side
		// holds now is the form just merged and committed.
		if ours, err = t.git.readForm(ctx, "HEAD", Folder); err != nil {
			return res, err
		}
	}
	res.Head, _ = t.head(ctx)
	return res, fmt.Errorf("sync %s: the remote %s changed during each of %d tries: sync again", t.dir, t.remote, maxRounds)
}

// syncedRef names the last commit whose form the notebook holds (with
// what was typed since). It differs from HEAD in a fresh clone, whose
// notes the notebook has never seen, and after a git pull by hand.
const syncedRef = "refs/lanyard/synced"

// catchUp merges into the notebook a HEAD it has not synced with: base
// is the form it last synced, theirs HEAD's. Without it, a notebook
// joining a clone full of notes would commit their removal.
func (t *tree) catchUp(ctx context.Context, nb Notebook, ours Files, res *Result) (Files, error) {
	head, err := t.head(ctx)
	if err != nil || head == "" {
		return ours, err
	}
	synced, _ := t.git.line(ctx, "rev-parse", "-q", "--verify", syncedRef+"^{commit}")
	if synced == head {
		return ours, nil
	}
	base, err := t.git.readForm(ctx, synced, Folder)
	if err != nil {
		return nil, fmt.Errorf("sync %s: %w", t.dir, err)
	}
	theirs, err := t.git.readForm(ctx, head, Folder)
	if err != nil {
		return nil, fmt.Errorf("sync %s: %w", t.dir, err)
	}
	merged, err := nb.Merge(base, ours, theirs)
	if err != nil {
		return nil, fmt.Errorf("sync %s: merge the notebook: %w", t.dir, err)
	}
	if err := checkForm(merged); err != nil {
		return nil, err
	}
	if err := nb.Apply(ours, merged); err != nil {
		return nil, fmt.Errorf("sync %s: write the merge into the notebook: %w", t.dir, err)
	}
	if n := countChanged(ours, merged); n > 0 {
		res.Merged = true
		res.Applied += n
	}
	return merged, nil
}

// markSynced records HEAD as the commit the notebook holds.
func (t *tree) markSynced(ctx context.Context) error {
	head, err := t.head(ctx)
	if err != nil || head == "" {
		return err
	}
	if _, err := t.git.run(ctx, "update-ref", syncedRef, head); err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	return nil
}

// round fetches, merges and pushes once. again is true when the push was
// refused because the remote moved meanwhile.
func (t *tree) round(ctx context.Context, nb Notebook, ours Files, res *Result) (again bool, err error) {
	theirsRef, offline, err := t.fetch(ctx)
	if err != nil {
		return false, err
	}
	if offline != "" {
		res.Offline, res.PushWaits = offline, t.hasUnpushed(ctx, theirsRef)
		return false, nil
	}
	res.Fetched = true
	head, _ := t.head(ctx)
	switch {
	case theirsRef == "":
		// The remote has no such branch yet: this is its first push.
	case head != "" && t.isAncestor(ctx, theirsRef, head):
		// Nothing to merge.
	default:
		if err := t.merge(ctx, nb, head, theirsRef, ours, res); err != nil {
			return false, err
		}
	}
	return t.push(ctx, theirsRef, res)
}

// merge merges the remote's commits: base is the form at the merge-base,
// theirs the remote's; the notebook merges and applies, and only then
// does the working tree move, so a crash before the commit leaves the
// notebook ahead of DIR, which the next sync commits and merges again.
func (t *tree) merge(ctx context.Context, nb Notebook, head, theirsRef string, ours Files, res *Result) error {
	base := ""
	if head != "" {
		mb, err := t.git.line(ctx, "merge-base", head, theirsRef)
		if err != nil {
			if exitCode(err) == 1 {
				return refuse(ErrUnrelated, "unrelated histories: %s (branch %s) and the remote %s share no commit, so lanyard cannot tell what changed on either side; nothing in the notebook changed: set up a new folder from the remote with lanyard sync --init NEWDIR REMOTE, and sync there (this notebook's notes merge in)", t.dir, t.branch, t.remote)
			}
			return fmt.Errorf("sync %s: %w", t.dir, err)
		}
		base = mb
	}
	baseForm, err := t.git.readForm(ctx, base, Folder)
	if err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	theirs, err := t.git.readForm(ctx, theirsRef, Folder)
	if err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	merged, err := nb.Merge(baseForm, ours, theirs)
	if err != nil {
		return fmt.Errorf("sync %s: merge the notebook: %w", t.dir, err)
	}
	if err := checkForm(merged); err != nil {
		return err
	}
	if err := nb.Apply(ours, merged); err != nil {
		return fmt.Errorf("sync %s: write the merge into the notebook: %w", t.dir, err)
	}
	res.Merged = true
	res.Applied += countChanged(ours, merged)
	if head != "" && sameFiles(merged, theirs) && t.isAncestor(ctx, head, theirsRef) {
		// The remote is simply ahead: follow it, no merge commit.
		_, err := t.git.run(ctx, "merge", "--ff-only", "-q", theirsRef)
		if err != nil {
			return fmt.Errorf("sync %s: %w", t.dir, err)
		}
		return nil
	}
	return t.commitMerge(ctx, merged, base, head, theirsRef, res)
}

// countChanged is how many files differ between two forms.
func countChanged(a, b Files) int {
	n := 0
	for p, body := range a {
		if other, ok := b[p]; !ok || string(other) != string(body) {
			n++
		}
	}
	for p := range b {
		if _, ok := a[p]; !ok {
			n++
		}
	}
	return n
}

// fetch fetches the remote's branch into its remote-tracking ref, and
// returns that ref's commit ("" when the remote has no such branch), or
// why the remote cannot be reached.
func (t *tree) fetch(ctx context.Context) (theirs, offline string, err error) {
	tracking := "refs/remotes/" + t.remote + "/" + t.branch
	_, err = t.git.run(ctx, "fetch", "-q", "--no-tags", "--no-write-fetch-head", t.remote,
		"+refs/heads/"+t.branch+":"+tracking)
	if err != nil {
		if why := offlineReason(ctx, err); why != "" {
			theirs, _ := t.git.line(ctx, "rev-parse", "-q", "--verify", tracking+"^{commit}")
			return theirs, why, nil
		}
		if ctx.Err() != nil {
			return "", "", fmt.Errorf("sync %s: %w", t.dir, err)
		}
		var ge *gitError
		if errors.As(err, &ge) && strings.Contains(ge.stderr, "couldn't find remote ref") {
			// A first push to come; a tracking ref left from a branch
			// deleted on the remote would say otherwise.
			if _, err := t.git.run(ctx, "update-ref", "-d", tracking); err != nil {
				return "", "", fmt.Errorf("sync %s: %w", t.dir, err)
			}
			return "", "", nil
		}
		return "", "", fmt.Errorf("sync %s: fetch from %s: %w", t.dir, t.remote, err)
	}
	theirs, err = t.git.line(ctx, "rev-parse", "-q", "--verify", tracking+"^{commit}")
	if err != nil {
		return "", "", fmt.Errorf("sync %s: %w", t.dir, err)
	}
	return theirs, "", nil
}

// push pushes the branch when the remote lacks commits of it. again is
// true when the remote moved since the fetch.
func (t *tree) push(ctx context.Context, theirsRef string, res *Result) (again bool, err error) {
	head, _ := t.head(ctx)
	if head == "" || head == theirsRef {
		return false, nil
	}
	_, err = t.git.run(ctx, "push", "-q", "--porcelain", "-u", t.remote, "refs/heads/"+t.branch+":refs/heads/"+t.branch)
	if err == nil {
		res.Pushed = true
		return false, nil
	}
	if why := offlineReason(ctx, err); why != "" {
		res.Offline, res.PushWaits = why, true
		return false, nil
	}
	var ge *gitError
	if errors.As(err, &ge) && (strings.Contains(ge.stderr, "[rejected]") || strings.Contains(ge.stderr, "fetch first") || strings.Contains(ge.stderr, "non-fast-forward")) {
		return true, nil
	}
	return false, fmt.Errorf("sync %s: push to %s: %w", t.dir, t.remote, err)
}

// hasUnpushed reports whether the branch has commits the remote's last
// known state lacks.
func (t *tree) hasUnpushed(ctx context.Context, theirs string) bool {
	head, _ := t.head(ctx)
	return head != "" && head != theirs && (theirs == "" || !t.isAncestor(ctx, head, theirs))
}

// offlineWords are what git and ssh say when the network, not the
// repository, is the trouble.
var offlineWords = []string{
	"could not resolve host", "could not resolve hostname",
	"temporary failure in name resolution", "name or service not known",
	"connection refused", "connection timed out", "operation timed out",
	"timed out", "network is unreachable", "no route to host",
	"failed to connect to", "could not connect to server",
	"connection reset", "connection closed by remote host",
}

// offlineReason is why git could not reach the remote, or "" when the
// failure is something else. A sync that runs out of time is offline too.
func offlineReason(ctx context.Context, err error) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "timed out"
	}
	var ge *gitError
	if !errors.As(err, &ge) {
		return ""
	}
	low := strings.ToLower(ge.stderr)
	for _, w := range offlineWords {
		if strings.Contains(low, w) {
			return shortReason(firstLines(ge.stderr, 1))
		}
	}
	return ""
}

// shortReason keeps the end of git's sentence, which says what failed:
// "fatal: unable to access 'https://…/': Could not resolve host: forge"
// is "Could not resolve host: forge".
func shortReason(line string) string {
	line = strings.TrimPrefix(line, "fatal: ")
	if rest, ok := strings.CutPrefix(line, "unable to access '"); ok {
		if _, after, found := strings.Cut(rest, "': "); found {
			return after
		}
	}
	return line
}

// head is the branch's commit, "" when it has none yet.
func (t *tree) head(ctx context.Context) (string, error) {
	h, err := t.git.line(ctx, "rev-parse", "-q", "--verify", "HEAD^{commit}")
	if err != nil && exitCode(err) == 1 {
		return "", nil
	}
	return h, err
}

// isAncestor reports whether commit a is an ancestor of (or is) b.
func (t *tree) isAncestor(ctx context.Context, a, b string) bool {
	_, err := t.git.run(ctx, "merge-base", "--is-ancestor", a, b)
	return err == nil
}

// message is a commit message.
func (t *tree) message(what string) string {
	msg := "lanyard: " + what
	if t.opt.Host != "" {
		msg += " from " + t.opt.Host
	}
	return msg
}

// markerPath is the file that says a sync was writing DIR: while it is
// there, changes in the form's folder are lanyard's own, left by a sync
// that stopped, not hand edits.
func (t *tree) markerPath(ctx context.Context) (string, error) {
	p, err := t.git.line(ctx, "rev-parse", "--git-path", "lanyard-sync")
	if err != nil {
		return "", fmt.Errorf("sync %s: %w", t.dir, err)
	}
	return t.gitPath(p), nil
}

// recover puts DIR back to its last commit when a sync stopped while
// writing it. Nothing is lost: the notebook holds all that was being
// written, and this sync writes it again.
func (t *tree) recover(ctx context.Context) error {
	marker, err := t.markerPath(ctx)
	if err != nil {
		return err
	}
	if _, err := os.Stat(marker); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	head, err := t.head(ctx)
	if err != nil {
		return fmt.Errorf("sync %s: %w", t.dir, err)
	}
	if head != "" {
		if _, err := t.git.run(ctx, "reset", "-q", "--hard", "HEAD"); err != nil {
			return fmt.Errorf("sync %s: undo what a stopped sync half wrote: %w", t.dir, err)
		}
	} else if _, err := t.git.run(ctx, "rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", Folder); err != nil {
		return fmt.Errorf("sync %s: undo what a stopped sync half wrote: %w", t.dir, err)
	}
	// Files the stopped sync added are not the user's: the folder is
	// lanyard's, written whole again by this sync.
	if _, err := t.git.run(ctx, "clean", "-q", "-f", "-d", "-x", "--", Folder); err != nil {
		return fmt.Errorf("sync %s: undo what a stopped sync half wrote: %w", t.dir, err)
	}
	return os.Remove(marker)
}
