package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"lanyard/export/schedtext"
)

// stdinName names standard input in messages, where a file's path would
// stand: "import standard input: line 3: …".
const stdinName = "standard input"

// readInput reads the file at path whole, or standard input for "-", the
// one as the other bounded by maxInputBytes; what is what it should hold
// ("a schedule"), for the message when it is too large. Empty standard
// input is refused: the pipe brought nothing, and a message saying so
// beats one about a format.
func readInput(stdin io.Reader, path, what string) ([]byte, error) {
	if path != "-" {
		return readBounded(path, what)
	}
	data, err := readAllBounded(stdin, stdinName, what)
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("standard input is empty: pipe %s into lanyard, or give a file's name", what)
	}
	return data, nil
}

// explainStdinSchedule words a schedule that could not be read from
// standard input when its format was left to lanyard: content that looks
// like no format lanyard knows falls to the plain text reader, which
// finds no slots in it; from a file the name may hint, from a pipe only
// --format can say.
func explainStdinSchedule(err error, fromStdin bool, format string) error {
	notText := errors.Is(err, schedtext.ErrNoSchedule) || errors.Is(err, schedtext.ErrLineTooLong)
	if !fromStdin || format != "" || !notText {
		return err
	}
	return fmt.Errorf("import standard input: lanyard cannot tell its format: it is not %s, and no plain text schedule either; if it is a schedule, say which format with --format (%s)",
		formatLabels(), formatNames())
}

// formatLabels names the formats lanyard recognises by their content, in
// words: "iCalendar, frab/pretalx JSON, … or Sessionize JSON".
func formatLabels() string {
	var labels []string
	for _, f := range scheduleFormats {
		if f.Name != schedtext.Format.Name {
			labels = append(labels, f.Label)
		}
	}
	if len(labels) < 2 {
		return strings.Join(labels, "")
	}
	return strings.Join(labels[:len(labels)-1], ", ") + " or " + labels[len(labels)-1]
}
