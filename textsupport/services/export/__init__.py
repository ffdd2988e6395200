"""The research export: files (one module per CSV), the data dictionary, the manifest, the writer."""
