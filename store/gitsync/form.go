package gitsync

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// checkForm refuses a form that cannot be written inside its folder: a
// path that is empty, absolute, climbs out (".."), names git's own folder,
// carries a backslash or a control character, or is both a file and the
// folder of another.
func checkForm(files Files) error {
	paths := make([]string, 0, len(files))
	for p, body := range files {
		if err := checkPath(p); err != nil {
			return err
		}
		if len(body) > maxFileSize {
			return refuse(ErrBadForm, "the synced form's file %q is %d bytes, more than the %d lanyard syncs", p, len(body), maxFileSize)
		}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for i := 1; i < len(paths); i++ {
		if strings.HasPrefix(paths[i], paths[i-1]+"/") {
			return refuse(ErrBadForm, "the synced form has %q both as a file and as the folder of %q", paths[i-1], paths[i])
		}
	}
	return nil
}

// checkPath checks one path of the form.
func checkPath(p string) error {
	if p == "" {
		return refuse(ErrBadForm, "the synced form has a file with no name")
	}
	for _, r := range p {
		if r < 0x20 || r == 0x7f || r == '\\' || r == ':' {
			return refuse(ErrBadForm, "the synced form's path %q has a character a file name cannot carry everywhere (%q)", p, r)
		}
	}
	for seg := range strings.SplitSeq(p, "/") {
		if seg == "" || seg == "." || seg == ".." || strings.EqualFold(seg, ".git") {
			return refuse(ErrBadForm, "the synced form's path %q is not a plain path inside its folder", p)
		}
	}
	return nil
}

// writeForm makes root/folder hold files and nothing else: files lanyard
// no longer has are removed, those that differ rewritten, those the same
// left alone (so git sees only what changed). committed is the folder's
// files in HEAD's tree, which the working tree holds (it was checked
// clean): a file whose blob hash is the committed one is not even read. Nothing outside the folder
// is touched, and nothing is written through a link: a link in the folder
// is removed like any file the form does not have.
func writeForm(root, folder string, files Files, committed map[string]treeEntry) error {
	dir := filepath.Join(root, folder)
	if info, err := os.Lstat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("%s is where lanyard keeps the notebook, and it is not a folder: move it away and sync again", dir)
	}
	if err := removeStale(dir, files); err != nil {
		return err
	}
	for p, body := range files {
		if e, ok := committed[folder+"/"+p]; ok && e.mode == "100644" && e.hash == blobHash(body, len(e.hash)) {
			continue
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		old, err := os.ReadFile(target)
		if err == nil && bytes.Equal(old, body) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return fmt.Errorf("write the notebook into %s: %w", dir, err)
		}
		if err := os.WriteFile(target, body, 0o644); err != nil {
			return fmt.Errorf("write the notebook into %s: %w", dir, err)
		}
	}
	return nil
}

// removeStale removes from dir what the form does not hold (links
// included, and a file where the form has a folder), then the folders
// left empty.
func removeStale(dir string, files Files) error {
	var folders []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && path == dir {
			return fs.SkipAll
		}
		if err != nil {
			return err
		}
		if path == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			folders = append(folders, path)
			return nil
		}
		if _, keep := files[rel]; keep && d.Type().IsRegular() {
			return nil
		}
		return os.Remove(path)
	})
	if err != nil {
		return fmt.Errorf("clear what the notebook no longer has from %s: %w", dir, err)
	}
	// Deepest first, so a folder emptied by its children's removal goes
	// too; one still holding files stays.
	for _, f := range slices.Backward(folders) {
		entries, err := os.ReadDir(f)
		if err == nil && len(entries) == 0 {
			if err := os.Remove(f); err != nil {
				return fmt.Errorf("clear what the notebook no longer has from %s: %w", dir, err)
			}
		}
	}
	return nil
}

// blobHash is git's name for a blob holding body: SHA-1, or SHA-256 in a
// repository of that object format (hashes of hexLen 64).
func blobHash(body []byte, hexLen int) string {
	header := "blob " + strconv.Itoa(len(body)) + "\x00"
	if hexLen == 64 {
		h := sha256.New()
		h.Write([]byte(header))
		h.Write(body)
		return hex.EncodeToString(h.Sum(nil))
	}
	h := sha1.New()
	h.Write([]byte(header))
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// sameFiles reports whether two forms hold the same files.
func sameFiles(a, b Files) bool {
	if len(a) != len(b) {
		return false
	}
	for p, body := range a {
		other, ok := b[p]
		if !ok || !bytes.Equal(body, other) {
			return false
		}
	}
	return true
}
