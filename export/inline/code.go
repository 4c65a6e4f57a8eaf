package inline

// backticks are the runs of backticks in a text, found once per pass so
// that finding each run's closer costs no walk over the text: a text of
// thousands of unclosed runs is read in time in proportion to it.
type backticks struct {
	runs []tickRun
	// index maps a run's first byte to its place in runs.
	index map[int]int
}

// tickRun is a run of n backticks at pos; next is the next run as long,
// -1 when none follows.
type tickRun struct{ pos, n, next int }

func findBackticks(s string) backticks {
	var b backticks
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '`' {
			j++
		}
		b.runs = append(b.runs, tickRun{pos: i, n: j - i, next: -1})
		i = j
	}
	if len(b.runs) == 0 {
		return b
	}
	b.index = make(map[int]int, len(b.runs))
	last := map[int]int{} // run length -> the latest run seen walking back
	for k := len(b.runs) - 1; k >= 0; k-- {
		r := &b.runs[k]
		b.index[r.pos] = k
		if next, ok := last[r.n]; ok {
			r.next = next
		}
		last[r.n] = k
	}
	return b
}

// at returns the run that starts at i.
func (b backticks) at(i int) (int, bool) {
	k, ok := b.index[i]
	return k, ok
}

// closing returns the end of the code span opened by run k: just after
// the next run as long.
func (b backticks) closing(k int) (int, bool) {
	next := b.runs[k].next
	if next < 0 {
		return 0, false
	}
	r := b.runs[next]
	return r.pos + r.n, true
}
