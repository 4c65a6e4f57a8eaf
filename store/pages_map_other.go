//go:build !unix

package store

import (
	"errors"
	"os"
)

// mapPages is not done here: the walk reads the file instead.
func mapPages(*os.File, uint64) ([]byte, func() error, error) {
	return nil, nil, errors.ErrUnsupported
}
