package owner

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

func TestACommandGetsTheRunningAppsCopyOfTheNotebook(t *testing.T) {
	nb := notebook(t, 0o700)
	want := make([]byte, 3*chunkSize+17) // several chunks and a part
	if _, err := rand.Read(want); err != nil {
		t.Fatal(err)
	}
	s := serve(t, nb, Handlers{Snapshot: func(w io.Writer) error {
		_, err := w.Write(want)
		return err
	}})
	info, err := os.Lstat(s.Path())
	if err != nil || info.Mode().Type() != os.ModeSocket || info.Mode().Perm() != 0o600 {
		t.Fatalf("the socket is %v, %v; want a socket of mode 0600", info, err)
	}
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	if c.Pid() != os.Getpid() {
		t.Errorf("the app's pid is %d; want %d", c.Pid(), os.Getpid())
	}
	var got bytes.Buffer
	if err := c.Snapshot(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the copy is %d bytes, not the %d the app wrote", got.Len(), len(want))
	}
}

func TestACopyThatFailsHalfwayIsAnError(t *testing.T) {
	nb := notebook(t, 0o700)
	serve(t, nb, Handlers{Snapshot: func(w io.Writer) error {
		if _, err := w.Write(make([]byte, chunkSize+1)); err != nil {
			return err
		}
		return errors.New("the disk is on fire")
	}})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Snapshot(io.Discard)
	if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "the disk is on fire") {
		t.Errorf("a copy that failed gives %v; want ErrRefused with the app's reason", err)
	}
}

func TestAddReachesTheHandler(t *testing.T) {
	nb := notebook(t, 0o700)
	var asked AddRequest
	serve(t, nb, Handlers{Add: func(r AddRequest) (AddReply, error) {
		asked = r
		return AddReply{TalkID: 7, Title: "Pagers", Bullets: 2}, nil
	}})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	req := AddRequest{Text: "one\n  two", TalkID: 7}
	got, err := c.Add(req)
	if err != nil || got != (AddReply{TalkID: 7, Title: "Pagers", Bullets: 2}) || asked != req {
		t.Errorf("Add(%+v) = %+v, %v, the app asked %+v", req, got, err, asked)
	}
}

func TestAnAppThatCannotAddSaysSo(t *testing.T) {
	nb := notebook(t, 0o700)
	serve(t, nb, Handlers{})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Add(AddRequest{Text: "x"}); !errors.Is(err, ErrVersion) || !strings.Contains(err.Error(), "cannot add") {
		t.Errorf("Add to an app without the handler: %v; want ErrVersion saying it cannot add", err)
	}
}

func TestAHandlersPanicIsToldAndAnswered(t *testing.T) {
	nb := notebook(t, 0o700)
	told := make(chan any, 1)
	serve(t, nb, Handlers{
		Add:     func(AddRequest) (AddReply, error) { panic("boom") },
		OnPanic: func(v any, _ []byte) { told <- v },
	})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Add(AddRequest{Text: "x"}); !errors.Is(err, ErrRefused) {
		t.Errorf("Add whose handler panics: %v; want ErrRefused", err)
	}
	if v := <-told; v != "boom" {
		t.Errorf("OnPanic was told %v", v)
	}
}

func TestNoAppIsNoOwner(t *testing.T) {
	nb := notebook(t, 0o700)
	if _, err := Dial(nb); !errors.Is(err, ErrNoOwner) {
		t.Errorf("Dial with no app: %v; want ErrNoOwner", err)
	}
	if _, err := Dial(nb + ".missing"); !errors.Is(err, ErrNoOwner) {
		t.Errorf("Dial of no notebook: %v; want ErrNoOwner", err)
	}
	s, err := Serve(nb, Handlers{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(s.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the socket is left after Close: %v", err)
	}
	if _, err := Dial(nb); !errors.Is(err, ErrNoOwner) {
		t.Errorf("Dial after the app closed: %v; want ErrNoOwner", err)
	}
}

// listenAtSocket listens where the lanyard that has nb open would, as
// the tests' stand-in for one that crashed or is ending.
func listenAtSocket(t *testing.T, nb string) (*net.UnixListener, string) {
	t.Helper()
	path, err := SocketPath(nb)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	return ln, path
}

// staleSocket leaves a socket nobody listens on at the notebook's socket
// path, as a lanyard that crashed does.
func staleSocket(t *testing.T, nb string) string {
	t.Helper()
	ln, path := listenAtSocket(t, nb)
	ln.SetUnlinkOnClose(false)
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAStaleSocketIsNoOwnerAndIsReplaced(t *testing.T) {
	nb := notebook(t, 0o700)
	path := staleSocket(t, nb)
	if _, err := Dial(nb); !errors.Is(err, ErrNoOwner) {
		t.Errorf("Dial of a crashed app's socket: %v; want ErrNoOwner", err)
	}
	s := serve(t, nb, Handlers{})
	if s.Path() != path {
		t.Errorf("served at %s; want %s", s.Path(), path)
	}
	if _, err := Dial(nb); err != nil {
		t.Errorf("Dial once the stale socket was replaced: %v", err)
	}
}

func TestAFileInTheSocketsPlaceIsLeftAlone(t *testing.T) {
	nb := notebook(t, 0o700)
	path, err := SocketPath(nb)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Serve(nb, Handlers{}); !errors.Is(err, ErrNotOurs) || !strings.Contains(err.Error(), path) {
		t.Errorf("Serve with a file in the socket's place: %v; want ErrNotOurs naming it", err)
	}
	if _, err := Dial(nb); !errors.Is(err, ErrNotOurs) {
		t.Errorf("Dial with a file in the socket's place: %v; want ErrNotOurs", err)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "mine" {
		t.Errorf("the file in the socket's place is now %q, %v", data, err)
	}
}

func TestAnotherUsersSocketIsRefused(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("only root can give a socket to another user")
	}
	nb := notebook(t, 0o700)
	path := staleSocket(t, nb)
	if err := os.Lchown(path, 4242, 4242); err != nil {
		t.Fatal(err)
	}
	if _, err := Dial(nb); !errors.Is(err, ErrNotOurs) || !strings.Contains(err.Error(), "4242") {
		t.Errorf("Dial of another user's socket: %v; want ErrNotOurs naming the user", err)
	}
	if _, err := Serve(nb, Handlers{}); !errors.Is(err, ErrNotOurs) {
		t.Errorf("Serve over another user's socket: %v; want ErrNotOurs", err)
	}
	if _, err := os.Lstat(path); err != nil {
		t.Errorf("another user's socket was removed: %v", err)
	}
}

// raw sends line on a connection of its own and returns the reply line.
func raw(t *testing.T, socket, line string) reply {
	t.Helper()
	conn, err := net.Dial("unix", socket)
	if err != nil {
		t.Fatal(err)
	}
	defer closeQuietly(conn)
	if err := conn.SetDeadline(time.Now().Add(5 * time.Second)); err != nil {
		t.Fatal(err)
	}
	// A server that turns a request away may answer before reading it
	// and hang up: the answer is what counts.
	_, writeErr := io.WriteString(conn, line)
	got, err := readLine(bufio.NewReader(conn), maxReply)
	if err != nil {
		t.Fatalf("reply to %.40q: %v (sending it: %v)", line, err, writeErr)
	}
	r, err := decodeReply(got)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestAnotherVersionIsToldApart(t *testing.T) {
	nb := notebook(t, 0o700)
	s := serve(t, nb, Handlers{})
	if r := raw(t, s.Path(), `{"v":2,"op":"hello"}`+"\n"); r.Code != codeVersion || r.Version != Version {
		t.Errorf("a request of version 2 gets %+v; want the version code and this version", r)
	}
	if r := raw(t, s.Path(), `{"v":1,"op":"dance"}`+"\n"); r.Code != codeUnknown {
		t.Errorf("an unknown request gets %+v; want the unknown code", r)
	}
}

// TestANewerAppIsNamedAsOne stands in for a lanyard of another version:
// every reply is of version 99.
func TestANewerAppIsNamedAsOne(t *testing.T) {
	nb := notebook(t, 0o700)
	path, err := SocketPath(nb)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := ln.Close(); err != nil {
			t.Error(err)
		}
	}()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			if err := writeLine(conn, reply{Version: 99, Pid: 1, Path: nb, Code: codeVersion}); err != nil {
				t.Error(err)
			}
			closeQuietly(conn)
		}
	}()
	_, err = Dial(nb)
	if !errors.Is(err, ErrVersion) || !strings.Contains(err.Error(), "protocol 99, this one 1") {
		t.Errorf("Dial of a newer app: %v; want ErrVersion with both versions", err)
	}
}

// shortWaits makes the server wait for requests as briefly as a test can
// afford.
func shortWaits(t *testing.T) {
	t.Helper()
	old := requestWait
	requestWait = 200 * time.Millisecond
	t.Cleanup(func() { requestWait = old })
}

func TestSilentClientsCannotHoldTheAppUp(t *testing.T) {
	shortWaits(t)
	nb := notebook(t, 0o700)
	s := serve(t, nb, Handlers{})
	var silent []net.Conn
	for range maxConns {
		conn, err := net.Dial("unix", s.Path())
		if err != nil {
			t.Fatal(err)
		}
		silent = append(silent, conn)
	}
	defer func() {
		for _, c := range silent {
			closeQuietly(c)
		}
	}()
	time.Sleep(50 * time.Millisecond) // accepted, all of them
	if r := raw(t, s.Path(), `{"v":1,"op":"hello"}`+"\n"); r.Code != codeBusy {
		t.Errorf("a client beyond %d silent ones gets %+v; want busy", maxConns, r)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := Dial(nb); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("the silent clients still hold the app up: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestAnEndlessRequestIsCutOff(t *testing.T) {
	nb := notebook(t, 0o700)
	s := serve(t, nb, Handlers{Add: func(AddRequest) (AddReply, error) {
		t.Error("an endless request reached the handler")
		return AddReply{}, nil
	}})
	long := `{"v":1,"op":"add","add":{"text":"` + strings.Repeat("a", maxRequest) + `"}}` + "\n"
	r := raw(t, s.Path(), long)
	if r.Code != codeBad || !strings.Contains(r.Err, "longer than") {
		t.Errorf("a request of %d bytes gets %+v; want it refused for its length", len(long), r)
	}
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Add(AddRequest{Text: strings.Repeat("a", maxRequest)})
	if err == nil || !strings.Contains(err.Error(), "send less at a time") {
		t.Errorf("Add of too much text: %v; want it refused before sending", err)
	}
}

func TestCloseDoesNotWaitForAStuckClient(t *testing.T) {
	nb := notebook(t, 0o700)
	s, err := Serve(nb, Handlers{})
	if err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("unix", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer closeQuietly(conn)
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Close took %v with a silent client connected", took)
	}
}

// A note the app cannot place is refused in the words the command uses
// with no app open, not wrapped in the socket's.
func TestAnAddTheAppRefusesSaysTheAppsSentence(t *testing.T) {
	nb := notebook(t, 0o700)
	serve(t, nb, Handlers{Add: func(AddRequest) (AddReply, error) {
		return AddReply{}, errors.New("no such talk: 9 is not in the event lanyard opens now")
	}})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Add(AddRequest{Text: "x", TalkID: 9})
	if !errors.Is(err, ErrRefused) || err.Error() != "no such talk: 9 is not in the event lanyard opens now" {
		t.Errorf("Add the app refused: %v; want ErrRefused with the app's sentence alone", err)
	}
}

func TestAnAppThatEndsWhileGreetedIsNoOwner(t *testing.T) {
	nb := notebook(t, 0o700)
	// A lanyard killed a moment ago: its socket still takes a connection,
	// then drops it without a word.
	ln, _ := listenAtSocket(t, nb)
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			_ = conn.Close()
		}
	}()
	if _, err := Dial(nb); !errors.Is(err, ErrNoOwner) {
		t.Errorf("Dial of an app that hung up: %v; want ErrNoOwner", err)
	}
}
