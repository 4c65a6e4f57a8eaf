package talkform

import (
	"fmt"
	"strings"

	"charm.land/huh/v2"
)

// charLimit keeps a pasted paragraph out of a one-line field.
const charLimit = 200

// field is one input of the edit form with the hint shown under its
// title, which the field's error replaces while there is one.
type field struct {
	name  string
	input *huh.Input
	hint  func() string
	shown string // the description the input has
}

// editForm lays out the talk's fields, bound to v so that huh writes what
// is typed straight into it. The order puts the required fields first.
// Hints are descriptions, which huh wraps to the width, never
// placeholders, which it cuts to the field's character limit; errors are
// shown beside their field (see describe), not under the form.
func editForm(v *values) (*huh.Form, []*field) {
	fixed := func(s string) func() string { return func() string { return s } }
	fields := []*field{
		{name: "Title", input: huh.NewInput().Title("Title").Value(&v.title).CharLimit(charLimit).Validate(v.validateTitle), hint: fixed("")},
		{name: "Start", input: huh.NewInput().Title("Start").Value(&v.start).CharLimit(8).Validate(v.validateStart), hint: fixed("HH:MM, like 09:30")},
		{name: "End", input: huh.NewInput().Title("End").Value(&v.end).CharLimit(12).Validate(v.validateEnd), hint: v.endHint},
		{name: "Speakers", input: huh.NewInput().Title("Speakers").Value(&v.speakers).CharLimit(charLimit), hint: fixed("names, separated by commas")},
		{name: "Room", input: huh.NewInput().Title("Room").Value(&v.room).CharLimit(charLimit), hint: fixed("")},
		{name: "Track", input: huh.NewInput().Title("Track").Value(&v.track).CharLimit(charLimit), hint: fixed("")},
	}
	inputs := make([]huh.Field, len(fields))
	for i, f := range fields {
		f.shown = f.hint()
		f.input.Description(f.shown)
		inputs[i] = f.input
	}
	return huh.NewForm(huh.NewGroup(inputs...).WithShowErrors(false)), fields
}

// describe shows each field's error under its title, in place of its
// hint, so that the user sees what is wrong where they are typing. It
// reports whether a description changed.
func describe(fields []*field, alarm func(...string) string) (changed bool) {
	for _, f := range fields {
		text := f.hint()
		if err := f.input.Error(); err != nil {
			// Beside its field, the message need not name it.
			text = alarm("✗ " + strings.TrimPrefix(err.Error(), f.name+": "))
		}
		if f.shown != text {
			f.shown = text
			f.input.Description(text)
			changed = true
		}
	}
	return changed
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
