package preview

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// samplePost is an invented talk's post as export writes it: long enough
// to scroll in a small preview.
func samplePost() Post {
	var b strings.Builder
	b.WriteString("# Harbour Conf\n\n## Tuesday 3 March 2026\n\n### Lena Voss – Lighthouses for Logs\n\n*11:00–11:45 · Dock 2*\n\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "- beacon %02d keeps the fog of logs readable for whoever is on call tonight\n", i)
	}
	return Post{Scope: Talk, Heading: "Lena Voss – Lighthouses for Logs", Markdown: b.String()}
}

// opened returns a preview of w×h showing p, rendered.
func opened(t *testing.T, p Post, w, h int) Model {
	t.Helper()
	m := New(theme.New(true)).SetSize(w, h).Open(p)
	return renderNow(t, m)
}

// renderNow runs the render the preview asks for, as the program would.
func renderNow(t *testing.T, m Model) Model {
	t.Helper()
	m, cmd := m.Render()
	if cmd == nil {
		t.Fatal("the preview asked for no render")
	}
	m, _ = m.Update(cmd())
	return m
}

// keyPress builds a key as tea.KeyPressMsg.String() names it.
func keyPress(name string) tea.KeyPressMsg {
	codes := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, "esc": tea.KeyEscape, "tab": tea.KeyTab, "space": tea.KeySpace,
	}
	if code, ok := codes[name]; ok {
		return tea.KeyPressMsg{Code: code}
	}
	if rest, ok := strings.CutPrefix(name, "alt+"); ok {
		return tea.KeyPressMsg{Code: []rune(rest)[0], Mod: tea.ModAlt}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}

// press sends a key and returns the message its command carries, nil for
// none.
func press(m Model, name string) (Model, tea.Msg) {
	m, cmd := m.Update(keyPress(name))
	if cmd == nil {
		return m, nil
	}
	return m, cmd()
}

func plain(m Model) string { return ansi.Strip(m.View()) }

func TestShowsRenderingUntilTheRenderArrives(t *testing.T) {
	m := New(theme.New(true)).SetSize(80, 20).Open(samplePost())
	if !strings.Contains(plain(m), "rendering…") {
		t.Fatalf("before the render:\n%s", plain(m))
	}
	m, cmd := m.Render()
	if _, again := m.Render(); again != nil {
		t.Error("a second render was started while the first was on its way")
	}
	m, _ = m.Update(cmd())
	view := plain(m)
	if strings.Contains(view, "rendering…") || !strings.Contains(view, "beacon 01 keeps the fog") {
		t.Errorf("after the render:\n%s", view)
	}
	if !strings.Contains(strings.Split(view, "\n")[0], "Post · Lena Voss – Lighthouses for Logs") {
		t.Errorf("title line %q", strings.Split(view, "\n")[0])
	}
	if _, again := m.Render(); again != nil {
		t.Error("a post on screen was rendered again")
	}
}

func TestTheFrameFitsAndWraps(t *testing.T) {
	for _, size := range [][2]int{{100, 24}, {60, 20}, {30, 8}} {
		m := opened(t, samplePost(), size[0], size[1])
		lines := strings.Split(m.View(), "\n")
		if len(lines) != size[1] {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: line %d is %d cells: %q", size, i, w, ansi.Strip(l))
			}
		}
		if !strings.Contains(plain(m), "Harbour Conf") {
			t.Errorf("%v: the post's title is not shown:\n%s", size, plain(m))
		}
	}
}

func TestAResizeRendersAgainAndALateRenderIsDropped(t *testing.T) {
	m := opened(t, samplePost(), 100, 30)
	m = m.SetSize(40, 30)
	m, narrow := m.Render()
	if narrow == nil {
		t.Fatal("a new width did not render again")
	}
	// A render for the old width, late, must not replace the new one.
	stale := RenderedMsg{job: job{post: m.posts, wrap: 100, style: m.job().style}, content: "STALE"}
	m, _ = m.Update(stale)
	if strings.Contains(plain(m), "STALE") {
		t.Fatal("a render for an old width replaced the post")
	}
	m, _ = m.Update(narrow())
	for _, l := range strings.Split(plain(m), "\n") {
		if strings.Contains(l, "beacon 01") && strings.Contains(l, "tonight") {
			t.Errorf("at 40 cells the bullet is not wrapped: %q", l)
		}
	}
}

func TestNoColourKeepsTheMarkdownMarks(t *testing.T) {
	m := New(theme.New(true)).SetColorProfile(colorprofile.Ascii).SetSize(80, 20).Open(samplePost())
	m = renderNow(t, m)
	if !strings.Contains(plain(m), "# Harbour Conf") {
		t.Errorf("without colour the title should keep its # to read as one:\n%s", plain(m))
	}
	body := strings.SplitN(m.View(), "\n", 2)[1] // under the preview's own title
	if strings.Contains(body, "\x1b[38") {
		t.Errorf("the post is drawn in colour for a terminal without:\n%q", body)
	}
	// A light background is a style of its own: it renders again.
	m = m.SetColorProfile(colorprofile.TrueColor).SetBackground(false)
	if _, cmd := m.Render(); cmd == nil {
		t.Error("a new style did not render again")
	}
}

func TestScrollKeys(t *testing.T) {
	m := opened(t, samplePost(), 80, 12)
	first := func(m Model) string { return strings.Split(plain(m), "\n")[0] }
	if !strings.HasSuffix(first(m), "1–11 of 39") {
		t.Fatalf("title %q does not say which lines are in view", first(m))
	}
	steps := []struct {
		key, want string
	}{
		{"j", "2–12 of 39"},
		{"down", "3–13 of 39"},
		{"k", "2–12 of 39"},
		{"space", "13–23 of 39"},
		{"pgup", "2–12 of 39"},
		{"G", "29–39 of 39"},
		{"g", "1–11 of 39"},
		{"end", "29–39 of 39"},
		{"home", "1–11 of 39"},
	}
	for _, s := range steps {
		m, _ = press(m, s.key)
		if got := first(m); !strings.HasSuffix(got, s.want) {
			t.Errorf("after %s the title says %q, want … %s", s.key, got, s.want)
		}
	}
}

func TestKeysAskTheRootAndClose(t *testing.T) {
	m := opened(t, samplePost(), 80, 20)
	if _, msg := press(m, "tab"); msg != (ScopeMsg{Scope: Day}) {
		t.Errorf("tab: %#v, want a switch to the day", msg)
	}
	for _, k := range []string{"y", "alt+y"} {
		_, msg := press(m, k)
		if c, ok := msg.(CopyMsg); !ok || c.Post.Markdown != samplePost().Markdown {
			t.Errorf("%s: %#v, want a copy of the post's Markdown", k, msg)
		}
	}
	closed, msg := press(m, "esc")
	if msg != (CloseMsg{}) || closed.IsOpen() {
		t.Fatalf("esc: %#v, open %v", msg, closed.IsOpen())
	}
	if _, msg := press(closed, "y"); msg != nil {
		t.Errorf("a closed preview acted on y: %#v", msg)
	}
}

func TestAPostWithoutNotesSaysSo(t *testing.T) {
	m := New(theme.New(true)).SetSize(80, 20).Open(Post{Scope: Talk, Heading: "Quiet talk", Markdown: "# Harbour Conf\n", Empty: true})
	if _, cmd := m.Render(); cmd != nil {
		t.Error("an empty post was rendered")
	}
	if !strings.Contains(plain(m), "No notes for this talk yet") {
		t.Errorf("view:\n%s", plain(m))
	}
	if _, msg := press(m, "y"); msg != nil {
		t.Errorf("y offered to copy an empty post: %#v", msg)
	}
	if m.KeyMap().Copy.Enabled() {
		t.Error("the help line offers to copy an empty post")
	}
	m = m.Loading(Day, "Tuesday 3 March 2026")
	if !strings.Contains(plain(m), "loading notes…") || m.KeyMap().Scope.Help().Desc != "this talk only" {
		t.Errorf("while the day loads:\n%s\nscope key %q", plain(m), m.KeyMap().Scope.Help().Desc)
	}
}

// A quote bullet (a list item holding a block quote, as export writes it)
// shows its text on the bullet's line, in every style, its children under
// it; the end of a nested list leaves no run of blank lines.
func TestAQuoteSitsOnItsBulletsLine(t *testing.T) {
	post := Post{Scope: Talk, Heading: "Quotes", Markdown: "# Quotes\n\n" +
		"- first\n  - nested\n    - deeper\n" +
		"- > a page you cannot act on is a bug\n  - said twice\n" +
		"1. > numbered quote\n"}
	for _, dark := range []bool{true, false} {
		m := renderNow(t, New(theme.New(dark)).SetBackground(dark).SetSize(80, 30).Open(post))
		lines := strings.Split(ansi.Strip(m.View()), "\n")
		blanks := 0
		found := map[string]bool{}
		for i, l := range lines {
			text := strings.TrimSpace(l)
			if text == "•" || text == "1." {
				t.Errorf("dark %v: line %d is a bullet with nothing on it:\n%s", dark, i+1, strings.Join(lines, "\n"))
			}
			for _, want := range []string{"• │ a page you cannot act on is a bug", "1. │ numbered quote", "• said twice"} {
				found[want] = found[want] || text == want
			}
			if blanks = blanks + 1; text != "" {
				blanks = 0
			}
			if blanks > 1 && i < len(lines)-1 && strings.TrimSpace(strings.Join(lines[i:], "")) != "" {
				t.Errorf("dark %v: two blank lines at line %d:\n%s", dark, i+1, strings.Join(lines, "\n"))
			}
		}
		for want, ok := range found {
			if !ok {
				t.Errorf("dark %v: no line reads %q:\n%s", dark, want, strings.Join(lines, "\n"))
			}
		}
	}
}

// One render at a time: a render asked for while one runs waits for it,
// so that opening a huge post again and again does not start a render
// per opening; the one wanted last starts when the running one ends.
func TestARenderWaitsForTheOneRunning(t *testing.T) {
	m := New(theme.New(true)).SetSize(80, 20).Open(samplePost())
	m, first := m.Render()
	if first == nil {
		t.Fatal("no render for the post opened")
	}
	m, second := m.SetSize(60, 20).Render()
	if second != nil {
		t.Fatal("a second render started while the first runs")
	}
	m, _ = m.Update(first())
	m, second = m.Render()
	if second == nil {
		t.Fatal("the render for the new width did not start once the first ended")
	}
	m, _ = m.Update(second())
	for i, l := range strings.Split(m.View(), "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("line %d is %d cells wide: the post was not rendered again for 60", i, w)
		}
	}
}

// deepList is a list levels deep with then more bullets at its deepest.
func deepList(levels, more int) string {
	var b strings.Builder
	for d := range levels {
		fmt.Fprintf(&b, "%s- level %d\n", strings.Repeat("  ", d), d)
	}
	for i := range more {
		fmt.Fprintf(&b, "%s- more %d\n", strings.Repeat("  ", levels-1), i)
	}
	return b.String()
}

// The preview renders what a reader takes in on screen: a post of 100
// levels and 100,000 bullets is rendered nested about 16 levels deep and
// cut after renderLines lines, saying so, where glamour, which drew it
// before, took over a gigabyte for the whole of it.
func TestAHugeDeepPostIsRenderedCutAndLessDeep(t *testing.T) {
	md := bounded(deepList(100, 100_000))
	lines := strings.Split(strings.TrimRight(md, "\n"), "\n")
	if len(lines) > renderLines+3 {
		t.Errorf("%d lines are drawn; want at most %d and the note", len(lines), renderLines)
	}
	if !strings.Contains(md, "The preview ends here, 97100 lines before the end of the post; y copies all of it.") {
		t.Errorf("the cut post does not say it is cut:\n%s", md[len(md)-300:])
	}
	for i, l := range lines {
		if pad := len(l) - len(strings.TrimLeft(l, " ")); pad > renderIndent {
			t.Fatalf("line %d is indented %d spaces", i+1, pad)
		}
	}

	post := Post{Scope: Talk, Heading: "Deep", Markdown: deepList(40, 20)}
	m := renderNow(t, New(theme.New(true)).SetSize(100, 200).Open(post))
	view := ansi.Strip(m.View())
	for _, want := range []string{"• level 0", "• level 39", "• more 19"} {
		if !strings.Contains(view, want) {
			t.Errorf("the preview lacks %q:\n%s", want, view)
		}
	}
	if bounded(post.Markdown) == post.Markdown {
		t.Error("a post 40 levels deep was drawn as it is")
	}
}
