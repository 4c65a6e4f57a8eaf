package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// findTalk returns the talk with the given UID.
func findTalk(t *testing.T, res schedule.Parsed, uid string) schedule.Talk {
	t.Helper()
	talk, _ := readertest.Find(t, res, readertest.Sourced(uid))
	return talk
}

// TestJRES2022: TZID=Europe/Paris with no VTIMEZONE, CHARSET parameters,
// 900-byte lines, CR CR LF line ends and a fold inside a UTF-8 character.
func TestJRES2022(t *testing.T) {
	data := readertest.RealFile(t, "giggity__jres_2022.ics")
	res, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "jres_2022.ics"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 120 || res.Zone != "Europe/Paris" || res.Title != "JRES 2021/22" || len(res.Days) != 4 {
		t.Fatalf("talks %d zone %q title %q days %d", res.Talks, res.Zone, res.Title, len(res.Days))
	}
	for i, n := range []int{21, 46, 46, 7} {
		if len(res.Days[i].Talks) != n {
			t.Errorf("%s: %d talks, want %d", res.Days[i].Date, len(res.Days[i].Talks), n)
		}
	}
	paris := readertest.MustZone(t, "Europe/Paris")
	first := res.Days[0].Talks[0]
	if got := readertest.Row(first, paris); res.Days[0].Date != "2022-05-17" ||
		got != "11:00-12:30 Accueil Parc Chanot | Accueil congressistes |  |  | break | presentation_94@conf-ng.jres.org" ||
		!first.Start.Equal(time.Date(2022, 5, 17, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("first = %q at %v", got, first.Start)
	}
	if got := readertest.Row(findTalk(t, res, "presentation_129@conf-ng.jres.org"), paris); !strings.HasPrefix(got,
		"14:00-16:00 Amphithéâtre 1600 | 182 - Numérique : Enjeux géopolitiques, externalités environnementales et chaînes de dépendance |") {
		t.Errorf("presentation 129 = %q", got)
	}
	// Not speakers: "206 - Référentiel des espaces et des locaux - REEL".
	if talk := findTalk(t, res, "presentation_200@conf-ng.jres.org"); len(talk.Speakers) != 0 || !strings.HasSuffix(talk.Title, " - REEL") {
		t.Errorf("presentation 200 = %q by %q", talk.Title, talk.Speakers)
	}
	if got := readertest.Row(findTalk(t, res, "presentation_93@conf-ng.jres.org"), paris); got != "16:00-16:30 Espaces Pauses | Pause |  |  | break | presentation_93@conf-ng.jres.org" {
		t.Errorf("pause = %q", got)
	}
	// The description keeps its paragraphs; the file gives no URL.
	if a := findTalk(t, res, "presentation_129@conf-ng.jres.org").About; a == nil || a.URL != "" ||
		!strings.HasPrefix(a.Abstract, "Les interdépendances du monde numérique commencent par les territoires") ||
		!strings.Contains(a.Abstract, "\nEt, aujourd'hui, aucun acteur") {
		t.Errorf("presentation 129: %#v", a)
	}
}

// TestJRES2022SplitCharacter: the description of presentation 209 is
// folded between the bytes of "’"; unfolded first, it reads whole.
func TestJRES2022SplitCharacter(t *testing.T) {
	data := readertest.RealFile(t, "giggity__jres_2022.ics")
	for _, l := range unfold(data) {
		if bytes.Contains(l.text, []byte("sans effort sur différents systèmes d")) {
			if !utf8.Valid(l.text) || !bytes.Contains(l.text, []byte("systèmes d’exploitation.")) {
				t.Errorf("line %d garbled: %q", l.num, l.text[len(l.text)-200:])
			}
			return
		}
	}
	t.Error("description of presentation 209 not found")
}

// TestLinuxConfAu2020: TZID=Australia/Brisbane without VTIMEZONE,
// X-WR-TIMEZONE, HTML in DESCRIPTION, events with no LOCATION, speakers
// in the description's first line.
func TestLinuxConfAu2020(t *testing.T) {
	data := readertest.RealFile(t, "giggity__linux_conf_au_2020.ics")
	res, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "lca2020.ics"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks != 262 || res.Zone != "Australia/Brisbane" || len(res.Days) != 6 {
		t.Fatalf("talks %d zone %q days %d", res.Talks, res.Zone, len(res.Days))
	}
	for i, n := range []int{2, 73, 70, 43, 43, 31} {
		if len(res.Days[i].Talks) != n {
			t.Errorf("%s: %d talks, want %d", res.Days[i].Date, len(res.Days[i].Talks), n)
		}
	}
	brisbane := readertest.MustZone(t, "Australia/Brisbane")
	opening := findTalk(t, res, "104@lca2020.linux.org.au")
	if got := readertest.Row(opening, brisbane); got != "09:00-10:10 Arena | Conference Opening | Joel Addison |  | talk | 104@lca2020.linux.org.au" ||
		!opening.Start.Equal(time.Date(2020, 1, 12, 23, 0, 0, 0, time.UTC)) {
		t.Errorf("opening = %q at %v", got, opening.Start)
	}
	if got := readertest.Row(findTalk(t, res, "235@lca2020.linux.org.au"), brisbane); got != "08:00-09:00  | Main Conference: plenary |  |  | talk | 235@lca2020.linux.org.au" {
		t.Errorf("registration = %q", got)
	}
	if got := readertest.Row(findTalk(t, res, "105@lca2020.linux.org.au"), brisbane); got != "10:10-10:45  | Main Conference: morning tea |  |  | break | 105@lca2020.linux.org.au" {
		t.Errorf("morning tea = %q", got)
	}
	// The speakers' line is read as speakers, not kept as text.
	welcome := findTalk(t, res, "94@lca2020.linux.org.au")
	if a := welcome.About; a == nil || a.Abstract != "Opening Remarks and Housekeeping" || a.URL != "http://lca2020.linux.org.au/schedule/presentation/221/" {
		t.Errorf("welcome: %#v", a)
	}
	// HTML becomes text, its links resolved against the event's URL.
	breakfast := findTalk(t, res, "201@lca2020.linux.org.au")
	want := "Women of Open Technology Breakfast (http://lca2020.linux.org.au/programme/events/#woot-breakfast), Presented by ThoughtWorks\n\n" +
		"Only for attendees with a ticket.\n\nGold Coast Convention and Exhibition Centre, Room 5"
	if a := breakfast.About; a == nil || a.Abstract != want {
		t.Errorf("breakfast: %#v", a)
	}
}
