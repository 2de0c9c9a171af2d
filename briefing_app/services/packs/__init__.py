"""Briefing packs: what each section shows, gathered from the other services, and printing."""
