package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"lanyard/store/schedule"
)

// Event records. Up to schema 4 an event was JSON, which a start decoded
// whole: a 674-talk conference took 7 ms of a cold start's 40. From
// schema 5 an event is binary, decoded in one pass with one copy of the
// record for all its strings:
//
//	version byte (eventRecordV1; JSON starts with '{', so the two never meet)
//	uvarint ID
//	string  name, string time zone
//	uvarint number of days, then for each day:
//	  string  date
//	  uvarint number of talks, then each talk (below)
//
// A talk:
//
//	uvarint ID
//	time    start, time end
//	string  title
//	uvarint number of speakers, then each as a string
//	string  room, string track, string kind, string source ID
//	byte    flags (flagAttended and the rest below; other bits reserved)
//	uvarint number of items, then each as a talk
//
// A string is its uvarint length then its bytes. A time is a byte, 0 for
// the zero time (nothing follows) or 1, then varint Unix seconds, uvarint
// nanoseconds and varint offset from UTC in seconds.
const eventRecordV1 = 0xE1

// The bits of a talk's flags byte.
const (
	flagAttended   = 1 << 0
	flagDropped    = 1 << 1
	flagManual     = 1 << 2
	flagWatchLater = 1 << 3
)

// maxItemDepth bounds how deep talks' items nest in a record: a slot's
// items have none of their own, and a damaged record must not take the
// decoder's stack with it.
const maxItemDepth = 4

// appendEvent appends ev's record to buf.
func appendEvent(buf []byte, ev schedule.Event) []byte {
	buf = append(buf, eventRecordV1)
	buf = binary.AppendUvarint(buf, ev.ID)
	buf = appendString(buf, ev.Name)
	buf = appendString(buf, ev.TZ)
	buf = binary.AppendUvarint(buf, uint64(len(ev.Days)))
	for _, d := range ev.Days {
		buf = appendString(buf, d.Date)
		buf = binary.AppendUvarint(buf, uint64(len(d.Talks)))
		for _, t := range d.Talks {
			buf = appendTalk(buf, t)
		}
	}
	return buf
}

func appendTalk(buf []byte, t schedule.Talk) []byte {
	buf = binary.AppendUvarint(buf, t.ID)
	buf = appendTime(buf, t.Start)
	buf = appendTime(buf, t.End)
	buf = appendString(buf, t.Title)
	buf = binary.AppendUvarint(buf, uint64(len(t.Speakers)))
	for _, s := range t.Speakers {
		buf = appendString(buf, s)
	}
	for _, s := range []string{t.Room, t.Track, string(t.Kind), t.SourceID} {
		buf = appendString(buf, s)
	}
	buf = append(buf, talkFlags(t))
	buf = binary.AppendUvarint(buf, uint64(len(t.Items)))
	for _, item := range t.Items {
		buf = appendTalk(buf, item)
	}
	return buf
}

func talkFlags(t schedule.Talk) byte {
	var f byte
	if t.Attended {
		f |= flagAttended
	}
	if t.Dropped {
		f |= flagDropped
	}
	if t.Manual {
		f |= flagManual
	}
	if t.WatchLater {
		f |= flagWatchLater
	}
	return f
}

func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

func appendTime(buf []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(buf, 0)
	}
	_, offset := t.Zone()
	buf = append(buf, 1)
	buf = binary.AppendVarint(buf, t.Unix())
	buf = binary.AppendUvarint(buf, uint64(t.Nanosecond()))
	return binary.AppendVarint(buf, int64(offset))
}

// decodeEvent reads an event record of either encoding: JSON from a
// notebook not yet upgraded (a read-only look, or the upgrade itself), or
// the binary one. Anything else is ErrCorrupt.
func decodeEvent(rec []byte) (schedule.Event, error) {
	var ev schedule.Event
	if len(rec) > 0 && rec[0] == '{' {
		if err := json.Unmarshal(rec, &ev); err != nil {
			return schedule.Event{}, fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
		return ev, nil
	}
	if len(rec) == 0 || rec[0] != eventRecordV1 {
		return ev, fmt.Errorf("event record version: %w", ErrCorrupt)
	}
	d := eventDecoder{all: string(rec), r: recordReader{b: rec[1:]}}
	ev.ID = d.r.uvarint()
	ev.Name, ev.TZ = d.string(), d.string()
	if n := d.count(); n > 0 {
		ev.Days = make([]schedule.Day, n)
	}
	for i := range ev.Days {
		day := &ev.Days[i]
		day.Date = d.string()
		day.Talks = d.talks(0)
	}
	if d.r.bad || len(d.r.b) != 0 {
		return schedule.Event{}, fmt.Errorf("event record: %w", ErrCorrupt)
	}
	return ev, nil
}

// eventDecoder reads an event record. Its strings are slices of all, one
// copy of the record, instead of one allocation each.
type eventDecoder struct {
	all   string
	r     recordReader
	zones map[int]*time.Location
}

// count reads a number of things to come, each at least a byte long, so
// that a damaged count cannot ask for more than the record could hold.
func (d *eventDecoder) count() int {
	n := d.r.uvarint()
	if n > uint64(len(d.r.b)) {
		d.r.bad, d.r.b = true, nil
		return 0
	}
	return int(n)
}

func (d *eventDecoder) string() string {
	b := d.r.bytes()
	if d.r.bad || len(b) == 0 {
		return ""
	}
	start := len(d.all) - len(d.r.b) - len(b)
	return d.all[start : start+len(b)]
}

func (d *eventDecoder) talks(depth int) []schedule.Talk {
	n := d.count()
	if n == 0 || d.r.bad {
		return nil
	}
	if depth >= maxItemDepth {
		d.r.bad, d.r.b = true, nil
		return nil
	}
	talks := make([]schedule.Talk, n)
	for i := range talks {
		d.talk(&talks[i], depth)
		if d.r.bad {
			return nil
		}
	}
	return talks
}

func (d *eventDecoder) talk(t *schedule.Talk, depth int) {
	t.ID = d.r.uvarint()
	t.Start, t.End = d.time(), d.time()
	t.Title = d.string()
	if n := d.count(); n > 0 {
		t.Speakers = make([]string, n)
		for i := range t.Speakers {
			t.Speakers[i] = d.string()
		}
	}
	t.Room, t.Track = d.string(), d.string()
	t.Kind, t.SourceID = schedule.Kind(d.string()), d.string()
	flags := d.r.byte()
	t.Attended, t.Dropped = flags&flagAttended != 0, flags&flagDropped != 0
	t.Manual, t.WatchLater = flags&flagManual != 0, flags&flagWatchLater != 0
	t.Items = d.talks(depth + 1)
}

// time reads a time as JSON gave it back before schema 5, so that a talk
// reads the same from either record: UTC at offset 0, the laptop's zone
// where it has that offset at that instant, else a zone fixed at it.
func (d *eventDecoder) time() time.Time {
	switch d.r.byte() {
	case 0:
		return time.Time{}
	case 1:
	default:
		d.r.bad = true
		return time.Time{}
	}
	sec, nsec, offset := d.r.varint(), d.r.uvarint(), d.r.varint()
	if nsec >= uint64(time.Second) || offset <= -24*3600 || offset >= 24*3600 {
		d.r.bad = true
		return time.Time{}
	}
	t := time.Unix(sec, int64(nsec))
	if offset == 0 {
		return t.UTC()
	}
	if _, local := t.In(time.Local).Zone(); local == int(offset) {
		return t.In(time.Local)
	}
	return t.In(d.zone(int(offset)))
}

func (d *eventDecoder) zone(offset int) *time.Location {
	if loc, ok := d.zones[offset]; ok {
		return loc
	}
	if d.zones == nil {
		d.zones = make(map[int]*time.Location)
	}
	loc := time.FixedZone("", offset)
	d.zones[offset] = loc
	return loc
}
