package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// isClosed reports whether c is closed.
func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func TestTheFirstFrameIsWrittenByTheWriteAfterItsView(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "terminal"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	frame := newFrameSignal()
	out := frameOutput{file: f, frame: frame}
	// What bubbletea writes before the first view: the terminal's setup.
	if _, err := out.Write([]byte("\x1b[?1049h")); err != nil {
		t.Fatal(err)
	}
	if isClosed(frame.written) {
		t.Fatal("a write before the first view passed for the first frame")
	}
	frame.done()
	if isClosed(frame.written) {
		t.Fatal("the first frame passed for written when it was only built")
	}
	if _, err := out.Write([]byte("the day's schedule")); err != nil {
		t.Fatal(err)
	}
	if !isClosed(frame.written) {
		t.Fatal("the write after the first view did not mark the first frame written")
	}
	shownSoon(t, frame)
	if _, err := out.Write([]byte("a later frame")); err != nil { // no second close
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(f.Name()); string(got) != "\x1b[?1049hthe day's schedulea later frame" {
		t.Errorf("the terminal got %q", got)
	}
}

func TestAProgramEndingBeforeItsFirstFrameStillEndsTheWait(t *testing.T) {
	frame := newFrameSignal()
	frame.end()
	frame.end()
	if !isClosed(frame.written) {
		t.Fatal("the end of the program left the work after the first frame waiting")
	}
	shownSoon(t, frame)
}

// shownSoon fails unless frame counts as shown a frame settle after it
// was written.
func shownSoon(t *testing.T, frame *frameSignal) {
	t.Helper()
	if isClosed(frame.shown) {
		t.Fatal("the first frame counted as shown before the terminal had a moment to draw it")
	}
	select {
	case <-frame.shown:
	case <-time.After(50 * frameSettle):
		t.Fatal("the first frame never counted as shown")
	}
}
