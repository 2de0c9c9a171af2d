"""Committee mode: one question at a time, full screen, for running a meeting by keyboard."""
