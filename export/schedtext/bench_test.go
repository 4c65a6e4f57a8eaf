package schedtext

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"lanyard/store/schedule"
)

// benchSchedule writes a text schedule of n slots over as many days as it
// takes, with commentary after each talk and ignites every tenth slot.
func benchSchedule(n int) string {
	var b strings.Builder
	const perDay = 20
	for i := 0; i < n; i++ {
		if i%perDay == 0 {
			day := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/perDay)
			fmt.Fprintf(&b, "\n%s\n", day.Format("Monday 2 January 2006"))
		}
		start := 8*60 + (i%perDay)*30
		fmt.Fprintf(&b, "%02d:%02d – %02d:%02d ", start/60, start%60, (start+30)/60, (start+30)%60)
		if i%10 == 9 {
			b.WriteString("Ignites\nAna Ruiz – Small Talk One\n*Bo Chen – Small Talk Two @bo “quote” https://example.org\n")
			continue
		}
		fmt.Fprintf(&b, "Speaker Number%c, Other Person – Talk %d about things\n", 'A'+rune(i%26), i)
		b.WriteString("the author wrote a line of notes here – with a dash and a https://example.org/link\n\n")
	}
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	text := benchSchedule(1000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Parse(strings.NewReader(text), schedule.ReadOptions{Name: "bench.txt", Location: time.UTC})
		if err != nil {
			b.Fatal(err)
		}
		if res.Talks != 1200 {
			b.Fatalf("talks = %d, want 1200", res.Talks)
		}
	}
}
