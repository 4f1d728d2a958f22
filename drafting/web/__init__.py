"""The web layer: Flask blueprints, error handlers and extensions (the only Flask code besides app.py)."""
