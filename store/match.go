package store

import (
	"slices"
	"strconv"
	"strings"

	"lanyard/store/fold"
	"lanyard/store/schedule"
)

// matchKey names what two talks must share to be taken for one: it returns
// "" for a talk that cannot match that way (no speakers, say). scope is the
// ID of the old slot a talk's items are matched within, 0 for none.
type matchKey func(t *schedule.Talk, date string, start string, scope uint64) string

// The ways a talk is recognised, from surest to loosest.
var (
	bySource = func(t *schedule.Talk, _, _ string, _ uint64) string { return t.SourceID }

	byDayStartTitle = func(t *schedule.Talk, date, start string, _ uint64) string {
		return join(date, start, nameKey(t.Title))
	}
	byDayStartSpeakers = func(t *schedule.Talk, date, start string, _ uint64) string {
		return join(date, start, speakers(t))
	}
	bySlotTitle = func(t *schedule.Talk, _, _ string, scope uint64) string {
		return join(scoped(scope), nameKey(t.Title))
	}
	bySlotSpeakers = func(t *schedule.Talk, _, _ string, scope uint64) string {
		return join(scoped(scope), speakers(t))
	}
	byDayTitle = func(t *schedule.Talk, date, _ string, _ uint64) string {
		return join(date, nameKey(t.Title))
	}
	byDaySpeakers = func(t *schedule.Talk, date, _ string, _ uint64) string {
		return join(date, speakers(t))
	}
)

// pairTalks matches imported talks to stored ones, setting each newTalk's
// match: first by SourceID anywhere in the event, then top-level talks by
// day, start and title or speakers, then the items of matched slots among
// those slots' items, then the items of new slots among the day's talks.
// Each pass only sees what earlier passes left unmatched.
func pairTalks(olds []*oldTalk, news []*newTalk) {
	olds = slices.DeleteFunc(slices.Clone(olds), func(o *oldTalk) bool { return o.t.Kind == schedule.KindPage })
	pairBy(news, olds, bySource)

	top := func(o *oldTalk) bool { return o.slot == nil }
	newTop := filter(news, func(n *newTalk) bool { return n.slot == nil })
	oldTop := filter(olds, top)
	pairBy(newTop, oldTop, byDayStartTitle)
	pairBy(newTop, oldTop, byDayStartSpeakers)

	inMatched := filter(news, func(n *newTalk) bool { return n.slot != nil && n.slot.match != nil })
	oldItems := filter(olds, func(o *oldTalk) bool { return !top(o) })
	pairBy(inMatched, oldItems, bySlotTitle)
	pairBy(inMatched, oldItems, bySlotSpeakers)

	inNew := filter(news, func(n *newTalk) bool { return n.slot != nil && n.slot.match == nil })
	for _, key := range []matchKey{byDayStartTitle, byDayStartSpeakers, byDayTitle, byDaySpeakers} {
		pairBy(inNew, olds, key)
	}
}

// pairBy matches each unmatched new talk to the first unmatched old talk
// with the same key, in schedule order. Two talks whose SourceIDs differ
// are different talks however alike they look.
func pairBy(news []*newTalk, olds []*oldTalk, key matchKey) {
	byKey := make(map[string][]*oldTalk)
	for _, o := range olds {
		if o.matched {
			continue
		}
		if k := key(o.t, o.date, stamp(o), o.scope()); k != "" {
			byKey[k] = append(byKey[k], o)
		}
	}
	if len(byKey) == 0 {
		return
	}
	for _, n := range news {
		if n.match != nil {
			continue
		}
		k := key(n.t, n.date, n.start.UTC().Format(startLayout), n.scope())
		if k == "" {
			continue
		}
		for _, o := range byKey[k] {
			if !o.matched && compatible(n.t, o.t) {
				o.matched, n.match = true, o
				break
			}
		}
	}
}

// startLayout writes a start time as a key: to the nanosecond, in UTC, so
// that the same instant read back in another zone gives the same key.
const startLayout = "2006-01-02T15:04:05.999999999"

func stamp(o *oldTalk) string { return o.start.UTC().Format(startLayout) }

// scope is the ID of the slot an old item is in.
func (o *oldTalk) scope() uint64 {
	if o.slot == nil {
		return 0
	}
	return o.slot.t.ID
}

// scope is the ID of the old slot a new item's slot matched.
func (n *newTalk) scope() uint64 {
	if n.slot == nil || n.slot.match == nil {
		return 0
	}
	return n.slot.match.t.ID
}

// compatible is false for two talks that both carry a SourceID and differ.
func compatible(a, b *schedule.Talk) bool {
	return a.SourceID == "" || b.SourceID == "" || a.SourceID == b.SourceID
}

// nameKey normalises a title or a speaker's name for matching: case (as
// search ignores it) and runs of spaces do not make a different talk.
func nameKey(s string) string {
	return fold.String(strings.Join(strings.Fields(s), " "))
}

// speakers is a talk's speakers as a key, in any order; "" when it has
// none, since a talk without speakers cannot be recognised by them.
func speakers(t *schedule.Talk) string {
	if len(t.Speakers) == 0 {
		return ""
	}
	names := make([]string, len(t.Speakers))
	for i, s := range t.Speakers {
		names[i] = nameKey(s)
	}
	slices.Sort(names)
	return strings.Join(names, "\x1f")
}

// scoped writes a slot ID as a key part; "" for no slot.
func scoped(id uint64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatUint(id, 10)
}

// join makes a key of parts, or "" if any part is empty: every part is
// needed for a match.
func join(parts ...string) string {
	if slices.Contains(parts, "") {
		return ""
	}
	return strings.Join(parts, "\x00")
}

// filter returns the elements of s for which keep is true.
func filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}
