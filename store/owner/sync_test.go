package owner

import (
	"errors"
	"strings"
	"testing"
)

func TestSyncReachesTheHandlerAndItsLineComesBack(t *testing.T) {
	nb := notebook(t, 0o700)
	var asked SyncRequest
	serve(t, nb, Handlers{Sync: func(r SyncRequest) (SyncReply, error) {
		asked = r
		return SyncReply{Line: "synced: committed; pushed"}, nil
	}})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Sync(SyncRequest{Dir: "/home/a/notes"})
	if err != nil || got.Line != "synced: committed; pushed" || asked.Dir != "/home/a/notes" {
		t.Errorf("Sync = %+v, %v; the app was asked %+v", got, err, asked)
	}
}

func TestASyncThatFailsSaysTheSyncsOwnWords(t *testing.T) {
	nb := notebook(t, 0o700)
	serve(t, nb, Handlers{Sync: func(SyncRequest) (SyncReply, error) {
		return SyncReply{}, errors.New("/home/a/notes has changes not committed (README.md)")
	}})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Sync(SyncRequest{})
	if !errors.Is(err, ErrRefused) || err.Error() != "/home/a/notes has changes not committed (README.md)" {
		t.Errorf("a failed sync: %v; want ErrRefused in the sync's words", err)
	}
}

func TestAnAppThatCannotSyncSaysSo(t *testing.T) {
	nb := notebook(t, 0o700)
	serve(t, nb, Handlers{})
	c, err := Dial(nb)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Sync(SyncRequest{}); !errors.Is(err, ErrVersion) || !strings.Contains(err.Error(), "cannot sync") {
		t.Errorf("Sync to an app without the handler: %v", err)
	}
}

func TestASyncRequestCarryingBulletsIsRefused(t *testing.T) {
	if _, err := decodeRequest([]byte(`{"v":1,"op":"sync","sync":{},"add":{"text":"x"}}`)); err == nil {
		t.Error("a sync request with bullets decoded")
	}
	if _, err := decodeRequest([]byte(`{"v":1,"op":"sync"}`)); err == nil {
		t.Error("a sync request without its body decoded")
	}
	if req, err := decodeRequest([]byte(`{"v":1,"op":"sync","sync":{"dir":"/x"}}`)); err != nil || req.Sync.Dir != "/x" {
		t.Errorf("a sync request: %+v, %v", req, err)
	}
}
