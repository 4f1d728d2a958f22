"""Persistence: SQLAlchemy 2 models and the operations that write them (no Flask)."""
