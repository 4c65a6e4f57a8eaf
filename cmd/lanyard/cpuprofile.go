package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// cpuProfileEnv names the file a CPU profile of the whole run goes to. It
// is an environment variable, not a flag: it is for measuring lanyard's
// start (go tool pprof -top lanyard FILE), not a thing users set.
const cpuProfileEnv = "LANYARD_CPUPROFILE"

// startCPUProfile starts profiling into path, if it is set, and returns
// what stops it and writes the profile out; main calls that on its one
// way out, after the interface has quit and the notes are saved. A
// profile that cannot be made is said on stderr and the run goes on: the
// user's notes matter more than a measurement.
func startCPUProfile(path string, stderr io.Writer) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "lanyard: %s: %v\n", cpuProfileEnv, err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(stderr, "lanyard: %s=%s: %v\n", cpuProfileEnv, path, err)
		if err := f.Close(); err != nil {
			fmt.Fprintf(stderr, "lanyard: %s=%s: %v\n", cpuProfileEnv, path, err)
		}
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(stderr, "lanyard: %s=%s: %v\n", cpuProfileEnv, path, err)
		}
	}
}
