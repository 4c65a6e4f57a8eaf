package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fanOut is a template whose calls double at each of depth levels: 2^depth
// calls in all, each writing leaf.
func fanOut(depth int, leaf string) string {
	var b strings.Builder
	for i := range depth {
		fmt.Fprintf(&b, `{{define "t%d"}}{{template "t%d" .}}{{template "t%d" .}}{{end}}`, i, i+1, i+1)
	}
	fmt.Fprintf(&b, `{{define "t%d"}}%s{{end}}{{template "t0" .}}`, depth, leaf)
	return b.String()
}

// writeWithin runs Write with the template and limits, and fails the test
// if it has not returned within a minute: a template that runs for ever
// would otherwise hang the suite.
func writeWithin(t *testing.T, name, text string, limits Limits) (string, error, time.Duration) {
	t.Helper()
	tmpl, err := ParseTemplate(name, text)
	if err != nil {
		t.Fatal(err)
	}
	ev, notes := fixtureEvent(t)
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		var out bytes.Buffer
		err := Write(&out, ev, notes, Options{Template: tmpl, Limits: limits})
		done <- result{out.String(), err}
	}()
	select {
	case r := <-done:
		return r.out, r.err, time.Since(start)
	case <-time.After(time.Minute):
		t.Fatalf("template %s still running after a minute", name)
	}
	return "", nil, 0
}

// assertOverBudget checks that err is the budget's, naming the template
// and no part of how the budget works.
func assertOverBudget(t *testing.T, name string, err error) {
	t.Helper()
	if !errors.Is(err, ErrTemplateBudget) {
		t.Fatalf("template %s: error %v, want ErrTemplateBudget", name, err)
	}
	if msg := err.Error(); !strings.Contains(msg, name) || strings.Contains(msg, budgetCheck) || strings.Contains(msg, "executing") {
		t.Errorf("template %s: message %q should name the template and say what to look for, not how the budget works", name, msg)
	}
}

func TestATemplateThatCallsItselfExponentiallyStopsAtTheTimeLimit(t *testing.T) {
	const limit = 200 * time.Millisecond
	for name, text := range map[string]string{
		"silent.tmpl":   fanOut(60, ""),
		"range.tmpl":    `{{range 1000000000000000}}{{end}}`,
		"nested.tmpl":   `{{range 100000}}{{range 100000}}{{if true}}{{end}}{{end}}{{end}}`,
		"with.tmpl":     `{{range 1000000000000}}{{with 1}}{{else}}x{{end}}{{end}}`,
		"elseonly.tmpl": `{{range 1000000000000}}{{if false}}{{else}}{{end}}{{end}}`,
	} {
		_, err, took := writeWithin(t, name, text, Limits{Time: limit})
		assertOverBudget(t, name, err)
		// The budget is checked at every turn of every loop and call; a
		// busy machine may still be slow to come back to it.
		if took > limit+5*time.Second {
			t.Errorf("template %s stopped after %v, %v past its limit", name, took, took-limit)
		}
	}
}

func TestATemplateThatCallsItselfWithoutEndStopsAtOnce(t *testing.T) {
	for name, text := range map[string]string{
		"recurse.tmpl": `{{define "r"}}{{template "r"}}{{end}}{{template "r"}}`,
		// Each range on the way down catches the error at the bottom and
		// raises it again: at Go's own depth bound that takes minutes.
		"ranges.tmpl": `{{define "r"}}{{range 2}}{{template "r"}}{{end}}{{end}}{{template "r"}}`,
	} {
		_, err, took := writeWithin(t, name, text, Limits{})
		assertOverBudget(t, name, err)
		if !strings.Contains(err.Error(), "calls itself") {
			t.Errorf("template %s: %q should say it calls itself", name, err)
		}
		if took > 5*time.Second {
			t.Errorf("template %s took %v to stop", name, took)
		}
	}
}

func TestATemplateThatWritesTooMuchStopsAtTheSizeLimit(t *testing.T) {
	const size = 1 << 20
	for name, text := range map[string]string{
		"fanout.tmpl": fanOut(40, "all work and no play "),
		"printf.tmpl": `{{$x := "ab"}}{{range 200}}{{$x = printf "%s%s" $x $x}}{{end}}{{$x}}`,
		"js.tmpl":     `{{$x := "\\"}}{{range 200}}{{$x = js $x}}{{end}}{{$x}}`,
		"md.tmpl":     `{{$x := "*"}}{{range 200}}{{$x = md $x}}{{end}}{{$x}}`,
	} {
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err, _ := writeWithin(t, name, text, Limits{Size: size, Time: time.Minute})
		assertOverBudget(t, name, err)
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 64*size {
			t.Errorf("template %s allocated %d MB before it was stopped, want a few times its 1 MB limit", name, grew>>20)
		}
	}
}

func TestATemplateWithinItsBudgetWritesThePost(t *testing.T) {
	// A template that recurses over the bullets, as one drawing notes its
	// own way does, on the default limits.
	text := `{{define "b"}}{{range .}}<li>{{md .Text}}{{with .Children}}<ul>{{template "b" .}}</ul>{{end}}</li>{{end}}{{end}}` +
		`{{range .Days}}{{range .Talks}}<h2>{{heading .Heading}}</h2><ul>{{template "b" .Bullets}}</ul>{{end}}{{end}}`
	out, err, _ := writeWithin(t, "html.tmpl", text, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h2>Ada Quill – Alerts That Mean Something</h2>", "<li>every alert links a runbook<ul><li>runbook older"} {
		if !strings.Contains(out, want) {
			t.Errorf("post lacks %q:\n%s", want, out)
		}
	}
}
