package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"
	"time"
)

// A user's template is a small program, and a mistaken or hostile one can
// run for ever ({{template}} calls that each call two others, a range
// over a huge number) or fill memory (a string doubled in a loop). So it
// runs on a budget of time and size. Go's templates cannot be stopped from
// outside, so ParseTemplate puts a check at the start of every list of
// the template (the body of each template, range, if and with): no loop
// and no call goes round without passing one. The functions that make
// strings are held to the size budget too, and so is what is written.

// Limits bound one run of a user's template. A zero field is the
// default: see DefaultLimits.
type Limits struct {
	// Time is how long the run may take.
	Time time.Duration
	// Size is how many bytes the post may hold; any one string made on
	// the way may hold a quarter of it, since making a string can take a
	// few times its size in memory for a moment.
	Size int
}

// DefaultLimits are far beyond any post: a week of notes from a large
// conference makes under a megabyte in well under a second.
var DefaultLimits = Limits{Time: 10 * time.Second, Size: 64 << 20}

// ErrTemplateBudget is a template that ran past its Limits; errors.Is
// finds it in Write's error, which says which limit and what to look for.
var ErrTemplateBudget = errors.New("the template ran past its budget")

// The functions the checks call, with names no one would give their own:
// budgetCheck starts every list, callEnter and callLeave go round every
// {{template}} call.
const (
	budgetCheck = "lanyardBudgetCheck"
	callEnter   = "lanyardCallEnter"
	callLeave   = "lanyardCallLeave"
)

// maxCallDepth bounds how deep {{template}} calls nest, far below Go's own
// bound of 100,000: a template that draws bullets by calling itself for
// their children goes as deep as the notes, and an error raised deep down
// takes time that grows with the square of the depth to come back up
// (each range on the way catches it and raises it again).
const maxCallDepth = 1000

// budget is one run's account, made by newBudget. The zero budget has no
// limits and counts nothing: ParseTemplate parses with its functions,
// which only their names matter for.
type budget struct {
	name     string
	limits   Limits
	deadline time.Time
	// depth is how deep {{template}} calls nest now.
	depth int
}

func newBudget(name string, limits Limits) *budget {
	if limits.Time <= 0 {
		limits.Time = DefaultLimits.Time
	}
	if limits.Size <= 0 {
		limits.Size = DefaultLimits.Size
	}
	return &budget{name: name, limits: limits, deadline: time.Now().Add(limits.Time)}
}

// check is called at the start of every list; it fails once time is up.
func (b *budget) check() (string, error) {
	if b.limits.Time > 0 && time.Now().After(b.deadline) {
		return "", b.overrun(fmt.Sprintf("ran for over %v", b.limits.Time), "a range that never ends")
	}
	return "", nil
}

// enter and leave go round every {{template}} call: break and continue
// cannot leave a template, so every enter that returns is followed by its
// leave.
func (b *budget) enter() (string, error) {
	if b.limits.Time <= 0 {
		return "", nil
	}
	if b.depth++; b.depth > maxCallDepth {
		return "", b.overrun(fmt.Sprintf("nested {{template}} calls over %d deep", maxCallDepth), "a template that calls itself without end")
	}
	return b.check()
}

func (b *budget) leave() (string, error) {
	if b.limits.Time > 0 {
		b.depth--
	}
	return "", nil
}

// hold fails when a string made by a template function is over the size
// budget.
func (b *budget) hold(s string) (string, error) {
	if len(s) > b.maxString() {
		return "", b.tooLong()
	}
	return s, nil
}

// maxString is the longest string a function may make: a quarter of the
// size budget, or any length on the zero budget.
func (b *budget) maxString() int {
	if b.limits.Size <= 0 {
		return int(^uint(0) >> 1)
	}
	return b.limits.Size / 4
}

func (b *budget) tooLong() error {
	return b.overrun(fmt.Sprintf("made a string of over %s", megabytes(b.maxString())), "text that doubles in a loop")
}

// megabytes writes a limit for a message.
func megabytes(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d MB", n>>20)
}

func (b *budget) overrun(what, suspect string) error {
	return &overrun{msg: fmt.Sprintf("template %s %s, far more than any post needs: look for {{template}} calls that each call others, or %s",
		b.name, what, suspect)}
}

// overrun is a template stopped by its budget, worded for its author.
type overrun struct{ msg string }

func (o *overrun) Error() string { return o.msg }

// Unwrap makes errors.Is find ErrTemplateBudget.
func (o *overrun) Unwrap() error { return ErrTemplateBudget }

// funcs returns the functions templates get (see ParseTemplate), each
// string they make held to b, with the check the lists call. Go's own
// string functions are replaced by ones that are held too.
func (b *budget) funcs() template.FuncMap {
	held1 := func(f func(string) string) func(string) (string, error) {
		return func(s string) (string, error) { return b.hold(f(s)) }
	}
	heldAny := func(f func(...any) string) func(...any) (string, error) {
		return func(args ...any) (string, error) { return b.hold(f(args...)) }
	}
	return template.FuncMap{
		"md":      held1(escapeText),
		"heading": held1(escapeHeading),
		"yaml":    held1(yamlString),
		"join": func(list []string, sep string) (string, error) {
			n := len(sep) * len(list)
			for _, s := range list {
				n += len(s)
			}
			if n > b.maxString() {
				return "", b.tooLong()
			}
			return strings.Join(list, sep), nil
		},
		"printf": func(format string, args ...any) (string, error) {
			return b.hold(fmt.Sprintf(format, args...))
		},
		"print":     heldAny(fmt.Sprint),
		"println":   heldAny(fmt.Sprintln),
		"html":      heldAny(template.HTMLEscaper),
		"js":        heldAny(template.JSEscaper),
		"urlquery":  heldAny(template.URLQueryEscaper),
		budgetCheck: b.check,
		callEnter:   b.enter,
		callLeave:   b.leave,
	}
}

// instrument puts a budget check at the start of every list of every
// template t holds, and an enter and a leave round every {{template}}.
func instrument(t *template.Template) error {
	var c checks
	for _, name := range []string{budgetCheck, callEnter, callLeave} {
		probe, err := template.New(name).Funcs((&budget{}).funcs()).Parse("{{" + name + "}}")
		if err != nil {
			return err
		}
		c = append(c, probe.Tree.Root.Nodes[0])
	}
	seen := map[*parse.ListNode]bool{}
	for _, each := range t.Templates() {
		if each.Tree != nil {
			c.instrumentList(each.Tree.Root, seen)
		}
	}
	return nil
}

// checks are the nodes instrument puts in: the budget check, the enter
// and the leave.
type checks []parse.Node

func (c checks) instrumentList(list *parse.ListNode, seen map[*parse.ListNode]bool) {
	if list == nil || seen[list] {
		return
	}
	seen[list] = true
	nodes := make([]parse.Node, 0, len(list.Nodes)+1)
	nodes = append(nodes, c[0])
	for _, n := range list.Nodes {
		var branch *parse.BranchNode
		switch n := n.(type) {
		case *parse.IfNode:
			branch = &n.BranchNode
		case *parse.RangeNode:
			branch = &n.BranchNode
		case *parse.WithNode:
			branch = &n.BranchNode
		case *parse.ListNode:
			c.instrumentList(n, seen)
		case *parse.TemplateNode:
			nodes = append(nodes, c[1], n, c[2])
			continue
		}
		if branch != nil {
			c.instrumentList(branch.List, seen)
			c.instrumentList(branch.ElseList, seen)
		}
		nodes = append(nodes, n)
	}
	list.Nodes = nodes
}

// execute runs a user's template on post within limits.
func execute(tmpl *template.Template, post *Post, limits Limits) ([]byte, error) {
	b := newBudget(tmpl.Name(), limits)
	run, err := tmpl.Clone()
	if err != nil {
		return nil, fmt.Errorf("markdown: template %s: %w", tmpl.Name(), err)
	}
	run.Funcs(b.funcs())
	out := &heldWriter{b: b}
	if err := run.Execute(out, post); err != nil {
		if errors.Is(err, ErrTemplateBudget) {
			return nil, budgetCause(err)
		}
		return nil, fmt.Errorf("markdown: template %s: %w", tmpl.Name(), err)
	}
	return out.buf.Bytes(), nil
}

// budgetCause returns the budget's own error from inside the template
// package's, which names the hidden check.
func budgetCause(err error) error {
	var o *overrun
	if errors.As(err, &o) {
		return o
	}
	return err
}

// heldWriter is the post being written, held to the size budget.
type heldWriter struct {
	b   *budget
	buf bytes.Buffer
}

func (w *heldWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.b.limits.Size {
		return 0, w.b.overrun("wrote over "+megabytes(w.b.limits.Size), "text that doubles in a loop")
	}
	return w.buf.Write(p)
}
