package notesdoc

import (
	"strings"
	"testing"

	"lanyard/store/outline"
)

func TestForPicksTheTalksSection(t *testing.T) {
	doc := Doc{Talks: []Talk{
		{Heading: "Ada Quill – Alerts", Notes: outline.Clip{{Text: "alerts"}}},
		{Heading: "Coffee", Notes: outline.Clip{{Text: "coffee"}, {Depth: 1, Text: "beans"}}},
	}}
	got, err := doc.For("Coffee")
	if err != nil || len(got) != 2 || got[0].Text != "coffee" {
		t.Fatalf("For(Coffee) = %v, %v", got, err)
	}
	if _, err := doc.For("Lunch"); err == nil || !strings.Contains(err.Error(), `"Coffee"`) {
		t.Errorf("For(Lunch) = %v, want an error naming the talks in the file", err)
	}
	one := Doc{Talks: doc.Talks[:1]}
	if got, err := one.For("Lunch"); err != nil || got[0].Text != "alerts" {
		t.Errorf("a file of one talk goes into any talk; got %v, %v", got, err)
	}
	plain := Doc{Notes: outline.Clip{{Text: "n"}}}
	if got, err := plain.For("Lunch"); err != nil || got[0].Text != "n" {
		t.Errorf("a file of bullets goes into any talk; got %v, %v", got, err)
	}
}

func TestAllNestsEachTalkUnderItsHeading(t *testing.T) {
	doc := Doc{Talks: []Talk{
		{Heading: "A", Notes: outline.Clip{{Text: "a1"}, {Depth: 1, Text: "a2"}}},
		{Heading: "B", Notes: outline.Clip{{Text: "b1", Kind: outline.KindStar}}},
	}}
	var got []string
	for _, b := range doc.All() {
		got = append(got, strings.Repeat(" ", b.Depth)+b.Text+"/"+b.Kind.String())
	}
	want := "A/plain| a1/plain|  a2/plain|B/plain| b1/star"
	if strings.Join(got, "|") != want {
		t.Errorf("All = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestPageTakesASoleRootAsItsTitle(t *testing.T) {
	rooted := outline.Clip{{Text: "Kubecon day 1"}, {Depth: 1, Text: "keynote"}, {Depth: 2, Text: "wasm"}}
	tests := []struct {
		name      string
		doc       Doc
		wantTitle string
		wantFirst string
		wantLen   int
	}{
		{"root is the title", Doc{Notes: rooted}, "Kubecon day 1", "keynote", 2},
		{"root repeats the title", Doc{Title: "Kubecon day 1", Notes: rooted}, "Kubecon day 1", "keynote", 2},
		{"another title keeps the root", Doc{Title: "My notes", Notes: rooted}, "My notes", "Kubecon day 1", 3},
		{"two roots", Doc{Notes: append(rooted[:3:3], outline.Bullet{Text: "lunch"})}, "", "Kubecon day 1", 4},
		{"one talk", Doc{Talks: []Talk{{Heading: "A – B", Notes: rooted}}}, "A – B", "Kubecon day 1", 3},
	}
	for _, tt := range tests {
		title, clip := tt.doc.Page()
		if title != tt.wantTitle || len(clip) != tt.wantLen || clip[0].Text != tt.wantFirst || clip[0].Depth != 0 {
			t.Errorf("%s: Page() = %q, %v", tt.name, title, clip)
		}
	}
}
