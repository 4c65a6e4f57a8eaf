package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// twoEvents makes two events in nb and returns their IDs.
func twoEvents(t *testing.T, nb *Notebook) (a, b uint64) {
	t.Helper()
	var ids []uint64
	for _, name := range []string{"FOSDEM", "DebConf"} {
		ev, err := nb.CreateEvent(schedule.Event{Name: name, TZ: "UTC", Days: []schedule.Day{{
			Date: "2026-05-14", Talks: []schedule.Talk{talkAt(t, "2026-05-14", "10:00", "10:30", "Keynote")},
		}}})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, ev.ID)
	}
	return ids[0], ids[1]
}

// TestResumeIsKeptPerEventAcrossReopening: where the user was in each
// event survives closing the notebook, and one event's does not leak
// into another's.
func TestResumeIsKeptPerEventAcrossReopening(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	nb := openAt(t, path)
	fosdem, debconf := twoEvents(t, nb)
	if r, err := nb.Resume(fosdem); err != nil || r != (schedule.Resume{}) {
		t.Fatalf("Resume before any = %+v, %v; want the zero Resume", r, err)
	}
	want := schedule.Resume{Talk: 7, Node: 12, Offset: 5, Filter: "room:Janson"}
	if err := nb.SetResume(fosdem, want); err != nil {
		t.Fatal(err)
	}
	if err := nb.SetResume(debconf, schedule.Resume{Filter: "attending"}); err != nil {
		t.Fatal(err)
	}
	if err := nb.Close(); err != nil {
		t.Fatal(err)
	}
	nb = openAt(t, path)
	if got, err := nb.Resume(fosdem); err != nil || got != want {
		t.Errorf("after reopening, Resume = %+v, %v; want %+v", got, err, want)
	}
	if got, _ := nb.Resume(debconf); got.Filter != "attending" || got.Talk != 0 {
		t.Errorf("the other event's Resume = %+v; want its own filter only", got)
	}
}

// TestResumeOfAnEventNotThereIsDropped: a Resume never outlives its
// event, nor makes one up.
func TestResumeOfAnEventNotThereIsDropped(t *testing.T) {
	nb := openTest(t)
	if err := nb.SetResume(404, schedule.Resume{Talk: 1}); err != nil {
		t.Fatal(err)
	}
	if got, err := nb.Resume(404); err != nil || got.Talk != 0 {
		t.Errorf("Resume of no event = %+v, %v; want nothing recorded", got, err)
	}
}

// TestDamagedResumeSaysSo: a record that does not decode is an error the
// start can step over, not a panic nor a silent zero.
func TestDamagedResumeSaysSo(t *testing.T) {
	nb := openTest(t)
	fosdem, _ := twoEvents(t, nb)
	err := nb.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(metaBucket).Put(viewKey(fosdem), []byte("{not json")) })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nb.Resume(fosdem); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Resume of a damaged record: %v; want ErrCorrupt", err)
	}
}

// TestWriterCommitsResumeWithTheNotes: the app hands where the user is to
// the writer as it hands notes; both are on disk after a flush, the last
// Resume of an event wins, and the notes' count is not touched.
func TestWriterCommitsResumeWithTheNotes(t *testing.T) {
	nb := openTest(t)
	fosdem, _ := twoEvents(t, nb)
	w := nb.NewWriter(nil)
	o := outline.New()
	o.Append("first note")
	w.Save(1, o.TakeChanges())
	w.SaveResume(fosdem, schedule.Resume{Talk: 1, Node: 1})
	w.SaveResume(fosdem, schedule.Resume{Talk: 1, Node: 2, Filter: "track:Go"})
	if w.LastSave() != 1 {
		t.Errorf("LastSave = %d after one Save and two SaveResumes; want 1", w.LastSave())
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := notesOf(t, nb, 1); len(got) != 1 {
		t.Errorf("notes = %q; want the one written", got)
	}
	// A Resume alone is committed too, shortly after.
	w.SaveResume(fosdem, schedule.Resume{Talk: 1, Node: 3, Filter: "track:Go"})
	deadline := time.Now().Add(2 * time.Second)
	for {
		got, err := nb.Resume(fosdem)
		if err != nil {
			t.Fatal(err)
		}
		if got.Node == 3 && got.Filter == "track:Go" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Resume on disk = %+v; want node 3 within 2 s", got)
		}
		time.Sleep(10 * time.Millisecond)
	}
	w.SaveResume(fosdem, schedule.Resume{Talk: 1, Node: 4})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := nb.Resume(fosdem); got.Node != 4 {
		t.Errorf("after Close, Resume = %+v; want the last one, node 4", got)
	}
}

// TestWriterKeepsResumeThroughAFault: a Resume that a failing disk did
// not take is retried with the notes.
func TestWriterKeepsResumeThroughAFault(t *testing.T) {
	nb := openTest(t)
	fosdem, _ := twoEvents(t, nb)
	disk := &faultyDisk{}
	disk.failing.Store(true)
	nb.writeFault = disk.commit
	w := nb.NewWriter(nil)
	w.SaveResume(fosdem, schedule.Resume{Talk: 1, Filter: "attending"})
	if err := w.Flush(); err != nil {
		t.Logf("flush on a full disk: %v", err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for disk.attempts.Load() < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got, _ := nb.Resume(fosdem); got.Filter != "" {
		t.Fatalf("a failed commit wrote %+v", got)
	}
	disk.failing.Store(false)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := nb.Resume(fosdem); got.Filter != "attending" {
		t.Errorf("after the disk recovered, Resume = %+v; want the filter kept", got)
	}
}

// BenchmarkResume is the read the start adds to return to where the user
// was: one key of the meta bucket.
func BenchmarkResume(b *testing.B) {
	nb := openTest(b)
	ev, err := nb.CreateEvent(schedule.Event{Name: "Big", TZ: "UTC"})
	if err != nil {
		b.Fatal(err)
	}
	if err := nb.SetResume(ev.ID, schedule.Resume{Talk: 1, Node: 2, Offset: 3, Filter: "room:Janson"}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if r, err := nb.Resume(ev.ID); err != nil || r.Talk != 1 {
			b.Fatal(r, err)
		}
	}
}
