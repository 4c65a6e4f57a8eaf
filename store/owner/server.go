package owner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"runtime/debug"
	"sync"
	"time"
)

// maxConns is how many connections are served at once; more are told the
// app is busy.
const maxConns = 4

// Waits that keep a stuck or hostile client from holding the app up:
// variables so that tests can wait less.
var (
	// requestWait is how long a client has to send its request.
	requestWait = 2 * time.Second
	// replyWait is how long a client has to take a reply, the copy of a
	// notebook included: the copy holds a read transaction, which a
	// writer growing the file waits for.
	replyWait = time.Minute
	// syncWait is how long a sync may take before its reply is given up:
	// git over a slow network.
	syncWait = 3 * time.Minute
	// closeWait is how long Close waits for requests in hand to end.
	closeWait = 5 * time.Second
)

// Server serves the notebook's socket for the lanyard that has it open.
type Server struct {
	ln       *net.UnixListener
	path     string
	notebook string
	h        Handlers
	slots    chan struct{}

	mu     sync.Mutex
	conns  map[net.Conn]struct{}
	closed bool
	wg     sync.WaitGroup
	done   chan struct{}
}

// Serve starts serving the other commands for the notebook at
// notebookPath, which the caller has open and locked (so a socket left at
// its place is a crashed lanyard's and is replaced). It returns at once;
// each connection is served in a goroutine of its own, a few at a time,
// with deadlines. A socket path taken by a file that is not a socket, or by
// another user's socket, is left alone and Serve fails with ErrNotOurs.
func Serve(notebookPath string, h Handlers) (*Server, error) {
	path, err := SocketPath(notebookPath)
	if err != nil {
		return nil, err
	}
	if err := removeStale(path); err != nil {
		return nil, err
	}
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		return nil, fmt.Errorf("serve the notebook's commands at %s: %w", path, err)
	}
	// The folder is private already; the mode says so again.
	if err := os.Chmod(path, 0o600); err != nil {
		return nil, errors.Join(fmt.Errorf("serve the notebook's commands at %s: %w", path, err), ln.Close())
	}
	real, err := resolve(notebookPath)
	if err != nil {
		real = notebookPath
	}
	s := &Server{
		ln: ln, path: path, notebook: real, h: h,
		slots: make(chan struct{}, maxConns),
		conns: map[net.Conn]struct{}{},
		done:  make(chan struct{}),
	}
	go s.accept()
	return s, nil
}

// Path returns the socket's path.
func (s *Server) Path() string { return s.path }

// removeStale removes a socket left by a lanyard that crashed, if it is a
// socket and the user's; anything else at path is refused.
func removeStale(path string) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("the notebook's socket %s: %w", path, err)
	case info.Mode().Type() != fs.ModeSocket:
		return say(ErrNotOurs, "%s is in the way of the notebook's socket and is not one; lanyard leaves it: move it away so that other lanyard commands can reach this one", path)
	}
	if uid, ok := fileOwner(info); ok && uid != os.Getuid() {
		return say(ErrNotOurs, "the notebook's socket %s belongs to user %d, not you (%d); lanyard leaves it: remove it (as that user) so that other lanyard commands can reach this one", path, uid, os.Getuid())
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove the socket a closed lanyard left, %s: %w", path, err)
	}
	return nil
}

// Close stops serving: no new connection is taken, those in hand are cut
// short, and the socket file is removed. It waits a few seconds at most
// for the handlers running to return.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	err := s.ln.Close() // which removes the socket file
	for c := range s.conns {
		if dlErr := c.SetDeadline(time.Now()); dlErr != nil {
			err = errors.Join(err, c.Close())
		}
	}
	s.mu.Unlock()
	<-s.done
	ended := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(ended)
	}()
	select {
	case <-ended:
	case <-time.After(closeWait):
		err = errors.Join(err, fmt.Errorf("a request to the notebook's socket %s did not end within %s", s.path, closeWait))
	}
	return err
}

func (s *Server) accept() {
	defer close(s.done)
	for {
		conn, err := s.ln.AcceptUnix()
		if err != nil {
			if s.isClosed() || !isTemporary(err) {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if uid, ok := peerUID(conn); ok && uid != os.Getuid() {
			closeQuietly(conn) // another user is told nothing
			continue
		}
		select {
		case s.slots <- struct{}{}:
		default:
			s.turnAway(conn)
			continue
		}
		if !s.track(conn) {
			<-s.slots
			continue
		}
		go s.serveConn(conn)
	}
}

func (s *Server) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// isTemporary reports whether Accept may work if tried again (too many
// open files, say).
func isTemporary(err error) bool {
	var ne interface{ Temporary() bool }
	return errors.As(err, &ne) && ne.Temporary()
}

// track records conn as in hand, unless the server is closing.
func (s *Server) track(conn net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		closeQuietly(conn)
		return false
	}
	s.conns[conn] = struct{}{}
	s.wg.Add(1)
	return true
}

func (s *Server) untrack(conn net.Conn) {
	s.mu.Lock()
	delete(s.conns, conn)
	s.mu.Unlock()
	closeQuietly(conn)
	<-s.slots
	s.wg.Done()
}

// closeQuietly closes a connection whose end the client sees already: a
// failure to close a socket has no one to be told to and leaves nothing
// behind.
func closeQuietly(conn net.Conn) {
	if err := conn.Close(); err != nil {
		return
	}
}

// turnAway tells a client beyond maxConns that the app is busy, without
// waiting on it.
func (s *Server) turnAway(conn net.Conn) {
	defer closeQuietly(conn)
	if err := conn.SetWriteDeadline(time.Now().Add(100 * time.Millisecond)); err != nil {
		return
	}
	s.send(conn, reply{Code: codeBusy, Err: "it is busy with other commands: try again"})
}

// send writes a reply line; a client gone has no one to be told.
func (s *Server) send(w io.Writer, r reply) bool {
	r.Version, r.Pid, r.Path = Version, os.Getpid(), s.notebook
	return writeLine(w, r) == nil
}

func (s *Server) serveConn(conn *net.UnixConn) {
	defer s.untrack(conn)
	if err := conn.SetReadDeadline(time.Now().Add(requestWait)); err != nil {
		return
	}
	line, err := readLine(bufio.NewReaderSize(conn, 4096), maxRequest)
	if err != nil {
		s.send(conn, reply{Code: codeBad, Err: "the request could not be read: " + err.Error()})
		return
	}
	if err := conn.SetWriteDeadline(time.Now().Add(replyWait)); err != nil {
		return
	}
	req, err := decodeRequest(line)
	switch {
	case errors.Is(err, errVersion):
		s.send(conn, reply{Code: codeVersion, Err: fmt.Sprintf("it speaks version %d of the protocol, the command version %d", Version, req.Version)})
	case errors.Is(err, errUnknownOp):
		s.send(conn, reply{Code: codeUnknown, Err: fmt.Sprintf("it does not know the request %q", req.Op)})
	case err != nil:
		s.send(conn, reply{Code: codeBad, Err: err.Error()})
	default:
		s.dispatch(conn, req)
	}
}

// dispatch runs the request's handler, recovering its panic.
func (s *Server) dispatch(conn net.Conn, req request) {
	defer func() {
		if v := recover(); v != nil {
			if s.h.OnPanic != nil {
				s.h.OnPanic(v, debug.Stack())
			}
			s.send(conn, reply{Code: codeFailed, Err: fmt.Sprintf("the running lanyard failed doing it: %v", v)})
		}
	}()
	switch req.Op {
	case opHello:
		s.send(conn, reply{})
	case opSnapshot:
		s.snapshot(conn)
	case opAdd:
		if s.h.Add == nil {
			s.send(conn, reply{Code: codeUnknown, Err: "it cannot add bullets"})
			return
		}
		got, err := s.h.Add(*req.Add)
		if err != nil {
			s.send(conn, reply{Code: codeFailed, Err: err.Error()})
			return
		}
		s.send(conn, reply{Add: &got})
	case opSync:
		s.sync(conn, *req.Sync)
	}
}

// sync runs the app's sync and answers with its line.
func (s *Server) sync(conn net.Conn, req SyncRequest) {
	if s.h.Sync == nil {
		s.send(conn, reply{Code: codeUnknown, Err: "it cannot sync"})
		return
	}
	if err := conn.SetWriteDeadline(time.Now().Add(syncWait)); err != nil {
		return
	}
	got, err := s.h.Sync(req)
	if err != nil {
		s.send(conn, reply{Code: codeFailed, Err: err.Error()})
		return
	}
	s.send(conn, reply{Sync: &got})
}

// snapshot sends a copy of the notebook, then whether it is whole.
func (s *Server) snapshot(conn net.Conn) {
	if s.h.Snapshot == nil {
		s.send(conn, reply{Code: codeUnknown, Err: "it cannot copy the notebook"})
		return
	}
	if !s.send(conn, reply{}) {
		return
	}
	bw := bufio.NewWriterSize(conn, chunkSize+4)
	cw := newChunkWriter(bw)
	err := s.h.Snapshot(cw)
	if endErr := cw.end(); endErr != nil {
		return // the client is gone or stuck: nothing more to say
	}
	end := reply{}
	if err != nil {
		end = reply{Code: codeFailed, Err: err.Error()}
	}
	if !s.send(bw, end) {
		return
	}
	if err := bw.Flush(); err != nil {
		return
	}
}
