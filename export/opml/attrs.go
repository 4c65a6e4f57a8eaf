package opml

import (
	"encoding/xml"
	"strings"

	"lanyard/store/outline"
)

// kindNames are the values of lanyard:kind, by kind; plain is written as
// no attribute at all.
var kindNames = [...]string{
	outline.KindPlain:    "plain",
	outline.KindNumbered: "numbered",
	outline.KindStar:     "star",
	outline.KindTodo:     "todo",
	outline.KindDone:     "done",
	outline.KindQuote:    "quote",
}

// kindOf returns the kind named by a lanyard:kind value.
func kindOf(name string) (outline.Kind, bool) {
	for k, n := range kindNames {
		if n == name {
			return outline.Kind(k), true
		}
	}
	return outline.KindPlain, false
}

// outlineAttrs are the attributes of an <outline> that Read uses, as the
// file has them.
type outlineAttrs struct {
	text    string
	hasText bool
	title   string // OPML's title, which some apps write instead of text
	note    string
	// typ and kind are lanyard's own attributes.
	typ, kind string
	// complete is Workflowy's _complete or Dynalist's complete.
	complete bool
	// checkbox is Dynalist's mark of a to-do.
	checkbox bool
	// status is OmniOutliner's check box: checked, unchecked or
	// indeterminate.
	status string
	// url is the address of a link outline (OPML 2.0's type="link") or of
	// a feed in a subscription list (xmlUrl, else htmlUrl).
	url string
}

// readAttrs picks out the attributes Read uses; others, such as
// Dynalist's colorLabel or OmniOutliner's columns, say nothing lanyard can
// keep.
func readAttrs(list []xml.Attr) outlineAttrs {
	var a outlineAttrs
	for _, at := range list {
		if at.Name.Space == Namespace {
			switch at.Name.Local {
			case "type":
				a.typ = at.Value
			case "kind":
				a.kind = at.Value
			}
			continue
		}
		if at.Name.Space != "" {
			continue
		}
		switch at.Name.Local {
		case "text":
			a.text, a.hasText = at.Value, true
		case "title":
			a.title = at.Value
		case "_note":
			a.note = at.Value
		case "_complete", "complete":
			a.complete = a.complete || isTrue(at.Value)
		case "checkbox":
			a.checkbox = isTrue(at.Value)
		case "_status":
			a.status = strings.ToLower(strings.TrimSpace(at.Value))
		case "url", "xmlUrl":
			a.url = strings.TrimSpace(at.Value)
		case "htmlUrl":
			if a.url == "" {
				a.url = strings.TrimSpace(at.Value)
			}
		}
	}
	if !a.hasText {
		a.text = a.title
	}
	return a
}

// bulletKind returns the kind the attributes give a bullet: lanyard's own
// when it names one, else what the check marks of other apps say.
func (a outlineAttrs) bulletKind() outline.Kind {
	if k, ok := kindOf(a.kind); ok {
		return k
	}
	switch {
	case a.complete, a.status == "checked":
		return outline.KindDone
	case a.checkbox, a.status == "unchecked", a.status == "indeterminate":
		return outline.KindTodo
	}
	return outline.KindPlain
}

func isTrue(v string) bool {
	v = strings.TrimSpace(v)
	return strings.EqualFold(v, "true") || v == "1"
}
