package pentabarf

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"lanyard/export/internal/readertest"
	"lanyard/store/schedule"
)

// benchSchedule writes a frab XML schedule of two days in 40 rooms with
// 13 events per room a day (1,040 events), each with an HTML abstract the
// reader turns into text.
func benchSchedule(b *testing.B) []byte {
	b.Helper()
	loc := readertest.MustZone(b, "Europe/Berlin")
	var buf bytes.Buffer
	buf.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n  <conference>\n    <title>Bench</title>\n" +
		"    <time_zone_name>Europe/Berlin</time_zone_name>\n  </conference>\n")
	id := 0
	for d := 0; d < 2; d++ {
		date := time.Date(2030, 8, 1+d, 0, 0, 0, 0, loc)
		fmt.Fprintf(&buf, "  <day index=\"%d\" date=\"%s\">\n", d+1, date.Format("2006-01-02"))
		for r := 0; r < 40; r++ {
			fmt.Fprintf(&buf, "    <room name=\"Room %02d\">\n", r)
			for s := 0; s < 13; s++ {
				id++
				start := date.Add(time.Duration(10*60+s*75) * time.Minute)
				fmt.Fprintf(&buf, `      <event guid="00000000-0000-4000-8000-%012d" id="%d">
        <date>%s</date>
        <start>%s</start>
        <duration>01:00</duration>
        <room>Room %02d</room>
        <title>Talk %d about things &amp;amp; stuff</title>
        <track>Track</track>
        <type>lecture</type>
        <abstract>A paragraph of &lt;p&gt;abstract&lt;/p&gt; text that the reader keeps.</abstract>
        <persons><person id="%d">Speaker Name</person><person id="%d">Other Person</person></persons>
      </event>
`, id, id, start.Format(time.RFC3339), start.Format("15:04"), r, id, id, id+1)
			}
			buf.WriteString("    </room>\n")
		}
		buf.WriteString("  </day>\n")
	}
	buf.WriteString("</schedule>\n")
	return buf.Bytes()
}

func BenchmarkParse(b *testing.B) {
	data := benchSchedule(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "bench.xml"})
		if err != nil {
			b.Fatal(err)
		}
		if res.Talks != 1040 || len(res.Days) != 2 {
			b.Fatalf("talks = %d, days = %d", res.Talks, len(res.Days))
		}
	}
}

// BenchmarkParseFOSDEM2024 reads the biggest real schedule at hand, whose
// abstracts, descriptions and links are HTML the reader turns into text.
func BenchmarkParseFOSDEM2024(b *testing.B) {
	data := readertest.RealFile(b, "mttcrsp-fosdem__2024.xml")
	brussels := readertest.MustZone(b, "Europe/Brussels")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(bytes.NewReader(data), schedule.ReadOptions{Name: "fosdem2024.xml", Location: brussels})
		if err != nil {
			b.Fatal(err)
		}
		if res.Talks != 674 {
			b.Fatalf("talks = %d", res.Talks)
		}
	}
}
