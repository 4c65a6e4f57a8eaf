package main

import (
	"fmt"
	"time"
)

// ownTime is a span of wall time less what a process waited for a CPU
// meanwhile: the time it had. On a machine busy with other work the wait
// can reach hundreds of milliseconds in a second, and a promise about
// lanyard's timing is about the time it had. Where the waits cannot be
// read (cpuwait_other_test.go) it is the wall time.
type ownTime struct {
	wall, waited time.Duration
}

func (o ownTime) own() time.Duration { return o.wall - o.waited }

func (o ownTime) String() string {
	return fmt.Sprintf("%v (%v by the clock, %v of it waiting for a CPU)",
		o.own().Round(time.Millisecond), o.wall.Round(time.Millisecond), o.waited.Round(time.Millisecond))
}
