"""The Kibana saved objects (NDJSON): installed with archive as archive.kibana_objects (see setup.py)."""
