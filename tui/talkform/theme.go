package talkform

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"lanyard/tui/theme"
)

// huhTheme dresses huh in lanyard's palette. The styles are built once;
// huh asks for them on every frame, and theme.Styles has already chosen
// light or dark, so isDark is not needed.
func huhTheme(s theme.Styles) huh.Theme {
	t := huh.ThemeBase(true)
	alarm := s.NowMark.GetForeground()

	t.Focused.Base = t.Focused.Base.BorderForeground(s.Bullet.GetForeground())
	t.Focused.Title = s.PaneTitle
	t.Focused.Description = s.Hint
	t.Focused.ErrorIndicator = t.Focused.ErrorIndicator.Foreground(alarm)
	t.Focused.ErrorMessage = t.Focused.ErrorMessage.Foreground(alarm)
	t.Focused.TextInput.Prompt = s.Bullet
	t.Focused.TextInput.Cursor = s.Bullet
	t.Focused.TextInput.Text = s.Text
	t.Focused.TextInput.Placeholder = s.Placeholder
	t.Focused.FocusedButton = t.Focused.FocusedButton.UnsetForeground().
		Background(s.Selected.GetBackground()).Bold(true)
	t.Focused.BlurredButton = t.Focused.BlurredButton.UnsetForeground().
		Background(s.SelectedBlur.GetBackground())

	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Title = s.TalkMeta
	t.Blurred.TextInput.Prompt = s.Border

	t.Group.Title = s.PaneTitle
	t.Group.Description = s.Hint
	t.Help.ShortKey = s.Hint.Bold(true)
	t.Help.ShortDesc = s.Hint
	t.Help.ShortSeparator = s.Hint
	return huh.ThemeFunc(func(bool) *huh.Styles { return t })
}
