package sessionize

import (
	"bytes"

	"lanyard/export/internal/input"
)

// Sniff reports whether the first bytes of a file look like Sessionize
// JSON: an object that starts with a "sessions" list, or whose keys include
// "sessions" with "speakers", "startsAt" or "isServiceSession" (the All
// view), or an array of objects that hold "sessions" or "startsAt" (the
// Sessions and GridSmart views). An object that mentions "schedule" is
// frab or pretalx JSON ({"schedule": {"conference": …}}) and is never
// claimed: Sessionize has no such key.
func Sniff(head []byte) bool {
	head = input.Head(head)
	if len(head) == 0 {
		return false
	}
	hasSessions := bytes.Contains(head, []byte(`"sessions"`))
	switch head[0] {
	case '{':
		// The All view starts with its sessions, and a long first
		// description can push the other keys out of the head.
		if startsList(head[1:], `"sessions"`) {
			return true
		}
		if bytes.Contains(head, []byte(`"schedule"`)) {
			return false
		}
		return hasSessions && (bytes.Contains(head, []byte(`"speakers"`)) ||
			bytes.Contains(head, []byte(`"startsAt"`)) ||
			bytes.Contains(head, []byte(`"isServiceSession"`)))
	case '[':
		rest := bytes.TrimLeft(head[1:], " \t\r\n")
		return len(rest) > 0 && rest[0] == '{' &&
			(hasSessions || bytes.Contains(head, []byte(`"startsAt"`)))
	}
	return false
}

// startsList reports whether b starts with the key and a list as its value.
func startsList(b []byte, key string) bool {
	const space = " \t\r\n"
	b, ok := bytes.CutPrefix(bytes.TrimLeft(b, space), []byte(key))
	if !ok {
		return false
	}
	b, ok = bytes.CutPrefix(bytes.TrimLeft(b, space), []byte(":"))
	b = bytes.TrimLeft(b, space)
	return ok && len(b) > 0 && b[0] == '['
}
