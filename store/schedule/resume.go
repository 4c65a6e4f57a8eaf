package schedule

// Resume is where the user was in an event, which starting lanyard again
// returns to: the talk written in last (while it is still on; else the
// on-now rule chooses), the bullet edited last in it, and the schedule's
// filter. The zero Resume remembers nothing.
type Resume struct {
	// Talk is the talk or parallel item the user wrote in last, 0 for
	// none.
	Talk uint64 `json:"talk,omitempty"`
	// Node is the bullet of Talk edited last, and Offset where in its text
	// (in bytes) the cursor was; 0 for none.
	Node   uint64 `json:"node,omitempty"`
	Offset int    `json:"offset,omitempty"`
	// Filter is the schedule's filter as the schedule pane writes it
	// down, "" for every talk.
	Filter string `json:"filter,omitempty"`
}
