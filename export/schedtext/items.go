package schedtext

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"lanyard/store/schedule"
)

// How parallel items are told from commentary.
//
// A blog post puts the author's notes right under the slots, so a line
// without times under a slot may be an item of that slot (an ignite talk,
// an open-space room) or commentary. The rule that reads the Edinburgh
// 2019 notes right:
//
//   - Only a slot with no speaker whose title is not a break or an
//     organisational slot takes items ("Ignites", "Open Spaces Session 1",
//     "Lightning talks"). Under a talk with a speaker every line is
//     commentary, whatever it looks like.
//   - An item has the "Left – Right" form. Under an open-space slot Left
//     must look like a room (capitalised words: "Hutton Room",
//     "Biosphere Blue") and becomes Talk.Room; under any other slot it must
//     look like people's names and becomes Talk.Speakers. Commentary rarely
//     passes: it starts with a lower-case word, a "(" or a URL, or the part
//     before its first dash is prose ("More catching up with Remi …").
//   - A line starting with "*" is an item whatever its form: the star marks
//     the one the user attended.
//   - Items keep coming until the next slot or date line, because the
//     author's notes on one ignite sit between it and the next.

// parseItem reads line as a parallel item of a slot, open-space or not.
func parseItem(line string, openSpace bool) (schedule.Talk, bool) {
	text, attended := cutAttendedMark(line)
	if text == "" {
		return schedule.Talk{}, false
	}
	if left, right, ok := splitAtDash(text); ok {
		if item, ok := itemFromParts(left, right, openSpace); ok {
			item.Attended = attended
			return item, true
		}
	}
	if !attended {
		return schedule.Talk{}, false
	}
	title := cutCommentary(text)
	if title == "" {
		return schedule.Talk{}, false
	}
	return schedule.Talk{Title: title, Kind: schedule.KindTalk, Attended: true}, true
}

// cutAttendedMark strips the leading "*" (with or without a space) that
// marks the item the user attended. "**" is Markdown bold, not a mark.
func cutAttendedMark(line string) (string, bool) {
	if !strings.HasPrefix(line, "*") || strings.HasPrefix(line, "**") {
		return line, false
	}
	return strings.TrimSpace(line[1:]), true
}

func itemFromParts(left, right string, openSpace bool) (schedule.Talk, bool) {
	title := cutCommentary(right)
	if title == "" {
		return schedule.Talk{}, false
	}
	item := schedule.Talk{Title: title, Kind: schedule.KindTalk}
	if openSpace {
		if !isRoomName(left) {
			return schedule.Talk{}, false
		}
		item.Room = tidy(left)
		return item, true
	}
	item.Speakers = people(left)
	return item, item.Speakers != nil
}

// Where a title runs on into commentary ("All Tech is Debt @david.stanke
// “Did you ever have to …”").
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var (
	handleOrURL  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)(?:^|\s)@\w|(?:^|[\s(])(?:https?://|www\.)`) })
	openingQuote = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s["“«„‘]`) })
	sentenceEnd  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[.!?]\s+\p{Lu}`) })
)

// maxTitleRunes is the length past which a title is taken to have run on
// into commentary and is cut at a quote or a sentence end. Shorter titles
// keep theirs: "DevOps. How to get started" is one title.
const maxTitleRunes = 100

// cutCommentary returns the title at the start of s: cut at a Twitter
// handle or a URL, and, if it is still too long for a title, at an opening
// quote or the end of the first sentence. It only returns "" when s has no
// words; a title that is all handle or URL is kept whole.
func cutCommentary(s string) string {
	s = clip(s, maxTitleScanBytes)
	whole := tidy(s)
	if loc := handleOrURL().FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	if utf8.RuneCountInString(s) > maxTitleRunes {
		s = cutAtFirst(s, openingQuote(), 0)
	}
	if utf8.RuneCountInString(s) > maxTitleRunes {
		s = cutAtFirst(s, sentenceEnd(), 1)
	}
	if title := tidy(s); title != "" {
		return title
	}
	return whole
}

// maxTitleScanBytes bounds how much of a line is searched for the end of a
// title. A title is at the start of what follows the times or the dash, and
// a megabyte of commentary after it should cost no more than a paragraph.
const maxTitleScanBytes = 1000

// clip returns at most n bytes of s, cut at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// cutAtFirst cuts s where re first matches, keeping keep bytes of the
// match (the sentence's own full stop or question mark).
func cutAtFirst(s string, re *regexp.Regexp, keep int) string {
	if loc := re.FindStringIndex(s); loc != nil {
		return s[:loc[0]+keep]
	}
	return s
}

// isWrapFragment reports whether line is the tail of a word that the
// author's editor wrapped onto its own line ("…continuous delivery worl" /
// "d"): one or two lower-case letters and nothing else. Only a line that
// comes straight after an item is read this way.
func isWrapFragment(line string) bool {
	if len(line) == 0 || len(line) > 2 {
		return false
	}
	for i := 0; i < len(line); i++ {
		if line[i] < 'a' || line[i] > 'z' {
			return false
		}
	}
	return true
}

// Open-space sessions: "Open Spaces Session 1 – 15:05 – 15:35" is often
// followed by "Session 2 – 15:40 – 16:10", which means the second
// open-space session.
var (
	openSpaceWords = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\bopen[ -]?spaces?\b`) })
	sessionWord    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\bsession\b`) })
	bareSession    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)^session\s+\S+$`) })
)

// isOpenSpace reports whether a slot title is an open-space session, whose
// items are rooms.
func isOpenSpace(title string) bool { return openSpaceWords().MatchString(title) }

// seriesName returns what a title says comes before "Session" in an
// open-space series ("Open Spaces"), or "".
func seriesName(title string) string {
	if !isOpenSpace(title) {
		return ""
	}
	loc := sessionWord().FindStringIndex(title)
	if loc == nil {
		return ""
	}
	return tidy(title[:loc[0]])
}

// inSeries names a bare "Session 2" after the series it continues.
func inSeries(title, series string) string {
	if series == "" || !bareSession().MatchString(title) {
		return title
	}
	return series + " " + title
}
