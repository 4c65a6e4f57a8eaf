package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedSchedules is where real published schedules are kept beside the
// repository, for trying the importers on what conferences publish. The
// tests below skip when it is absent.
const sharedSchedules = "../../../shared/schedules"

func realSchedule(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join(sharedSchedules, name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no %s: %v", path, err)
	}
	return path
}

// TestImportRealSchedules imports each real schedule with its format
// recognised and, except where the file names none, its zone taken from
// the file; then checks, through talks --json as a script would, the
// count, the days and one talk's venue time with its offset.
func TestImportRealSchedules(t *testing.T) {
	t.Setenv("TZ", "America/Chicago") // a laptop far from every venue
	tests := []struct {
		file, tz            string // tz: the --tz a user gives, "" for none
		format, event, zone string
		talks, days         int
		title, day, start   string
		room                string
	}{
		{"mttcrsp-fosdem__2024.xml", "Europe/Brussels", "Pentabarf XML", "FOSDEM 2024", "Europe/Brussels", 674, 2,
			"Creative Coding with TurtleStitch", "2024-02-03", "2024-02-03T10:30:00+01:00", "J.1.106"},
		{"mttcrsp-fosdem__2007.xml", "Europe/Brussels", "Pentabarf XML", "", "Europe/Brussels", 215, 2,
			"", "", "", ""},
		{"giggity__debconf23.xml", "", "Pentabarf XML", "", "Asia/Kolkata", 117, 8,
			"Opening Ceremony", "2023-09-10", "2023-09-10T10:30:00+05:30", "Anamudi"},
		{"giggity__jres_2022.ics", "", "iCalendar", "", "Europe/Paris", 120, 4,
			"Accueil congressistes", "2022-05-17", "2022-05-17T11:00:00+02:00", "Accueil Parc Chanot"},
		{"giggity__linux_conf_au_2020.ics", "", "iCalendar", "", "Australia/Brisbane", 262, 6, "", "", "", ""},
		{"voc-schedule__pretalx-democon.json", "", "frab/pretalx JSON", "DemoCon", "Etc/GMT-1", 36, 3,
			"Focused 5thgeneration hardware", "2020-12-14", "2020-12-14T09:00:00+01:00", "Gray Room"},
		{"voc-schedule__frab-camp2019.json", "", "frab/pretalx JSON", "Chaos Communication Camp 2019", "Europe/Berlin", 79, 5,
			"Opening Ceremony", "2019-08-21", "2019-08-21T11:00:00+02:00", "Curie"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := realSchedule(t, tt.file)
			db := newDB(t)
			args := []string{"import", "schedule", path}
			if tt.tz != "" {
				args = append(args, "--tz", tt.tz)
			}
			out := mustLanyard(t, db, args...)
			if !strings.Contains(out, "("+tt.format+", ") {
				t.Errorf("summary %q does not name the format %s", out, tt.format)
			}
			if strings.Contains(out, "America/Chicago") && tt.zone != "" {
				t.Errorf("summary %q: the laptop's zone was used", out)
			}
			evs := events(t, db)
			if len(evs) != 1 {
				t.Fatalf("%d events", len(evs))
			}
			if tt.event != "" && evs[0].Name != tt.event {
				t.Errorf("event named %q, want %q", evs[0].Name, tt.event)
			}
			if tt.zone != "" && evs[0].TZ != tt.zone {
				t.Errorf("zone %q, want %q", evs[0].TZ, tt.zone)
			}
			if len(evs[0].Days) != tt.days {
				t.Errorf("%d days, want %d", len(evs[0].Days), tt.days)
			}
			rows := talksJSON(t, db)
			if len(rows) != tt.talks {
				t.Errorf("%d talks, want %d", len(rows), tt.talks)
			}
			if tt.title == "" {
				return
			}
			for _, r := range rows {
				if r.Title == tt.title {
					if r.Day != tt.day || r.Start != tt.start || r.Room != tt.room {
						t.Errorf("%q: day %s start %s room %q; want %s %s %q", r.Title, r.Day, r.Start, r.Room, tt.day, tt.start, tt.room)
					}
					return
				}
			}
			t.Errorf("no talk %q", tt.title)
		})
	}
}
