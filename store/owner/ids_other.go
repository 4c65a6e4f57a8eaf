//go:build !unix

package owner

import "io/fs"

// privateName is the private folder's name in the temporary folder, which
// Windows keeps per user already.
func privateName() string { return "lanyard" }

// checkPrivate accepts every folder: Windows (the one such system lanyard
// runs on) guards folders with access
// lists, not modes, and the user's profile folders are theirs alone.
func checkPrivate(fs.FileInfo) error { return nil }

// fileOwner does not know owners on Windows.
func fileOwner(fs.FileInfo) (int, bool) { return 0, false }
