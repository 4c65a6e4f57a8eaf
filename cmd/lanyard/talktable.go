package main

import (
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// The talks table, as lanyard talks writes it: whole when piped, so that
// scripts and pagers get every character; fitted to the terminal's width
// when written to one, so that a row stays one line.

// Columns of the talks table.
const (
	colID = iota
	colDay
	colTime
	colTitle
	colSpeakers
	colRoom
	colTrack
	talkColumnCount
)

// talkHeader is the table's first row.
var talkHeader = []string{"ID", "DAY", "TIME", "TITLE", "SPEAKERS", "ROOM", "TRACK"}

// columnGap is the space between two columns.
const columnGap = 2

// minTitle is the least a title gets before the other columns are cut
// further: the title is what the user reads the table for.
const minTitle = 16

// terminalWidth is the width of the terminal out writes to, 0 when it is
// not one (a pipe, a file) or its size is unknown.
func terminalWidth(out io.Writer) int {
	f, ok := out.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	w, _, err := term.GetSize(f.Fd())
	if err != nil || w <= 0 {
		return 0
	}
	return w
}

// writeTable writes rows (the header first) in aligned columns: whole
// when width is 0, else cut with … to fit width cells.
func writeTable(out io.Writer, rows [][]string, width int) error {
	if width <= 0 {
		tw := tabwriter.NewWriter(out, 0, 4, columnGap, ' ', 0)
		for _, r := range rows {
			if _, err := io.WriteString(tw, strings.Join(r, "\t")+"\n"); err != nil {
				return err
			}
		}
		return tw.Flush()
	}
	widths := fitColumns(naturalWidths(rows), width)
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		for i, cell := range r {
			if widths[i] < 0 {
				continue
			}
			cell = ansi.Truncate(cell, widths[i], "…")
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)+columnGap))
			}
		}
		b.WriteString("\n")
		if _, err := io.WriteString(out, strings.TrimRight(b.String(), " \n")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// naturalWidths is each column's widest cell, in terminal cells.
func naturalWidths(rows [][]string) []int {
	widths := make([]int, talkColumnCount)
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	return widths
}

// fitColumns cuts natural column widths down to fit width: ID, day and
// time stay whole; speakers, room and track share what the title leaves
// them (each at most its fair part, none more than it needs); the title
// gets the rest. A column that would be cut to a stub is left out, track
// first, then room, then speakers: a narrow terminal shows fewer columns
// it can read. A dropped column's width is -1.
func fitColumns(natural []int, width int) []int {
	fitted := append([]int(nil), natural...)
	flex := []int{colSpeakers, colRoom, colTrack}
	for {
		if fitFlex(natural, fitted, flex, width) || len(flex) == 0 {
			return fitted
		}
		dropped := flex[len(flex)-1]
		fitted[dropped] = -1
		flex = flex[:len(flex)-1]
	}
}

// minColumn is the narrowest a cut column is worth showing.
const minColumn = 6

// fitFlex sets the widths of the title and the flex columns in fitted; it
// reports false when a flex column would be cut below minColumn.
func fitFlex(natural, fitted, flex []int, width int) bool {
	shown := 4 + len(flex) // ID, day, time, title and the flex columns left
	avail := width - columnGap*(shown-1) - natural[colID] - natural[colDay] - natural[colTime]
	need := natural[colTitle]
	for _, c := range flex {
		need += natural[c]
	}
	if need <= avail {
		return true
	}
	title := min(natural[colTitle], max(avail/2, minTitle))
	left := max(avail-title, 0)
	// Narrowest first, so that a short column gives what it does not use
	// to the wider ones.
	order := slices.Clone(flex)
	slices.SortStableFunc(order, func(a, b int) int { return natural[a] - natural[b] })
	used := 0
	for i, c := range order {
		fitted[c] = min(natural[c], left/(len(order)-i))
		if fitted[c] < min(natural[c], minColumn) {
			return false
		}
		left -= fitted[c]
		used += fitted[c]
	}
	fitted[colTitle] = max(min(natural[colTitle], avail-used), min(natural[colTitle], 1))
	return true
}
