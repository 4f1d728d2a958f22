"""Word redlines: two .docx files merged into one with real tracked changes.

`redline_docx(old, new, author=, date=)` writes NEW's document with OLD's text as tracked
deletions, NEW's as insertions and moved blocks as moves; `accepted_paragraphs` and
`rejected_paragraphs` read a document as Word shows it after Accept All / Reject All.
The OOXML primitives (`drafting.redline.tracked`) are shared with the renumber service."""

from drafting.redline.compare import redline_docx
from drafting.redline.review import accepted_paragraphs, rejected_paragraphs

__all__ = ["accepted_paragraphs", "redline_docx", "rejected_paragraphs"]
