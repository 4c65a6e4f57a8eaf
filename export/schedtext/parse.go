// Package schedtext reads a conference schedule written as plain text: the
// kind a conference site or a blog post publishes, date lines and time
// slots, often with the author's commentary between them. It turns the text
// into schedule days; commentary is counted and skipped.
package schedtext

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"lanyard/export/internal/days"
	"lanyard/export/internal/fields"
	"lanyard/export/internal/input"
	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// defaultSlotLength is how long the last slot of a day lasts when the text
// gives only its start.
const defaultSlotLength = 30 * time.Minute

// maxPastMidnight is, in minutes, the longest a slot that ends before it
// starts may last. Such a slot runs past midnight when that makes it no
// longer than this: "23:30 – 00:30" is an hour, a party "20:00 – 02:00"
// six. One that would last longer, "10:00 – 09:00" (23 hours), is a slip
// of the keyboard and refused: no session runs through the night and the
// whole next morning.
const maxPastMidnight = 12 * 60

// Format is a schedule written as plain text, as lanyard import reads it.
// Any text may be one, so it claims every file (lanyard tries it last);
// the lines it skips are the author's commentary.
var Format = schedule.Format{
	Name:    "text",
	Label:   "plain text",
	Sniff:   func([]byte) bool { return true },
	Parse:   Parse,
	Skipped: "line",
}

// Parse reads a text schedule; its times are wall-clock times at the
// venue, opts.Location. A text names no zone and no conference, so Zone
// and Title are always "". Talks counts the timed slots plus the parallel
// items inside them; Skipped counts the lines that were neither, the
// commentary (blank lines and date lines are not counted). It returns an
// error naming the file and line for a slot before any date line, an
// impossible time or one that ends before it starts (see
// maxPastMidnight), and ErrNoSchedule for a text with no slots at all.
func Parse(r io.Reader, opts schedule.ReadOptions) (schedule.Parsed, error) {
	p := newParser(opts)
	sc := bufio.NewScanner(input.Decode(r))
	sc.Buffer(make([]byte, 0, 64*1024), maxLineBytes)
	sc.Split(splitLines)
	n := 0
	for sc.Scan() {
		n++
		if err := p.line(n, sc.Text()); err != nil {
			return schedule.Parsed{}, err
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return schedule.Parsed{}, fmt.Errorf("%s: line %d: %w: a schedule's lines are shorter than %d MiB; is this the right file?",
			p.name, n+1, ErrLineTooLong, maxLineBytes>>20)
	} else if err != nil {
		return schedule.Parsed{}, fmt.Errorf("%s: line %d: %w", p.name, n+1, err)
	}
	return p.result()
}

// parser holds what the lines read so far have built.
type parser struct {
	name string
	loc  *time.Location
	days map[string]*dayDraft
	// day is the day the last date line started; nil before the first.
	day *dayDraft
	// slot is the day's last timed slot, the one items attach to.
	slot *slotDraft
	// series is the open-space series of the day ("Open Spaces") that a
	// bare "Session 2" continues.
	series string
	// afterItem is true when the previous line was an item, so a wrapped
	// word's tail on this line belongs to it.
	afterItem bool
	talks     int
	skipped   int
	skips     schedule.Skips
}

type dayDraft struct {
	date  date
	slots []*slotDraft
	// daytime is set once the day has a slot after the small hours: a
	// slot in the small hours after it is the next morning's.
	daytime bool
}

type slotDraft struct {
	talk schedule.Talk
	// openEnded is true when the text gave only a start; the end is the
	// next slot's start, found once the day is complete.
	openEnded    bool
	acceptsItems bool
	openSpace    bool
}

func newParser(opts schedule.ReadOptions) *parser {
	p := &parser{name: opts.Name, loc: opts.Location, days: map[string]*dayDraft{}}
	if p.name == "" {
		p.name = "<input>"
	}
	if p.loc == nil {
		p.loc = time.UTC
	}
	return p
}

// line reads line n of the text.
func (p *parser) line(n int, raw string) error {
	text := strings.TrimSpace(sanitize.Line(raw))
	afterItem := p.afterItem
	p.afterItem = false
	if text == "" {
		return nil
	}
	if d, ok := parseDate(text); ok {
		p.startDay(d)
		return nil
	}
	if sl, ok := parseSlotLine(text); ok {
		return p.addSlot(n, sl)
	}
	if p.slot != nil && p.slot.acceptsItems {
		if item, ok := parseItem(text, p.slot.openSpace); ok {
			p.slot.talk.Items = append(p.slot.talk.Items, item)
			p.talks++
			p.afterItem = true
			return nil
		}
		if afterItem && isWrapFragment(text) {
			last := &p.slot.talk.Items[len(p.slot.talk.Items)-1]
			last.Title += text
			return nil
		}
	}
	p.skipped++
	p.skips.Note(n, text, skipReason(text))
	return nil
}

// skipReason says why a line is no part of the schedule: most have no
// time; a time alone names nothing to attend.
func skipReason(text string) string {
	if _, _, ok := scanClock(text); ok {
		return "a time with no title after it"
	}
	return "no time"
}

// startDay makes d the current day; a date seen before continues its day.
func (p *parser) startDay(d date) {
	key := d.String()
	if p.days[key] == nil {
		p.days[key] = &dayDraft{date: d}
	}
	p.day = p.days[key]
	p.slot = nil
	p.series = ""
}

// addSlot adds the slot on line n to the current day.
func (p *parser) addSlot(n int, sl slotLine) error {
	if p.day == nil {
		return fmt.Errorf("%s: line %d: %w", p.name, n, ErrSlotBeforeDate)
	}
	start, end, err := sl.slotMinutes()
	if err != nil {
		return fmt.Errorf("%s: line %d: %w", p.name, n, err)
	}
	if sl.hasEnd && end < start && end+24*60-start > maxPastMidnight {
		return fmt.Errorf("%s: line %d: the slot %q to %q %w (past midnight it would last %d hours): correct the times",
			p.name, n, sl.start.raw, sl.end.raw, fields.ErrEndBeforeStart, (end+24*60-start+30)/60)
	}
	speakers, title := splitSpeakers(sl.title)
	title = inSeries(cutCommentary(title), p.series)
	if series := seriesName(title); series != "" {
		p.series = series
	}
	morning := p.day.nextMorning(start)
	draft := &slotDraft{
		talk: schedule.Talk{
			Start:    p.day.date.at(start, morning, p.loc),
			Title:    title,
			Speakers: speakers,
			Kind:     schedule.KindTalk,
		},
		openEnded: !sl.hasEnd,
		openSpace: isOpenSpace(title),
	}
	if speakers == nil {
		draft.talk.Kind = schedule.KindOfTitle(title)
		draft.acceptsItems = draft.talk.Kind == schedule.KindTalk
	}
	if sl.hasEnd {
		draft.talk.End = p.endTime(start, end, morning, draft.talk.Start)
	}
	p.day.slots = append(p.day.slots, draft)
	p.slot = draft
	p.talks++
	return nil
}

// nextMorning returns 1 when a slot starting start minutes after midnight
// is the next morning's, 0 when it is on the day's own date. A slot in the
// small hours after the day's daytime ones continues the evening, as every
// reader counts it (see days.Venue); one the day has nothing before opens
// the day, as a hackathon's 00:30 kick-off does.
func (d *dayDraft) nextMorning(start int) int {
	small := days.At(nil).Before(time.Duration(start) * time.Minute)
	switch {
	case !small:
		d.daytime = true
	case d.daytime:
		return 1
	}
	return 0
}

// endTime returns the end of a slot on the current day that starts
// morning days after its date; an end before the start is after
// midnight. A daylight-saving change can still make the wall clock's end
// an instant before its start, and no slot ends before it begins.
func (p *parser) endTime(startMinutes, endMinutes, morning int, start time.Time) time.Time {
	extraDays := morning
	if endMinutes < startMinutes {
		extraDays++
	}
	end := p.day.date.at(endMinutes, extraDays, p.loc)
	if end.Before(start) {
		return start
	}
	return end
}

// result finishes every day, in date order. A date line with no slots under
// it was a date in the commentary and makes no day.
func (p *parser) result() (schedule.Parsed, error) {
	if p.talks == 0 {
		return schedule.Parsed{}, fmt.Errorf("%s: %w", p.name, ErrNoSchedule)
	}
	keys := make([]string, 0, len(p.days))
	for key, d := range p.days {
		if len(d.slots) > 0 {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	res := schedule.Parsed{Days: make([]schedule.Day, 0, len(keys)), Talks: p.talks, Skipped: p.skipped, Skips: p.skips}
	for _, key := range keys {
		res.Days = append(res.Days, p.days[key].finish(key))
	}
	return res, nil
}

// finish sorts the day's slots by start, gives each open-ended slot its
// end, and gives items their slot's times.
func (d *dayDraft) finish(key string) schedule.Day {
	sort.SliceStable(d.slots, func(i, j int) bool {
		return d.slots[i].talk.Start.Before(d.slots[j].talk.Start)
	})
	talks := make([]schedule.Talk, len(d.slots))
	for i, s := range d.slots {
		t := s.talk
		if s.openEnded {
			t.End = nextStart(d.slots[i+1:], t.Start)
		}
		for j := range t.Items {
			t.Items[j].Start, t.Items[j].End = t.Start, t.End
		}
		if len(t.Items) > 0 {
			t.Kind = schedule.KindSlot
		}
		talks[i] = t
	}
	return schedule.Day{Date: key, Talks: talks}
}

// nextStart returns the first start after start among the later slots (a
// parallel slot at the same time does not end it), or start plus the
// default length for the day's last slot.
func nextStart(later []*slotDraft, start time.Time) time.Time {
	for _, s := range later {
		if s.talk.Start.After(start) {
			return s.talk.Start
		}
	}
	return start.Add(defaultSlotLength)
}
