package main

import (
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// lanyard never talks to the network: notes stay on the laptop. These are
// the packages that would let it, by their import paths; a dependency
// that pulls one in (a telemetry client, an update check, a fetch of a
// schedule by URL) fails the build. Parsers are fine: glamour's
// bluemonday reads HTML with golang.org/x/net/html, and pflag imports net
// for its IP flags, neither of which opens a connection.
var networkPackages = []string{
	"net/http", // and net/http/httptrace, httputil, cookiejar…
	"crypto/tls",
	"net/rpc",
	"net/smtp",
	"golang.org/x/net/http2",
	"golang.org/x/net/websocket",
	"google.golang.org/grpc",
}

// goTool finds the go command: go test puts the one that runs the tests
// first on the PATH.
func goTool(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the dependencies with")
	}
	return p
}

func TestTheCommandHasNoNetworkClient(t *testing.T) {
	out, err := exec.Command(goTool(t), "list", "-deps",
		"-f", "{{.ImportPath}}\t{{join .Imports \" \"}}", "lanyard/cmd/lanyard").Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("go list: %v\n%s", err, msg)
	}
	imports := map[string][]string{} // package → the packages it imports
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, _ := strings.Cut(line, "\t")
		imports[pkg] = strings.Fields(deps)
	}
	if _, ok := imports["lanyard/store"]; !ok {
		t.Fatalf("go list did not list lanyard/store among the dependencies; is the output what this test expects?\n%s", out)
	}
	for pkg := range imports {
		if isNetworkPackage(pkg) {
			t.Errorf("lanyard depends on %s, imported by %s", pkg, strings.Join(importers(imports, pkg), ", "))
		}
	}
}

// isNetworkPackage reports whether pkg is, or is inside, a network package.
func isNetworkPackage(pkg string) bool {
	pkg = strings.TrimPrefix(pkg, "vendor/")
	for _, n := range networkPackages {
		if pkg == n || strings.HasPrefix(pkg, n+"/") {
			return true
		}
	}
	return false
}

// importers returns the packages that import pkg, to say where it came from.
func importers(imports map[string][]string, pkg string) []string {
	var out []string
	for p, deps := range imports {
		for _, d := range deps {
			if d == pkg {
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}
