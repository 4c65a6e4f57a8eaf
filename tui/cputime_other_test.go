//go:build !unix

package tui

import "time"

// cpuTime is 0 where there is no getrusage: the benchmark's cpu-ns/op
// then says nothing, and ns/op stands.
func cpuTime() time.Duration { return 0 }
