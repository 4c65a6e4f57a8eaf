package outline

import (
	"fmt"
	"strings"
)

// Order keys are fractional indexes in the scheme of David Greenspan's
// "Implementing Fractional Indexing" (used by Figma and the
// fractional-indexing libraries): a key is a variable-length base-62
// integer part followed by an optional base-62 fraction. The integer's first
// character says how many digits follow ('a'..'z' for 1..26 digits of a
// positive number, 'Z'..'A' for 1..26 digits of a negative one), so keys
// compare correctly as plain strings and appending at either end only
// increments or decrements the integer: 100,000 appends give 4-character
// keys. A key between two neighbours bisects the fraction.

// digits are the base-62 digits in ASCII order, so string comparison of keys
// is numeric comparison.
const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// firstKey is integer zero, the key of the first node among no siblings.
const firstKey = "a0"

// smallestInteger has no key below it that keeps the integer form, so it is
// never used as a key on its own.
const smallestInteger = "A" + "00000000000000000000000000"

// KeyBetween returns an order key that sorts strictly between a and b, where
// "" means an open end: KeyBetween("", "") is the first key ever made,
// KeyBetween(last, "") goes after last and KeyBetween("", first) before
// first. a and b must be keys made by KeyBetween (or "") with a < b; any
// other input is a bug in the caller and panics.
func KeyBetween(a, b string) string {
	mustBeKey(a)
	mustBeKey(b)
	if a != "" && b != "" && a >= b {
		panic(fmt.Sprintf("outline: KeyBetween(%q, %q): keys out of order", a, b))
	}
	switch {
	case a == "" && b == "":
		return firstKey
	case a == "":
		return keyBefore(b)
	case b == "":
		return keyAfter(a)
	}
	ia, ib := integerPart(a), integerPart(b)
	if ia == ib {
		return ia + midpoint(a[len(ia):], b[len(ib):])
	}
	if i, ok := incrementInteger(ia); ok && i < b {
		return i
	}
	return ia + midpoint(a[len(ia):], "")
}

// keyBefore returns a key below b, as short as decrementing b's integer
// allows.
func keyBefore(b string) string {
	ib := integerPart(b)
	if ib == smallestInteger {
		return ib + midpoint("", b[len(ib):])
	}
	if ib < b {
		// b has a fraction: its bare integer part sorts before it.
		return ib
	}
	i, ok := decrementInteger(ib)
	if !ok {
		panic(fmt.Sprintf("outline: KeyBetween(\"\", %q): no key below", b))
	}
	return i
}

// keyAfter returns a key above a, as short as incrementing a's integer
// allows.
func keyAfter(a string) string {
	ia := integerPart(a)
	if i, ok := incrementInteger(ia); ok {
		return i
	}
	return ia + midpoint(a[len(ia):], "")
}

// keysBetween returns n increasing keys strictly between a and b. Between
// two bounds it bisects recursively, so the keys grow with log n rather than
// with n as repeated KeyBetween(prev, b) would.
func keysBetween(a, b string, n int) []string {
	switch {
	case n <= 0:
		return nil
	case n == 1:
		return []string{KeyBetween(a, b)}
	case b == "":
		keys := make([]string, n)
		prev := a
		for i := range keys {
			keys[i] = KeyBetween(prev, "")
			prev = keys[i]
		}
		return keys
	case a == "":
		keys := make([]string, n)
		next := b
		for i := n - 1; i >= 0; i-- {
			keys[i] = KeyBetween("", next)
			next = keys[i]
		}
		return keys
	}
	half := n / 2
	mid := KeyBetween(a, b)
	keys := make([]string, 0, n)
	keys = append(keys, keysBetween(a, mid, half)...)
	keys = append(keys, mid)
	return append(keys, keysBetween(mid, b, n-half-1)...)
}

// midpoint returns a fraction strictly between fractions a and b (b == ""
// meaning 1). Fractions are digit strings without trailing zeros.
func midpoint(a, b string) string {
	if b != "" {
		// Skip the common prefix, reading a as padded with zeros.
		n := 0
		for n < len(b) && digitOr0(a, n) == b[n] {
			n++
		}
		if n > 0 {
			return b[:n] + midpoint(tail(a, n), b[n:])
		}
	}
	da := 0
	if a != "" {
		da = digitValue(a[0])
	}
	db := len(digits)
	if b != "" {
		db = digitValue(b[0])
	}
	if db-da > 1 {
		return string(digits[(da+db+1)/2])
	}
	// The first digits are adjacent.
	if len(b) > 1 {
		return b[:1]
	}
	return string(digits[da]) + midpoint(tail(a, 1), "")
}

// digitOr0 returns s[i], or '0' past the end of s.
func digitOr0(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return '0'
}

// tail returns s[i:], or "" when s is shorter than i.
func tail(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	return s[i:]
}

// digitValue returns the value of base-62 digit c, or -1 if it is not one.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 36
	}
	return -1
}

// integerLength returns the length, head included, of an integer part whose
// head is h, or 0 if h cannot start one.
func integerLength(h byte) int {
	switch {
	case h >= 'a' && h <= 'z':
		return int(h-'a') + 2
	case h >= 'A' && h <= 'Z':
		return int('Z'-h) + 2
	}
	return 0
}

// integerPart returns the integer part of a valid key.
func integerPart(key string) string {
	return key[:integerLength(key[0])]
}

// ValidKey reports whether key is a well-formed order key, one that
// KeyBetween takes. Readers of keys from outside (a synced form) check
// with it before they hand a key to KeyBetween.
func ValidKey(key string) bool { return validKey(key) }

// validKey reports whether key is a well-formed order key.
func validKey(key string) bool {
	if key == "" {
		return false
	}
	n := integerLength(key[0])
	if n == 0 || len(key) < n || key[:n] == smallestInteger {
		return false
	}
	for i := 1; i < len(key); i++ {
		if digitValue(key[i]) < 0 {
			return false
		}
	}
	// A trailing zero in the fraction would make two spellings of one key.
	return len(key) == n || !strings.HasSuffix(key, "0")
}

// mustBeKey panics unless key is "" or a well-formed order key.
func mustBeKey(key string) {
	if key != "" && !validKey(key) {
		panic(fmt.Sprintf("outline: %q is not an order key", key))
	}
}

// incrementInteger returns the integer part after x; ok is false past the
// largest integer.
func incrementInteger(x string) (string, bool) {
	head, digs := x[0], []byte(x[1:])
	for i := len(digs) - 1; i >= 0; i-- {
		if d := digitValue(digs[i]) + 1; d < len(digits) {
			digs[i] = digits[d]
			return string(head) + string(digs), true
		}
		digs[i] = digits[0]
	}
	// Every digit carried: the integer needs one more digit.
	switch head {
	case 'Z':
		return firstKey, true
	case 'z':
		return "", false
	}
	head++
	if head > 'a' {
		digs = append(digs, digits[0])
	} else {
		digs = digs[:len(digs)-1]
	}
	return string(head) + string(digs), true
}

// decrementInteger returns the integer part before x; ok is false below the
// smallest integer.
func decrementInteger(x string) (string, bool) {
	head, digs := x[0], []byte(x[1:])
	last := digits[len(digits)-1]
	for i := len(digs) - 1; i >= 0; i-- {
		if d := digitValue(digs[i]) - 1; d >= 0 {
			digs[i] = digits[d]
			return string(head) + string(digs), true
		}
		digs[i] = last
	}
	// Every digit borrowed: the integer needs one more digit.
	switch head {
	case 'a':
		return "Z" + string(last), true
	case 'A':
		return "", false
	}
	head--
	if head < 'Z' {
		digs = append(digs, last)
	} else {
		digs = digs[:len(digs)-1]
	}
	return string(head) + string(digs), true
}
