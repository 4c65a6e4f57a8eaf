package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"0lanyard/startenv"
)

// lipgloss detects the terminal's colours as it initialises, which inside
// tmux runs the tmux command before lanyard's main; startenv stops that by
// initialising first. The order is Go's, by import path: this test fails
// if a rename or a new dependency changes it.
func TestLipglossStartsWithoutDetectingColours(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestTheEnvironmentIsTheUsersAgain$", "-test.v")
	cmd.Env = append(slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "NO_COLOR=") || strings.HasPrefix(kv, "GODEBUG=")
	}), "GODEBUG=inittrace=1", "LANYARD_TEST_SAY_NO_COLOR=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var order []string
	for line := range strings.SplitSeq(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "init" {
			order = append(order, f[1])
		}
	}
	env, lipgloss := slices.Index(order, "0lanyard/startenv"), slices.Index(order, "charm.land/lipgloss/v2")
	if env < 0 || lipgloss < 0 || env > lipgloss {
		t.Fatalf("startenv initialised at %d, lipgloss at %d, of:\n%s", env, lipgloss, strings.Join(order, "\n"))
	}
	if !strings.Contains(string(out), "NO_COLOR unset") {
		t.Errorf("a user without NO_COLOR got one set in lanyard:\n%s", out)
	}
}

// The environment lanyard works in, and hands the commands it runs, is
// the user's: NO_COLOR is back as it was once the packages are ready.
// Run alone by the test above, it says what it sees.
func TestTheEnvironmentIsTheUsersAgain(t *testing.T) {
	if startenv.Held() {
		t.Fatal("NO_COLOR is still held after lanyard's packages initialised")
	}
	if os.Getenv("LANYARD_TEST_SAY_NO_COLOR") != "" {
		if v, ok := os.LookupEnv("NO_COLOR"); ok {
			t.Logf("NO_COLOR set to %q", v)
		} else {
			t.Log("NO_COLOR unset")
		}
	}
}
