package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"lanyard/export/markdown"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

// writeDir writes one post per talk into dir, as a static site keeps its
// content: "2025-10-09-alerts-that-mean-something.md".
//
// Each file is written as -o writes one (see writeExport): never onto the
// notebook, a backup or a device.
func (x exporter) writeDir(out io.Writer, dir, notebook string, ev sched.Event, notes markdown.Notes) error {
	post, err := markdown.NewPost(ev, notes, x.md)
	if err != nil {
		return err
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("--dir %s: it is a file, not a folder; give a folder, or -o for one file", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--dir %s: %w", dir, pathReason(err))
	}
	ext := ".md"
	if x.opml {
		ext = ".opml"
	}
	taken := map[string]bool{}
	count := 0
	for _, day := range post.Days {
		for _, t := range day.Talks {
			cut, ok := ev.OnlyTalk(t.ID)
			if !ok {
				continue
			}
			var buf bytes.Buffer
			if err := x.write(&buf, cut, onlyNotes(notes, t.ID)); err != nil {
				return err
			}
			name := uniqueName(taken, day.Date.Format("2006-01-02")+"-"+slug(t.Title), ext)
			if err := writeExport(filepath.Join(dir, name), buf.Bytes(), notebook); err != nil {
				return err
			}
			count++
		}
	}
	_, err = fmt.Fprintf(out, "Wrote %s to %s.\n", plural(count, "file"), dir)
	return err
}

// onlyNotes serves one talk's notes and none of any other, so that an
// item's file leaves out its slot's notes.
func onlyNotes(notes markdown.Notes, id uint64) markdown.Notes {
	return func(talkID uint64) (*doc.Outline, error) {
		if talkID != id {
			return nil, nil
		}
		return notes(talkID)
	}
}

// slug makes a title a file name: lower case letters and digits joined by
// hyphens, at most 60 bytes, "untitled" when nothing is left.
func slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			if b.Len() >= 60 {
				break
			}
			continue
		}
		hyphen = true
	}
	if b.Len() == 0 {
		return "untitled"
	}
	return b.String()
}

// uniqueName returns base+ext, or base-2+ext and so on when two talks on a
// day share a title.
func uniqueName(taken map[string]bool, base, ext string) string {
	name := base + ext
	for n := 2; taken[name]; n++ {
		name = fmt.Sprintf("%s-%d%s", base, n, ext)
	}
	taken[name] = true
	return name
}
