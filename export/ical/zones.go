package ical

import (
	"strings"
	"time"
	// The venue's zone must load on machines without a zone database
	// (Windows, minimal containers).
	_ "time/tzdata"
)

// windowsZones maps the zone names Outlook and Exchange write as TZID to
// IANA zones: the common ones at conference venues.
var windowsZones = map[string]string{
	"W. Europe Standard Time":        "Europe/Berlin",
	"Romance Standard Time":          "Europe/Paris",
	"Central Europe Standard Time":   "Europe/Budapest",
	"Central European Standard Time": "Europe/Warsaw",
	"GMT Standard Time":              "Europe/London",
	"Greenwich Standard Time":        "Atlantic/Reykjavik",
	"E. Europe Standard Time":        "Europe/Chisinau",
	"FLE Standard Time":              "Europe/Kiev",
	"GTB Standard Time":              "Europe/Bucharest",
	"Eastern Standard Time":          "America/New_York",
	"Central Standard Time":          "America/Chicago",
	"Mountain Standard Time":         "America/Denver",
	"Pacific Standard Time":          "America/Los_Angeles",
	"AUS Eastern Standard Time":      "Australia/Sydney",
	"E. Australia Standard Time":     "Australia/Brisbane",
	"India Standard Time":            "Asia/Kolkata",
	"Tokyo Standard Time":            "Asia/Tokyo",
	"Singapore Standard Time":        "Asia/Singapore",
	"China Standard Time":            "Asia/Shanghai",
	"New Zealand Standard Time":      "Pacific/Auckland",
	"UTC":                            "UTC",
	"Coordinated Universal Time":     "UTC",
}

// zoneBook resolves zone names and remembers them: time.LoadLocation reads
// the zone database on every call, and every event names its zone.
type zoneBook map[string]*time.Location

// lookup returns the IANA zone a TZID or X-WR-TIMEZONE names: an IANA name,
// one with a vendor prefix ("/mozilla.org/20050126_1/Europe/Berlin"), or a
// Windows name. ok is false for a name it cannot place.
func (b zoneBook) lookup(name string) (*time.Location, bool) {
	name = strings.Trim(strings.TrimSpace(name), `"`)
	if loc, seen := b[name]; seen {
		return loc, loc != nil
	}
	loc := resolveZone(name)
	b[name] = loc
	return loc, loc != nil
}

// resolveZone does lookup's work, uncached.
func resolveZone(name string) *time.Location {
	// "Local" would be the laptop's zone, never the venue's; "" is UTC to
	// LoadLocation but means "no zone" here.
	if name == "" || strings.EqualFold(name, "Local") {
		return nil
	}
	if iana, ok := windowsZones[name]; ok {
		name = iana
	}
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	if strings.HasPrefix(name, "/") {
		parts := strings.Split(name, "/")
		if len(parts) >= 3 {
			return resolveZone(strings.Join(parts[len(parts)-2:], "/"))
		}
	}
	return nil
}
