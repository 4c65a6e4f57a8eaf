package outline

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestKeyBetweenRandomPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []string{KeyBetween("", "")}
	// Grow a pool of keys by inserting at random places, then check
	// random pairs from it, so pairs cover short, long, near and far keys.
	for range 5000 {
		slices.Sort(keys)
		i := rng.IntN(len(keys) + 1)
		a, b := "", ""
		if i > 0 {
			a = keys[i-1]
		}
		if i < len(keys) {
			b = keys[i]
		}
		keys = append(keys, between(t, a, b))
	}
	slices.Sort(keys)
	for range 20000 {
		i, j := rng.IntN(len(keys)), rng.IntN(len(keys))
		if i == j {
			continue
		}
		if keys[i] == keys[j] {
			t.Fatalf("key %q made twice", keys[i])
		}
		between(t, min(keys[i], keys[j]), max(keys[i], keys[j]))
	}
}

// between calls KeyBetween and fails unless the result is a printable
// well-formed key strictly between a and b.
func between(t testing.TB, a, b string) string {
	t.Helper()
	k := KeyBetween(a, b)
	if !validKey(k) {
		t.Fatalf("KeyBetween(%q, %q) = %q, malformed", a, b, k)
	}
	for _, c := range []byte(k) {
		if c < '!' || c > '~' {
			t.Fatalf("KeyBetween(%q, %q) = %q, not printable ASCII", a, b, k)
		}
	}
	if (a != "" && k <= a) || (b != "" && k >= b) {
		t.Fatalf("KeyBetween(%q, %q) = %q, not between", a, b, k)
	}
	return k
}

func TestKeysStayShortAtTheEnds(t *testing.T) {
	last, first := "", ""
	for range 100_000 {
		last = between(t, last, "")
		first = between(t, "", first)
	}
	if len(last) > 4 || len(first) > 5 {
		t.Fatalf("after 100,000 appends the keys are %q and %q; want a few characters", last, first)
	}
}

func TestKeysBetweenIsBalanced(t *testing.T) {
	for _, tc := range []struct{ a, b string }{{"", ""}, {"a0", ""}, {"", "a0"}, {"a0", "a1"}, {"a0V", "a0W"}} {
		keys := keysBetween(tc.a, tc.b, 1000)
		if len(keys) != 1000 {
			t.Fatalf("keysBetween(%q, %q, 1000) made %d keys", tc.a, tc.b, len(keys))
		}
		prev := tc.a
		for _, k := range keys {
			if !validKey(k) || (prev != "" && k <= prev) || (tc.b != "" && k >= tc.b) {
				t.Fatalf("keysBetween(%q, %q): %q after %q out of order", tc.a, tc.b, k, prev)
			}
			if len(k) > len(tc.a)+len(tc.b)+4 {
				t.Fatalf("keysBetween(%q, %q): key %q too long for 1000 keys", tc.a, tc.b, k)
			}
			prev = k
		}
	}
}

func TestKeyBetweenRejectsBadInput(t *testing.T) {
	for _, tc := range []struct{ a, b string }{{"a1", "a0"}, {"a0", "a0"}, {"a10", ""}, {"", "!"}, {"b0", ""}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("KeyBetween(%q, %q) did not panic", tc.a, tc.b)
				}
			}()
			KeyBetween(tc.a, tc.b)
		}()
	}
}

// FuzzKeyBetween inserts keys at the places the input picks and checks
// that the list stays strictly sorted.
func FuzzKeyBetween(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0})
	f.Add([]byte{255, 1, 255, 1, 128, 3})
	f.Fuzz(func(t *testing.T, picks []byte) {
		var keys []string
		for _, p := range picks[:min(len(picks), 2000)] {
			i := int(p) % (len(keys) + 1)
			a, b := "", ""
			if i > 0 {
				a = keys[i-1]
			}
			if i < len(keys) {
				b = keys[i]
			}
			keys = slices.Insert(keys, i, between(t, a, b))
		}
	})
}
