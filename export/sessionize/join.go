package sessionize

import (
	"sort"
	"strings"

	"lanyard/export/internal/sanitize"
)

// draft is one session joined with what the file says about it elsewhere,
// before its times are read.
type draft struct {
	session *session
	// index is the session's position in the file, to name a session
	// that has no id.
	index int
	room  string
	// roomOrder is the room's place in the file's room order, for sorting
	// parallel talks the way the programme shows them.
	roomOrder int
	speakers  []string
	track     string
	// labels are the names of every category item the session is filed
	// under ("Workshop", "Break"), for telling breaks from talks.
	labels []string
}

// joined is what decode makes of a file: the sessions joined with their
// rooms, speakers and categories, and how many rooms the file lists, so
// that a session repeated in every one of them can say "All rooms".
type joined struct {
	drafts []draft
	rooms  int
}

// joinAll joins the All view's sessions with its speakers, rooms and
// categories. A speaker id missing from the speakers list is left out: the
// file gives no name to show.
func joinAll(v allView) joined {
	names := make(map[flexID]string, len(v.Speakers))
	for _, s := range v.Speakers {
		names[s.ID] = s.name()
	}
	rooms := sortedRooms(v.Rooms)
	order := make(map[flexID]int, len(rooms))
	for i, r := range rooms {
		order[r.ID] = i
	}
	tracks := trackItems(v.Categories)
	labels := allItems(v.Categories)
	sessions := *v.Sessions
	drafts := make([]draft, len(sessions))
	for i := range sessions {
		s := &sessions[i]
		d := draft{session: s, index: i, roomOrder: len(rooms)}
		if n, ok := order[s.RoomID]; ok {
			d.room, d.roomOrder = rooms[n].Name, n
		}
		for _, ref := range s.Speakers {
			if name, ok := names[ref.ID]; ok {
				d.speakers = append(d.speakers, name)
			}
		}
		for _, id := range s.CategoryItems {
			if name, ok := tracks[id]; ok && d.track == "" {
				d.track = name
			}
			if name, ok := labels[id]; ok {
				d.labels = append(d.labels, name)
			}
		}
		drafts[i] = d
	}
	return joined{drafts: drafts, rooms: distinctNames(rooms)}
}

// distinctNames counts the rooms by name: two entries with one name are
// one room to a reader.
func distinctNames(rooms []room) int {
	names := make(map[string]bool, len(rooms))
	for _, r := range rooms {
		if n := sanitize.Text(r.Name); n != "" {
			names[n] = true
		}
	}
	return len(names)
}

// allItems returns the names of every category item, by item id.
func allItems(categories []category) map[flexID]string {
	items := map[flexID]string{}
	for _, c := range categories {
		for _, it := range c.Items {
			items[it.ID] = it.Name
		}
	}
	return items
}

// sortedRooms returns the rooms in the order the organisers gave them
// (their sort field), file order among equals.
func sortedRooms(rooms []room) []room {
	out := append([]room(nil), rooms...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sort < out[j].Sort })
	return out
}

// trackItems returns the names of the items of the category that holds
// tracks, by item id: the category titled like "Track", else the first
// category in the organisers' order, which is what Sessionize shows first.
func trackItems(categories []category) map[flexID]string {
	sorted := append([]category(nil), categories...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Sort < sorted[j].Sort })
	var chosen *category
	for _, names := range [][]string{{"track"}, {"topic", "theme", "stream"}} {
		for i := range sorted {
			if chosen == nil && nameHasAny(sorted[i].Title, names) {
				chosen = &sorted[i]
			}
		}
	}
	for i := range sorted {
		// Organisers also file sessions by format, level and language:
		// none of those is what a user filters a day by.
		if chosen == nil && !nameHasAny(sorted[i].Title, []string{"format", "level", "language", "type", "length", "duration"}) {
			chosen = &sorted[i]
		}
	}
	if chosen == nil {
		return nil
	}
	items := make(map[flexID]string, len(chosen.Items))
	for _, it := range chosen.Items {
		items[it.ID] = it.Name
	}
	return items
}

func nameHasAny(name string, words []string) bool {
	lower := strings.ToLower(name)
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// joinGroups reads the array views, whose sessions carry their room's name,
// their speakers' names and their categories. The GridSmart view repeats a
// plenum session in every room; build merges the copies.
func joinGroups(groups []group) joined {
	order := map[string]int{}
	var drafts []draft
	add := func(s *session, roomName string) {
		if roomName == "" {
			roomName = s.Room
		}
		if _, ok := order[roomName]; !ok && roomName != "" {
			order[roomName] = len(order)
		}
		d := draft{session: s, index: len(drafts), room: roomName, roomOrder: order[roomName]}
		for _, ref := range s.Speakers {
			if ref.Name != "" {
				d.speakers = append(d.speakers, ref.Name)
			}
		}
		d.track = inlineTrack(s)
		for _, c := range s.Categories {
			for _, it := range c.Items {
				d.labels = append(d.labels, it.Name)
			}
		}
		drafts = append(drafts, d)
	}
	for gi := range groups {
		g := &groups[gi]
		for i := range g.Rooms {
			if _, ok := order[g.Rooms[i].Name]; !ok && g.Rooms[i].Name != "" {
				order[g.Rooms[i].Name] = len(order)
			}
		}
		for i := range g.Sessions {
			add(&g.Sessions[i], "")
		}
		for ri := range g.Rooms {
			r := &g.Rooms[ri]
			for i := range r.Sessions {
				add(&r.Sessions[i], r.Name)
			}
		}
	}
	return joined{drafts: drafts, rooms: len(order)}
}

// inlineTrack returns the session's track from the categories embedded in
// it, chosen as trackItems chooses.
func inlineTrack(s *session) string {
	for _, c := range s.Categories {
		if nameHasAny(c.Name, []string{"track"}) && len(c.Items) > 0 {
			return c.Items[0].Name
		}
	}
	if len(s.Categories) > 0 && len(s.Categories[0].Items) > 0 {
		return s.Categories[0].Items[0].Name
	}
	return ""
}
