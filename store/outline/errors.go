package outline

import "errors"

// Errors FromNodes wraps, with the offending record, when stored records
// cannot make an outline.
var (
	// ErrZeroID is a record with ID 0, which means "no node".
	ErrZeroID = errors.New("node ID is zero")
	// ErrDuplicateID is two records with one ID.
	ErrDuplicateID = errors.New("duplicate node ID")
)
