package outline

import "strings"

// Text edits in the journal. A record keeps the bytes an edit removed and
// how many it put in their place, never the bullet's whole text, so that
// typing at the end of a long bullet costs the journal what was typed.
// Consecutive edits of one bullet's text that touch or overlap merge into
// one record, as a burst typed key by key is one change.

// Costs of records besides the text and rows they keep, in bytes: about
// what a record and a node take in memory.
const (
	recordBytes = 96
	nodeBytes   = 160
)

// replaceText replaces n.Text[from:to] with s, journaling the change.
func (o *Outline) replaceText(n *Node, from, to int, s string) {
	o.journal.recordText(n, from, to, s)
	n.Text = n.Text[:from] + s + n.Text[to:]
	o.touch(n)
}

// recordText records that n.Text[from:to] is about to be replaced by s. If
// the open step's last record is of n's text and the edit touches the span
// that record wrote, the record grows to cover both.
func (j *journal) recordText(n *Node, from, to int, s string) {
	r := j.last()
	if r == nil || r.op != opText || r.node != n || from > r.a+r.b || to < r.a {
		j.record(record{op: opText, node: n, a: from, b: len(s), text: strings.Clone(n.Text[from:to])})
		return
	}
	// r says n.Text[r.a:r.a+r.b] replaced r.text. The merged record
	// covers lo..hi of the text as it is now, which replaced r.text with
	// the bytes around it that this edit reaches.
	lo, hi := min(from, r.a), max(to, r.a+r.b)
	j.bytes -= r.size()
	r.text = n.Text[lo:r.a] + r.text + n.Text[r.a+r.b:hi]
	r.a, r.b = lo, hi-lo-(to-from)+len(s)
	j.bytes += r.size()
	j.trim()
}

// spliceText sets n.Text[from:to] to s and returns the bytes it replaced,
// copied so that the record keeping them does not keep the whole old text.
func spliceText(n *Node, from, to int, s string) string {
	old := strings.Clone(n.Text[from:to])
	n.Text = n.Text[:from] + s + n.Text[to:]
	return old
}

// diffSpan returns the span of a that b changes: a[from:to] replaced by
// b[from:len(b)-(len(a)-to)] gives b. A whole new text is a span from the
// first byte that differs to the last.
func diffSpan(a, b string) (from, to int) {
	for from < len(a) && from < len(b) && a[from] == b[from] {
		from++
	}
	to = len(a)
	for to > from && len(b)-(len(a)-to) > from && a[to-1] == b[len(b)-(len(a)-to)-1] {
		to--
	}
	return from, to
}

// size is about how many bytes r keeps in memory. A removal keeps its rows
// alive; an insertion's rows live in the outline, so only its slice counts.
func (r *record) size() int {
	switch r.op {
	case opText:
		return recordBytes + len(r.text)
	case opFields:
		return recordBytes + len(r.img.order)
	case opRemoved:
		return recordBytes + r.rowBytes
	case opInserted:
		return recordBytes + 8*len(r.rows)
	}
	return recordBytes
}

// rowsBytes is what rows keep in memory once nothing else holds them.
func rowsBytes(rows []*Node) int {
	total := 0
	for _, n := range rows {
		total += nodeBytes + len(n.Text) + len(n.Order)
	}
	return total
}
