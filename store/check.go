package store

import (
	"errors"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"

	"lanyard/store/outline"
	"lanyard/store/schedule"
)

// maxPageProblems bounds the page-level problems a Report lists: a badly
// damaged file can have thousands, and the first few say enough.
const maxPageProblems = 20

// Report is what Check found in a notebook file.
type Report struct {
	Path string
	// Size is the file's length in bytes.
	Size int64
	// Schema is the file's schema version, 0 if it could not be read.
	Schema uint64
	// Identity is the notebook's identity, which its backups share; ""
	// when it has none (an older lanyard's) or it could not be read.
	Identity string
	// Events, Talks (with the items of slots), Outlines (talks with
	// bullets) and Bullets count what the notebook holds.
	Events, Talks, Outlines, Bullets int
	// Problems are damage: a file lanyard cannot open, records that do not
	// decode, pages bbolt finds inconsistent. A notebook with problems
	// needs a backup.
	Problems []string
	// Warnings are oddities lanyard copes with by itself: an outline whose
	// bullets it re-links when the talk is opened, notes kept for a talk
	// no schedule lists.
	Warnings []string
	// file is the file read: Path, or a copy of it (see CheckSnapshot).
	file string
}

// Check verifies the notebook file at path without changing it: it opens
// it read-only (so it waits for, then refuses with ErrLocked, a notebook
// a running lanyard has open), checks the schema version, decodes every
// event and every bullet, checks each talk's bullets form a tree, and runs
// bbolt's consistency check of the pages. The error is nil when the file
// is sound; when it is not, the error (wrapping ErrCorrupt or
// ErrNewerFormat) says so for the user and the Report says what was found,
// as far as Check got. Check never panics on a damaged file.
func Check(path string) (Report, error) {
	return check(path, path)
}

// check is Check of the file at path, named name in the report and its
// messages.
func check(path, name string) (Report, error) {
	r := Report{Path: name, file: path}
	if info, err := os.Stat(path); err == nil {
		r.Size = info.Size()
	}
	db, err := openReadOnly(path)
	if err != nil {
		var rf *refusal
		if errors.As(err, &rf) {
			r.Problems = rf.problems
		}
		return r, err
	}
	err = asRefusal(name, guard(func() error { return db.View(r.check) }))
	var rf *refusal
	switch {
	case err == nil && len(r.Problems) > 0:
		err = damagedPages(name, r.Problems)
	case errors.As(err, &rf):
		r.Problems = append(r.Problems, rf.problems...)
	}
	return r, errors.Join(err, closeDB(db, path))
}

// check fills the report from one read transaction: every record decoded,
// then bbolt's check of the pages, which openReadOnly's walk of them has
// made safe to run (see pages.go).
func (r *Report) check(tx *bolt.Tx) error {
	have, fresh, err := readSchema(tx, r.Path, current.version)
	r.Schema = have
	switch {
	case err != nil:
		return err
	case fresh:
		r.warn("it is an empty bbolt file, not yet a notebook: lanyard lays it out when it opens it")
		return nil
	}
	b, err := openBuckets(tx)
	if err != nil {
		return err
	}
	r.Identity = readIdentity(tx)
	talks := r.checkEvents(b.events)
	r.checkOutlines(b.outlines, talks)
	if v := b.meta.Get(lastOpenedKey); v != nil {
		if _, err := decodeID(v); err != nil {
			r.warn("the event last opened is unreadable; lanyard will start at the newest")
		}
	}
	if page, size, broken := brokenHeader(r.file); broken {
		r.warn("%s", headerWarning(page))
		problems, err := checkPagesMended(r.file, page, size)
		if err != nil {
			r.problem("pages: bbolt's check could not run: %v", err)
		}
		r.pageProblems(problems)
		return nil
	}
	r.checkPages(tx)
	return nil
}

// checkEvents decodes every event and returns their talks, by ID, named
// for the user (see talkName).
func (r *Report) checkEvents(events *bolt.Bucket) map[uint64]string {
	talks := make(map[uint64]string)
	c := events.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		id, err := decodeID(k)
		if err != nil {
			r.problem("an event's key is %d bytes, not 8", len(k))
			continue
		}
		if v == nil {
			r.problem("event %d is a bucket, not a record", id)
			continue
		}
		ev, err := decodeEvent(v)
		if err != nil {
			r.problem("event %d does not decode: %v", id, err)
			continue
		}
		r.Events++
		for d, t := range ev.All() {
			if _, twice := talks[t.ID]; twice {
				r.problem("talk %d (%q) is in the schedule twice", t.ID, t.Title)
			}
			talks[t.ID] = talkName(ev, ev.Days[d], *t)
			r.Talks++
		}
	}
	return talks
}

// talkName names a talk for the user, as lanyard talks lists it: its ID,
// event, day and title.
func talkName(ev schedule.Event, d schedule.Day, t schedule.Talk) string {
	return fmt.Sprintf("talk %d (%s, %s, %q)", t.ID, ev.Name, d.Date, t.Title)
}

// checkOutlines decodes every talk's bullets and checks they form a tree.
func (r *Report) checkOutlines(outlines *bolt.Bucket, talks map[uint64]string) {
	c := outlines.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		id, err := decodeID(k)
		switch {
		case err != nil:
			r.problem("an outline's key is %d bytes, not 8", len(k))
			continue
		case v != nil:
			r.problem("outline %d is a record, not a bucket", id)
			continue
		}
		nodes, err := readNodes(outlines.Bucket(k))
		if err != nil {
			r.problem("the notes of talk %d: %v", id, err)
			continue
		}
		r.Outlines++
		r.Bullets += len(nodes)
		name, listed := talks[id]
		if !listed {
			r.warn("talk %d has %d bullets but is in no event's schedule", id, len(nodes))
			name = fmt.Sprintf("talk %d", id)
		}
		r.checkOrder(name, nodes)
		r.checkTree(id, nodes)
	}
}

// maxOrderWarnings bounds the pairs of bullets out of order named per
// talk: a few say where to look.
const maxOrderWarnings = 5

// checkOrder names the sibling bullets whose order keys are equal, out of
// order or malformed: the order they load in (by key, then by ID) may not
// be the order they were written in, so the user should look.
func (r *Report) checkOrder(talk string, nodes []outline.Node) {
	problems := outline.OrderProblems(nodes)
	for _, p := range problems[:min(len(problems), maxOrderWarnings)] {
		r.warn("%s: %s; lanyard shows them in the order the keys give and fixes the keys when the talk is opened: check that these bullets are in the order you wrote them",
			talk, p)
	}
	if n := len(problems); n > maxOrderWarnings {
		r.warn("%s: %d more pairs of bullets with order keys out of order", talk, n-maxOrderWarnings)
	}
}

// checkTree checks that a talk's bullets form a tree lanyard loads as
// stored. Loading repairs a tree that does not (a missing parent, a cycle,
// order keys out of order): that is a warning. IDs that are zero or
// repeated are damage.
func (r *Report) checkTree(talk uint64, nodes []outline.Node) {
	o, err := outline.AdoptNodes(nodes)
	if err != nil {
		r.problem("the notes of talk %d do not form an outline: %v", talk, err)
		return
	}
	if c := o.TakeChanges(); !c.Empty() {
		r.warn("talk %d: %d bullets are not where their records say (a missing parent, a loop, keys out of order); lanyard re-links them when the talk is opened",
			talk, len(c.Put))
	}
}

// checkPages runs bbolt's consistency check of the pages.
func (r *Report) checkPages(tx *bolt.Tx) {
	var problems []string
	for err := range tx.Check() {
		problems = append(problems, err.Error())
	}
	r.pageProblems(problems)
}

// pageProblems reports the first of bbolt's findings, and how many more.
func (r *Report) pageProblems(problems []string) {
	for _, p := range problems[:min(len(problems), maxPageProblems)] {
		r.problem("pages: %s", p)
	}
	if n := len(problems); n > maxPageProblems {
		r.problem("pages: %d more problems", n-maxPageProblems)
	}
}

func (r *Report) problem(format string, args ...any) {
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

func (r *Report) warn(format string, args ...any) {
	r.Warnings = append(r.Warnings, fmt.Sprintf(format, args...))
}

// problemSummary is the few words of a damaged refusal for a report's
// problems.
func problemSummary(problems []string) string {
	if len(problems) == 1 {
		return problems[0]
	}
	return fmt.Sprintf("%d problems, the first: %s", len(problems), problems[0])
}
