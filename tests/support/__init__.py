"""What the tests share besides fixtures (those are in ``tests/conftest.py``): running the
app in a new process, files, and domain objects built with little typing."""
