package ical

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"lanyard/store/schedule"
)

// uidDomain ends the UIDs lanyard makes, as RFC 5545 suggests, so they
// cannot meet another program's.
const uidDomain = "@lanyard.invalid"

// globalID matches a source identifier that is unique on its own: a UUID
// (frab and pretalx GUIDs) or an address-like UID (an iCalendar feed's).
// Compiled on first use rather than in package init, which every start of
// lanyard pays before its first frame.
var globalID = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[!-~]+@[!-~]+)$`)
})

// uid is a talk's UID, the same in every export so that a calendar app
// updates the event instead of adding it twice. It comes from the talk's
// source identifier when the source gave one, so that it survives the
// talk being imported again into another notebook: as it is when it is
// globally unique, else with the event's name hashed in (frab's numeric
// IDs repeat across conferences). A talk the user added has none; its
// notebook's identity and ID make one.
func uid(ev schedule.Event, t schedule.Talk, identity string) string {
	src := t.SourceID
	switch {
	case src != "" && len(src) <= 200 && globalID().MatchString(src):
		return src
	case src != "":
		return "talk-" + digest(ev.Name+"\x00"+src) + uidDomain
	case identity != "":
		return fmt.Sprintf("talk-%d-%s%s", t.ID, identity, uidDomain)
	}
	return fmt.Sprintf("talk-%d-%s%s", t.ID, digest(ev.Name), uidDomain)
}

// digest is a short hex hash of s.
func digest(s string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(s)))
	return hex.EncodeToString(sum[:12])
}
