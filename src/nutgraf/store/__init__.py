"""Bookmarks, notes and reading positions kept on disk, and the analysis cache.

notes.NotesStore is the API; storage (TinyDB on notes.json, checked by schema), anchoring
and export serve it. Nothing here imports spaCy or Textual, so `nutgraf notes` answers at
once."""
