"""Importers: regulations in other formats back into the instrument model."""
