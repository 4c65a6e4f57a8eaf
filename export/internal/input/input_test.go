package input

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestReadAllBoundsTheInput(t *testing.T) {
	data, err := ReadAll(strings.NewReader("BEGIN:VCALENDAR"), "a.ics")
	if err != nil || string(data) != "BEGIN:VCALENDAR" {
		t.Fatalf("ReadAll = %q, %v", data, err)
	}
	endless := io.LimitReader(zeros{}, MaxBytes+10)
	if _, err := ReadAll(endless, "big.ics"); !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "big.ics: ") {
		t.Errorf("ReadAll of %d bytes: err = %v, want ErrTooLarge naming the file", MaxBytes+10, err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }
