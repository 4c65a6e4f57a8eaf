package ical

import (
	"strings"
	"unicode"
	"unicode/utf8"

	goical "github.com/emersion/go-ical"

	"lanyard/export/internal/sanitize"
)

// minNameWords and maxNameWords bound the words of a speaker's name in a
// SUMMARY we split. A single capitalised word after " - " is more often a
// subtitle or a track ("Tooling - Demos") than a speaker, and a longer run
// of capitalised words more likely a subtitle.
const (
	minNameWords = 2
	maxNameWords = 5
)

// nameParticles are the lower-case words inside names ("Ada de la Cruz",
// "Jan van der Berg"); anywhere else a lower-case word means prose.
var nameParticles = map[string]bool{"de": true, "la": true, "le": true, "van": true,
	"von": true, "der": true, "den": true, "da": true, "di": true, "del": true,
	"du": true, "dos": true, "das": true, "bin": true, "al": true, "ter": true, "zu": true}

// attendees returns the names the event's ATTENDEE properties give (their
// CN parameter), else its ORGANIZER's: the speakers, in the calendars that
// say who presents. An organiser named in common is the conference's own
// (the calendar's owner), not a speaker, and is left out.
func attendees(comp *goical.Component, common string) []string {
	for _, field := range []string{goical.PropAttendee, goical.PropOrganizer} {
		var names []string
		for _, prop := range comp.Props[field] {
			cn := toUTF8(prop.Params.Get(goical.ParamCommonName), prop.Params.Get("CHARSET"))
			if name := sanitize.Text(cn); name != "" && !(field == goical.PropOrganizer && name == common) {
				names = append(names, name)
			}
		}
		if len(names) > 0 {
			return names
		}
	}
	return nil
}

// describedSpeakers reads a DESCRIPTION whose first line is "Speaker: A" or
// "Speakers: A, B", as symposion (linux.conf.au) writes it.
func describedSpeakers(description string) []string {
	first, _, _ := strings.Cut(description, "\n")
	label, names, ok := strings.Cut(first, ":")
	label = strings.ToLower(strings.TrimSpace(label))
	if !ok || (label != "speaker" && label != "speakers") {
		return nil
	}
	return cleanNames(strings.Split(names, ","))
}

// splitSummary takes speakers off a SUMMARY written "Title - Speaker" or
// "Title - Speaker A, Speaker B" (pretalx). It keeps the whole summary as
// the title unless everything after the last " - " reads as names, so that
// "CI/CD - the hard parts" stays whole.
func splitSummary(summary string) (title string, speakers []string) {
	i := strings.LastIndex(summary, " - ")
	if i < 0 {
		return summary, nil
	}
	head, tail := strings.TrimSpace(summary[:i]), summary[i+len(" - "):]
	if !strings.ContainsFunc(head, unicode.IsLetter) {
		return summary, nil // "12 - Title": a number, then the title
	}
	parts := strings.Split(tail, ",")
	for _, p := range parts {
		if !looksLikeName(p) {
			return summary, nil
		}
	}
	return head, cleanNames(parts)
}

// looksLikeName reports whether s could be a person's name: minNameWords
// to maxNameWords words, each capitalised (or a particle inside the name),
// made of letters with the odd hyphen, apostrophe or initial's dot.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < minNameWords || len(words) > maxNameWords {
		return false
	}
	for i, w := range words {
		inside := i > 0 && i < len(words)-1
		if nameParticles[w] && inside {
			continue
		}
		if !isNameWord(w) {
			return false
		}
	}
	return true
}

// isNameWord reports whether w is a capitalised word of letters ("Jean-Luc",
// "O'Neil", "J."). An acronym ("API", "REEL") is not: names are not
// written in capitals.
func isNameWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	letters, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			letters++
			lower++
		case unicode.IsLetter(r):
			letters++
		case r != '-' && r != '\'' && r != '’' && r != '.':
			return false
		}
	}
	return letters == 1 || lower > 0
}

// cleanNames cleans each name and drops blanks.
func cleanNames(raw []string) []string {
	var out []string
	for _, n := range raw {
		if name := sanitize.Text(n); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// commonOrganizer returns the ORGANIZER that more than half of a
// calendar's events (at least four) share: a conference that puts its own
// address on every event, rather than each talk's speaker.
func commonOrganizer(events []decodedEvent) string {
	counts := map[string]int{}
	for _, ev := range events {
		if prop := ev.comp.Props.Get(goical.PropOrganizer); prop != nil {
			counts[sanitize.Text(prop.Params.Get(goical.ParamCommonName))]++
		}
	}
	for name, n := range counts {
		if name != "" && n >= 4 && 2*n > len(events) {
			return name
		}
	}
	return ""
}
