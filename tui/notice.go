package tui

// NoticeMsg is a sentence for the status bar from the program around the
// interface, such as why the commands run beside it cannot reach it.
type NoticeMsg string
