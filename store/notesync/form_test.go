package notesync

import (
	"strings"
	"testing"
	"unicode/utf8"

	"lanyard/store/outline"
)

// hostileTexts are texts a user can type or paste that the form must give
// back exactly.
var hostileTexts = []string{
	"",
	" ",
	"  leading and trailing  ",
	"---",
	"- 3f2a9c1b4e7d.17 a0 plain looks like a bullet",
	"lanyard notes 1",
	"back\\slash \\n not a newline \\x41",
	"tab\there",
	"line\nbreak\r\nand cr",
	"\x00\x01\x1b[31mred\x1b[0m\x7f",
	"C1 \u0085 next line \u009b csi",
	"bad utf-8 \xff\xfe \xc3",
	"emoji 🎉 and CJK 会议",
	"\u2028 line separator",
	"trailing tab\t",
	strings.Repeat("long text, ", 10_000),
}

func TestEscapeGivesBackEveryText(t *testing.T) {
	for _, s := range hostileTexts {
		for _, token := range []bool{false, true} {
			e := escape(s, token)
			if strings.ContainsAny(e, "\n\r\t") || !utf8.ValidString(e) {
				t.Errorf("escape(%q) = %q: not one line of UTF-8", s, e)
			}
			if token && strings.Contains(e, " ") {
				t.Errorf("escapeToken(%q) = %q holds a space", s, e)
			}
			if e != "" && e[len(e)-1] == ' ' {
				t.Errorf("escape(%q) = %q ends with a space", s, e)
			}
			back, err := unescape(e)
			if err != nil || back != s {
				t.Errorf("unescape(escape(%q)) = %q, %v", s, back, err)
			}
		}
	}
}

func TestNotebookWithHostileTextsReadsBackExactly(t *testing.T) {
	l := openLaptop(t, "a")
	importConference(t, l)
	l.edit(t, "Runbooks", func(o *outline.Outline) {
		appendAll(o, hostileTexts...)
		o.Indent(3)
		o.Indent(4)
		o.SetKind(2, outline.KindTodo)
		o.SetFolded(3, true)
	})
	// 2,000 levels deep: the form must not balloon nor the reader recurse
	// out of stack.
	l.edit(t, "Paging", func(o *outline.Outline) {
		for i := range 2000 {
			o.Append("deep")
			if i > 0 {
				o.Indent(i)
			}
		}
	})
	files, err := l.book.Files()
	if err != nil {
		t.Fatal(err)
	}
	f, err := readForm(files)
	if err != nil {
		t.Fatalf("the form lanyard wrote does not read: %v", err)
	}
	if again := f.files(); !sameFiles(again, files) {
		t.Fatalf("the form read back writes otherwise:\n%s", diffFiles(files, again))
	}
	total := 0
	for p, data := range files {
		total += len(data)
		if !utf8.Valid(data) {
			t.Errorf("%s is not UTF-8", p)
		}
	}
	if total > 1<<20 {
		t.Errorf("the form is %d bytes: deep nesting balloons it", total)
	}
	var texts []string
	for _, ev := range f.events {
		for _, n := range ev.notes {
			for _, b := range n.bullets {
				texts = append(texts, b.text)
			}
		}
	}
	for _, s := range hostileTexts {
		if !contains(texts, s) {
			t.Errorf("text %.40q did not come back", s)
		}
	}
	// The same notebook gives the same bytes every time.
	again, err := l.book.Files()
	if err != nil {
		t.Fatal(err)
	}
	if !sameFiles(files, again) {
		t.Error("two forms of one notebook differ")
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestFormLooksAsDocumented(t *testing.T) {
	l := openLaptop(t, "a")
	importConference(t, l)
	l.edit(t, "Paging", func(o *outline.Outline) {
		appendAll(o, "started at ~40 pages/week", "now 5/week", "try the pager diary ")
		o.Indent(1)
		o.SetKind(2, outline.KindTodo)
	})
	files, err := l.book.Files()
	if err != nil {
		t.Fatal(err)
	}
	var notes, sched string
	for p, data := range files {
		switch {
		case strings.HasSuffix(p, "/schedule.txt"):
			sched = p + "\n" + string(data)
		case strings.Contains(p, "paging"):
			notes = p + "\n" + string(data)
		}
	}
	origin := strings.SplitN(strings.Split(notes, "\n- ")[1], ".", 2)[0]
	notes = strings.ReplaceAll(notes, origin, "ORIGIN")
	want := `harbourside-2026-dd6da929d7/notes/20260514-1200-paging-5ba9b17167.txt
lanyard notes 1
event e775a95246a6f
talk t67d68d309fda
# Paging
- ORIGIN.1 a0 plain started at ~40 pages/week
  - ORIGIN.2 a0 plain now 5/week
- ORIGIN.3 a2 todo try the pager diary\x20
`
	if notes != want {
		t.Errorf("notes file:\n%s\nwant:\n%s", notes, want)
	}
	for _, line := range []string{
		"harbourside-2026-dd6da929d7/schedule.txt\nlanyard schedule 1\nevent e775a95246a6f\nname Harbourside 2026\ntz Europe/Amsterdam\nday 2026-05-14\n",
		"  talk t67d68d309fda\n    start 2026-05-14T10:00:00Z\n    end 2026-05-14T10:30:00Z\n    kind talk\n    title Paging\n    speaker Ada Paging\n    room Main\n    source uid-2\n",
		"    item ",
	} {
		if !strings.Contains(sched, line) {
			t.Errorf("schedule file lacks %q:\n%s", line, sched)
		}
	}
}
