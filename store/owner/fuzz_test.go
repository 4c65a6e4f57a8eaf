package owner

import (
	"errors"
	"testing"
)

// FuzzDecodeRequest feeds the request decoder what any process of the
// user's may send: it must never panic, and what it accepts must be this
// version's, with an operation it knows and what that operation needs.
// Seeds are in testdata/fuzz/FuzzDecodeRequest.
func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"v":1,"op":"hello"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		req, err := decodeRequest(line)
		if err != nil {
			if req.Add != nil && !errors.Is(err, errUnknownOp) {
				t.Errorf("a refused request carries bullets: %+v", req)
			}
			return
		}
		if req.Version != Version {
			t.Errorf("accepted version %d", req.Version)
		}
		switch req.Op {
		case opHello, opSnapshot:
			if req.Add != nil || req.Sync != nil {
				t.Errorf("accepted a %s carrying something", req.Op)
			}
		case opAdd:
			if req.Add == nil || req.Sync != nil {
				t.Error("accepted an add without bullets, or with a sync")
			}
		case opSync:
			if req.Sync == nil || req.Add != nil {
				t.Error("accepted a sync without its body, or with bullets")
			}
		default:
			t.Errorf("accepted the operation %q", req.Op)
		}
	})
}
