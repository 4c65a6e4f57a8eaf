package worded

import (
	"errors"
	"testing"
)

func TestAWordedErrorSaysItsSentenceAndIsItsKind(t *testing.T) {
	kind := errors.New("no remote")
	err := Error(kind, "%s has no remote: add one with git remote add", "notes")
	if got := err.Error(); got != "notes has no remote: add one with git remote add" {
		t.Errorf("says %q", got)
	}
	if !errors.Is(err, kind) {
		t.Error("is not its kind")
	}
	if errors.Is(err, errors.New("no remote")) {
		t.Error("is another error of the same words")
	}
}
