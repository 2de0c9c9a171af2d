"""Councillors' training: members, seats, modules and completions, the status rule, and
what a whole council's records add up to."""
