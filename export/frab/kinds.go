package frab

import (
	"strings"
	"unicode"

	"lanyard/store/schedule"
)

// breakTypes are event types (frab's and pretalx's "type") that mark a slot
// where nobody presents.
var breakTypes = map[string]bool{"break": true, "pause": true, "lunch": true,
	"coffee": true, "coffee break": true, "meal": true}

// breakWords mark, in the title of an event with no speakers, a break.
// Adapted from export/schedtext/kinds.go, with the German words CCC
// schedules use.
var breakWords = map[string]bool{"break": true, "breaks": true, "lunch": true,
	"coffee": true, "registration": true, "pause": true, "mittagspause": true,
	"kaffeepause": true, "dinner": true, "breakfast": true}

// plenaryWords mark, in the title of an event with no speakers, the
// organisers' own slots.
var plenaryWords = map[string]bool{"opening": true, "closing": true,
	"welcome": true, "farewell": true, "housekeeping": true, "announcements": true}

// kindOf says what sort of slot an event is: its type decides a break;
// otherwise only an event nobody presents is judged by its title, since a
// talk about coffee is still a talk.
func kindOf(typ, title string, speakers int) schedule.Kind {
	if breakTypes[strings.ToLower(strings.TrimSpace(typ))] {
		return schedule.KindBreak
	}
	if speakers > 0 {
		return schedule.KindTalk
	}
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) })
	switch {
	case hasAny(words, map[string]bool{"keynote": true}):
		return schedule.KindTalk
	case hasAny(words, breakWords):
		return schedule.KindBreak
	case hasAny(words, plenaryWords):
		return schedule.KindPlenary
	}
	return schedule.KindTalk
}

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
