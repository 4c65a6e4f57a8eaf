// Command mkbig writes a notebook for lanyard's speed tests: one event with
// one talk whose outline has as many bullets as asked, and the talk's notes
// as Markdown beside it for comparing with other programs.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"lanyard/export/markdown"
	"lanyard/store"
	doc "lanyard/store/outline"
	sched "lanyard/store/schedule"
)

func main() {
	db := flag.String("db", "big.db", "notebook to write (must not exist)")
	bullets := flag.Int("bullets", 100_000, "bullets in the talk")
	md := flag.String("md", "", "also write the notes as Markdown to this file")
	flag.Parse()
	if err := run(*db, *bullets, *md); err != nil {
		fmt.Fprintln(os.Stderr, "mkbig:", err)
		os.Exit(1)
	}
}

func run(path string, n int, mdPath string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists", path)
	}
	nb, err := store.Open(path)
	if err != nil {
		return err
	}
	defer nb.Close()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		return err
	}
	start := time.Date(2019, 10, 17, 9, 0, 0, 0, loc)
	ev, err := nb.CreateEvent(sched.Event{Name: "Speed test", TZ: "Europe/London", Days: []sched.Day{{
		Date:  "2019-10-17",
		Talks: []sched.Talk{{Title: "The longest talk", Kind: sched.KindTalk, Start: start, End: start.Add(8 * time.Hour)}},
	}}})
	if err != nil {
		return err
	}
	o := doc.Generate(n, 1)
	talk := ev.Days[0].Talks[0].ID
	if err := nb.SaveOutline(talk, doc.Changes{Put: o.Nodes()}); err != nil {
		return err
	}
	if mdPath == "" {
		return nil
	}
	var buf bytes.Buffer
	notes := func(uint64) (*doc.Outline, error) { return o, nil }
	if err := markdown.Write(&buf, ev, notes, markdown.Options{}); err != nil {
		return err
	}
	return os.WriteFile(mdPath, buf.Bytes(), 0o600)
}
