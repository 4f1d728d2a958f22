"""Renderers of an instrument: Word (.docx) now; HTML and Akoma Ntoso follow the same model."""
