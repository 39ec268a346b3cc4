"""The policies as data: installed as the package `guard.policies`, read with importlib.resources (guard.config)."""
