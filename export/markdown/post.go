package markdown

import (
	"strings"
	"time"

	"lanyard/export/notesdoc"
	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// Post is what a template is executed on: the data model documented in
// README.md ("Your own layout"). Text fields hold text as typed; a template
// passes them through md or heading to escape them. Notes is Markdown
// already.
type Post struct {
	// Title is the event's name, or the talk's heading when the post is
	// one talk.
	Title string
	// Date is the first day's date, at midnight in venue time.
	Date time.Time
	// Tags are the front matter's tags: those asked for, else the event's
	// name and the tracks of the talks in the post.
	Tags []string
	// FrontMatter says whether to start with a YAML front matter block.
	FrontMatter bool
	// OneTalk is set when the post is one talk's (lanyard export --talk,
	// or a file of --dir): its heading is then the title and its day goes
	// into the meta line.
	OneTalk bool
	Days    []Day
	// Takeaways are the starred bullets, FollowUps the open to-dos, in
	// the order of the talks; empty when turned off.
	Takeaways []Mark
	FollowUps []Mark
	// WatchLater are the talks marked to watch later, in schedule order,
	// with or without notes: the default layout lists them among the
	// follow-ups with their page and recordings. Empty when follow-ups
	// are turned off.
	WatchLater []*Talk
	// Resources are each talk's own links from its schedule (slides,
	// video), then the addresses in its notes, each once per talk; empty
	// when turned off.
	Resources []Resource
}

// Day is one conference day of a post.
type Day struct {
	Date  time.Time
	Title string // "Thursday 9 October 2025"
	Talks []*Talk
}

// Talk is one talk of a post, with its notes.
type Talk struct {
	ID uint64
	// Heading is "Speaker, Speaker – Title" or the title alone.
	Heading  string
	Title    string
	Speakers []string
	// Start and End are in venue time; End is zero when not known.
	Start, End time.Time
	// Time is "09:00–09:30" in venue time, Slot the session a parallel
	// item belongs to.
	Time, Slot, Room, Track string
	// Kind is "talk", "break", "plenary", "slot" or "page".
	Kind string
	// Meta is the line under the heading: time, slot and room, "09:00–09:30
	// · Main Hall" (with the day in front in a one-talk post).
	Meta string
	// Notes are the talk's notes as Markdown: nested lists, ready to
	// print. Empty when the talk has none.
	Notes string
	// Subtitle, Language, Abstract and Description are what the schedule
	// says the talk is about, "" when it says nothing. Abstract and
	// Description are text as the schedule gives it, paragraphs apart by
	// a blank line: md makes them one escaped line.
	Subtitle, Language, Abstract, Description string
	// URL is the talk's page on the conference's site, ready to put in
	// a link's parentheses; "" when the schedule gives none.
	URL string
	// Links are the talk's own links from its schedule (slides, video,
	// attachments); Recordings those of them that are videos or
	// recordings.
	Links, Recordings []Link
	// WatchLater is set when the user marked the talk to watch later.
	WatchLater bool
	// outline is kept for Bullets.
	outline *outline.Outline
	// literal says how notes are written (Options.Literal).
	literal bool
}

// Mark is a bullet gathered into a section, with the talk it is from.
type Mark struct {
	// Text is the bullet's text as typed: md escapes all of it, Markdown
	// keeps its inline Markdown as the notes do.
	Text string
	Talk *Talk
	kind outline.Kind
}

// Markdown returns the bullet's text as the post's notes write it.
func (m Mark) Markdown() string { return escapeNote(m.Text, m.kind, m.Talk.literal) }

// Resource is an address found in the notes.
type Resource struct {
	URL string
	// Label is the text of a link typed as [label](url), "" for a bare
	// URL.
	Label string
	Talk  *Talk
	// Own is set for a link the schedule gives the talk, not one typed
	// in its notes.
	Own bool
}

// Bullet is one bullet of a talk's notes as a tree, for templates that
// draw notes their own way.
type Bullet struct {
	// Text is the bullet's text as typed: md escapes all of it, Markdown
	// keeps its inline Markdown as the notes do.
	Text string
	// Kind is "plain", "numbered", "star", "todo", "done" or "quote".
	Kind     string
	Children []*Bullet
	kind     outline.Kind
	literal  bool
}

// Markdown returns the bullet's text as the post's notes write it.
func (b *Bullet) Markdown() string { return escapeNote(b.Text, b.kind, b.literal) }

// Bullets returns the talk's notes as a tree of bullets. Empty bullets are
// left out, their children moving up, as in Notes.
func (t *Talk) Bullets() []*Bullet {
	if t.outline == nil {
		return nil
	}
	var top []*Bullet
	// path[d] is the written bullet that children at outline depth d+1
	// go under, nil for the top.
	path := make([]*Bullet, 0, 8)
	for i := range t.outline.Len() {
		n := t.outline.At(i)
		// Bounded as Notes is, so that a template walking Children
		// recurses at most notesdoc.MaxDepth deep.
		d := min(max(n.Depth, 0), len(path), notesdoc.MaxDepth-1)
		path = path[:d]
		var parent *Bullet
		if d > 0 {
			parent = path[d-1]
		}
		text := clean(n.Text)
		if text == "" {
			path = append(path, parent)
			continue
		}
		b := &Bullet{Text: text, Kind: n.Kind.String(), kind: n.Kind, literal: t.literal}
		if parent == nil {
			top = append(top, b)
		} else {
			parent.Children = append(parent.Children, b)
		}
		path = append(path, b)
	}
	return top
}

// gather collects the post's takeaways, follow-ups and resources from the
// talks' notes, in order, and drops the sections turned off.
func (p *Post) gather(opts Options) {
	defer func() {
		if opts.NoTakeaways {
			p.Takeaways = nil
		}
		if opts.NoFollowUps {
			p.FollowUps = nil
		}
		if opts.NoResources {
			p.Resources = nil
		}
	}()
	for _, day := range p.Days {
		for _, t := range day.Talks {
			seen := map[string]bool{}
			for _, l := range t.Links {
				if !seen[l.URL] {
					seen[l.URL] = true
					p.Resources = append(p.Resources, Resource{URL: l.URL, Label: l.Title, Talk: t, Own: true})
				}
			}
			if t.outline == nil {
				continue
			}
			for i := range t.outline.Len() {
				n := t.outline.At(i)
				text := clean(n.Text)
				if text == "" {
					continue
				}
				switch n.Kind {
				case outline.KindStar:
					p.Takeaways = append(p.Takeaways, Mark{Text: text, Talk: t, kind: n.Kind})
				case outline.KindTodo:
					p.FollowUps = append(p.FollowUps, Mark{Text: text, Talk: t, kind: n.Kind})
				}
				for _, r := range Links(text) {
					if !seen[r.URL] {
						seen[r.URL] = true
						r.Talk = t
						p.Resources = append(p.Resources, r)
					}
				}
			}
		}
	}
}

// defaultTags are the event's name and the tracks of the post's talks.
func defaultTags(ev schedule.Event, days []Day) []string {
	var tags []string
	seen := map[string]bool{}
	add := func(tag string) {
		tag = clean(tag)
		if tag != "" && !seen[strings.ToLower(tag)] {
			seen[strings.ToLower(tag)] = true
			tags = append(tags, tag)
		}
	}
	add(ev.Name)
	for _, d := range days {
		for _, t := range d.Talks {
			add(t.Track)
		}
	}
	return tags
}
