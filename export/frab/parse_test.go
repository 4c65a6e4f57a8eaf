package frab

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func TestFrabTwoDays(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "frab-twoday.json", nil)
	berlin := readertest.MustZone(t, "Europe/Berlin")
	if res.Zone != "Europe/Berlin" || res.Title != "Night Owl Camp & Friends" || res.Talks != 7 {
		t.Fatalf("zone %q title %q talks %d", res.Zone, res.Title, res.Talks)
	}
	want := map[string][]string{
		"2024-07-04": {
			"10:00-10:45 Zeta Hall | Opening the Gates | Mira Kowalczyk, Ode Balogun | Camp | talk | 0b7e1c9a-0001-4000-8000-000000000101",
			"10:00-10:30 Alpha Room | Soldering for Beginners | Ilse Brandt | Hardware & Making | talk | 201",
			"12:30-13:30 Zeta Hall | Lunch |  |  | break | 0b7e1c9a-0001-4000-8000-000000000102",
			"23:00-01:00 Alpha Room | Late Karaoke |  | Entertainment | talk | 202",
			"01:30-02:45 Zeta Hall | Moths, Lamps and Other Attractions | Tove Lindqvist | Science | talk | 0b7e1c9a-0001-4000-8000-000000000103",
		},
		"2024-07-05": {
			"10:30-11:00 Alpha Room | Antennas from Tin Cans | Rafa Quintero | Hardware & Making | talk | 0b7e1c9a-0001-4000-8000-000000000203",
			"11:00-11:30 Zeta Hall | Closing |  | Camp | plenary | 0b7e1c9a-0001-4000-8000-000000000104",
		},
	}
	if len(res.Days) != 2 || res.Days[0].Date != "2024-07-04" || res.Days[1].Date != "2024-07-05" {
		t.Fatalf("days = %+v", res.Days)
	}
	for _, d := range res.Days {
		if got := readertest.Rows(d, berlin); !slices.Equal(got, want[d.Date]) {
			t.Errorf("%s:\n got %q\nwant %q", d.Date, got, want[d.Date])
		}
	}
	moths := res.Days[0].Talks[4]
	if !moths.Start.Equal(time.Date(2024, 7, 4, 23, 30, 0, 0, time.UTC)) {
		t.Errorf("after-midnight talk starts %v, want 23:30 UTC", moths.Start)
	}
}

func TestPretalxRoomOrderAndZone(t *testing.T) {
	tests := []struct {
		loc  *time.Location
		zone string
	}{
		{nil, "Etc/GMT-1"},
		{readertest.MustZone(t, "Europe/Berlin"), "Europe/Berlin"},
		{readertest.MustZone(t, "America/New_York"), "Etc/GMT-1"},
	}
	for _, tt := range tests {
		res := readertest.ParseFile(t, Parse, "pretalx-utc.json", tt.loc)
		if res.Zone != tt.zone {
			t.Errorf("with %v: zone %q, want %q", tt.loc, res.Zone, tt.zone)
		}
		got := readertest.Rows(res.Days[0], readertest.MustZone(t, res.Zone))
		want := []string{
			"09:00-10:30 Tan Room | Hands-on Parsers | Lev Aronov, Sun-hee Park | Code | talk | bb000000-0000-4000-8000-000000000009",
			"09:00-09:30 Gray Room | Small Models, Big Rooms | Hanne Ødegård | Data | talk | bb000000-0000-4000-8000-000000000007",
			"10:00-10:15 Gray Room | Coffee break |  |  | break | bb000000-0000-4000-8000-000000000008",
		}
		if !slices.Equal(got, want) {
			t.Errorf("with %v:\n got %q\nwant %q", tt.loc, got, want)
		}
	}
}

func TestStartWithoutDate(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "frab-startonly.json", nil)
	if res.Zone != "Europe/London" || len(res.Days) != 2 {
		t.Fatalf("zone %q, %d days", res.Zone, len(res.Days))
	}
	utc := func(d schedule.Day) []string {
		var out []string
		for _, t := range d.Talks {
			out = append(out, t.Start.UTC().Format("01-02 15:04")+" "+t.Title+" "+strings.Join(t.Speakers, ","))
		}
		return out
	}
	want := [][]string{
		{"03-25 09:30 Peat and Carbon Agnes Moor", "03-26 00:30 Night Walk "},
		{"03-26 08:30 Clocks Went Forward Cas Winter"},
	}
	for i, d := range res.Days {
		if got := utc(d); !slices.Equal(got, want[i]) {
			t.Errorf("day %s: got %q, want %q", d.Date, got, want[i])
		}
	}
}

// doc wraps one day's rooms object in a schedule.
func doc(rooms string) string {
	return `{"schedule": {"conference": {"title": "T", "time_zone_name": "UTC", "days": [` +
		`{"index": 1, "date": "2024-01-02", "rooms": ` + rooms + `}]}}}`
}

// ev writes an event with the given fields after defaults.
func ev(fields string) string {
	return `{"Hall": [{"id": 5, "date": "2024-01-02T10:00:00+00:00", "duration": "00:30", ` + fields + `}]}`
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, text string
		is         error
		message    string
	}{
		{"absurd duration", doc(ev(`"title": "Forever", "duration": "6944:11:40"`)), fields.ErrBadDuration,
			`s.json: day 2024-01-02: event "Forever": invalid duration "6944:11:40": longer than a day`},
		{"25 hours", doc(ev(`"title": "Long", "duration": "25:00"`)), fields.ErrBadDuration, `s.json: day 2024-01-02: event "Long": invalid duration`},
		{"minutes 75", doc(ev(`"title": "Odd", "duration": "00:75"`)), fields.ErrBadDuration, `s.json: day 2024-01-02: event "Odd": invalid duration "00:75"`},
		{"negative", doc(ev(`"title": "Neg", "duration": "-1:00"`)), fields.ErrBadDuration, `s.json: day 2024-01-02: event "Neg"`},
		// "-00:30" was read as half an hour, as Atoi reads "-00" as 0.
		{"negative under an hour", doc(ev(`"title": "Neg", "duration": "-00:30"`)), fields.ErrBadDuration,
			`s.json: day 2024-01-02: event "Neg": invalid duration "-00:30": a talk cannot last less than nothing`},
		{"no duration", doc(ev(`"title": "Open", "duration": ""`)), fields.ErrMissing, `s.json: day 2024-01-02: event "Open": missing field: duration`},
		{"no title", doc(ev(`"title": "  "`)), fields.ErrMissing, `s.json: day 2024-01-02: event "id 5": missing field: title`},
		{"bad date", doc(ev(`"title": "When", "date": "yesterday"`)), fields.ErrBadTime, `s.json: day 2024-01-02: event "When": date: invalid time "yesterday"`},
		{"no start", doc(ev(`"title": "Never", "date": ""`)), fields.ErrMissing, `s.json: day 2024-01-02: event "Never": missing field: date or start`},
		{"day without date", `{"schedule": {"conference": {"days": [{"index": 3, "rooms": {}}]}}}`, fields.ErrMissing, `s.json: day 3: missing field: date`},
		{"no events", doc(`{}`), ErrNoEvents, `s.json: no events`},
		{"other JSON", `{"sessions": []}`, ErrNotSchedule, `s.json: not a frab`},
		{"array", `[{"schedule": 1}]`, ErrNotSchedule, `s.json: not a frab`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Parse(strings.NewReader(tt.text), schedule.ReadOptions{Name: "s.json"})
			if !errors.Is(err, tt.is) {
				t.Fatalf("err = %v, want %v", err, tt.is)
			}
			if !strings.HasPrefix(err.Error(), tt.message) {
				t.Errorf("message = %q, want it to start %q", err.Error(), tt.message)
			}
			if res.Days != nil || res.Talks != 0 {
				t.Errorf("result = %+v, want nothing with an error", res)
			}
		})
	}
}

func TestBrokenJSONNamesLine(t *testing.T) {
	tests := []struct{ name, text, message string }{
		{"truncated", "{\"schedule\": {\n\"conference\": {\n\"days\": [", "s.json: line 3: unexpected end of JSON input"},
		{"stray comma", "{\"schedule\":\n{\"conference\": {},}\n}", "s.json: line 2: invalid character '}'"},
		{"wrong type", "{\"schedule\": {\"conference\":\n {\"time_zone_name\": 7}}}", "s.json: line 2: json: cannot unmarshal number"},
		{"rooms a list", doc(`[]`), `s.json: day 1 (2024-01-02): rooms: want an object`},
		{"persons an object", doc(ev(`"title": "P", "persons": {"a": 1}`)), `s.json: day 1 (2024-01-02): room "Hall": json: cannot unmarshal object`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.text), schedule.ReadOptions{Name: "s.json"})
			if err == nil || !strings.HasPrefix(err.Error(), tt.message) {
				t.Errorf("err = %v, want it to start %q", err, tt.message)
			}
		})
	}
}

func TestRoomsWithoutConferenceList(t *testing.T) {
	// Keys out of alphabetical order: the file's order must survive.
	rooms := `{"Zulu": [{"id": 1, "date": "2024-01-02T10:00:00Z", "duration": "0:30", "title": "Z"}],
		"Mike": [{"id": 2, "date": "2024-01-02T10:00:00Z", "duration": "0:30", "title": "M"}],
		"Alpha": [{"id": 3, "date": "2024-01-02T10:00:00Z", "duration": "0:30", "title": "A"}],
		"Mike": [{"id": 4, "date": "2024-01-02T09:00:00Z", "duration": "0:30", "title": "M2"}]}`
	res, err := Parse(strings.NewReader(doc(rooms)), schedule.ReadOptions{Name: "s.json"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, talk := range res.Days[0].Talks {
		got = append(got, talk.Title)
	}
	if want := []string{"M2", "Z", "M", "A"}; !slices.Equal(got, want) {
		t.Errorf("order = %q, want %q", got, want)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{"\ufeff {\n \"$schema\": \"x\",\n \"schedule\": {\"version\": \"1\", \"conference\": {", true},
		{`{"schedule":{"conference":`, true},
		{`<?xml version="1.0"?><schedule><conference>`, false},
		{`{"sessions": [], "speakers": []}`, false},
		{`[{"id": "1", "schedule": "conference"}]`, false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	good := map[string]time.Duration{"00:30": 30 * time.Minute, "1:15:00": 75 * time.Minute,
		"0:00": 0, "24:00": 24 * time.Hour, "01:30:30": 90*time.Minute + 30*time.Second}
	for in, want := range good {
		if got, err := parseDuration(in); err != nil || got != want {
			t.Errorf("parseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"6944:11:40", "24:01", "30", "1:2", "a:bc", "1:00:00:00", "+1:00", "99999999999999999999:00", "-00:30", "-0:00"} {
		if _, err := parseDuration(in); !errors.Is(err, fields.ErrBadDuration) {
			t.Errorf("parseDuration(%q) err = %v, want fields.ErrBadDuration", in, err)
		}
	}
}

// TestAbout: a frab event keeps its page, subtitle, language, abstract and
// description (line breaks kept, escapes gone), its attachments (under the
// export's address) and links; odd or unsafe links are left out without
// failing the import.
func TestAbout(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "frab-about.json", time.UTC)
	talk, _ := readertest.Find(t, res, readertest.Sourced("cc000000-0000-4000-8000-000000000501"))
	want := schedule.About{
		Subtitle:    "Paddling with packets",
		Language:    "de",
		Abstract:    "Funk auf dem See & am Ufer.",
		Description: "First paragraph.\n\nSecond, with [a link](https://mesh.example.org).\nRed no more.",
		URL:         "https://fahrplan.example.org/lake/2031/Fahrplan/events/501.html",
		Links: []schedule.Link{
			{Title: "Slides", URL: "https://fahrplan.example.org/lake/2031/Fahrplan/system/event_attachments/attachments/000/000/001/original/mesh.pdf?1700000000"},
			{Title: "Project", URL: "https://mesh.example.org/"},
			{Title: "video.example.org", URL: "https://video.example.org/lake31/501"},
		},
	}
	if talk.About == nil || !talk.About.Equal(want) {
		t.Errorf("About:\n got %#v\nwant %#v", talk.About, want)
	}
	lunch, _ := readertest.Find(t, res, readertest.Sourced("cc000000-0000-4000-8000-000000000502"))
	if lunch.About != nil {
		t.Errorf("Lunch says %#v", *lunch.About)
	}
}
