package richtext

import (
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"lanyard/export/internal/sanitize"
)

func TestTextFromHTML(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"paragraphs", "<p>One  line\nwrapped.</p>\n<p>Two.</p>", "One line wrapped.\n\nTwo."},
		{"br", "first<br>second<br/>third", "first\nsecond\nthird"},
		{"list", "<p>Bring:</p><ul><li>a laptop</li><li>a <b>charger</b></li></ul><p>Done.</p>", "Bring:\n\n- a laptop\n- a charger\n\nDone."},
		{"nested list", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  - b\n- c"},
		{"link with label", `See <a href="https://microblocks.fun">MicroBlocks</a> now.`, "See MicroBlocks (https://microblocks.fun) now."},
		{"link that is its label", `<a href="https://example.org/">https://example.org/</a>`, "https://example.org/"},
		{"link label without scheme", `<a href="https://example.org/x">example.org/x</a>`, "example.org/x"},
		{"link with no label", `<a href="https://example.org/x"></a>`, "https://example.org/x"},
		{"javascript link", `<a href="javascript:alert(1)">click</a>`, "click"},
		{"mailto", `<a href="mailto:a@example.org">write</a>`, "write (mailto:a@example.org)"},
		{"entities", "<p>R&amp;D &lt;3 caf&eacute; &#x27;x&#39;</p>", "R&D <3 café 'x'"},
		{"script and style", "<style>p{}</style><p>kept</p><script>alert('no')</script>", "kept"},
		{"pre keeps lines", "<p>Run:</p><pre>make\n  test</pre><p>then</p>", "Run:\n\nmake\n  test\n\nthen"},
		{"headings", "<h2>Goals</h2>Learn.", "Goals\n\nLearn."},
		{"inline tags keep words whole", "un<em>believ</em>able", "unbelievable"},
		{"escape in entity", "<p>&#27;[2Jclear</p>", "clear"},
		{"escape raw", "<p>a\x1b]0;title\x07b</p>", "ab"},
		{"bidi", "<p>a\u202eb</p>", "ab"},
		{"upper case tags", "<P>One<BR>two</P>", "One\ntwo"},
		{"comment", "a<!-- hidden -->b", "ab"},
		{"unclosed tags", "<p>one<p>two<ul><li>three", "one\n\ntwo\n\n- three"},
		{"table", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestTextPlain(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"keeps line breaks", "One.\r\n\r\nTwo\nthree.", "One.\n\nTwo\nthree."},
		{"blank lines collapse", "a\n\n\n\n b  \n", "a\n\n b"},
		{"crlf is one break", "a\r\nb\rc\n\rd", "a\nb\nc\n\nd"},
		{"leading space kept in a line", "  indented\n\tcode", "  indented\n code"},
		{"less-than is text", "a < b and <3 and x<y", "a < b and <3 and x<y"},
		{"entities decoded", "it&#x27;s R&amp;D, AT&T", "it's R&D, AT&T"},
		{"markdown autolinks stay", "see <https://example.org/x> or <me@example.org>", "see <https://example.org/x> or <me@example.org>"},
		{"unknown tag-like word stays", "a <foo> b and x<y>z", "a <foo> b and x<y>z"},
		{"markdown stays", "[the project](https://example.org) *is* here", "[the project](https://example.org) *is* here"},
		{"tabs and controls", "a\tb\x00c\x7fd\u200be", "a bcde"},
		{"csi", "red \x1b[31mtext\x1b[0m", "red text"},
		{"invalid utf-8", "a\xffb", "a\uFFFDb"},
		{"blank", " \n\t\n", ""},
		{"clean text stays", "a b\n\nc é\n d", "a b\n\nc é\n d"},
		{"space before a break", "a \nb ", "a\nb"},
		{"no-break space", "a\u00a0b", "a b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestTextAtResolvesRelativeLinks(t *testing.T) {
	base := Base("https://lca.example.org/schedule/presentation/12/")
	got := TextAt(`<a href="/programme/events/#breakfast">Breakfast</a>`, base)
	if want := "Breakfast (https://lca.example.org/programme/events/#breakfast)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := Text(`<a href="/programme/">Programme</a>`); got != "Programme" {
		t.Errorf("without a base: got %q", got)
	}
}

func TestLine(t *testing.T) {
	if got := Line("  A <em>sub</em>title\n\x1b[2Jhere "); got != "A subtitle here" {
		t.Errorf("got %q", got)
	}
	long := Line(strings.Repeat("é", 2*MaxLine))
	if len(long) > MaxLine || !strings.HasSuffix(long, "…") || !utf8.ValidString(long) {
		t.Errorf("long line: %d bytes, ends %q", len(long), long[len(long)-6:])
	}
}

// TestHugeText: a 10 MB abstract is cut at MaxText on a rune boundary,
// with "…", quickly.
func TestHugeText(t *testing.T) {
	for name, in := range map[string]string{
		"plain": strings.Repeat("Ünïcode words again. ", 500_000),
		"html":  strings.Repeat("<p>Ünïcode <b>words</b> again.</p>", 300_000),
		"tags":  strings.Repeat("<b>", 3_000_000),
		"deep":  strings.Repeat("<ul><li>", 1_000_000) + "x",
	} {
		t.Run(name, func(t *testing.T) {
			began := time.Now()
			got := Text(in)
			if took := time.Since(began); took > 2*time.Second {
				t.Errorf("took %v", took)
			}
			if len(got) > MaxText || !utf8.ValidString(got) {
				t.Fatalf("%d bytes, valid %v", len(got), utf8.ValidString(got))
			}
			if got != "" && !strings.HasSuffix(got, "…") {
				t.Errorf("cut text does not end in …: %q", got[max(0, len(got)-20):])
			}
		})
	}
}

func TestURL(t *testing.T) {
	base, _ := url.Parse("https://fahrplan.example.org/camp/2019/Fahrplan/")
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.org/slides.pdf", "https://example.org/slides.pdf", true},
		{"  http://example.org  ", "http://example.org", true},
		{"mailto:someone@example.org", "mailto:someone@example.org", true},
		{"HTTPS://EXAMPLE.ORG/A", "HTTPS://EXAMPLE.ORG/A", true},
		{"/system/attachments/1/slides.pdf?1566", "https://fahrplan.example.org/system/attachments/1/slides.pdf?1566", true},
		{"javascript:alert(1)", "", false},
		{"JavaScript:alert(1)", "", false},
		{"data:text/html,<b>x</b>", "", false},
		{"file:///etc/passwd", "", false},
		{"https://example.org/\x1b]8;;x\x07", "", false},
		{"https://exa mple.org/", "", false},
		{"https://example.org/\u202egpj.exe", "", false},
		{"https://", "", false},
		{"mailto:", "", false},
		{"https://example.org/" + strings.Repeat("a", maxURL), "", false},
	}
	for _, c := range cases {
		got, ok := URL(c.in, base)
		if got != c.want || ok != c.ok {
			t.Errorf("URL(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	if _, ok := URL("/slides.pdf", nil); ok {
		t.Error("a relative address with no base is kept")
	}
}

func TestLinks(t *testing.T) {
	var l Links
	l.Add("Slides", "https://example.org/s.pdf", "slides", nil)
	l.Add("Again", "https://example.org/s.pdf", "", nil)
	l.Add("", "https://video.example.org/v/1", "", nil)
	l.Add("", "https://example.org/paper.pdf", "paper", nil)
	l.Add("Bad", "javascript:void(0)", "", nil)
	l.Add(" <b>Code</b>\x1b[31m ", "https://example.org/code", "", nil)
	got := l.List()
	want := []string{"Slides https://example.org/s.pdf", "video.example.org https://video.example.org/v/1", "paper https://example.org/paper.pdf", "Code https://example.org/code"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i, link := range got {
		if link.Title+" "+link.URL != want[i] {
			t.Errorf("link %d: %q %q, want %s", i, link.Title, link.URL, want[i])
		}
	}
}

func TestLinksCapped(t *testing.T) {
	var l Links
	for i := range 100_000 {
		l.Add("", "https://example.org/"+strings.Repeat("x", i%7)+"/"+string(rune('a'+i%26))+strings.Repeat("y", i/26%50)+"/"+time.Duration(i).String(), "", nil)
	}
	if len(l.List()) != MaxLinks || !l.Full() {
		t.Errorf("%d links kept", len(l.List()))
	}
}

// FuzzText: whatever a schedule holds, the text kept is valid UTF-8 within
// MaxText, with no control character but the line break, no invisible
// character, no blank line run or trailing space.
func FuzzText(f *testing.F) {
	for _, s := range []string{
		"<p>One</p><p>Two <a href=\"https://x.org\">x</a></p>",
		"plain\n\ntext &amp; more",
		"<ul><li>a<ul><li>b</ul></ul><pre>  x\n y</pre>",
		"\x1b]8;;https://evil\x07click\x1b]8;;\x07",
		"<script>x</script><style>y</style>&#27;[2J",
		"a < b <3 <p",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Text(s)
		if !utf8.ValidString(got) || len(got) > MaxText {
			t.Fatalf("%q: invalid or long result %q", s, got)
		}
		if strings.ContainsFunc(got, func(r rune) bool {
			return r != '\n' && (unicode.IsControl(r) || sanitize.IsInvisible(r))
		}) {
			t.Fatalf("%q: unsafe result %q", s, got)
		}
		if strings.Contains(got, "\n\n\n") || strings.Contains(got, " \n") || strings.HasPrefix(got, "\n") || strings.HasSuffix(got, "\n") {
			t.Fatalf("%q: untidy result %q", s, got)
		}
		if again := clean(got); again != got {
			t.Fatalf("%q: cleaning %q again gives %q", s, got, again)
		}
		if utf8.ValidString(s) && !hasEscape(s) && isClean(s) && rebuild(s) != s {
			t.Fatalf("isClean(%q) but rebuild gives %q", s, rebuild(s))
		}
		for _, link := range strings.Fields(got) {
			if strings.HasPrefix(strings.ToLower(link), "(javascript:") {
				t.Fatalf("%q: kept a script link: %q", s, got)
			}
		}
	})
}

// TestC1Escapes: the one-byte C1 introducers, written in UTF-8, take their
// sequence with them as ESC does.
func TestC1Escapes(t *testing.T) {
	for in, want := range map[string]string{
		"a\u009b31mb":                "ab",
		"a\u009d0;title\u0007b":      "ab",
		"caf\u00e9 \u00a0\u00a3 ok":  "café  £ ok",
		"x\u0090q\u001b\\y":          "xy",
		"\u009f unterminated to end": "",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}
