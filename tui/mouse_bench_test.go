package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkMouse is ns per mouse message, Update and the frame drawn
// after it, at 10,000 and 100,000 bullets (see benchModel): a click in
// the notes, the wheel over them down and back up, the wheel over the
// schedule, and a drag, which is dropped. None may cost in proportion
// to the notebook.
func BenchmarkMouse(b *testing.B) {
	ops := []struct {
		name string
		msgs []tea.Msg
	}{
		{"ClickNotes", []tea.Msg{leftClick(60, 10), leftClick(70, 20)}},
		{"WheelNotes", []tea.Msg{wheel(60, 10, true), wheel(60, 10, false)}},
		{"WheelSchedule", []tea.Msg{wheel(10, 10, true), wheel(10, 10, false)}},
		{"Drag", []tea.Msg{tea.MouseMotionMsg{X: 60, Y: 10, Button: tea.MouseLeft}}},
	}
	for _, size := range []int{10_000, 100_000} {
		for _, op := range ops {
			b.Run(fmt.Sprintf("%s/%dk", op.name, size/1000), func(b *testing.B) {
				m := benchModel(b, size)
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					for _, msg := range op.msgs {
						m, _ = m.Update(msg)
						_ = m.View()
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(op.msgs)), "ns/msg")
			})
		}
	}
}
