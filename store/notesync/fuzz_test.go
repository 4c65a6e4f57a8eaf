package notesync

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"lanyard/store/outline"
)

// FuzzForm reads any bytes as each file of the form: the reader never
// panics, and what it accepts writes out as a form that reads back the
// same.
func FuzzForm(f *testing.F) {
	f.Add([]byte(scheduleHeader+"\nevent e1\nname N\ntz UTC\nday 2026-05-14\n  talk t1\n    start 2026-05-14T09:00:00Z\n    kind talk\n    title T\n    attended\n"),
		[]byte(notesHeader+"\nevent e1\ntalk t1\n# T\n- a.1 a0 plain one\n  - a.2 a0 todo+folded two\\x20\n- a.3 a1 star+conflict\n"))
	f.Fuzz(func(t *testing.T, schedule, notes []byte) {
		files := map[string][]byte{"ev-1/" + scheduleName: schedule, "ev-1/" + notesDir + "/t.txt": notes}
		form, err := readForm(files)
		if err != nil {
			return
		}
		out := form.files()
		again, err := readForm(out)
		if err != nil {
			t.Fatalf("the form written from an accepted one does not read: %v\n%q", err, out)
		}
		if o2 := again.files(); !sameFiles(out, o2) {
			t.Fatalf("the form does not read back the same:\n%s", diffFiles(out, o2))
		}
		// The merge of a form with itself is the form.
		if m := mergeForms(form, form, again).files(); !sameFiles(m, out) {
			t.Fatalf("merging a form with itself changed it:\n%s", diffFiles(out, m))
		}
	})
}

// FuzzText writes any text as a bullet's and reads it back exactly.
func FuzzText(f *testing.F) {
	for _, s := range hostileTexts[:len(hostileTexts)-1] {
		f.Add(s, uint8(0), false)
	}
	f.Fuzz(func(t *testing.T, text string, kind uint8, folded bool) {
		ev := newEvent("e1")
		ev.talks["t1"] = &talk{id: "t1", date: "2026-05-14", start: "2026-05-14T09:00:00Z", kind: "talk", title: text}
		ev.days = []string{"2026-05-14"}
		ev.notes["t1"] = &notes{talk: "t1", bullets: map[string]*bullet{
			"x.1": {id: "x.1", order: "a0", kind: outline.Kind(kind), folded: folded, text: text},
			"x.2": {id: "x.2", parent: "x.1", order: "a0", text: text + text},
		}}
		f := newForm()
		f.events["e1"] = ev
		back, err := readForm(f.files())
		if err != nil {
			t.Fatalf("%q does not read back: %v", text, err)
		}
		b := back.events["e1"]
		if got := b.notes["t1"].bullets["x.1"]; got == nil || *got != *ev.notes["t1"].bullets["x.1"] {
			t.Fatalf("bullet of %q read back as %+v", text, got)
		}
		if got := b.notes["t1"].bullets["x.2"]; got == nil || got.text != text+text || got.parent != "x.1" {
			t.Fatalf("child of %q read back as %+v", text, got)
		}
		if b.talks["t1"].title != text {
			t.Fatalf("title %q read back as %q", text, b.talks["t1"].title)
		}
	})
}

// TestFuzzSeedsRead keeps the seeds meaningful: the seed of a whole
// event must read, or the fuzzer starts from nothing but errors.
func TestFuzzSeedsRead(t *testing.T) {
	data, err := os.ReadFile("testdata/fuzz/FuzzForm/seed-harbourside")
	if err != nil {
		t.Fatal(err)
	}
	var vals [][]byte
	for _, l := range strings.Split(string(data), "\n")[1:] {
		if s, ok := strings.CutPrefix(l, "[]byte("); ok {
			v, err := strconv.Unquote(strings.TrimSuffix(s, ")"))
			if err != nil {
				t.Fatal(err)
			}
			vals = append(vals, []byte(v))
		}
	}
	f, err := readForm(map[string][]byte{"ev-1/" + scheduleName: vals[0], "ev-1/" + notesDir + "/t.txt": vals[1]})
	if err != nil {
		t.Fatalf("the seed does not read: %v", err)
	}
	if n := len(f.events["e775a95246a6f"].notes["t94d80347a35b"].bullets); n != 6 {
		t.Errorf("the seed's notes read as %d bullets, want 6", n)
	}
}
