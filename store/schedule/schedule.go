// Package schedule is the conference schedule as lanyard keeps it: an event
// with its venue time zone, its days, and the talks of each day. It is plain
// data with no storage or terminal in it; store persists it, the readers in
// export build it, and tui draws it.
package schedule

import "time"

// Kind says what sort of slot a talk is, which decides how it is drawn and
// exported.
type Kind string

const (
	// KindTalk is a talk, keynote or other session someone presents.
	KindTalk Kind = "talk"
	// KindBreak is a break, lunch, registration or reception: dimmed in the
	// schedule and left out of exports unless it has notes.
	KindBreak Kind = "break"
	// KindSlot is a slot that holds parallel items (ignites, open-space
	// rooms); the items are in Talk.Items.
	KindSlot Kind = "slot"
	// KindPlenary is an organisational slot such as an opening or a close.
	KindPlenary Kind = "plenary"
	// KindPage is a free page the user started (a hallway chat, an open
	// space chosen at the venue); it has a start but usually no end.
	KindPage Kind = "page"
)

// DateLayout is how a Day's Date is written.
const DateLayout = "2006-01-02"

// Event is one conference.
type Event struct {
	ID   uint64 `json:"id"`
	Name string `json:"name"`
	// TZ is the venue's IANA time zone name ("Europe/London"); every time
	// shown is in this zone whatever the laptop's zone is.
	TZ   string `json:"tz"`
	Days []Day  `json:"days"`
}

// Day is one conference day, in venue time.
type Day struct {
	// Date is the day in venue time, as DateLayout.
	Date string `json:"date"`
	// Talks are sorted by start time.
	Talks []Talk `json:"talks"`
}

// Talk is one slot of a day's schedule.
type Talk struct {
	// ID is unique in the notebook and stable across re-imports; it names
	// the talk's outline. Zero until the store assigns one.
	ID       uint64    `json:"id"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end,omitempty"`
	Title    string    `json:"title"`
	Speakers []string  `json:"speakers,omitempty"`
	Room     string    `json:"room,omitempty"`
	// Track is the theme the schedule files the talk under, if any.
	Track string `json:"track,omitempty"`
	Kind  Kind   `json:"kind"`
	// Attended marks the item the user went to (a leading `*` in a text
	// schedule).
	Attended bool `json:"attended,omitempty"`
	// Items are the parallel items inside a KindSlot: ignite talks or
	// open-space rooms. They share the slot's times; each has its own ID
	// and outline.
	Items []Talk `json:"items,omitempty"`
	// SourceID is the identifier the schedule's source gave the talk (an
	// iCalendar UID, a frab GUID), used to match talks on re-import.
	SourceID string `json:"source_id,omitempty"`
	// Dropped marks a talk that a re-import no longer found; it is kept
	// because it has notes.
	Dropped bool `json:"dropped,omitempty"`
	// Manual marks a talk the user added or corrected in lanyard; a
	// re-import never drops it.
	Manual bool `json:"manual,omitempty"`
	// WatchLater marks a talk the user means to watch as a recording
	// instead of attending; the post's follow-ups list it.
	WatchLater bool `json:"watch_later,omitempty"`
	// About is what a reader found about the talk. The store keeps it in
	// its own record, never in the event's, so a Talk read back from the
	// store has it nil: ask Notebook.About for it.
	About *About `json:"-"`
}
