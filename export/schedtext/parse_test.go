package schedtext

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

func TestErrors(t *testing.T) {
	tests := []struct {
		name, text string
		is         error
		message    string
	}{
		{"slot before date", "My notes\n\n09:00 – 10:00 Keynote\n", ErrSlotBeforeDate,
			"conf.txt: line 3: time slot before any date line"},
		{"title-first slot before date", "Session 2 – 15:40 – 16:10\n", ErrSlotBeforeDate,
			"conf.txt: line 1: time slot before any date line"},
		{"hour past 23", dateLine + "09:00 – 10:00 Fine\n25:00 – 26:00 Late\n", fields.ErrBadTime,
			`conf.txt: line 3: invalid time "25:00"`},
		{"minute past 59", dateLine + "\n09:75 Doors\n", fields.ErrBadTime, `conf.txt: line 3: invalid time "09:75"`},
		{"13 on a 12-hour clock", dateLine + "13pm – 2pm Talk\n", fields.ErrBadTime, `conf.txt: line 2: invalid time "13pm"`},
		{"bad end", dateLine + "09:00 – 24:00 Talk\n", fields.ErrBadTime, `conf.txt: line 2: invalid time "24:00"`},
		// Read as past midnight, this was a talk of 23 hours.
		{"end an hour before the start", dateLine + "\n10:00 - 09:00 Keynote\n", fields.ErrEndBeforeStart,
			`conf.txt: line 3: the slot "10:00" to "09:00" ends before it starts (past midnight it would last 23 hours): correct the times`},
		{"end before the start, 12-hour clock", dateLine + "3pm - 2pm Talk\n", fields.ErrEndBeforeStart,
			`conf.txt: line 2: the slot "3pm" to "2pm" ends before it starts`},
		{"no slots", "Just a blog post.\nOctober 17, 2019\nNothing timed here.\n", ErrNoSchedule,
			"conf.txt: no schedule found"},
		{"empty", "", ErrNoSchedule, "conf.txt: no schedule found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Parse(strings.NewReader(tt.text), schedule.ReadOptions{Name: "conf.txt", Location: time.UTC})
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

func TestReadErrorNamesFile(t *testing.T) {
	r := io.MultiReader(strings.NewReader(dateLine), failingReader{})
	_, err := Parse(r, schedule.ReadOptions{Name: "conf.txt"})
	if !errors.Is(err, errDisk) || !strings.HasPrefix(err.Error(), "conf.txt: line 2: ") {
		t.Errorf("err = %v, want the disk error with file and line", err)
	}
}

var errDisk = errors.New("disk on fire")

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errDisk }

// Text from the web or a terminal is cleaned before it is kept: a BOM,
// Windows and old Mac line ends, escape sequences and control characters.
func TestTextIsCleaned(t *testing.T) {
	text := "\ufeffOctober 17, 2019\r\n" +
		"09:00 – 09:30 \x1b[31mAna\x1b[0m Ruiz – Colour\x07ful \x1b]0;pwned\x07Terminals\r\n" +
		"09:30 – 10:00 Tabs\tand\u00a0spaces \u202eevil\r" +
		"10:00 – 10:30 Invalid \xff byte\n"
	res := parseOK(t, text)
	talks := res.Days[0].Talks
	if len(talks) != 3 {
		t.Fatalf("got %d talks, want 3 (CRLF and lone CR end lines)", len(talks))
	}
	if !slices.Equal(talks[0].Speakers, []string{"Ana Ruiz"}) || talks[0].Title != "Colourful Terminals" {
		t.Errorf("first talk = %q %q", talks[0].Speakers, talks[0].Title)
	}
	if talks[1].Title != "Tabs and spaces evil" {
		t.Errorf("second title = %q", talks[1].Title)
	}
	if talks[2].Title != "Invalid \ufffd byte" {
		t.Errorf("third title = %q", talks[2].Title)
	}
	for _, talk := range talks {
		if strings.ContainsFunc(talk.Title, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			t.Errorf("title %q keeps control characters", talk.Title)
		}
	}
}

func TestLineNumbersCountCRLF(t *testing.T) {
	_, err := Parse(strings.NewReader("intro\r\n\r\n\r\n10:00 – 11:00 X\r\n"), schedule.ReadOptions{Name: "w.txt"})
	if err == nil || !strings.HasPrefix(err.Error(), "w.txt: line 4:") {
		t.Errorf("err = %v, want line 4", err)
	}
}

func TestFixtureConference(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "conference.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Parse(f, schedule.ReadOptions{Name: "conference.txt", Location: london})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 31 || res.Skipped != 8 {
		t.Errorf("talks %d, skipped %d; want 31 and 8", res.Talks, res.Skipped)
	}
	if len(res.Days) != 2 || res.Days[0].Date != "2026-03-12" || res.Days[1].Date != "2026-03-13" {
		t.Fatalf("days = %v", dates(res.Days))
	}
	day1, day2 := res.Days[0].Talks, res.Days[1].Talks
	if len(day1) != 12 || len(day2) != 8 {
		t.Fatalf("got %d and %d slots, want 12 and 8", len(day1), len(day2))
	}

	ignites := day1[5]
	if ignites.Title != "Ignites" || ignites.Kind != schedule.KindSlot || len(ignites.Items) != 3 {
		t.Fatalf("ignites = %+v", ignites)
	}
	if it := ignites.Items[0]; it.Title != "Chaos Engineering for Teams of Three" || it.Speakers[0] != "Priya Natarajan" {
		t.Errorf("first ignite = %q by %q", it.Title, it.Speakers)
	}
	if it := ignites.Items[1]; !it.Attended || it.Title != "Terraform Without Tears" {
		t.Errorf("attended ignite = %+v", it)
	}

	session2 := day1[8]
	if session2.Title != "Open Space Session 2" || len(session2.Items) != 3 || session2.Items[2].Room != "Galley" || !session2.Items[2].Attended {
		t.Errorf("open space session 2 = %+v", session2)
	}
	budget := day1[4]
	if got := budget.Start.In(london).Format("15:04"); got != "10:30" || !slices.Equal(budget.Speakers, []string{"Tomás Ruiz", "Hannah Lee"}) {
		t.Errorf("10.30 talk = %s %q", got, budget.Speakers)
	}
	party := day1[11]
	if got := party.End.In(london).Format("2006-01-02 15:04"); got != "2026-03-13 00:30" {
		t.Errorf("after-party ends %s, want 00:30 the next day", got)
	}
	if doors := day2[0]; doors.Kind != schedule.KindBreak || doors.End.In(london).Format("15:04") != "09:30" {
		t.Errorf("doors open = %s ending %s", doors.Kind, doors.End.In(london).Format("15:04"))
	}
	if coffee := day2[3]; coffee.Start.In(london).Format("15:04") != "11:00" || coffee.Kind != schedule.KindBreak {
		t.Errorf("11:00am break = %+v", coffee)
	}
	if z := day2[4]; z.Title != "Ego-less Operations — keeping blame out of the room" {
		t.Errorf("to-separated talk title = %q", z.Title)
	}
}

func dates(days []schedule.Day) []string {
	out := make([]string, len(days))
	for i, d := range days {
		out[i] = d.Date
	}
	return out
}

// TestSlotsPastMidnight: a slot that ends before it starts runs past
// midnight when that makes it 12 hours or less.
func TestSlotsPastMidnight(t *testing.T) {
	for line, want := range map[string]string{
		"23:30 – 00:30 Late talk":    "23:30-00:30+1",
		"20:00 – 02:00 Party":        "20:00-02:00+1",
		"21:00 - 09:00 Hackathon":    "21:00-09:00+1",
		"10pm - 1:00 Karaoke":        "22:00-01:00+1",
		"11:30 - 12:30pm Lunch talk": "11:30-12:30",
	} {
		if got := span(onlyTalk(t, parseOK(t, dateLine+line+"\n"))); got != want {
			t.Errorf("%q: %s, want %s", line, got, want)
		}
	}
}

// TestLongLineSaysWhichAndWhy: a line past the bound was "bufio.Scanner:
// token too long", which told the user nothing.
func TestLongLineSaysWhichAndWhy(t *testing.T) {
	text := dateLine + "09:00 – 10:00 Keynote\n" + strings.Repeat("x", maxLineBytes+1) + "\n"
	_, err := Parse(strings.NewReader(text), schedule.ReadOptions{Name: "conf.txt"})
	if !errors.Is(err, ErrLineTooLong) || !strings.HasPrefix(err.Error(), "conf.txt: line 3: line too long: ") ||
		!strings.Contains(err.Error(), "1 MiB") || strings.Contains(err.Error(), "bufio") {
		t.Errorf("err = %v, want the line, the bound and no bufio", err)
	}
}

// TestUTF16Text: Notepad's "Unicode" is UTF-16; it read as no schedule.
func TestUTF16Text(t *testing.T) {
	res, err := Parse(bytes.NewReader(readertest.UTF16LE(dateLine+"09:00 – 10:00 Café talk\r\n")), schedule.ReadOptions{Name: "u.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if talk := onlyTalk(t, res); talk.Title != "Café talk" || span(talk) != "09:00-10:00" {
		t.Errorf("talk %q %s", talk.Title, span(talk))
	}
}
