package schedule

import "time"

// AttendedStarting returns the talks and items the user attends that start
// after now and no later than now+within, earliest first, each with its
// slot's times when it has none of its own: the talks to remind the user
// of. Breaks and pages are left out; nobody needs reminding of their own
// page.
func (e Event) AttendedStarting(now time.Time, within time.Duration) []Talk {
	if within <= 0 {
		return nil
	}
	var out []Talk
	due := func(t Talk) {
		if t.Attended && t.Kind != KindBreak && t.Kind != KindPage && !t.Dropped &&
			t.Start.After(now) && !t.Start.After(now.Add(within)) {
			out = append(out, t)
		}
	}
	for _, day := range e.Days {
		for i := range day.Talks {
			slot := &day.Talks[i]
			due(*slot)
			for _, item := range slot.Items {
				item = timed(item, slot)
				if item.Room == "" {
					item.Room = slot.Room
				}
				due(item)
			}
		}
	}
	// Days are in order and talks by start within them: out is sorted but
	// for items, which share their slot's start.
	return out
}
