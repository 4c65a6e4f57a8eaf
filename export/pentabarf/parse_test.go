package pentabarf

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"lanyard/export/internal/fields"
	"lanyard/export/internal/readertest"
	"lanyard/export/internal/richtext"
	"lanyard/store/schedule"
)

// TestFullForm: frab's full form with dates that carry their offsets, a
// change to summer time between the days, and a set after midnight that
// continues the first day.
func TestFullForm(t *testing.T) {
	berlin := readertest.MustZone(t, "Europe/Berlin")
	res := readertest.ParseFile(t, Parse, "full.xml", time.UTC)
	if res.Title != "Tinkerers & Makers Congress" || res.Zone != "Europe/Berlin" || res.Talks != 7 {
		t.Fatalf("title %q zone %q talks %d", res.Title, res.Zone, res.Talks)
	}
	checkDays(t, res, berlin, map[string][]string{
		"2030-03-30": {
			"03-30 10:00-10:30 Hall Quartz | Opening |  | Meta | plenary | a1a1a1a1-0000-4000-8000-000000000001",
			"03-30 10:30-11:15 Hall Quartz | Soldering without tears | Mira Okonkwo, Teodor Lind | Hardware | talk | a1a1a1a1-0000-4000-8000-000000000002",
			"03-30 10:30-12:00 Workshop Basalt | Build a Lamp | Ana Pires | Hardware | talk | a1a1a1a1-0000-4000-8000-000000000004",
			"03-30 12:00-13:00 Workshop Basalt | Noodles |  |  | break | a1a1a1a1-0000-4000-8000-000000000005",
			"03-31 01:30-03:30 Hall Quartz | Midnight Chiptune Set | DJ Ferrite | Art | talk | a1a1a1a1-0000-4000-8000-000000000003",
		},
		"2030-03-31": {
			"03-31 11:00-11:30 Hall Quartz | Lightning Round | Teodor Lind | Meta | talk | a1a1a1a1-0000-4000-8000-000000000007",
			"03-31 11:00-11:45 Workshop Basalt | Repair Café | Ana Pires | Hardware | talk | a1a1a1a1-0000-4000-8000-000000000006",
		},
	}, []string{"2030-03-30", "2030-03-31"})
	// The hour of the set is the winter one its offset says, and the
	// clocks go forward during it: it ends at 03:30 summer time.
	set := res.Days[0].Talks[4]
	if !set.Start.Equal(time.Date(2030, 3, 31, 0, 30, 0, 0, time.UTC)) || set.End.Sub(set.Start) != time.Hour {
		t.Errorf("set runs %v to %v", set.Start, set.End)
	}
}

// TestThinForm: FOSDEM's form gives no dates, no zone and no GUIDs; the
// caller's zone places the talks and rooms keep the order the file first
// names them.
func TestThinForm(t *testing.T) {
	brussels := readertest.MustZone(t, "Europe/Brussels")
	res := readertest.ParseFile(t, Parse, "thin.xml", brussels)
	if res.Zone != "" || res.Title != "Free Code Weekend" || res.Talks != 5 {
		t.Fatalf("zone %q title %q talks %d", res.Zone, res.Title, res.Talks)
	}
	checkDays(t, res, brussels, map[string][]string{
		"2031-02-01": {
			"02-01 09:30-09:55 Aula | Welcome to FCW | Ines Vidal | Keynotes | talk | 11",
			"02-01 10:00-10:50 Aula | Compilers for Gardeners | Hugo Brandt | Keynotes | talk | 12",
			"02-01 10:00-10:20 K.3.201 | Tiny Parsers | Lea Moreau, Piet Claes | Languages devroom | talk | 13",
		},
		"2031-02-02": {
			"02-02 09:00-09:15 Aula | Lunch break queue tips | Ines Vidal | Keynotes | talk | 22",
			"02-02 09:00-09:30 K.3.201 | Closing the Loop | Lea Moreau | Languages devroom | talk | 21",
		},
	}, []string{"2031-02-01", "2031-02-02"})
	if got := res.Days[0].Talks[0].Start; !got.Equal(time.Date(2031, 2, 1, 8, 30, 0, 0, time.UTC)) {
		t.Errorf("first talk starts %v, want 08:30 UTC", got)
	}
}

// TestAfterMidnight: with no dates and no day_change, a start before 04:00
// is the next morning of the day it is listed under, and stays on it.
func TestAfterMidnight(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "late.xml", nil)
	checkDays(t, res, time.UTC, map[string][]string{
		"2031-07-04": {
			"07-04 20:00-20:30 Cellar | Dinner |  |  | break | 3",
			"07-04 23:30-00:30 Cellar | Late Karaoke |  |  | talk | 1",
			"07-05 01:30-02:00 Cellar | Sleepy Lightning Talks | Owl Person |  | talk | 2",
		},
		"2031-07-05": {"07-05 10:00-10:30 Cellar | Morning After | Early Bird |  | talk | 4"},
	}, []string{"2031-07-04", "2031-07-05"})
}

// TestOldForm: FOSDEM 2007's form puts events straight under the day and
// names the room in each event.
func TestOldForm(t *testing.T) {
	brussels := readertest.MustZone(t, "Europe/Brussels")
	res := readertest.ParseFile(t, Parse, "old.xml", brussels)
	checkDays(t, res, brussels, map[string][]string{
		"2008-02-23": {
			"02-23 10:00-11:00 H.1301 | Packaging 101 | Rita Souza | Distributions | talk | 5",
			"02-23 15:00-15:45 Chavanne | Window Managers Today | Karl Høgsted | Desktop | talk | 0",
			"02-23 15:00-15:30 H.1301 | Package Signing | Rita Souza | Distributions | talk | 6",
		},
		"2008-02-24": {"02-24 11:00-11:45 Chavanne | Kernel Roadmap | Jonas Berg | Kernel | talk | 9"},
	}, []string{"2008-02-23", "2008-02-24"})
}

// TestWaferForm: wafer lists days by their UTC date, a day early for a
// venue east of UTC; each talk belongs to the venue's date of its instant,
// and a party at 01:30 continues the evening before.
func TestWaferForm(t *testing.T) {
	kolkata := readertest.MustZone(t, "Asia/Kolkata")
	res := readertest.ParseFile(t, Parse, "wafer.xml", time.UTC)
	if res.Zone != "Asia/Kolkata" || res.Title != "DistroCamp 31" {
		t.Fatalf("zone %q title %q", res.Zone, res.Title)
	}
	checkDays(t, res, kolkata, map[string][]string{
		"2031-11-03": {
			"11-03 07:00-09:00 Nilgiri | Breakfast |  |  | break | b2b2b2b2-0000-4000-8000-000000000040",
			"11-03 10:30-11:15 Nilgiri | Reproducible Builds in Practice | Kavya Menon | Packaging | talk | b2b2b2b2-0000-4000-8000-000000000041",
			"11-03 10:30-10:50 Shevaroy | Onboarding New Contributors | Arjun Rao, Meera Iyer | Community | talk | b2b2b2b2-0000-4000-8000-000000000043",
			"11-04 01:30-02:30 Nilgiri | Cheese and Wine Party |  |  | break | b2b2b2b2-0000-4000-8000-000000000042",
		},
		"2031-11-04": {
			"11-04 09:00-09:45 Shevaroy | Keyring Maintenance BoF | Arjun Rao |  | talk | b2b2b2b2-0000-4000-8000-000000000050",
		},
	}, []string{"2031-11-03", "2031-11-04"})
}

// TestBrokenFiles: each broken file fails with the file, the line and the
// event named, and no partial result.
func TestBrokenFiles(t *testing.T) {
	for _, tc := range []struct {
		file   string
		target error
		says   []string
	}{
		{"truncated.xml", io.ErrUnexpectedEOF, []string{"truncated.xml: line 7:", "file ends inside the schedule"}},
		{"wrong-root.xml", ErrNotSchedule, []string{"wrong-root.xml: line 2:", "<rss>"}},
		{"absurd-duration.xml", fields.ErrBadDuration, []string{"absurd-duration.xml: line 7: event 77 \"Forever Talk\"", "6944:11:40"}},
		{"missing-start.xml", fields.ErrMissing, []string{"missing-start.xml: line 9: event 2 \"When Though\"", "start"}},
	} {
		res, err := parseErr(t, tc.file, nil)
		if err == nil {
			t.Errorf("%s: no error", tc.file)
			continue
		}
		if tc.target != nil && !errors.Is(err, tc.target) {
			t.Errorf("%s: %v is not %v", tc.file, err, tc.target)
		}
		for _, s := range tc.says {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%s: error %q does not say %q", tc.file, err, s)
			}
		}
		if res.Talks != 0 || res.Days != nil || res.Title != "" {
			t.Errorf("%s: partial result %+v", tc.file, res)
		}
	}
}

func TestBrokenInline(t *testing.T) {
	ev := func(body string) string {
		return `<schedule><day date="2030-01-01"><room name="A"><event id="5">` + body + `</event></room></day></schedule>`
	}
	for _, tc := range []struct {
		name, xml string
		target    error
		says      string
	}{
		{"empty", "", ErrNotSchedule, "no root element"},
		{"no events", `<schedule><conference><title>x</title></conference></schedule>`, ErrNoEvents, "no events"},
		{"no title", ev(`<start>10:00</start><duration>00:10</duration><title> </title>`), fields.ErrMissing, "event 5: missing field: title"},
		{"bad start", ev(`<start>25:00</start><title>T</title>`), fields.ErrBadTime, `"25:00"`},
		{"bad date", ev(`<date>tomorrow</date><start>10:00</start><title>T</title>`), fields.ErrBadTime, `"tomorrow"`},
		{"bad duration", ev(`<start>10:00</start><duration>1h</duration><title>T</title>`), fields.ErrBadDuration, `"1h"`},
		// "-00:30" was read as half an hour, as Atoi reads "-00" as 0.
		{"negative duration", ev(`<start>10:00</start><duration>-00:30</duration><title>T</title>`), fields.ErrBadDuration,
			`line 1: event 5 "T": duration: invalid duration "-00:30": a talk cannot last less than nothing`},
		{"day without date", `<schedule><day><room name="A"><event id="1"><start>10:00</start><title>T</title></event></room></day></schedule>`, fields.ErrMissing, "day's date"},
		{"bad day date", `<schedule><day date="2030-13-01"></day></schedule>`, fields.ErrBadTime, "2030-13-01"},
		{"bad day_change", `<schedule><conference><day_change>nine</day_change></conference>` + ev(`<start>10:00</start><title>T</title>`)[len("<schedule>"):], fields.ErrBadTime, "day_change"},
		{"unclosed", `<schedule><day date="2030-01-01">`, io.ErrUnexpectedEOF, "unexpected EOF"},
	} {
		res, err := Parse(strings.NewReader(tc.xml), schedule.ReadOptions{Name: "inline.xml"})
		if !errors.Is(err, tc.target) || !strings.Contains(err.Error(), tc.says) || !strings.HasPrefix(err.Error(), "inline.xml: ") {
			t.Errorf("%s: error %v, want %v saying %q", tc.name, err, tc.target, tc.says)
		}
		if res.Talks != 0 || res.Days != nil {
			t.Errorf("%s: partial result %+v", tc.name, res)
		}
	}
}

// TestHTMLEntities: hand-written templates use HTML entities XML lacks.
func TestHTMLEntities(t *testing.T) {
	in := `<schedule><day date="2030-01-01"><room name="A&amp;B"><event id="1"><start>10:00</start>` +
		`<title>Caf&eacute;&nbsp;Talk &lt;b&gt;live&lt;/b&gt;</title><persons><person>&amp;#x1b;]0;pwned&amp;#7;Eve</person></persons></event></room></day></schedule>`
	res, err := Parse(strings.NewReader(in), schedule.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	talk := res.Days[0].Talks[0]
	if talk.Title != "Café Talk live" || talk.Room != "A&B" || len(talk.Speakers) != 1 || talk.Speakers[0] != "Eve" {
		t.Errorf("talk = %+v", talk)
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		head string
		want bool
	}{
		{"<?xml version=\"1.0\"?>\n<schedule>\n<conference>", true},
		{"\xef\xbb\xbf  <schedule version=\"1\">", true},
		{"<?xml version=\"1.0\"?><!-- <schedules> --><schedule/>", true},
		{"<?xml version=\"1.0\"?><rss><channel>", false},
		{"{\"schedule\": {}}", false},
		{"BEGIN:VCALENDAR", false},
		{"<schedules>", false},
	} {
		if got := Sniff([]byte(tc.head)); got != tc.want {
			t.Errorf("Sniff(%q) = %v, want %v", tc.head, got, tc.want)
		}
	}
}

// TestEarlyTalkWithLateDayChange: FOSDEM's day_change 09:00 is when the
// doors open; a talk listed at 08:30 is that morning's, not the next.
func TestEarlyTalkWithLateDayChange(t *testing.T) {
	brussels := readertest.MustZone(t, "Europe/Brussels")
	doc := `<schedule><conference><title>Early</title><day_change>09:00</day_change></conference>
<day index="1" date="2031-02-01"><room name="Aula"><event id="1"><start>08:30</start><duration>00:25</duration>
<room>Aula</room><title>Breakfast with the maintainers</title><persons><person id="1">Ada Lind</person></persons></event></room></day></schedule>`
	res, err := Parse(strings.NewReader(doc), schedule.ReadOptions{Name: "early.xml", Location: brussels})
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2031, 2, 1, 8, 30, 0, 0, brussels)
	if got := res.Days[0].Talks[0].Start; res.Days[0].Date != "2031-02-01" || !got.Equal(want) {
		t.Errorf("talk on %s at %v, want 2031-02-01 at %v", res.Days[0].Date, got, want)
	}
}

// TestUnknownZoneIsNamed: a <time_zone_name> the machine does not know is
// refused, naming it and the line, unless the user gave the zone.
func TestUnknownZoneIsNamed(t *testing.T) {
	doc := `<schedule>
<conference><title>Far</title><time_zone_name>Mars/Olympus_Mons</time_zone_name></conference>
<day index="1" date="2031-02-01"><room name="Aula"><event id="1"><start>10:00</start><duration>00:25</duration>
<room>Aula</room><title>Dust storms</title></event></room></day></schedule>`
	machine := readertest.MustZone(t, "Europe/Brussels")
	_, err := Parse(strings.NewReader(doc), schedule.ReadOptions{Name: "far.xml", Location: machine})
	if err == nil || !strings.Contains(err.Error(), `far.xml: line 2: unknown time zone "Mars/Olympus_Mons"`) || !strings.Contains(err.Error(), "--tz") {
		t.Fatalf("err = %v, want the unknown zone named with its line and --tz", err)
	}
	lima := readertest.MustZone(t, "America/Lima")
	res, err := Parse(strings.NewReader(doc), schedule.ReadOptions{Name: "far.xml", Location: lima, ZoneGiven: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Days[0].Talks[0].Start, time.Date(2031, 2, 1, 10, 0, 0, 0, lima); !got.Equal(want) {
		t.Errorf("with --tz the talk starts at %v, want %v", got, want)
	}
}

// TestAbout: a talk keeps its subtitle, language, abstract and description
// as text (HTML read, scripts and escapes gone), its page, and its links
// and attachments, titled, with unsafe addresses and repeats left out; a
// talk whose file says nothing about it has no About.
func TestAbout(t *testing.T) {
	res := readertest.ParseFile(t, Parse, "about.xml", time.UTC)
	talk, _ := findTalk(t, res, "b2b2b2b2-0000-4000-8000-000000000001")
	if talk.About == nil {
		t.Fatal("no About")
	}
	want := schedule.About{
		Subtitle:    "Predicting water & when to sail",
		Language:    "en",
		Abstract:    "Harmonic constituents, explained with a live demo (https://tides.example.org/).\n\nYou will learn:\n\n- what M2 is\n- why ports differ",
		Description: "Line one\nline two clean",
		URL:         "https://hosd.example.org/2031/talk/201/",
		Links: []schedule.Link{
			{Title: "Slides (PDF)", URL: "https://hosd.example.org/2031/att/tides.pdf"},
			{Title: "paper", URL: "https://hosd.example.org/2031/talk/201/att/paper.pdf"},
			{Title: "Source code", URL: "https://github.com/example/tides"},
			{Title: "video.example.org", URL: "https://video.example.org/hosd31/201"},
		},
	}
	if !talk.About.Equal(want) {
		t.Errorf("About:\n got %#v\nwant %#v", *talk.About, want)
	}
	lunch, _ := findTalk(t, res, "b2b2b2b2-0000-4000-8000-000000000002")
	if lunch.About != nil {
		t.Errorf("Lunch says something: %#v", *lunch.About)
	}
}

// TestHugeAbout: a 10 MB abstract and 100,000 links make a talk with a
// text cut at richtext.MaxText and richtext.MaxLinks links, not a flood.
func TestHugeAbout(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<schedule><conference><time_zone_name>UTC</time_zone_name></conference><day date="2031-01-01"><room name="R"><event id="1">` +
		`<start>10:00</start><duration>00:30</duration><title>Big</title><abstract>`)
	for b.Len() < 10<<20 {
		b.WriteString("&lt;p&gt;words and more words&lt;/p&gt; ")
	}
	b.WriteString(`</abstract><links>`)
	for i := range 100_000 {
		fmt.Fprintf(&b, `<link href="https://example.org/%d">link %d</link>`, i, i)
	}
	b.WriteString(`</links></event></room></day></schedule>`)
	res, err := Parse(strings.NewReader(b.String()), schedule.ReadOptions{Name: "big.xml"})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Days[0].Talks[0].About
	if a == nil || len(a.Abstract) > richtext.MaxText || !strings.HasSuffix(a.Abstract, "…") || len(a.Links) != richtext.MaxLinks {
		t.Fatalf("abstract %d bytes, %d links", len(a.Abstract), len(a.Links))
	}
}
