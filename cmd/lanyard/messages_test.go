package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestATalkThatIsNoIDIsRefusedWithWhatToGive(t *testing.T) {
	db, ids := harbourWithNotes(t)
	notes := writeFile(t, "notes.md", "- one\n")
	before := mustLanyard(t, db, "export", "--talk", fmt.Sprint(ids["Shipping on Fridays"]))
	for _, talk := range []string{"-1", "0", "", "four", "1e3", "18446744073709551616"} {
		for _, args := range [][]string{{"export", "--talk", talk}, {"import", "notes", notes, "--talk", talk}} {
			msg := mustFail(t, db, args...)
			if strings.Contains(msg, "strconv") || !strings.Contains(msg, fmt.Sprintf("--talk %q", talk)) || !strings.Contains(msg, "lanyard talks") {
				t.Errorf("lanyard %s --talk %q said %q; want the value quoted and where IDs are listed", args[0], talk, msg)
			}
		}
	}
	if after := mustLanyard(t, db, "export", "--talk", fmt.Sprint(ids["Shipping on Fridays"])); after != before {
		t.Errorf("the refused imports changed the talk's notes:\n%s", after)
	}
}

func TestExportTalkMustBeInTheEventAndDayGiven(t *testing.T) {
	db, ids := harbourWithNotes(t)
	importSecondEvent(t, db)
	talk := fmt.Sprint(ids["Shipping on Fridays"]) // on day 1 of Harbour Ops Days

	for _, args := range [][]string{
		{"--day", "2"},
		{"--day", "2026-03-04"},
		{"--event", "Gull Conf"},
		{"--event", "Harbour Ops Days", "--day", "2"},
	} {
		msg := mustFail(t, db, append([]string{"export", "--talk", talk}, args...)...)
		if !strings.Contains(msg, "--talk "+talk) || !strings.Contains(msg, args[len(args)-2]) || !strings.Contains(msg, "leave out") {
			t.Errorf("export --talk %s %v said %q; want where the talk is and what to change", talk, args, msg)
		}
	}
	want := mustLanyard(t, db, "export", "--talk", talk)
	for _, args := range [][]string{{"--day", "1"}, {"--event", "Harbour Ops Days"}, {"--event", "Harbour Ops Days", "--day", "2026-03-03"}} {
		if got := mustLanyard(t, db, append([]string{"export", "--talk", talk}, args...)...); got != want {
			t.Errorf("export --talk %s %v wrote\n%s\nwant the talk alone:\n%s", talk, args, got, want)
		}
	}
}
