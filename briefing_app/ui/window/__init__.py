"""The parts of the main window, one module for each thing it does."""
