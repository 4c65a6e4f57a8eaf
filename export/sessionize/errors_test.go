package sessionize

import (
	"errors"
	"strings"
	"testing"

	"lanyard/export/internal/fields"
	"lanyard/store/schedule"
)

func TestBrokenInputs(t *testing.T) {
	for _, c := range []struct {
		name, text string
		is         error
		says       []string // what the message must name
	}{
		{"bad time", allDoc(sess("7", "Broken Clock", "2025-05-14T25:00:00", "2025-05-14T26:00:00")),
			fields.ErrBadTime, []string{`session "7"`, `"Broken Clock"`, "startsAt"}},
		{"absurd duration", allDoc(sess("8", "Forever", "2025-05-14T10:00:00", "2026-01-01T10:00:00")),
			fields.ErrBadDuration, []string{`session "8"`, "Forever", "endsAt", "2026-01-01T10:00:00", "longer than a day"}},
		{"just over a day", allDoc(sess("8", "Marathon", "2025-05-14T10:00:00", "2025-05-15T10:00:01")),
			fields.ErrBadDuration, []string{`session "8"`}},
		{"end before start", allDoc(sess("9", "Backwards", "2025-05-14T11:00:00", "2025-05-14T10:00:00")),
			fields.ErrEndBeforeStart, []string{`session "9"`, "Backwards", "endsAt"}},
		{"duration as clock", allDoc(sess("10", "Clock", "2025-05-14T10:00:00", "6944:11:40")),
			fields.ErrBadTime, []string{`session "10"`, "endsAt", "6944:11:40"}},
		{"no end", allDoc(`{"id": "11", "title": "Open End", "startsAt": "2025-05-14T10:00:00"}`),
			fields.ErrMissing, []string{`session "11"`, "endsAt"}},
		{"no title", allDoc(`{"id": "12", "title": " <b></b> ", "startsAt": "2025-05-14T10:00:00", "endsAt": "2025-05-14T11:00:00"}`),
			fields.ErrMissing, []string{`session "12"`, "title"}},
		{"nothing scheduled", allDoc(`{"id": "13", "title": "Later", "startsAt": null, "endsAt": null}`),
			ErrNoSchedule, nil},
		{"frab JSON", `{"schedule": {"conference": {"days": []}}}`, ErrNotSessionize, nil},
		{"speakers view", `[{"id": "s1", "fullName": "Ada Quill"}]`, ErrNotSessionize, nil},
		{"sessions not a list", "{\n\"sessions\": {\"id\": 1},\n\"rooms\": []}", ErrNotSessionize, []string{"line 2"}},
		{"title a number", "{\"sessions\": [\n{\"id\": \"1\",\n\"title\": 42}]}", ErrNotSessionize, []string{"line 3"}},
		{"scalar", `"sessions"`, ErrNotSessionize, nil},
		{"empty", "  \n", ErrNotSessionize, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := parseText(t, c.text)
			if !errors.Is(err, c.is) {
				t.Fatalf("err = %v, want %v", err, c.is)
			}
			checkMessage(t, err, c.says)
			if res.Talks != 0 || res.Days != nil {
				t.Errorf("partial result on error: %+v", res)
			}
		})
	}
}

func TestTruncatedJSONNamesLine(t *testing.T) {
	res, err := Parse(mustOpen(t, "testdata/truncated.json"), schedule.ReadOptions{Name: "truncated.json", Location: venue(t)})
	if err == nil {
		t.Fatal("truncated file parsed")
	}
	// The file stops part-way through line 46, inside the second session.
	checkMessage(t, err, []string{"truncated.json: line 46:", "unexpected end of JSON input"})
	if res.Days != nil {
		t.Errorf("partial result: %+v", res)
	}
	_, err = parseText(t, "{\"sessions\": [\n{\"id\": \"1\",, }]}")
	checkMessage(t, err, []string{"test.json: line 2:", "invalid character ','"})
}

func TestOneBadSessionFailsTheFile(t *testing.T) {
	doc := allDoc(sess("1", "Fine", "2025-05-14T10:00:00", "2025-05-14T11:00:00"),
		sess("2", "Broken", "2025-05-14T10:00:00", "yesterday"))
	res, err := parseText(t, doc)
	if !errors.Is(err, fields.ErrBadTime) || res.Days != nil {
		t.Fatalf("err %v, res %+v: want fields.ErrBadTime and nothing", err, res)
	}
}

func TestSessionWithoutIDNamedByPlace(t *testing.T) {
	doc := allDoc(sess("1", "Fine", "2025-05-14T10:00:00", "2025-05-14T11:00:00"),
		`{"title": "Anonymous", "startsAt": "2025-05-14T12:00:00", "endsAt": "2025-05-14T11:00:00"}`)
	_, err := parseText(t, doc)
	checkMessage(t, err, []string{"test.json: session #2", "Anonymous"})
}

func checkMessage(t *testing.T, err error, says []string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	for _, s := range says {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not say %q", err, s)
		}
	}
}
