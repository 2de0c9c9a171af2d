"""Councillors' training records: keeping them, the default catalogue and demonstration
roster, importing attendance and exporting compliance."""
