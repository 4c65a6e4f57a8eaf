package main

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	doc "lanyard/store/outline"
)

// writeOPML writes o as OPML 2.0, titled title, one <outline text="…"> per bullet nested
// as the bullets are, which is what hnb reads (hnb -o file.opml).
func writeOPML(w io.Writer, title string, o *doc.Outline) error {
	// A bufio.Writer keeps its first error and Flush returns it, so the
	// writes below are checked once, at the end.
	bw := bufio.NewWriter(w)
	bw.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head>\n<title>")
	if err := xml.EscapeText(bw, []byte(title)); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	bw.WriteString("</title>\n</head>\n<body>\n")
	for i := range o.Len() {
		n := o.At(i)
		indent := strings.Repeat("\t", n.Depth+1)
		bw.WriteString(indent + `<outline text="`)
		// EscapeText also escapes quotes, tabs and newlines, so the
		// text is safe inside the attribute.
		if err := xml.EscapeText(bw, []byte(n.Text)); err != nil {
			return fmt.Errorf("opml: row %d: %w", i, err)
		}
		if o.HasChildren(i) {
			bw.WriteString("\">\n")
			continue
		}
		bw.WriteString("\"/>\n")
		closeOutlines(bw, n.Depth, nextDepth(o, i))
	}
	bw.WriteString("</body>\n</opml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	return nil
}

// closeOutlines ends the open <outline> elements of the levels between a
// leaf at depth d and the next row at depth next, innermost first.
func closeOutlines(bw *bufio.Writer, d, next int) {
	for level := d - 1; level >= next; level-- {
		bw.WriteString(strings.Repeat("\t", level+1) + "</outline>\n")
	}
}

// nextDepth returns the depth of the row after i, or 0 after the last row
// so that every open element is closed.
func nextDepth(o *doc.Outline, i int) int {
	if i+1 < o.Len() {
		return o.At(i + 1).Depth
	}
	return 0
}

// writeOrg writes o as an org file: one headline per bullet, as many stars
// as its depth plus one. Emacs opens it in org-mode by its name. There is
// no #+TITLE line, so the first headline is the first line, where Emacs
// puts the cursor, as hnb and lanyard start at a bullet.
func writeOrg(w io.Writer, o *doc.Outline) error {
	bw := bufio.NewWriter(w) // keeps its first error for Flush, as above
	for i := range o.Len() {
		n := o.At(i)
		bw.WriteString(strings.Repeat("*", n.Depth+1) + " " + orgText(n.Text) + "\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("org: %w", err)
	}
	return nil
}

// orgText keeps a bullet on its headline's line. Bullets are one line
// already; this guards against a stray newline turning into body text.
func orgText(s string) string {
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}
