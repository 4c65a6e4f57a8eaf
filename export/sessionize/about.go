package sessionize

import (
	"lanyard/export/internal/richtext"
	"lanyard/store/schedule"
)

// about is what a session says it is about: its description (plain text
// in Sessionize, HTML when an organiser pasted some), a page if the file
// gives one, and its recording and live stream as links. Sessionize has
// no abstract apart from the description, so the description is kept as
// the Description.
func about(s *session) *schedule.About {
	page, _ := richtext.URL(string(s.URL), nil)
	var links richtext.Links
	links.Add("Recording", string(s.RecordingURL), "", nil)
	links.Add("Live stream", string(s.LiveURL), "", nil)
	return richtext.About(schedule.About{
		Description: richtext.TextAt(string(s.Description), richtext.Base(page)),
		URL:         page,
		Links:       links.List(),
	})
}
