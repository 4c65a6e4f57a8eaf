package notestext

import (
	"os"
	"path/filepath"
	"testing"
)

// TestParseConferenceNotes reads notes typed the way people type them in a
// text editor at a conference: a line per talk at the margin, bullets
// indented two spaces a level, six levels deep, section lines without
// glyphs, curly quotes and stray trailing spaces.
func TestParseConferenceNotes(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "harbourside-2031-notes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bullets, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	const want = `Harbourside Infra Days 2031
Mira Okonkwo (Fernhollow Labs), Paging Less
  @mira_ok
  “Every page is a question someone forgot to answer”
  Three kinds of alert
    symptom
    cause
    chore
  what they measured
    pages per week
      before: 41
      after: 9
        mostly from deleting chores
          nobody missed them
          one came back as a dashboard
    sleep survey (self-reported!)
  Q&A
    how do you stop teams gaming the count?
      they don’t tie it to reviews
A word from the hosts: Kelp Street Coffee
  free refills until 11
    bring the lanyard
Tobias Varga: Runbooks Nobody Reads
why runbooks rot
  written once, during the incident review
  links to dashboards that moved
    60% of links dead after a year
  no owner
what worked
  runbook next to the alert definition
    reviewed in the same pull request
  a drill every quarter
    pick a runbook at random
      follow it literally
        note every step that fails
          fix it the same day
`
	if got := render(bullets); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	deepest := 0
	for _, b := range bullets {
		deepest = max(deepest, b.Depth)
	}
	if deepest != 5 {
		t.Errorf("deepest bullet at depth %d, want 5 (six levels)", deepest)
	}
}

// TestParseMarkdownNotes reads notes as the Markdown export writes them:
// headings for the event, day and talk, then nested lists.
func TestParseMarkdownNotes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "markdown-notes.md"))
	if err != nil {
		t.Fatal(err)
	}
	checkTree(t, string(data), `
Quayside Ops Summit 2031
  Thursday 9 October 2031
    Dee Ruiz – Toil Budgets
      *10:15–11:00 · Main Hall*
      budget toil like error budgets
        20% cap, measured weekly
          [todo] ask for the spreadsheet
          [done] found the slides
      1. measure 2. cap 3. automate
      [star] toil you can name is toil you can cut
        [quote] “If it pages twice, it is a project.”
      ∅
        a note under an empty bullet
    Sam Oyelaran – Small Queues
      [numbered] keep queues short
      [numbered] measure wait, not length which is what users feel
`)
}
