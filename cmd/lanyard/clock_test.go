package main

import (
	"strings"
	"testing"
	"time"
)

func TestNowAcceptsAVenueWallClockTime(t *testing.T) {
	t.Setenv("LANYARD_NOW", "")
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]time.Time{
		"2019-10-17 10:40":      time.Date(2019, 10, 17, 10, 40, 0, 0, london),
		"2019-10-17T10:40":      time.Date(2019, 10, 17, 10, 40, 0, 0, london),
		"2019-10-17 10:40:05":   time.Date(2019, 10, 17, 10, 40, 5, 0, london),
		"2019-10-17T10:40:05":   time.Date(2019, 10, 17, 10, 40, 5, 0, london),
		"2019-10-17":            time.Date(2019, 10, 17, 0, 0, 0, 0, london),
		"  2019-10-17 10:40\n ": time.Date(2019, 10, 17, 10, 40, 0, 0, london),
	} {
		wall, fixed, err := (&globals{now: text}).parseNow()
		if err != nil || !fixed {
			t.Errorf("--now %q: fixed %v, error %v", text, fixed, err)
			continue
		}
		if got := wall.in(london); !got.Equal(want) {
			t.Errorf("--now %q in London is %v, want %v", text, got, want)
		}
		// The same wall clock in another venue is another instant.
		if got := wall.in(time.UTC); got.Format("2006-01-02 15:04:05") != want.Format("2006-01-02 15:04:05") {
			t.Errorf("--now %q in UTC reads %v; want the same wall-clock time", text, got)
		}
	}
}

func TestNowWithAnOffsetIsTheSameInstantInEveryVenue(t *testing.T) {
	t.Setenv("LANYARD_NOW", "")
	want := time.Date(2019, 10, 17, 8, 40, 0, 0, time.UTC)
	for _, text := range []string{"2019-10-17T10:40:00+02:00", "2019-10-17T08:40:00Z", " 2019-10-17T03:40:00-05:00 "} {
		wall, fixed, err := (&globals{now: text}).parseNow()
		if err != nil || !fixed {
			t.Fatalf("--now %q: fixed %v, error %v", text, fixed, err)
		}
		for _, zone := range []string{"Europe/London", "Asia/Tokyo", "America/Denver"} {
			loc, err := time.LoadLocation(zone)
			if err != nil {
				t.Fatal(err)
			}
			if got := wall.in(loc); !got.Equal(want) {
				t.Errorf("--now %q in %s is %v, want %v", text, zone, got, want)
			}
		}
	}
}

func TestNowFallsBackToTheEnvironment(t *testing.T) {
	t.Setenv("LANYARD_NOW", "2019-10-17 10:40")
	wall, fixed, err := (&globals{}).parseNow()
	if err != nil || !fixed || wall.in(time.UTC).Format("2006-01-02 15:04") != "2019-10-17 10:40" {
		t.Errorf("$LANYARD_NOW: %v fixed %v, error %v", wall.in(time.UTC), fixed, err)
	}
	wall, _, err = (&globals{now: "2020-01-02 03:04"}).parseNow()
	if err != nil || wall.in(time.UTC).Format("2006-01-02 15:04") != "2020-01-02 03:04" {
		t.Errorf("--now should win over $LANYARD_NOW: got %v, error %v", wall.in(time.UTC), err)
	}
	t.Setenv("LANYARD_NOW", "")
	if _, fixed, err := (&globals{}).parseNow(); fixed || err != nil {
		t.Errorf("with neither set the clock is fixed %v, error %v; want the real clock", fixed, err)
	}
}

func TestNowRefusesWhatIsNotATime(t *testing.T) {
	t.Setenv("LANYARD_NOW", "")
	for _, text := range []string{"10:40", "tomorrow", "2019-13-01 10:00", "2019-10-17 25:00", "17/10/2019 10:40", "2019-10-17 10:40 BST"} {
		_, fixed, err := (&globals{now: text}).parseNow()
		if err == nil || fixed {
			t.Errorf("--now %q accepted", text)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, `--now "`+text+`"`) || !strings.Contains(msg, "2019-10-17 10:40") {
			t.Errorf("--now %q: error %q should quote it and show the form wanted", text, msg)
		}
	}
	t.Setenv("LANYARD_NOW", "soon")
	if _, _, err := (&globals{}).parseNow(); err == nil || !strings.Contains(err.Error(), `$LANYARD_NOW "soon"`) {
		t.Errorf("a bad $LANYARD_NOW gave error %v; want it named", err)
	}
}

func TestABadNowStopsLanyardBeforeItTouchesTheNotebook(t *testing.T) {
	t.Setenv("LANYARD_NOW", "")
	db := newDB(t)
	msg := mustFail(t, db, "--now", "half past ten")
	if !strings.Contains(msg, `--now "half past ten"`) {
		t.Errorf("error %q should quote the bad --now", msg)
	}
	mustFail(t, db, "demo", "--now", "half past ten")
	assertNoNotebook(t, db)
}

func TestNowRefusesATimeTheClockCannotReach(t *testing.T) {
	t.Setenv("LANYARD_NOW", "")
	for _, text := range []string{"2400-01-01 10:00", "1700-01-01 10:00", "9999-12-31T23:59:59Z", "0001-01-01"} {
		_, _, err := (&globals{now: text}).parseNow()
		if err == nil || !strings.Contains(err.Error(), `--now "`+text+`"`) || !strings.Contains(err.Error(), "years") {
			t.Errorf("--now %q gave error %v; want it refused, quoted, with how far the clock reaches", text, err)
		}
	}
	// Far, but within reach: the clock starts where --now says.
	far := time.Now().AddDate(280, 0, 0).UTC().Truncate(time.Minute)
	wall, _, err := (&globals{now: far.Format(time.RFC3339)}).parseNow()
	if err != nil {
		t.Fatal(err)
	}
	if got := shiftedClock(wall.in(time.UTC))(); got.Sub(far).Abs() > time.Minute {
		t.Errorf("--now %v: the clock shows %v", far, got)
	}
	db := newDB(t)
	if msg := mustFail(t, db, "--now", "2400-01-01 10:00"); !strings.Contains(msg, "years") {
		t.Errorf("lanyard --now 2400-01-01 said %q", msg)
	}
	assertNoNotebook(t, db)
}
