package frab

import "lanyard/store/schedule"

// kindOf says what sort of slot an event is: its type decides a break;
// otherwise only an event nobody presents is judged by its title, since a
// talk about coffee is still a talk.
func kindOf(typ, title string, speakers int) schedule.Kind {
	if schedule.IsBreakType(typ) {
		return schedule.KindBreak
	}
	if speakers > 0 {
		return schedule.KindTalk
	}
	return schedule.KindOfTitle(title)
}
