package owner

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"syscall"
	"time"
)

// Waits of a client, so that a hung app fails a command with a message
// rather than hang it.
const (
	// dialWait bounds connecting and the hello.
	dialWait = 2 * time.Second
	// addWait bounds an add: the app puts the bullets on disk first.
	addWait = 10 * time.Second
	// copyWait bounds receiving a copy of the notebook.
	copyWait = time.Minute
	// syncWait bounds a sync: git over a slow network. The server waits
	// as long.
	clientSyncWait = 3 * time.Minute
)

// Client talks to the lanyard that has a notebook open.
type Client struct {
	socket string
	// pid and notebook are the running lanyard's process and the notebook
	// it has open, as its hello said.
	pid      int
	notebook string
}

// Dial finds the lanyard that has the notebook at notebookPath open and
// greets it. The error wraps ErrNoOwner when none answers (no socket, or
// one a crashed lanyard left, or no private place for a socket: the
// command then opens the notebook itself), ErrNotOurs for a socket that is another user's or not a
// socket, and ErrVersion for a lanyard that speaks another version.
func Dial(notebookPath string) (*Client, error) {
	if _, err := os.Stat(notebookPath); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", notebookPath, ErrNoOwner)
	}
	socket, err := SocketPath(notebookPath)
	if err != nil {
		// No lanyard can serve there either: the command goes on alone,
		// and the notebook's lock stops it if one has it open.
		return nil, fmt.Errorf("%v: %w", err, ErrNoOwner)
	}
	info, err := os.Lstat(socket)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: %w", notebookPath, ErrNoOwner)
	case err != nil:
		return nil, fmt.Errorf("the notebook's socket %s: %w", socket, err)
	case info.Mode().Type() != fs.ModeSocket:
		return nil, say(ErrNotOurs, "%s, where a running lanyard would answer for %s, is not a socket: lanyard does not use it; move it away", socket, notebookPath)
	}
	if uid, ok := fileOwner(info); ok && uid != os.Getuid() {
		return nil, say(ErrNotOurs, "the socket %s for %s belongs to user %d, not you (%d): lanyard does not talk to it; if that user runs no lanyard, remove it", socket, notebookPath, uid, os.Getuid())
	}
	c := &Client{socket: socket}
	hello, err := c.call(request{Op: opHello}, dialWait, nil)
	if err != nil {
		if endedWhileAnswering(err) {
			// A lanyard killed a moment ago can still take the connection
			// and then drop it: it is gone, and its lock with it.
			return nil, fmt.Errorf("%s (its lanyard ended while answering): %w", socket, ErrNoOwner)
		}
		return nil, err
	}
	c.pid, c.notebook = hello.Pid, hello.Path
	return c, nil
}

// Pid returns the process ID of the running lanyard.
func (c *Client) Pid() int { return c.pid }

// Notebook returns the path of the notebook the running lanyard has open,
// absolute with its links followed.
func (c *Client) Notebook() string { return c.notebook }

// Snapshot writes a consistent copy of the notebook, with every edit made
// before the call in it, to w.
func (c *Client) Snapshot(w io.Writer) error {
	_, err := c.call(request{Op: opSnapshot}, copyWait, w)
	return err
}

// Add asks the running lanyard to add bullets, and returns once they are
// on disk.
func (c *Client) Add(req AddRequest) (AddReply, error) {
	r, err := c.call(request{Op: opAdd, Add: &req}, addWait, nil)
	if errors.Is(err, ErrRefused) && r.Code == codeFailed && r.Err != "" {
		// The app's sentence is the one the command says with no app
		// open: where the bullets could not go, and why.
		return AddReply{}, say(ErrRefused, "%s", r.Err)
	}
	if err != nil {
		return AddReply{}, err
	}
	if r.Add == nil {
		return AddReply{}, fmt.Errorf("%s: the running lanyard (pid %d) said where the bullets went in no words it is known to use", c.socket, c.pid)
	}
	return *r.Add, nil
}

// Sync asks the running lanyard to sync its notebook through git, and
// returns the line that says what the sync did.
func (c *Client) Sync(req SyncRequest) (SyncReply, error) {
	r, err := c.call(request{Op: opSync, Sync: &req}, clientSyncWait, nil)
	if errors.Is(err, ErrRefused) && r.Code == codeFailed && r.Err != "" {
		// The sync's own message, as lanyard sync says it with no app open.
		return SyncReply{}, say(ErrRefused, "%s", r.Err)
	}
	if err != nil {
		return SyncReply{}, err
	}
	if r.Sync == nil {
		return SyncReply{}, fmt.Errorf("%s: the running lanyard (pid %d) answered the sync in no words it is known to use", c.socket, c.pid)
	}
	return *r.Sync, nil
}

// endedWhileAnswering reports whether a greeting failed because the
// lanyard at the other end hung up without a word.
func endedWhileAnswering(err error) bool {
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

// call makes one request on a connection of its own, within wait; a copy
// the reply carries goes to copyTo.
func (c *Client) call(req request, wait time.Duration, copyTo io.Writer) (reply, error) {
	conn, err := net.DialTimeout("unix", c.socket, dialWait)
	if err != nil {
		if isNoListener(err) {
			return reply{}, fmt.Errorf("%s (left by a lanyard that ended): %w", c.socket, ErrNoOwner)
		}
		return reply{}, fmt.Errorf("reach the running lanyard at %s: %w", c.socket, err)
	}
	defer closeQuietly(conn)
	if uc, ok := conn.(*net.UnixConn); ok {
		if uid, known := peerUID(uc); known && uid != os.Getuid() {
			return reply{}, say(ErrNotOurs, "the socket %s is served by user %d, not you (%d): lanyard does not talk to it", c.socket, uid, os.Getuid())
		}
	}
	if err := conn.SetDeadline(time.Now().Add(wait)); err != nil {
		return reply{}, err
	}
	req.Version = Version
	line, err := encodeRequest(req)
	if err != nil {
		return reply{}, err
	}
	r := bufio.NewReaderSize(conn, chunkSize+4)
	if _, err := conn.Write(line); err != nil {
		// A lanyard that turns the request away (busy, another version)
		// may answer and hang up before reading it: its answer says more.
		if got, replyErr := c.readReply(r, wait); replyErr != nil && got.Version != 0 {
			return got, replyErr
		}
		return reply{}, c.failed(err, wait)
	}
	head, err := c.readReply(r, wait)
	if err != nil || copyTo == nil {
		return head, err
	}
	if err := readChunks(r, copyTo); err != nil {
		return reply{}, c.failed(err, wait)
	}
	return c.readReply(r, wait)
}

// encodeRequest is the request's line, refused if the server would refuse
// it for its length.
func encodeRequest(req request) ([]byte, error) {
	b, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	line := append(b, '\n')
	if len(line) > maxRequest {
		return nil, fmt.Errorf("the request is %d bytes, more than the %d the running lanyard takes: send less at a time", len(line), maxRequest)
	}
	return line, nil
}

// readReply reads a reply line and turns a failure it reports into an
// error.
func (c *Client) readReply(r *bufio.Reader, wait time.Duration) (reply, error) {
	line, err := readLine(r, maxReply)
	if err != nil {
		return reply{}, c.failed(err, wait)
	}
	got, err := decodeReply(line)
	if err != nil {
		return reply{}, say(ErrVersion, "the running lanyard at %s answered in words this lanyard does not know (%v): it may be another version; quit it and run this command again", c.socket, err)
	}
	who := fmt.Sprintf("the lanyard that has %s open (pid %d)", got.Path, got.Pid)
	switch {
	case got.Version != Version || got.Code == codeVersion:
		return got, say(ErrVersion, "%s is another version of lanyard than this one (protocol %d, this one %d): quit it (ctrl+c) and use one lanyard for both", who, got.Version, Version)
	case got.Code == codeUnknown:
		return got, say(ErrVersion, "%s cannot do this (%s): it may be an older lanyard; quit it (ctrl+c) and run this again", who, got.Err)
	case got.Code != "" || got.Err != "":
		return got, say(ErrRefused, "%s could not do it: %s", who, got.Err)
	}
	return got, nil
}

// failed says what went wrong talking to the app, naming a timeout as one.
func (c *Client) failed(err error, wait time.Duration) error {
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return fmt.Errorf("the running lanyard at %s did not answer within %s: it may be stuck; quit it, or try again: %w", c.socket, wait, err)
	}
	return fmt.Errorf("talk to the running lanyard at %s: %w", c.socket, err)
}
