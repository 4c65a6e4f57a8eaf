package outline

import (
	"regexp"
	"strings"
)

// urlPattern finds web addresses in notes; trailing punctuation, as in
// "see https://example.org.", is not part of them.
var urlPattern = regexp.MustCompile(`https?://[^\s<>"]*[^\s<>".,;:!?)\]'’”]`)

// urlReach is how far before and after the lines drawn of a bullet
// linksNear looks for the URLs that reach into them: longer addresses than
// this are not linked whole. Looking through the whole bullet would cost a
// frame of a megabyte-long bullet (a paste) a regular expression over all
// of it.
const urlReach = 2048

// link is where a URL is in a bullet's text, in bytes.
type link struct{ from, to int }

// linksNear returns the URLs in text that reach into its bytes from..to.
func linksNear(text string, from, to int) []link {
	lo, hi := max(from-urlReach, 0), min(to+urlReach, len(text))
	near := text[lo:hi]
	if !strings.Contains(near, "://") {
		return nil
	}
	var links []link
	for _, loc := range urlPattern.FindAllStringIndex(near, -1) {
		if loc[1]+lo > from && loc[0]+lo < to {
			links = append(links, link{loc[0] + lo, loc[1] + lo})
		}
	}
	return links
}
