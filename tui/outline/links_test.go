package outline

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestURLsAreHyperlinksEvenWhenWrapped(t *testing.T) {
	const url = "https://talks.example.test/harbourside/2031/queues-all-the-way-down"
	m, _ := editor(t, outlineOf(t, "slides at "+url+", and the demo repo"), 40, 12)
	view := m.View()
	link := ansi.SetHyperlink(url)
	if got := strings.Count(view, link); got < 2 {
		t.Errorf("a URL wrapped over lines should link each part to the whole address; %d links in\n%q", got, view)
	}
	if strings.Contains(view, ansi.SetHyperlink(url+",")) {
		t.Error("the comma after the URL was taken into the link")
	}
	if plain := strings.Join(plainView(m), ""); !strings.Contains(plain, "demo repo") {
		t.Errorf("text after the link is lost:\n%s", plain)
	}
}

func TestWrappedNumberedBulletsHangUnderTheirText(t *testing.T) {
	m, _ := editor(t, outlineOf(t, "a numbered point long enough to wrap onto a second line"), 30, 12)
	m = press(m, "alt+n")
	lines := plainView(m)
	if !strings.HasPrefix(lines[3], " 1. a numbered") || !strings.HasPrefix(lines[4], "    ") || strings.HasPrefix(lines[4], "     ") {
		t.Errorf("continuation should start under the text:\n%s", strings.Join(lines, "\n"))
	}
}
