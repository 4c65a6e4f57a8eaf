package ical

import (
	"strings"

	goical "github.com/emersion/go-ical"

	"lanyard/export/internal/richtext"
	"lanyard/store/schedule"
)

// about is what an event says its talk is about: its URL, its ATTACHments
// given as addresses, and its DESCRIPTION, kept as the Abstract. An
// iCalendar event has one long text, and the tools that write schedules as
// iCalendar (pretalx, frab, symposion) put the talk's abstract in it; the
// Description is left for formats that tell the two apart. A DESCRIPTION
// line that only repeats the page's address (pretalx writes the page in
// both) or names the speakers lanyard has read from it goes, so that the
// text says only what the fields do not.
func about(props goical.Props, speakersLine bool) *schedule.About {
	page, _ := richtext.URL(propRaw(props.Get(goical.PropURL)), nil)
	base := richtext.Base(page)
	var links richtext.Links
	for _, prop := range props[goical.PropAttach] {
		if strings.EqualFold(prop.Params.Get(goical.ParamValue), "BINARY") {
			continue
		}
		links.Add(prop.Params.Get("FILENAME"), prop.Value, "attachment", base)
	}
	text := propRaw(props.Get(goical.PropDescription))
	if speakersLine {
		_, text, _ = strings.Cut(text, "\n")
	}
	return richtext.About(schedule.About{
		Abstract: withoutAddress(richtext.TextAt(text, base), page),
		URL:      page,
		Links:    links.List(),
	})
}

// withoutAddress drops the lines of text that are only the page's
// address, and the blank line that set one apart.
func withoutAddress(text, page string) string {
	if page == "" || !strings.Contains(text, strings.TrimSuffix(page, "/")) {
		return text
	}
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for _, line := range lines {
		if sameURL(strings.TrimSpace(line), page) {
			continue
		}
		kept = append(kept, line)
	}
	return strings.TrimSpace(strings.ReplaceAll(strings.Join(kept, "\n"), "\n\n\n", "\n\n"))
}

// sameURL reports whether two addresses are one, a trailing slash aside.
func sameURL(a, b string) bool {
	return strings.TrimSuffix(a, "/") == strings.TrimSuffix(b, "/")
}
