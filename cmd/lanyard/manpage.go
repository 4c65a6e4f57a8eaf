package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// lanyard writes its manual pages itself, from the cobra commands, in
// the roff of man(7). cobra's doc package would make them from the same
// commands, but through a Markdown renderer (blackfriday) and a YAML
// library whose package init costs every start of lanyard ~1.6 ms, a
// sixth of the start's init, for a page printed once at install time.

// manHeader is what heads every page: the date and the source shown in
// its footer.
type manHeader struct {
	date, source string
}

// manHeaderOf dates the pages by the commit lanyard was built from, so
// that the same build writes the same pages; a build that recorded no
// commit leaves the date out.
func manHeaderOf(v versionInfo) manHeader {
	h := manHeader{source: "lanyard"}
	if len(v.commitTime) >= len("2006-01-02") {
		h.date = v.commitTime[:len("2006-01-02")]
	}
	switch v.module {
	case "", "(devel)":
	default:
		h.source += " " + v.module
	}
	return h
}

// manName is the page's name for a command: lanyard-import-schedule.
func manName(cmd *cobra.Command) string {
	return strings.ReplaceAll(cmd.CommandPath(), " ", "-")
}

// manCommands is cmd and every command under it that a user can run,
// in the order help lists them; help and hidden commands are left out.
func manCommands(cmd *cobra.Command) []*cobra.Command {
	out := []*cobra.Command{cmd}
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() && !c.IsAdditionalHelpTopicCommand() {
			out = append(out, manCommands(c)...)
		}
	}
	return out
}

// manPage is cmd's page in roff.
func manPage(cmd *cobra.Command, h manHeader) string {
	var b strings.Builder
	title := strings.ToUpper(manName(cmd))
	fmt.Fprintf(&b, ".TH %s 1 %s %s \"User Commands\"\n.nh\n", roffArg(title), roffArg(h.date), roffArg(h.source))
	fmt.Fprintf(&b, ".SH NAME\n%s \\- %s\n", roffText(manName(cmd)), roffText(cmd.Short))
	fmt.Fprintf(&b, ".SH SYNOPSIS\n.B %s\n", roffText(cmd.CommandPath()))
	if rest := strings.TrimPrefix(cmd.UseLine(), cmd.CommandPath()); strings.TrimSpace(rest) != "" {
		b.WriteString(roffText(strings.TrimSpace(rest)) + "\n")
	}
	b.WriteString(".SH DESCRIPTION\n")
	description := cmd.Long
	if description == "" {
		description = cmd.Short
	}
	writeRoffParagraphs(&b, description)
	if cmd.HasAvailableSubCommands() {
		writeManSubcommands(&b, cmd)
	}
	writeManFlags(&b, "OPTIONS", cmd.NonInheritedFlags())
	writeManFlags(&b, "GLOBAL OPTIONS", cmd.InheritedFlags())
	if cmd.Example != "" {
		b.WriteString(".SH EXAMPLES\n")
		writeRoffVerbatim(&b, cmd.Example)
	}
	writeManSeeAlso(&b, cmd)
	return b.String()
}

// writeManSubcommands lists the commands under cmd, all levels, each with
// its usage and what it does: the main page alone then shows them all.
func writeManSubcommands(b *strings.Builder, cmd *cobra.Command) {
	b.WriteString(".SH COMMANDS\n")
	for _, c := range manCommands(cmd)[1:] {
		fmt.Fprintf(b, ".TP\n\\fB%s\\fR\n%s\n", roffText(c.UseLine()), roffText(c.Short))
	}
}

// writeManFlags lists flags as help does, sorted by name, with their
// value's name and their default when it says something.
func writeManFlags(b *strings.Builder, section string, flags *pflag.FlagSet) {
	var lines []string
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name, usage := pflag.UnquoteUsage(f)
		item := `\fB\-\-` + roffText(f.Name) + `\fR`
		if f.Shorthand != "" {
			item = `\fB\-` + roffText(f.Shorthand) + `\fR, ` + item
		}
		if name != "" {
			item += ` \fI` + roffText(name) + `\fR`
		}
		if shown := flagDefault(f); shown != "" {
			usage += " (default " + shown + ")"
		}
		lines = append(lines, ".TP\n"+item+"\n"+roffText(usage)+"\n")
	})
	if len(lines) == 0 {
		return
	}
	sort.Strings(lines)
	b.WriteString(".SH " + roffArg(section) + "\n")
	for _, l := range lines {
		b.WriteString(l)
	}
}

// flagDefault is a flag's default as help shows it, "" for one that is
// the type's zero and says nothing.
func flagDefault(f *pflag.Flag) string {
	switch f.DefValue {
	case "", "false", "[]", "0":
		return ""
	}
	if f.Value.Type() == "string" {
		return fmt.Sprintf("%q", f.DefValue)
	}
	return f.DefValue
}

// writeManSeeAlso names the pages of the parent and the children.
func writeManSeeAlso(b *strings.Builder, cmd *cobra.Command) {
	var refs []string
	if cmd.HasParent() {
		refs = append(refs, manRef(cmd.Parent()))
	}
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() && !c.IsAdditionalHelpTopicCommand() {
			refs = append(refs, manRef(c))
		}
	}
	if len(refs) == 0 {
		return
	}
	b.WriteString(".SH \"SEE ALSO\"\n" + strings.Join(refs, ",\n") + "\n")
}

// manRef names cmd's page as SEE ALSO does: lanyard-import(1).
func manRef(cmd *cobra.Command) string {
	return `\fB` + roffText(manName(cmd)) + `\fR(1)`
}

// writeRoffParagraphs writes help text: paragraphs apart by blank lines
// are filled as roff fills text, except a paragraph laid out by hand
// (indented lines, or columns lined up with runs of spaces), which is
// kept line for line.
func writeRoffParagraphs(b *strings.Builder, text string) {
	for i, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		para = strings.Trim(para, "\n")
		if para == "" {
			continue
		}
		if i > 0 {
			b.WriteString(".PP\n")
		}
		if laidOut(para) {
			writeRoffVerbatim(b, para)
			continue
		}
		for line := range strings.SplitSeq(para, "\n") {
			b.WriteString(roffLine(strings.TrimSpace(line)) + "\n")
		}
	}
}

// laidOut reports whether a paragraph's lines are placed by hand.
func laidOut(para string) bool {
	for line := range strings.SplitSeq(para, "\n") {
		if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") || strings.Contains(strings.TrimSpace(line), "  ") {
			return true
		}
	}
	return false
}

// writeRoffVerbatim writes text line for line, indented, without filling.
func writeRoffVerbatim(b *strings.Builder, text string) {
	lines := strings.Split(strings.Trim(text, "\n"), "\n")
	indent := commonIndent(lines)
	b.WriteString(".RS 4\n.nf\n")
	for _, line := range lines {
		b.WriteString(roffLine(strings.TrimRightFunc(strings.TrimPrefix(line, indent), unicode.IsSpace)) + "\n")
	}
	b.WriteString(".fi\n.RE\n")
}

// commonIndent is the leading whitespace every non-blank line shares.
func commonIndent(lines []string) string {
	indent, first := "", true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lead := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		switch {
		case first:
			indent, first = lead, false
		case !strings.HasPrefix(lead, indent):
			for !strings.HasPrefix(lead, indent) {
				indent = indent[:len(indent)-1]
			}
		}
	}
	return indent
}

// roffLine is one line of text as roff takes it: a line that starts with
// a dot or an apostrophe would be read as a request, so it is shielded.
func roffLine(s string) string {
	s = roffText(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		return `\&` + s
	}
	return s
}

// roffText escapes text for roff: a backslash would start an escape, a
// hyphen is written as the minus sign a command line types, control
// characters (a tab, an escape sequence) are turned into spaces, and
// characters past ASCII are named by their code point (\[u2013]), which
// every troff reads whatever its input encoding.
func roffText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-':
			b.WriteString(`\-`)
		case r == '\n':
			b.WriteByte('\n')
		case unicode.IsControl(r):
			b.WriteByte(' ')
		case r > unicode.MaxASCII:
			fmt.Fprintf(&b, `\[u%04X]`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// roffArg is s as one argument of a request, in double quotes.
func roffArg(s string) string {
	return `"` + strings.ReplaceAll(roffText(strings.ReplaceAll(s, "\n", " ")), `"`, `\(dq`) + `"`
}
