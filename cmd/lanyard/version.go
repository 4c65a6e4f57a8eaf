package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"
)

// buildTime is when the binary was built, for a build that says it:
// go build -ldflags "-X main.buildTime=$(date -u +%Y-%m-%dT%H:%M:%SZ)".
// Go itself records no build time (builds are reproducible), so an
// ordinary build leaves it empty and lanyard version leaves the line out.
var buildTime string

// versionInfo is what lanyard version says about the binary, read from
// the build information Go puts in every binary.
type versionInfo struct {
	// module is the module's version: a tag such as v1.2.0, a pseudo-version
	// made from the commit, or "(devel)" for a build Go could not version.
	module string
	// revision, commitTime and modified come from the version control
	// system; known is false when the build recorded none.
	revision, commitTime string
	modified, known      bool
	// goVersion is the Go that built lanyard, platform its GOOS/GOARCH.
	goVersion, platform string
	// built is the build time the linker was given (see buildTime).
	built string
}

// readVersion reads the running binary's build information.
func readVersion() versionInfo {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return versionOf(info, buildTime)
}

// versionOf describes the build info (nil: the binary has none) and the
// build time the linker was given.
func versionOf(info *debug.BuildInfo, built string) versionInfo {
	v := versionInfo{goVersion: runtime.Version(), platform: runtime.GOOS + "/" + runtime.GOARCH, built: built}
	if info == nil {
		return v
	}
	v.module = info.Main.Version
	if info.GoVersion != "" {
		v.goVersion = info.GoVersion
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			v.revision, v.known = s.Value, true
		case "vcs.time":
			v.commitTime = s.Value
		case "vcs.modified":
			v.modified = s.Value == "true"
		}
	}
	return v
}

// String is the text lanyard version and lanyard --version print: one
// fact a line, and a plain sentence for what the build did not record.
func (v versionInfo) String() string {
	var b strings.Builder
	switch v.module {
	case "", "(devel)":
		b.WriteString("lanyard, a development build (no module version)\n")
	default:
		fmt.Fprintf(&b, "lanyard %s\n", v.module)
	}
	if v.known {
		changes := ""
		if v.modified {
			changes = ", with changes not committed"
		}
		fmt.Fprintf(&b, "revision: %s%s\n", v.revision, changes)
		if v.commitTime != "" {
			fmt.Fprintf(&b, "committed: %s\n", v.commitTime)
		}
	} else {
		b.WriteString("revision: not recorded (built outside a git checkout, or with -buildvcs=false)\n")
	}
	if v.built != "" {
		fmt.Fprintf(&b, "built: %s\n", v.built)
	}
	fmt.Fprintf(&b, "go: %s %s\n", v.goVersion, v.platform)
	return b.String()
}

// addVersionFunc registers versionText once: tests build many root
// commands, some at once.
var addVersionFunc sync.Once

// addVersion gives the root command --version and a version command, both
// printing the same text.
func addVersion(root *cobra.Command) {
	// cobra prints the version for --version through this template; the
	// text is made only then, not at every start.
	root.Version = "lanyard"
	root.SetVersionTemplate(`{{versionText}}`)
	addVersionFunc.Do(func() {
		// cobra keeps template functions for every command of the process.
		cobra.AddTemplateFunc("versionText", func() string { return readVersion().String() })
	})
	root.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print lanyard's version, the commit it was built from, and Go's",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeVersion(cmd.OutOrStdout())
		},
	})
}

// writeVersion prints the version text.
func writeVersion(out io.Writer) error {
	_, err := io.WriteString(out, readVersion().String())
	return err
}
