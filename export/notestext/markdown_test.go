package notestext

import "testing"

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"todo and done", "- [ ] book hotel\n- [x] register\n* [X] badge\n1. [ ] slides\n", `
[todo] book hotel
[done] register
[done] badge
[todo] slides
`},
		{"org-mode keywords", "TODO book hotel\n- DONE register\n* TODO  slides\nTODO\nTODO: fix\ntodo later\nTODOS\n", `
[todo] book hotel
[done] register
[todo] slides
TODO
TODO: fix
todo later
TODOS
`},
		{"checkbox glyphs", "☐ email speaker\n☑ thank host\n✔️ coffee\n", `
[todo] email speaker
[done] thank host
[done] coffee
`},
		{"quotes", "- a\n  > said on stage\n>> nested\n>= 3 replicas\n", `
a
  [quote] said on stage
[quote] nested
>= 3 replicas
`},
		{"stars", "★ key point\n- ⭐ takeaway\n☆plain star\n", `
[star] key point
[star] takeaway
[star] plain star
`},
		{"escapes undone", "- \\*not emphasis\\*\n\\- not a bullet\n- 1\\. measure\n- C:\\Users\\ana\n", `
*not emphasis*
- not a bullet
1. measure
C:\Users\ana
`},
		{"headings hold the lists after them", "# Day one\n## Opening keynote\n- a\n  - b\n## Second talk\n*10:15, Main Hall*\n- c\n# Day two\n- d\n", `
Day one
  Opening keynote
    a
      b
  Second talk
    *10:15, Main Hall*
    c
Day two
  d
`},
		{"heading levels are relative", "### Talk\n- a\n# Day ##\n#### deep\n#hashtag\n", `
Talk
  a
Day
  deep
    #hashtag
`},
		{"rules and underlines go", "Title\n=====\n- a\n\n---\n* * *\n- b\n", `
Title
a
b
`},
		{"empty heading and quote go", "#\n>\n- a\n", `
a
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkTree(t, tt.text, tt.want) })
	}
}

func TestParseContinuation(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"hard-wrapped bullet", "- a long thought that\n  goes on\n  and on\n- next\n", `
a long thought that goes on and on
next
`},
		{"wrapped numbered item", "1. first point,\n   wrapped\n   - child\n", `
[numbered] first point, wrapped
  child
`},
		{"wrapped nested bullet", "  • outer\n    • inner text that\n      wraps here\n    • sibling\n", `
outer
  inner text that wraps here
  sibling
`},
		{"wrapped after a tab", "-\tgoes\n\ton\n", `
goes on
`},
		{"a blank line ends the wrap", "- a\n\n  b\n", `
a
  b
`},
		{"deeper than the text column is a child", "- a\n    b\n", `
a
  b
`},
		{"glyph-less line at the margin is top level", "- a\n  - b\nSection\n- c\n", `
a
  b
Section
c
`},
		{"no wrap after a glyph-less line", "Keynote\n  a\n  b\n", `
Keynote
  a
  b
`},
		{"wrapped empty bullet takes the text", "-\n  late text\n", `
late text
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkTree(t, tt.text, tt.want) })
	}
}
