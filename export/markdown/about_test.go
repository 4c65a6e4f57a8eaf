package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"lanyard/store/schedule"
)

// aboutFixture is the fixture event with pages and links for two talks,
// and one talk without notes marked to watch later.
func aboutFixture(t *testing.T) (schedule.Event, Notes, map[uint64]schedule.About) {
	ev, notes := fixtureEvent(t)
	ev.Days[1].Talks[1].WatchLater = true          // "Blameless, Not Aimless": has notes
	ev.Days[1].Talks[2].Items[1].WatchLater = true // "Chaos days": none
	abouts := map[uint64]schedule.About{
		2: {Abstract: "Why pages.", URL: "https://conf.example/talk/alerts",
			Links: []schedule.Link{{Title: "Slides", URL: "https://conf.example/alerts.pdf"}, {Title: "Video", URL: "https://media.example/alerts.mp4"},
				{Title: "evil", URL: "javascript:alert(1)"}}},
		11: {URL: "https://conf.example/talk/blameless", Links: []schedule.Link{{Title: "Recording", URL: "https://media.example/v/blameless"}}},
		14: {URL: "https://conf.example/talk/chaos (days)*", Links: []schedule.Link{{Title: "Slides", URL: "https://conf.example/chaos.pdf"},
			{Title: "Video](javascript:x)", URL: "https://media.example/chaos.webm"}}},
	}
	return ev, notes, abouts
}

func post(t *testing.T, ev schedule.Event, notes Notes, opts Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, ev, notes, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// links returns every link a CommonMark renderer sees in md, as
// "text -> destination".
func renderedLinks(t *testing.T, md string) []string {
	t.Helper()
	src := []byte(md)
	var out []string
	err := ast.Walk(goldmark.New().Parser().Parse(text.NewReader(src)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			label, err := inlineText(l, src)
			if err != nil {
				return ast.WalkStop, err
			}
			out = append(out, label+" -> "+string(l.Destination))
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPostLinksTalkPagesAndResources: a talk's meta line links its page,
// its own links are listed under Resources with the talk before the links
// typed in its notes, and no javascript: link becomes a link.
func TestPostLinksTalkPagesAndResources(t *testing.T) {
	ev, notes, abouts := aboutFixture(t)
	md := post(t, ev, notes, Options{Abouts: abouts})
	for _, want := range []string{
		"### Ada Quill – Alerts That Mean Something\n*09:00–09:30 · Main Hall · [talk page](https://conf.example/talk/alerts)*\n",
		"## Resources\n\n- [Slides](https://conf.example/alerts.pdf) — *Alerts That Mean Something*\n- [Video](https://media.example/alerts.mp4) — *Alerts That Mean Something*\n- https://example.com/talks/",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("post lacks %q:\n%s", want, md)
		}
	}
	got := strings.Join(renderedLinks(t, md), "\n")
	for _, want := range []string{"talk page -> https://conf.example/talk/alerts", "Slides -> https://conf.example/alerts.pdf",
		"talk page -> https://conf.example/talk/chaos%20%28days%29%2A", "Video](javascript:x) -> https://media.example/chaos.webm"} {
		if !strings.Contains(got, want) {
			t.Errorf("no link %q among\n%s", want, got)
		}
	}
	for _, l := range renderedLinks(t, md) {
		if _, dest, _ := strings.Cut(l, " -> "); !strings.HasPrefix(dest, "https://") {
			t.Errorf("link %q goes elsewhere than the web", l)
		}
	}
	if md := post(t, ev, notes, Options{Abouts: abouts, NoResources: true}); strings.Contains(md, "## Resources") {
		t.Errorf("--no-resources still lists:\n%s", md)
	}
}

// TestPostWatchLaterInFollowUps: talks marked to watch later are
// follow-ups with their page and recordings, notes or none, and go with
// the follow-ups when those are turned off.
func TestPostWatchLaterInFollowUps(t *testing.T) {
	ev, notes, abouts := aboutFixture(t)
	md := post(t, ev, notes, Options{Abouts: abouts})
	want := "- [ ] Watch the recording: *Blameless, Not Aimless* — [talk page](https://conf.example/talk/blameless) · [Recording](https://media.example/v/blameless)\n" +
		"- [ ] Watch the recording: *Chaos days* — [talk page](https://conf.example/talk/chaos%20%28days%29%2A) · [Video\\](javascript:x)](https://media.example/chaos.webm)\n"
	if !strings.Contains(md, "## Follow-ups\n\n- [ ] try the 10m window") || !strings.Contains(md, want) {
		t.Errorf("follow-ups lack the talks to watch:\n%s", md)
	}
	if strings.Contains(md, "### Chaos days") {
		t.Error("a talk to watch later without notes got a section of its own")
	}
	if md := post(t, ev, notes, Options{Abouts: abouts, NoFollowUps: true}); strings.Contains(md, "Watch the recording") {
		t.Errorf("--no-follow-ups still lists:\n%s", md)
	}
	// A talk marked alone still makes a Follow-ups section.
	ev, _, _ = aboutFixture(t)
	if md := post(t, ev, notesOf(nil), Options{}); !strings.Contains(md, "## Follow-ups\n\n- [ ] Watch the recording: *Blameless, Not Aimless*\n") {
		t.Errorf("without notes or pages:\n%s", md)
	}
}

// TestPostWithoutAboutUnchanged: a post of talks the schedule says
// nothing more about is as before: no empty link, no stray separator.
func TestPostWithoutAboutUnchanged(t *testing.T) {
	ev, notes := fixtureEvent(t)
	md := post(t, ev, notes, Options{})
	if strings.Contains(md, "talk page") || strings.Contains(md, "· *") {
		t.Errorf("post:\n%s", md)
	}
}

// TestDefaultTemplateAsUsersOwn: the default layout, printed for a user to
// start from and given back as --template, makes the same post.
func TestDefaultTemplateAsUsersOwn(t *testing.T) {
	ev, notes, abouts := aboutFixture(t)
	own, err := ParseTemplate("mine.tmpl", DefaultTemplate)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := post(t, ev, notes, Options{Abouts: abouts}), post(t, ev, notes, Options{Abouts: abouts, Template: own}); a != b {
		t.Errorf("default:\n%s\nas --template:\n%s", a, b)
	}
}

// FuzzPostLinks: whatever a schedule gives as a talk's page and links,
// the post's links all go to web addresses, the talk's heading stays
// one heading, and its notes stay its notes.
func FuzzPostLinks(f *testing.F) {
	for _, seed := range [][3]string{
		{"https://e.example/t", "Slides", "https://e.example/s.pdf"},
		{"https://e.example/a b)(<>*_`", "x](javascript:y)", "javascript:alert(1)"},
		{"http://e.example/\n# heading", "[", "https://e.example/[x]"},
		{"", "", ""},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	f.Fuzz(func(t *testing.T, page, title, link string) {
		ev, notes := fixtureEvent(t)
		abouts := map[uint64]schedule.About{2: {URL: page, Links: []schedule.Link{{Title: title, URL: link}}}}
		md := post(t, ev, notes, Options{Abouts: abouts})
		for _, l := range renderedLinks(t, md) {
			// A scheme is read in any case: httP:// is still the web.
			_, dest, _ := strings.Cut(l, " -> ")
			if dest = strings.ToLower(dest); !strings.HasPrefix(dest, "https://") && !strings.HasPrefix(dest, "http://") {
				t.Errorf("link %q goes elsewhere than the web", l)
			}
		}
		plain := post(t, ev, notes, Options{})
		heads := func(md string) int { return strings.Count(md, "\n### ") + strings.Count(md, "\n## ") }
		if heads(md) != heads(plain)+strings.Count(md, "\n## Resources")-strings.Count(plain, "\n## Resources") {
			t.Errorf("headings changed:\n%s", md)
		}
		if !strings.Contains(md, "- **pages should be actionable or not exist**") {
			t.Errorf("the notes changed:\n%s", md)
		}
	})
}
