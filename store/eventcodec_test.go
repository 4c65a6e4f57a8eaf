package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/schedule"
)

// viaJSON is ev as a notebook before schema 5 gave it back: the promise
// the binary encoding keeps, down to each time's zone.
func viaJSON(t testing.TB, ev schedule.Event) schedule.Event {
	t.Helper()
	v, err := json.Marshal(ev)
	if err != nil {
		t.Skipf("JSON cannot hold this event: %v", err)
	}
	var back schedule.Event
	if err := json.Unmarshal(v, &back); err != nil {
		t.Fatal(err)
	}
	return back
}

// richEvent is fixtureEvent with every field a talk has set somewhere, and
// times in every kind of zone a record can hold.
func richEvent(t testing.TB) schedule.Event {
	ev := fixtureEvent(t)
	ev.ID = 7
	talks := ev.Days[0].Talks
	talks[0].ID, talks[0].Attended, talks[0].WatchLater = 11, true, true
	talks[1].Dropped, talks[1].Manual, talks[1].Track = true, true, "Storage ☃"
	talks[1].Speakers = append(talks[1].Speakers, "", "Zoë \x00 Nul")
	talks[2].End = time.Time{}
	talks[2].Start = time.Date(2026, 3, 9, 10, 0, 0, 123456789, time.UTC)
	talks[4].Start = time.Date(2026, 3, 9, 12, 0, 0, 0, time.Local)
	talks[4].End = time.Date(2026, 3, 9, 13, 0, 0, 0, time.FixedZone("X", -(9*3600+30*60)))
	talks[3].Items[1].ID = 1 << 60
	return ev
}

func TestAnEventReadsBackAsItDidFromJSON(t *testing.T) {
	for _, tz := range []string{"UTC", "Europe/Lisbon", "America/St_Johns", "Asia/Kathmandu"} {
		t.Run(tz, func(t *testing.T) {
			loc, err := time.LoadLocation(tz)
			if err != nil {
				t.Skip(err)
			}
			defer func(was *time.Location) { time.Local = was }(time.Local)
			time.Local = loc
			ev := richEvent(t)
			got, err := decodeEvent(appendEvent(nil, ev))
			if err != nil {
				t.Fatal(err)
			}
			if want := viaJSON(t, ev); !reflect.DeepEqual(got, want) {
				t.Errorf("binary record gave\n%+v\nJSON gave\n%+v", got, want)
			}
		})
	}
}

func TestAJSONEventRecordStillDecodes(t *testing.T) {
	ev := richEvent(t)
	v, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeEvent(v)
	if err != nil {
		t.Fatal(err)
	}
	if want := viaJSON(t, ev); !reflect.DeepEqual(got, want) {
		t.Errorf("JSON record gave\n%+v\nwant\n%+v", got, want)
	}
}

func TestADamagedEventRecordIsCorruptNotAPanic(t *testing.T) {
	rec := appendEvent(nil, richEvent(t))
	for n := range len(rec) {
		if _, err := decodeEvent(rec[:n]); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("record cut to %d of %d bytes: %v, want ErrCorrupt", n, len(rec), err)
		}
	}
	cases := map[string][]byte{
		"trailing byte":  append(append([]byte{}, rec...), 0),
		"unknown format": append([]byte{eventRecordV1 + 1}, rec[1:]...),
		// ID 1, no name, no zone, 2^62 days: a count no record could hold.
		"huge count":  {eventRecordV1, 1, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40},
		"broken JSON": []byte(`{"id":1,"days":[`),
	}
	for name, rec := range cases {
		if _, err := decodeEvent(rec); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: %v, want ErrCorrupt", name, err)
		}
	}
}

func TestItemsNestedPastAnyRealScheduleAreCorrupt(t *testing.T) {
	nested := func(depth int) schedule.Event {
		talk := schedule.Talk{Title: "innermost"}
		for range depth {
			talk = schedule.Talk{Title: "slot", Items: []schedule.Talk{talk}}
		}
		return schedule.Event{Days: []schedule.Day{{Date: "2026-03-09", Talks: []schedule.Talk{talk}}}}
	}
	if _, err := decodeEvent(appendEvent(nil, nested(maxItemDepth-1))); err != nil {
		t.Errorf("items %d deep: %v", maxItemDepth-1, err)
	}
	if _, err := decodeEvent(appendEvent(nil, nested(maxItemDepth))); !errors.Is(err, ErrCorrupt) {
		t.Errorf("items %d deep: %v, want ErrCorrupt", maxItemDepth, err)
	}
}

// schemaFour is the format that kept events as JSON.
var schemaFour = schema{version: 4, migrations: map[uint64]migration{
	1: current.migrations[1], 2: current.migrations[2], 3: current.migrations[3],
}}

func TestAnUpgradedNotebookKeepsItsEventsInTheBinaryEncoding(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanyard.db")
	old := openSchemaTest(t, path, schemaFour)
	ev, err := old.CreateEvent(richEvent(t))
	if err != nil {
		t.Fatal(err)
	}
	writeNotes(t, old, ev.Days[0].Talks[1].ID, "kept through the upgrade")
	// A schema 4 lanyard wrote its events as JSON.
	err = old.db.Update(func(tx *bolt.Tx) error {
		v, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		return tx.Bucket(eventsBucket).Put(idKey(ev.ID), v)
	})
	if err != nil {
		t.Fatal(err)
	}
	closeNow(t, old)

	nb := openAt(t, path)
	evs, err := nb.Events()
	if err != nil {
		t.Fatal(err)
	}
	if want := viaJSON(t, ev); len(evs) != 1 || !reflect.DeepEqual(evs[0], want) {
		t.Fatalf("events after the upgrade:\n%+v\nwant\n%+v", evs, want)
	}
	if got := notesOf(t, nb, ev.Days[0].Talks[1].ID); len(got) != 1 || got[0] != "kept through the upgrade" {
		t.Errorf("notes after the upgrade: %q", got)
	}
	err = nb.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(eventsBucket).Get(idKey(ev.ID)); len(v) == 0 || v[0] != eventRecordV1 {
			return fmt.Errorf("the event's record starts %q after the upgrade, want the binary encoding", v[:min(len(v), 8)])
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

func FuzzEventRecord(f *testing.F) {
	f.Add("Summit", "Europe/Lisbon", "2026-03-09", "Talk", "Ana", "Main", int64(1773050400), uint32(0), int32(3600), byte(1), []byte{eventRecordV1})
	f.Add("", "", "", "", "", "", int64(-62135596800), uint32(999999999), int32(-34200), byte(15), []byte(`{"days":null}`))
	f.Fuzz(func(t *testing.T, name, tz, date, title, speaker, room string, sec int64, nsec uint32, offset int32, flags byte, junk []byte) {
		// RFC 3339, so JSON, has offsets in whole minutes.
		start := time.Unix(sec, int64(nsec%1e9)).In(time.FixedZone("", int(offset%(24*3600))/60*60))
		talk := schedule.Talk{ID: uint64(sec), Start: start, Title: title, Speakers: []string{speaker}, Room: room,
			Attended: flags&1 != 0, Dropped: flags&2 != 0, Manual: flags&4 != 0, WatchLater: flags&8 != 0}
		talk.Items = []schedule.Talk{{Title: speaker, End: start}}
		ev := schedule.Event{ID: uint64(offset), Name: name, TZ: tz, Days: []schedule.Day{{Date: date, Talks: []schedule.Talk{talk}}}}
		got, err := decodeEvent(appendEvent(nil, ev))
		if err != nil {
			t.Fatalf("decode: %v", err)
		}
		if got.Name != name || got.TZ != tz || got.Days[0].Date != date || got.Days[0].Talks[0].Title != title ||
			got.Days[0].Talks[0].Speakers[0] != speaker || got.Days[0].Talks[0].Items[0].Title != speaker {
			t.Fatalf("text changed on the way: %+v", got)
		}
		// JSON makes bytes that are not UTF-8 into U+FFFD; the record keeps
		// them, as checked above.
		valid := true
		for _, s := range []string{name, tz, date, title, speaker, room} {
			valid = valid && utf8.ValidString(s)
		}
		if want := viaJSON(t, ev); valid && !reflect.DeepEqual(got, want) {
			t.Fatalf("binary record gave\n%+v\nJSON gave\n%+v", got, want)
		}
		// Any bytes at all decode or are ErrCorrupt; they never panic.
		if _, err := decodeEvent(junk); err != nil && !errors.Is(err, ErrCorrupt) {
			t.Fatalf("decode of junk: %v", err)
		}
	})
}

// BenchmarkDecodeEvent1000 decodes a 1,000-talk event from its record as
// a start does, in the binary encoding and, beside it in the same run, in
// the JSON of schema 4.
func BenchmarkDecodeEvent1000(b *testing.B) {
	ev := bigEvent(1_000)
	ev.ID = 1
	asJSON, err := json.Marshal(ev)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		rec  []byte
	}{{"binary", appendEvent(nil, ev)}, {"json", asJSON}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.rec)))
			for b.Loop() {
				if _, err := decodeEvent(c.rec); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
