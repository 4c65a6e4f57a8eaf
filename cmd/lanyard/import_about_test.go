package main

import (
	"strings"
	"testing"

	"lanyard/store"
)

// TestImportVerboseListsTheSkippedLines: --verbose says which lines of a
// plain-text schedule were not imported, and why, after the summary.
func TestImportVerboseListsTheSkippedLines(t *testing.T) {
	db := newDB(t)
	out := mustLanyard(t, db, "import", "schedule", harbourFile, "--tz", "Europe/Lisbon", "--verbose")
	want := "skipped line 1: no time: 'Notes from Harbour Ops Days, written up on the train home.'\n" +
		"skipped line 7: no time: 'Great start, a room full of people who have been woken at 3…'\n"
	if !strings.HasSuffix(out, "lanyard talks lists them.\n"+want) {
		t.Errorf("import --verbose printed\n%s\nwant it to end\n%s", out, want)
	}
	if quiet := mustLanyard(t, newDB(t), "import", "schedule", harbourFile, "--tz", "Europe/Lisbon"); strings.Contains(quiet, "skipped line") {
		t.Errorf("import without --verbose lists lines:\n%s", quiet)
	}
}

// aboutSchedule is a Pentabarf schedule of one talk whose abstract is
// abstract.
func aboutSchedule(abstract string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Quay Days</title><time_zone_name>Europe/Lisbon</time_zone_name></conference>
  <day index="1" date="2031-05-10">
    <room name="Quay 1">
      <event guid="d4d4d4d4-0000-4000-8000-000000000001" id="1">
        <date>2031-05-10T10:00:00+01:00</date><start>10:00</start><duration>00:40</duration>
        <room>Quay 1</room><title>Tide Tables</title><type>lecture</type>
        <abstract>` + abstract + `</abstract>
        <url>https://quay.example.org/talk/1/</url>
        <persons><person id="1">Inês Carvalho</person></persons>
      </event>
    </room>
  </day>
</schedule>
`
}

// TestReimportUpdatesTheAbstractAndKeepsTheNotes: a schedule published
// again with a reworded abstract updates what the talk is about, counts
// the talk as changed, and leaves the user's notes as they were.
func TestReimportUpdatesTheAbstractAndKeepsTheNotes(t *testing.T) {
	db := newDB(t)
	mustLanyard(t, db, "import", "schedule", writeFile(t, "quay.xml", aboutSchedule("&lt;p&gt;Harmonics, &lt;b&gt;explained&lt;/b&gt;.&lt;/p&gt;")))
	id := talkID(t, db, "Tide Tables")
	saveNotes(t, db, id, bullet{0, "M2 dominates"}, bullet{1, "ask about ports"})

	out := mustLanyard(t, db, "import", "schedule", writeFile(t, "quay.xml", aboutSchedule("&lt;p&gt;Harmonics, with a live demo.&lt;/p&gt;")))
	if !strings.Contains(out, "0 added, 1 changed, 0 unchanged") {
		t.Errorf("re-import summary:\n%s", out)
	}
	if got := talkID(t, db, "Tide Tables"); got != id {
		t.Fatalf("talk ID changed from %d to %d", id, got)
	}
	if got := strings.Join(notesOf(t, db, id), "\n"); got != "M2 dominates\n  ask about ports" {
		t.Errorf("notes after re-import:\n%s", got)
	}
	withNotebook(t, db, func(nb *store.Notebook) {
		about, err := nb.About(id)
		if err != nil {
			t.Fatal(err)
		}
		if about.Abstract != "Harmonics, with a live demo." || about.URL != "https://quay.example.org/talk/1/" {
			t.Errorf("About after re-import: %#v", about)
		}
	})
}
