//go:build unix && !linux

package store

import "golang.org/x/sys/unix"

// mapFlags maps the pages shared, as bbolt does; only Linux has
// MAP_POPULATE.
const mapFlags = unix.MAP_SHARED
