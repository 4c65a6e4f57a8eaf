package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lanyard/tui/theme"
)

// testDocs are invented talks in which "rust" sits in a different field
// of each: the title of 1, a speaker of 2, the track of 3, the room of 4,
// the subtitle of 5, the abstract of 6, the description of 7; 8 has none.
func testDocs() []TalkDoc {
	return []TalkDoc{
		{TalkID: 8, Title: "Coffee roasting for engineers", Room: "Hall A", When: "Sat 09:00"},
		{TalkID: 7, Title: "Borrow checkers explained", Room: "Hall A", When: "Sat 09:30",
			Description: "Part two of the day.\n\nWe rewrite a RUST service live."},
		{TalkID: 6, Title: "Memory safety at scale", Room: "Hall B", When: "Sat 10:00",
			Abstract: "Why our team moved a million lines from C to Rust, and what broke."},
		{TalkID: 5, Title: "Kernels", Subtitle: "and the rust they gather", Room: "Hall B", When: "Sat 10:30"},
		{TalkID: 4, Title: "Lightning round", Room: "Rust room", When: "Sat 11:00"},
		{TalkID: 3, Title: "Embedded without tears", Track: "Rust devroom", Room: "Hall C", When: "Sun 09:00"},
		{TalkID: 2, Title: "Async runtimes", Speakers: []string{"Ada Brink", "Rusty Ng"}, Room: "Hall C", When: "Sun 09:30"},
		{TalkID: 1, Title: "Rust in the kernel", Room: "Hall D", When: "Sun 10:00",
			Abstract: "Rust, again."},
	}
}

func TestFindTalksRanksTitlesFirstThenEachField(t *testing.T) {
	hits := FindTalks(testDocs(), "RUST", 0)
	var got []string
	for _, h := range hits {
		got = append(got, fmt.Sprintf("%d %s", h.TalkID, h.Field))
	}
	want := []string{"1 title", "2 speaker", "3 track", "4 room", "5 subtitle", "6 abstract", "7 description"}
	if !slices.Equal(got, want) {
		t.Errorf("hits for RUST:\n%q\nwant\n%q", got, want)
	}
	if hits[1].Text != "Rusty Ng" {
		t.Errorf("a speaker hit's text is %q, want the one speaker who matched", hits[1].Text)
	}
	if hits[0].When != "Sun 10:00" || hits[0].Room != "Hall D" {
		t.Errorf("a hit carries %q %q, want its day, time and room", hits[0].When, hits[0].Room)
	}
}

func TestFindTalksIgnoresCaseAsEverySearchDoes(t *testing.T) {
	docs := []TalkDoc{{TalkID: 1, Title: "ΣΊΣΥΦΟΣ and the İstanbul Kelvin \u212a scale"}}
	for _, q := range []string{"σίσυφος", "istanbul", "kelvin k"} {
		if hits := FindTalks(docs, q, 0); len(hits) != 1 {
			t.Errorf("%q found %d talks, want 1", q, len(hits))
		}
	}
	if hits := FindTalks(docs, "", 0); hits != nil {
		t.Errorf("an empty query found %v", hits)
	}
}

func TestTheLimitKeepsTheBestRankedTalks(t *testing.T) {
	var docs []TalkDoc
	for i := range 3 * MaxTalkHits {
		docs = append(docs, TalkDoc{TalkID: uint64(i + 1), Title: fmt.Sprintf("Talk %d", i), Abstract: "about gardens"})
	}
	// The one title match is the last talk of the event.
	docs = append(docs, TalkDoc{TalkID: 9999, Title: "Gardens of code"})
	hits := FindTalks(docs, "garden", MaxTalkHits)
	if len(hits) != MaxTalkHits {
		t.Fatalf("%d hits, want the limit %d", len(hits), MaxTalkHits)
	}
	if hits[0].TalkID != 9999 || hits[1].TalkID != 1 || hits[MaxTalkHits-1].TalkID != MaxTalkHits-1 {
		t.Errorf("first hits %d, %d, last %d; want the title match, then the abstracts in order",
			hits[0].TalkID, hits[1].TalkID, hits[MaxTalkHits-1].TalkID)
	}
}

// withTalks is an overlay over testTalks' notes, its query typed, and
// the talks of testDocs found for it as the root would hand them over.
func withTalks(t *testing.T, w, h int, query string) Model {
	t.Helper()
	m := typeText(overlay(t, w, h), query)
	return m.SetTalkHits(query, FindTalks(testDocs(), query, MaxTalkHits))
}

func TestTalksAreListedBeforeNotesWithWhereTheyMatched(t *testing.T) {
	m := withTalks(t, 90, 20, "rust")
	want := []string{
		"Search: rust",
		"7 talks",
		" Rust in the kernel",
		"    Sun 10:00 · Hall D",
		" Async runtimes",
		"    Sun 09:30 · Hall C · speaker: Rusty Ng",
		" Embedded without tears",
		"    Sun 09:00 · Hall C · track: Rust devroom",
		" Lightning round",
		"    Sat 11:00 · Rust room",
	}
	got := plainView(m)
	for i, w := range want {
		if strings.TrimRight(got[i], " ") != w {
			t.Errorf("line %d = %q, want %q", i, got[i], w)
		}
	}
	if !shows(m, "Sat 10:00 · Hall B · abstract: Why our team moved a million lines from C to Rust, and") {
		t.Errorf("the abstract hit does not show its words:\n%s", strings.Join(got, "\n"))
	}
	if !shows(m, "description: Part two of the day. We rewrite a RUST service live.") {
		t.Errorf("the description's paragraphs are not one line:\n%s", strings.Join(got, "\n"))
	}
}

func TestTalksAndNotesShareOneList(t *testing.T) {
	m := withTalks(t, 80, 30, "kernel")
	lines := plainView(m)
	if lines[1] != "2 talks" {
		t.Errorf("count line %q, want 2 talks and no notes", lines[1])
	}
	m = typeText(overlay(t, 80, 30), "latency")
	m = m.SetTalkHits("latency", []TalkHit{{TalkID: 6, Title: "Memory safety at scale", When: "Sat 10:00",
		Room: "Hall B", Field: FieldAbstract, Text: "tail latency of the allocator"}})
	if got := plainView(m)[1]; got != "1 talk · 5 notes in 2 talks" {
		t.Errorf("count line %q, want talks and notes counted apart", got)
	}
	if !shows(m, "── in notes ──") {
		t.Errorf("no heading between the talks and the notes:\n%s", strings.Join(plainView(m), "\n"))
	}
	// The talk is first; down goes on into the notes.
	if got := selectedText(m); got != "Memory safety at scale" {
		t.Errorf("selected %q, want the talk first", got)
	}
	m = pressAll(m, "down")
	if got := selectedText(m); got != "Queues hide latency until they fill" {
		t.Errorf("after down selected %q, want the first note hit", got)
	}
	if _, msg := press(m, "enter"); msg != (JumpMsg{TalkID: 11, NodeID: m.hits[0].NodeID}) {
		t.Errorf("enter on a note: %#v", msg)
	}
	m = pressAll(m, "up")
	if _, msg := press(m, "enter"); msg != (JumpMsg{TalkID: 6}) {
		t.Errorf("enter on a talk: %#v, want a jump to talk 6 with no bullet", msg)
	}
}

func TestTalksFoundForAnOlderQueryAreDropped(t *testing.T) {
	m := typeText(overlay(t, 80, 20), "rust")
	m = m.SetTalkHits("rus", FindTalks(testDocs(), "rus", MaxTalkHits))
	if len(m.talkHits) != 0 {
		t.Errorf("hits for \"rus\" shown under the query \"rust\"")
	}
}

func TestTypingOnKeepsTheTalksThatStillMatch(t *testing.T) {
	m := withTalks(t, 80, 20, "rust")
	// Before the root's answer for "rusty", the talks found for "rust"
	// that still match stay listed; the others go.
	m = typeText(m, "y")
	var ids []uint64
	for _, h := range m.talkHits {
		ids = append(ids, h.TalkID)
	}
	if !slices.Equal(ids, []uint64{2}) {
		t.Errorf("after typing y: talks %v, want only 2 (Rusty Ng)", ids)
	}
	m = pressAll(m, "backspace", "backspace", "backspace", "backspace", "backspace")
	if len(m.talkHits) != 0 || m.items() != 0 {
		t.Errorf("an empty query lists %d talks", len(m.talkHits))
	}
}

func TestTheSelectedTalkStaysSelectedWhenTheAnswerArrives(t *testing.T) {
	m := withTalks(t, 80, 20, "rust")
	m = pressAll(m, "down", "down") // Embedded without tears
	m = m.SetTalkHits("rust", FindTalks(testDocs(), "rust", MaxTalkHits))
	if got := selectedText(m); got != "Embedded without tears" {
		t.Errorf("selected %q after the same answer again, want Embedded without tears", got)
	}
}

// hostileDocs hold text no schedule should have and a hostile one might:
// escape sequences, C1 controls, a bell, a huge abstract, a title of
// nothing but combining marks.
func hostileDocs() []TalkDoc {
	return []TalkDoc{
		{TalkID: 1, Title: "Evil \x1b]8;;https://x.test\x07link\x1b]8;;\x07 \x1b[2J talk", Room: "R\u009b31m1",
			When: "Sat 09:00", Abstract: "zap \x1b[31mred\x1b[0m \u009b2J" + strings.Repeat(" very long", 100_000)},
		{TalkID: 2, Title: strings.Repeat("\u0301", 500) + "zap", Room: strings.Repeat("W", 300), When: "Sat 09:30"},
		{TalkID: 3, Title: "Tabs\tand\nnewlines\rzap", Speakers: []string{"zap\x00null"}, When: "Sat 10:00"},
	}
}

func TestScheduleTextNeverReachesTheTerminalRaw(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {60, 20}, {12, 5}} {
		m := answeredBy(nil, New(theme.New(true))).SetSize(size[0], size[1]).Open()
		for _, q := range []string{"zap", "red", "very long", "W"} {
			m = typeText(m, q)
			m = m.SetTalkHits(q, FindTalks(hostileDocs(), q, MaxTalkHits))
			view := m.View()
			checkFits(t, m, size[0], size[1], fmt.Sprintf("%q at %dx%d", q, size[0], size[1]))
			for _, raw := range []string{"\x1b]8", "\x1b[2J", "\x1b[31m", "\u009b", "\x07", "\x00", "\t", "\r"} {
				if strings.Contains(view, raw) {
					t.Errorf("%q at %dx%d: the view holds %q", q, size[0], size[1], raw)
				}
			}
			if strings.Count(ansi.Strip(view), "\n") != size[1]-1 {
				t.Errorf("%q at %dx%d: a line was broken", q, size[0], size[1])
			}
			m = pressAll(m, "esc").Open()
			m = pressAll(m, "backspace")
		}
	}
}

func TestGoldenTalksAndNotes(t *testing.T) {
	m := withTalks(t, 80, 20, "ru")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}

func TestGoldenTalksAndNotesNarrow(t *testing.T) {
	m := withTalks(t, 60, 20, "la")
	m = pressAll(m, "down", "down")
	golden.RequireEqual(t, ansi.Strip(m.View()))
}
