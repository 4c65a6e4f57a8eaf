// Package gitsync carries a notebook's synced form through a git working
// tree, running the git binary so that the user's config, credentials and
// ssh keys apply. It knows nothing of lanyard's store: it deals in files,
// and leaves their three-way merge to the Notebook it is given. git's own
// line merge never touches the form.
//
// The form lives in one folder of the working tree, Folder ("notebook");
// the rest of the tree (a README, say) is the user's, carried along by
// the merge commits but never written by lanyard.
package gitsync

import (
	"fmt"
	"strings"
	"time"
)

// Folder is the folder of the working tree that holds the synced form.
// lanyard owns what is in it: files the notebook no longer has are
// removed from it.
const Folder = "notebook"

// Files is a synced form: slash-separated paths relative to the form's
// root in the working tree, to contents.
type Files = map[string][]byte

// Notebook is what a sync needs from the notebook.
type Notebook interface {
	// Files is the notebook as it is now, in its synced form.
	Files() (Files, error)
	// Merge is the three-way merge of the form: base is the form at the
	// last synced commit (empty for a first sync), ours the notebook's,
	// theirs what the remote brought. It is pure: it writes nothing.
	Merge(base, ours, theirs Files) (Files, error)
	// Apply writes merged into the notebook in one transaction. It applies
	// the difference between ours (the Files the merge was given) and
	// merged, so what the user typed after Files was taken is kept. An
	// error changes nothing.
	Apply(ours, merged Files) error
}

// Options says how to sync. The zero value syncs the branch checked out
// with the remote "origin" (or the branch's own remote), as the user's
// git config says who commits.
type Options struct {
	// Remote is the remote to sync with; empty is the branch's remote,
	// else "origin".
	Remote string
	// Branch is the branch the sync expects checked out, pushed to the
	// branch of the same name on the remote; empty is the one checked out.
	Branch string
	// AuthorName and AuthorEmail sign lanyard's commits; empty is the
	// user's git config, and "lanyard" <lanyard@localhost> when that has
	// none (a new machine should still sync).
	AuthorName, AuthorEmail string
	// Now is the commits' time; nil is the clock.
	Now func() time.Time
	// Git is the git binary, a name looked up on PATH or a path; empty
	// is "git".
	Git string
	// Host names this machine in commit messages; empty is none.
	Host string
}

// Result says what a sync did, for a one-line message.
type Result struct {
	// Committed is true when the notebook's changes made a commit.
	Committed bool
	// Fetched is true when the remote was reached.
	Fetched bool
	// Merged is true when the remote had commits this side lacked and
	// they were merged in.
	Merged bool
	// Applied is how many files of the form the merge changed in the
	// notebook.
	Applied int
	// Pushed is true when the remote took this side's commits.
	Pushed bool
	// PushWaits is true when commits wait for the network (Offline says
	// why); the next sync pushes them.
	PushWaits bool
	// Offline is git's word for why the remote could not be reached.
	Offline string
	// KeptOurs names files outside the form's folder changed on both
	// sides: this side's is kept, the other's is in the history.
	KeptOurs []string
	// Head is the commit the branch is at after the sync.
	Head string
}

// String is the result in one line.
func (r Result) String() string {
	var parts []string
	switch {
	case r.Merged && r.Applied == 0:
		parts = append(parts, "merged the remote's commits")
	case r.Merged && r.Applied == 1:
		parts = append(parts, "merged 1 changed file from the remote")
	case r.Merged:
		parts = append(parts, fmt.Sprintf("merged %d changed files from the remote", r.Applied))
	case r.Committed:
		parts = append(parts, "committed")
	}
	switch {
	case r.PushWaits:
		parts = append(parts, "the push waits for the network")
	case r.Offline != "":
		parts = append(parts, "the remote cannot be reached")
	case r.Pushed:
		parts = append(parts, "pushed")
	case !r.Merged && !r.Committed:
		parts = append(parts, "nothing new")
	}
	if len(r.KeptOurs) > 0 {
		parts = append(parts, fmt.Sprintf("kept this side's %s (changed on both sides)", strings.Join(r.KeptOurs, ", ")))
	}
	return strings.Join(parts, "; ")
}
