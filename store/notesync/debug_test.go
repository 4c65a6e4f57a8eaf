package notesync

import (
	"testing"

	"lanyard/store"
)

func dumpNodes(t testing.TB, l *laptop) {
	l.nb.SyncView(func(st *store.SyncTx) error {
		evs, _ := st.Events()
		for _, ev := range evs {
			for _, tk := range ev.All() {
				nodes, _ := st.Nodes(tk.ID)
				ids, _ := st.BulletIDs(tk.ID)
				for _, n := range nodes {
					t.Logf("talk %d node %d parent %d order %s text %q sync %q", tk.ID, n.ID, n.Parent, n.Order, n.Text, ids[uint64(n.ID)])
				}
			}
		}
		return nil
	})
}
