package schedule

import "testing"

func TestKindOfTitle(t *testing.T) {
	tests := map[string]Kind{
		"Lunch":                       KindBreak,
		"Coffee & Registration":       KindBreak,
		"Kaffeepause":                 KindBreak,
		"Opening Keynote":             KindTalk,
		"Welcome and housekeeping":    KindPlenary,
		"Return to main room":         KindPlenary,
		"Wrap-up":                     KindPlenary,
		"Observability without tears": KindTalk,
		"Breaking the monolith":       KindTalk, // "breaking" is not "break"
	}
	for title, want := range tests {
		if got := KindOfTitle(title); got != want {
			t.Errorf("KindOfTitle(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestIsBreakType(t *testing.T) {
	for typ, want := range map[string]bool{"Break": true, " coffee break ": true, "Talk": false, "": false, "workshop": false} {
		if got := IsBreakType(typ); got != want {
			t.Errorf("IsBreakType(%q) = %v, want %v", typ, got, want)
		}
	}
}
