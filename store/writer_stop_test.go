package store

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/store/outline"
)

// Each report says which saves are on disk: Committed reaches the number
// of the last Save once its changes are committed, and never before.
func TestWriterReportsTheLastSaveCommitted(t *testing.T) {
	nb := openTest(t)
	w, log := newWriterTest(t, nb)
	o := outline.New()
	row := o.Append("")
	for i, c := range "numbered" {
		o.InsertText(row, i, string(c))
		w.Save(1, o.TakeChanges())
	}
	w.Save(1, o.TakeChanges()) // empty: gets no number
	if got := w.LastSave(); got != 8 {
		t.Fatalf("LastSave after 8 saves and an empty one: %d", got)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	log.waitFor(t, 0, time.Second, "with save 8 committed", func(st WriterStatus) bool { return st.Committed == 8 })
	for _, st := range log.snapshot() {
		if st.Committed > 0 && st.Committed < 8 {
			// Coalescing may commit an early part of the burst first:
			// then the record holds at least that much.
			continue
		}
		if st.Committed == 8 && st.Pending != 0 {
			t.Errorf("a report says save 8 is committed with %d changes pending", st.Pending)
		}
	}
	if got := notesOf(t, nb, 1); !slices.Equal(got, []string{"numbered"}) {
		t.Errorf("stored %q", got)
	}
}

// A panic in the writer goroutine stops it without losing what it held:
// the report says it stopped, Flush says why, and Close commits what was
// pending, typed before and after the panic.
func TestWriterPanicKeepsTheEditsAndCloseSavesThem(t *testing.T) {
	nb := openTest(t)
	log := &statusLog{}
	panicked := make(chan any, 1)
	w := nb.NewWriter(log.record, WithPanicHandler(func(v any, stack []byte) {
		if !strings.Contains(string(stack), "panicIfAsked") {
			t.Errorf("the stack handed over is not the writer's:\n%s", stack)
		}
		panicked <- v
	}))
	o := outline.New()
	o.Append("before the panic")
	w.Save(1, o.TakeChanges())
	w.PanicSoon("boom")
	select {
	case v := <-panicked:
		if v != "boom" {
			t.Errorf("handler got %v", v)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the panic handler was not called")
	}
	log.waitFor(t, 0, time.Second, "stopped", func(st WriterStatus) bool {
		return st.Stopped && errors.Is(st.Err, ErrWriterFailed)
	})
	o.Append("after the panic")
	w.Save(1, o.TakeChanges())
	if err := w.Flush(); !errors.Is(err, ErrWriterFailed) {
		t.Errorf("Flush on a writer that panicked: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatalf("Close after the panic: %v", err)
	}
	if got := notesOf(t, nb, 1); !slices.Equal(got, []string{"before the panic", "after the panic"}) {
		t.Errorf("stored %q, want both bullets", got)
	}
}

// When the notebook cannot take the last commit either, Close says how
// many changes were lost.
func TestWriterPanicOnAFailingDiskSaysWhatWasLost(t *testing.T) {
	nb := openTest(t)
	disk := &faultyDisk{}
	disk.failing.Store(true)
	nb.writeFault = disk.commit
	panicked := make(chan struct{})
	w := nb.NewWriter(nil, WithPanicHandler(func(any, []byte) { close(panicked) }))
	w.PanicSoon("boom")
	<-panicked
	o := outline.New()
	o.Append("lost")
	w.Save(1, o.TakeChanges())
	err := w.Close()
	if !errors.Is(err, errDiskFull) || !strings.Contains(err.Error(), "1 changes not saved") {
		t.Errorf("Close: %v, want it to say a change was not saved and why", err)
	}
}

// A notebook file replaced by a rename while the writer has it open (a
// sync tool, a restore by hand) is not written to any more: the writer
// stops and says so, and neither file gets what was typed after.
func TestWriterStopsWhenTheNotebookFileIsReplaced(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.db")
	nb := openAt(t, path)
	log := &statusLog{}
	w := nb.NewWriter(log.record)
	o := outline.New()
	o.Append("before")
	w.Save(1, o.TakeChanges())
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}

	// Another notebook takes its place, as a sync tool puts a file.
	other := filepath.Join(dir, "other.db")
	onb, err := Open(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := onb.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, path); err != nil {
		t.Fatal(err)
	}

	from := log.len()
	o.Append("after")
	w.Save(1, o.TakeChanges())
	st := log.waitFor(t, from, 2*time.Second, "stopped", func(st WriterStatus) bool { return st.Stopped })
	if !errors.Is(st.Err, ErrReplaced) || st.Pending == 0 {
		t.Errorf("report %+v; want the file named replaced and the edit pending", st.WriterStatus)
	}
	if err := w.Flush(); !errors.Is(err, ErrReplaced) {
		t.Errorf("Flush: %v, want ErrReplaced", err)
	}
	err = w.Close()
	if !errors.Is(err, ErrReplaced) || !strings.Contains(err.Error(), "not saved") {
		t.Errorf("Close: %v, want it to say what was not saved and why", err)
	}
	if err := nb.SetLastOpened(1); !errors.Is(err, ErrReplaced) {
		t.Errorf("a schedule edit after the swap: %v, want ErrReplaced", err)
	}
	// What was typed is kept in a backup, with what the file held.
	aside, err := w.SaveAside(at(t, day1, "12:00"))
	if err != nil || aside == "" {
		t.Fatalf("SaveAside: %q, %v", aside, err)
	}
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}
	if got := notesIn(t, aside, 1); !slices.Equal(got, []string{"before", "after"}) {
		t.Errorf("the notes kept aside: %q, want both bullets", got)
	}
	// The old file is gone with what it held; the file now at the path is
	// the other notebook, untouched.
	again := openAt(t, path)
	if got := notesOf(t, again, 1); len(got) != 0 {
		t.Errorf("the notebook that took the place got %q", got)
	}
}
