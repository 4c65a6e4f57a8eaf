package outline

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lanyard/tui/theme"
)

// styled reports whether view draws piece in style: the style's opening
// sequence right before it.
func styled(view, piece string, style lipgloss.Style) bool {
	p := paintOf(style)
	return p.before != "" && strings.Contains(view, p.before+piece)
}

// Inline Markdown typed into a bullet shows styled as it is typed, marks
// kept and dimmed, the cursor where it would be without the styling.
func TestInlineMarkdownShowsStyledAsTyped(t *testing.T) {
	s := theme.New(true)
	const typed = "use `kubectl` for *this* and **that**, see [docs](https://example.com/d)"
	m, _ := editor(t, outlineOf(t, ""), 100, 12)
	m = typeText(m, typed)
	view := m.View()
	for _, c := range []struct {
		piece string
		style lipgloss.Style
	}{
		{"kubectl", s.Code.Inherit(s.Text)}, {"this", s.Emphasis.Inherit(s.Text)}, {"that", s.Strong.Inherit(s.Text)},
		{"docs", s.Link.Inherit(s.Text)}, {"`", s.Placeholder.Italic(false)}, {"**", s.Placeholder.Italic(false)},
		{"](", s.Placeholder.Italic(false)},
	} {
		if !styled(view, c.piece, c.style) {
			t.Errorf("%q is not drawn in its style in %q", c.piece, view)
		}
	}
	if !strings.Contains(strings.Join(plainView(m), "\n"), typed) {
		t.Errorf("the marks are not all shown:\n%s", strings.Join(plainView(m), "\n"))
	}
	// The cursor is after the last character typed, marks counted.
	x, y, rest := cursorCell(t, m)
	plain := plainView(m)[y]
	if want := ansi.StringWidth(plain[:strings.Index(plain, typed)]) + len(typed); x != want || strings.TrimSpace(rest) != "" {
		t.Errorf("cursor at column %d, want %d, with %q after it", x, want, rest)
	}
	// Back inside the emphasis, the cursor is on its letters.
	m = press(m, "home")
	for range strings.Index(typed, "this") {
		m = press(m, "right")
	}
	if _, _, rest := cursorCell(t, m); !strings.HasPrefix(rest, "this* and") {
		t.Errorf("cursor before %q, want before \"this* and\"", rest)
	}
}

// What a post would escape is not styled: an unclosed mark, a javascript:
// link, a bullet wholly in bold (a takeaway is written so).
func TestMarkdownAPostEscapesIsNotStyled(t *testing.T) {
	s := theme.New(true)
	for _, typed := range []string{"*unclosed and `also", "[click](javascript:alert(1))", "**whole**"} {
		m, _ := editor(t, outlineOf(t, typed), 80, 10)
		view := m.View()
		for _, st := range []lipgloss.Style{s.Code, s.Emphasis, s.Strong, s.Link, s.Placeholder.Italic(false)} {
			if p := paintOf(st.Inherit(s.Text)); strings.Contains(view, p.before+"unclosed") || strings.Contains(view, p.before+"click") || strings.Contains(view, p.before+"whole") {
				t.Errorf("%q is styled: %q", typed, view)
			}
		}
	}
}

// A keystroke scans again only the bullet it changed.
func TestTypingRescansOnlyTheBulletTouched(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "*one*", "*two*", "*three*"), 80, 12)
	m.View()
	for i := range m.o.Len() {
		if n := m.o.At(i); !m.cache.entries[n].scanned {
			t.Fatalf("bullet %q drawn but not scanned", n.Text)
		}
	}
	typed, other := m.o.At(m.row), m.o.At((m.row+1)%3)
	kept := &m.cache.entries[other].marks[0]
	m = typeText(m, "x")
	m.View()
	if got := &m.cache.entries[other].marks[0]; got != kept {
		t.Error("a keystroke in one bullet scanned another again")
	}
	if e := m.cache.entries[typed]; !e.scanned || e.text != typed.Text || !strings.Contains(typed.Text, "x") {
		t.Errorf("the bullet typed in was not scanned again: %+v", e)
	}
}

// BenchmarkTypeAmongMarkedUpBullets is a keystroke and the frame after it
// in a screenful of bullets full of inline Markdown: the bullet typed in
// is scanned again, the others are drawn from the cache.
func BenchmarkTypeAmongMarkedUpBullets(b *testing.B) {
	lines := make([]string, 2000)
	for i := range lines {
		lines[i] = "run `kubectl get -A` for *this* and **that**, see [docs](https://example.com/d) and https://example.com/x"
	}
	s := &recordingSaver{}
	o := outlineOf(b, lines...)
	m := New(theme.New(true), s).SetSize(100, 40).SetOutline(7, o, testHeader).Focus()
	m.View()
	keys := []string{"x", "backspace"}
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			m, _ = m.Update(keyPress(k))
			_ = m.View()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/key")
}
