package schedule

import "slices"

// About is what a talk is about, as its schedule tells it: the longer
// texts and the links. It travels with a Talk from a reader to the store,
// which keeps it apart from the event's record so that drawing the
// schedule never decodes a conference's worth of abstracts; code that
// wants it asks the store (Notebook.About, Notebook.Abouts).
type About struct {
	Subtitle string `json:"subtitle,omitempty"`
	// Language is as the source gives it ("en", "German").
	Language    string `json:"language,omitempty"`
	Abstract    string `json:"abstract,omitempty"`
	Description string `json:"description,omitempty"`
	// URL is the talk's own page on the conference's site.
	URL string `json:"url,omitempty"`
	// Links are the talk's slides, video, recording and attachments.
	Links []Link `json:"links,omitempty"`
}

// Link is one of a talk's links, titled as the source titles it.
type Link struct {
	Title string `json:"title,omitempty"`
	URL   string `json:"url"`
}

// IsZero reports whether a says nothing.
func (a About) IsZero() bool {
	return a.Subtitle == "" && a.Language == "" && a.Abstract == "" &&
		a.Description == "" && a.URL == "" && len(a.Links) == 0
}

// Equal reports whether a and b say the same.
func (a About) Equal(b About) bool {
	return a.Subtitle == b.Subtitle && a.Language == b.Language && a.Abstract == b.Abstract &&
		a.Description == b.Description && a.URL == b.URL && slices.Equal(a.Links, b.Links)
}
