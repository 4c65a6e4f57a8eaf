package tui

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"lanyard/export/markdown"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
	"lanyard/tui/preview"
)

// notesOf builds an outline from lines indented two spaces per level; a
// line starting "1. " is a numbered bullet and "> " a quote.
func notesOf(t testing.TB, lines ...string) *doc.Outline {
	t.Helper()
	o := doc.New()
	for _, l := range lines {
		text := strings.TrimLeft(l, " ")
		kind := doc.KindPlain
		if rest, ok := strings.CutPrefix(text, "1. "); ok {
			text, kind = rest, doc.KindNumbered
		} else if rest, ok := strings.CutPrefix(text, "> "); ok {
			text, kind = rest, doc.KindQuote
		}
		row := o.Append(text)
		o.SetKind(row, kind)
		for range (len(l) - len(strings.TrimLeft(l, " "))) / 2 {
			if !o.Indent(row) {
				t.Fatalf("notesOf: cannot indent %q", l)
			}
		}
	}
	o.TakeChanges()
	return o
}

// postModel is the test event at 09:40 with talk 11 ("Pagers and Sleep")
// in the editor, at 120x40. Talk 14 (an ignite the same day) and talk 20
// (the next day) have notes in the notebook, not loaded yet.
func postModel(t *testing.T, notes *fakeNotes) tea.Model {
	t.Helper()
	if notes.outlines[11] == nil {
		notes.outlines[11] = notesOf(t, "pagers wake people", "  sleep debt compounds")
	}
	notes.outlines[14] = notesOf(t, "runbooks rot unless someone owns them")
	notes.outlines[20] = notesOf(t, "nobody reads the debug logs")
	var m tea.Model = newTestModel(notes, at("2019-10-17", "09:40"))
	return step(m, tea.WindowSizeMsg{Width: 120, Height: 40})
}

var (
	ctrlP = tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl}
	altY  = tea.KeyPressMsg{Code: 'y', Mod: tea.ModAlt}
	tab   = tea.KeyPressMsg{Code: tea.KeyTab}
	esc   = tea.KeyPressMsg{Code: tea.KeyEscape}
)

// collect applies a message and every message its commands produce, as
// run does, and returns those messages, the clipboard's included.
func collect(m tea.Model, msg tea.Msg) (tea.Model, []tea.Msg) {
	var seen []tea.Msg
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		var cmd tea.Cmd
		m, cmd = m.Update(queue[0])
		queue = queue[1:]
		out := drain(cmd)
		seen = append(seen, out...)
		queue = append(queue, out...)
	}
	return m, seen
}

// step applies a message as collect does and returns the model.
func step(m tea.Model, msg tea.Msg) tea.Model {
	m, _ = collect(m, msg)
	return m
}

// clipboardWrite is the message tea.SetClipboard(s) sends to the program,
// which writes s to the terminal's clipboard by OSC 52. Its type is
// unexported, but two such messages are equal when their texts are.
func clipboardWrite(s string) tea.Msg { return tea.SetClipboard(s)() }

// exported is what export writes for ev with the fake notebook's notes.
func exported(t *testing.T, ev sched.Event, notes *fakeNotes) string {
	t.Helper()
	var b strings.Builder
	if err := markdown.Write(&b, ev, notes.LoadOutline, markdown.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func screen(m tea.Model) string { return ansi.Strip(m.View().Content) }

func TestThePreviewKeyShowsTheTalksPost(t *testing.T) {
	m := step(postModel(t, newFakeNotes()), ctrlP)
	got := m.(*Model)
	if !got.preview.IsOpen() || got.preview.Scope() != preview.Talk {
		t.Fatalf("ctrl+p: preview open %v, scope %v", got.preview.IsOpen(), got.preview.Scope())
	}
	view := screen(m)
	for _, want := range []string{"Post · Mira Kovac – Pagers and Sleep", "pagers wake people", "sleep debt compounds", "copy Markdown"} {
		if !strings.Contains(view, want) {
			t.Errorf("the preview lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "runbooks rot") {
		t.Errorf("the talk's post shows another talk's notes:\n%s", view)
	}
}

func TestPInTheScheduleShowsTheSelectedTalksPost(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[10] = notesOf(t, "welcome and wifi codes")
	m := postModel(t, notes)
	m = step(m, esc)
	m = step(m, tea.KeyPressMsg{Code: tea.KeyUp})
	m = step(m, press('p', "p"))
	if view := screen(m); !strings.Contains(view, "Post · Opening") || !strings.Contains(view, "welcome and wifi codes") {
		t.Errorf("p on the opening:\n%s", view)
	}
}

func TestTabShowsTheDayOnceItsNotesAreLoaded(t *testing.T) {
	notes := newFakeNotes()
	m := step(postModel(t, notes), ctrlP)
	m, cmd := m.Update(tab)
	m, cmd = m.Update(cmd()) // the preview's ScopeMsg
	if got := m.(*Model); !got.preview.IsLoading() || got.preview.Scope() != preview.Day {
		t.Fatalf("after tab the preview is not waiting for the day's notes")
	}
	if view := screen(m); !strings.Contains(view, "loading notes…") || !strings.Contains(view, "Post · Thursday 17 October 2019") {
		t.Errorf("while the day's notes load:\n%s", view)
	}
	if cmd == nil {
		t.Fatal("no command loads the day's notes")
	}
	m = step(m, cmd())
	view := screen(m)
	for _, want := range []string{"pagers wake people", "runbooks rot unless someone owns them", "Small Runbooks"} {
		if !strings.Contains(view, want) {
			t.Errorf("the day's post lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "nobody reads the debug logs") {
		t.Errorf("the day's post shows the next day's notes:\n%s", view)
	}
	m = step(m, tab)
	if view := screen(m); strings.Contains(view, "runbooks rot") || !strings.Contains(view, "Post · Mira Kovac – Pagers and Sleep") {
		t.Errorf("tab again should show the talk alone:\n%s", view)
	}
}

func TestCopyKeysPutThePostsMarkdownOnTheClipboard(t *testing.T) {
	notes := newFakeNotes()
	m := postModel(t, notes)
	ev := testEvent()
	talk, _ := ev.OnlyTalk(11)
	wantTalk := exported(t, talk, notes)
	if !strings.Contains(wantTalk, "sleep debt compounds") {
		t.Fatalf("the expected post lacks the notes:\n%s", wantTalk)
	}

	t.Run("alt+y in the editor", func(t *testing.T) {
		got, msgs := collect(m, altY)
		if !sent(msgs, wantTalk) {
			t.Fatalf("alt+y did not copy the talk's post; want\n%s", wantTalk)
		}
		if status := ansi.Strip(got.(*Model).status.View()); !strings.Contains(status, "post copied (") {
			t.Errorf("status %q", status)
		}
		if got.(*Model).preview.IsOpen() {
			t.Error("copying opened the preview")
		}
	})
	t.Run("y in the schedule", func(t *testing.T) {
		s := step(m, esc)
		if _, msgs := collect(s, press('y', "y")); !sent(msgs, wantTalk) {
			t.Errorf("y in the schedule sent %v", msgs)
		}
	})
	t.Run("y in the day's preview", func(t *testing.T) {
		p := step(step(m, ctrlP), tab)
		wantDay := exported(t, ev.OnlyDay(0), notes)
		if _, msgs := collect(p, press('y', "y")); !sent(msgs, wantDay) {
			t.Errorf("y in the day's preview sent %v; want\n%s", msgs, wantDay)
		}
	})
}

// sent reports whether msgs hold the clipboard write of text.
func sent(msgs []tea.Msg, text string) bool {
	want := clipboardWrite(text)
	for _, msg := range msgs {
		if msg == want {
			return true
		}
	}
	return false
}

func TestEscClosesThePreviewAndTheEditorHasTheKeys(t *testing.T) {
	notes := newFakeNotes()
	m := step(postModel(t, notes), ctrlP)
	m = typeInto(m, "zz") // scrolls nothing, writes nothing
	m = step(m, esc)
	got := m.(*Model)
	if got.preview.IsOpen() || got.focus != focusEditor {
		t.Fatalf("after esc: preview open %v, focus %v", got.preview.IsOpen(), got.focus)
	}
	m = typeInto(m, "!")
	if texts := notes.savedTexts(11); len(texts) == 0 || texts[len(texts)-1] != "sleep debt compounds!" {
		t.Errorf("typing after the preview saved %q", texts)
	}
}

func TestATalkWithoutNotesHasNoPost(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = doc.New()
	m := postModel(t, notes)
	got, msgs := collect(m, altY)
	for _, msg := range msgs {
		if _, copied := msg.(postMadeMsg); !copied {
			t.Errorf("alt+y on a talk without notes sent %#v", msg)
		}
	}
	if status := got.(*Model).status.View(); !strings.Contains(status, "nothing to copy") {
		t.Errorf("status %q", ansi.Strip(status))
	}
	m = step(m, ctrlP)
	if view := screen(m); !strings.Contains(view, "No notes for this talk yet") {
		t.Errorf("preview of a talk without notes:\n%s", view)
	}
}

func TestThePreviewFitsAndFollowsTheTerminalsSize(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = notesOf(t, strings.Repeat("a long line of notes that wraps ", 8))
	m := step(postModel(t, notes), ctrlP)
	wrapped := map[int]int{} // width: lines the bullet takes
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}} {
		m = step(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(m.View().Content, "\n")
		if len(lines) != size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%dx%d: line %d is %d cells wide", size[0], size[1], i, w)
			}
			if strings.Contains(ansi.Strip(l), "notes that wraps") {
				wrapped[size[0]]++
			}
		}
	}
	if !(wrapped[60] > wrapped[80] && wrapped[80] > wrapped[120] && wrapped[120] > 1) {
		t.Errorf("the bullet does not wrap to each width: lines per width %v", wrapped)
	}
}

// TestGoldenPreview runs the program, opens the preview of a small talk
// with nested bullets, a numbered list and a quote, and compares the
// screen with a golden file: `go test ./tui -update` regenerates it.
func TestGoldenPreview(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = notesOf(t,
		"pagers wake people at 3am",
		"  sleep debt compounds over a rota",
		"    two bad nights cost a week of focus",
		"1. cap pages per night",
		"1. hand over at breakfast, not midnight",
		"> a page you cannot act on is a bug",
		"follow-up: read the rota paper https://example.org/rota",
	)
	m := newTestModel(notes, at("2019-10-17", "09:40"))
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(100, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	// The program tells the model its colour profile from a goroutine of
	// its own; told first here, the preview renders once, in the plain
	// style, whenever that message comes.
	tm.Send(tea.ColorProfileMsg{Profile: colorprofile.Ascii})
	tm.Send(ctrlP)
	// The editor shows the notes too; only the rendered post has the
	// meta line's emphasis marks.
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Main hall*")) },
		teatest.WithDuration(3*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
	shown := ansi.Strip(final.View().Content)
	checkBullets(t, shown)
	if !strings.Contains(shown, "• | a page you cannot act on is a bug") {
		t.Errorf("the quote is not on its bullet's line:\n%s", shown)
	}
	if title := strings.SplitN(shown, "\n", 2)[0]; strings.Contains(title, " of ") {
		t.Errorf("the post no longer fits the screen: %q", title)
	}
	golden.RequireEqual(t, []byte(shown))
}

// emptyBullet is a rendered line holding a list marker and nothing else.
var emptyBullet = regexp.MustCompile(`^\s*(•|[0-9]+\.)\s*$`)

// checkBullets fails the test for each line of a rendered post that is a
// bullet with no text on it.
func checkBullets(t *testing.T, shown string) {
	t.Helper()
	for i, l := range strings.Split(shown, "\n") {
		if emptyBullet.MatchString(l) {
			t.Errorf("line %d is a bullet with nothing on it:\n%s", i+1, shown)
		}
	}
}

// brokenNotes is a notebook that cannot read one talk's outline.
type brokenNotes struct {
	*fakeNotes
	broken uint64
}

func (b brokenNotes) LoadOutline(id uint64) (*doc.Outline, error) {
	if id == b.broken {
		return nil, errors.New("checksum mismatch")
	}
	return b.fakeNotes.LoadOutline(id)
}

func TestADayPostShowsWhatCouldBeReadAndSaysWhatCouldNot(t *testing.T) {
	notes := newFakeNotes()
	notes.outlines[11] = notesOf(t, "pagers wake people")
	notes.outlines[14] = notesOf(t, "runbooks rot unless someone owns them")
	notes.outlines[15] = notesOf(t, "postmortems in a day, not a week")
	loader := brokenNotes{fakeNotes: notes, broken: 14}
	var m tea.Model = New(Config{Event: testEvent(), Talk: 11, Outline: notes.outlines[11], Loader: loader, Saver: notes,
		Clock: func() time.Time { return at("2019-10-17", "09:40") }, timer: heldTimer})
	m = step(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = step(step(m, ctrlP), tab)
	view := screen(m)
	if !strings.Contains(view, "postmortems in a day") || strings.Contains(view, "loading notes…") {
		t.Errorf("the day's post should show the notes that could be read:\n%s", view)
	}
	if status := ansi.Strip(m.(*Model).status.View()); !strings.Contains(status, "checksum mismatch") {
		t.Errorf("status %q does not say a talk's notes could not be read", status)
	}
}

// deepOutline is one bullet in another, levels deep.
func deepOutline(t *testing.T, levels int) *doc.Outline {
	t.Helper()
	nodes := make([]doc.Node, levels)
	for i := range nodes {
		nodes[i] = doc.Node{ID: doc.ID(i + 1), Parent: doc.ID(i), Order: "a0", Text: fmt.Sprintf("level %d", i)}
	}
	o, err := doc.FromNodes(nodes)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// The post of an outline 100,000 levels deep is made off the UI's
// goroutine, nested at most 100 levels: deeper bullets are all there, at
// the hundredth. Made in Update with the whole depth, its indentation
// alone was some ten gigabytes.
func TestAVeryDeepOutlinesPostNestsAtMost100Levels(t *testing.T) {
	const levels = 100_000
	notes := newFakeNotes()
	notes.outlines[11] = deepOutline(t, levels)
	m := postModel(t, notes)
	opened, cmd := m.Update(ctrlP)
	if !opened.(*Model).preview.IsLoading() {
		t.Fatal("ctrl+p made the post in Update")
	}
	var post preview.Post
	for _, msg := range drain(cmd) {
		if made, ok := msg.(postMadeMsg); ok {
			post = made.post
		}
	}
	lines := strings.Split(post.Markdown, "\n")
	deepest := 0
	for _, l := range lines {
		deepest = max(deepest, len(l)-len(strings.TrimLeft(l, " ")))
	}
	if want := 2 * (postDepth - 1); deepest != want {
		t.Errorf("the post indents bullets by up to %d spaces; want %d, the hundredth level", deepest, want)
	}
	for _, want := range []string{"\n- level 0\n", "\n  - level 1\n", strings.Repeat(" ", 2*(postDepth-1)) + "- level 99999\n"} {
		if !strings.Contains(post.Markdown, want) {
			t.Errorf("the post lacks %q", want)
		}
	}
	if len(lines) < levels {
		t.Errorf("the post has %d lines for %d bullets", len(lines), levels)
	}
}
