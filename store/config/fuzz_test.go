package config

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// FuzzParse reads any bytes as a config file: never a panic, every
// problem on a line of the file and free of escape sequences, and the
// settings in effect always ones their keys take.
func FuzzParse(f *testing.F) {
	f.Add([]byte(sampleFile))
	f.Add([]byte("theme = \"purple\"\n[keys]\neditor.move_up = 3\n"))
	f.Add([]byte("keys = { editor = { move_up = [\"ctrl+k\"] } }\n[[x]]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		table := testTable()
		file := Parse("c.toml", data, table)
		lines := bytes.Count(data, []byte{'\n'}) + 1
		for _, p := range file.Problems() {
			if p.Line < 0 || p.Line > lines {
				t.Errorf("problem on line %d of %d: %v", p.Line, lines, p)
			}
			if strings.ContainsAny(p.Error(), "\x1b\x07\r\n") {
				t.Errorf("problem with a control character: %q", p.Error())
			}
		}
		e, err := table.Resolve(file, noEnv)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range e.Values() {
			if err := v.Setting.Check(v.V); err != nil {
				t.Errorf("%s in effect is a bad value: %v", v.Setting.Key, err)
			}
		}
		if err := e.Write(io.Discard); err != nil {
			t.Fatal(err)
		}
	})
}

// sampleFile is a config file as a user keeps one.
const sampleFile = `# my lanyard
theme = "dark"
schedule_width = 40
backups = 14
remind = "10m"
notify = "osc9"

[colors]
accent = "#ff8700"
selection = "238"

[export]
front_matter = true
tags = ["conference", "notes"]
template = "~/blog/talk.tmpl"
follow_ups = false

[keys]
editor.move_up = ["ctrl+k", "alt+up"]
schedule.next = ["j", "down", "ctrl+n"]
`

// BenchmarkReadSmallFile is the start's cost of the config file: read
// from disk, parsed, resolved against the environment.
func BenchmarkReadSmallFile(b *testing.B) {
	path := b.TempDir() + "/config.toml"
	if err := writeFile(path, sampleFile); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		table := testTable()
		e, err := table.Resolve(Read(path, true, table), noEnv)
		if err != nil || len(e.Problems()) > 0 {
			b.Fatal(err, e.Problems())
		}
	}
}
