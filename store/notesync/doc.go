// Package notesync is a notebook's synced form, and its three-way merge by
// identity: what lanyard sync writes into a git working tree, and how it
// brings in what another laptop wrote. It knows no git and no terminal;
// store/gitsync carries the form through git and calls Book's methods.
//
// # The form
//
// Plain text files that people can read and git can diff, one line per
// thing, so that one typed word is a one-line change:
//
//	harbourside-bfbc98f55b/schedule.txt
//	harbourside-bfbc98f55b/notes/20260514-1000-paging-fewer-people-at-night-5c636a11fc.txt
//
// A folder per event: its name made safe for every file system (ASCII
// letters and digits, dashes) and a hash of its sync identity, so that two
// events never share one. schedule.txt holds the event and its days and
// talks, a field a line, the talks of a day and the items of a slot in the
// schedule's order, times as RFC 3339 in UTC:
//
//	lanyard schedule 1
//	event ec0be66822d27
//	name Harbourside
//	tz Europe/Amsterdam
//	day 2026-05-14
//	  talk tb0b25516834e
//	    start 2026-05-14T08:00:00Z
//	    end 2026-05-14T08:30:00Z
//	    kind talk
//	    title Paging Fewer People at Night
//	    speaker Kwame Mensah
//	    room Main
//	    source 1234@pretalx
//	    attended
//	    watch-later
//	  talk t565c4aa198ba
//	    ...
//	    kind slot
//	    item tb04a589fe2c2
//	      ...
//
// Fields left empty are left out; the marks (attended, watch-later,
// manual, dropped) are lines of their own when set. A talk with bullets
// has a file in notes/, named after its day, start and title, with its
// bullets in reading order, one a line, indented two spaces a level:
//
//	lanyard notes 1
//	event ec0be66822d27
//	talk tb0b25516834e
//	# Paging Fewer People at Night
//	- 8414cbff22b0.2 a1 plain started at ~40 pages/week for a team of 6
//	  - 8414cbff22b0.3 a0 plain now 5/week
//	- 8414cbff22b0.12 a5 todo+folded try the "pager diary" idea
//	- 8414cbff22b0.12~3f0a9c1b2e a5V plain+conflict try the pager diary
//
// Each bullet line is "- ", its sync identity, its order key among its
// siblings (store/outline's fractional keys), its kind with "+folded" and
// "+conflict" marks, and its text. Beyond 50 levels the indentation stops
// growing and the dash carries the depth ("-51"), so a hostile outline
// cannot make a file of megabytes of spaces. The "#" line is the talk's
// title, for people; the reader skips it.
//
// Text is written as typed, except for what would break a line or be lost
// on the way: a backslash is \\, a line feed \n, a carriage return \r, a
// tab \t, every other control character (C0, DEL, C1) and every byte
// that is not UTF-8 \xNN, and a space that ends the text \x20 (editors
// and git's whitespace checks drop those). A text that looks like the
// form's own syntax, "---" or a bullet line pasted in, is only ever the
// rest of its line, so it needs nothing. Everything is sorted, so the same
// notebook always gives the same bytes and a sync of nothing new commits
// nothing.
//
// The reader is strict: a line it does not expect is an error naming the
// file and line ("…/schedule.txt:7: start \"at nine\" is not a time"), and
// then the merge refuses and nothing changes. Files outside this layout
// (a README beside the folders) are not the form's and are ignored.
//
// # Identity
//
// See ids.go: events and talks are named by what two notebooks that
// imported one schedule share (the event's name; the talk's source ID, or
// its day, start and title), bullets by the notebook that made them and
// their ID there. Identities once synced are kept in the notebook
// (store.SyncTx), as is the local ID each bullet from elsewhere got.
//
// # Merge
//
// See merge.go for the rules.
package notesync
