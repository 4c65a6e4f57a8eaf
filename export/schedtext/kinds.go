package schedtext

import (
	"strings"
	"unicode"

	"lanyard/store/schedule"
)

// breakWords mark a slot where nobody presents: dimmed in the schedule and
// left out of exports.
var breakWords = map[string]bool{"break": true, "breaks": true, "lunch": true,
	"coffee": true, "tea": true, "registration": true, "reception": true,
	"networking": true, "dinner": true, "breakfast": true, "drinks": true,
	"doors": true, "snacks": true, "party": true}

// plenaryWords mark the organisers' own slots.
var plenaryWords = map[string]bool{"opening": true, "welcome": true, "close": true,
	"closing": true, "sponsors": true, "sponsor": true, "proposals": true,
	"housekeeping": true, "announcements": true, "remarks": true, "farewell": true}

// plenaryPhrases are organisers' slots that no single word gives away.
var plenaryPhrases = []string{"return to", "wrap up", "wrap-up"}

// classify says what kind of slot a title with no speaker is. A keynote is
// a talk even when it is the opening one.
func classify(title string) schedule.Kind {
	lower := strings.ToLower(title)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	if contains(words, map[string]bool{"keynote": true}) {
		return schedule.KindTalk
	}
	if contains(words, breakWords) {
		return schedule.KindBreak
	}
	if contains(words, plenaryWords) {
		return schedule.KindPlenary
	}
	for _, phrase := range plenaryPhrases {
		if strings.Contains(lower, phrase) {
			return schedule.KindPlenary
		}
	}
	return schedule.KindTalk
}

func contains(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
