package schedule

import (
	"strings"
	"unicode"
)

// breakWords mark a slot where nobody presents: dimmed in the schedule and
// left out of exports. The German and French words are the ones CCC and
// French-speaking schedules use.
var breakWords = map[string]bool{"break": true, "breaks": true, "lunch": true,
	"coffee": true, "tea": true, "registration": true, "reception": true,
	"networking": true, "dinner": true, "breakfast": true, "drinks": true,
	"doors": true, "snacks": true, "party": true, "pause": true,
	"mittagspause": true, "kaffeepause": true, "déjeuner": true,
	"dejeuner": true, "buffet": true, "accueil": true, "café": true}

// plenaryWords mark the organisers' own slots.
var plenaryWords = map[string]bool{"opening": true, "welcome": true, "close": true,
	"closing": true, "sponsors": true, "sponsor": true, "proposals": true,
	"housekeeping": true, "announcements": true, "remarks": true, "farewell": true}

// plenaryPhrases are organisers' slots that no single word gives away.
var plenaryPhrases = []string{"return to", "wrap up", "wrap-up"}

// breakTypes are the session types (frab's "type", Sessionize's service
// sessions, iCalendar categories) that mark a slot where nobody presents.
var breakTypes = map[string]bool{"break": true, "pause": true, "lunch": true,
	"coffee": true, "coffee break": true, "meal": true}

// KindOfTitle says what sort of slot a title with no speaker is. Readers
// call it only for slots nobody presents, since a talk about coffee is
// still a talk. A keynote is a talk even when it is the opening one.
func KindOfTitle(title string) Kind {
	lower := strings.ToLower(title)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	switch {
	case anyIn(words, map[string]bool{"keynote": true}):
		return KindTalk
	case anyIn(words, breakWords):
		return KindBreak
	case anyIn(words, plenaryWords):
		return KindPlenary
	}
	for _, phrase := range plenaryPhrases {
		if strings.Contains(lower, phrase) {
			return KindPlenary
		}
	}
	return KindTalk
}

// IsBreakType reports whether a session type as a conference system names
// it ("Break", "Coffee break") means nobody presents.
func IsBreakType(typ string) bool {
	return breakTypes[strings.ToLower(strings.TrimSpace(typ))]
}

func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
