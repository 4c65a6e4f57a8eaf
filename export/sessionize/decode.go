package sessionize

import (
	"bytes"
	"encoding/json"
	"strings"
)

// allView is the Sessionize "All" view (/view/All): every session, speaker,
// room and category once, joined by id.
type allView struct {
	Sessions   *[]session `json:"sessions"`
	Speakers   []person   `json:"speakers"`
	Rooms      []room     `json:"rooms"`
	Categories []category `json:"categories"`
}

// group is one element of the array views: a group of the "Sessions" view
// ({groupName, sessions}) or a day of the "GridSmart" view ({date, rooms:
// [{id, name, sessions}]}).
type group struct {
	Sessions []session `json:"sessions"`
	Rooms    []struct {
		room
		Sessions []session `json:"sessions"`
	} `json:"rooms"`
}

// session is a session as any view gives it. The All view names speakers
// and category items by id; the array views embed them.
type session struct {
	ID               flexID       `json:"id"`
	Title            string       `json:"title"`
	StartsAt         *string      `json:"startsAt"`
	EndsAt           *string      `json:"endsAt"`
	IsServiceSession bool         `json:"isServiceSession"`
	IsPlenumSession  bool         `json:"isPlenumSession"`
	Speakers         []speakerRef `json:"speakers"`
	CategoryItems    []flexID     `json:"categoryItems"`
	Categories       []struct {
		Name  string `json:"name"`
		Items []item `json:"categoryItems"`
	} `json:"categories"`
	RoomID flexID `json:"roomId"`
	Room   string `json:"room"`
	// What the session is about, and where to watch it.
	Description  flexText `json:"description"`
	LiveURL      flexText `json:"liveUrl"`
	RecordingURL flexText `json:"recordingUrl"`
	URL          flexText `json:"url"`
}

// flexText is a text field that may be null, or of another type in a
// hand-edited file: those read as "", since a session's description is
// never worth failing an import over.
type flexText string

func (f *flexText) UnmarshalJSON(data []byte) error {
	var s string
	if json.Unmarshal(data, &s) == nil {
		*f = flexText(s)
	}
	return nil
}

// person is an entry of the All view's speakers list.
type person struct {
	ID        flexID `json:"id"`
	FullName  string `json:"fullName"`
	FirstName string `json:"firstName"`
	LastName  string `json:"lastName"`
}

// name is the speaker's name as the programme shows it.
func (p person) name() string {
	if strings.TrimSpace(p.FullName) != "" {
		return p.FullName
	}
	return strings.TrimSpace(p.FirstName + " " + p.LastName)
}

type room struct {
	ID   flexID `json:"id"`
	Name string `json:"name"`
	Sort int    `json:"sort"`
}

// category is a group of labels in the All view ("Track", "Level",
// "Session format") with the items a session picks from.
type category struct {
	Title string `json:"title"`
	Items []item `json:"items"`
	Sort  int    `json:"sort"`
}

type item struct {
	ID   flexID `json:"id"`
	Name string `json:"name"`
}

// flexID is an identifier that Sessionize writes as a string (session and
// speaker ids) or a number (room and category ids), depending on the field
// and the view; it is kept as its text so both join.
type flexID string

func (f *flexID) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if bytes.Equal(data, []byte("null")) {
		*f = ""
		return nil
	}
	if len(data) > 0 && data[0] == '"' {
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		*f = flexID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(data, &n); err != nil {
		return err
	}
	*f = flexID(n.String())
	return nil
}

// speakerRef is a session's speaker: an id in the All view, an {id, name}
// object in the array views.
type speakerRef struct {
	ID   flexID
	Name string
}

func (s *speakerRef) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '{' {
		var obj struct {
			ID   flexID `json:"id"`
			Name string `json:"name"`
		}
		if err := json.Unmarshal(data, &obj); err != nil {
			return err
		}
		s.ID, s.Name = obj.ID, obj.Name
		return nil
	}
	return s.ID.UnmarshalJSON(data)
}
