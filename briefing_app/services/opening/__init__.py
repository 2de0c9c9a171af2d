"""Opening the app's data: the database file, its default dataset, every service over it,
and the ways to get going again when the file cannot be used."""
