package markdown

import (
	"net/url"
	"strings"

	"lanyard/export/inline"
	"lanyard/export/internal/pick"
	"lanyard/store/schedule"
)

// Link is one of a talk's own links (slides, video, recording), as its
// schedule titles it.
type Link struct {
	// Title is the schedule's title for the link, "" when it gave none.
	Title string
	// URL is an http(s) address, ready to put inside a Markdown link's
	// parentheses: every character that could end or break the link is
	// percent-encoded.
	URL string
}

// aboutOf returns what a talk is about: from opts.Abouts (the store's),
// else the talk's own (a schedule just read).
func aboutOf(opts Options, t schedule.Talk) schedule.About {
	if a, ok := opts.Abouts[t.ID]; ok {
		return a
	}
	if t.About != nil {
		return *t.About
	}
	return schedule.About{}
}

// setAbout fills in the post's fields for what a talk is about.
func (pt *Talk) setAbout(a schedule.About) {
	pt.Subtitle = clean(a.Subtitle)
	pt.Language = clean(a.Language)
	pt.Abstract = cleanText(a.Abstract)
	pt.Description = cleanText(a.Description)
	pt.URL = linkURL(a.URL)
	for _, l := range a.Links {
		u := linkURL(l.URL)
		if u == "" {
			continue
		}
		link := Link{Title: clean(l.Title), URL: u}
		pt.Links = append(pt.Links, link)
		if isRecording(l) {
			pt.Recordings = append(pt.Recordings, link)
		}
	}
}

// cleanText keeps a longer text's paragraphs and lines, each line made
// clean.
func cleanText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = clean(l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// linkURL returns s as a link destination when it is an http(s) address,
// "" otherwise: a schedule's javascript: or file: link does not become a
// link in a post. Bytes outside the URL characters, parentheses and the
// characters Markdown gives a meaning are percent-encoded.
func linkURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ""
	}
	if scheme := strings.ToLower(u.Scheme); scheme != "http" && scheme != "https" {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inline.URLByte(c) && c != '(' && c != ')' && !markup[c] {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(hex2(c)))
	}
	return b.String()
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// recordingHints are words in a link's title or address that say it is
// a recording: what "watch later" means to watch.
var recordingHints = []string{"video", "recording", "record", "youtube", "youtu.be", "vimeo",
	"peertube", "media.ccc.de", ".mp4", ".webm", ".mkv", ".ogv", "stream", "aufzeichnung"}

// isRecording reports whether a link is a talk's video or recording.
func isRecording(l schedule.Link) bool {
	s := strings.ToLower(l.Title + " " + l.URL)
	for _, h := range recordingHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// gatherWatchLater lists the talks of ev the user marked to watch later,
// in schedule order: the post's talk when it is in the post, else one
// made for the list (a talk to watch later rarely has notes).
func (p *Post) gatherWatchLater(ev schedule.Event, opts Options) {
	shown := map[uint64]*Talk{}
	for _, d := range p.Days {
		for _, t := range d.Talks {
			shown[t.ID] = t
		}
	}
	add := func(t schedule.Talk, slot string) {
		if !t.WatchLater || t.Dropped {
			return
		}
		pt := shown[t.ID]
		if pt == nil {
			pt = talkOf(pick.Talk{Talk: t, Slot: slot}, ev.Location(), aboutOf(opts, t), opts.Literal)
		}
		pt.WatchLater = true
		p.WatchLater = append(p.WatchLater, pt)
	}
	for _, d := range ev.Days {
		for _, t := range d.Talks {
			add(t, "")
			for _, item := range t.Items {
				if item.Start.IsZero() {
					item.Start, item.End = t.Start, t.End
				}
				add(item, t.Title)
			}
		}
	}
}
