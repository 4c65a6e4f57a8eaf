package sessionize

import (
	"slices"
	"strconv"
	"strings"
)

// allRooms is the room of a session held in every room the file lists.
const allRooms = "All rooms"

// merge keeps one talk per session id, and one per title and start:
// Sessionize repeats a plenum session in every room of the GridSmart view,
// and organisers enter lunch or a keynote once per room in the All view.
// The talks come sorted by start and room order, so the copy in the first
// room is kept and its id is the one a re-import matches on.
//
// A session found in several rooms is in no one room. When it is in every
// room the file lists its Room reads "All rooms", which is true of a
// keynote shown everywhere and of a lunch alike, where the first room's
// name would send a reader to the main hall for lunch; when it is in some
// rooms only, they are listed ("Aurora Hall, Birch").
func merge(talks []placed, roomCount int) []placed {
	out := talks[:0]
	seen := map[string]int{}
	for _, t := range talks {
		keys := mergeKeys(t)
		at := -1
		for _, k := range keys {
			if i, ok := seen[k]; ok {
				at = i
				break
			}
		}
		if at >= 0 {
			out[at].addRooms(t.rooms)
			continue
		}
		for _, k := range keys {
			seen[k] = len(out)
		}
		out = append(out, t)
	}
	for i := range out {
		out[i].nameRooms(roomCount)
	}
	return out
}

// mergeKeys are the keys under which a copy of the talk would be found.
func mergeKeys(t placed) []string {
	keys := []string{"slot\x00" + strings.ToLower(t.talk.Title) + "\x00" +
		strconv.FormatInt(t.talk.Start.UnixNano(), 10)}
	if t.talk.SourceID != "" {
		keys = append(keys, "id\x00"+t.talk.SourceID)
	}
	return keys
}

func (t *placed) addRooms(rooms []string) {
	for _, r := range rooms {
		if !slices.Contains(t.rooms, r) {
			t.rooms = append(t.rooms, r)
		}
	}
}

// nameRooms sets the Room of a talk found in more than one room.
func (t *placed) nameRooms(roomCount int) {
	switch {
	case len(t.rooms) < 2:
	case len(t.rooms) >= roomCount:
		t.talk.Room = allRooms
	default:
		t.talk.Room = strings.Join(t.rooms, ", ")
	}
}
