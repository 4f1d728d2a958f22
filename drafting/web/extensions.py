"""Flask extensions, bound to the application in app.create_app."""

from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

from drafting.store.models import Base

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
