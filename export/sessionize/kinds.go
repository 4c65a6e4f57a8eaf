package sessionize

import "lanyard/store/schedule"

// kindOf says what sort of slot a session is. Sessionize marks the
// organisers' slots (coffee, lunch, registration, a welcome) as service
// sessions: those are breaks unless the title makes one an opening or a
// close. Otherwise a session with speakers is a talk, whatever its title;
// one without is a break when a category it is filed under names a break
// type ("Break", "Lunch"), else judged by its title, since organisers also
// enter lunch as a plain session.
func kindOf(s *session, title string, hasSpeakers bool, labels []string) schedule.Kind {
	kind := schedule.KindOfTitle(title)
	switch {
	case s.IsServiceSession && kind == schedule.KindPlenary:
		return schedule.KindPlenary
	case s.IsServiceSession:
		return schedule.KindBreak
	case hasSpeakers:
		return schedule.KindTalk
	}
	for _, l := range labels {
		if schedule.IsBreakType(l) {
			return schedule.KindBreak
		}
	}
	return kind
}
