package main

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionSaysTheCommitAndItsChanges(t *testing.T) {
	info := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "lanyard", Version: "v1.4.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-05-14T10:30:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	got := versionOf(info, "2026-05-15T08:00:00Z").String()
	for _, want := range []string{
		"lanyard v1.4.0\n",
		"revision: 0123456789abcdef0123456789abcdef01234567, with changes not committed\n",
		"committed: 2026-05-14T10:30:00Z\n",
		"built: 2026-05-15T08:00:00Z\n",
		"go: go1.26.8 " + runtime.GOOS + "/" + runtime.GOARCH + "\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("version text lacks %q:\n%s", want, got)
		}
	}

	info.Settings[3].Value = "false"
	if got := versionOf(info, "").String(); strings.Contains(got, "changes") || strings.Contains(got, "built:") {
		t.Errorf("a clean tree with no build time given says otherwise:\n%s", got)
	}
}

func TestVersionWithoutVCSInfoSaysSoPlainly(t *testing.T) {
	for name, info := range map[string]*debug.BuildInfo{
		"no build info": nil,
		"no vcs":        {GoVersion: "go1.26.8", Main: debug.Module{Path: "lanyard", Version: "(devel)"}},
	} {
		got := versionOf(info, "").String()
		if !strings.Contains(got, "revision: not recorded (built outside a git checkout, or with -buildvcs=false)") ||
			!strings.Contains(got, "development build") {
			t.Errorf("%s: version text does not say what is missing:\n%s", name, got)
		}
		for line := range strings.SplitSeq(strings.TrimSpace(got), "\n") {
			if k, v, found := strings.Cut(line, ":"); found && strings.TrimSpace(v) == "" {
				t.Errorf("%s: line %q has a blank where a value goes", name, k)
			}
		}
	}
}

func TestVersionCommandAndFlagPrintTheSame(t *testing.T) {
	db := newDB(t)
	cmd := mustLanyard(t, db, "version")
	flag := mustLanyard(t, db, "--version")
	if cmd != flag {
		t.Errorf("lanyard version and lanyard --version differ:\n%s\n---\n%s", cmd, flag)
	}
	if !strings.HasPrefix(cmd, "lanyard") || !strings.Contains(cmd, "go: "+runtime.Version()) {
		t.Errorf("lanyard version printed %q", cmd)
	}
	if cmd != readVersion().String() {
		t.Errorf("lanyard version is not this binary's build info:\n%s", cmd)
	}
}
