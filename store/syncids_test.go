package store

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
)

// schemaThree is the format before sync: no sync bucket.
var schemaThree = schema{version: 3, migrations: map[uint64]migration{
	1: current.migrations[1], 2: current.migrations[2],
}}

func TestANotebookFromBeforeSyncOpensWithItsNotesAndSyncs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	old := openSchemaTest(t, path, schemaThree)
	ev, err := old.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	talk := ev.Days[0].Talks[0].ID
	writeNotes(t, old, talk, "kept through the upgrade")
	// A fresh file gets every bucket this lanyard knows; a schema 3
	// lanyard made none for sync.
	if err := old.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(syncBucket) }); err != nil {
		t.Fatal(err)
	}
	closeNow(t, old)

	nb := openAt(t, path)
	if got := notesOf(t, nb, talk); len(got) != 1 || got[0] != "kept through the upgrade" {
		t.Fatalf("notes after the upgrade: %q", got)
	}
	err = nb.SyncUpdate(func(st *SyncTx) error {
		if err := st.SetTalkID(talk, "t-synced"); err != nil {
			return err
		}
		return st.SetBulletID(talk, 1, "other.7")
	})
	if err != nil {
		t.Fatalf("sync identities in an upgraded notebook: %v", err)
	}
	err = nb.SyncView(func(st *SyncTx) error {
		talks, err := st.TalkIDs()
		if err != nil {
			return err
		}
		bullets, err := st.BulletIDs(talk)
		if talks[talk] != "t-synced" || bullets[1] != "other.7" {
			t.Errorf("stored identities read back as %v, %v", talks, bullets)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestConflictMarkIsStored(t *testing.T) {
	nb := openTest(t)
	n := outline.Node{ID: 1, Order: "a0", Text: "theirs", Conflict: true, Folded: true, Kind: outline.KindTodo}
	if err := nb.SaveOutline(9, outline.Changes{Put: []outline.Node{n}}); err != nil {
		t.Fatal(err)
	}
	o, err := nb.LoadOutline(9)
	if err != nil {
		t.Fatal(err)
	}
	if got := o.At(0); !got.Conflict || !got.Folded || got.Kind != outline.KindTodo {
		t.Errorf("stored %+v, read back %+v", n, *got)
	}
}

func TestSyncUpdateThatFailsWritesNothing(t *testing.T) {
	nb := openTest(t)
	err := nb.SyncUpdate(func(st *SyncTx) error {
		if err := st.SetEventID(1, "e1"); err != nil {
			return err
		}
		return ErrNotFound
	})
	if err == nil {
		t.Fatal("a failing sync update reported success")
	}
	err = nb.SyncView(func(st *SyncTx) error {
		ids, err := st.EventIDs()
		if len(ids) != 0 {
			t.Errorf("a failed sync update left %v", ids)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
