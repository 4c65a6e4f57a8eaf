//go:build !unix

package store

import "os"

// fileMark is not known on this system, where the file's change time is
// not to be had: every open walks the pages.
func fileMark(*os.File) ([]byte, bool) { return nil, false }
