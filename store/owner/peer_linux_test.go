package owner

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestAnotherUserIsNotAnswered opens the socket and its folder to all and
// has a process of another user ask: the kernel's word on who connected
// (SO_PEERCRED) keeps it out even so.
func TestAnotherUserIsNotAnswered(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("only root can run a process as another user")
	}
	nb := notebook(t, 0o700)
	s := serve(t, nb, Handlers{})
	folder := filepath.Dir(s.Path())
	for _, p := range []string{filepath.Dir(folder), folder, s.Path()} {
		if err := os.Chmod(p, 0o777); err != nil {
			t.Fatal(err)
		}
	}
	// The test binary, where the other user may run it.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "ly")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "owner.test")
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestAskAsAnotherUser$")
	cmd.Env = append(os.Environ(), "LANYARD_OWNER_ASK="+s.Path())
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 4242, Gid: 4242}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the other user's process: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "asked: no answer") {
		t.Errorf("another user asking the app got: %s", out)
	}
	// The user's own request is answered all the same.
	if r := raw(t, s.Path(), `{"v":1,"op":"hello"}`+"\n"); r.Pid != os.Getpid() {
		t.Errorf("the user's own hello got %+v", r)
	}
}

// TestAskAsAnotherUser is the other user's side of
// TestAnotherUserIsNotAnswered, run in a process of its own.
func TestAskAsAnotherUser(t *testing.T) {
	socket := os.Getenv("LANYARD_OWNER_ASK")
	if socket == "" {
		t.Skip("run by TestAnotherUserIsNotAnswered")
	}
	conn, err := net.Dial("unix", socket)
	if err != nil {
		fmt.Println("asked: could not connect:", err)
		return
	}
	defer closeQuietly(conn)
	if err := conn.SetDeadline(time.Now().Add(5 * time.Second)); err != nil {
		t.Fatal(err)
	}
	_, writeErr := io.WriteString(conn, `{"v":1,"op":"hello"}`+"\n")
	line, err := readLine(bufio.NewReader(conn), maxReply)
	if err != nil {
		fmt.Println("asked: no answer:", err, writeErr)
		return
	}
	fmt.Printf("asked: answered %s\n", line)
}
