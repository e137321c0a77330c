"""Quality gates run on a built site (``thiduua check``): links, HTML validity."""
