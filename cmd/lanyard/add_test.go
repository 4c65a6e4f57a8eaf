package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"lanyard/store"
	doc "lanyard/store/outline"
	"lanyard/store/owner"
	sched "lanyard/store/schedule"
	"lanyard/tui"
)

// lanyardIn runs lanyard as lanyard does, with stdin as standard input.
func lanyardIn(t *testing.T, db, stdin string, args ...string) result {
	t.Helper()
	return lanyardStdin(t, db, stdin, args...)
}

// allNotes is every talk's notes in the notebook, by talk ID.
func allNotes(t *testing.T, db string) map[uint64][]string {
	t.Helper()
	notes := map[uint64][]string{}
	withNotebook(t, db, func(nb *store.Notebook) {
		evs, err := nb.Events()
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			for _, talk := range ev.All() {
				o, err := nb.LoadOutline(talk.ID)
				if err != nil {
					t.Fatal(err)
				}
				if o.Len() > 0 {
					notes[talk.ID] = outlineLines(o)
				}
			}
		}
	})
	return notes
}

func TestAddChoosesWhereTheNoteGoes(t *testing.T) {
	cases := []struct {
		name  string
		now   string
		flags []string
		title string // the talk the note goes to
		said  string
	}{
		{"during a talk: that talk", "2026-03-03 09:20", nil, "Pagers, Sleep and You", `"Pagers, Sleep and You" (09:10)`},
		{"during ignites: the attended one", "2026-03-03 11:40", nil, "The Smallest Runbook", `"The Smallest Runbook" (11:30)`},
		{"before the day starts: the first", "2026-03-03 07:50", nil, "Registration and coffee", `(08:30)`},
		{"after the day's last: the last", "2026-03-03 21:00", nil, "Lunch", `"Lunch" (12:00)`},
		{"--talk: that talk, on any day", "2026-03-03 09:20", []string{"--talk", "Logs Nobody Reads"}, "Logs Nobody Reads", `(09:00)`},
		{"--page: a new page at the minute", "2026-03-03 14:07", []string{"--page", "Hallway"}, "Hallway", `"Hallway" (14:07)`},
		{"--page between days: today's date", "2026-03-06 10:00", []string{"--page", "Train home"}, "Train home", `"Train home" (10:00)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := importHarbour(t)
			flags := slices.Clone(c.flags)
			if len(flags) == 2 && flags[0] == "--talk" {
				flags[1] = fmt.Sprint(talkID(t, db, flags[1]))
			}
			args := append([]string{"--now", c.now, "add"}, flags...)
			out := mustLanyard(t, db, append(args, "the", "note")...)
			if !strings.HasPrefix(out, "added 1 bullet to ") || !strings.Contains(out, c.said) {
				t.Errorf("said %q; want %s", out, c.said)
			}
			if got := notesOf(t, db, talkID(t, db, c.title)); !slices.Equal(got, []string{"the note"}) {
				t.Errorf("%q has notes %q", c.title, got)
			}
			if n := len(allNotes(t, db)); n != 1 {
				t.Errorf("%d talks have notes, want 1", n)
			}
		})
	}
}

func TestAddWithNothingOnSaysSoAndWritesNothing(t *testing.T) {
	db := importHarbour(t)
	msg := mustFail(t, db, "--now", "2026-03-10 10:00", "add", "lost")
	for _, want := range []string{"nothing is on now", "Harbour Ops Days", "--page", "--talk", "lanyard talks"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if n := len(allNotes(t, db)); n != 0 {
		t.Errorf("%d talks got notes", n)
	}
}

func TestAddFromStandardInputNestsAfterWhatIsThere(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Pagers, Sleep and You")
	other := talkID(t, db, "Shipping on Fridays")
	saveNotes(t, db, talk, bullet{0, "typed live"}, bullet{1, "under it"})
	saveNotes(t, db, other, bullet{0, "not touched"})
	stdin := "takeaways\n  alerts need owners\n    - [ ] ask Ana\n\nsleep matters\r\n"
	r := lanyardIn(t, db, stdin, "--now", "2026-03-03 09:20", "add", "-")
	if r.code != 0 || r.stdout != "added 4 bullets to \"Pagers, Sleep and You\" (09:10)\n" {
		t.Fatalf("exit %d, said %q, %q", r.code, r.stdout, r.stderr)
	}
	want := []string{"typed live", "  under it", "takeaways", "  alerts need owners", "    ask Ana", "sleep matters"}
	if got := notesOf(t, db, talk); !slices.Equal(got, want) {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := notesOf(t, db, other); !slices.Equal(got, []string{"not touched"}) {
		t.Errorf("another talk's notes became %q", got)
	}
}

func TestAddRefusesHostileInputAndChangesNothing(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Pagers, Sleep and You")
	saveNotes(t, db, talk, bullet{0, "kept"})
	// The same notebook with a second event: IDs of its talks are not in
	// the event on now.
	mustLanyard(t, db, "import", "schedule", "demo/day.txt", "--event", "Other", "--tz", "Europe/Amsterdam")
	otherEvent := talkID(t, db, "Paging Fewer People at Night")
	before := allNotes(t, db)
	now := []string{"--now", "2026-03-03 09:20"}
	cases := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"huge standard input", strings.Repeat("x", maxAddBytes+1), []string{"add", "-"}, "over 32 KB"},
		{"huge words", "", []string{"add", strings.Repeat("word ", maxAddBytes/4)}, "over 32 KB"},
		{"too many bullets", strings.Repeat("x\n", maxAddBullets+1), []string{"add", "-"}, "10000"},
		{"invalid UTF-8 on line 2", "fine\nbad \xff\xfe\n", []string{"add", "-"}, "line 2"},
		{"invalid UTF-8 in the words", "", []string{"add", "bad\xc3"}, "not UTF-8"},
		{"empty standard input", "\n \n\t\n", []string{"add", "-"}, "nothing to add"},
		{"no words", "", []string{"add"}, "nothing to add"},
		{"only escapes and NULs", "", []string{"add", "\x1b[2J\x00\x07"}, "nothing to add"},
		{"a talk that does not exist", "", []string{"add", "--talk", "99999", "x"}, "99999 is not in \"Harbour Ops Days\""},
		{"a talk of another event", "", []string{"add", "--talk", fmt.Sprint(otherEvent), "x"}, "lanyard talks"},
		{"a talk that is no number", "", []string{"add", "--talk", "pagers", "x"}, "lanyard talks"},
		{"a page titled only with controls", "", []string{"add", "--page", "\x1b]0;pwned\x07\x00", "x"}, "--page"},
		{"both --talk and --page", "", []string{"add", "--talk", "1", "--page", "p", "x"}, "give one"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := lanyardIn(t, db, c.stdin, append(slices.Clone(now), c.args...)...)
			if r.code != 1 || !strings.Contains(r.stderr, c.want) || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want a refusal saying %q", r.code, r.stdout, r.stderr, c.want)
			}
		})
	}
	if after := allNotes(t, db); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("refused adds changed the notes:\n%v\nwant:\n%v", after, before)
	}
}

func TestAddCleansTextAndKeepsDeepNestingBounded(t *testing.T) {
	db := importHarbour(t)
	talk := talkID(t, db, "Pagers, Sleep and You")
	r := lanyardIn(t, db, "", "--now", "2026-03-03 09:20", "add", "red\x1b[31m alert\x00 \x1b]0;title\x07done\u202e")
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	// Text 10,000 levels deep is 50 MB of indentation, refused for its
	// size; 150 levels are kept, the deepest at the 100th, and said.
	r = lanyardIn(t, db, staircase(10_000), "--now", "2026-03-03 09:20", "add", "-")
	if r.code != 1 || !strings.Contains(r.stderr, "over 32 KB") {
		t.Fatalf("10,000 levels: exit %d, said %q %q; want a refusal for the size", r.code, r.stdout, r.stderr)
	}
	r = lanyardIn(t, db, staircase(150), "--now", "2026-03-03 09:20", "add", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "50 bullets were nested deeper than 100 levels") {
		t.Fatalf("150 levels: exit %d, said %q %q; want the deep bullets kept and said", r.code, r.stdout, r.stderr)
	}
	r = lanyardIn(t, db, "", "--now", "2026-03-03 14:00", "add", "--page", "Hall\x1b[31mway\x00 chat", "x")
	if r.code != 0 || !strings.Contains(r.stdout, `"Hallway chat"`) {
		t.Fatalf("page with controls: exit %d, said %q %q", r.code, r.stdout, r.stderr)
	}
	withNotebook(t, db, func(nb *store.Notebook) {
		o, err := nb.LoadOutline(talk)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.At(0).Text; got != "red alert done" {
			t.Errorf("escapes kept: %q", got)
		}
		deepest := 0
		for i := range o.Len() {
			deepest = max(deepest, o.At(i).Depth)
		}
		if o.Len() != 151 || deepest != 99 {
			t.Errorf("%d bullets, deepest at %d; want 151, at 99", o.Len(), deepest)
		}
	})
}

// staircase is n lines, each indented one space more than the one before.
func staircase(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", i) + "level\n")
	}
	return b.String()
}

// fakeApp answers captures as the running interface would.
type fakeApp struct {
	got    []tui.CaptureMsg
	answer tui.CaptureResult
	silent bool
}

func (a *fakeApp) send(msg tea.Msg) {
	c := msg.(tui.CaptureMsg)
	a.got = append(a.got, c)
	if !a.silent {
		c.Reply <- a.answer
	}
}

func TestAppAdderHandsTheBulletsToTheApp(t *testing.T) {
	app := &fakeApp{answer: tui.CaptureResult{TalkID: 5, Title: "Paging", When: "10:00", Bullets: 2}}
	reply, err := appAdder(app.send)(owner.AddRequest{Text: "one\n  two\x1b[2J\n", Page: "Hall\x07way"})
	if err != nil || reply != (owner.AddReply{TalkID: 5, Title: "Paging", When: "10:00", Bullets: 2}) {
		t.Fatalf("reply %+v, %v", reply, err)
	}
	want := doc.Clip{{Text: "one"}, {Depth: 1, Text: "two"}}
	if len(app.got) != 1 || !slices.Equal(app.got[0].Clip, want) || app.got[0].Page != "Hallway" {
		t.Errorf("the app got %+v; want %+v on page Hallway", app.got, want)
	}
}

func TestAppAdderRefusesBadTextWithoutTheApp(t *testing.T) {
	app := &fakeApp{}
	for _, text := range []string{"", "bad \xff", strings.Repeat("x", maxAddBytes+1)} {
		if _, err := appAdder(app.send)(owner.AddRequest{Text: text}); err == nil {
			t.Errorf("text %.20q accepted", text)
		}
	}
	if len(app.got) != 0 {
		t.Errorf("the app got %d captures", len(app.got))
	}
}

func TestAppAdderSaysWhatTheAppSaid(t *testing.T) {
	app := &fakeApp{answer: tui.CaptureResult{Err: fmt.Errorf("%w in %q", sched.ErrNothingOn, "X")}}
	_, err := appAdder(app.send)(owner.AddRequest{Text: "x"})
	if err == nil || !strings.Contains(err.Error(), "--page TITLE") {
		t.Errorf("error %v; want the hint the command gives", err)
	}
	defer func(was time.Duration) { addTimeout = was }(addTimeout)
	addTimeout = 50 * time.Millisecond
	app = &fakeApp{silent: true}
	if _, err := appAdder(app.send)(owner.AddRequest{Text: "x"}); err == nil || !strings.Contains(err.Error(), "status bar") {
		t.Errorf("an app that never answers: error %v", err)
	}
	if errors.Is(err, owner.ErrNoOwner) {
		t.Error("a silent app taken for no app: the note would be written twice")
	}
}
