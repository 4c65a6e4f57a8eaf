package gitsync

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// treeEntry is one file of a commit's tree, as git ls-tree lists it.
type treeEntry struct {
	mode string // 100644, 100755, 120000 (a link), 160000 (a submodule)
	kind string // blob or commit
	hash string
}

// listTree lists the files of commit's tree, recursively, by their path
// from the working tree's top. Under a prefix ("notebook/") it lists that
// folder only.
func (g *gitRunner) listTree(ctx context.Context, commit, prefix string) (map[string]treeEntry, error) {
	args := []string{"ls-tree", "-r", "-z", "--full-tree", commit}
	if prefix != "" {
		args = append(args, "--", prefix)
	}
	out, err := g.run(ctx, args...)
	if err != nil {
		return nil, err
	}
	entries := map[string]treeEntry{}
	for rec := range bytes.SplitSeq(out, []byte{0}) {
		if len(rec) == 0 {
			continue
		}
		head, path, ok := bytes.Cut(rec, []byte{'\t'})
		fields := strings.Fields(string(head))
		if !ok || len(fields) != 3 {
			return nil, fmt.Errorf("git ls-tree %s: a line lanyard cannot read: %q", commit, rec)
		}
		entries[string(path)] = treeEntry{mode: fields[0], kind: fields[1], hash: fields[2]}
	}
	return entries, nil
}

// readForm reads the synced form at commit: the files under folder, by
// their path inside it. Every blob comes through one git cat-file, so a
// form of thousands of files costs two processes, not one a file. A
// commit of "" is the empty form (a first sync has no base).
func (g *gitRunner) readForm(ctx context.Context, commit, folder string) (Files, error) {
	files := Files{}
	if commit == "" {
		return files, nil
	}
	entries, err := g.listTree(ctx, commit, folder+"/")
	if err != nil {
		return nil, err
	}
	var paths []string
	var want bytes.Buffer
	for path, e := range entries {
		if e.kind != "blob" {
			continue // a submodule in the folder is not the form's
		}
		paths = append(paths, path)
		want.WriteString(e.hash)
		want.WriteByte('\n')
	}
	if len(paths) == 0 {
		return files, nil
	}
	blobs, err := g.catBlobs(ctx, &want, len(paths))
	if err != nil {
		return nil, fmt.Errorf("read the form at %s: %w", commit, err)
	}
	for i, path := range paths {
		files[strings.TrimPrefix(path, folder+"/")] = blobs[i]
	}
	return files, nil
}

// catBlobs reads n objects named, one a line, in want, in that order.
func (g *gitRunner) catBlobs(ctx context.Context, want io.Reader, n int) ([][]byte, error) {
	cmd := g.command(ctx, "cat-file", "--batch")
	cmd.Stdin = want
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	blobs, readErr := readBatch(bufio.NewReaderSize(stdout, 64<<10), n)
	if readErr != nil {
		// Drain, so that git is not left blocked on a full pipe.
		_, _ = io.Copy(io.Discard, stdout)
	}
	waitErr := cmd.Wait()
	if readErr != nil {
		return nil, readErr
	}
	if waitErr != nil {
		return nil, &gitError{args: []string{"cat-file", "--batch"}, stderr: errOut.String(), err: waitErr}
	}
	return blobs, nil
}

// readBatch parses n answers of git cat-file --batch: a header
// "<hash> <type> <size>", the size's bytes, a newline.
func readBatch(r *bufio.Reader, n int) ([][]byte, error) {
	blobs := make([][]byte, 0, n)
	for range n {
		header, err := r.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("git cat-file ended early: %w", err)
		}
		fields := strings.Fields(header)
		if len(fields) != 3 {
			return nil, fmt.Errorf("git cat-file: %s", strings.TrimSpace(header))
		}
		size, err := strconv.ParseInt(fields[2], 10, 64)
		if err != nil || size < 0 || size > maxFileSize {
			return nil, fmt.Errorf("git cat-file: object %s has a size lanyard does not take: %s", fields[0], fields[2])
		}
		body := make([]byte, size+1)
		if _, err := io.ReadFull(r, body); err != nil {
			return nil, fmt.Errorf("git cat-file: object %s cut short: %w", fields[0], err)
		}
		blobs = append(blobs, body[:size])
	}
	return blobs, nil
}

// maxFileSize is the largest file of the form lanyard reads: a talk's
// notes are kilobytes, and a larger file is not lanyard's.
const maxFileSize = 64 << 20
