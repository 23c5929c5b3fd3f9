"""Renderers: each output format in its own module; none does language work."""
