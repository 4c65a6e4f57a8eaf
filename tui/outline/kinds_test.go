package outline

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	doc "lanyard/store/outline"
)

// kindMarks are how marked shows each kind: as a note-taker would type it.
var kindMarks = map[doc.Kind]string{
	doc.KindNumbered: "1. ", doc.KindStar: "! ", doc.KindTodo: "[ ] ",
	doc.KindDone: "[x] ", doc.KindQuote: "> ",
}

// marked returns the outline as withCursor does, each bullet's kind
// written before it.
func marked(m Model) string {
	var b strings.Builder
	for i := range m.o.Len() {
		n := m.o.At(i)
		text := n.Text
		if i == m.row {
			text = text[:m.off] + "|" + text[m.off:]
		}
		fmt.Fprintf(&b, "%s%s%s\n", strings.Repeat("  ", n.Depth), kindMarks[n.Kind], text)
	}
	return b.String()
}

func TestEnterGoesOnWithListsButNotWithTakeawaysOrQuotes(t *testing.T) {
	tests := []struct {
		name, kindKey, want string
	}{
		{"numbered", "alt+n", "1. measure\n1. |\n"},
		{"to-do", "alt+t", "[ ] measure\n[ ] |\n"},
		{"done", "alt+t alt+t", "[x] measure\n[ ] |\n"},
		{"takeaway", "alt+s", "! measure\n|\n"},
		{"quote", "alt+q", "> measure\n|\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := editor(t, nil, 60, 20)
			m = typeText(m, "measure")
			m = press(m, strings.Fields(tc.kindKey)...)
			m = press(m, "enter")
			if got := marked(m); got != tc.want {
				t.Errorf("after enter:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestAltTOnABulletAfterATakeawayMakesAToDo(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m = typeText(m, "alerts need owners")
	m = press(m, "alt+s", "enter", "alt+t")
	if got, want := marked(m), "! alerts need owners\n[ ] |\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestEnterOnAnEmptyItemEndsTheList(t *testing.T) {
	m, saver := editor(t, nil, 60, 20)
	m = typeText(m, "book hotel")
	m = press(m, "alt+t", "enter")
	m = typeText(m, "register")
	m = press(m, "enter", "enter")
	if got, want := marked(m), "[ ] book hotel\n[ ] register\n|\n"; got != want {
		t.Errorf("enter on the empty to-do:\n%s\nwant it plain, and no bullet added:\n%s", got, want)
	}
	if last := saver.last(t); len(last.Put) != 1 || last.Put[0].Kind != doc.KindPlain {
		t.Errorf("saved %+v, want the bullet made plain", last)
	}
	m = press(m, "enter")
	if got, want := marked(m), "[ ] book hotel\n[ ] register\n\n|\n"; got != want {
		t.Errorf("enter on the plain bullet:\n%s\nwant a bullet added:\n%s", got, want)
	}
}

func TestEnterInTheMiddleOfAKindedBullet(t *testing.T) {
	tests := []struct {
		kindKey, want string
	}{
		{"alt+s", "! alerts \n|need owners\n"},
		{"alt+q", "> alerts \n|need owners\n"},
		{"alt+n", "1. alerts \n1. |need owners\n"},
		{"alt+t", "[ ] alerts \n[ ] |need owners\n"},
		{"alt+t alt+t", "[x] alerts \n[ ] |need owners\n"},
	}
	for _, tc := range tests {
		t.Run(tc.kindKey, func(t *testing.T) {
			m, _ := editor(t, outlineOf(t, "alerts need owners"), 60, 20)
			m = press(m, strings.Fields(tc.kindKey)...)
			m = press(m, "home", "alt+f", "right", "enter")
			if got := marked(m); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestKindsTypedAsMarkers(t *testing.T) {
	tests := []struct {
		typed, want string
	}{
		{"[ ] call the venue", "[ ] call the venue|\n"},
		{"TODO call the venue", "[ ] call the venue|\n"},
		{"[x] registered", "[x] registered|\n"},
		{"[X] registered", "[x] registered|\n"},
		{"DONE registered", "[x] registered|\n"},
		{"> ship on fridays", "> ship on fridays|\n"},
		{"! alerts need owners", "! alerts need owners|\n"},
		{"1. measure", "1. measure|\n"},
		{"12. measure", "1. measure|\n"},
		// Not at the start, not the marker exactly: text.
		{"see [ ] here", "see [ ] here|\n"},
		{"the TODO list", "the TODO list|\n"},
		{"todo later", "todo later|\n"},
		{"1.5 GB of logs", "1.5 GB of logs|\n"},
		{">>> prompt", ">>> prompt|\n"},
		{"!! wow", "!! wow|\n"},
	}
	for _, tc := range tests {
		t.Run(tc.typed, func(t *testing.T) {
			m, _ := editor(t, nil, 60, 20)
			m = typeText(m, tc.typed)
			if got := marked(m); got != tc.want {
				t.Errorf("typed %q:\n%s\nwant:\n%s", tc.typed, got, tc.want)
			}
		})
	}
}

func TestAMarkerTypedBeforeExistingText(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "call the venue"), 60, 20)
	m = press(m, "home")
	m = typeText(m, "TODO ")
	if got, want := marked(m), "[ ] |call the venue\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	m = press(m, "end")
	m = typeText(m, " > ")
	if got, want := marked(m), "[ ] call the venue > |\n"; got != want {
		t.Errorf("a marker mid-text:\n%s\nwant it kept as text:\n%s", got, want)
	}
}

func TestAMarkerOnABulletOfThatKindGoesAndTheKindStays(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m = typeText(m, "1. first")
	m = press(m, "enter")
	m = typeText(m, "2. second")
	if got, want := marked(m), "1. first\n1. second|\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestPastedMarkersStayText(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m, _ = m.Update(tea.PasteMsg{Content: "TODO "})
	m, _ = m.Update(tea.PasteMsg{Content: "[ ] "})
	if got, want := marked(m), "TODO [ ] |\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	m, _ = editor(t, nil, 60, 20)
	m, _ = m.Update(tea.PasteMsg{Content: "[ ]"})
	m = typeText(m, " ")
	if got, want := marked(m), "[ ] |\n"; got != want {
		t.Errorf("a space typed after a pasted marker:\n%s\nwant:\n%s", got, want)
	}
}

func TestUndoRightAfterAMarkerGivesItBackAsText(t *testing.T) {
	m, saver := editor(t, outlineOf(t, "alerts need owners"), 60, 20)
	m = press(m, "alt+s", "enter")
	m = typeText(m, "> ")
	if got, want := marked(m), "! alerts need owners\n> |\n"; got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
	m = press(m, "ctrl+z")
	if got, want := marked(m), "! alerts need owners\n> |\n"; got != want {
		t.Errorf("undo after the marker:\n%s\nwant the marker back as typed, the bullet plain:\n%s", got, want)
	}
	if last := saver.last(t); len(last.Put) != 1 || last.Put[0].Text != "> " || last.Put[0].Kind != doc.KindPlain {
		t.Errorf("saved %+v, want the typed text back in the notebook", last)
	}
	m = typeText(m, "quoted")
	if got, want := marked(m), "! alerts need owners\n> quoted|\n"; got != want {
		t.Errorf("typing on:\n%s\nwant:\n%s", got, want)
	}
	m = press(m, "ctrl+z", "ctrl+z")
	if got, want := marked(m), "! alerts need owners\n|\n"; got != want {
		t.Errorf("undo twice more:\n%s\nwant the typed marker gone too:\n%s", got, want)
	}
}

func TestTypingAfterAMarkerIsAStepOfItsOwn(t *testing.T) {
	m, _ := editor(t, nil, 60, 20)
	m = typeText(m, "TODO call the venue")
	m = press(m, "ctrl+z")
	if got, want := marked(m), "[ ] |\n"; got != want {
		t.Errorf("undo:\n%s\nwant the words gone, the to-do kept:\n%s", got, want)
	}
	m = press(m, "ctrl+z")
	if got, want := marked(m), "TODO |\n"; got != want {
		t.Errorf("undo again:\n%s\nwant the marker back as text:\n%s", got, want)
	}
}
