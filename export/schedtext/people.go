package schedtext

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// isDash reports the dashes people type between a speaker and a title or a
// room and a topic: hyphen, en dash, em dash and their look-alikes.
func isDash(r rune) bool {
	return strings.ContainsRune("-–—‐‑−", r)
}

// splitAtDash splits s at its first dash that has a space on at least one
// side ("A – B", "Salisbury Suite- Is …", "Biosphere Blue -Do …"), so that
// dashes inside words ("Ego-less", "re-imagining") never split.
func splitAtDash(s string) (left, right string, ok bool) {
	for i, r := range s {
		if !isDash(r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		spaceBefore := i > 0 && s[i-1] == ' '
		spaceAfter := end < len(s) && s[end] == ' '
		if !spaceBefore && !spaceAfter {
			continue
		}
		if left = strings.TrimSpace(s[:i]); left == "" {
			continue
		}
		right = strings.TrimLeft(s[end:], " -–—‐‑−")
		return left, right, true
	}
	return "", "", false
}

// splitSpeakers splits "Speaker – Title" into the people and the title, but
// only when the part before the dash looks like people's names; otherwise
// the whole text is the title ("Break + coffee", "Ego-less Programming —
// the philosophy …").
func splitSpeakers(text string) (speakers []string, title string) {
	left, right, ok := splitAtDash(text)
	if !ok || tidy(right) == "" {
		return nil, text
	}
	names := people(left)
	if names == nil {
		return nil, text
	}
	return names, right
}

// peopleSeparator splits "A, B and C" and "A & B" into one name each.
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var peopleSeparator = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*(?:,\s*and\s+|,|&|\s+and\s+)\s*`) })

// maxPeopleRunes bounds the text before a dash that can be a list of
// people; longer is prose.
const maxPeopleRunes = 120

// people returns the names in s, or nil when s does not look like a list of
// people's names.
func people(s string) []string {
	if utf8.RuneCountInString(s) > maxPeopleRunes {
		return nil
	}
	parts := peopleSeparator().Split(s, -1)
	names := make([]string, 0, len(parts))
	for _, p := range parts {
		p = tidy(p)
		if !isPersonName(p) {
			return nil
		}
		names = append(names, p)
	}
	return names
}

// nameParticles are the lower-case words inside names: "Ursula von der
// Leyen", "Juan de la Cruz".
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true,
	"de": true, "du": true, "da": true, "di": true, "del": true, "della": true, "la": true,
	"le": true, "bin": true, "ibn": true, "al": true, "el": true, "dos": true, "das": true,
	"ter": true, "ten": true, "y": true}

// notNames are capitalised words that start slot titles and commentary far
// more often than they are anyone's name, so "Keynote – The Future" keeps
// its whole title.
var notNames = map[string]bool{"the": true, "a": true, "an": true, "why": true, "how": true,
	"what": true, "when": true, "where": true, "who": true, "is": true, "are": true, "do": true,
	"does": true, "my": true, "your": true, "our": true, "we": true, "you": true, "i": true,
	"it": true, "this": true, "that": true, "of": true, "to": true, "in": true, "on": true,
	"for": true, "with": true, "from": true, "keynote": true, "panel": true, "workshop": true,
	"session": true, "sessions": true, "break": true, "lunch": true, "coffee": true, "talk": true,
	"talks": true, "ignite": true, "ignites": true, "lightning": true, "open": true, "space": true,
	"spaces": true, "opening": true, "closing": true, "welcome": true, "day": true, "track": true,
	"room": true, "demo": true, "tutorial": true, "sponsor": true, "sponsors": true, "intro": true,
	"introduction": true, "registration": true, "update": true, "part": true, "devops": true}

// isPersonName reports whether p looks like one person's name: one to four
// capitalised words, with lower-case particles between them allowed.
func isPersonName(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	named := 0
	for i, w := range words {
		switch {
		case nameParticles[w] && i > 0 && i < len(words)-1:
		case isNameWord(w) && !notNames[strings.ToLower(w)]:
			named++
		default:
			return false
		}
	}
	return named >= 1 && named <= 4
}

// isNameWord reports whether w is shaped like a word of a name: "Dave",
// "McGrath", "PJ", "Jean-Luc", "O'Brien", "J.", but not "Ego-less" or
// "Don’t", whose second part is lower case.
func isNameWord(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })
	if len(parts) == 0 || strings.HasSuffix(w, "-") || strings.HasSuffix(w, "'") {
		return false
	}
	for _, part := range parts {
		for j, r := range part {
			switch {
			case j == 0 && !unicode.IsUpper(r) && !unicode.IsTitle(r):
				return false
			case j > 0 && !unicode.IsLetter(r) && r != '.':
				return false
			}
		}
	}
	return true
}

// maxRoomRunes bounds a room's name; longer is prose.
const maxRoomRunes = 40

// isRoomName reports whether s looks like a room: one to five words, each
// starting with a capital or a digit ("Hutton Room", "Boardroom", "Hall 2").
func isRoomName(s string) bool {
	if utf8.RuneCountInString(s) > maxRoomRunes {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		for j, r := range w {
			switch {
			case j == 0 && !unicode.IsUpper(r) && !unicode.IsDigit(r):
				return false
			case j > 0 && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-'’.", r):
				return false
			}
		}
	}
	return true
}
