package store

import "golang.org/x/sys/unix"

// mapFlags asks Linux to map every page of the walk at once: one call
// instead of a fault per page, which cost more than the walk's reading.
const mapFlags = unix.MAP_SHARED | unix.MAP_POPULATE
