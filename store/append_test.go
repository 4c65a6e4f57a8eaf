package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"lanyard/store/outline"
)

func TestAppendNotesGoAfterWhatTheTalkHas(t *testing.T) {
	nb := openTest(t)
	ev, err := nb.CreateEvent(fixtureEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	fsync := findTitle(t, ev, "Fsync is not a promise")
	other := findTitle(t, ev, "Backpressure all the way down")
	for id, text := range map[uint64]string{fsync.ID: "before", other.ID: "elsewhere"} {
		o := outline.New()
		o.InsertClip(-1, outline.Clip{{Text: text}, {Depth: 1, Text: text + " child"}})
		if err := nb.SaveOutline(id, o.TakeChanges()); err != nil {
			t.Fatal(err)
		}
	}
	stamp := time.Date(2026, 5, 14, 10, 12, 0, 0, time.UTC)
	clip := outline.Clip{{Text: "added"}, {Depth: 1, Text: "nested", Kind: outline.KindTodo}}
	if err := nb.AppendNotes(fsync.ID, clip, stamp); err != nil {
		t.Fatal(err)
	}
	o, err := nb.LoadOutline(fsync.ID)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for r := range o.Len() {
		n := o.At(r)
		rows = append(rows, string(rune('0'+n.Depth))+n.Text)
	}
	if want := []string{"0before", "1before child", "0added", "1nested"}; !slices.Equal(rows, want) {
		t.Fatalf("rows = %q, want %q", rows, want)
	}
	if n := o.At(3); n.Kind != outline.KindTodo || !n.Created.Equal(stamp) {
		t.Errorf("added bullet kept kind %v, created %v; want todo at %v", n.Kind, n.Created, stamp)
	}
	if got := notesOf(t, nb, other.ID); !slices.Equal(got, []string{"elsewhere", "elsewhere child"}) {
		t.Errorf("another talk's notes became %q", got)
	}
}

func TestAppendNotesToNoTalkWritesNothing(t *testing.T) {
	nb := openTest(t)
	if _, err := nb.CreateEvent(fixtureEvent(t)); err != nil {
		t.Fatal(err)
	}
	err := nb.AppendNotes(9_999, outline.Clip{{Text: "lost"}}, time.Now())
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("AppendNotes to no talk = %v, want ErrNotFound", err)
	}
	if got := notesOf(t, nb, 9_999); len(got) != 0 {
		t.Errorf("notes written for no talk: %q", got)
	}
}
