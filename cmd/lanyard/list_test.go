package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// talkRow is what a script reads from lanyard talks --json.
type talkRow struct {
	ID       uint64   `json:"id"`
	Event    string   `json:"event"`
	Day      string   `json:"day"`
	Start    string   `json:"start"`
	End      string   `json:"end"`
	Title    string   `json:"title"`
	Speakers []string `json:"speakers"`
	Room     string   `json:"room"`
	Kind     string   `json:"kind"`
	Attended bool     `json:"attended"`
	Slot     uint64   `json:"slot"`
}

// talksJSON runs lanyard talks --json with args and decodes it strictly.
func talksJSON(t *testing.T, db string, args ...string) []talkRow {
	t.Helper()
	out := mustLanyard(t, db, append([]string{"talks", "--json"}, args...)...)
	var rows []talkRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("talks --json is not a JSON array of talks: %v\n%s", err, out)
	}
	return rows
}

// importSecondEvent adds a one-day event held before Harbour Ops Days.
func importSecondEvent(t *testing.T, db string) {
	t.Helper()
	file := writeFile(t, "gull.txt", "February 10, 2026\n09:00 – 09:45 Ada Quill – Tea and Types\n10:00 – 10:30 Bo Lind – Kettles at Scale\n")
	mustLanyard(t, db, "import", "schedule", file, "--event", "Gull Conf", "--tz", "Europe/Oslo")
}

func TestEventsOnAnEmptyNotebookSaysHowToStart(t *testing.T) {
	out := mustLanyard(t, emptyDB(t), "events")
	if out != "No events yet: lanyard import schedule FILE\n" {
		t.Errorf("events printed %q", out)
	}
}

func TestEventsListsEachEventWithItsIDDaysTalksAndZone(t *testing.T) {
	db := importHarbour(t)
	importSecondEvent(t, db)
	out := mustLanyard(t, db, "events")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("events printed %d lines, want a header and 2 events:\n%s", len(lines), out)
	}
	if f := strings.Fields(lines[0]); strings.Join(f, " ") != "ID EVENT DAYS TALKS TIME ZONE" {
		t.Errorf("header %q", lines[0])
	}
	evs := events(t, db)
	want := []string{
		fmt.Sprintf("%d Gull Conf 2026-02-10 2 Europe/Oslo", evs[0].ID),
		fmt.Sprintf("%d Harbour Ops Days 2026-03-03 to 2026-03-04 15 Europe/Lisbon", evs[1].ID),
	}
	for i, w := range want {
		if got := strings.Join(strings.Fields(lines[i+1]), " "); got != w {
			t.Errorf("event line %d is %q, want %q", i+1, got, w)
		}
	}
}

func TestTalksListsEveryTalkAndItemWithTheIDExportTakes(t *testing.T) {
	db := importHarbour(t)
	out := mustLanyard(t, db, "talks")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 16 {
		t.Fatalf("talks printed %d lines, want a header and 15 talks:\n%s", len(lines), out)
	}
	for _, want := range []string{
		"2026-03-03 09:40–10:10 Shipping on Fridays Tom Ashby",
		"2026-03-03 10:25–10:55 Platform Teams that Say Yes Lena Ortiz and Raj Patel",
		"2026-03-03 ↳ Postmortems in Five Minutes Sam Okafor",
		"2026-03-03 ↳ * The Smallest Runbook Ines Duarte",
		"2026-03-04 ↳ Chaos days Boardroom",
	} {
		if !containsLine(lines, want) {
			t.Errorf("talks lacks a line %q (ignoring the ID and spacing):\n%s", want, out)
		}
	}
	// The first column is the ID that export --talk takes.
	for _, line := range lines[1:] {
		if strings.Contains(line, "Shipping on Fridays") {
			id := strings.Fields(line)[0]
			md := mustLanyard(t, db, "export", "--talk", id)
			if !strings.HasPrefix(md, "# Tom Ashby – Shipping on Fridays\n") {
				t.Errorf("export --talk %s did not give that talk:\n%s", id, md)
			}
		}
	}
}

// containsLine reports whether some line, its ID column dropped and its
// spacing collapsed, is want.
func containsLine(lines []string, want string) bool {
	for _, line := range lines {
		f := strings.Fields(line)
		if len(f) > 1 && strings.Join(f[1:], " ") == want {
			return true
		}
	}
	return false
}

func TestTalksJSONHasWhatAScriptNeeds(t *testing.T) {
	db := importHarbour(t)
	rows := talksJSON(t, db)
	if len(rows) != 15 {
		t.Fatalf("talks --json gave %d rows, want 15", len(rows))
	}
	byTitle := map[string]talkRow{}
	ids := map[uint64]bool{}
	for _, r := range rows {
		byTitle[r.Title] = r
		if r.ID == 0 || ids[r.ID] {
			t.Errorf("row %q has ID %d: IDs must be set and unique", r.Title, r.ID)
		}
		ids[r.ID] = true
		if r.Event != "Harbour Ops Days" || r.Speakers == nil {
			t.Errorf("row %+v: want the event named and speakers as an array", r)
		}
	}
	ship := byTitle["Shipping on Fridays"]
	if ship.Day != "2026-03-03" || ship.Start != "2026-03-03T09:40:00Z" || ship.End != "2026-03-03T10:10:00Z" ||
		ship.Kind != "talk" || strings.Join(ship.Speakers, ",") != "Tom Ashby" || ship.Slot != 0 {
		t.Errorf("Shipping on Fridays is %+v", ship)
	}
	slot, item := byTitle["Ignites"], byTitle["The Smallest Runbook"]
	if slot.Kind != "slot" || item.Slot != slot.ID || !item.Attended || byTitle["Postmortems in Five Minutes"].Attended {
		t.Errorf("slot %+v, attended item %+v: the item should name its slot and be marked attended", slot, item)
	}
	if room := byTitle["Chaos days"]; room.Room != "Boardroom" || room.Start != "2026-03-04T10:00:00Z" {
		t.Errorf("open-space room is %+v; want its room and its slot's times", room)
	}
}

func TestTalksJSONGivesTimesWithTheVenueOffset(t *testing.T) {
	db := newDB(t)
	mustLanyard(t, db, "import", "schedule", harbourFile, "--tz", "America/New_York")
	rows := talksJSON(t, db, "--day", "1")
	if rows[0].Start != "2026-03-03T08:30:00-05:00" {
		t.Errorf("first talk starts %q, want 08:30 with New York's offset", rows[0].Start)
	}
}

func TestTalksDayTakesADateOrADayNumber(t *testing.T) {
	db := importHarbour(t)
	byDate := talksJSON(t, db, "--day", "2026-03-04")
	byNumber := talksJSON(t, db, "--day", "2")
	if len(byDate) != 4 || fmt.Sprint(byDate) != fmt.Sprint(byNumber) {
		t.Fatalf("--day 2026-03-04 gave %v\n--day 2 gave %v", byDate, byNumber)
	}
	for _, r := range byDate {
		if r.Day != "2026-03-04" {
			t.Errorf("--day 2 listed %q on %s", r.Title, r.Day)
		}
	}
	text := mustLanyard(t, db, "talks", "--day", "1")
	if strings.Contains(text, "2026-03-04") || !strings.Contains(text, "Budgets for Error") {
		t.Errorf("talks --day 1 printed:\n%s", text)
	}
}

func TestTalksRefusesADayTheEventDoesNotHave(t *testing.T) {
	db := importHarbour(t)
	for _, day := range []string{"3", "0", "2026-03-05", "tuesday"} {
		msg := mustFail(t, db, "talks", "--day", day)
		if !strings.Contains(msg, "--day "+day) || !strings.Contains(msg, "2026-03-03 to 2026-03-04") {
			t.Errorf("--day %s: error %q should name the day asked for and the days there are", day, msg)
		}
	}
}

func TestTalksEventChoosesTheEventByName(t *testing.T) {
	db := importHarbour(t)
	importSecondEvent(t, db)
	for _, name := range []string{"Gull Conf", "gull conf"} {
		rows := talksJSON(t, db, "--event", name)
		if len(rows) != 2 || rows[0].Event != "Gull Conf" || rows[1].Title != "Kettles at Scale" {
			t.Errorf("talks --event %q gave %+v", name, rows)
		}
	}
	msg := mustFail(t, db, "talks", "--event", "Nowhere Fest")
	if !strings.Contains(msg, `no event "Nowhere Fest"`) {
		t.Errorf("error %q should say there is no such event", msg)
	}
}

func TestTalksWithoutEventListsTheOneImportedLast(t *testing.T) {
	db := importHarbour(t)
	importSecondEvent(t, db)
	// The import summary promises that lanyard talks lists the talks just
	// imported, though Gull Conf is held before Harbour Ops Days.
	if rows := talksJSON(t, db); len(rows) == 0 || rows[0].Event != "Gull Conf" {
		t.Errorf("talks after importing Gull Conf lists %d talks of %v", len(rows), eventOf(rows))
	}
	mustLanyard(t, db, "import", "schedule", harbourFile, "--event", "Harbour Ops Days", "--tz", "Europe/Lisbon")
	if rows := talksJSON(t, db); len(rows) == 0 || rows[0].Event != "Harbour Ops Days" {
		t.Errorf("talks after importing Harbour Ops Days again lists %d talks of %v", len(rows), eventOf(rows))
	}
}

// eventOf names the events rows come from.
func eventOf(rows []talkRow) []string {
	var names []string
	for _, r := range rows {
		if len(names) == 0 || names[len(names)-1] != r.Event {
			names = append(names, r.Event)
		}
	}
	return names
}

func TestTalksOnAnEmptyNotebookSaysHowToStart(t *testing.T) {
	msg := mustFail(t, emptyDB(t), "talks")
	if !strings.Contains(msg, "lanyard import schedule FILE") {
		t.Errorf("error %q should say how to import a schedule", msg)
	}
}
