package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

func newManCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "man [DIR]",
		Short: "Write lanyard's manual pages: lanyard(1) to standard output, or every page into DIR",
		Long: `Write lanyard's manual pages, made from its commands. Without DIR (or with -),
the main page, lanyard(1), goes to standard output: it lists every command.
With DIR, one page a command goes into DIR (made if missing): lanyard.1,
lanyard-import.1, lanyard-import-schedule.1 and so on, replacing those
already there.`,
		Example: `  lanyard man | man -l -
  lanyard man ~/.local/share/man/man1 && man lanyard-export`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			h := manHeaderOf(readVersion())
			if len(args) == 0 || args[0] == "-" {
				_, err := io.WriteString(cmd.OutOrStdout(), manPage(root, h))
				return err
			}
			n, err := writeManPages(root, h, args[0])
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "Wrote %s into %s.\n", plural(n, "manual page"), args[0])
			return err
		},
	}
}

// writeManPages writes a page for root and each command under it into
// dir, and returns how many.
func writeManPages(root *cobra.Command, h manHeader, dir string) (int, error) {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return 0, fmt.Errorf("man %s: it is a file, not a folder; give the folder the pages go into", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, manDirError(dir, err)
	}
	cmds := manCommands(root)
	for _, c := range cmds {
		path := filepath.Join(dir, manName(c)+".1")
		if err := os.WriteFile(path, []byte(manPage(c, h)), 0o644); err != nil {
			return 0, manDirError(path, err)
		}
	}
	return len(cmds), nil
}

// manDirError says what kept a page from being written.
func manDirError(path string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("man %s: permission denied: write the pages into a folder of your own, e.g. ~/.local/share/man/man1", path)
	}
	return fmt.Errorf("man %s: %w", path, pathReason(err))
}
