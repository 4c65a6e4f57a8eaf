package frab

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"lanyard/export/internal/sanitize"
)

// document is the top of a frab or pretalx schedule export.
type document struct {
	Schedule *struct {
		// BaseURL is where the export is published: frab's file
		// paths are under it.
		BaseURL    string      `json:"base_url"`
		Conference *conference `json:"conference"`
	} `json:"schedule"`
}

type conference struct {
	Title        looseString `json:"title"`
	TimeZoneName string      `json:"time_zone_name"`
	// Rooms is the room list pretalx (and newer frab) gives, in the order
	// the venue shows them.
	Rooms []struct {
		Name looseString `json:"name"`
	} `json:"rooms"`
	Days []day `json:"days"`
	// base is the schedule's base_url, nil when it has none usable.
	base *url.URL
}

type day struct {
	Index    int       `json:"index"`
	Date     string    `json:"date"`
	DayStart string    `json:"day_start"`
	Rooms    roomsList `json:"rooms"`
}

// UnmarshalJSON decodes a day and names it in any error: decoding goes on
// past a field of the wrong type, so the index and date are usually known.
func (d *day) UnmarshalJSON(data []byte) error {
	type plain day // without this method, so no recursion
	var p plain
	err := json.Unmarshal(data, &p)
	*d = day(p)
	if err != nil {
		return fmt.Errorf("day %d (%s): %w", p.Index, clip([]byte(p.Date)), err)
	}
	return nil
}

// roomsList is a day's rooms object, {"Room": [events], ...}, kept in file
// order: a Go map would lose the order, and it is the only order a file
// without conference.rooms gives.
type roomsList []roomEvents

type roomEvents struct {
	name   string
	events []event
}

// UnmarshalJSON reads the rooms object key by key. A room named twice keeps
// its first place and gets the events of both.
func (rl *roomsList) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		*rl = nil
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fmt.Errorf("rooms: want an object of room names, got %s", clip(data))
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("rooms: %w", err)
		}
		name, _ := tok.(string) // object keys are always strings
		var events []event
		if err := dec.Decode(&events); err != nil {
			return fmt.Errorf("room %q: %w", name, err)
		}
		rl.add(name, events)
	}
	return nil
}

func (rl *roomsList) add(name string, events []event) {
	for i := range *rl {
		if (*rl)[i].name == name {
			(*rl)[i].events = append((*rl)[i].events, events...)
			return
		}
	}
	*rl = append(*rl, roomEvents{name: name, events: events})
}

// event is one entry of a room's list. Fields that real files give as
// numbers or strings, or leave null, are looseStrings.
type event struct {
	ID       looseString `json:"id"`
	GUID     looseString `json:"guid"`
	Date     string      `json:"date"`
	Start    string      `json:"start"`
	Duration string      `json:"duration"`
	Room     looseString `json:"room"`
	Title    looseString `json:"title"`
	Track    looseString `json:"track"`
	Type     looseString `json:"type"`
	Persons  []person    `json:"persons"`
	// What the talk is about: plain text or Markdown in frab's and
	// pretalx's files, HTML in some.
	URL         looseString `json:"url"`
	Subtitle    looseString `json:"subtitle"`
	Language    looseString `json:"language"`
	Abstract    looseString `json:"abstract"`
	Description looseString `json:"description"`
	Links       looseLinks  `json:"links"`
	Attachments looseLinks  `json:"attachments"`
}

// label names the event in an error message: its title, else its id.
func (e event) label() string {
	if t := sanitize.Text(string(e.Title)); t != "" {
		return t
	}
	if id := sanitize.Text(string(e.GUID)); id != "" {
		return "guid " + id
	}
	return "id " + sanitize.Text(string(e.ID))
}

// person is a speaker: frab writes {id, public_name}, pretalx
// {code, name, ...} or {code, public_name, ...}; a bare string is taken as
// the name.
type person string

func (p *person) UnmarshalJSON(data []byte) error {
	var s looseString
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	*p = person(s)
	return nil
}

// looseString accepts a JSON string, number, boolean or null, and an object
// such as {"name": "Security"} or {"en": "Title", "de": "Titel"}, which is
// how some exports give tracks and translated titles.
type looseString string

// nameKeys are the fields of an object that name it, best first.
var nameKeys = []string{"public_name", "name", "full_public_name", "en"}

func (s *looseString) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return nil
	}
	switch data[0] {
	case '"':
		// Most values are plain text with no escapes: skip a second parse.
		if len(data) >= 2 && !bytes.ContainsAny(data[1:len(data)-1], `\"`) {
			*s = looseString(data[1 : len(data)-1])
			return nil
		}
		var v string
		if err := json.Unmarshal(data, &v); err != nil {
			return err
		}
		*s = looseString(v)
	case '{':
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(data, &obj); err != nil {
			return err
		}
		*s = looseString(objectName(obj))
	case '[':
		return fmt.Errorf("want text, got a list %s", clip(data))
	case 'n': // null
	default: // a number or a boolean, as written
		*s = looseString(data)
	}
	return nil
}

// objectName returns the first name field of obj that is a non-empty
// string, else "".
func objectName(obj map[string]json.RawMessage) string {
	for _, key := range nameKeys {
		var v string
		if raw, ok := obj[key]; ok && json.Unmarshal(raw, &v) == nil && v != "" {
			return v
		}
	}
	return ""
}

// clip shortens raw JSON for an error message.
func clip(data []byte) string {
	s := strings.Join(strings.Fields(sanitize.Line(string(data))), " ")
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "…"
	}
	return s
}
