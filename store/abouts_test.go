package store

import (
	"testing"

	"lanyard/store/schedule"
)

// withAbout gives the talk titled title an About in ev.
func withAbout(t *testing.T, ev schedule.Event, title string, a schedule.About) schedule.Event {
	t.Helper()
	for _, talk := range ev.All() {
		if talk.Title == title {
			talk.About = &a
			return ev
		}
	}
	t.Fatalf("no talk %q", title)
	return ev
}

func TestAnImportKeepsWhatEachTalkIsAboutApartFromTheSchedule(t *testing.T) {
	nb := openTest(t)
	about := schedule.About{Abstract: "Why fsync lies.", URL: "https://example.org/fsync",
		Links: []schedule.Link{{Title: "Slides", URL: "https://example.org/fsync.pdf"}}}
	ev, _ := importTest(t, nb, withAbout(t, fixtureEvent(t), "Fsync is not a promise", about))
	fsync := findTitle(t, ev, "Fsync is not a promise")
	if fsync.About != nil {
		t.Error("the imported event still carries the About")
	}
	got, err := nb.About(fsync.ID)
	if err != nil || !got.Equal(about) {
		t.Fatalf("About = %+v, %v; want %+v", got, err, about)
	}
	all, err := nb.Abouts(ev.ID)
	if err != nil || len(all) != 1 || !all[fsync.ID].Equal(about) {
		t.Errorf("Abouts = %+v, %v; want the one talk's", all, err)
	}
}

func TestAReImportUpdatesTheAboutAndTouchesNoNote(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, withAbout(t, fixtureEvent(t), "Fsync is not a promise", schedule.About{Abstract: "old"}))
	fsync := findTitle(t, ev, "Fsync is not a promise")
	writeNotes(t, nb, fsync.ID, "durability is a contract")

	_, sum, err := nb.ImportEvent(withAbout(t, fixtureEvent(t), "Fsync is not a promise", schedule.About{Abstract: "new"}))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Updated != 1 {
		t.Errorf("summary = %+v, want the changed abstract counted as one update", sum)
	}
	if got, _ := nb.About(fsync.ID); got.Abstract != "new" {
		t.Errorf("abstract = %q after the re-import, want new", got.Abstract)
	}
	if got := notesOf(t, nb, fsync.ID); len(got) != 1 || got[0] != "durability is a contract" {
		t.Errorf("notes = %q after the re-import", got)
	}

	if _, _, err := nb.ImportEvent(fixtureEvent(t)); err != nil {
		t.Fatal(err)
	}
	if got, _ := nb.About(fsync.ID); !got.IsZero() {
		t.Errorf("About = %+v after a source that says nothing, want it cleared", got)
	}
}

func TestDeletingATalkForgetsItsAbout(t *testing.T) {
	nb := openTest(t)
	ev, _ := importTest(t, nb, withAbout(t, fixtureEvent(t), "Fsync is not a promise", schedule.About{Abstract: "gone"}))
	fsync := findTitle(t, ev, "Fsync is not a promise")
	if _, err := nb.DeleteTalk(ev.ID, fsync.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := nb.About(fsync.ID); !got.IsZero() {
		t.Errorf("About = %+v after deleting the talk", got)
	}
}
