"""The one test kit: builders, named instants, databases, fakes, web, signing and concurrency helpers."""
