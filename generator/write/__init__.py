"""Stage 5, write: hand the rendered pages to MkDocs and put the built site in place."""
