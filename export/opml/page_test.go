package opml

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"lanyard/store/schedule"
)

// TestWriteTalkPageAsLink: a talk's page goes on its outline the way
// OPML 2.0 writes a link (type="link" url="…") and the talk keeps its
// notes as children; an address that is not a web page is left out; and
// the file still reads back as the same talks and notes.
func TestWriteTalkPageAsLink(t *testing.T) {
	ev, notes := fixtureEvent(t)
	abouts := map[uint64]schedule.About{
		2: {URL: "https://conf.example/talk/2?a=1&b=\"2\""},
		6: {URL: "javascript:alert(1)"},
	}
	var buf bytes.Buffer
	if err := Write(&buf, ev, notes, Options{Abouts: abouts}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Days []struct {
			Talks []struct {
				Attrs    []xml.Attr `xml:",any,attr"`
				Children []xml.Name `xml:"outline"`
			} `xml:"outline"`
		} `xml:"body>outline"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	links := 0
	for _, d := range doc.Days {
		for _, tk := range d.Talks {
			var attr = map[string]string{}
			for _, a := range tk.Attrs {
				if a.Name.Space == "" { // OPML's own, not lanyard:type
					attr[a.Name.Local] = a.Value
				}
			}
			tk := struct {
				Text, Type, URL string
				Children        []xml.Name
			}{attr["text"], attr["type"], attr["url"], tk.Children}
			switch {
			case strings.HasSuffix(tk.Text, "Sharding Without Tears"):
				links++
				if tk.Type != "link" || tk.URL != `https://conf.example/talk/2?a=1&b="2"` || len(tk.Children) == 0 {
					t.Errorf("keynote: type %q url %q, %d children", tk.Type, tk.URL, len(tk.Children))
				}
			case tk.URL != "" || tk.Type != "":
				t.Errorf("%q: type %q url %q", tk.Text, tk.Type, tk.URL)
			}
		}
	}
	if links != 1 {
		t.Errorf("%d talks link their page:\n%s", links, buf.String())
	}
	var plain bytes.Buffer
	if err := Write(&plain, ev, notes, Options{}); err != nil {
		t.Fatal(err)
	}
	withPages, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	without, err := Read(&plain)
	if err != nil {
		t.Fatal(err)
	}
	if len(withPages.Talks) != len(without.Talks) {
		t.Fatalf("%d talks read back, want %d", len(withPages.Talks), len(without.Talks))
	}
	for i := range without.Talks {
		a, b := withPages.Talks[i], without.Talks[i]
		if a.Heading != b.Heading || len(a.Notes) != len(b.Notes) {
			t.Errorf("talk %d read back as %q with %d notes, want %q with %d", i, a.Heading, len(a.Notes), b.Heading, len(b.Notes))
		}
	}
}
