// Package owner lets the one lanyard that has a notebook open serve the
// other lanyard commands run beside it (talks, export, add, …) over a local
// socket next to the notebook, so that an app kept open all day does not
// shut them out. It carries requests and answers; what each request does is
// up to the Handlers the running app gives it.
//
// The running app calls Serve; a command calls Dial, and on ErrNoOwner
// opens the notebook itself. SocketPath says where the socket is, for
// both. Only Unix sockets are used (Windows 10 has them too), in a folder
// only the user may enter, with mode 0600; on Linux each side also checks
// the other's user ID. See protocol.go for what goes over it.
package owner

import "io"

// AddRequest asks the owner to append bullets to a talk's notes: the talk
// on now unless TalkID or Page names another place.
type AddRequest struct {
	// Text is the bullets as the notes text form has them: one a line,
	// indented lines nested under the line above.
	Text string `json:"text"`
	// TalkID is the talk to add to; 0 means the talk on now.
	TalkID uint64 `json:"talk_id,omitempty"`
	// Page is the title of a free page of today to add to, made if there
	// is none by that title.
	Page string `json:"page,omitempty"`
}

// AddReply says where the bullets went.
type AddReply struct {
	TalkID uint64 `json:"talk_id"`
	Title  string `json:"title"`
	// When is the talk's start in venue time ("10:00"), "" if it has none.
	When    string `json:"when,omitempty"`
	Bullets int    `json:"bullets"`
}

// SyncRequest asks the owner to sync its notebook through a git working
// tree, as lanyard sync does.
type SyncRequest struct {
	// Dir is the working tree, absolute; "" is the one the app's config
	// names.
	Dir string `json:"dir,omitempty"`
}

// SyncReply says what the sync did, in the line lanyard sync prints.
type SyncReply struct {
	Line string `json:"line"`
}

// Handlers are what the running app does for each request; a nil one makes
// the owner answer that this lanyard cannot do that.
type Handlers struct {
	// Snapshot writes a consistent copy of the notebook, with every edit
	// made before the call in it.
	Snapshot func(w io.Writer) error
	// Add appends bullets, and returns once they are on disk.
	Add func(AddRequest) (AddReply, error)
	// Sync syncs the notebook through git, off the interface's goroutine,
	// and returns once the notebook and the working tree hold the result.
	Sync func(SyncRequest) (SyncReply, error)
	// OnPanic is told of a panic in a handler, which the server recovers
	// so that a request cannot take the app down with edits unsaved; nil
	// only answers the request with the failure.
	OnPanic func(value any, stack []byte)
}
