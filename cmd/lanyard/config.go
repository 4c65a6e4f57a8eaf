package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"lanyard/store/config"
)

// addAppFlags gives a command the app's flags that the config file also
// sets: the root command, and `lanyard config`, which shows what they make
// of the settings.
func addAppFlags(cmd *cobra.Command, g *globals) {
	addKeepBackupsFlag(cmd, g)
	addRemindFlags(cmd, g)
	addMouseFlag(cmd, g)
	cmd.Flags().StringVar(&g.theme, "theme", "", "colours: auto, dark, light or plain (default: the config file's theme, else auto)")
	cmd.Flags().IntVar(&g.scheduleWidth, "schedule-width", 0, "width of the schedule pane in columns, 0 for a third of the screen (default: the config file's, else 0)")
}

func newConfigCommand(g *globals) *cobra.Command {
	var initFile, force bool
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show the settings in effect, or write a config file to start from",
		Long: `Show every setting in effect and where it comes from: a flag, an
environment variable, the config file (with its line), or the default.
The config file is --config, else $LANYARD_CONFIG, else
$XDG_CONFIG_HOME/lanyard/config.toml; the app's flags given here show
what they would change.

--init writes a config file with every key, each with its doc and its
default, commented out; it never replaces a file unless --force.`,
		Example: `  lanyard config
  lanyard config --init
  lanyard config --remind 10m | grep remind`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if initFile {
				return writeConfigFile(cmd, g, force)
			}
			return showConfig(cmd, g)
		},
	}
	cmd.Flags().BoolVar(&initFile, "init", false, "write a config file with every key, commented out")
	cmd.Flags().BoolVar(&force, "force", false, "with --init: replace the file that is there")
	addAppFlags(cmd, g)
	return cmd
}

// showConfig prints the settings in effect; a file with mistakes says
// them on stderr and fails, so that a script can check a file.
func showConfig(cmd *cobra.Command, g *globals) error {
	e, err := g.settings(cmd)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	switch path, _, err := g.configPath(); {
	case err != nil:
		fmt.Fprintf(out, "# no config file: %v\n", err)
	case e.File == nil:
		fmt.Fprintf(out, "# no config file: %s\n", path)
	case !e.File.Found:
		fmt.Fprintf(out, "# config file: %s (not there: lanyard config --init writes one)\n", path)
	default:
		fmt.Fprintf(out, "# config file: %s\n", path)
	}
	if err := e.Write(out); err != nil {
		return err
	}
	ui, err := forInterface(e)
	if err != nil {
		return err
	}
	if len(ui.notices) > 0 {
		for _, n := range ui.notices {
			fmt.Fprintln(cmd.ErrOrStderr(), "lanyard:", n)
		}
		if len(ui.notices) == 1 {
			return errors.New("the config file has a mistake; lanyard uses the default of that key")
		}
		return fmt.Errorf("the config file has %d mistakes; lanyard uses the defaults of those keys", len(ui.notices))
	}
	return nil
}

// writeConfigFile writes the commented config file where lanyard reads
// it, and says where. It never writes over anything but a file, and over
// a file only when forced.
func writeConfigFile(cmd *cobra.Command, g *globals, force bool) error {
	path, _, err := g.configPath()
	if err != nil {
		return err
	}
	info, err := os.Lstat(path)
	switch {
	case err == nil && !info.Mode().IsRegular():
		return fmt.Errorf("%s is not a file; lanyard writes its config file nowhere else", path)
	case err == nil && !force:
		return fmt.Errorf("%s is there already: lanyard config --init --force replaces it, and the settings in it are lost", path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := writeFileAtomically(path, []byte(settingsTable().InitFile())); err != nil {
		return err
	}
	_, err = fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: every key is there, commented out with its default\n", path)
	return err
}

// writeFileAtomically writes data to a file beside path, then puts it in
// path's place: a crash never leaves half a config file.
func writeFileAtomically(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".config-*.toml")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// keepBackupsOf is how many daily backups the settings keep.
func keepBackupsOf(e *config.Effective) int { return e.Int(config.Backups) }
