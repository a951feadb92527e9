"""The index mappings and templates (JSON): installed with archive as archive.mappings (see setup.py)."""
