package outline

import "lanyard/store/fold"

// Search returns the rows whose text contains query ignoring case, in
// order, by lanyard's one rule for it (package fold: "É" finds "é", "K"
// finds the Kelvin sign). An empty query finds nothing. Hits may be hidden
// in folded bullets; Reveal brings one into sight.
func (o *Outline) Search(query string) []int {
	q := fold.NewQuery(query)
	if q.Empty() {
		return nil
	}
	var rows []int
	for i, n := range o.rows {
		if q.In(n.Text) {
			rows = append(rows, i)
		}
	}
	return rows
}
