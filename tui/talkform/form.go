package talkform

import (
	"fmt"

	"charm.land/huh/v2"
)

// charLimit keeps a pasted paragraph out of a one-line field.
const charLimit = 200

// editForm lays out the talk's fields, bound to v so that huh writes what
// is typed straight into it. The order puts the required fields first.
func editForm(v *values) *huh.Form {
	return huh.NewForm(huh.NewGroup(
		huh.NewInput().Title("Title").Value(&v.title).CharLimit(charLimit).
			Validate(v.validateTitle),
		huh.NewInput().Title("Start").Placeholder("HH:MM").Value(&v.start).CharLimit(8).
			Validate(v.validateStart),
		huh.NewInput().Title("End").Placeholder("HH:MM, or leave empty").Value(&v.end).CharLimit(8).
			Validate(v.validateEnd),
		huh.NewInput().Title("Speakers").Placeholder("names, separated by commas").
			Value(&v.speakers).CharLimit(charLimit),
		huh.NewInput().Title("Room").Value(&v.room).CharLimit(charLimit),
		huh.NewInput().Title("Track").Value(&v.track).CharLimit(charLimit),
	))
}

// deleteForm asks before a talk and its notes go; No is the default so
// that a stray Enter keeps them.
func deleteForm(title string, bullets int, confirmed *bool) *huh.Form {
	return huh.NewForm(huh.NewGroup(
		huh.NewConfirm().Title(deleteQuestion(title, bullets)).
			Affirmative("Delete").Negative("Keep").Value(confirmed),
	))
}

// deleteQuestion names what would be lost.
func deleteQuestion(title string, bullets int) string {
	switch bullets {
	case 0:
		return fmt.Sprintf("Delete “%s”?", title)
	case 1:
		return fmt.Sprintf("Delete “%s” and its bullet?", title)
	}
	return fmt.Sprintf("Delete “%s” and its %d bullets?", title, bullets)
}
