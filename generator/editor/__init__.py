"""Editors' tools: new-record scaffolds and the JSON Schemas of every record kind."""
