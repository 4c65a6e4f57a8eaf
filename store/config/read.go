package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxSize is the most of a config file lanyard reads: a real one is a few
// kilobytes, and a bigger file is a mistake that must not cost the start.
const MaxSize = 1 << 20

// maxProblems is how many mistakes of one file are said; the rest are
// counted.
const maxProblems = 20

// File is a config file as read: the value of each key set in it, with
// its line, and the mistakes found. A mistake costs only its key.
type File struct {
	Path string
	// Found is whether there was a file at Path.
	Found    bool
	values   map[string]fileValue
	problems []Problem
	// more counts the problems past maxProblems.
	more int
}

// fileValue is a key's value in the file, of its setting's Go type.
type fileValue struct {
	v    any
	line int
}

// Problems are the mistakes found in the file, each with its path and
// line; past the first few, the last says how many more there are.
func (f *File) Problems() []Problem {
	if f == nil {
		return nil
	}
	if f.more == 0 {
		return f.problems
	}
	return append(f.problems[:len(f.problems):len(f.problems)],
		Problem{Path: f.Path, Msg: fmt.Sprintf("%d more %s not shown", f.more, plural(f.more, "mistake", "mistakes"))})
}

// problem notes a mistake at line.
func (f *File) problem(line int, format string, args ...any) {
	if len(f.problems) == maxProblems {
		f.more++
		return
	}
	f.problems = append(f.problems, Problem{Path: f.Path, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Read reads the config file at path against the table. A file that is not
// there is no mistake unless named (named: the user gave its path); any
// other failure to read it is a problem of the whole file, and lanyard
// goes on with the defaults.
func Read(path string, named bool, t *Table) *File {
	f := &File{Path: path, values: map[string]fileValue{}}
	data, err := readCapped(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if named {
			f.problem(0, "no such file")
		}
		return f
	case err != nil:
		f.Found = true
		f.problem(0, "%s", err)
		return f
	}
	f.Found = true
	f.parse(data, t)
	return f
}

// Parse reads a config file's text as Read does, for a file read
// elsewhere; path names it in problems.
func Parse(path string, data []byte, t *Table) *File {
	f := &File{Path: path, Found: true, values: map[string]fileValue{}}
	if len(data) > MaxSize {
		f.problem(0, "bigger than %d KiB: not read, a config file is a few lines", MaxSize>>10)
		return f
	}
	f.parse(data, t)
	return f
}

// readCapped reads a regular file of at most MaxSize bytes. It looks at
// what is there before opening it: a folder or a pipe would fail late, or
// block.
func readCapped(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, errors.New("permission denied: lanyard may not look into its folder")
		}
		return nil, err
	}
	switch {
	case info.IsDir():
		return nil, errors.New("is a folder, not a file")
	case !info.Mode().IsRegular():
		return nil, errors.New("is not a regular file")
	case info.Size() > MaxSize:
		return nil, fmt.Errorf("bigger than %d KiB: not read, a config file is a few lines", MaxSize>>10)
	}
	file, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, errors.New("permission denied: lanyard may not read it")
		}
		return nil, err
	}
	defer file.Close()
	data, err := io.ReadAll(io.LimitReader(file, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("bigger than %d KiB: not read, a config file is a few lines", MaxSize>>10)
	}
	return data, nil
}

// plural picks the word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
