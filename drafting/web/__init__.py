"""The web layer: Flask blueprints, error handlers, extensions (all the Flask code but app.py)."""
