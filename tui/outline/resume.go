package outline

import doc "lanyard/store/outline"

// Position is where the cursor is: its bullet and the byte offset in the
// bullet's text; the zero Cursor in an empty outline.
func (m Model) Position() doc.Cursor { return m.cursor() }

// PlaceCursor puts the cursor on a bullet at an offset in its text, as
// starting again does to return to the bullet edited last: the bullet is
// shown (unfolded, out of a zoom that hides it) and the offset kept within
// its text. A bullet the outline no longer has leaves the cursor near
// where it was.
func (m Model) PlaceCursor(c doc.Cursor) Model { return m.placeCursor(c).settle() }
