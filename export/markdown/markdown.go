// Package markdown writes a conference's notes as a blog post in
// CommonMark, and reads notes written in Markdown back into bullets.
//
// A post is made in two steps: Write gathers the event's talks and notes
// into a Post (the data model templates see: see post.go), then executes
// a text/template over it. The default layout (default.md.tmpl) is such a
// template; a user's own replaces it.
//
// Everything typed (titles, speakers, rooms) is escaped so that it shows
// as typed in any CommonMark renderer, while bare URLs and links typed as
// [label](url) stay links. Notes keep the inline Markdown typed in them
// (`code`, *emphasis*, **strong**, links; see note.go), or are escaped
// as the rest when Options.Literal says so. Each bullet kind has a form that
// renderers show and Read reads back, so an export imported again gives the
// same tree, texts and kinds.
package markdown

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/template"
	"time"

	"lanyard/export/internal/pick"
	"lanyard/store/schedule"
)

// Notes returns a talk's outline, or nil or an empty outline when it has
// none.
type Notes = pick.Notes

// Options says what to write. The zero value writes the default post
// with every section and no front matter.
type Options struct {
	// All includes talks that have no notes, as headings alone. Breaks are
	// still left out unless they have notes.
	All bool
	// FrontMatter starts the post with YAML front matter (title, date,
	// tags) for Hugo and Jekyll; the title then is not repeated as a
	// heading.
	FrontMatter bool
	// Tags replace the front matter's default tags.
	Tags []string
	// NoTakeaways, NoFollowUps and NoResources turn those sections off.
	NoTakeaways, NoFollowUps, NoResources bool
	// Template replaces the default layout; make it with ParseTemplate.
	Template *template.Template
	// Limits bound a run of Template; zero fields are DefaultLimits'.
	Limits Limits
	// Literal writes notes with every character escaped, so that the post
	// shows them exactly as typed, stars and backticks included. By
	// default the inline Markdown typed in notes (code, emphasis, strong,
	// links) is kept, so that the post shows it as meant.
	Literal bool
	// Abouts are the talks' abstracts, pages and links by talk ID, as the
	// store gives them (Notebook.Abouts); a talk missing from it uses its
	// own About, nil for most.
	Abouts map[uint64]schedule.About
}

// Write writes ev as a post. The caller has already cut ev down to the
// days and talks wanted (schedule.Event.OnlyDay, OnlyTalk); Write leaves
// out talks without notes (unless opts.All), breaks without notes, and
// days left with nothing to show. Times are shown in the event's zone.
func Write(w io.Writer, ev schedule.Event, notes Notes, opts Options) error {
	post, err := NewPost(ev, notes, opts)
	if err != nil {
		return err
	}
	body, err := run(opts, post)
	if err != nil {
		return err
	}
	// Templates end blocks with a blank line; a post ends with one newline.
	body = bytes.TrimRight(body, "\n")
	if _, err := w.Write(append(body, '\n')); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// run executes the layout on post: the user's on a budget, else the
// default, which is lanyard's own.
func run(opts Options, post *Post) ([]byte, error) {
	if opts.Template != nil {
		return execute(opts.Template, post, opts.Limits)
	}
	var out bytes.Buffer
	if err := defaultTemplate().Execute(&out, post); err != nil {
		return nil, fmt.Errorf("markdown: template %s: %w", defaultTemplate().Name(), err)
	}
	return out.Bytes(), nil
}

// NewPost gathers what a template is executed on.
func NewPost(ev schedule.Event, notes Notes, opts Options) (*Post, error) {
	loc := ev.Location()
	days, err := pick.Days(ev, notes, opts.All)
	if err != nil {
		return nil, fmt.Errorf("markdown: %w", err)
	}
	post := &Post{
		Title:       clean(ev.Name),
		FrontMatter: opts.FrontMatter,
	}
	if post.Title == "" {
		post.Title = "Notes"
	}
	for _, d := range days {
		day := Day{Date: dayDate(d.Day, loc), Title: d.DayTitle()}
		for _, t := range d.Talks {
			day.Talks = append(day.Talks, talkOf(t, loc, aboutOf(opts, t.Talk), opts.Literal))
		}
		post.Days = append(post.Days, day)
	}
	if len(ev.Days) > 0 {
		post.Date = dayDate(ev.Days[0], loc)
	}
	// A post is one talk's when the caller cut the event down to one talk
	// (Event.OnlyTalk), not when one talk of a day happens to have notes.
	if len(post.Days) == 1 && len(post.Days[0].Talks) == 1 && isOneTalk(ev) {
		post.OneTalk = true
		t := post.Days[0].Talks[0]
		post.Title = t.Heading
		t.Meta = joinMeta(post.Days[0].Title, t.Meta)
	}
	post.Tags = opts.Tags
	if post.Tags == nil {
		post.Tags = defaultTags(ev, post.Days)
	}
	post.gather(opts)
	if !opts.NoFollowUps {
		post.gatherWatchLater(ev, opts)
	}
	return post, nil
}

// isOneTalk reports whether ev holds one talk, or one item under its slot.
func isOneTalk(ev schedule.Event) bool {
	return len(ev.Days) == 1 && len(ev.Days[0].Talks) == 1 && len(ev.Days[0].Talks[0].Items) <= 1
}

// dayDate is a day's date at midnight in venue time.
func dayDate(d schedule.Day, loc *time.Location) time.Time {
	date, err := time.ParseInLocation(schedule.DateLayout, d.Date, loc)
	if err != nil {
		return time.Time{}
	}
	return date
}

// joinMeta joins the non-empty parts of a meta line with " · ".
func joinMeta(parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p = clean(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " · ")
}
