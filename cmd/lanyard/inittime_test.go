package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Package initialisation runs before lanyard can draw anything, on every
// start, whatever the command: work done there is paid between a person's
// Enter and the first frame. The goal is 10 ms of init. It was 40-60 ms:
// go-runewidth v0.0.27's tables, then chroma's lexers and styles and
// bluemonday, which glamour (the post preview, drawn by lanyard itself
// now) pulled in. What is left is mostly goldmark's parser (its patterns
// and case-folding table, ~2 ms), x/net/html's entity table, and page
// faults of the code each package's init touches. The bounds, each met
// with room on a busy machine (load 10 on 2 cores) and failed by the
// builds with glamour:
//   - mainCPULimit: the main thread's CPU time from exec to exit of
//     lanyard --help (runtime start, every package's init, the help
//     text): 57-60 ms with glamour, 25-29 ms now, 7 ms for a Go hello
//     world. Linux only; it grows little with other processes' load.
//   - initLimit: the packages' init summed as inittrace reports it, by
//     the clock, the least of initRuns starts: 40-60 ms with glamour,
//     8-11 ms now.
//
// Lower both as init work leaves the start path.
const (
	mainCPULimit = 40 * time.Millisecond
	initLimit    = 25 * time.Millisecond
	// initRuns is how many starts are measured: the least of them is
	// the one another process interrupted least, nearest the CPU time
	// init takes.
	initRuns = 11
)

// initCost is one start's package initialisation, from GODEBUG=inittrace=1.
type initCost struct {
	total    time.Duration            // summed over packages
	packages map[string]time.Duration // each package's own
	mainCPU  time.Duration            // the main thread's CPU time, exec to exit
	cpuKnown bool                     // whether mainCPU could be read
}

// measureInit runs bin --help with inittrace on and sums the packages'
// init times, which the runtime reports by the clock, and reads the main
// thread's CPU time.
func measureInit(t testing.TB, bin string) initCost {
	t.Helper()
	cmd := exec.Command(bin, "--help")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cpu, known, err := runMainCPU(cmd)
	if err != nil {
		t.Fatalf("%s --help: %v\n%s", bin, err, stderr.String())
	}
	c := initCost{packages: map[string]time.Duration{}, mainCPU: cpu, cpuKnown: known}
	lines := bufio.NewScanner(bytes.NewReader(stderr.Bytes()))
	for lines.Scan() {
		// init github.com/mattn/go-runewidth @36 ms, 26 ms clock, 18776 bytes, 44 allocs
		f := strings.Fields(lines.Text())
		if len(f) < 7 || f[0] != "init" || f[6] != "clock," {
			continue
		}
		ms, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			t.Fatalf("inittrace line %q: %v", lines.Text(), err)
		}
		d := time.Duration(ms * float64(time.Millisecond))
		c.packages[f[1]] += d
		c.total += d
	}
	if len(c.packages) == 0 {
		t.Fatalf("%s --help wrote no inittrace lines:\n%s", bin, stderr.String())
	}
	return c
}

// leastInit measures runs starts of bin and returns the one whose init
// took least, and the least main-thread CPU time of them: the starts
// another process interrupted least.
func leastInit(t testing.TB, bin string, runs int) (least initCost, leastCPU time.Duration) {
	t.Helper()
	for i := range runs {
		c := measureInit(t, bin)
		if i == 0 || c.total < least.total {
			least = c
		}
		if i == 0 || c.mainCPU < leastCPU {
			leastCPU = c.mainCPU
		}
	}
	return least, leastCPU
}

// costliest lists the n packages whose init took longest, for a failure
// message that says where to look.
func (c initCost) costliest(n int) string {
	names := make([]string, 0, len(c.packages))
	for name := range c.packages {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return c.packages[names[i]] > c.packages[names[j]] })
	var b strings.Builder
	for _, name := range names[:min(n, len(names))] {
		fmt.Fprintf(&b, "  %6.2f ms  %s\n", float64(c.packages[name])/float64(time.Millisecond), name)
	}
	return b.String()
}

// buildForInit compiles the command as a user gets it.
func buildForInit(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lanyard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestPackageInitIsQuick measures the real binary's package init, so a
// dependency that starts doing heavy work in init (or a new one that
// does) fails here rather than in a person's hands. $LANYARD_INIT_BIN
// measures another binary instead, e.g. an older build to compare.
func TestPackageInitIsQuick(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := os.Getenv("LANYARD_INIT_BIN")
	if bin == "" {
		bin = buildForInit(t)
	}
	c, cpu := leastInit(t, bin, initRuns)
	t.Logf("least of %d starts: package init %v summed by the clock, main thread %v of CPU; costliest:\n%s",
		initRuns, c.total.Round(10*time.Microsecond), cpu.Round(100*time.Microsecond), c.costliest(8))
	if c.cpuKnown && cpu > mainCPULimit {
		t.Errorf("lanyard --help takes %v of CPU on its main thread, over %v; costliest inits:\n%s",
			cpu.Round(100*time.Microsecond), mainCPULimit, c.costliest(8))
	}
	if c.total > initLimit {
		t.Errorf("package init takes %v, over %v; costliest:\n%s", c.total.Round(10*time.Microsecond), initLimit, c.costliest(8))
	}
}

// BenchmarkPackageInit reports the binary's summed package init per
// start, in ms, for benchstat.
func BenchmarkPackageInit(b *testing.B) {
	bin := os.Getenv("LANYARD_INIT_BIN")
	if bin == "" {
		bin = buildForInit(b)
	}
	var total, cpu time.Duration
	n := 0
	for b.Loop() {
		c := measureInit(b, bin)
		total += c.total
		cpu += c.mainCPU
		n++
	}
	b.ReportMetric(float64(total)/float64(n)/float64(time.Millisecond), "init-ms/start")
	b.ReportMetric(float64(cpu)/float64(n)/float64(time.Millisecond), "main-cpu-ms/start")
}
