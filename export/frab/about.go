package frab

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"

	"lanyard/export/internal/richtext"
	"lanyard/store/schedule"
)

// link is one of an event's links or attachments: frab and pretalx write
// {"url": …, "title": …} (pretalx adds "type"); a bare string is taken as
// the address.
type link struct {
	URL   looseString `json:"url"`
	Title looseString `json:"title"`
	Type  looseString `json:"type"`
}

// looseLinks is a list of links that never fails the import: a talk's
// links are a nicety, and a file whose links are of an odd shape should
// still give its schedule. Entries that are no link are dropped, and no
// more than richtext.MaxLinks are decoded.
type looseLinks []link

func (l *looseLinks) UnmarshalJSON(data []byte) error {
	*l = nil
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil
	}
	for dec.More() && len(*l) < richtext.MaxLinks {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil
		}
		var one link
		if len(raw) > 0 && raw[0] == '"' {
			if json.Unmarshal(raw, &one.URL) != nil {
				continue
			}
		} else if json.Unmarshal(raw, &one) != nil {
			continue
		}
		*l = append(*l, one)
	}
	return nil
}

// about is what the event says the talk is about. Its own page is the
// base of the links in its texts. frab gives attachments as paths under
// its export (base_url: "/system/event_attachments/…"), which the
// export's base resolves.
func about(ev event, exportBase *url.URL) *schedule.About {
	page, _ := richtext.URL(string(ev.URL), exportBase)
	base := richtext.Base(page)
	var links richtext.Links
	for _, l := range ev.Attachments {
		links.Add(string(l.Title), underExport(string(l.URL), exportBase), string(l.Type), exportBase)
	}
	for _, l := range ev.Links {
		links.Add(string(l.Title), underExport(string(l.URL), exportBase), string(l.Type), exportBase)
	}
	return richtext.About(schedule.About{
		Subtitle:    richtext.Line(string(ev.Subtitle)),
		Language:    richtext.Line(string(ev.Language)),
		Abstract:    richtext.TextAt(string(ev.Abstract), base),
		Description: richtext.TextAt(string(ev.Description), base),
		URL:         page,
		Links:       links.List(),
	})
}

// underExport makes a path to frab's uploads ("/system/…", where frab
// keeps attachments and logos) one under the export's base, where a
// published export (fahrplan.events.ccc.de/…/Fahrplan/system/…) keeps
// them. Any other path resolves from the site's root as usual.
func underExport(raw string, exportBase *url.URL) string {
	raw = strings.TrimSpace(raw)
	if exportBase == nil || !strings.HasPrefix(raw, "/system/") {
		return raw
	}
	return strings.TrimPrefix(raw, "/")
}
