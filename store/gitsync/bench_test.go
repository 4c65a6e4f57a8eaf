package gitsync

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkSyncOneChangeIn1000Files measures a sync of a form of 1,000
// files with one changed, the remote one commit ahead (so the merge-base
// and remote forms are read and merged too). own-cpu-ms/op is lanyard's
// own CPU time, git's processes left out: the part lanyard can make
// faster. ns/op is the whole, git included.
func BenchmarkSyncOneChangeIn1000Files(b *testing.B) {
	w := newWorld(b)
	a, other := w.clone("a"), w.clone("other")
	nb := newToy(benchForm(1000))
	nbOther := newToy(nil)
	w.sync(a, nb)
	w.sync(other, nbOther)
	var own time.Duration
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		nbOther.set(fmt.Sprintf("event/talk-%04d.md", (i*7+1)%1000), fmt.Sprintf("edited elsewhere %d\n", i))
		w.sync(other, nbOther)
		nb.set(fmt.Sprintf("event/talk-%04d.md", (i*7)%1000), fmt.Sprintf("edited here %d\n", i))
		b.StartTimer()
		start := cpuTime()
		w.sync(a, nb)
		own += cpuTime() - start
	}
	b.ReportMetric(float64(own.Microseconds())/1000/float64(b.N), "own-cpu-ms/op")
}

func benchForm(n int) map[string]string {
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("event/talk-%04d.md", i)] = fmt.Sprintf("- bullet one of talk %d\n  - a nested bullet with some words in it\n- bullet two\n", i)
	}
	return files
}
