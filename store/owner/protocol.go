package owner

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Version is the version of the protocol this lanyard speaks. A request
// or reply of another version is answered with the versions on both
// sides, never guessed at: the fields may mean other things.
//
// The protocol: the client sends one request, a line of JSON; the server
// answers with one reply, a line of JSON. A snapshot's reply is followed by
// the copy in chunks (a 4-byte big-endian length, then that many bytes),
// a chunk of length 0, and a second reply saying whether the copy is
// whole. One request a connection.
const Version = 1

// Operations a request may name.
const (
	opHello    = "hello"
	opSnapshot = "snapshot"
	opAdd      = "add"
	opSync     = "sync"
)

// Codes of a failed reply.
const (
	codeVersion = "version" // the request's version is not the server's
	codeUnknown = "unknown" // an operation this lanyard does not do
	codeBad     = "bad"     // a request that does not decode
	codeFailed  = "failed"  // the handler failed
	codeBusy    = "busy"    // too many connections at once
)

// Bounds on what either side reads from the other.
const (
	// maxRequest is the longest request line: bullets to add, as typed.
	maxRequest = 256 << 10
	// maxReply is the longest reply line.
	maxReply = 64 << 10
	// chunkSize is the size of the snapshot's chunks, and the most a
	// client accepts in one.
	chunkSize = 64 << 10
)

// request is what a client asks.
type request struct {
	Version int          `json:"v"`
	Op      string       `json:"op"`
	Add     *AddRequest  `json:"add,omitempty"`
	Sync    *SyncRequest `json:"sync,omitempty"`
}

// reply is what the server answers.
type reply struct {
	Version int `json:"v"`
	// Pid and Path are the running lanyard's process and the notebook it
	// has open, in every reply.
	Pid  int    `json:"pid"`
	Path string `json:"path"`
	// Code and Err say why a request failed; both empty for success.
	Code string     `json:"code,omitempty"`
	Err  string     `json:"err,omitempty"`
	Add  *AddReply  `json:"add,omitempty"`
	Sync *SyncReply `json:"sync,omitempty"`
}

// decodeRequest reads one request line. It never panics and never
// accepts a request it would have to guess about: its version must be
// this one and its operation known, with what that operation needs.
func decodeRequest(line []byte) (request, error) {
	var head struct {
		Version *int `json:"v"`
	}
	if err := json.Unmarshal(line, &head); err != nil {
		return request{}, fmt.Errorf("not a lanyard request: %w", err)
	}
	if head.Version == nil {
		return request{}, errors.New("not a lanyard request: it has no version")
	}
	if *head.Version != Version {
		return request{Version: *head.Version}, errVersion
	}
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		return request{}, fmt.Errorf("not a lanyard request: %w", err)
	}
	switch req.Op {
	case opHello, opSnapshot:
		if req.Add != nil || req.Sync != nil {
			return request{}, fmt.Errorf("a %s request carries nothing", req.Op)
		}
	case opAdd:
		if req.Add == nil || req.Sync != nil {
			return request{}, errors.New("an add request carries bullets and nothing else")
		}
	case opSync:
		if req.Sync == nil || req.Add != nil {
			return request{}, errors.New("a sync request carries its folder and nothing else")
		}
	default:
		return req, errUnknownOp
	}
	return req, nil
}

var (
	errVersion   = errors.New("another version")
	errUnknownOp = errors.New("unknown operation")
)

// readLine reads one line of at most limit bytes, without its newline.
func readLine(r *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		part, err := r.ReadSlice('\n')
		line = append(line, part...)
		if len(line) > limit+1 {
			return nil, fmt.Errorf("a line longer than %d bytes", limit)
		}
		switch {
		case err == nil:
			return line[:len(line)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(line) > 0:
			return nil, io.ErrUnexpectedEOF
		default:
			return nil, err
		}
	}
}

// writeLine writes v as one line of JSON.
func writeLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// chunkWriter frames what is written to it as chunks.
type chunkWriter struct {
	w   *bufio.Writer
	buf []byte
}

func newChunkWriter(w *bufio.Writer) *chunkWriter {
	return &chunkWriter{w: w, buf: make([]byte, 0, chunkSize)}
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		room := chunkSize - len(c.buf)
		take := min(room, len(p))
		c.buf = append(c.buf, p[:take]...)
		p = p[take:]
		if len(c.buf) == chunkSize {
			if err := c.flushChunk(); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

func (c *chunkWriter) flushChunk() error {
	if len(c.buf) == 0 {
		return nil
	}
	var size [4]byte
	binary.BigEndian.PutUint32(size[:], uint32(len(c.buf)))
	if _, err := c.w.Write(size[:]); err != nil {
		return err
	}
	_, err := c.w.Write(c.buf)
	c.buf = c.buf[:0]
	return err
}

// end writes the last chunk and the end mark.
func (c *chunkWriter) end() error {
	if err := c.flushChunk(); err != nil {
		return err
	}
	_, err := c.w.Write([]byte{0, 0, 0, 0})
	return err
}

// readChunks copies the chunks from r to w up to the end mark.
func readChunks(r *bufio.Reader, w io.Writer) error {
	var size [4]byte
	for {
		if _, err := io.ReadFull(r, size[:]); err != nil {
			return err
		}
		n := binary.BigEndian.Uint32(size[:])
		if n == 0 {
			return nil
		}
		if n > chunkSize {
			return fmt.Errorf("a chunk of %d bytes, more than %d", n, chunkSize)
		}
		if _, err := io.CopyN(w, r, int64(n)); err != nil {
			return err
		}
	}
}

// decodeReply reads one reply line.
func decodeReply(line []byte) (reply, error) {
	var r reply
	err := json.Unmarshal(line, &r)
	return r, err
}
