package outline

import (
	"testing"
	"time"
)

// timedEditor is an editor whose keys come at the times clock says.
func timedEditor(t *testing.T, lines ...string) (Model, *testClock) {
	t.Helper()
	var o = outlineOf(t, lines...)
	if len(lines) == 0 {
		o = nil
	}
	m, _ := editor(t, o, 60, 20)
	clock := &testClock{t: fixedClock()}
	return m.SetClock(clock.now), clock
}

// typeSteadily types s a key every gap.
func typeSteadily(m Model, clock *testClock, s string, gap time.Duration) Model {
	for _, r := range s {
		clock.advance(gap)
		m = typeText(m, string(r))
	}
	return m
}

func TestUndoTakesBackABurstOfTyping(t *testing.T) {
	m, clock := timedEditor(t, "retries")
	m = typeSteadily(m, clock, " need jitter or they stampede", 150*time.Millisecond)
	m = press(m, "ctrl+z")
	if got, want := withCursor(m), "retries|\n"; got != want {
		t.Errorf("undo after a burst of several words: %q, want %q", got, want)
	}
	m = press(m, "ctrl+y")
	if got, want := withCursor(m), "retries need jitter or they stampede|\n"; got != want {
		t.Errorf("redo: %q, want %q", got, want)
	}
}

func TestAPauseOfASecondSplitsBursts(t *testing.T) {
	m, clock := timedEditor(t)
	m = typeSteadily(m, clock, "retries need", 100*time.Millisecond)
	clock.advance(800 * time.Millisecond) // a stop of 0.9 s: thinking, not pausing
	m = typeSteadily(m, clock, " jitter", 100*time.Millisecond)
	clock.advance(time.Second)
	m = typeSteadily(m, clock, " or they stampede", 100*time.Millisecond)
	m = press(m, "ctrl+z")
	if got, want := withCursor(m), "retries need jitter|\n"; got != want {
		t.Errorf("undo: %q, want the words after the pause gone: %q", got, want)
	}
	m = press(m, "ctrl+z")
	if got, want := withCursor(m), ""; got != want {
		t.Errorf("undo again: %q, want the first burst gone, with its shorter stop: %q", got, want)
	}
}

func TestAClockGoingBackSplitsBursts(t *testing.T) {
	m, clock := timedEditor(t)
	m = typeSteadily(m, clock, "first", 100*time.Millisecond)
	clock.advance(-time.Hour)
	m = typeSteadily(m, clock, " second", 100*time.Millisecond)
	m = press(m, "ctrl+z")
	if got, want := withCursor(m), "first|\n"; got != want {
		t.Errorf("undo: %q, want %q", got, want)
	}
}

func TestKeysThatAreNotTypingSplitBursts(t *testing.T) {
	for _, keys := range [][]string{
		{"left", "right"}, {"up"}, {"home", "end"}, {"alt+b", "alt+f"}, {"alt+s"}, {"ctrl+o"}, {"ctrl+t"},
	} {
		t.Run(keys[0], func(t *testing.T) {
			m, _ := timedEditor(t, "a", "b")
			m = typeText(m, " one")
			m = press(m, keys...)
			m = press(m, "end")
			m = typeText(m, " two")
			m = press(m, "ctrl+z")
			if got, want := shape(m), "a\nb one\n"; got != want {
				t.Errorf("after %v then typing, undo: %q, want %q", keys, got, want)
			}
		})
	}
}

func TestTypingOnAnotherBulletIsAnotherStep(t *testing.T) {
	m, _ := timedEditor(t, "a", "b")
	m = typeText(m, "1")
	m = press(m, "up")
	m = typeText(m, "2")
	m = press(m, "ctrl+z")
	if got, want := shape(m), "a\nb1\n"; got != want {
		t.Errorf("undo: %q, want the typing on the other bullet kept: %q", got, want)
	}
}

func TestBackspaceCorrectsWithinABurst(t *testing.T) {
	m, clock := timedEditor(t, "notes")
	m = typeSteadily(m, clock, ": retires", 100*time.Millisecond)
	for range 4 {
		clock.advance(100 * time.Millisecond)
		m = press(m, "backspace")
	}
	m = typeSteadily(m, clock, "ries", 100*time.Millisecond)
	if got, want := withCursor(m), "notes: retries|\n"; got != want {
		t.Fatalf("typed %q, want %q", got, want)
	}
	m = press(m, "ctrl+z")
	if got, want := withCursor(m), "notes|\n"; got != want {
		t.Errorf("undo: %q, want the burst, its corrections with it, gone: %q", got, want)
	}
}

func TestEnterAndJoinSplitBursts(t *testing.T) {
	m, _ := timedEditor(t, "a")
	m = typeText(m, "b")
	m = press(m, "enter")
	m = typeText(m, "c")
	m = press(m, "home", "backspace")
	m = typeText(m, "d")
	if got, want := withCursor(m), "abd|c\n"; got != want {
		t.Fatalf("typed %q, want %q", got, want)
	}
	steps := []string{"ab|c\n", "ab\n|c\n", "ab\n|\n", "ab|\n", "a|\n"}
	for i, want := range steps {
		m = press(m, "ctrl+z")
		if got := withCursor(m); got != want {
			t.Fatalf("undo %d: %q, want %q", i+1, got, want)
		}
	}
}
