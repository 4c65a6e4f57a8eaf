package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fosdemSize writes a Pentabarf schedule the size of FOSDEM's: 1,000
// events over 2 days in 40 rooms, in the thin form FOSDEM publishes (no
// <date>, no zone).
func fosdemSize(tb testing.TB) string {
	tb.Helper()
	var b bytes.Buffer
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n <conference><title>Benchconf</title><day_change>09:00</day_change></conference>\n")
	id := 0
	for day, date := range []string{"2026-02-07", "2026-02-08"} {
		fmt.Fprintf(&b, " <day index=\"%d\" date=\"%s\">\n", day+1, date)
		for room := range 40 {
			fmt.Fprintf(&b, "  <room name=\"H.%d\">\n", 1000+room)
			for slot := range 13 {
				if id >= 500*(day+1) {
					break
				}
				id++
				writeBenchEvent(&b, id, slot, room)
			}
			b.WriteString("  </room>\n")
		}
		b.WriteString(" </day>\n")
	}
	b.WriteString("</schedule>\n")
	path := filepath.Join(tb.TempDir(), "fosdem-size.xml")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

func writeBenchEvent(w io.Writer, id, slot, room int) {
	fmt.Fprintf(w, `   <event id="%d"><start>%02d:%02d</start><duration>00:25</duration><room>H.%d</room>
    <title>Talk %d about distributed &amp; reliable systems</title><track>Track %d</track><type>devroom</type>
    <persons><person id="%d">Speaker %d</person><person id="%d">Co Speaker %d</person></persons></event>
`, id, 9+slot*30/60, slot*30%60, 1000+room, id, room%12, id*2, id, id*2+1, id)
}

// BenchmarkImportFOSDEMSize is the whole `lanyard import schedule` command
// on a FOSDEM-size file into a fresh notebook: open the notebook, read and
// recognise the file, parse it, store the event in one transaction, print
// the summary. The budget is 200 ms.
func BenchmarkImportFOSDEMSize(b *testing.B) {
	file := fosdemSize(b)
	dir := b.TempDir()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		db := filepath.Join(dir, fmt.Sprintf("n%d.db", i))
		var out, errOut bytes.Buffer
		if code := run([]string{"--db", db, "import", "schedule", file, "--tz", "Europe/Brussels"}, &out, &errOut); code != 0 {
			b.Fatalf("import: exit %d: %s", code, errOut.String())
		}
	}
}

// BenchmarkReimportFOSDEMSize is the same import into a notebook that has
// it already: every talk matched and merged.
func BenchmarkReimportFOSDEMSize(b *testing.B) {
	file := fosdemSize(b)
	db := filepath.Join(b.TempDir(), "n.db")
	args := []string{"--db", db, "import", "schedule", file, "--tz", "Europe/Brussels"}
	var out, errOut bytes.Buffer
	if code := run(args, &out, &errOut); code != 0 {
		b.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, &out, &errOut); code != 0 {
			b.Fatalf("re-import: exit %d: %s", code, errOut.String())
		}
	}
}

// TestFOSDEMSizeImport checks that the benchmark's file is what it claims
// and that a file naming no zone is read in the zone of the event it
// updates: re-importing without --tz changes nothing.
func TestFOSDEMSizeImport(t *testing.T) {
	t.Setenv("TZ", "America/Chicago")
	file := fosdemSize(t)
	db := newDB(t)
	out := mustLanyard(t, db, "import", "schedule", file, "--tz", "Europe/Brussels")
	if !strings.HasPrefix(out, `Imported "Benchconf" (Pentabarf XML, Europe/Brussels): 1000 talks over 2 days.`) {
		t.Errorf("first import printed %q", out)
	}
	out = mustLanyard(t, db, "import", "schedule", file)
	if !strings.Contains(out, "(Pentabarf XML, Europe/Brussels)") || !strings.Contains(out, "0 added, 0 changed, 1000 unchanged") {
		t.Errorf("re-import without --tz printed %q; want the event's zone kept and nothing changed", out)
	}
}

func TestImportSaysWhenTheZoneIsAGuess(t *testing.T) {
	t.Setenv("TZ", "America/Chicago")
	out := mustLanyard(t, newDB(t), "import", "schedule", fosdemSize(t))
	if !strings.Contains(out, "read as America/Chicago, this machine's") || !strings.Contains(out, "--tz") {
		t.Errorf("import of a file with no zone printed %q; want a note that the zone is a guess", out)
	}
}
