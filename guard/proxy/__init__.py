"""The CRM proxy and the /v1 API: `create_app(settings)` builds it (app.py lists the routes)."""
from guard.proxy.app import create_app

__all__ = ["create_app"]
