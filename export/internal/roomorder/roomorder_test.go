package roomorder

import (
	"slices"
	"testing"
	"time"

	"lanyard/store/schedule"
)

// TestSort: a day reads by start; at one time the rooms go in the venue's
// order, and two talks in one room keep the file's order.
func TestSort(t *testing.T) {
	rooms := Rooms{}
	nine := time.Date(2031, 3, 5, 9, 0, 0, 0, time.UTC)
	var ranked []Ranked
	for _, tk := range []struct {
		title, room string
		start       time.Time
	}{
		{"Late in Alpha", "Alpha", nine.Add(time.Hour)},
		{"Beta first", "Beta", nine},
		{"Alpha first", "Alpha", nine},
		{"Beta second", "Beta", nine},
	} {
		talk := schedule.Talk{Title: tk.title, Room: tk.room, Start: tk.start}
		ranked = append(ranked, Ranked{Talk: talk, Rank: rooms.Rank(tk.room)})
	}
	var got []string
	for _, talk := range Sort(ranked) {
		got = append(got, talk.Title)
	}
	want := []string{"Alpha first", "Beta first", "Beta second", "Late in Alpha"}
	if !slices.Equal(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	if rooms.Rank("Gamma") != 2 || rooms.Rank("Alpha") != 0 {
		t.Errorf("ranks %v: want Alpha 0, Beta 1, Gamma 2", rooms)
	}
}
