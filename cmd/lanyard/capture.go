package main

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store/owner"
	"lanyard/tui"
)

// lanyard add beside a running app: the request goes over the notebook's
// socket to the app, whose Handlers.Add is appAdder.

// addThroughApp hands the request to the lanyard that has the notebook
// at path open; owner.ErrNoOwner when none answers, and add writes to the
// notebook itself.
func addThroughApp(path string, req owner.AddRequest) (owner.AddReply, error) {
	c, err := owner.Dial(path)
	if err != nil {
		return owner.AddReply{}, err
	}
	return c.Add(req)
}

// addTimeout is how long the app has to put added bullets on disk: its
// writer commits within 250 ms, so this is a stuck app or a full disk.
var addTimeout = 5 * time.Second

// appAdder is the running app's Handlers.Add: it reads the request as the
// command does, hands the bullets to the interface through send (the
// program's Send) and waits for them to be on disk.
func appAdder(send func(tea.Msg)) func(owner.AddRequest) (owner.AddReply, error) {
	return func(req owner.AddRequest) (owner.AddReply, error) {
		// Read again: the socket takes requests from any program of the
		// user's, not only from lanyard add.
		notes, err := addNotes(req.Text)
		if err != nil {
			return owner.AddReply{}, err
		}
		page := ""
		if req.Page != "" {
			if page, err = pageTitle(req.Page); err != nil {
				return owner.AddReply{}, err
			}
		}
		reply := make(chan tui.CaptureResult, 1)
		send(tui.CaptureMsg{Clip: notes.Notes, TalkID: req.TalkID, Page: page, Reply: reply})
		select {
		case r := <-reply:
			if r.Err != nil {
				return owner.AddReply{}, addHint(r.Err)
			}
			return owner.AddReply{TalkID: r.TalkID, Title: r.Title, When: r.When, Bullets: r.Bullets}, nil
		case <-time.After(addTimeout):
			return owner.AddReply{}, fmt.Errorf("the open lanyard has not said the note is on disk after %v: look at its status bar before adding the note again", addTimeout)
		}
	}
}
