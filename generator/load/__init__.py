"""Stage 1, load: find record files and parse them, keeping the source position of every value."""
