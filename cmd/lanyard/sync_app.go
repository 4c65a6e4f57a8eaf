package main

import (
	"context"
	"errors"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	"lanyard/store/owner"
	"lanyard/tui"
)

// appSync is the open app's side of sync: its key and timer, and lanyard
// sync run beside it, all sync the notebook the app has open, one at a
// time, after the writer has put what was typed on disk.
type appSync struct {
	nb     *store.Notebook
	writer *store.Writer
	// dir is [sync] dir, absolute; "" when none is set.
	dir string
}

func newAppSync(nb *store.Notebook, writer *store.Writer, dir string) *appSync {
	if dir != "" {
		if abs, err := filepath.Abs(expandHome(dir)); err == nil {
			dir = abs
		}
	}
	return &appSync{nb: nb, writer: writer, dir: dir}
}

// syncer is the interface's sync, nil when [sync] dir is not set (the
// key then says how to set it).
func (a *appSync) syncer() tui.Syncer {
	if a.dir == "" {
		return nil
	}
	return func() tui.SyncResult {
		line, changed, err := runSync(context.Background(), a.nb, a.writer.Flush, a.dir)
		return tui.SyncResult{Line: line, Err: err, Changed: changed}
	}
}

// handler answers lanyard sync run beside the app: it syncs, tells the
// interface (whose status bar shows the result and which reloads the talk
// on screen if the sync changed it) and answers with the line.
func (a *appSync) handler(send func(tea.Msg)) func(owner.SyncRequest) (owner.SyncReply, error) {
	return func(req owner.SyncRequest) (owner.SyncReply, error) {
		dir := req.Dir
		if dir == "" {
			dir = a.dir
		}
		if dir == "" || !filepath.IsAbs(dir) {
			return owner.SyncReply{}, errors.New("lanyard sync DIR: give the clone of your repository to sync through, or set [sync] dir in the config file")
		}
		line, changed, err := runSync(context.Background(), a.nb, a.writer.Flush, dir)
		send(tui.SyncedMsg{Line: line, Err: err, Changed: changed})
		if err != nil {
			return owner.SyncReply{}, err
		}
		return owner.SyncReply{Line: line}, nil
	}
}
