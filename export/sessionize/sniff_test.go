package sessionize

import (
	"os"
	"testing"
)

func TestSniff(t *testing.T) {
	for _, name := range []string{"testdata/all.json", "testdata/gridsmart.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !Sniff(data[:min(len(data), 512)]) {
			t.Errorf("Sniff(%s) = false", name)
		}
	}
	for _, c := range []struct {
		head string
		want bool
	}{
		{"\ufeff {\"sessions\": [", true},
		{`{"rooms": [], "sessions": [], "speakers": []}`, true},
		{`[{"groupId": null, "groupName": "All", "sessions": [{"id": "1"`, true},
		// frab and pretalx, even with Sessionize-like words inside.
		{`{"$schema": "x", "generator": {}, "schedule": {"version": "1", "conference": {"sessions": "speakers"`, false},
		{`{"schedule": {"conference": {"title": "startsAt"}}}`, false},
		// Arbitrary JSON and other text.
		{`{"name": "lanyard", "version": 1}`, false},
		{`{"sessions": 3}`, false},
		{`[1, 2, "sessions"]`, false},
		{`[]`, false},
		{"BEGIN:VCALENDAR\r\n", false},
		{"", false},
	} {
		if got := Sniff([]byte(c.head)); got != c.want {
			t.Errorf("Sniff(%q) = %v, want %v", c.head, got, c.want)
		}
	}
	frab, err := os.ReadFile("../frab/testdata/pretalx-utc.json")
	if err == nil && Sniff(frab[:min(len(frab), 512)]) {
		t.Error("Sniff claims the frab reader's pretalx fixture")
	}
}
