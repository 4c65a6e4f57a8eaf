package opml

import (
	"strings"
	"testing"
	"time"

	"lanyard/store/outline"
)

// TestForeignText: the texts of other apps' files read as a person reads
// them in those apps, and what only looks like markup stays as typed.
func TestForeignText(t *testing.T) {
	tests := []struct{ in, want string }{
		// HTML, as Workflowy writes it.
		{"<b>bold</b> and <i>it</i><u>alic</u>", "bold and italic"},
		{`<a href="https://example.com/a?b=1&amp;c=2">docs</a>`, "docs (https://example.com/a?b=1&c=2)"},
		{`<a href="https://example.com/">https://example.com/</a>`, "https://example.com/"},
		{`see <a href="https://example.com">example.com</a>`, "see example.com"},
		{`<a href='https://example.com/x'></a>`, "https://example.com/x"},
		{`<b><a href="https://example.com/x">nested</a></b>!`, "nested (https://example.com/x)!"},
		{`<a href="https://example.com/x">never closed`, "never closed (https://example.com/x)"},
		{`<mark class="colored c-red">red</mark> <span class="colored bc-sky">sky</span>`, "red sky"},
		{`<time startYear="2026" startMonth="7" startDay="8">Wed, Jul 8, 2026</time>`, "Wed, Jul 8, 2026"},
		{`line<br>break<br/>and<p>para</p>`, "line break and para"},
		{`<img src="https://example.com/i.png" alt="a chart"> <img src="https://example.com/j.png">`, "a chart https://example.com/j.png"},
		{`x <!-- hidden --> y`, "x y"},
		// What is not HTML stays.
		{"x<y and z>w", "x<y and z>w"},
		{"I <3 YAML", "I <3 YAML"},
		{"<unknown>tag</unknown>", "<unknown>tag</unknown>"},
		{"a < b", "a < b"},
		// Entities, decoded only when complete.
		{"a &lt;b&gt; typed", "a <b> typed"},
		{"&amp;copy; &copy editing &amp fish &#x2713; &#10003;", "&copy; &copy editing &amp fish ✓ ✓"},
		{"&nosuchentity; &;", "&nosuchentity; &;"},
		// Markdown, as Dynalist and Logseq keep it.
		{"**bold** __it__ ~~gone~~ ==hi== ^^lit^^", "bold it gone hi lit"},
		{"[label](https://example.com/a_(b))", "label (https://example.com/a_(b))"},
		{"![chart](https://example.com/c.png) ![](https://example.com/d.png)", "chart (https://example.com/c.png) https://example.com/d.png"},
		{"[https://example.com](https://example.com)", "https://example.com"},
		{`[doc](<https://example.com/x y> "title")`, "doc (https://example.com/x y)"},
		{"[[Page Name]] and #[[tag two]]", "Page Name and #tag two"},
		{"due !(2026-07-08) and !(2026-07-09 10:00 | 1w) but !(soon)", "due 2026-07-08 and 2026-07-09 10:00 but !(soon)"},
		{"`**not bold**` **bold** ``a ` b``", "`**not bold**` bold ``a ` b``"},
		{"snake_case and 2*3*4 and a ** b ** c", "snake_case and 2*3*4 and a ** b ** c"},
		{"[init](https://docs.example.com/model.html#object.__init__) and __this__", "init (https://docs.example.com/model.html#object.__init__) and this"},
		{"https://example.com/a__b__c **bold**", "https://example.com/a__b__c bold"},
		{"[not a link] (x) and [ ]", "[not a link] (x) and [ ]"},
		// One line, trimmed, collapsed.
		{"  two\n lines\t and\u00a0a\u202e bidi ", "two lines and a bidi"},
	}
	f := foreign{}
	for _, tt := range tests {
		if got := f.text(tt.in); got != tt.want {
			t.Errorf("text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestForeignTextDynalist: Dynalist's text is Markdown, never HTML: a tag
// or entity in it was typed.
func TestForeignTextDynalist(t *testing.T) {
	f := foreign{markdownOnly: true}
	in, want := "<b>typed</b> &amp; **bold**", "<b>typed</b> &amp; bold"
	if got := f.text(in); got != want {
		t.Errorf("text(%q) = %q, want %q", in, got, want)
	}
}

// TestForeignBulletKinds: a task marker or check box that starts a bullet
// gives its kind unless the attributes gave one.
func TestForeignBulletKinds(t *testing.T) {
	tests := []struct {
		in       string
		attr     outline.Kind
		want     string
		wantKind outline.Kind
	}{
		{"TODO call the speaker", outline.KindPlain, "call the speaker", outline.KindTodo},
		{"LATER read the paper", outline.KindPlain, "read the paper", outline.KindTodo},
		{"DONE booked", outline.KindPlain, "booked", outline.KindDone},
		{"DONE booked", outline.KindTodo, "booked", outline.KindTodo},
		{"[x] packed", outline.KindPlain, "packed", outline.KindDone},
		{"[ ] pack", outline.KindPlain, "pack", outline.KindTodo},
		{"<b>TODO</b> bold marker", outline.KindPlain, "bold marker", outline.KindTodo},
		{"TODO", outline.KindPlain, "TODO", outline.KindPlain},
		{"TODOS are fine", outline.KindPlain, "TODOS are fine", outline.KindPlain},
		{"CANCELED trip", outline.KindPlain, "CANCELED trip", outline.KindPlain},
		{"todo lower case", outline.KindPlain, "todo lower case", outline.KindPlain},
	}
	for _, tt := range tests {
		got, kind := foreign{}.bullet(tt.in, tt.attr)
		if got != tt.want || kind != tt.wantKind {
			t.Errorf("bullet(%q, %s) = %q %s, want %q %s", tt.in, tt.attr, got, kind, tt.want, tt.wantKind)
		}
	}
}

// TestBulletKindFromAttributes: each app's check marks give a kind, and
// lanyard's own attribute wins over them.
func TestBulletKindFromAttributes(t *testing.T) {
	tests := []struct {
		a    outlineAttrs
		want outline.Kind
	}{
		{outlineAttrs{}, outline.KindPlain},
		{outlineAttrs{complete: true}, outline.KindDone},
		{outlineAttrs{checkbox: true}, outline.KindTodo},
		{outlineAttrs{checkbox: true, complete: true}, outline.KindDone},
		{outlineAttrs{status: "checked"}, outline.KindDone},
		{outlineAttrs{status: "unchecked"}, outline.KindTodo},
		{outlineAttrs{status: "indeterminate"}, outline.KindTodo},
		{outlineAttrs{kind: "quote", complete: true}, outline.KindQuote},
		{outlineAttrs{kind: "from-the-future", complete: true}, outline.KindDone},
	}
	for _, tt := range tests {
		if got := tt.a.bulletKind(); got != tt.want {
			t.Errorf("%+v: %s, want %s", tt.a, got, tt.want)
		}
	}
}

// TestForeignTextTakesLinearTime: texts built to make a naive scanner go
// over the rest of the text at every character are read in time in
// proportion to their size. Time is the reader's own (ownTime: waits for a
// CPU taken by other work are not counted), so a busy machine does not
// fail the test; quadratic work on a megabyte would take hours, far over
// the bound, which leaves room for the race detector.
func TestForeignTextTakesLinearTime(t *testing.T) {
	const size = 1 << 20
	const limit = 5 * time.Second
	patterns := []string{"[", "[[", "]", "[](a", "](", "[x](<a", "!(", "`", "` ``", "<b", "<!--",
		"<a href=x>", "</a>", "**a", "__ ", "&", "&#", "https://x.io/**", "<b><i>"}
	for _, p := range patterns {
		in := strings.Repeat(p, size/len(p))
		d := ownTime(func() { foreign{}.text(in) })
		t.Logf("%q × %d: %v", p, size/len(p), d)
		if d > limit {
			t.Errorf("%q × %d took %v of the reader's own time, want under %v", p, size/len(p), d, limit)
		}
	}
	// A backtick run of every length, each closed by none.
	var b strings.Builder
	for n := 1; b.Len() < size; n++ {
		b.WriteString(strings.Repeat("`", n) + "x")
	}
	d := ownTime(func() { foreign{}.text(b.String()) })
	t.Logf("runs of backticks: %v", d)
	if d > limit {
		t.Errorf("runs of backticks took %v of the reader's own time, want under %v", d, limit)
	}
}

// A link outline or a feed in a subscription list keeps its address with
// its name.
func TestForeignLinksKeepTheirAddress(t *testing.T) {
	src := `<?xml version="1.0"?><opml version="2.0"><head><title>Reading</title></head><body>
<outline text="Feeds">
  <outline text="Ops weekly" type="rss" xmlUrl="https://example.com/ops.rss" htmlUrl="https://example.com/ops"/>
  <outline text="The talk's slides" type="link" url="https://example.com/slides"/>
  <outline text="already https://example.com/x" type="link" url="https://example.com/x"/>
</outline></body></opml>`
	doc, err := Read(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Notes {
		got = append(got, b.Text)
	}
	want := "Feeds|Ops weekly https://example.com/ops.rss|The talk's slides https://example.com/slides|already https://example.com/x"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, "|"), want)
	}
}
