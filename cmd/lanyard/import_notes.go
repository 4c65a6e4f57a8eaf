package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"lanyard/export/notestext"
	doc "lanyard/store/outline"
)

func newImportNotesCommand(g *globals) *cobra.Command {
	var talk string
	cmd := &cobra.Command{
		Use:   "notes FILE",
		Short: "Append notes written elsewhere to a talk's outline",
		Long: `Append notes to a talk's outline, after what is there. The file may be
indented text with the bullets people paste (•, -, *, +, 1., a)) or a
Markdown nested list, with numbered items, quotes and [ ] to-dos; the
nesting is taken from the indentation, as a reader sees it.
lanyard talks lists the IDs --talk takes.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(talk, 10, 64)
			if err != nil || id == 0 {
				return fmt.Errorf("--talk %q: give a talk's ID, as lanyard talks lists them", talk)
			}
			return importNotes(cmd, g, args[0], id)
		},
	}
	cmd.Flags().StringVar(&talk, "talk", "", "the talk to add the notes to (an ID from lanyard talks)")
	if err := cmd.MarkFlagRequired("talk"); err != nil {
		panic(err) // the flag is defined just above
	}
	return cmd
}

func importNotes(cmd *cobra.Command, g *globals, path string, talkID uint64) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	bullets, err := notestext.Parse(f)
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	if len(bullets) == 0 {
		return fmt.Errorf("import %s: no notes in it", path)
	}
	nb, err := g.open()
	if err != nil {
		return err
	}
	defer nb.Close()
	_, _, talk, err := nb.FindTalk(talkID)
	if err != nil {
		return fmt.Errorf("import %s: talk %d: %w", path, talkID, err)
	}
	o, err := nb.LoadOutline(talkID)
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	o.InsertClip(lastTopLevel(o), clipOf(bullets))
	if err := nb.SaveOutline(talkID, o.TakeChanges()); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "Added %d bullets to %q (talk %d).\n", len(bullets), talk.Title, talkID)
	return nil
}

// lastTopLevel returns the row of the outline's last top-level bullet, -1
// when it is empty: notes are appended after its subtree.
func lastTopLevel(o *doc.Outline) int {
	last := -1
	for r := 0; r < o.Len(); r = o.SubtreeEnd(r) {
		last = r
	}
	return last
}

// clipOf turns read notes into bullets for the outline.
func clipOf(bullets []notestext.Bullet) doc.Clip {
	clip := make(doc.Clip, len(bullets))
	for i, b := range bullets {
		clip[i] = doc.Bullet{Depth: b.Depth, Text: b.Text, Kind: doc.Kind(b.Kind)}
	}
	return clip
}
