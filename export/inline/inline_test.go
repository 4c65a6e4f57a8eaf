package inline

import (
	"strings"
	"testing"
	"time"
)

// show writes s with each span's kind around its content, for tables.
func show(s string, spans []Span) string {
	var b strings.Builder
	var write func(from, to int) // writes s[from:to] and the spans in it
	names := map[Kind]string{Code: "code", Emphasis: "em", Strong: "strong", Link: "link", Autolink: "auto", URL: "url"}
	write = func(from, to int) {
		at := from
		for len(spans) > 0 && spans[0].Start < to {
			sp := spans[0]
			spans = spans[1:]
			b.WriteString(s[at:sp.Start])
			b.WriteString("<" + names[sp.Kind] + ">")
			write(sp.Open, sp.Close)
			b.WriteString("</" + names[sp.Kind] + ">")
			at = sp.End
		}
		b.WriteString(s[at:to])
	}
	write(0, len(s))
	return b.String()
}

func TestScan(t *testing.T) {
	tests := []struct {
		in    string
		place Place
		want  string
	}{
		{"plain words", Bullet, "plain words"},
		{"use `kubectl get` now", Bullet, "use <code>kubectl get</code> now"},
		{"*a* _b_ **c** __d__", Bullet, "<em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong>"},
		{"***both***", Bullet, "<em><strong>both</strong></em>"},
		{"**a*", Bullet, "*<em>a</em>"},
		{"*unclosed", Bullet, "*unclosed"},
		{"snake_case_name", Bullet, "snake_case_name"},
		{"2*3*4", Bullet, "2<em>3</em>4"},
		{"**whole**", Bullet, "**whole**"},
		{"**whole**", Starred, "<strong>whole</strong>"},
		{"*a* b", Starred, "<em>a</em> b"},
		{"* 0**0**0", Starred, "* 0**0**0"},
		{"a **b** c", Starred, "a <strong>b</strong> c"},
		{"[slides](https://example.com/s) *x*", Bullet, "<link>slides</link> <em>x</em>"},
		{"[*a*](mailto:a@b.example)", Bullet, "<link><em>a</em></link>"},
		{"[js](javascript:alert(1))", Bullet, "[js](javascript:alert(1))"},
		{"[a `]` b](https://x.example)", Bullet, "<link>a <code>]</code> b</link>"},
		{"[a `b](https://x.example) c`", Bullet, "[a <code>b](https://x.example) c</code>"},
		{"*[a*](https://x.example)", Bullet, "*<link>a*</link>"},
		{"[x](https://x.example) at the start", Bullet, "[x](<url>https://x.example</url>) at the start"},
		{"<https://x.example/a> <javascript:x>", Bullet, "<auto>https://x.example/a</auto> <javascript:x>"},
		{"see https://x.example/a_b_c *now*", Bullet, "see <url>https://x.example/a_b_c</url> <em>now</em>"},
		{"https://x.example/`a` `b`", Bullet, "<url>https://x.example/</url>`a` <code>b</code>"},
		{"www.x.example/_a_", Bullet, "www.x.example/_a_"},
		{"`a``b`", Bullet, "<code>a``b</code>"},
		{"``a`", Bullet, "``a`"},
	}
	for _, tt := range tests {
		if got := show(tt.in, Scan(tt.in, tt.place)); got != tt.want {
			t.Errorf("Scan(%q, %d) = %q, want %q", tt.in, tt.place, got, tt.want)
		}
	}
}

// checkSpans fails unless spans are ordered, nested, inside s, and their
// marks are the characters of their kind.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	var open []Span
	for i, sp := range spans {
		if sp.Start < 0 || sp.Start > sp.Open || sp.Open > sp.Close || sp.Close > sp.End || sp.End > len(s) {
			t.Fatalf("%q: span %d out of order: %+v", s, i, sp)
		}
		for len(open) > 0 && open[len(open)-1].End <= sp.Start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 {
			p := open[len(open)-1]
			if sp.Start < p.Open || sp.End > p.Close {
				t.Fatalf("%q: span %+v crosses %+v", s, sp, p)
			}
		}
		open = append(open, sp)
		marks := s[sp.Start:sp.Open] + s[sp.Close:sp.End]
		switch sp.Kind {
		case Code:
			if strings.Trim(marks, "`") != "" {
				t.Fatalf("%q: code marked by %q", s, marks)
			}
		case Emphasis, Strong:
			if n := int(sp.Kind-Emphasis) + 1; len(marks) != 2*n || strings.Trim(marks, marks[:1]) != "" || marks[0] != '*' && marks[0] != '_' {
				t.Fatalf("%q: emphasis marked by %q", s, marks)
			}
		case Link:
			if s[sp.Start] != '[' || !strings.HasPrefix(s[sp.Close:], "](") || s[sp.End-1] != ')' {
				t.Fatalf("%q: link marked by %q", s, marks)
			}
		}
	}
}

// FuzzScan scans any text as a bullet and as a takeaway: no panic, spans
// well formed. That a renderer reads them so is FuzzNote's, in
// export/markdown, which writes them.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"*a **b** c*", "`a` [b](https://x.example) <https://y.example>", "**a*", "[`]`](mailto:a@b)", "* 0**0**0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Scan(s, Bullet))
		checkSpans(t, s, Scan(s, Starred))
	})
}

// Hostile texts scan in time in proportion to their length: four times
// the text of unclosed or tangled markers takes about four times as long,
// not sixteen.
func TestScanIsLinear(t *testing.T) {
	fastest := func(s string) time.Duration {
		best := time.Duration(1 << 62)
		// The best of several runs: on a busy machine any one run may
		// wait for a core, and a quadratic scan is 16 times slower, far
		// past the margin.
		for range 7 {
			start := time.Now()
			Scan(s, Starred)
			Scan(s, Bullet)
			best = min(best, time.Since(start))
		}
		return best
	}
	for _, unit := range []string{"*a ", "a*", "`", "``a` ", "[a", "[a](https://x.example", "_a_b ", "* ", "<https:", "***a*", "**a*b_", "a@b.c*"} {
		small, big := fastest(strings.Repeat(unit, 5_000)), fastest(strings.Repeat(unit, 20_000))
		if big > 10*small+50*time.Millisecond {
			t.Errorf("%q: 4 times the text took %v against %v", unit, big, small)
		}
	}
}
