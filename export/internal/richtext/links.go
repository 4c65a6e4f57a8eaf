package richtext

import (
	"net/url"
	"strings"
	"unicode"

	"lanyard/export/internal/sanitize"
	"lanyard/store/schedule"
)

// MaxLinks is the most links a talk keeps. Talks give a handful (slides,
// video, a project page); a hundred leaves room for a workshop's every
// handout while a file with 100,000 links to a talk stays small.
const MaxLinks = 100

// maxURL is the longest address kept. Browsers and servers stop around
// 8 KiB; a longer one is no link a person follows.
const maxURL = 4 << 10

// URL returns raw as an address lanyard keeps: an http, https or mailto
// URL, resolved against base when it is relative (frab gives attachments
// as "/system/…") and base is not nil. ok is false for any other scheme
// (a "javascript:" link), for an address holding spaces, control or
// invisible characters that a terminal would obey or a reader would not
// see, and for one too long or not a URL at all.
func URL(raw string, base *url.URL) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > maxURL || strings.ContainsFunc(raw, badURLRune) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	if !u.IsAbs() {
		if base == nil {
			return "", false
		}
		u = base.ResolveReference(u)
		raw = u.String()
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" && u.Path == "" {
			return "", false
		}
	default:
		return "", false
	}
	return raw, true
}

// badURLRune is a rune no address lanyard keeps may hold.
func badURLRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || sanitize.IsInvisible(r) || r == '\uFFFD'
}

// Base parses a page's address as the base for its relative links; nil
// when it is no http or https URL.
func Base(raw string) *url.URL {
	s, ok := URL(raw, nil)
	if !ok || strings.HasPrefix(strings.ToLower(s), "mailto:") {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// Links gathers a talk's links in the order the file gives them, each
// address once, at most MaxLinks.
type Links struct {
	list []schedule.Link
	seen map[string]bool
}

// Add keeps a link whose address URL accepts (see URL; base resolves a
// relative one), titled by title cleaned to one line, else by kind (the
// file's word for it: "slides"), else by the address's host.
func (l *Links) Add(title, raw, kind string, base *url.URL) {
	if len(l.list) >= MaxLinks {
		return
	}
	address, ok := URL(raw, base)
	if !ok || l.seen[address] {
		return
	}
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	l.seen[address] = true
	l.list = append(l.list, schedule.Link{Title: linkTitle(title, kind, address), URL: address})
}

// Full reports whether no more links will be kept, so a reader can stop
// reading them.
func (l *Links) Full() bool { return len(l.list) >= MaxLinks }

// List returns the links kept, nil for none.
func (l *Links) List() []schedule.Link { return l.list }

// linkTitle is a link's title, its kind or its host.
func linkTitle(title, kind, address string) string {
	if t := Line(title); t != "" {
		return t
	}
	if k := Line(kind); k != "" {
		return k
	}
	u, err := url.Parse(address)
	switch {
	case err != nil:
		return Line(address)
	case u.Host != "":
		return Line(u.Host)
	}
	return Line(u.Opaque)
}

// About returns a talk's About for the store, nil when it says nothing.
func About(a schedule.About) *schedule.About {
	if a.IsZero() {
		return nil
	}
	return &a
}
