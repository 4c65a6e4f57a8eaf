package notesync

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"lanyard/store/outline"
)

// TestRandomConcurrentEditsConverge edits two notebooks at random with
// the editor's own edits (type, split, indent, outdent, move, delete,
// kind, fold, marks), syncs them in random orders, and checks that they
// end equal with every word typed on either side still there, unless a
// side deleted the bullet holding it.
func TestRandomConcurrentEditsConverge(t *testing.T) {
	seeds := 40
	if testing.Short() {
		seeds = 8
	}
	for seed := int64(1); seed <= int64(seeds); seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			t.Logf("seed %d", seed)
			randomRun(t, seed)
		})
	}
}

// typist makes edits with words no one else types, and remembers them.
type typist struct {
	rng     *rand.Rand
	next    int
	typed   map[string]bool
	deleted map[string]bool
}

func (ty *typist) word(who string) string {
	ty.next++
	w := fmt.Sprintf("%s%d", who, ty.next)
	ty.typed[w] = true
	return w
}

var propTalks = []string{"Runbooks", "Toil"}

func randomRun(t *testing.T, seed int64) {
	r := &remote{}
	a, b := openLaptop(t, "a"), openLaptop(t, "b")
	importConference(t, a)
	importConference(t, b)
	ty := &typist{rng: rand.New(rand.NewSource(seed)), typed: map[string]bool{}, deleted: map[string]bool{}}
	for step := 0; step < 60; step++ {
		l := a
		if ty.rng.Intn(2) == 0 {
			l = b
		}
		if ty.rng.Intn(5) == 0 {
			r.sync(t, l)
			continue
		}
		if ty.rng.Intn(12) == 0 {
			id := l.talkID(t, propTalks[ty.rng.Intn(len(propTalks))])
			if err := l.nb.SetAttended(l.event(t).ID, id, ty.rng.Intn(2) == 0); err != nil {
				t.Fatal(err)
			}
			continue
		}
		title := propTalks[ty.rng.Intn(len(propTalks))]
		l.edit(t, title, func(o *outline.Outline) { ty.edit(o, l.name) })
	}
	r.sync(t, a)
	r.sync(t, b)
	r.sync(t, a)
	sameNotebooks(t, a, b)
	var all strings.Builder
	for _, title := range propTalks {
		for _, s := range a.texts(t, title) {
			all.WriteString(s + " ")
		}
	}
	have := map[string]bool{}
	for _, w := range strings.Fields(strings.NewReplacer("!", " ").Replace(all.String())) {
		have[w] = true
	}
	for w := range ty.typed {
		if !have[w] && !ty.deleted[w] {
			t.Errorf("seed %d: %q was typed, never deleted, and is lost", seed, w)
		}
	}
}

// edit makes one random edit of the outline.
func (ty *typist) edit(o *outline.Outline, who string) {
	if o.Len() == 0 {
		o.Append(ty.word(who))
		return
	}
	i := ty.rng.Intn(o.Len())
	text := o.At(i).Text
	switch ty.rng.Intn(10) {
	case 0, 1:
		o.InsertText(i, len(text), " "+ty.word(who))
	case 2:
		j := o.Split(i, len(text))
		o.InsertText(j, 0, ty.word(who))
	case 3:
		if k := strings.IndexByte(text, ' '); k > 0 {
			o.Split(i, k) // between two words
		}
	case 4:
		o.Indent(i)
	case 5:
		o.Outdent(i)
	case 6:
		if ty.rng.Intn(2) == 0 {
			o.MoveUp(i)
		} else {
			o.MoveDown(i)
		}
	case 7:
		for r := i; r < o.SubtreeEnd(i); r++ {
			for _, w := range strings.Fields(o.At(r).Text) {
				ty.deleted[w] = true
			}
		}
		o.DeleteSubtree(i)
	case 8:
		o.SetKind(i, outline.Kind(ty.rng.Intn(6)))
	case 9:
		o.SetFolded(i, !o.At(i).Folded)
	}
}
