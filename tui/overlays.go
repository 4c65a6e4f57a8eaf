package tui

import (
	"github.com/charmbracelet/colorprofile"

	"lanyard/tui/details"
	"lanyard/tui/events"
	"lanyard/tui/keyhelp"
	"lanyard/tui/nownext"
	"lanyard/tui/preview"
	"lanyard/tui/search"
)

// The overlays are built when first opened, not in New: the first frame
// shows none of them, and building them all (text inputs, viewports,
// styles taken apart, a copy of the styles each, the list of every key)
// was a third of a cold start's model, and made the root model, copied
// whole on every message, three times as large. Until built an overlay's
// field is nil; once built it is what New used to make, given the
// model's styles, keys and size, and kept from then on like any other.
//
// A built overlay is held by address and changed in place, so copies of
// the model share it, as they share the outlines: the root is used in
// place (see New), and nothing keeps an older copy of it to go back to.
// The builders take the root by address and set its field: called on a
// copy of the model, the copy the caller returns carries the overlay.

// The fields of the overlays built on first use: nil inside until then,
// and closed, so that asking whether one is open never builds it.
type (
	searchSlot  struct{ *search.Model }
	previewSlot struct{ *preview.Model }
	eventsSlot  struct{ *events.Model }
	detailsSlot struct{ *details.Model }
	nowNextSlot struct{ *nownext.Model }
	keysSlot    struct{ *keyhelp.Model }
)

func (s searchSlot) IsOpen() bool  { return s.Model != nil && s.Model.IsOpen() }
func (s previewSlot) IsOpen() bool { return s.Model != nil && s.Model.IsOpen() }
func (s eventsSlot) IsOpen() bool  { return s.Model != nil && s.Model.IsOpen() }
func (s detailsSlot) IsOpen() bool { return s.Model != nil && s.Model.IsOpen() }
func (s nowNextSlot) IsOpen() bool { return s.Model != nil && s.Model.IsOpen() }
func (s keysSlot) IsOpen() bool    { return s.Model != nil && s.Model.IsOpen() }

// terminalSaid is what the terminal told of itself that the preview draws
// by, kept for a preview built after the terminal said it.
type terminalSaid struct {
	dark, darkKnown bool
	profile         colorprofile.Profile
	profileKnown    bool
}

// keysInUse is the keys the user set, else lanyard's own.
func (m *Model) keysInUse() Keys {
	if m.keySet != nil {
		return *m.keySet
	}
	return DefaultKeys()
}

// searchOverlay is the search, built on first use.
func (m *Model) searchOverlay() *search.Model {
	if m.finder.Model == nil {
		o := search.New(*m.styles).SetKeyMap(m.keysInUse().Search).SetSize(m.overlayWidth, m.overlayHeight)
		m.finder.Model = &o
	}
	return m.finder.Model
}

// previewOverlay is the post's preview, built on first use.
func (m *Model) previewOverlay() *preview.Model {
	if m.preview.Model == nil {
		o := preview.New(*m.styles).SetKeyMap(m.keysInUse().Preview)
		if m.cfg.Theme.Fixed() {
			o = o.SetBackground(m.cfg.Theme.Dark(true))
		} else if m.terminalSaid.darkKnown {
			o = o.SetBackground(m.terminalSaid.dark)
		}
		if m.terminalSaid.profileKnown {
			o = o.SetColorProfile(m.terminalSaid.profile)
		}
		o = o.SetSize(m.overlayWidth, m.overlayHeight)
		m.preview.Model = &o
	}
	return m.preview.Model
}

// eventsOverlay is the list of events, built on first use.
func (m *Model) eventsOverlay() *events.Model {
	if m.eventList.Model == nil {
		o := events.New(*m.styles).SetKeyMap(m.keysInUse().Events).SetSize(m.overlayWidth, m.overlayHeight)
		m.eventList.Model = &o
	}
	return m.eventList.Model
}

// detailsOverlay is a talk's details, built on first use.
func (m *Model) detailsOverlay() *details.Model {
	if m.details.Model == nil {
		o := details.New(*m.styles).SetKeyMap(m.keysInUse().Details).SetSize(m.overlayWidth, m.overlayHeight)
		m.details.Model = &o
	}
	return m.details.Model
}

// nowNextOverlay is the board of what is on now and next, built on first
// use.
func (m *Model) nowNextOverlay() *nownext.Model {
	if m.nowNext.Model == nil {
		o := nownext.New(*m.styles).SetKeyMap(m.keysInUse().NowNext).SetSize(m.overlayWidth, m.overlayHeight)
		m.nowNext.Model = &o
	}
	return m.nowNext.Model
}

// keysOverlay is the list of every key, built on first use.
func (m *Model) keysOverlay() *keyhelp.Model {
	if m.allKeys.Model == nil {
		o := keyhelp.New(*m.styles, m.keysInUse().Groups()).SetSize(m.overlayWidth, m.overlayHeight)
		m.allKeys.Model = &o
	}
	return m.allKeys.Model
}
