package opml

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"lanyard/export/internal/notestest"
	"lanyard/export/notesdoc"
	"lanyard/store/outline"
)

// TestReadOtherApps reads files written the way Workflowy, Dynalist,
// Logseq and OmniOutliner write OPML: formatting becomes plain text, notes
// become bullets before the children, check marks become kinds.
func TestReadOtherApps(t *testing.T) {
	tests := []struct {
		file, title string
		want        string
	}{
		{"workflowy.opml", "", `
- Harbour Infra Day 2026
  - Keynote: observability on a budget
    - speaker: Lin Haugen
    - slides: https://example.com/slides?id=4&lang=en
    - sample 1% of traces, keep every error
    - see the collector docs (https://example.com/otel)
    - !done ask about tail sampling
    - cost < value, mostly
  - follow up Thu, Apr 2, 2026
  -
    - child of an empty bullet
  - ping about #hiring @later
  - kubectl get pods works always`},
		{"dynalist.opml", "Conference notes", `
- Day 1 talks
  - Zero-downtime migrations
    - by Pia Strand
    - room: Dock 2
    - expand, migrate, contract
    - !todo write the runbook (https://example.com/runbooks/migrate)
    - !done try pg_repack pgroll
    - a <b> typed in Dynalist stays, &amp; too
    - see Postgres notes and ` + "`ALTER TABLE **t** ADD COLUMN`" + `
    - review on 2026-03-20
  - !done a finished aside`},
		{"logseq.opml", "untitled", `
- Platform Summit talk: Paved roads
  - !todo share the golden path doc with the team
  - !done book train home
  - !todo read the SRE book (https://example.com/sre)
  - #platform #devex
  - highlighted this one and that one
- CANCELED dinner with vendor`},
		{"omnioutliner.opml", "Devconf Notes", `
- !todo Accessibility Is a Feature
  - Speaker: Noor Haddad
  - Room B, after lunch
  - !done test with a screen reader every sprint
  - !todo contrast ratio ≥ 4.5:1
  - alt text is content, not decoration`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readFile(t, tt.file)
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			if len(doc.Talks) != 0 {
				t.Errorf("%d talks in a file of bullets", len(doc.Talks))
			}
			if d := notestest.Diff(clipOf(t, tt.want), doc.Notes); d != "" {
				t.Error(d)
			}
		})
	}
}

func readFile(t *testing.T, name string) notesdoc.Doc {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestReadOwnFileAsTyped: in lanyard's own file nothing that looks like
// markup is read as markup, whatever prefix the namespace is bound to.
func TestReadOwnFileAsTyped(t *testing.T) {
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:ly="https://lanyard.invalid/opml/1">
  <head><title>  Spaced  title </title></head>
  <body>
    <outline text="&lt;b&gt;x&lt;/b&gt; **y** [a](https://example.com) TODO z &amp;amp;" ly:kind="star"/>
    <outline text="DONE not a marker here"/>
    <outline text="x" _complete="true"/>
  </body>
</opml>`
	doc, err := Read(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	want := outline.Clip{
		{Text: "<b>x</b> **y** [a](https://example.com) TODO z &amp;", Kind: outline.KindStar},
		{Text: "DONE not a marker here"},
		{Text: "x", Kind: outline.KindDone},
	}
	if d := notestest.Diff(want, doc.Notes); d != "" {
		t.Error(d)
	}
	if doc.Title != "  Spaced  title " {
		t.Errorf("title %q", doc.Title)
	}
}

// TestReadHostileText: neither lanyard's own file nor another app's can
// put an escape sequence, a control character or a bidi override into the
// notebook, however it spells it.
func TestReadHostileText(t *testing.T) {
	const body = `
    <outline text="red &#x9b;31mtext bell&#x85; &amp;#27;[2J bidi&#x202e;x">
      <outline text="child" _note="line &amp;#x1b;]0;pwned&amp;#x7; one"/>
    </outline>`
	for _, head := range []string{
		`<opml version="2.0">`,
		`<opml version="2.0" xmlns:lanyard="https://lanyard.invalid/opml/1">`,
	} {
		doc, err := Read(strings.NewReader(head + `<head><title>t&#x9b;2Ji&#x202e;tle</title></head><body>` + body + `</body></opml>`))
		if err != nil {
			t.Fatal(err)
		}
		texts := []string{doc.Title}
		for _, b := range doc.Notes {
			texts = append(texts, b.Text)
		}
		for _, s := range texts {
			for _, r := range s {
				if r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x202e {
					t.Errorf("%s: text %q keeps %U", head, s, r)
				}
			}
		}
		if len(doc.Notes) < 2 || !strings.HasPrefix(doc.Notes[0].Text, "red") {
			t.Errorf("%s: bullets %+v", head, doc.Notes)
		}
	}
}

// TestReadErrors: input that is not OPML, or is broken, is an error that
// names its line, and nothing is returned.
func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     error
	}{
		{"empty", "", 1, ErrNotOPML},
		{"garbage", "hello, this is not a file of notes\n", 2, ErrNotOPML},
		{"json", `{"opml": true}`, 1, ErrNotOPML},
		{"html", "<!doctype html>\n<html><body><ul><li>x</li></ul></body></html>", 2, ErrNotOPML},
		{"no body", "<opml version=\"2.0\">\n<head><title>x</title></head>\n</opml>", 3, ErrNoBody},
		{"truncated", "<opml version=\"2.0\">\n<head/>\n<body>\n<outline text=\"a\">\n<outline text=\"b\"/>", 5, ErrMalformed},
		{"cut in a tag", "<opml version=\"2.0\"><body>\n<outline text=\"a", 2, ErrMalformed},
		{"mismatched", "<opml>\n<body>\n<outline>\n</body>\n</opml>", 4, ErrMalformed},
		{"bad entity", "<opml>\n<body>\n<outline text=\"&bogus;\"/></body></opml>", 3, ErrMalformed},
		{"not UTF-8", "<opml><body>\n\n<outline text=\"caf\xe9\"/></body></opml>", 3, ErrMalformed},
		{"encoding", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<opml/>", 1, ErrEncoding},
		{"binary", "\x00\x01\x02\x03", 1, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read = %v, want %v", err, tt.want)
			}
			if want := "line " + strconv.Itoa(tt.line) + ":"; !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not name %q", err, want)
			}
			if doc.Title != "" || doc.Talks != nil || doc.Notes != nil {
				t.Errorf("a failed Read returned %+v", doc)
			}
		})
	}
}

// TestReadTooLarge: an endless input ends in an error, not in memory
// running out; a file of just the limit is read. The limit is lowered so
// that the test does not read 64 MiB.
func TestReadTooLarge(t *testing.T) {
	const limit = 1 << 16
	endless := io.MultiReader(strings.NewReader("<opml><body><!--"), &repeatReader{b: ' '})
	if _, err := read(endless, limit); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("read = %v, want ErrTooLarge", err)
	}
	file := "<opml><body><outline text=\"x\"/></body></opml>"
	file = file[:len(file)-len("</opml>")] + strings.Repeat(" ", limit-len(file)) + "</opml>"
	if _, err := read(strings.NewReader(file), limit); err != nil {
		t.Fatalf("a file of %d bytes: %v", len(file), err)
	}
	longer := strings.Replace(file, "</opml>", " </opml>", 1)
	if _, err := read(strings.NewReader(longer), limit); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("a file of %d bytes: %v, want ErrTooLarge", len(file)+1, err)
	}
}

// repeatReader reads the byte b for ever.
type repeatReader struct{ b byte }

func (r *repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.b
	}
	return len(p), nil
}

// TestReadLatin1: a file that says it is ISO-8859-1 is read as such.
func TestReadLatin1(t *testing.T) {
	in := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<opml><body><outline text=\"caf\xe9 cr\xe8me\"/></body></opml>"
	doc, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Notes) != 1 || doc.Notes[0].Text != "café crème" {
		t.Errorf("bullets %+v", doc.Notes)
	}
}

// TestReadStrayOutlines: in a file of talks, an outline outside every talk
// belongs to none; an outline in a talk that claims to be a talk is a
// bullet of it.
func TestReadStrayOutlines(t *testing.T) {
	const file = `<opml xmlns:lanyard="https://lanyard.invalid/opml/1"><body>
<outline text="stray"/>
<outline text="Day" lanyard:type="day">
  <outline text="A – One" _note="09:00" lanyard:type="talk">
    <outline text="nested" lanyard:type="talk"><outline text="deeper"/></outline>
  </outline>
</outline></body></opml>`
	doc, err := Read(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Notes != nil || len(doc.Talks) != 1 {
		t.Fatalf("notes %+v, %d talks", doc.Notes, len(doc.Talks))
	}
	want := outline.Clip{{Text: "nested"}, {Depth: 1, Text: "deeper"}}
	if d := notestest.Diff(want, doc.Talks[0].Notes); d != "" {
		t.Error(d)
	}
	if doc.Talks[0].Heading != "A – One" || doc.Talks[0].Meta != "09:00" {
		t.Errorf("section %q | %q", doc.Talks[0].Heading, doc.Talks[0].Meta)
	}
}
