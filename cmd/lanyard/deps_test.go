package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// lanyard never talks to the network: notes stay on the laptop. These are
// the packages that would let it, by their import paths; a dependency
// that pulls one in (a telemetry client, an update check, a fetch of a
// schedule by URL) fails the build. Parsers are fine: the schedule
// readers read abstracts' HTML with golang.org/x/net/html, and pflag
// imports net for its IP flags, neither of which opens a connection.
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

// TestLanyardOpensNoNetworkSocket reads lanyard's own code: the socket
// that lets commands reach the running app is a Unix socket, and no call
// into package net may name another network (tcp, udp, ip) or take its
// network from a variable, where a later change could slip one in.
func TestLanyardOpensNoNetworkSocket(t *testing.T) {
	root := filepath.Join("..", "..")
	local := map[string]bool{"unix": true, "unixgram": true, "unixpacket": true}
	netCalls := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		file, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		netName := ""
		for _, imp := range file.Imports {
			if imp.Path.Value == `"net"` {
				netName = "net"
				if imp.Name != nil {
					netName = imp.Name.Name
				}
			}
		}
		if netName == "" {
			return nil
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != netName {
				return true
			}
			name := sel.Sel.Name
			switch {
			case strings.HasSuffix(name, "TCP") || strings.HasSuffix(name, "UDP") || strings.HasSuffix(name, "IP"):
				t.Errorf("%s calls net.%s", path, name)
			case strings.HasPrefix(name, "Listen") || strings.HasPrefix(name, "Dial"):
				netCalls++
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok || !local[strings.Trim(lit.Value, "\"`")] {
					t.Errorf("%s calls net.%s on the network %s; want \"unix\" as a literal", path, name, types.ExprString(call.Args[0]))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if netCalls == 0 {
		t.Fatal("found no call to net.Listen or net.Dial in lanyard's code: is this test reading it?")
	}
}
