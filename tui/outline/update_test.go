package outline

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

func TestTypingIntoEmptyOutlineCreatesTheFirstBullet(t *testing.T) {
	m, saver := editor(t, nil, 60, 20)
	m = press(m, "backspace", "delete", "tab", "shift+tab", "left", "up")
	if m.o.Len() != 0 || len(saver.calls) != 0 {
		t.Fatalf("keys that edit nothing created or saved a bullet: %q, %d saves", shape(m), len(saver.calls))
	}
	m = typeText(m, "Hi there")
	if got, want := withCursor(m), "Hi there|\n"; got != want {
		t.Errorf("outline = %q, want %q", got, want)
	}
	if len(saver.calls) != len("Hi there") {
		t.Errorf("%d saves for %d keystrokes", len(saver.calls), len("Hi there"))
	}
	if saver.calls[0].talkID != 7 {
		t.Errorf("saved to talk %d, want 7", saver.calls[0].talkID)
	}
}

func TestEnterInTheMiddleSplitsTheBullet(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "retries with jitter"), 60, 20)
	m = press(m, "ctrl+left", "ctrl+left", "enter")
	m = typeText(m, "and ")
	want := "retries \nand |with jitter\n"
	if got := withCursor(m); got != want {
		t.Errorf("outline = %q, want %q", got, want)
	}
}

func TestEnterOnTheVirtualBulletMakesTwoBullets(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m = press(m, "enter")
	m = typeText(m, "x")
	if got, want := withCursor(m), "\nx|\n"; got != want {
		t.Errorf("outline = %q, want %q", got, want)
	}
}

func TestTabAndShiftTabKeepTheCursorInPlace(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "speaker", "slides"), 60, 20)
	m = press(m, "home", "right", "right", "tab")
	if got, want := withCursor(m), "speaker\n  sl|ides\n"; got != want {
		t.Fatalf("after tab: %q, want %q", got, want)
	}
	m = press(m, "tab") // no previous sibling at depth 1: nothing happens
	if got, want := withCursor(m), "speaker\n  sl|ides\n"; got != want {
		t.Fatalf("after second tab: %q, want %q", got, want)
	}
	m = press(m, "shift+tab")
	if got, want := withCursor(m), "speaker\nsl|ides\n"; got != want {
		t.Fatalf("after shift+tab: %q, want %q", got, want)
	}
	m = press(m, "shift+tab") // already top level
	if got, want := withCursor(m), "speaker\nsl|ides\n"; got != want {
		t.Fatalf("after second shift+tab: %q, want %q", got, want)
	}
}

func TestKeyMapDisablesIndentAndOutdentWhereTheyDoNothing(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "a", "  b"), 60, 20)
	if k := m.KeyMap(); k.Indent.Enabled() || !k.Outdent.Enabled() {
		t.Errorf("on a first child: indent %v, outdent %v; want false, true", k.Indent.Enabled(), k.Outdent.Enabled())
	}
	m = press(m, "up")
	if k := m.KeyMap(); k.Indent.Enabled() || k.Outdent.Enabled() {
		t.Errorf("on the first bullet: indent %v, outdent %v; want false, false", k.Indent.Enabled(), k.Outdent.Enabled())
	}
}

func TestBackspaceJoinsAndRemovesEmptyBullets(t *testing.T) {
	m, saver := editor(t, outlineOf(t, "fan-out", "  writes", "  "), 60, 20)
	emptyID := m.o.At(2).ID
	m = press(m, "backspace")
	if got, want := withCursor(m), "fan-out\n  writes|\n"; got != want {
		t.Fatalf("backspace on an empty bullet: %q, want %q", got, want)
	}
	if c := saver.last(t); !slices.Equal(c.Deleted, []doc.ID{emptyID}) {
		t.Errorf("deleted %v, want [%d]", c.Deleted, emptyID)
	}
	m = press(m, "home", "backspace")
	if got, want := withCursor(m), "fan-out|writes\n"; got != want {
		t.Fatalf("backspace at a bullet's start: %q, want %q", got, want)
	}
	m = press(m, "home", "backspace") // the first bullet has nothing above
	if got, want := withCursor(m), "|fan-outwrites\n"; got != want {
		t.Fatalf("backspace at the very start: %q, want %q", got, want)
	}
}

func TestBackspaceDeletesAWholeGrapheme(t *testing.T) {
	// "e" and a combining acute accent are one character on screen.
	m, _ := editor(t, outlineOf(t, "cafe\u0301 👩‍👩‍👧"), 60, 20)
	m = press(m, "backspace")
	if got, want := withCursor(m), "cafe\u0301 |\n"; got != want {
		t.Fatalf("after deleting the family emoji: %q, want %q", got, want)
	}
	m = press(m, "backspace", "backspace")
	if got, want := withCursor(m), "caf|\n"; got != want {
		t.Fatalf("after deleting the accented e: %q, want %q", got, want)
	}
}

func TestDeleteRemovesTheNextGraphemeAndJoinsAtTheEnd(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "東京 talk", "notes"), 60, 20)
	m = press(m, "up", "home", "delete")
	if got, want := withCursor(m), "|京 talk\nnotes\n"; got != want {
		t.Fatalf("delete at the start: %q, want %q", got, want)
	}
	m = press(m, "end", "delete")
	if got, want := withCursor(m), "京 talk|notes\n"; got != want {
		t.Fatalf("delete at the end: %q, want %q", got, want)
	}
	m = press(m, "end", "delete") // nothing below
	if got, want := withCursor(m), "京 talknotes|\n"; got != want {
		t.Fatalf("delete at the very end: %q, want %q", got, want)
	}
}

func TestLeftAndRightCrossBullets(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "ab", "  é"), 60, 20)
	m = press(m, "home", "left")
	if got, want := withCursor(m), "ab|\n  é\n"; got != want {
		t.Fatalf("left from a bullet's start: %q, want %q", got, want)
	}
	m = press(m, "right")
	if got, want := withCursor(m), "ab\n  |é\n"; got != want {
		t.Fatalf("right from a bullet's end: %q, want %q", got, want)
	}
	m = press(m, "right", "right", "right")
	if got, want := withCursor(m), "ab\n  é|\n"; got != want {
		t.Fatalf("right past the last bullet: %q, want %q", got, want)
	}
	m = press(m, "ctrl+home", "left")
	if got, want := withCursor(m), "|ab\n  é\n"; got != want {
		t.Fatalf("left before the first bullet: %q, want %q", got, want)
	}
	m = press(m, "ctrl+end")
	if got, want := withCursor(m), "ab\n  é|\n"; got != want {
		t.Fatalf("ctrl+end: %q, want %q", got, want)
	}
}

func TestWordMotions(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "p99 latency", "is (mostly) GC-bound"), 60, 20)
	steps := []struct {
		key  string
		want string
	}{
		{"ctrl+left", "p99 latency\nis (mostly) GC-|bound\n"},
		{"alt+left", "p99 latency\nis (mostly) |GC-bound\n"},
		{"ctrl+left", "p99 latency\nis (|mostly) GC-bound\n"},
		{"ctrl+left", "p99 latency\n|is (mostly) GC-bound\n"},
		{"ctrl+left", "p99 latency|\nis (mostly) GC-bound\n"},
		{"ctrl+left", "p99 |latency\nis (mostly) GC-bound\n"},
		{"ctrl+right", "p99 latency|\nis (mostly) GC-bound\n"},
		{"ctrl+right", "p99 latency\n|is (mostly) GC-bound\n"},
		{"alt+right", "p99 latency\nis| (mostly) GC-bound\n"},
		{"ctrl+right", "p99 latency\nis (mostly|) GC-bound\n"},
		{"ctrl+right", "p99 latency\nis (mostly) GC|-bound\n"},
	}
	for i, s := range steps {
		m = press(m, s.key)
		if got := withCursor(m); got != s.want {
			t.Fatalf("step %d (%s): %q, want %q", i, s.key, got, s.want)
		}
	}
}

func TestHomeAndEndGoToTheBulletsEdges(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "one two three four five six seven eight nine ten"), 20, 20)
	m = press(m, "ctrl+a")
	if got, want := withCursor(m), "|one two three four five six seven eight nine ten\n"; got != want {
		t.Fatalf("ctrl+a: %q, want %q", got, want)
	}
	m = press(m, "down", "end")
	if got, want := withCursor(m), "one two three four five six seven eight nine ten|\n"; got != want {
		t.Fatalf("end on a wrapped bullet: %q, want %q", got, want)
	}
}

func TestUpAndDownMoveByVisualLineKeepingTheColumn(t *testing.T) {
	// At width 30 the text wraps at 28 cells after the glyph.
	m, _ := editor(t, outlineOf(t,
		"alpha bravo charlie delta echo foxtrot golf hotel india",
		"short",
		"juliet kilo lima mike november oscar papa quebec"), 30, 20)
	m = press(m, "ctrl+home", "right", "right", "right", "right", "right", "right", "right")
	// "alpha bravo charlie delta " / "echo foxtrot golf hotel " / "india",
	// then "short", then "juliet kilo lima mike " / "november oscar papa quebec".
	steps := []string{
		"alpha bravo charlie delta echo fo|xtrot golf hotel india\nshort\njuliet kilo lima mike november oscar papa quebec\n",
		"alpha bravo charlie delta echo foxtrot golf hotel india|\nshort\njuliet kilo lima mike november oscar papa quebec\n",
		"alpha bravo charlie delta echo foxtrot golf hotel india\nshort|\njuliet kilo lima mike november oscar papa quebec\n",
		"alpha bravo charlie delta echo foxtrot golf hotel india\nshort\njuliet |kilo lima mike november oscar papa quebec\n",
		"alpha bravo charlie delta echo foxtrot golf hotel india\nshort\njuliet kilo lima mike novembe|r oscar papa quebec\n",
		"alpha bravo charlie delta echo foxtrot golf hotel india\nshort\njuliet kilo lima mike november oscar papa quebec|\n",
	}
	for i, want := range steps {
		m = press(m, "down")
		if got := withCursor(m); got != want {
			t.Fatalf("down %d: %q, want %q", i+1, got, want)
		}
	}
	// Down on the last line went to its end, so the column is now the end.
	m = press(m, "up", "up")
	if got, want := withCursor(m), "alpha bravo charlie delta echo foxtrot golf hotel india\nshort|\njuliet kilo lima mike november oscar papa quebec\n"; got != want {
		t.Fatalf("up twice: %q, want %q", got, want)
	}
	m = press(m, "left", "up")
	if got, want := withCursor(m), "alpha bravo charlie delta echo foxtrot golf hotel indi|a\nshort\njuliet kilo lima mike november oscar papa quebec\n"; got != want {
		t.Fatalf("a new column after left: %q, want %q", got, want)
	}
	m = press(m, "up", "up", "up")
	if got, want := withCursor(m), "|alpha bravo charlie delta echo foxtrot golf hotel india\nshort\njuliet kilo lima mike november oscar papa quebec\n"; got != want {
		t.Fatalf("up past the first line: %q, want %q", got, want)
	}
}

func TestPasteOneLineInsertsAtTheCursor(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "see  for details"), 60, 20)
	m = press(m, "home", "right", "right", "right", "right")
	m, _ = m.Update(tea.PasteMsg{Content: "https://example.test/queues\n"})
	if got, want := withCursor(m), "see https://example.test/queues| for details\n"; got != want {
		t.Errorf("outline = %q, want %q", got, want)
	}
}

func TestPasteSeveralLinesMakesBulletsAfterTheCurrentOne(t *testing.T) {
	m, saver := editor(t, outlineOf(t, "takeaways", "  first", "last"), 60, 20)
	m = press(m, "up", "home")
	m, _ = m.Update(tea.PasteMsg{Content: "measure first\r\n\r\n\tthen\x07 tune\r\nthen measure again\n"})
	// The tab nests "then tune" under the line above it, as a reader sees it.
	want := "takeaways\n  first\n  measure first\n    then tune\n  then measure again|\nlast\n"
	if got := withCursor(m); got != want {
		t.Errorf("outline = %q, want %q", got, want)
	}
	if len(saver.calls) != 1 || len(saver.last(t).Put) != 3 {
		t.Errorf("a paste should be one save of three bullets, got %+v", saver.calls)
	}
}

func TestPasteSeveralLinesFillsAnEmptyBulletFirst(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m, _ = m.Update(tea.PasteMsg{Content: "one\ntwo"})
	if got, want := withCursor(m), "one\ntwo|\n"; got != want {
		t.Errorf("outline = %q, want %q", got, want)
	}
}

func TestKeysAreIgnoredWhileBlurred(t *testing.T) {
	m, saver := editor(t, outlineOf(t, "keep"), 60, 20)
	m = m.Blur()
	m = typeText(m, "xyz")
	m = press(m, "enter", "backspace", "left")
	m, _ = m.Update(tea.PasteMsg{Content: "pasted"})
	if got, want := withCursor(m), "keep|\n"; got != want || len(saver.calls) != 0 {
		t.Errorf("blurred editor changed: %q (want %q), %d saves", got, want, len(saver.calls))
	}
	if _, _, ok := m.Cursor(); ok {
		t.Error("a blurred editor shows a cursor")
	}
	m = typeText(m.Focus(), "!")
	if got, want := withCursor(m), "keep!|\n"; got != want {
		t.Errorf("after focus: %q, want %q", got, want)
	}
}

func TestTheSaverReceivesExactlyTheTouchedNodes(t *testing.T) {
	m, saver := editor(t, outlineOf(t, "a", "  b", "    c", "d", "e"), 60, 20)
	id := func(row int) doc.ID { return m.o.At(row).ID }
	puts := func() []doc.ID {
		var ids []doc.ID
		for _, n := range saver.last(t).Put {
			ids = append(ids, n.ID)
		}
		return ids
	}

	m = press(m, "up", "up", "up") // on "b", which has a child
	m = press(m, "up", "down")
	if len(saver.calls) != 0 {
		t.Fatalf("moving the cursor saved %d times", len(saver.calls))
	}
	m = typeText(m, "x")
	if got, want := puts(), []doc.ID{id(1)}; !slices.Equal(got, want) {
		t.Errorf("typing saved %v, want %v", got, want)
	}
	m = press(m, "shift+tab") // "b" and its subtree move; only b's record changes
	if got, want := puts(), []doc.ID{id(1)}; !slices.Equal(got, want) {
		t.Errorf("outdent saved %v, want %v", got, want)
	}
	m = press(m, "home", "right", "enter") // split "bx" into "b" and "x"
	if got := puts(); len(got) != 2 || got[0] != id(1) {
		t.Errorf("split saved %v, want the split bullet %d and a new one", got, id(1))
	}
	if c := saver.last(t); len(c.Deleted) != 0 {
		t.Errorf("split deleted %v", c.Deleted)
	}
}
